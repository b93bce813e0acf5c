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
