"""Generated: a named site said to make or ship goods acts for the company the article gives as
its owner or operator ("Harlow Metals' Teesside refinery ... Teesside now refines gallium");
a site with no operator named, a former owner or a country that only locates the site give the
company nothing. And a clause of result (", making it the world's largest source of X") ranks
the sentence's subject, never the name nearest to "making"."""

import pytest

from rekg.extract.explain import explain
from rekg.loaders.document import Document

from .fragments import states


def _ranked(text: str) -> bool:
    """Whether the clause-of-result rule gave any output."""
    found = explain(Document(text=text, title="Test", published="2025-06-01")).facts
    return any(f.origin == "produces.resulting-source" for f in found)

FIRMS = ["Harlow Metals", "Brennick Resources", "Ostravel Minerals"]
SITES = ["Teesside", "Townsville", "Porsgrunn", "Sumter"]
GOODS = ["gallium", "germanium", "cobalt"]

# how an article ties the site to its operator
LINKS = [
    "{op}'s {site} refinery employs 400 people.",
    "{op} has expanded its {site} refinery twice.",
    "{op} opened its new refinery at {site} in 2019.",
    "A refinery run by {op} at {site} opened in 2019.",
    "The {site} refinery, operated by {op}, employs 400 people.",
    "{op} has expanded its refinery in {site}, Norway, twice.",
    "{op} owns the {site} refinery.",
    "Shares in {op}, which operates the {site} plant, rose.",
    "Shares in {op}, the London-based owner of the {site} gallium refinery, rose.",
]
# the site stated as making the goods
OUTPUTS = [
    "{site} now refines {goods}.",
    "{site} produced its first {goods} in May.",
    "{site} has separated {goods} for decades.",
]
# ties that name no operator of the site
NO_LINKS = [
    "{site} is a port town of 30,000 people.",
    "{op} buys ore from traders near {site}.",
    "{site}, then owned by {op}, was sold in 2011.",
    "{op} has an office in {site}.",
    "{op} plans to build a refinery near the port of {site}.",
    "Shares in {op}, the former owner of the {site} refinery, fell.",
    "{op} owns the {site} football club.",
    "{op} has an office in {site} and a refinery in Peru.",
]


@pytest.mark.parametrize("link", LINKS)
@pytest.mark.parametrize("output", OUTPUTS)
@pytest.mark.parametrize(("op", "site", "goods"), list(zip(FIRMS * 2, SITES, GOODS * 2,
                                                            strict=False)))
def test_a_site_makes_for_its_operator(link: str, output: str, op: str, site: str,
                                       goods: str) -> None:
    text = " ".join((link.format(op=op, site=site), output.format(site=site, goods=goods)))
    assert states(text, "PRODUCES", op, goods), text


@pytest.mark.parametrize("link", NO_LINKS)
@pytest.mark.parametrize("output", OUTPUTS)
@pytest.mark.parametrize(("op", "site", "goods"), list(zip(FIRMS, SITES, GOODS, strict=False)))
def test_no_operator_no_output(link: str, output: str, op: str, site: str, goods: str) -> None:
    text = " ".join((link.format(op=op, site=site), output.format(site=site, goods=goods)))
    assert not states(text, "PRODUCES", op, goods), text


@pytest.mark.parametrize(("op", "site", "goods"), list(zip(FIRMS, SITES, GOODS, strict=False)))
def test_a_planned_site_makes_nothing_yet(op: str, site: str, goods: str) -> None:
    text = f"{op}'s {site} refinery is under construction. {site} will refine {goods} from 2029."
    assert not states(text, "PRODUCES", op, goods), text


@pytest.mark.parametrize(("op", "site", "goods"), list(zip(FIRMS, SITES, GOODS, strict=False)))
def test_two_operators_of_one_site_give_neither(op: str, site: str, goods: str) -> None:
    other = "Velmora Chemicals"
    text = (f"{op}'s {site} refinery employs 400 people. Velmora Chemicals' {site} plant is "
            f"smaller. {site} now refines {goods}.")
    assert not states(text, "PRODUCES", op, goods), text
    assert not states(text, "PRODUCES", other, goods), text


@pytest.mark.parametrize(("op", "site"), list(zip(FIRMS, SITES, strict=False)))
def test_a_site_ships_for_its_operator(op: str, site: str) -> None:
    text = f"{op}'s {site} refinery employs 400 people. {site} ships gallium to Japan."
    assert states(text, "SUPPLIES", op, "Japan"), text
    twin = f"{site} is a port town. {site} ships gallium to Japan."
    assert not states(twin, "SUPPLIES", op, "Japan"), twin


def test_a_country_that_locates_a_site_is_no_operator() -> None:
    text = "Norway's Porsgrunn refinery employs 400 people. Porsgrunn now refines gallium."
    assert not states(text, "PRODUCES", "Harlow", "gallium")
    assert not states(text, "SUPPLIES", "Norway", "*")


# a clause of result: the subject of the main clause is the source
SUBJECTS = ["Peru", "Harlow Metals", "Brennick Resources"]
NEAREST = ["Chile", "Japan"]
MAIN = [
    "{subj} shipped half of the ore refined in {near} last year",
    "By most estimates {subj} mined a third of the ore processed in {near}",
    "{subj} sold most of its concentrate to smelters in {near}",
]
RANKS = [
    "making it the world's second-largest source of {goods}",
    "making it the largest producer of {goods} outside China",
    "making it the only commercial supplier of {goods} in the region",
]
NO_RANKS = [
    "making it the largest buyer of {goods}",
    "making it the first company to halt a line",
    "making it the biggest market for {goods}",
]


@pytest.mark.parametrize("main", MAIN)
@pytest.mark.parametrize("rank", RANKS)
@pytest.mark.parametrize(("subj", "near", "goods"), [("Peru", "Chile", "tantalum"),
                                                     ("Harlow Metals", "Japan", "germanium"),
                                                     ("Brennick Resources", "Chile", "cobalt")])
def test_a_result_clause_ranks_the_subject(main: str, rank: str, subj: str, near: str,
                                           goods: str) -> None:
    text = f"{main.format(subj=subj, near=near)}, {rank.format(goods=goods)}."
    assert states(text, "PRODUCES", subj, goods), text
    assert not states(text, "PRODUCES", near, goods), text


@pytest.mark.parametrize("main", MAIN)
@pytest.mark.parametrize("rank", NO_RANKS)
@pytest.mark.parametrize(("subj", "near", "goods"), [("Peru", "Chile", "tantalum"),
                                                     ("Harlow Metals", "Japan", "germanium")])
def test_a_result_clause_without_output_gives_none(main: str, rank: str, subj: str, near: str,
                                                   goods: str) -> None:
    text = f"{main.format(subj=subj, near=near)}, {rank.format(goods=goods)}."
    assert not _ranked(text), text
    assert not states(text, "PRODUCES", near, goods), text
