"""The conventions of published news pages and company releases: stock tickers, the credits of
release wires, datelines, defined terms and title-case headlines name no entity and hide no
subject. Names are invented."""

from __future__ import annotations

from rekg.extract import extract
from rekg.extract.news_furniture import dateline_split, without_credit, without_tickers
from rekg.loaders.document import Document
from rekg.schema import Label

from .fact_triples import has_fact


def _no_place(text: str) -> bool:
    return False


def _names(text: str, label: Label) -> set[str]:
    fragment = extract(Document(text=text, title="Test", published="2025-06-01"))
    return {n.name for n in fragment.nodes.values() if n.label is label}


def test_tickers_are_cut_out() -> None:
    assert without_tickers("Shares of Kestrel Minerals (KSM.AX) rose, while Orvel Motors "
                           "(7299.T) and Brandt (BRDG_p.DE) fell.") == \
        "Shares of Kestrel Minerals rose, while Orvel Motors and Brandt fell."
    assert without_tickers("Tarvik Metals Limited (ASX: TVK) (OTCQX: TVKMF) said.") == \
        "Tarvik Metals Limited said."
    assert without_tickers("Corvane Fuels (NYSE American: CVF; TSX: CVF) said.") == \
        "Corvane Fuels said."


def test_brackets_that_are_no_ticker_stay() -> None:
    for text in ("The rule (EU) 2024/1252 applies.", "Neodymium (Nd) and praseodymium (Pr).",
                 "The International Energy Agency (IEA) said.", "Grade N52 (N52) magnets."):
        assert without_tickers(text) == text


def test_release_wire_credits_are_cut_from_the_dateline() -> None:
    assert without_credit("DENVER, Nov. 5, 2024 /PRNewswire/ -- Tarvik Metals said.",
                          _no_place) == "DENVER, Nov. 5, 2024 -- Tarvik Metals said."
    assert without_credit("PERTH, Western Australia--(BUSINESS WIRE)--Tarvik said.",
                          _no_place) == "PERTH, Western Australia -- Tarvik said."
    assert without_credit("Moncton, New Brunswick--(Newsfile Corp. - March 3, 2025) - Tarvik "
                          "said.", _no_place) == "Moncton, New Brunswick -- Tarvik said."
    assert without_credit("Narva (Estonia) (AFP) - Tarvik opened a plant.",
                          lambda place: place == "Estonia") == \
        "Narva (Estonia) - Tarvik opened a plant."
    assert without_credit("Tarvik - (The biggest producer) - said.", _no_place) == \
        "Tarvik - (The biggest producer) - said."


def test_the_dateline_still_says_where_talks_were() -> None:
    text = ("STOCKHOLM, July 30 - Trade envoys of the two powers, the United States and China, "
            "wrapped up their meetings and agreed to ask for a longer pause of the tariff truce.")
    assert has_fact(text, "PARTY_TO", "united states", "stockholm")


def test_a_dateline_is_cut_from_the_first_sentence() -> None:
    def places(text: str) -> bool:
        return text.lower() in ("perth", "beijing")

    assert dateline_split("PERTH, Australia, March 3, 2025 -- Tarvik Metals said it.",
                          places) == ("PERTH, Australia, March 3, 2025", "Tarvik Metals said it.")
    assert dateline_split("BEIJING - After talks, China said it.", places) == \
        ("BEIJING", "After talks, China said it.")
    assert dateline_split("LAS VEGAS -- Tarvik said.", _no_place) == ("LAS VEGAS", "Tarvik said.")
    for text in ("US - China tensions rose.", "China - the top producer - said it.",
                 "BHP - the biggest miner - said.", "TARVIK - quarterly report"):
        assert dateline_split(text, places) is None


def test_a_ticker_does_not_make_a_seller() -> None:
    text = ("Shares of Kestrel Minerals (KSM.AX) rose 8% in early trade, while Orvel Motors "
            "(7299.T) gained 5% in Tokyo.")
    assert not has_fact(text, "SUPPLIES", "*", "*")


def test_the_subject_after_a_dateline_is_the_company_not_the_dateline_country() -> None:
    text = ("PERTH, Australia, March 3, 2025 /PRNewswire/ -- Tarvik Metals Limited (ASX: TVK) "
            "said it signed a binding offtake agreement with Brenner Motors GmbH.")
    assert has_fact(text, "PARTY_TO", "tarvik", "offtake agreement")
    assert not has_fact(text, "PARTY_TO", "australia", "*")
    assert not has_fact(text, "SUPPLIES", "australia", "*")


def test_a_company_named_for_its_product_keeps_its_name_before_for() -> None:
    for goods in ("NdPr oxide", "NdFeB magnets"):
        text = f"Tarvik Metals has signed an offtake agreement with Brenner Motors for {goods}."
        assert has_fact(text, "PARTY_TO", "brenner motors", "offtake agreement")
        assert has_fact(text, "SUPPLIES", "tarvik", "brenner motors")


def test_a_known_company_is_not_read_from_common_words() -> None:
    # "Australian Rare Earths" is a company of the lexicon; in lower case it is a description
    names = _names("Tarvik Metals is an Australian rare earths developer.", Label.ORGANIZATION)
    assert "Australian Rare Earths" not in names
    assert has_fact("Tarvik Metals is an Australian rare earths developer.", "LOCATED_IN",
                    "tarvik", "australia")


def test_a_first_name_word_before_a_title_is_the_company_named_before() -> None:
    text = ("Tarvik Metals is a rare earths developer.\n\nTarvik Metals Limited said it would "
            "expand. Tarvik Managing Director Jane Holt said the plan was on track.")
    assert has_fact(text, "REPRESENTS", "jane holt", "tarvik metals")
    assert "Tarvik" not in _names(text, Label.ORGANIZATION)


def test_a_title_case_headline_verb_ends_no_agreement_name() -> None:
    text = "Tarvik Metals Signs Offtake Agreement with Brenner Motors for NdPr Oxide"
    assert not any("Signs" in name for name in _names(text, Label.AGREEMENT))


def test_the_capital_a_demonym_names_is_a_place() -> None:
    text = ("Trade envoys of the United States and China wrapped up their meetings in the "
            "Swedish capital and agreed to ask for a longer pause of the tariff truce.")
    assert has_fact(text, "PARTY_TO", "united states", "stockholm")
    assert not has_fact(text, "PARTY_TO", "sweden", "*")


def test_an_it_that_is_used_is_no_party() -> None:
    text = ("India asked Tarvik Metals to stop exports. Tarvik sells the oxide to Brenner "
            "Magnetics, whose Chennai unit refines it further and sends it on to Japan, where "
            "it is used in magnets for motors.")
    assert not has_fact(text, "PRODUCES", "india", "magnet")
    assert not has_fact(text, "PRODUCES", "japan", "magnet")


def test_the_points_under_a_heading_are_sentences_of_their_own() -> None:
    text = ("Key takeaways:\n- China pauses the October 9 rare earth rules for a year\n"
            "- The April controls on seven heavy rare earths stay in force\n"
            "- Washington halves the fentanyl tariff")
    assert not has_fact(text, "IMPOSES", "china", "tariff")  # read as one list it was
    listed = "Its customers include:\n- Orvel Motors\n- Brandt Magnetics"
    assert has_fact("Tarvik Metals sells magnets. " + listed, "SUPPLIES", "tarvik", "orvel")


def test_a_party_that_ends_the_sentence_after_with_is_read() -> None:
    # the sentence used to stop extraction with an IndexError
    assert not has_fact("The government agreed with Tarvik Metals", "SUPPLIES", "*", "*")


def test_the_closing_blocks_of_a_release_are_furniture() -> None:
    from rekg.extract.news_furniture import is_furniture

    for line in ("SOURCE Tarvik Metals Inc.", "Contacts", "For further information:",
                 "Media Contact: Ann Lowe, +61 491 570 156",
                 "Tarvik - Investors: investors@tarvik.example",
                 "Brenner - Media: Lea Kurz, +1 (313) 555-0137", "(END)",
                 "This release includes forward-looking statements on the Lindell plant.",
                 "This announcement has been authorised for release by the Board.",
                 "Neither TSX Venture Exchange nor its Regulation Services Provider accepts "
                 "responsibility for this release."):
        assert is_furniture(line), line
    for line in ("Media reports said Veltria would act.", "Investors worried about supply.",
                 "The source of the ore is Myanmar.", "Veltria produces 90% of rare earths."):
        assert not is_furniture(line), line


def test_a_capital_named_with_a_region_of_another_country_is_a_town_there() -> None:
    text = "Tarvik Metals runs a demonstration plant in Kingston, Ontario."
    assert not has_fact(text, "LOCATED_IN", "tarvik", "jamaica")
    assert has_fact(text, "LOCATED_IN", "tarvik", "canada")


def test_more_page_furniture() -> None:
    from rekg.extract.news_furniture import is_furniture

    assert without_credit("Dec 6 (Reuters) - Veltria will lend Tarvik more.", _no_place) == \
        "Veltria will lend Tarvik more."
    for line in ("Our Standards: The Thomson Reuters Trust Principles.",
                 "Associated Press writer Ann Lowe in Santiago contributed to this report.",
                 "Related release: Ministry Briefing on the Tin Controls",
                 "Home > News > Trade Policy"):
        assert is_furniture(line), line


def test_a_portfolio_before_a_speaker_is_not_part_of_the_name() -> None:
    text = "Minister for Resources Keith Tarrow said the refinery would open in 2027."
    people = _names(text, Label.PERSON)
    assert "Keith Tarrow" in people and "Resources Keith Tarrow" not in people


def test_names_set_side_by_side_in_columns_stay_apart() -> None:
    text = ("The notice is signed by:\n\n"
            "Ministry of Trade of Veltria        Customs Office of Veltria")
    names = _names(text, Label.ORGANIZATION)
    assert "Customs Office of Veltria" in names


def test_a_proclamation_is_the_measure_it_carries_out() -> None:
    text = ("Veltria's president put a 40% duty on tin bought abroad. The proclamation, signed "
            "on Wednesday under the trade law, follows an investigation. It covers items such as "
            "tin pipes and tin sheets.")
    assert has_fact(text, "RESTRICTS", "*", "tin pipe")
