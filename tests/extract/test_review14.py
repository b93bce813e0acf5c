"""Review of round 14's extraction change: each test failed before the fix it comes with."""

from .fragments import states


def test_a_phrase_that_hands_nothing_keeps_the_producer() -> None:
    # "according to", "grown into" hand no goods to another party: the subject is the producer
    assert states("Tarrow Metals, according to analysts, is the largest producer of gallium.",
                  "PRODUCES", "Tarrow Metals", "gallium")
    assert states("Vessen Mining has grown into the biggest producer of germanium.",
                  "PRODUCES", "Vessen Mining", "germanium")
    assert states("Orsa Resources, thanks to its new plant, is a major supplier of antimony.",
                  "PRODUCES", "Orsa Resources", "antimony")
    # the twins: goods handed to another party's makers stay refused
    assert not states("Tarrow Metals sells oxide to the largest producer of gallium magnets.",
                      "PRODUCES", "Tarrow Metals", "gallium magnet")
    assert not states("Vessen Mining supplies makers of permanent magnets.",
                      "PRODUCES", "Vessen Mining", "permanent magnet")


def test_an_unsaid_subject_is_no_host_ore() -> None:
    # the unsaid gallium (no width) read the sentence's last word, "bauxite", as its head
    assert states("Gallium is a soft metal. Found mainly in bauxite.",
                  "DEPENDS_ON", "gallium", "bauxite")
    assert states("Indium is a soft metal. Recovered mostly from zinc ores.",
                  "DEPENDS_ON", "indium", "zinc")
    assert not states("Gallium is a soft metal. Found mainly in bauxite.",
                      "DEPENDS_ON", "bauxite", "gallium")


def test_an_unsaid_span_masks_no_word() -> None:
    # a mention of no width stands before its word: "Used in LEDs" keeps "used" for the scorer
    from rekg.extract.scorer.features import sentence_info

    info = sentence_info(["used", "in", "led"], [(0, 0, "Material"), (2, 3, "Product")])
    assert not info.masked[0].startswith("<") and info.masked[2] == "<Product>"
    assert states("Dysprosium is a heavy rare earth. Needed in small amounts for electric motors.",
                  "DEPENDS_ON", "electric motor", "dysprosium")


def test_every_subject_of_a_list_has_the_uses() -> None:
    # only the list's last subject had them; the first kept the reverse reading ("X ... use Y")
    text = "Terbium and dysprosium have one main use: permanent magnets."
    assert states(text, "DEPENDS_ON", "magnet", "terbium")
    assert states(text, "DEPENDS_ON", "magnet", "dysprosium")
    assert not states(text, "DEPENDS_ON", "terbium", "magnet")
    assert states("Scandium and yttrium have several applications, including lasers.",
                  "DEPENDS_ON", "laser", "scandium")
    # a single subject and an "of" phrase read as before
    assert states("The main uses of terbium: magnets and phosphors.",
                  "DEPENDS_ON", "magnet", "terbium")
    assert not states("The main uses of terbium: magnets and phosphors.",
                      "DEPENDS_ON", "phosphor", "magnet")


def test_a_share_and_an_adverb_alone_end_no_extraction() -> None:
    # "Most often." read a verb past the sentence's end (IndexError)
    assert not states("Gallium is used in chips. Most often.", "PRODUCES", "*", "*")
    assert states("Where does the antimony go? Much goes to flame retardants. Some also.",
                  "DEPENDS_ON", "flame retardant", "antimony")


def test_a_dropped_figure_ends_no_use() -> None:
    # "dropped" anywhere between the ends refused the need; only an input dropped is an end
    assert states("Wind turbines, whose prices dropped last year, need neodymium.",
                  "DEPENDS_ON", "wind turbine", "neodymium")
    assert states("Electric motors, which abandoned older designs, rely on dysprosium.",
                  "DEPENDS_ON", "electric motor", "dysprosium")
    assert not states("Wind turbines have dropped neodymium magnets for cheaper ones.",
                      "DEPENDS_ON", "wind turbine", "*")
    assert not states("Electric motors once used samarium-cobalt magnets.",
                      "DEPENDS_ON", "electric motor", "*")


def test_a_sentence_ending_on_it_comes_or_a_funded_party_is_read() -> None:
    # before this round too: "It comes." read a word past the end (focus.goods_subject), and a
    # funding verb's party ending the sentence read the gap after it (agreement_funding)
    assert states("Gallium is used in chips. It comes.", "DEPENDS_ON", "semiconductor", "gallium")
    assert not states("The fund pledged Tarrow Metals.", "PARTY_TO", "*", "*")


def _names(text: str) -> set[str]:
    from rekg.extract.explain import explain
    from rekg.loaders.document import Document

    facts = explain(Document(text=text, title="Test", published="2025-06-01")).facts
    return {f.source for f in facts} | {f.target for f in facts}


def test_a_possessive_apostrophe_ends_a_name() -> None:
    # "the Philippines' Vessen Mining" was one organisation, the country swallowed
    names = _names("Tarrow Metals sells nickel ore to the Philippines' Vessen Mining.")
    assert "Vessen Mining" in names and "Philippines" in names
    assert not any("'" in name for name in names)


def test_a_country_with_a_bare_apostrophe_qualifies_its_company() -> None:
    # the bare apostrophe is a gap, never a word: the branch for it compared words with "'"
    assert states("Tarrow Metals sells nickel ore to the Philippines' Vessen Mining.",
                  "SUPPLIES", "Tarrow Metals", "Vessen Mining")
    assert states("Tarrow Metals buys nickel ore from the Philippines' Vessen Mining.",
                  "SUPPLIES", "Vessen Mining", "Tarrow Metals")
    assert not states("Tarrow Metals sells nickel ore to the Philippines, Vessen Mining said.",
                      "SUPPLIES", "Tarrow Metals", "Vessen Mining")
