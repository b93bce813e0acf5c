"""Who imposes a measure when the scorer's guesses run beside the patterns."""

from __future__ import annotations

from rekg.extract import extract, imposers
from rekg.extract.pipeline import run
from rekg.loaders.document import Document

from .fragments import restricted_pairs


def test_the_target_of_a_tariff_imposes_no_other_tariff_of_that_sentence() -> None:
    fragment = extract(Document(
        text="The trade office on Friday confirmed the Section 301 tariff increases on Chinese "
             "goods, keeping 25% duties on natural graphite and permanent magnets.",
        title="Test", published="2025-06-01"))
    restricted = restricted_pairs(fragment)
    assert ("United States", "natural graphite") in restricted
    assert ("China", "natural graphite") not in restricted


def test_an_unnamed_ministry_acts_for_the_country_in_focus_not_for_china() -> None:
    fragment = extract(Document(
        text="India has suspended the licensing requirement on neodymium exports that it "
             "announced on March 3, the commerce ministry said on Monday. Officials said the "
             "titanium licences were not affected.",
        title="India suspends its neodymium export licences", published="2025-12-02"))
    restricted = restricted_pairs(fragment)
    assert ("India", "titanium") in restricted
    assert not {pair for pair in restricted if pair[0] == "China"}


def test_the_ministry_that_points_back_to_a_named_one_speaks_for_its_country() -> None:
    ctx = run(Document(
        text="China's Ministry of Commerce announced new export rules on Tuesday. Separately, "
             "the ministry placed tellurium, bismuth, indium and tungsten, with their "
             "compounds, under export licensing.",
        title="China widens its controls", published="2025-02-05"))
    view = ctx.sentences[1]
    body = imposers.speaking_body(ctx, view, set())
    assert body is not None and body.surface == "the ministry"
    assert imposers.speaking_body(ctx, view, {"country:cn"}) is None


def test_a_sentence_about_the_step_keeps_that_measure_for_the_list_after_it() -> None:
    fragment = extract(Document(
        text="China said exports of gallium products will need licences from August 1. The "
             "step is read as an answer to Japanese and Dutch curbs on chip tools. The list "
             "includes gallium nitride and gallium arsenide.",
        title="China licenses gallium", published="2023-07-04"))
    restricted = restricted_pairs(fragment)
    assert ("China", "gallium nitride") in restricted
    assert not {pair for pair in restricted if pair[0] in ("Japan", "Netherlands")
                and pair[1] == "gallium nitride"}


def _targets(text: str) -> set[tuple[str, str]]:
    fragment = extract(Document(text=text, title="Test", published="2025-06-01"))
    names = {n.id: n.name for n in fragment.nodes.values()}
    rels = list(fragment.relationships.values())
    return {(names[i.source], names[r.target]) for i in rels if i.type.value == "IMPOSES"
            for r in rels if r.type.value == "TARGETS" and r.source == i.target}


def test_rules_whose_imposer_a_pattern_states_may_take_the_scorers_target() -> None:
    assert ("United States", "China") in _targets(
        "Washington issued rules that cut off Chinese buyers from advanced processors.")
    # with no imposer stated, "rules" may refer to any measure: the scorer's guess is refused
    assert _targets("Officials discussed rules that cut off Chinese buyers from advanced "
                    "processors.") == set()


def _pairs(text: str, rel: str) -> set[tuple[str, str]]:
    ctx = run(Document(text=text, title="Test", published="2025-06-01"))
    return {(f.source.surface, f.target.surface) for f in ctx.facts if f.rel.value == rel}


def test_the_subject_of_a_passive_measure_verb_is_its_target_not_its_imposer() -> None:
    text = ("Washington tightened its rules on Monday. Huawei was blacklisted, and "
            "sales to Hikvision, already sanctioned, stopped.")
    assert {("blacklisted", "Huawei"), ("sanctioned", "Hikvision")} \
        <= _pairs(text, "TARGETS")
    assert not {("Huawei", "blacklisted"), ("Hikvision", "sanctioned")} & _pairs(text, "IMPOSES")


def test_a_country_that_exports_come_from_stays_the_imposer_of_a_passive_ban() -> None:
    text = "Exports of gallium from China were banned in 2010."
    assert ("China", "banned") in _pairs(text, "IMPOSES")
    assert ("banned", "China") not in _pairs(text, "TARGETS")


def test_a_country_announcing_that_trade_will_be_banned_imposes_the_ban() -> None:
    fragment = extract(Document(
        text="Indonesia announced that exports of bauxite to foreign smelters will be banned "
             "from June.", title="Test", published="2025-06-01"))
    assert ("Indonesia", "bauxite") in restricted_pairs(fragment)


def test_a_firm_said_to_be_added_to_a_list_is_still_its_target() -> None:
    fragment = extract(Document(
        text="Washington said that Huawei was added to the entity list.",
        title="Test", published="2025-06-01"))
    names = {n.id: n.name for n in fragment.nodes.values()}
    imposers_of = {names[r.source] for r in fragment.relationships.values()
                   if r.type.value == "IMPOSES"}
    assert "Huawei" not in imposers_of


def test_the_ministry_reporting_a_passive_ban_is_not_its_target() -> None:
    fragment = extract(Document(
        text="Zimbabwe's mines ministry said raw lithium ore exports are banned.",
        title="Test", published="2025-06-01"))
    names = {n.id: n.name for n in fragment.nodes.values()}
    targets = {names[r.target] for r in fragment.relationships.values()
               if r.type.value == "TARGETS"}
    assert not {t for t in targets if "Ministry" in t}


def test_the_country_of_the_buyers_a_ban_covers_does_not_impose_it() -> None:
    fragment = extract(Document(
        text="Seoul said the export of tungsten powder to military users of Russia is prohibited.",
        title="Test", published="2025-06-01"))
    names = {n.id: n.name for n in fragment.nodes.values()}
    imposers_of = {names[r.source] for r in fragment.relationships.values()
                   if r.type.value == "IMPOSES"}
    assert "Russia" not in imposers_of


def test_each_side_of_a_tit_for_tat_sentence_imposes_its_own_tariff() -> None:
    fragment = extract(Document(
        text="The 10% Canadian tariff on Mexican steel, and Mexico's retaliatory tariffs on "
             "Canadian aluminium, took effect on Monday.",
        title="Test", published="2025-06-01"))
    names = {n.id: n.name for n in fragment.nodes.values()}
    rels = list(fragment.relationships.values())
    aimed = {(names[i.source], names[t.target]) for i in rels if i.type.value == "IMPOSES"
             for t in rels if t.type.value == "TARGETS" and t.source == i.target}
    assert ("Canada", "Mexico") in aimed and ("Mexico", "Canada") in aimed


def test_each_of_two_coordinated_initialisms_imposes_the_sanctions() -> None:
    fragment = extract(Document(
        text="U.S. and EU sanctions on Russian cobalt remain in force.",
        title="Test", published="2025-06-01"))
    restricted = restricted_pairs(fragment)
    assert ("United States", "cobalt") in restricted
    assert ("European Union", "cobalt") in restricted


def test_a_country_that_said_it_would_restrict_exports_imposes_the_restriction() -> None:
    fragment = extract(Document(
        text="Seoul said it would restrict exports of tungsten powder, officials confirmed.",
        title="Test", published="2025-06-01"))
    assert ("South Korea", "tungsten powder") in restricted_pairs(fragment) or \
        ("South Korea", "tungsten") in restricted_pairs(fragment)


def test_a_measure_named_as_a_presidents_is_imposed_by_his_country() -> None:
    ctx = run(Document(text="Joe Biden's 25% tariff on Chinese magnets starts in 2026.",
                       title="Test", published="2025-06-01"))
    assert [(f.source.name, f.target.surface) for f in ctx.facts
            if f.origin == "frame:leader-measure"] == [("United States", "tariff")]
    ctx = run(Document(text="Joe Biden's visit came before the tariff on Chinese magnets.",
                       title="Test", published="2025-06-01"))
    assert not [f for f in ctx.facts if f.origin == "frame:leader-measure"]


def test_the_sole_ministry_of_a_country_issues_its_other_export_controls() -> None:
    fragment = extract(Document(
        text="China's Ministry of Commerce will require export licences for tungsten from May. "
             "China also banned exports of antimony.",
        title="Test", published="2025-06-01"))
    restricted = restricted_pairs(fragment)
    assert ("Ministry of Commerce", "tungsten") in restricted
    assert ("Ministry of Commerce", "antimony") in restricted


def test_an_industry_ministry_or_legislature_is_never_the_sole_export_authority() -> None:
    fragment = extract(Document(
        text="China's Ministry of Industry and Information Technology will require licences for "
             "tungsten mining from May. China also banned exports of antimony.",
        title="Test", published="2025-06-01"))
    assert ("Ministry of Industry and Information Technology", "antimony") \
        not in restricted_pairs(fragment)
    ctx = run(Document(text="The US Congress will require permits for imports of cobalt. The "
                            "United States also banned exports of gallium.",
                       title="Test", published="2025-06-01"))
    assert not [f for f in ctx.facts if f.origin == "frame:sole-body"]


def test_a_country_named_as_included_among_destinations_imposes_nothing() -> None:
    fragment = extract(Document(
        text="Vietnam began licensing exports of tungsten in 2024. Shipments of tungsten to "
             "every market, Japan included, still require a licence.",
        title="Test", published="2025-06-01"))
    restricted = restricted_pairs(fragment)
    assert ("Japan", "tungsten") not in restricted
    assert ("Vietnam", "tungsten") in restricted


def test_a_measure_aimed_at_the_imposer_in_focus_is_the_last_alike_measures_imposer() -> None:
    fragment = extract(Document(
        text="The United States has kept export controls on chip tools since 2022. Japan raised "
             "tariffs on steel. China imposed sanctions on two US firms. China also imposed "
             "export controls on drones. The controls on exporting advanced chips to China are "
             "unchanged.",
        title="Test", published="2025-06-01"))
    restricted = restricted_pairs(fragment)
    assert ("United States", "advanced chip") in restricted
    assert ("Japan", "advanced chip") not in restricted


def test_the_subject_of_a_passive_listing_verb_imposes_nothing() -> None:
    ctx = run(Document(text="Boeing and Honeywell were added in March and banned from trading "
                            "with China. Japan was put under export controls by China.",
                       title="Test", published="2025-06-01"))
    imposers_named = {f.source.name for f in ctx.facts if f.rel.value == "IMPOSES"}
    assert not {"Boeing", "Honeywell", "Japan"} & imposers_named


def test_measures_two_countries_impose_on_each_other_each_target_the_other() -> None:
    for text in ("Exporters are still hit by the tariffs that Canada and Mexico imposed on "
                 "each other last year.",
                 "India and Pakistan raised their duties on each other's goods in March."):
        fragment = extract(Document(text=text, title="Test", published="2025-06-01"))
        names = {n.id: n.name for n in fragment.nodes.values()}
        rels = list(fragment.relationships.values())
        aimed = {(names[i.source], names[r.target]) for i in rels if i.type.value == "IMPOSES"
                 for r in rels if r.type.value == "TARGETS" and r.source == i.target}
        first, second = ("Canada", "Mexico") if "Canada" in text else ("India", "Pakistan")
        assert aimed == {(first, second), (second, first)}


def test_a_measure_placed_by_other_countries_is_not_the_focus_countrys() -> None:
    text = ("Brazil will fund two magnet plants under a new industrial plan, the mines minister "
            "said. She said the curbs placed on magnet exports by other countries this year "
            "showed why Brazil needs its own supply.")
    restricted = restricted_pairs(extract(Document(text=text, title="Brazil funds magnets",
                                                   published="2025-09-01")))
    assert not {pair for pair in restricted if pair[0] == "Brazil"}
