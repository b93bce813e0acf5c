"""Scorer guards by the role a country plays in its phrase (``rekg/extract/scorer_roles.py``):
a country in the possessive before another organisation is that organisation's home, not a
trade partner; one before a measure or list owns it and buys nothing from what it lists; a
company whose deposit is only called rich in a good does not make it. Each has a twin that
must keep its fact."""

from __future__ import annotations

from rekg.extract.context import Fact
from rekg.extract.pipeline import run
from rekg.extract.scorer_guards import guarded
from rekg.loaders.document import Document
from rekg.schema import RelType

from .fact_triples import guard_reason, scorer_need
from .fragments import produced_pairs


def _pairs(text: str, rel: RelType) -> set[tuple[str, str]]:
    fragment = run(Document(text=text, title="Test", published="2025-11-10")).fragment
    names = {n.id: n.name for n in fragment.nodes.values()}
    return {(names[r.source], names[r.target]) for r in fragment.relationships.values()
            if r.type is rel}


def _reasons(text: str) -> set[str]:
    return {r.reason for r in run(Document(text=text, title="Test",
                                           published="2025-11-10")).refusals}


_HOME = "Glencore lost its place as the top cobalt miner to China's CMOC last year."
_PARTNER_HOME = "Lynas will develop the processing plant jointly with Japan's Sojitz."


def test_the_home_of_another_company_is_no_trade_partner() -> None:
    for text in (_HOME, _PARTNER_HOME):
        assert "a country that is another organisation's home is no trade partner" in _reasons(
            text)
    assert ("Glencore", "China") not in _pairs(_HOME, RelType.SUPPLIES)
    assert ("Lynas", "Japan") not in _pairs(_PARTNER_HOME, RelType.SUPPLIES)


def test_a_company_selling_to_a_country_stands() -> None:
    assert ("Glencore", "China") in _pairs("Glencore sells cobalt hydroxide to China.",
                                           RelType.SUPPLIES)


_LISTED = "Skydio was placed on China's unreliable entity list in October."


def test_the_owner_of_a_list_buys_nothing_from_those_listed() -> None:
    assert ("Skydio", "China") not in _pairs(_LISTED, RelType.SUPPLIES)
    assert "the owner of a measure or list is no buyer" in _reasons(_LISTED)


def test_a_seller_to_a_country_without_a_list_stands() -> None:
    assert ("Skydio", "China") in _pairs("Skydio sold batteries to China in October.",
                                         RelType.SUPPLIES)


_RICH = ("Arafura holds the Nolans project in central Australia, a deposit rich in neodymium "
         "and praseodymium.")


def test_ground_rich_in_a_good_is_no_output() -> None:
    assert not {p for p in produced_pairs(_RICH) if p[0].startswith("Arafura")}
    # the guard is checked on a pair built by hand: the PRODUCES model retrained without
    # the lex group (2026-12-06) no longer proposes these pairs at all
    assert guard_reason(_RICH, RelType.PRODUCES, "Arafura", "neodymium") == (
        "ground rich in a good is no output of it")


def test_a_miner_of_rich_ground_makes_the_good() -> None:
    pairs = produced_pairs("Lynas mines a deposit rich in neodymium and praseodymium.")
    assert {("Lynas", "neodymium"), ("Lynas", "praseodymium")} <= pairs


def _restricted(text: str) -> set[str]:
    return {item for _, item in _pairs(text, RelType.RESTRICTS)}


_ALLOWED = ("Zimbabwe banned exports of raw lithium ore in 2022 but still allows lithium "
            "concentrate to be shipped.")
_ONLY = ("Indonesia banned nickel ore exports, allowing only processed nickel matte to leave "
         "the country.")


def test_a_good_the_measure_allows_is_not_restricted() -> None:
    assert "lithium concentrate" not in _restricted(_ALLOWED)
    assert "lithium ore" in _restricted(_ALLOWED)
    assert "nickel matte" not in _restricted(_ONLY)
    assert "a good the measure allows or exempts is not restricted" in _reasons(_ONLY)


def test_an_allowance_turned_round_still_restricts() -> None:
    assert "antimony" in _restricted(
        "Beijing no longer allows exports of antimony to the United States.")
    assert "germanium" in _restricted(
        "The ministry does not permit exports of germanium without a licence.")


def _needs(text: str) -> set[tuple[str, str]]:
    return _pairs(text, RelType.DEPENDS_ON)


_REPLACED = "Some carmakers replace the magnets with copper windings on the rotor."
_DONE_AWAY = ("Direct-drive generators do away with the gearbox and rely instead on large "
              "permanent magnets.")


def test_what_a_maker_drops_is_no_end_of_a_need() -> None:
    assert not _needs(_REPLACED)
    assert "what a maker drops or goes without is no end of a need" in _reasons(_REPLACED)
    assert not {p for p in _needs(_DONE_AWAY) if p[0] == "gearbox"}


def _guard_scorer_need(text: str, dependent: str, needed: str) -> tuple[list[Fact], list[Fact]]:
    """The kept and the refused of one scorer DEPENDS_ON fact built by hand."""
    ctx, view, fact = scorer_need(text, dependent, needed)
    refused: list[Fact] = []
    return guarded(ctx, view, [fact], refused), refused


def test_what_a_maker_relies_on_instead_stands() -> None:
    # the guards keep the pair whatever the model scores it (0.69 against a threshold of 0.70
    # with the DEPENDS_ON model of 2026-12-06)
    kept, refused = _guard_scorer_need(_DONE_AWAY, "Direct-drive generators", "permanent magnets")
    assert len(kept) == 1 and not refused
    assert _needs("Wind turbines use permanent magnets made with neodymium.")
    assert {p for p in _needs("Direct-drive generators rely instead on large permanent magnets.")
            if p[0] == "direct-drive generator"}


def test_a_refused_scorer_fact_is_handed_back() -> None:
    kept, refused = _guard_scorer_need(_REPLACED, "magnets", "copper")
    assert not kept
    assert len(refused) == 1 and refused[0].source.surface == "magnets"


_BACKERS = ("Washington will take an equity stake in the gallium refinery, and Canberra will "
            "provide cheap loans.")


def test_a_backer_makes_nothing_by_paying() -> None:
    assert not produced_pairs(_BACKERS)
    # the guard is checked on a pair built by hand: the PRODUCES model retrained without
    # the lex group (2026-12-06) no longer proposes these pairs at all
    for backer in ("Washington", "Canberra"):
        assert guard_reason(_BACKERS, RelType.PRODUCES, backer, "gallium") == (
            "a backer of a project makes nothing by paying for it")


def test_a_funded_maker_and_an_adverb_back_stand() -> None:
    # built by hand: the PRODUCES model of round 27 scores these 0.51 and 0.45, under 0.54
    assert guard_reason("The state lender committed $300 million to Lynas to fund production "
                        "of dysprosium.", RelType.PRODUCES, "Lynas", "dysprosium") is None
    assert guard_reason("Toyota, back in 2019, unveiled a neodymium-reduced magnet for hybrid "
                        "cars.", RelType.PRODUCES, "Toyota", "neodymium-reduced magnet") is None


def test_what_is_hard_to_replace_is_still_needed() -> None:
    assert ("high-temperature motor", "dysprosium") in _needs(
        "Engineers say it is very hard to replace dysprosium in high-temperature motors.")
    assert ("traction motor", "dysprosium") in _needs(
        "Dysprosium is added to the magnets so that they stay strong, which makes it hard to "
        "replace in the traction motors of electric cars.")
