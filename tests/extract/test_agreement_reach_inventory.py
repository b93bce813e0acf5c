"""A generated inventory of agreement phrasings the other inventories lack: goods listed with a
hedge ("gallium and, to a lesser extent, germanium"), joint ventures named by their members
("a joint venture of A and B") or by what one side does in them ("A builds the mine in a joint
venture with B"), described deals "entered into", and what "both sides" will do together in the
sentence after the deal. Each shape is filled with several parties and goods; twins (talks, no
deal, a remark that is no term, a deal that collapsed) must give no such fact (scorer on, as in
evaluation)."""

from __future__ import annotations

import itertools

import pytest

from .fragments import states

# (as written, as named in the graph)
_COUNTRIES = [("Japan", "Japan"), ("Chile", "Chile"), ("Canada", "Canada"),
              ("the European Union", "European Union")]
_PEERS = [("Korea", "South Korea"), ("Peru", "Peru"), ("Australia", "Australia"),
          ("Norway", "Norway")]
_FIRMS = [("Tarrow Minerals", "Kestrel Resources"), ("Iluka", "Posco"),
          ("Halden Metals Ltd", "Corvin Mining Corp"), ("Lynas", "Sojitz")]
# two goods of the same kind, the second one hedged
_GOODS = [("gallium", "germanium"), ("lithium", "cobalt"), ("nickel", "copper"),
          ("tungsten", "tin")]
_HEDGES = ["in part", "to a lesser extent", "to a lesser degree", "increasingly",
           "possibly"]
_DEALS = ["memorandum", "framework", "partnership", "accord"]

HEDGED = [
    "{A} and {B} signed a {d} that covers {x} and, {h}, {y}.",
    "The {d} between {A} and {B} addresses {x} and, {h}, {y}.",
    "{A} and {B} signed a {d} on {x} and, {h}, {y} on Monday.",
]


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


@pytest.mark.parametrize(("template", "n"), list(itertools.product(HEDGED, range(4))))
def test_a_hedged_second_item_is_covered_too(template: str, n: int) -> None:
    (a, _), (b, _) = _COUNTRIES[n], _PEERS[n]
    x, y = _GOODS[n]
    h = _HEDGES[(n + len(template)) % len(_HEDGES)]
    text = _cap(template.format(A=a, B=b, d=_DEALS[n], x=x, y=y, h=h))
    assert states(text, "ADDRESSES", "*", x), text
    assert states(text, "ADDRESSES", "*", y), text


def test_a_hedge_between_unlike_things_joins_nothing() -> None:
    text = "The memorandum covers gallium and, in part, Chile's exports of copper."
    assert not states(text, "ADDRESSES", "*", "Chile")


VENTURES = [
    ("The {g} mine is run by a joint venture of {A} and {B}.", True),
    ("The {g} plant is owned by a joint venture of {A} and {B}.", True),
    ("A joint venture of {A} and {B} will refine {g}.", True),
    ("{A} is building the {g} mine in a joint venture with {B}.", False),
    ("{A} will develop the {g} project through a partnership with {B}.", False),
    ("{A} mines {g} in a joint venture with {B}.", False),
]


@pytest.mark.parametrize(("template", "both", "n"),
                         [(t, b, n) for (t, b), n in itertools.product(VENTURES, range(4))])
def test_members_and_actors_of_a_venture_are_its_parties(template: str, both: bool,
                                                         n: int) -> None:
    a, b = _FIRMS[n]
    text = _cap(template.format(A=a, B=b, g=_GOODS[n][0]))
    assert states(text, "PARTY_TO", a.split()[0], "*"), text
    assert states(text, "PARTY_TO", b.split()[0], "*"), text


VENTURE_TWINS = [
    "The deal of the decade lifted {g} prices for {A}.",
    "{A} is building the {g} mine alone after a joint venture with {B} collapsed.",
    "{A} said the {g} mine had nothing to do with the partnership of {B}'s rivals.",
    "{A} sold {g} in a year when the joint venture with {B} was wound up.",
]


@pytest.mark.parametrize(("template", "n"), list(itertools.product(VENTURE_TWINS, range(4))))
def test_no_party_without_a_deal_made(template: str, n: int) -> None:
    a, b = _FIRMS[n]
    text = _cap(template.format(A=a, B=b, g=_GOODS[n][0]))
    assert not states(text, "PARTY_TO", a.split()[0], "*"), text


ENTERED = [
    "{A} entered into a binding offtake with {B} for {g}.",
    "{A} has entered into an offtake for {g} with {B}.",
    "{A} entered into a ten-year offtake with {B} covering {g}.",
]


@pytest.mark.parametrize(("template", "n"), list(itertools.product(ENTERED, range(4))))
def test_an_offtake_entered_into_has_both_parties(template: str, n: int) -> None:
    a, b = _FIRMS[n]
    g = _GOODS[n][0]
    text = _cap(template.format(A=a, B=b, g=g))
    assert states(text, "PARTY_TO", a.split()[0], "offtake"), text
    assert states(text, "PARTY_TO", b.split()[0], "offtake"), text
    assert states(text, "ADDRESSES", "offtake", g), text


@pytest.mark.parametrize("n", range(4))
def test_entering_talks_or_a_market_makes_no_deal(n: int) -> None:
    a, b = _FIRMS[n]
    for text in (f"{a} entered into talks with {b} on {_GOODS[n][0]}.",
                 f"{a} entered the {_GOODS[n][0]} market with {b} as a customer."):
        assert not states(text, "PARTY_TO", "*", "*"), text


OPENINGS = ["{A} and {B} signed a {d} on Monday.", "{A} signed a {d} with {B} in May.",
            "A {d} between {A} and {B} was signed on Friday."]
PAIR_TERMS = ["Both sides will cooperate on {x} and {y}.",
              "The two countries will jointly develop {x} and {y} projects.",
              "Both governments will work together on {x} and {y} supply chains.",
              "The two sides agreed to collaborate on {x} and {y} recycling."]


@pytest.mark.parametrize(("opening", "term", "n"),
                         list(itertools.product(OPENINGS, PAIR_TERMS, range(4)))[::3])
def test_what_both_sides_will_do_together_is_covered(opening: str, term: str, n: int) -> None:
    (a, _), (b, _) = _COUNTRIES[n], _PEERS[n]
    x, y = _GOODS[n]
    text = _cap(opening.format(A=a, B=b, d=_DEALS[n])) + " " + term.format(x=x, y=y)
    assert states(text, "ADDRESSES", _DEALS[n], x), text
    assert states(text, "ADDRESSES", _DEALS[n], y), text


PAIR_TWINS = [
    "{A} and {B} held talks on Monday. Both sides will cooperate on {x} and {y}.",
    "{A} and {B} signed a {d} on Monday. Both sides said {x} and {y} prices were too high.",
    "{A} and {B} failed to agree on a {d}. The two countries will cooperate on {x} anyway.",
    "{A} and {B} signed a {d} on Monday. Analysts expect {x} prices to rise. Shares fell. "
    "Both sides will cooperate on {y}.",
]


@pytest.mark.parametrize(("template", "n"), list(itertools.product(PAIR_TWINS, range(4))))
def test_no_terms_without_a_deal_in_focus(template: str, n: int) -> None:
    (a, _), (b, _) = _COUNTRIES[n], _PEERS[n]
    x, y = _GOODS[n]
    text = _cap(template.format(A=a, B=b, d=_DEALS[n], x=x, y=y))
    assert not states(text, "ADDRESSES", "*", x), text


# A known agreement reached in a city is the deal reached there only when those who sign it
# are its parties: "signed by" names the signers as well as "A and B signed" does.
_PLACED = [("Peru", "Chile"), ("Korea", "Chile"), ("Canada", "Peru"), ("Norway", "Chile")]
PLACED = ["The {d}, signed by {A} and {B} in Tokyo, covers {x}.",
          "The {d} signed by {A} and {B} in Tokyo focuses on {x}.",
          "The {d}, agreed by {A} and {B} in Tokyo, covers {x}."]


@pytest.mark.parametrize(("template", "n"), list(itertools.product(PLACED, range(4))))
def test_a_deal_signed_by_others_in_a_known_place_is_not_the_known_deal(template: str,
                                                                        n: int) -> None:
    a, b = _PLACED[n]
    text = template.format(A=a, B=b, d=_DEALS[n], x=_GOODS[n][0])
    assert states(text, "PARTY_TO", a, _DEALS[n]), text
    assert not states(text, "PARTY_TO", "*", "US-Japan"), text
    assert states(text, "ADDRESSES", _DEALS[n], _GOODS[n][0]), text


def test_the_known_deal_signed_by_its_parties_in_its_place_is_still_it() -> None:
    text = "The framework, signed by the United States and Japan in Tokyo, covers rare earths."
    assert states(text, "PARTY_TO", "Japan", "US-Japan")


DELEGATES = ["{A}'s trade minister and {B}'s mining minister signed a {d} on {x}.",
             "{A}'s officials and {B}'s envoys finalised a {d} on {x} in May.",
             "{A}'s industry minister and {B}'s energy minister signed a {x} {d}."]


@pytest.mark.parametrize(("template", "n"), list(itertools.product(DELEGATES, range(4))))
def test_the_first_of_two_delegates_signs_for_their_side(template: str, n: int) -> None:
    (a, a_name), (b, b_name) = _COUNTRIES[n], _PEERS[n]
    if a.startswith("the "):
        a = a[4:]
    text = _cap(template.format(A=a, B=b, d=_DEALS[n], x=_GOODS[n][0]))
    assert states(text, "PARTY_TO", a_name, "*"), text
    assert states(text, "PARTY_TO", b_name, "*"), text


@pytest.mark.parametrize("n", range(4))
def test_a_delegate_who_only_criticises_a_deal_signs_nothing(n: int) -> None:
    (a, a_name), (b, _) = _COUNTRIES[n], _PEERS[n]
    text = _cap(f"{a}'s trade minister and his aides criticised the {_GOODS[n][0]} "
                f"{_DEALS[n]} that {b} signed.")
    assert not states(text, "PARTY_TO", a_name, "*"), text


GIVES = ["The {d} gives {A} a stake in {x} and {y} projects.",
         "The {d} grants {A} a 20% share of the {x} and {y} output.",
         "The {d} gives {A} rights to {x} and {y} from new mines."]


@pytest.mark.parametrize(("template", "n"), list(itertools.product(GIVES, range(4))))
def test_what_a_deal_hands_one_side_is_what_it_addresses(template: str, n: int) -> None:
    (a, _) = _PEERS[n]
    x, y = _GOODS[n]
    text = template.format(A=a, d=_DEALS[n], x=x, y=y)
    assert states(text, "ADDRESSES", _DEALS[n], x), text
    assert states(text, "ADDRESSES", _DEALS[n], y), text


_TRIOS = [("Peru", "Chile", "Bolivia"), ("Canada", "Norway", "Japan"),
          ("Korea", "Australia", "India"), ("Chile", "Argentina", "Peru")]
ROLES = ["The partners in the {x} {d} include {A}, {B} and {C}.",
         "The signatories of the {d} on {x} are {A}, {B} and {C}.",
         "{A}, {B} and {C} are among the signatories of the {x} {d}.",
         "{A}, {B} and {C} are among the founding members of the {x} {d}."]


@pytest.mark.parametrize(("template", "n"), list(itertools.product(ROLES, range(4))))
def test_parties_listed_by_their_role_in_a_deal(template: str, n: int) -> None:
    a, b, c = _TRIOS[n]
    text = template.format(A=a, B=b, C=c, d=_DEALS[n], x=_GOODS[n][0])
    for name in (a, b, c):
        assert states(text, "PARTY_TO", name.replace("Korea", "South Korea"), _DEALS[n]), text


ROLE_TWINS = ["{A}, {B} and {C} are among the critics of the {x} {d}.",
              "{A}, {B} and {C} are among the opponents of the {x} {d}."]


@pytest.mark.parametrize(("template", "n"), list(itertools.product(ROLE_TWINS, range(4))))
def test_critics_and_opponents_are_no_parties(template: str, n: int) -> None:
    a, b, c = _TRIOS[n]
    text = template.format(A=a, B=b, C=c, d=_DEALS[n], x=_GOODS[n][0])
    assert not states(text, "PARTY_TO", "*", "*"), text


HELD = ["{A} sells {g} under an offtake with {B}.",
        "{A} ships its {g} under a binding offtake with {B}, its largest customer.",
        "{A} has delivered {g} since 2021 under a ten-year offtake with {B}."]


@pytest.mark.parametrize(("template", "n"), list(itertools.product(HELD, range(4))))
def test_goods_traded_under_an_offtake_with_a_party(template: str, n: int) -> None:
    a, b = _FIRMS[n]
    g = _GOODS[n][0]
    text = template.format(A=a, B=b, g=g)
    assert states(text, "PARTY_TO", b.split()[0], "offtake"), text
    assert states(text, "ADDRESSES", "offtake", g), text


@pytest.mark.parametrize("n", range(4))
def test_under_an_offtake_with_no_party_named_is_no_deal(n: int) -> None:
    a, _ = _FIRMS[n]
    text = f"{a} sells most of its {_GOODS[n][0]} under offtake terms it did not disclose."
    assert not states(text, "PARTY_TO", "*", "*"), text


@pytest.mark.parametrize("n", range(4))
def test_a_place_before_a_passive_venture_is_no_party(n: int) -> None:
    _, b = _FIRMS[n]
    text = (f"The {_GOODS[n][0]} project in Victoria, Australia, is being developed in a "
            f"joint venture with {b}.")
    assert not states(text, "PARTY_TO", "Australia", "*"), text
    assert states(text, "PARTY_TO", b.split()[0], "joint venture"), text


@pytest.mark.parametrize(("n", "demonym", "country"),
                         [(0, "Japanese", "Japan"), (1, "Korean", "South Korea"),
                          (2, "Chinese", "China"), (3, "Australian", "Australia")])
def test_the_description_of_a_party_after_with_names_no_second_party(
        n: int, demonym: str, country: str) -> None:
    a, b = _FIRMS[n]
    text = (f"{a} shipped most of its {_GOODS[n][0]} under an offtake with {b}, the {demonym} "
            f"trader.")
    assert states(text, "PARTY_TO", b.split()[0], "offtake"), text
    assert not states(text, "PARTY_TO", country, "*"), text


EASED = ["The {d} removes the export quota on {x}.",
         "The {d} relaxes the export ban on {x}.",
         "The {d} will roll back the export curbs on {x}.",
         "The {d} postpones the export ban on {x}."]


@pytest.mark.parametrize(("template", "n"), list(itertools.product(EASED, range(4))))
def test_a_measure_a_deal_eases_is_what_it_addresses(template: str, n: int) -> None:
    text = template.format(d=_DEALS[n], x=_GOODS[n][0])
    assert states(text, "ADDRESSES", _DEALS[n], _GOODS[n][0]), text


EASED_TWINS = ["The {d} was removed from the agenda as {x} prices fell."]


@pytest.mark.parametrize(("template", "n"), list(itertools.product(EASED_TWINS, range(4))))
def test_a_deal_itself_postponed_or_removed_addresses_nothing(template: str, n: int) -> None:
    text = template.format(d=_DEALS[n], x=_GOODS[n][0])
    assert not states(text, "ADDRESSES", "*", _GOODS[n][0]), text
