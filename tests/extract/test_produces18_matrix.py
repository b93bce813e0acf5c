"""A generated inventory of output said in a second predicate joined by "and" to the first
(joined_predicates.py) and of a site named between its owner and its goods: invented companies
and real countries x materials x phrasings must give PRODUCES (or SUPPLIES) from the sentence's
subject; twins whose second predicate is only planned, hoped for, denied, a reliance, a
consumption, an import or reserves, or whose "and" joins a clause with a subject of its own,
must give nothing from it (scorer on, as in evaluation)."""

from __future__ import annotations

import pytest

from .fragments import states

_PRODUCERS = [("Harlow Metals", "Harlow Metals"), ("Varda Mining", "Varda Mining"),
              ("Kestrel Resources", "Kestrel Resources"), ("Kazakhstan", "Kazakhstan"),
              ("Peru", "Peru"), ("Norway", "Norway")]
_GOODS = ["cobalt", "tungsten", "antimony", "graphite"]
_COMPANIES = [p for p in _PRODUCERS if p[0].endswith(("Metals", "Mining", "Resources"))]

# {P}: the producer (the sentence's subject); {m}: the goods
JOINED = [
    "{P} sells most of its output abroad, through its trading arm, and is a significant "
    "producer of {m}.",
    "{P} buys most of its ore from abroad and refines {m} at a plant in the north.",
    "{P} is the largest buyer of scrap in the region and this year produced its first {m}.",
    "{P} digs ore in the north and turns it into {m} oxide at a plant on the coast.",
    "{P} holds large deposits in the south and is now a leading producer of {m}.",
    "{P} imports most of its ore from abroad, and also smelts {m} at home.",
    "{P} has run a port on the coast since 1990 and mines {m} in the hills.",
    "{P} buys ore from its neighbours, and has become a major producer of {m}.",
]

NOT_JOINED = [
    "{P} buys most of its ore from abroad and plans to refine {m} at a new plant.",
    "{P} wants to buy ore abroad and turn it into {m} oxide.",
    "{P} buys most of its ore from abroad and does not refine {m}.",
    "{P} sells its ore abroad and relies on imports for {m}.",
    "{P} builds motors in the north and consumes a lot of {m}.",
    "{P} buys most of its ore from abroad and has large reserves of {m}.",
    "{P} said Tarrow Minerals buys ore in the north and refines {m}.",
    "{P} buys most of its ore from abroad and imports {m} from Chile.",
    "{P} sells its ore abroad and hopes to become a producer of {m}.",
    "{P} buys ore from abroad, but Tarrow Minerals refines {m}.",
    "{P} buys ore from abroad and is a big buyer of {m}.",
]


def _cases(templates: list[str], producers: list[tuple[str, str]]) -> list[tuple[str, str, str]]:
    """Each template with three producers and goods, turned so every one comes up."""
    out = []
    for n, template in enumerate(templates):
        for k in range(3):
            text_name, name = producers[(n + 2 * k) % len(producers)]
            goods = _GOODS[(n + k) % len(_GOODS)]
            out.append((template.format(P=text_name, C=text_name, m=goods), name, goods))
    return out


@pytest.mark.parametrize(("text", "producer", "goods"), _cases(JOINED, _PRODUCERS))
def test_joined_predicate_gives_output_of_subject(text: str, producer: str, goods: str) -> None:
    assert states(text, "PRODUCES", producer, goods), text


@pytest.mark.parametrize(("text", "producer", "goods"), _cases(NOT_JOINED, _PRODUCERS))
def test_twin_gives_no_output_of_subject(text: str, producer: str, goods: str) -> None:
    assert not states(text, "PRODUCES", producer, goods), text


SOLD = [
    "{P} runs a large refinery in the north and supplies customers in Japan.",
    "{P} mines ore in the north and ships most of it to Japan.",
    "{P} refines {m} in the north and sells it to buyers in Japan.",
]

NOT_SOLD = [
    "{P} runs a large refinery in the north and supplies of {m} in Japan fell.",
    "{P} runs a large refinery in the north and hopes to supply customers in Japan.",
    "{P} runs a large refinery in the north and buys {m} from Japan.",
]


@pytest.mark.parametrize(("text", "seller", "goods"), _cases(SOLD, _PRODUCERS))
def test_joined_sale_gives_supplies_of_subject(text: str, seller: str, goods: str) -> None:
    assert states(text, "SUPPLIES", seller, "Japan"), text


@pytest.mark.parametrize(("text", "seller", "goods"), _cases(NOT_SOLD, _PRODUCERS))
def test_twin_gives_no_supplies_of_subject(text: str, seller: str, goods: str) -> None:
    assert not states(text, "SUPPLIES", seller, "Japan"), text


# {C}: a company that owns a site named between it and its goods
SITES = [
    "The new unit will sit at {C}'s Kell {m} refinery in Queensland.",
    "{C}'s Ostrava {m} smelter restarted in May.",
    "Output rose at {C}'s Brisk {m} mine last quarter.",
    # a plan that stands at the named site leaves the site's own output as it is
    "A recovery unit will be built at {C}'s Kell {m} refinery.",
    "The project, at {C}'s Kell {m} refinery, is being developed with a partner.",
]

NOT_SITES = [
    "{C}'s talks with a {m} refinery stalled in May.",
    "{C}'s stake in a {m} smelter was sold.",
    "{C}'s bid for the Kell {m} refinery failed.",
    "{C}'s planned Kell {m} refinery is due to open in 2030.",
    "{C} will build a new Kell {m} refinery next year.",
    "{C} plans to build the Kell {m} refinery.",
]


@pytest.mark.parametrize(("text", "company", "goods"), _cases(SITES, _COMPANIES))
def test_possessed_named_site_gives_output(text: str, company: str, goods: str) -> None:
    assert states(text, "PRODUCES", company, goods), text


@pytest.mark.parametrize(("text", "company", "goods"), _cases(NOT_SITES, _COMPANIES))
def test_twin_site_gives_no_output(text: str, company: str, goods: str) -> None:
    assert not states(text, "PRODUCES", company, goods), text


# {C}: a company; {a}, {b}: its first goods and the goods that followed
_STEPS = [("dysprosium oxide", "terbium oxide"), ("gallium", "germanium"),
          ("cobalt sulphate", "nickel sulphate")]
FOLLOWED = [
    "{C} produced its first {a} at its plant in May, followed by {b} in June.",
    "{C}, which produced its first {a} at its plant in May and later added {b}, is growing.",
    "In May {C} produced its first {a}, and it added {b} in June.",
    "In May {C} produced {a} at its Finnish plant, and in June {b}.",
    "{C} made {a} in 2023, followed by {b}.",
]

NOT_FOLLOWED = [
    "{C} will produce its first {a} in May, followed by {b} in June.",
    "{C} produced {a} in May and added {b} to its list of imports.",
    "{C} produced {a} in May and hopes to add {b} next year.",
    "{C} produced {a} in May, followed by a loss in June.",
    "{C} produced {a} in May, followed by Tarrow Minerals' {b} in June.",
    "{C} produced {a} in May and plans to make {b} in 2030.",
]


def _steps(templates: list[str]) -> list[tuple[str, str, str]]:
    out = []
    for n, template in enumerate(templates):
        for k in range(3):
            company = _COMPANIES[(n + k) % len(_COMPANIES)][0]
            first, then = _STEPS[(n + 2 * k) % len(_STEPS)]
            out.append((template.format(C=company, a=first, b=then), company, then))
    return out


@pytest.mark.parametrize(("text", "company", "goods"), _steps(FOLLOWED))
def test_goods_that_followed_are_made_too(text: str, company: str, goods: str) -> None:
    assert states(text, "PRODUCES", company, goods), text


@pytest.mark.parametrize(("text", "company", "goods"), _steps(NOT_FOLLOWED))
def test_goods_not_made_after_give_nothing(text: str, company: str, goods: str) -> None:
    assert not states(text, "PRODUCES", company, goods), text


# {B}: a processor; {S}: where its feed was mined, or who supplied it; {D}: the origin's demonym
_FEEDS = [("Tajikistan", "Tajikistan", "Tajik"), ("Bolivia", "Bolivia", "Bolivian"),
          ("Varda Mining", "Varda Mining", ""), ("Chile", "Chile", "Chilean")]
FED = [
    "{B} processes much of the ore mined in {S}.",
    "{B} treats concentrate supplied by {S} at its smelter.",
    "{B} refines feedstock shipped from {S}.",
    "{B} also smelts ore bought from {S} at its plant in the north.",
]
FED_BY_ORIGIN = [
    "{B} turns {D} intermediates into chemicals for cathodes.",
    "{B} refines {D} concentrate at its smelter.",
]
NOT_FED = [
    "{B} plans to process ore mined in {S}.",
    "{B} does not process ore mined in {S}.",
    "{B} stopped processing ore mined in {S} last year.",
    "{B} buys ore mined in {S} and sells it on.",
    "{B} processes ore, and tin mined in {S} is sold abroad.",
]
NOT_FED_BY_ORIGIN = [
    "{B} hopes to refine {D} concentrate one day.",
    "{B} buys {D} intermediates and sells them on.",
]


def _fed(templates: list[str], demonyms: bool) -> list[tuple[str, str, str]]:
    feeds = [f for f in _FEEDS if f[2]] if demonyms else _FEEDS
    out = []
    for n, template in enumerate(templates):
        for k in range(3):
            buyer = _COMPANIES[(n + k) % len(_COMPANIES)][0]
            text_name, seller, demonym = feeds[(n + 2 * k) % len(feeds)]
            if seller == buyer:
                continue
            out.append((template.format(B=buyer, S=text_name, D=demonym), seller, buyer))
    return out


@pytest.mark.parametrize(("text", "seller", "buyer"),
                         _fed(FED, False) + _fed(FED_BY_ORIGIN, True))
def test_feed_origin_supplies_its_processor(text: str, seller: str, buyer: str) -> None:
    assert states(text, "SUPPLIES", seller, buyer), text


@pytest.mark.parametrize(("text", "seller", "buyer"),
                         _fed(NOT_FED, False) + _fed(NOT_FED_BY_ORIGIN, True))
def test_feed_not_processed_supplies_nothing(text: str, seller: str, buyer: str) -> None:
    assert not states(text, "SUPPLIES", seller, buyer), text
