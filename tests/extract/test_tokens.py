"""Stage 1: tokens, their offsets and the punctuation between them."""

from __future__ import annotations

from rekg.extract.tokens import make_view


def test_a_percent_sign_is_a_token_and_not_punctuation_between_words() -> None:
    view = make_view(0, "Beijing refines about 90% of the world's gallium.")
    assert view.words == ["beijing", "refine", "about", "90", "%", "of", "the", "world", "'s",
                          "gallium"]
    percent = view.words.index("%")
    assert view.gaps[percent] == ""  # "90%" is written solid
    assert view.gaps[percent + 1] == ""  # and no "%" is left over before "of"


def test_offsets_point_back_into_the_sentence() -> None:
    text = "  Tokyo's 25 % levy – on NdFeB magnets (mostly) hit U.S. makers."
    view = make_view(3, text)
    assert view.index == 3
    for token in view.tokens:
        assert text[token.start:token.end] == token.text
    assert [t.text for t in view.tokens][:5] == ["Tokyo", "'s", "25", "%", "levy"]
    assert len(view.gaps) == len(view.tokens) and view.gaps[0] == ""
    assert view.gaps[view.words.index("on")] == "–"
    assert view.gaps[view.words.index("mostly")] == "("


def test_a_spaced_hyphen_is_a_dash_and_a_solid_one_joins_a_compound() -> None:
    view = make_view(0, "TOYOTA CITY - Toyota said its samarium-cobalt stock was low.")
    assert view.gaps[view.words.index("toyota", 1)] == "—"
    assert view.gaps[view.words.index("cobalt")] == "-"


def test_a_company_suffix_or_country_abbreviation_can_close_a_sentence() -> None:
    from rekg.extract.tokens import sentence_texts

    text = ("Arafura signed an offtake with Hyundai Motor Co. The deal runs to 2030. "
            "Sanctions came from the U.S. In reply, Beijing acted. Iluka Resources Ltd. said "
            "nothing. Sumitomo Metal Mining Co. Chief Executive Nobuhiro Matsumoto spoke.")
    assert sentence_texts(text) == [
        "Arafura signed an offtake with Hyundai Motor Co.", "The deal runs to 2030.",
        "Sanctions came from the U.S.", "In reply, Beijing acted.",
        "Iluka Resources Ltd. said nothing.",
        "Sumitomo Metal Mining Co. Chief Executive Nobuhiro Matsumoto spoke."]


def test_names_after_titles_and_abbreviations_stay_in_their_sentence() -> None:
    from rekg.extract.tokens import sentence_texts

    text = "The U.S. Geological Survey and Dr. Okafor cite Gen. Wu. Mr. J. Park agreed."
    assert sentence_texts(text) == ["The U.S. Geological Survey and Dr. Okafor cite Gen. Wu.",
                                    "Mr. J. Park agreed."]


def test_no_answers_a_question_unless_a_number_follows() -> None:
    from rekg.extract.tokens import sentence_texts

    text = "Is scandium exempt?\nNo. Exporters need a licence. Item No. 4 covers magnets."
    assert sentence_texts(text) == ["Is scandium exempt?", "No.", "Exporters need a licence.",
                                    "Item No. 4 covers magnets."]


def test_the_stop_of_an_initialism_before_a_lower_case_word_breaks_nothing() -> None:
    view = make_view(0, "U.S. and EU sanctions on U.K. banks and U.S. Steel.")
    assert view.gaps[view.words.index("and")] == ""
    assert view.gaps[view.words.index("bank")] == ""
    assert view.gaps[view.words.index("steel")] == "."  # a capital after it starts a name


def test_short_lines_after_a_colon_form_one_list_with_or_without_bullets() -> None:
    from rekg.extract.tokens import sentence_texts

    marked = "Tokyo now licenses:\n* cobalt wire\n• nickel foil\n* boron powder\n\nTalks end."
    plain = "Tokyo now licenses:\ncobalt wire\nnickel foil\nboron powder\n\nTalks end."
    listed = "Tokyo now licenses: cobalt wire, nickel foil and boron powder"
    assert sentence_texts(marked) == [listed, "Talks end."]
    assert sentence_texts(plain) == [listed, "Talks end."]


def test_a_plain_line_after_a_blank_line_or_with_a_stop_is_not_an_item() -> None:
    from rekg.extract.tokens import sentence_texts

    text = "Seoul said:\n\nQuotas stay\nPrices held firm.\nExports rose."
    assert sentence_texts(text) == ["Seoul said:", "Quotas stay", "Prices held firm.",
                                    "Exports rose."]


def test_a_sentence_along_an_item_line_leaves_the_list_open() -> None:
    from rekg.extract.tokens import sentence_texts

    text = ("Ottawa will tax these imports:\n1. steel rebar\n2. copper rod. Mills had asked for "
            "it.\n3. zinc sheet")
    assert sentence_texts(text) == [
        "Ottawa will tax these imports: steel rebar, copper rod and zinc sheet",
        "Mills had asked for it."]


def test_items_that_read_as_clauses_keep_only_commas_and_a_field_line_is_its_own() -> None:
    from rekg.extract.tokens import sentence_texts

    text = ("Under the new rules:\n- the levy starts in May, not June\n- it covers cobalt wire\n"
            "- Start date: 1 May 2027")
    assert sentence_texts(text) == [
        "Under the new rules: the levy starts in May, not June, it covers cobalt wire",
        "- Start date: 1 May 2027"]
    # under a heading of a few words ("Key points:") the longer points are sentences
    assert sentence_texts(text.replace("Under the new rules:", "Key points:")) == [
        "Key points:", "- the levy starts in May, not June", "- it covers cobalt wire",
        "- Start date: 1 May 2027"]


def test_a_number_split_off_a_capitalised_item_still_marks_a_list_item() -> None:
    from rekg.extract.tokens import sentence_texts

    text = ("Ottawa will tax these imports:\n1. Steel rebar.\n2. Copper rod.\n"
            "3. Zinc sheet, with the dies used to roll it.\n4. Tin")
    assert sentence_texts(text) == [
        "Ottawa will tax these imports: Steel rebar and Copper rod", "3.",
        "Zinc sheet, with the dies used to roll it.", "4.", "Tin"]
