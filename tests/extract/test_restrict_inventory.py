"""A generated inventory of restriction phrasings (imposers x items x ways of stating the
measure, and its target), each with twins that must give nothing: the imposer, the items and
the targets are crossed so that no rule can fit one sentence."""

from __future__ import annotations

import itertools

import pytest

from .fact_triples import measure_chains

IMPOSERS = [("China", "China"), ("Beijing", "China"), ("Indonesia", "Indonesia"),
            ("Jakarta", "Indonesia"), ("Vietnam", "Vietnam"), ("Kazakhstan", "Kazakhstan")]
ITEMS = [("antimony", "tungsten"), ("gallium", "indium"), ("bismuth", "graphite"),
         ("cobalt", "germanium")]


def _holds(text: str, rel: str, imposer: str, other: str) -> bool:
    return any(r == rel and i == imposer.lower() and other.lower() in o
               for r, i, o in measure_chains(text))


# an appositive between the government and its verb: the verb is still the government's
APPOSITIVE = [
    "{I}, the top producer, restricted {A} exports in 2023.",
    "{I}, the world's largest producer of the metal, banned exports of {A} and {B}.",
    "{I}, by far the biggest refiner, imposed export controls on {A} and {B}.",
    "{I}, home to most of the world's refining, halted {A} exports last year.",
]
APPOSITIVE_TWINS = [
    # a participle with its agent says what the measure hit
    "{I}, a major exporter, sanctioned by the EU in 2022, still ships {A} abroad.",
    "{I}, the top producer, has not restricted {A} exports.",
    "{I}, the top producer, may restrict {A} exports.",
    "{I}, the top producer, lifted its curbs on {A} exports.",
]


def _cross(templates: list[str]) -> list[tuple[str, str, str]]:
    rows = []
    for k, (tpl, (imposer, country), (a, b)) in enumerate(itertools.product(
            templates, IMPOSERS, ITEMS)):
        if k % 3 == 0:  # a third of the cross product keeps the suite quick
            rows.append((tpl.format(I=imposer, A=a, B=b), country, a))
    return rows


@pytest.mark.parametrize(("text", "imposer", "item"), _cross(APPOSITIVE),
                         ids=lambda v: str(v)[:50])
def test_a_measure_after_an_appositive_is_the_governments(text: str, imposer: str,
                                                           item: str) -> None:
    assert _holds(text, "RESTRICTS", imposer, item)


@pytest.mark.parametrize(("text", "imposer", "item"), _cross(APPOSITIVE_TWINS),
                         ids=lambda v: str(v)[:50])
def test_an_appositive_twin_gives_no_restriction(text: str, imposer: str, item: str) -> None:
    assert not _holds(text, "RESTRICTS", imposer, item)


GRANTORS = [("Jakarta", "Indonesia"), ("Hanoi", "Vietnam"), ("Beijing", "China"),
            ("Seoul", "South Korea")]
DESTINATIONS = [("India", "India"), ("the United States", "United States"),
                ("Japan", "Japan")]

# the licence named with its grantor, then the requirement and the trade it covers
LICENCE_FROM = [
    ("Licences from {I} are now required for {A} shipments to {T}.", "TARGETS"),
    ("Licences from {I} are now required for {A} shipments to {T}.", "RESTRICTS"),
    ("An export permit from {I} is needed for every sale of {A} to buyers in {T}.", "TARGETS"),
    ("A permit from {I} is required to export {A}.", "RESTRICTS"),
]
LICENCE_FROM_TWINS = [
    ("A permit from {I} is not needed to export {A}.", "RESTRICTS"),
    ("Licences from {I} may soon be required for {A} shipments to {T}.", "TARGETS"),
    ("Licences from {I} may soon be required for {A} shipments to {T}.", "RESTRICTS"),
]


def _licence_rows(templates: list[tuple[str, str]]) -> list[tuple[str, str, str, str]]:
    rows = []
    for (tpl, rel), (grantor, country), (dest, target), (a, _) in itertools.product(
            templates, GRANTORS, DESTINATIONS, ITEMS[:2]):
        rows.append((tpl.format(I=grantor, A=a, T=dest), rel, country,
                     target if rel == "TARGETS" else a))
    return rows[::2]


@pytest.mark.parametrize(("text", "rel", "imposer", "other"), _licence_rows(LICENCE_FROM),
                         ids=lambda v: str(v)[:50])
def test_a_licence_from_its_grantor_is_imposed_by_it(text: str, rel: str, imposer: str,
                                                     other: str) -> None:
    assert _holds(text, rel, imposer, other)


@pytest.mark.parametrize(("text", "rel", "imposer", "other"), _licence_rows(LICENCE_FROM_TWINS),
                         ids=lambda v: str(v)[:50])
def test_a_licence_not_needed_or_only_expected_gives_nothing(text: str, rel: str, imposer: str,
                                                            other: str) -> None:
    assert not _holds(text, rel, imposer, other)


RULE_MAKERS = [("Washington", "United States"), ("Tokyo", "Japan"), ("Canada", "Canada")]
ORIGINS = [("Russia", "Belarus"), ("Myanmar", "Laos"), ("Iran", "North Korea")]

# sourcing rules name the goods by where one or several stages of making them took place
ORIGIN_STEPS = [
    "{I}'s procurement rules bar magnets in which rare earths were mined or refined in {O} or "
    "{P}.",
    "From 2027 contractors will be barred from buying magnets containing rare earths mined, "
    "separated or refined in {O} or {P}, {I} said.",
    "{I}'s new rule bars batteries whose cobalt was mined or processed in {O} or {P}.",
]
ORIGIN_TWINS = [
    "{I} may bar magnets in which rare earths were mined or refined in {O} or {P}.",
    "{I} could bar batteries whose cobalt was mined in {O} or {P}.",
    "{I}'s rules bar batteries, while cobalt mined or refined in {O} or {P} sells well.",
]


def _origin_rows(templates: list[str]) -> list[tuple[str, str, str]]:
    return [(tpl.format(I=maker, O=o, P=p), country, p)
            for tpl, (maker, country), (o, p) in itertools.product(templates, RULE_MAKERS,
                                                                   ORIGINS)]


@pytest.mark.parametrize(("text", "imposer", "origin"), _origin_rows(ORIGIN_STEPS),
                         ids=lambda v: str(v)[:50])
def test_a_sourcing_rule_targets_the_places_of_origin(text: str, imposer: str,
                                                      origin: str) -> None:
    assert _holds(text, "TARGETS", imposer, origin)


@pytest.mark.parametrize(("text", "imposer", "origin"), _origin_rows(ORIGIN_TWINS),
                         ids=lambda v: str(v)[:50])
def test_a_sourcing_rule_only_weighed_or_not_naming_origin_targets_nothing(
        text: str, imposer: str, origin: str) -> None:
    assert not _holds(text, "TARGETS", imposer, origin)


TARIFF_MAKERS = [("Washington", "United States"), ("Ottawa", "Canada"), ("India", "India")]
GOODS_FROM = [("graphite anode material", "Mexico"), ("steel wire", "Vietnam"),
              ("silicon metal", "Brazil")]

# a rate or other words between the measure and the goods named with their origin
TARIFF_FROM = [
    "{I} set duties of more than 90% on {G} from {O}.",
    "{I} imposed preliminary anti-dumping duties of up to 35 percent on {G} from {O}.",
    "Last month {I} levied a surtax of 25% on imported {G} from {O}.",
]
TARIFF_FROM_TWINS = [
    "{I} may set duties of more than 90% on {G} from {O}.",
    "{I} could slap duties of 30% on {G} from {O}.",
    "{I} lifted duties of 25% on {G} from {O}.",
]


def _tariff_rows(templates: list[str]) -> list[tuple[str, str, str]]:
    return [(tpl.format(I=maker, G=goods, O=origin), country, origin)
            for tpl, (maker, country), (goods, origin) in itertools.product(
                templates, TARIFF_MAKERS, GOODS_FROM)]


@pytest.mark.parametrize(("text", "imposer", "origin"), _tariff_rows(TARIFF_FROM),
                         ids=lambda v: str(v)[:50])
def test_a_duty_on_goods_from_a_country_targets_it(text: str, imposer: str,
                                                   origin: str) -> None:
    assert _holds(text, "TARGETS", imposer, origin)


@pytest.mark.parametrize(("text", "imposer", "origin"), _tariff_rows(TARIFF_FROM_TWINS),
                         ids=lambda v: str(v)[:50])
def test_a_duty_weighed_or_lifted_targets_nothing(text: str, imposer: str,
                                                  origin: str) -> None:
    assert not _holds(text, "TARGETS", imposer, origin)


# another country's ministry named by its portfolio is that country's, not the lexicon's
FOREIGN_MINISTRIES = [("Kazakhstan", "Kazakhstan"), ("India", "India"), ("Vietnam", "Vietnam"),
                      ("Indonesia", "Indonesia")]
MINISTRY_FORMS = ["{C}'s commerce ministry imposed export restrictions on {A}.",
                  "{C}'s Commerce Ministry banned exports of {A} on Friday.",
                  "{C}'s Ministry of Commerce added {A} to its export control list."]


@pytest.mark.parametrize(("text", "country", "item"), [
    (tpl.format(C=c, A=a), country, a) for tpl, (c, country), (a, _) in itertools.product(
        MINISTRY_FORMS, FOREIGN_MINISTRIES, ITEMS[:2])], ids=lambda v: str(v)[:50])
def test_another_countrys_ministry_imposes_for_that_country(text: str, country: str,
                                                            item: str) -> None:
    assert _holds(text, "RESTRICTS", country, item)
    assert not _holds(text, "RESTRICTS", "China", item)


# "would" after the government's own announcing verb, whatever time words stand between
ANNOUNCED = [
    "{I} said on Tuesday it would require export licences for {A}.",
    "{I} announced late on Friday that it would restrict exports of {A} and {B}.",
    "{I} said in a statement on its website that it will ban exports of {A}.",
    "{I} confirmed on Monday it would halt shipments of {A}.",
]
ANNOUNCED_TWINS = [
    "Analysts said on Tuesday {I} would restrict exports of {A}.",
    "{I} said on Tuesday it would consider restricting exports of {A}.",
    "{I} said on Tuesday it would ban exports of {A} if talks failed.",
    "{I} said on Tuesday it would not restrict exports of {A}.",
]


@pytest.mark.parametrize(("text", "imposer", "item"), _cross(ANNOUNCED),
                         ids=lambda v: str(v)[:50])
def test_a_decision_announced_with_a_date_between_is_a_measure(text: str, imposer: str,
                                                                item: str) -> None:
    assert _holds(text, "RESTRICTS", imposer, item)


@pytest.mark.parametrize(("text", "imposer", "item"), _cross(ANNOUNCED_TWINS),
                         ids=lambda v: str(v)[:50])
def test_an_announced_plan_or_other_speakers_guess_is_no_measure(text: str, imposer: str,
                                                                 item: str) -> None:
    assert not _holds(text, "RESTRICTS", imposer, item)


# the items named in the sentence after the measure
NEXT_SENTENCE = [
    "{I} announced new export controls on Thursday. Among them: {A} and {B}.",
    "{I} said on Tuesday it would require export licences for several metals from December 1. "
    "Among them: {B} and {A}.",
    "{I} tightened its export control regime this week. These include {A} and {B}.",
    "{I} unveiled export restrictions on Friday. The list includes {B} and {A}.",
]
NEXT_SENTENCE_TWINS = [
    "{I} announced new export controls on Thursday. Among them: {B}, but not {A}.",
    "{I} is considering new export controls. Among them: {A} and {B}.",
    "{I} threatened new export controls on Thursday. These include {A} and {B}.",
]


@pytest.mark.parametrize(("text", "imposer", "item"), _cross(NEXT_SENTENCE),
                         ids=lambda v: str(v)[:50])
def test_items_listed_after_the_measure_are_restricted(text: str, imposer: str,
                                                       item: str) -> None:
    assert _holds(text, "RESTRICTS", imposer, item)


@pytest.mark.parametrize(("text", "imposer", "item"), _cross(NEXT_SENTENCE_TWINS),
                         ids=lambda v: str(v)[:50])
def test_items_excepted_or_of_a_measure_only_weighed_are_not(text: str, imposer: str,
                                                             item: str) -> None:
    assert not _holds(text, "RESTRICTS", imposer, item)


AIMERS = [("Seoul", "South Korea"), ("Beijing", "China"), ("Ottawa", "Canada")]
AIMED = [("Tokyo", "Japan"), ("Hanoi", "Vietnam"), ("Canberra", "Australia")]

# whom a measure is aimed at, stated in several ways
AIMED_AT = [
    "{I}'s curbs on {A} exports, widely seen as aimed at {T}, took effect on Monday.",
    "The duties {I} set last month, viewed as directed against {T}, start in May.",
    "Goods from {C} now face a 34% tariff imposed by {I}.",
    "Under {I}'s new rules, {A} cannot be exported to {C}.",
]
AIMED_AT_TWINS = [
    "{I}'s curbs on {A} exports took effect on Monday, while {T} is seen as a rival.",
    "Goods from {C} sold well before {I} imposed a tariff on steel.",
]


def _aim_rows(templates: list[str]) -> list[tuple[str, str, str]]:
    return [(tpl.format(I=i, T=t, C=target, A=a), country, target)
            for tpl, (i, country), (t, target), (a, _) in itertools.product(
                templates, AIMERS, AIMED, ITEMS[:2])
            if country != target]


@pytest.mark.parametrize(("text", "imposer", "target"), _aim_rows(AIMED_AT),
                         ids=lambda v: str(v)[:50])
def test_whom_a_measure_is_aimed_at(text: str, imposer: str, target: str) -> None:
    assert _holds(text, "TARGETS", imposer, target)


@pytest.mark.parametrize(("text", "imposer", "target"), _aim_rows(AIMED_AT_TWINS),
                         ids=lambda v: str(v)[:50])
def test_a_country_beside_a_measure_is_not_its_target(text: str, imposer: str,
                                                      target: str) -> None:
    assert not _holds(text, "TARGETS", imposer, target)


FIRMS = ["Kestrel Dynamics", "Norvik Systems", "Tarrow Aerospace"]

# a firm that an imposer's verb hits in a relative clause; a country before the goods that name
# its measure
LISTED_FIRMS = ["{F}, which {I} sanctioned in 2023, makes drones.",
                "{F}, which {I} blacklisted last year, sells radar parts."]


@pytest.mark.parametrize(("text", "imposer", "firm"), [
    (tpl.format(F=f, I=i), country, f) for tpl, f, (i, country) in itertools.product(
        LISTED_FIRMS, FIRMS, AIMERS)], ids=lambda v: str(v)[:50])
def test_the_object_of_a_relative_measure_verb_is_its_target(text: str, imposer: str,
                                                             firm: str) -> None:
    assert _holds(text, "TARGETS", imposer, firm)
    assert not _holds(text, "TARGETS", firm, firm)


@pytest.mark.parametrize(("text", "imposer", "item"), [
    (f"The step answered {i} {a} controls imposed last year.", country, name)
    for (i, country), (a, name) in itertools.product(
        [("US", "United States"), ("Japanese", "Japan"), ("Dutch", "Netherlands")],
        [("chip", "semiconductor"), ("gallium", "gallium"), ("lithography machine",
                                                             "lithography")])],
    ids=lambda v: str(v)[:50])
def test_a_country_before_the_goods_of_a_measure_imposes_it(text: str, imposer: str,
                                                           item: str) -> None:
    assert _holds(text, "RESTRICTS", imposer, item)


# a measure noun used as the verb, and lists named as "the list of controlled items"
VERB_NOUNS = [
    "{I} controls exports of {A} and {B}.",
    "{I} tightly limits sales of {A} to foreign buyers.",
    "{I} added {A} and {B} to its list of controlled items.",
    "{I} published a list of controlled goods on Monday. The items are: {A} and {B}.",
]
VERB_NOUN_TWINS = [
    "{I} controls most of the world's supply of {A}.",
    "{I} controls 90% of exports of {A}.",
    "{I} could limit sales of {A} to foreign buyers.",
    "{I} does not control exports of {A}.",
    "Traders checked the list of controlled items for {A}, but found none.",
]


@pytest.mark.parametrize(("text", "imposer", "item"), _cross(VERB_NOUNS),
                         ids=lambda v: str(v)[:50])
def test_a_measure_word_as_verb_and_named_lists_restrict(text: str, imposer: str,
                                                         item: str) -> None:
    assert _holds(text, "RESTRICTS", imposer, item)


@pytest.mark.parametrize(("text", "imposer", "item"), _cross(VERB_NOUN_TWINS),
                         ids=lambda v: str(v)[:50])
def test_market_control_or_a_mere_look_at_a_list_restricts_nothing(text: str, imposer: str,
                                                                   item: str) -> None:
    assert not _holds(text, "RESTRICTS", imposer, item)


LISTERS = [("Beijing", "China"), ("Tokyo", "Japan"), ("Ottawa", "Canada")]

# firms hit by a measure: the object of its verb, a designation, a list that holds them
FIRM_TARGETS = [
    "{I} blacklisted {F} and {G} on Monday.",
    "On Friday {I} sanctioned {F}, a drone maker.",
    "{I} designated {F} as an unreliable entity on Friday.",
    "{I} included {F} in its export control list.",
    "{I}'s entity list now includes {F}.",
    "{F} became the latest company added to {I}'s entity list.",
    "{F} is among the 28 firms {I} put on its export control list.",
]
FIRM_TWINS = [
    "{I} may blacklist {F} and {G}, officials said.",
    "{I} removed {F} from its entity list on Monday.",
    "{F} said rival firms added to the pressure for {I}'s entity list.",
    "{I}'s entity list is long, and {F} says it is unfair.",
    "{I} threatened to sanction {F}.",
]


def _firm_rows(templates: list[str]) -> list[tuple[str, str, str]]:
    return [(tpl.format(I=i, F=f, G=g), country, f)
            for tpl, (i, country), (f, g) in itertools.product(
                templates, LISTERS, [(FIRMS[0], FIRMS[1]), (FIRMS[2], FIRMS[0])])]


@pytest.mark.parametrize(("text", "imposer", "firm"), _firm_rows(FIRM_TARGETS),
                         ids=lambda v: str(v)[:50])
def test_a_firm_a_measure_hits_is_its_target(text: str, imposer: str, firm: str) -> None:
    assert _holds(text, "TARGETS", imposer, firm)


@pytest.mark.parametrize(("text", "imposer", "firm"), _firm_rows(FIRM_TWINS),
                         ids=lambda v: str(v)[:50])
def test_a_firm_only_threatened_removed_or_beside_a_list_is_not_targeted(
        text: str, imposer: str, firm: str) -> None:
    assert not _holds(text, "TARGETS", imposer, firm)


@pytest.mark.parametrize(("text", "imposer", "firm"), [
    (f"{i}'s new entity list entries include toolmakers {f} and {g}.", country, f)
    for (i, country), (f, g) in itertools.product(
        LISTERS, [(FIRMS[0], FIRMS[1]), (FIRMS[2], FIRMS[0])])], ids=lambda v: str(v)[:50])
def test_the_entries_of_a_list_are_its_targets(text: str, imposer: str, firm: str) -> None:
    assert _holds(text, "TARGETS", imposer, firm)


@pytest.mark.parametrize(("text", "imposer", "item"), [
    (f"{i} added {a} to its list of technologies barred from export.", country, name)
    for (i, country), (a, name) in itertools.product(
        IMPOSERS, [("magnet-making technology", "magnet"),
                   ("battery cathode technology", "cathode")])],
    ids=lambda v: str(v)[:50])
def test_the_list_of_technologies_barred_from_export_restricts(text: str, imposer: str,
                                                               item: str) -> None:
    assert _holds(text, "RESTRICTS", imposer, item)


@pytest.mark.parametrize("text", [
    "Kestrel Dynamics, whose plant was idled in May, and Norvik Systems, which halted its "
    "Swift line, said supplies were short.",
    "Recent steps, including Japan's export licensing of tungsten, hit Norvik Systems.",
])
def test_a_possessive_or_an_owner_is_no_target_of_the_measure(text: str) -> None:
    assert not any(r == "TARGETS" and o in ("kestrel dynamics", "japan")
                   for r, _, o in measure_chains(text))
