"""Generated inventory of entity names (round 15, entities lane): chemical elements joined by
hyphens name one alloy ("platinum-iridium", "a lead-antimony alloy", "tin-silver solder"),
unless the noun after them says where or how the metals occur together ("a copper-gold mine");
and a known body named with its country before it ("the US Commerce Department") is also
known by the name without the country. Every sentence is written for this test (made-up
companies and goods, no corpus text)."""

from __future__ import annotations

import itertools

import pytest

from rekg.extract import extract
from rekg.loaders.document import Document
from rekg.schema import GraphFragment, Label

from .fact_triples import mentioned_names

pytestmark = pytest.mark.usefixtures("patterns_only")


def _graph(text: str) -> GraphFragment:
    return extract(Document(text=text, title="Test", published="2025-06-01"))


def _materials(text: str) -> set[str]:
    return {name.lower() for label, name in mentioned_names(text) if label == "Material"}


# (as written, the alloy's name, the lone metals it must not leave)
_ALLOYS = [
    ("platinum-iridium", "platinum-iridium", ("platinum", "iridium")),
    ("iron-platinum", "iron-platinum", ("iron", "platinum")),
    ("manganese-bismuth", "manganese-bismuth", ("manganese", "bismuth")),
    ("copper-nickel", "copper-nickel", ("copper", "nickel")),
    ("titanium-aluminium", "titanium-aluminium", ("titanium", "aluminium")),
    ("lead-antimony alloy", "lead-antimony alloy", ("antimony",)),
    ("tin-silver solder", "tin-silver solder", ("tin", "silver")),
    ("cobalt-chromium alloys", "cobalt-chromium alloy", ("cobalt", "chromium")),
    ("nickel-cobalt-chromium superalloys", "nickel-cobalt-chromium superalloy",
     ("nickel", "cobalt", "chromium")),
]
_MAKERS = ["Orvant Metals", "Kelbridge Alloys", "Tessuno Materials"]
# {m}: the maker; {a}: the alloy as written
_ALLOY_FRAMES = [
    "The pacemaker lead contains {a} supplied by {m}.",
    "{m} makes {a} for the probe heads of Vardo Devices.",
    "Each sensor tip uses {a} bought from {m}.",
    "Vardo Devices relies on {a} from {m} for its contacts.",
    "{m} said demand for {a} rose in the spring.",
]


@pytest.mark.parametrize(("frame", "maker", "alloy"), list(itertools.product(
    _ALLOY_FRAMES, _MAKERS, _ALLOYS)))
def test_hyphenated_elements_name_one_alloy(frame: str, maker: str,
                                            alloy: tuple[str, str, tuple[str, ...]]) -> None:
    written, name, parts = alloy
    names = _materials(frame.format(m=maker, a=written))
    assert name in names, names
    assert not names & set(parts), names


# twins: the metals occur together at a site or in a business, or the lexicon knows the whole
_SITES = ["mine", "project", "deposit", "ore", "concentrate", "prospect", "smelter",
          "producer", "prices"]
_SITE_PAIRS = [("copper-gold", ("copper", "gold")), ("lead-zinc", ("zinc",)),
               ("gold-antimony", ("gold", "antimony")), ("nickel-cobalt", ("nickel", "cobalt"))]
_SITE_FRAMES = [
    "Kelbridge Alloys owns a {p} {s} in the north of the province.",
    "Orvant Metals bought the {p} {s} from Tessuno Materials last year.",
    "Analysts at Vardo Capital watch the {p} {s} closely.",
]


@pytest.mark.parametrize(("frame", "pair", "site"), list(itertools.product(
    _SITE_FRAMES, _SITE_PAIRS, _SITES)))
def test_metals_at_one_site_are_no_alloy(frame: str, pair: tuple[str, tuple[str, ...]],
                                         site: str) -> None:
    written, _ = pair
    names = _materials(frame.format(p=written, s=site))
    assert written not in names, names  # the site's own phrase ("copper-gold ore") may stay


@pytest.mark.parametrize("text", [
    "Tessuno Materials makes samarium-cobalt magnets for Vardo Devices.",
    "Orvant Metals sells neodymium-praseodymium oxide to Kelbridge Alloys.",
    "Kelbridge Alloys supplies nickel-manganese-cobalt cathodes to Vardo Devices.",
])
def test_a_known_name_with_hyphened_elements_keeps_its_entry(text: str) -> None:
    names = _materials(text)
    assert not any(n in names for n in ("samarium-cobalt", "neodymium-praseodymium",
                                         "nickel-manganese-cobalt")), names


@pytest.mark.parametrize("text", [
    "The lithium-ion cells of Vardo Devices use graphite from Orvant Metals.",
    "Kelbridge Alloys makes iron and platinum parts for Vardo Devices.",
    "Orvant Metals mines gold - and some silver - in the hills.",
])
def test_no_alloy_without_two_hyphened_elements(text: str) -> None:
    names = _materials(text)
    assert not any("-" in n and n.split("-")[0] in ("lithium", "iron", "gold") for n in names), \
        names


# ---- a country before a known body: the bare name is a form seen too ----

_BODIES = [("Commerce Department", "Department of Commerce"),
           ("Department of Energy", "Department of Energy"),
           ("Treasury Department", "Treasury Department")]
_COUNTRIES = ["US", "U.S."]
_BODY_FRAMES = [
    "The {c} {b} added Kelbridge Alloys to its list on Monday.",
    "Orvant Metals said the {c} {b} had approved the sale.",
    "A spokesman for the {c} {b} declined to comment on Vardo Devices.",
]


def _body_cases() -> list[tuple[str, str, str, str]]:
    cases = []
    for (bare, name), frame, country in itertools.product(_BODIES, _BODY_FRAMES, _COUNTRIES):
        cases.append((frame, country, bare, name))
    return cases


@pytest.mark.parametrize(("frame", "country", "bare", "name"), _body_cases())
def test_a_body_named_with_its_country_is_known_without_it(frame: str, country: str,
                                                           bare: str, name: str) -> None:
    text = frame.format(c=country, b=bare)
    nodes = [n for n in _graph(text).nodes.values() if n.label is Label.ORGANIZATION
             and n.name == name]
    assert nodes, text
    forms = {a.lower() for a in nodes[0].aliases}
    assert bare.lower() in forms, forms


@pytest.mark.parametrize("text", [
    "The Commerce Department added Kelbridge Alloys to its list on Monday.",
    "Orvant Metals said the Department of Energy had approved the sale.",
])
def test_a_body_named_without_a_country_gets_no_extra_form(text: str) -> None:
    for node in _graph(text).nodes.values():
        if node.label is Label.ORGANIZATION and node.name.startswith(("Department", "Ministry")):
            assert len(node.aliases) <= 1, node.aliases


@pytest.mark.parametrize("text", [
    "Orvant Metals said the US Kelbridge Alloys unit would expand.",
    "The US Vardo Devices plant makes drives.",
])
def test_a_country_before_an_unknown_company_adds_no_bare_form_to_a_body(text: str) -> None:
    for node in _graph(text).nodes.values():
        if node.label is Label.ORGANIZATION:
            assert not any(a.lower().startswith("us ") and a[3:] in node.aliases
                           for a in node.aliases), node.aliases


# ---- a country name that is also a US state ----

_US_CONTEXTS = [
    "Orvant Metals also runs plants in Ohio and Texas.",
    "Its other mill sits in Florida.",
    "The company moved its head office to Tennessee last year.",
]
_STATE_FRAMES = [
    "Kelbridge Alloys makes zircon from mineral sands mined in Georgia.",
    "Orvant Metals is building a cathode plant in Georgia with Vardo Devices.",
    "Kelbridge Alloys buys ilmenite from a mine in Georgia.",
]
_COUNTRY_CUES = [
    "Officials in Tbilisi welcomed the plan.",
    "Georgian officials welcomed the plan.",
]


def _countries(text: str) -> set[str]:
    return {n.name for n in _graph(text).nodes.values() if n.label is Label.COUNTRY}


@pytest.mark.parametrize(("frame", "context"), list(itertools.product(_STATE_FRAMES,
                                                                        _US_CONTEXTS)))
def test_a_us_state_named_like_a_country_is_no_country(frame: str, context: str) -> None:
    assert "Georgia" not in _countries(f"{frame} {context}")
    assert "Georgia" not in _countries(f"{context} {frame}")


@pytest.mark.parametrize(("frame", "cue"), list(itertools.product(_STATE_FRAMES,
                                                                    _COUNTRY_CUES)))
def test_the_country_stays_where_its_people_or_capital_are_named(frame: str, cue: str) -> None:
    assert "Georgia" in _countries(f"{frame} {cue} Its other mill sits in Florida.")


@pytest.mark.parametrize("frame", _STATE_FRAMES)
def test_the_country_stays_without_a_us_place(frame: str) -> None:
    assert "Georgia" in _countries(f"{frame} Vardo Devices is based in Armenia.")


@pytest.mark.parametrize(("text", "kept"), [
    ("Orvant Metals grows lutetium-yttrium oxyorthosilicate crystals for scanners.", None),
    ("Kelbridge Alloys sells cobalt-nickel sulphate to Vardo Devices.", None),
    ("Tessuno Materials casts neodymium-iron-boron alloy for Vardo Devices.", "NdFeB alloy"),
])
def test_a_compound_or_a_known_whole_is_no_new_alloy(text: str, kept: str | None) -> None:
    names = _materials(text)
    assert not {"lutetium-yttrium", "cobalt-nickel", "neodymium-iron-boron alloy"} & names, \
        names
    if kept:
        assert kept.lower() in names, names


# ---- a ministry in lower case after its country: the words with the country are seen ----

_MINISTRIES = [("commerce ministry", "Ministry of Commerce"),
               ("foreign ministry", "Ministry of Foreign Affairs")]
_OWNERS = ["China's", "the Chinese", "the Dutch", "Japan's"]
_MINISTRY_FRAMES = [
    "{o} {m} added Kelbridge Alloys to its list on Monday.",
    "Orvant Metals said {o} {m} had approved the sale.",
    "A spokesman for {o} {m} declined to comment on Vardo Devices.",
]


@pytest.mark.parametrize(("frame", "owner", "ministry"), list(itertools.product(
    _MINISTRY_FRAMES, _OWNERS, _MINISTRIES)))
def test_a_ministry_after_its_country_is_known_with_it(frame: str, owner: str,
                                                      ministry: tuple[str, str]) -> None:
    written, name = ministry
    text = frame.format(o=owner, m=written)
    text = text[0].upper() + text[1:]
    nodes = [n for n in _graph(text).nodes.values() if n.label is Label.ORGANIZATION
             and n.name == name]
    assert nodes, text
    seen = owner.removeprefix("the ") + " " + written
    assert seen.lower() in {a.lower() for a in nodes[0].aliases}, nodes[0].aliases


@pytest.mark.parametrize("frame", _MINISTRY_FRAMES)
def test_a_ministry_without_its_country_gets_one_form(frame: str) -> None:
    text = frame.format(o="the", m="commerce ministry")
    text = text[0].upper() + text[1:]
    for node in _graph(text).nodes.values():
        if node.label is Label.ORGANIZATION and node.name.startswith("Ministry"):
            assert [a.lower() for a in node.aliases] == ["commerce ministry"], node.aliases
