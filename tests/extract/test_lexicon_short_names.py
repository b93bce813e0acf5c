"""A lexicon company the article names in full and then by its first word alone."""

import pytest

from .fact_triples import facts_of, has_fact


@pytest.mark.parametrize("text,rel,source,target", [
    ("Neo Performance Materials opened an office in Ohio last year. Neo also runs magnet "
     "powder lines in Thailand.", "LOCATED_IN", "neo performance materials", "thailand"),
    ("Bajaj Auto cut its scooter output in July. Bajaj buys nearly all of its magnets from "
     "China.", "SUPPLIES", "china", "bajaj auto"),
])
def test_the_first_word_of_a_lexicon_company_names_it(text: str, rel: str, source: str,
                                                        target: str) -> None:
    assert has_fact(text, rel, source, target)


def test_an_adjective_of_a_bloc_names_no_bloc() -> None:
    text = ("The European Union wants more magnet plants. European buyers now import "
            "dysprosium from Vietnam.")
    assert not any(s == "european union" for _, s, _ in facts_of(text))


def test_a_first_word_the_article_writes_in_lower_case_is_no_name() -> None:
    text = ("Rare Element Resources drilled in Wyoming last spring. Rare magnets are now "
            "made in Ohio.")
    assert not has_fact(text, "PRODUCES", "rare element", "magnet")


def test_a_country_opening_a_company_short_form_is_the_company() -> None:
    text = ("China Northern Rare Earth reported a weaker quarter on Friday. China Northern "
            "also refines neodymium oxide at its Baotou works.")
    assert has_fact(text, "PRODUCES", "northern rare earth", "neodymium oxide")
    assert ("PRODUCES", "china", "neodymium oxide") not in facts_of(text)
