"""Restriction frames across sentences: listed items, covered countries, imposers and targets
told apart, and anaphors that refer to the main measure."""

from __future__ import annotations

import pytest

from rekg.extract import extract
from rekg.loaders.document import Document
from rekg.schema import GraphFragment, RelType

pytestmark = pytest.mark.usefixtures("patterns_only")


def _graph(text: str) -> GraphFragment:
    return extract(Document(text=text, title="Test", published="2025-06-01"))


def _through(fragment: GraphFragment, rel: RelType) -> set[tuple[str, str]]:
    """(imposer, item or target) pairs joined through one restriction node."""
    names = {n.id: n.name for n in fragment.nodes.values()}
    rels = list(fragment.relationships.values())
    return {(names[i.source], names[r.target]) for i in rels if i.type is RelType.IMPOSES
            for r in rels if r.type is rel and r.source == i.target}


def _imposers(fragment: GraphFragment) -> set[str]:
    names = {n.id: n.name for n in fragment.nodes.values()}
    return {names[r.source] for r in fragment.relationships.values()
            if r.type is RelType.IMPOSES}


def test_bullet_lines_give_the_items_they_open_with_not_what_they_describe() -> None:
    # Bullets too long to be folded into the opening line stay sentences of their own.
    fragment = _graph("China tightened its export controls. According to the notice, the "
                      "controls cover:\n- gallium arsenide and gallium nitride, which are used "
                      "in the radar of fighter jets and in the chargers of electric cars;\n"
                      "- germanium dioxide, which goes into the fibre of optical cables laid "
                      "under the sea and into infrared lenses.\n\nTraders expect delays.")
    restricted = _through(fragment, RelType.RESTRICTS)
    assert {("China", "gallium arsenide"), ("China", "gallium nitride"),
            ("China", "germanium dioxide")} <= restricted
    assert ("China", "radar") not in restricted


def test_bullet_lines_after_a_colon_without_a_measure_restrict_nothing() -> None:
    fragment = _graph("Key facts about the mine:\n- It produces neodymium oxide.\n- It employs "
                      "300 people.")
    assert _through(fragment, RelType.RESTRICTS) == set()


@pytest.mark.parametrize("follow", [
    "It applies to tellurium, bismuth and molybdenum.",
    "The items include tellurium, bismuth and molybdenum.",
    "The new items include tellurium, bismuth and molybdenum.",
    "Those include tellurium, bismuth and molybdenum.",
    "These cover tellurium, bismuth and molybdenum.",
    "Affected: tellurium, bismuth and molybdenum.",
    "Items covered: tellurium, bismuth and molybdenum.",
])
def test_items_listed_in_the_next_sentence_belong_to_the_measure(follow: str) -> None:
    fragment = _graph(f"China will require export licences for five metals from Tuesday. {follow}")
    assert {("China", m) for m in ("tellurium", "bismuth", "molybdenum")} \
        <= _through(fragment, RelType.RESTRICTS)


@pytest.mark.parametrize("follow", [
    "These are hard weeks for buyers of tellurium and bismuth.",
    "Analysts: tellurium and bismuth prices will rise.",
])
def test_a_demonstrative_or_label_that_lists_nothing_restricts_nothing(follow: str) -> None:
    fragment = _graph(f"China will require export licences for five metals from Tuesday. {follow}")
    assert not {("China", m) for m in ("tellurium", "bismuth")} \
        & _through(fragment, RelType.RESTRICTS)


def test_a_sentence_after_one_without_a_measure_lists_nothing() -> None:
    fragment = _graph("China produces most of the world's tungsten. It includes tellurium "
                      "and bismuth as by-products.")
    assert _through(fragment, RelType.RESTRICTS) == set()


def test_the_covered_countries_are_the_targets_of_the_measure_named_before() -> None:
    fragment = _graph("The United States imposed a sourcing rule on magnets made in a covered "
                      "country. The covered countries are China, Russia and Iran.")
    assert {("United States", c) for c in ("China", "Russia", "Iran")} \
        <= _through(fragment, RelType.TARGETS)


def test_a_country_that_exports_go_to_is_the_target_not_the_imposer() -> None:
    fragment = _graph("China announced new rules on Tuesday. Exports of gallium and germanium "
                      "to the United States would in principle be prohibited.")
    assert ("China", "United States") in _through(fragment, RelType.TARGETS)
    assert ("China", "gallium") in _through(fragment, RelType.RESTRICTS)
    assert "United States" not in _imposers(fragment)


def test_a_party_added_to_a_list_is_its_target_not_its_imposer() -> None:
    fragment = _graph("The United States tightened its chip rules on Monday. Huawei, which was "
                      "added to the Entity List in 2019, makes servers.")
    assert "Huawei" not in _imposers(fragment)
    assert ("United States", "Huawei") in _through(fragment, RelType.TARGETS)


def test_the_rules_refer_to_the_main_measure_of_the_sentence_before() -> None:
    fragment = _graph("China will require export permits for graphite from December 1, as "
                      "Washington tightens restrictions on chip sales. The rules apply to "
                      "spherical graphite.")
    restricted = _through(fragment, RelType.RESTRICTS)
    assert ("China", "spherical graphite") in restricted
    assert ("United States", "spherical graphite") not in restricted


def test_a_ministry_named_beside_its_countrys_measure_imposes_it_too() -> None:
    fragment = _graph("China will require export licences for gallium, the Ministry of Commerce "
                      "said on Tuesday.")
    assert {("China", "gallium"), ("Ministry of Commerce", "gallium")} \
        <= _through(fragment, RelType.RESTRICTS)


def test_another_countrys_ministry_does_not_impose_the_measure() -> None:
    fragment = _graph("Japan will require export licences for gallium from July, the Japanese "
                      "government said, and the Ministry of Commerce in Beijing criticised it.")
    assert ("Japan", "gallium") in _through(fragment, RelType.RESTRICTS)
    assert ("Ministry of Commerce", "gallium") not in _through(fragment, RelType.RESTRICTS)


def test_the_country_a_tariff_is_aimed_at_is_not_taken_as_its_imposer() -> None:
    fragment = _graph("China imposed export controls on graphite. The trade office confirmed "
                      "the tariff increases on Chinese goods on Friday.")
    names = {n.id: n.name for n in fragment.nodes.values()}
    rels = list(fragment.relationships.values())
    aimed = {r.source for r in rels if r.type is RelType.TARGETS and names[r.target] == "China"}
    assert aimed, "the tariff targets China"
    assert not any(r.type is RelType.IMPOSES and r.target in aimed and names[r.source] == "China"
                   for r in rels)


def _restriction_nodes(fragment: GraphFragment) -> int:
    return sum(1 for n in fragment.nodes.values() if n.label.value == "Restriction")


def test_a_noun_referring_to_a_measure_joins_the_measure_its_imposer_named_before() -> None:
    fragment = _graph("China requires export licences for dysprosium. Carmakers in Japan are "
                      "worried. Beijing's April rules also cover terbium.")
    assert {("China", "dysprosium"), ("China", "terbium")} <= _through(fragment,
                                                                      RelType.RESTRICTS)
    assert _restriction_nodes(fragment) == 1


def test_a_noun_that_could_refer_to_a_measure_is_none_when_no_measure_came_before() -> None:
    fragment = _graph("The new rules cover batteries and drones sold in Europe.")
    assert _through(fragment, RelType.RESTRICTS) == set()
    assert _restriction_nodes(fragment) == 0


def test_a_ministry_named_in_the_sentence_imposes_the_measure_for_its_country() -> None:
    fragment = _graph("Japan and Korea buy most of the metal. Exports of gallium will need "
                      "licences from August 1, China's Ministry of Commerce said.")
    assert ("China", "gallium") in _through(fragment, RelType.RESTRICTS)
    assert "Japan" not in _imposers(fragment)


def test_a_sentence_opening_with_the_ban_goes_on_about_the_ban_just_suspended() -> None:
    fragment = _graph("China suspended its ban on exports of gallium to the United States. "
                      "The ban had also barred shipments of antimony to American buyers.")
    assert ("China", "antimony") not in _through(fragment, RelType.RESTRICTS)
    assert ("China", "United States") not in _through(fragment, RelType.TARGETS)


def test_the_us_entity_list_is_a_us_measure_whoever_the_sentence_names() -> None:
    fragment = _graph("China protested after Huawei was added to the Entity List.")
    assert ("United States", "Huawei") in _through(fragment, RelType.TARGETS)
    assert "China" not in _imposers(fragment)


def test_a_lower_case_entity_list_of_another_country_stays_its_own() -> None:
    fragment = _graph("China added Skydio to its unreliable entity list.")
    assert ("China", "Skydio") in _through(fragment, RelType.TARGETS)
    assert "United States" not in _imposers(fragment)


def test_the_ministry_that_issues_a_licence_is_not_its_target() -> None:
    fragment = _graph("Chinese exporters of graphite need a licence from the Ministry of "
                      "Commerce for every shipment.")
    assert ("China", "graphite") in _through(fragment, RelType.RESTRICTS)
    assert _through(fragment, RelType.TARGETS) == set()



def test_the_licensing_regime_opening_a_sentence_stays_in_force_when_it_says_so() -> None:
    fragment = _graph("China suspended the licensing requirement for gallium exports. The "
                      "licensing requirement for dysprosium remains in force.")
    assert ("China", "dysprosium") in _through(fragment, RelType.RESTRICTS)


def test_a_measure_on_items_restricted_before_is_that_imposers_not_the_last_named() -> None:
    fragment = _graph("China has required export licences for dysprosium and terbium since "
                      "April. Washington, for its part, kept its export controls on advanced "
                      "chips. Buyers expect the dysprosium licences to stay in place.")
    restricted = _through(fragment, RelType.RESTRICTS)
    assert ("China", "dysprosium") in restricted
    assert ("United States", "dysprosium") not in restricted


def test_a_dated_regime_said_to_remain_after_a_pause_in_one_sentence_stays_in_force() -> None:
    fragment = _graph("Japan suspended the export controls it announced in June, but Tokyo's "
                      "March regime covering cobalt and nickel remains in force.")
    assert ("Japan", "nickel") in _through(fragment, RelType.RESTRICTS)


def test_a_measure_on_elements_is_the_imposer_who_restricted_elements_before() -> None:
    fragment = _graph("China has required export licences for yttrium and scandium since "
                      "April. The United States will in turn suspend its rule on subsidiaries "
                      "of listed companies. The licensing regime for samarium and lutetium "
                      "stays.")
    restricted = _through(fragment, RelType.RESTRICTS)
    assert ("China", "samarium") in restricted
    assert ("United States", "samarium") not in restricted


def test_items_said_to_be_included_after_a_measure_are_restricted_by_it() -> None:
    fragment = _graph("China imposed export controls on tungsten on Monday. Tungsten oxide and "
                      "tungsten carbide are also included, as are cemented carbide tools.")
    restricted = _through(fragment, RelType.RESTRICTS)
    assert {("China", "tungsten oxide"), ("China", "tungsten carbide")} <= restricted


def test_parties_said_not_to_be_targeted_are_no_targets() -> None:
    fragment = _graph("China imposed export controls on tungsten on Monday. Japanese buyers "
                      "have not been targeted, officials said.")
    assert ("China", "Japan") not in _through(fragment, RelType.TARGETS)


def test_the_firms_named_after_among_the_companies_are_the_targets() -> None:
    fragment = _graph("China added 20 American firms to its unreliable entity list on Friday. "
                      "Among the companies are Lockheed Martin and General Dynamics, the maker "
                      "of the Abrams tank.")
    targets = _through(fragment, RelType.TARGETS)
    assert {("China", "Lockheed Martin"), ("China", "General Dynamics")} <= targets
    assert not {pair for pair in _through(fragment, RelType.RESTRICTS) if "tank" in pair[1]}


def test_items_that_range_from_one_to_another_are_listed_by_the_measure_before() -> None:
    fragment = _graph("China will require export licences for gallium from August 1. The "
                      "gallium items range from the metal itself to gallium nitride and "
                      "gallium oxide.")
    assert ("China", "gallium nitride") in _through(fragment, RelType.RESTRICTS)


def test_numbered_lines_after_a_colon_are_items_of_the_measure() -> None:
    fragment = _graph("China placed battery materials under export control on Thursday.\n\n"
                      "What the ministry's notice covers:\n1. Lithium iron phosphate and "
                      "cathode precursor materials, with their production equipment.\n2. "
                      "Artificial graphite anode materials.\n\nTraders expect delays.")
    restricted = _through(fragment, RelType.RESTRICTS)
    assert ("China", "lithium iron phosphate") in restricted
    assert any("anode" in item for _, item in restricted)


def test_numbered_lines_after_a_colon_without_a_measure_restrict_nothing() -> None:
    fragment = _graph("The plan has two parts:\n1. A mine producing neodymium oxide.\n2. A "
                      "refinery for lithium hydroxide.")
    assert _through(fragment, RelType.RESTRICTS) == set()


def test_a_bullet_item_qualified_with_a_phrase_lets_the_list_go_on_after_the_comma() -> None:
    fragment = _graph("China tightened its export controls on Thursday. The new controls "
                      "cover:\n- lithium-ion battery cells with an energy density above 300 "
                      "Wh/kg, cathode materials and graphite anode materials;\n- Europium: the "
                      "activator in red phosphors, europium oxide and others.\n\nTraders "
                      "expect delays.")
    restricted = _through(fragment, RelType.RESTRICTS)
    assert {("China", "cathode material"), ("China", "europium")} <= restricted
    assert not {pair for pair in restricted if "oxide" in pair[1]}


def test_a_list_of_items_split_by_a_modifier_still_runs_on_after_its_first_item() -> None:
    fragment = _graph("China tightened its controls on Thursday. Separate notices covered "
                      "high-energy lithium-ion batteries, cathode materials and synthetic "
                      "graphite, all from November 8.")
    restricted = _through(fragment, RelType.RESTRICTS)
    assert {("China", "cathode material"), ("China", "synthetic graphite")} <= restricted


def test_a_noun_split_in_two_after_a_restricted_item_is_no_list() -> None:
    fragment = _graph("China restricted sales of high-bandwidth memory chips to Huawei.")
    assert ("China", "high-bandwidth memory") in _through(fragment, RelType.RESTRICTS)
    assert ("China", "semiconductor") not in _through(fragment, RelType.RESTRICTS)


def test_a_list_runs_on_through_a_quantifier() -> None:
    fragment = _graph("Beijing has imposed export controls on tungsten, bismuth and several "
                      "heavy rare earths.")
    assert ("China", "heavy rare earths") in _through(fragment, RelType.RESTRICTS)


@pytest.mark.parametrize("text", [
    "Canada put duties of 25% on steel and aluminium, and 10% on crude oil and farm machinery.",
    "Canada imposed a duty of 25 percent on steel, and an additional 10 percent on crude oil "
    "and farm machinery.",
])
def test_a_rate_coordinated_after_a_measures_items_opens_more_of_its_items(text: str) -> None:
    restricted = _through(_graph(text), RelType.RESTRICTS)
    assert {("Canada", "oil"), ("Canada", "agricultural machinery")} <= restricted


def test_a_rate_that_is_no_measures_opens_no_items() -> None:
    fragment = _graph("Canada put duties on steel, and prices rose 10% on crude oil demand.")
    assert ("Canada", "oil") not in _through(fragment, RelType.RESTRICTS)


def test_a_measure_dated_by_another_month_than_a_suspended_one_is_still_in_force() -> None:
    fragment = _graph("China has suspended the export controls on holmium of October 9. The "
                      "April rules, which cover dysprosium, remain untouched.")
    assert ("China", "dysprosium") in _through(fragment, RelType.RESTRICTS)
    assert ("China", "holmium") not in _through(fragment, RelType.RESTRICTS)


def test_a_measure_dated_by_the_suspended_ones_month_stays_suspended() -> None:
    fragment = _graph("China has suspended the export controls on holmium of October 9. The "
                      "October rules had covered dysprosium.")
    assert ("China", "dysprosium") not in _through(fragment, RelType.RESTRICTS)


def test_measures_named_right_after_a_pause_are_the_paused_measure() -> None:
    fragment = _graph("China restricted exports of gallium in July. On Friday the ministry "
                      "suspended the package of rare earth measures of October 9 for a year. "
                      "That package had added holmium and europium to China's controls.")
    restricted = _through(fragment, RelType.RESTRICTS)
    assert ("China", "gallium") in restricted
    assert not {("China", "holmium"), ("China", "europium")} & restricted

