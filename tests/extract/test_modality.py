"""Modality cues: each cue's examples, and what each kind of cue does to the facts."""

from __future__ import annotations

import pytest

from rekg.extract.modality import apart_cues, cue_rules, find_cues
from rekg.extract.pipeline import run
from rekg.extract.tokens import make_view
from rekg.loaders.document import Document
from rekg.schema import Label, RelType

RULES = cue_rules()
APPLY = [(r.name, i) for r in RULES for i in range(len(r.spec.examples.apply))]
NOT_APPLY = [(r.name, i) for r in RULES for i in range(len(r.spec.examples.not_apply))]
BY_NAME = {r.name: r for r in RULES}


def _cue_names(text: str) -> set[str]:
    view = make_view(0, text)
    return {c.name for c in find_cues(view) + apart_cues(view)}


@pytest.mark.parametrize(("name", "index"), APPLY, ids=lambda v: str(v))
def test_cue_is_found_in_its_examples(name: str, index: int) -> None:
    assert name in _cue_names(BY_NAME[name].spec.examples.apply[index])


@pytest.mark.parametrize(("name", "index"), NOT_APPLY, ids=lambda v: str(v))
def test_cue_is_not_found_in_its_counter_examples(name: str, index: int) -> None:
    assert name not in _cue_names(BY_NAME[name].spec.examples.not_apply[index])


def _restricted(text: str, published: str = "2025-06-01") -> set[tuple[str, str]]:
    """(imposer, item) pairs joined through one restriction node."""
    fragment = run(Document(text=text, title="Test", published=published)).fragment
    names = {n.id: n.name for n in fragment.nodes.values()}
    rels = [r for r in fragment.relationships.values()]
    found = set()
    for imposes in (r for r in rels if r.type is RelType.IMPOSES):
        for restricts in (r for r in rels if r.type is RelType.RESTRICTS
                          and r.source == imposes.target):
            found.add((names[imposes.source], names[restricts.target]))
    return found


def _targets(text: str) -> set[tuple[str, str]]:
    fragment = run(Document(text=text, title="Test")).fragment
    names = {n.id: n.name for n in fragment.nodes.values()}
    rels = list(fragment.relationships.values())
    return {(names[i.source], names[t.target]) for i in rels if i.type is RelType.IMPOSES
            for t in rels if t.type is RelType.TARGETS and t.source == i.target}


pytestmark = pytest.mark.usefixtures("patterns_only")


def test_a_plain_measure_restricts_its_items() -> None:
    assert ("China", "gallium") in _restricted("China imposed export controls on gallium.")


def test_scope_exclusion_keeps_the_excluded_item_out_and_the_rest_in() -> None:
    assert _restricted("China imposed export controls on graphite, which is exempted for now.") \
        == set()
    kept = _restricted("China's licensing requirement applies to all rare earths except cerium.")
    assert kept == {("China", "rare earth elements")}


def test_suspended_measure_restricts_nothing_and_is_marked_suspended() -> None:
    text = "China suspended the export ban on holmium and erbium until November 2026."
    ctx = run(Document(text=text, title="Test"))
    assert not any(r.type is RelType.RESTRICTS for r in ctx.fragment.relationships.values())
    statuses = {n.status for n in ctx.fragment.nodes.values()
                if n.label is Label.RESTRICTION}
    assert statuses == {"suspended"}
    assert any(r.reason.startswith("suspended") for r in ctx.refusals)


@pytest.mark.parametrize("text", [
    "China imposed an export freeze on gallium on Monday.",
    "Beijing announced an export suspension covering gallium.",
])
def test_a_measure_named_by_a_pause_word_is_not_itself_paused(text: str) -> None:
    ctx = run(Document(text=text, title="Test"))
    assert ("China", "gallium") in _restricted(text)
    assert {n.status for n in ctx.fragment.nodes.values()
            if n.label is Label.RESTRICTION} <= {"announced", "in_force"}


def test_lifted_measure_restricts_nothing() -> None:
    assert _restricted("China scrapped its export quotas on tungsten in 2015.") == set()


def test_denial_by_a_spokesperson_is_not_a_fact() -> None:
    text = ("A commerce ministry spokesman denied that China had banned exports of rare earths "
            "to Japan.")
    assert _restricted(text) == set()
    assert _targets(text) == set()


def test_not_aimed_at_any_country_keeps_targets_out() -> None:
    text = ("China imposed export controls on gallium on exports to the United States. "
            "The ministry said the measure was not aimed at the United States.")
    assert ("China", "gallium") in _restricted(text)
    assert ("China", "United States") not in _targets(
        "The ministry said the controls on gallium were not aimed at the United States.")


def test_threat_is_not_a_restriction_of_its_items() -> None:
    assert _targets("Washington threatened a 100% tariff on Chinese goods.") == set()


def test_conditional_rule_that_would_have_applied_is_not_a_fact() -> None:
    text = "China said a rule that would have restricted exports of magnets was shelved."
    assert _restricted(text) == set()


def test_negated_dependency_is_refused_with_its_reason() -> None:
    ctx = run(Document(text="Electric vehicles do not use samarium magnets.", title="Test"))
    assert not any(r.type is RelType.DEPENDS_ON for r in ctx.fragment.relationships.values())
    assert any(r.reason.startswith("negation") for r in ctx.refusals)


def test_plans_and_rumours_are_not_restrictions_yet() -> None:
    assert _restricted("Indonesia plans to ban exports of bauxite.") == set()
    assert _restricted("Beijing is reportedly weighing curbs on magnet technology.") == set()
    assert _restricted("Vietnam is debating a draft law that would ban exports of rare earth "
                       "ore.") == set()


def test_an_accusation_is_kept_with_the_status_alleged() -> None:
    ctx = run(Document(text="India accused China of blocking shipments of rare earth magnets.",
                       title="T"))
    assert {n.status for n in ctx.fragment.nodes.values()
            if n.label is Label.RESTRICTION} == {"alleged"}


def test_a_disclaimer_in_another_sentence_keeps_the_imposers_targets_out() -> None:
    text = ("Japan imposed export controls on chip equipment to China. "
            "The trade minister said the measures are not aimed at any specific country.")
    assert ("Japan", "China") not in _targets(text)
    kept = ("The United States imposed tariffs on goods from China. Japan imposed export "
            "controls on chip equipment. Tokyo said its measures are not aimed at any specific "
            "country.")
    assert ("United States", "China") in _targets(kept)


def test_reliance_on_imports_is_not_production() -> None:
    ctx = run(Document(text="The United States relies on imports for all of its gallium.",
                       title="T"))
    assert not any(r.type is RelType.PRODUCES for r in ctx.fragment.relationships.values())


def test_expected_output_is_not_production_yet() -> None:
    ctx = run(Document(text="Lynas expects to produce terbium oxide in the coming weeks.",
                       title="T"))
    assert not any(r.type is RelType.PRODUCES for r in ctx.fragment.relationships.values())


def test_a_plan_after_an_apposition_leaves_the_apposition_standing() -> None:
    def produces(text: str) -> bool:
        ctx = run(Document(text=text, title="T"))
        return any(r.type is RelType.PRODUCES for r in ctx.fragment.relationships.values())
    assert produces("Lynas, the largest producer of rare earths outside China, is building a "
                    "refinery in Texas.")
    assert not produces("Lynas is building a plant to separate dysprosium in Texas.")
    assert produces("Iluka refines zircon in Western Australia and is building a refinery.")
    assert produces("Two start-ups are developing lithium projects, and Albemarle refines "
                    "lithium in Nevada.")
    assert not produces("Almonty expects the mine to produce tungsten from next year and "
                        "eventually to supply buyers.")


def test_a_word_of_a_company_name_is_no_cue() -> None:
    ctx = run(Document(text="POSCO Future M produces anode material in Sejong.", title="T"))
    assert any(r.type is RelType.PRODUCES for r in ctx.fragment.relationships.values())


def test_a_party_that_withdrew_is_no_party() -> None:
    text = ("Xiamen Tungsten signed a memorandum with Kazatomprom in 2018 but later withdrew.")
    ctx = run(Document(text=text, title="T"))
    assert not any(r.type is RelType.PARTY_TO for r in ctx.fragment.relationships.values())



def test_a_question_asserts_nothing() -> None:
    ctx = run(Document(text="Does Energy Fuels make rare earth magnets?", title="T"))
    assert not any(r.type is RelType.PRODUCES for r in ctx.fragment.relationships.values())
    assert any(r.reason == "a question" for r in ctx.refusals)


def test_an_open_question_asserts_no_membership_but_keeps_what_a_party_is() -> None:
    text = ("Whether India joins the Minerals Security Partnership this year is unclear.")
    ctx = run(Document(text=text, title="T"))
    assert not any(r.type is RelType.PARTY_TO for r in ctx.fragment.relationships.values())
    assert any(r.reason == "an open question" for r in ctx.refusals)


def test_a_sentence_merely_containing_whether_is_no_open_question() -> None:
    text = ("India joined the Minerals Security Partnership, and analysts asked whether "
            "others would follow.")
    ctx = run(Document(text=text, title="T"))
    assert not any(r.reason == "an open question" for r in ctx.refusals)


@pytest.mark.parametrize("text", [
    "China said exports of gallium to the United States shall not be permitted.",
    "China's commerce ministry said exports of gallium to the United States would in principle "
    "not be permitted.",
])
def test_a_permission_denied_is_the_prohibition_itself(text: str) -> None:
    assert ("China", "gallium") in _restricted(text)
    assert ("China", "United States") in _targets(text)


def test_a_negation_before_a_colon_speaks_of_another_clause() -> None:
    text = ("Analysts point out what has not changed: China's licensing requirement on "
            "dysprosium stays.")
    assert ("China", "dysprosium") in _restricted(text)


def test_a_start_date_makes_would_require_an_announced_measure() -> None:
    assert ("China", "holmium") in _restricted(
        "China said holmium would require export licences from November 8.")
    assert _restricted("China said holmium would require export licences.") == set()


def test_licences_to_be_denied_are_no_denial_of_the_measure() -> None:
    text = ("China's export controls on samarium say that applications from military users "
            "will be denied.")
    assert ("China", "samarium") in _restricted(text)


@pytest.mark.parametrize("text", [
    "China's export controls on terbium have not been suspended.",
    "China suspended its October measures, but the April controls on terbium remain in force.",
])
def test_a_measure_not_suspended_keeps_its_items(text: str) -> None:
    assert ("China", "terbium") in _restricted(text)


def test_a_measure_that_may_come_is_a_threat() -> None:
    assert _restricted("Malaysia may ban exports of raw rare earths, a minister said.") == set()


def test_a_freeze_that_describes_a_measure_pauses_nothing() -> None:
    text = "China's licensing of gallium works as a filter or as a freeze."
    ctx = run(Document(text=text, title="T"))
    assert "suspended" not in {n.status for n in ctx.fragment.nodes.values()
                               if n.label is Label.RESTRICTION}


@pytest.mark.parametrize("text", [
    "Brazil was a significant producer of monazite, an activity that ended decades ago.",
    "Malaysia holds sizeable undeveloped deposits of ionic clay rare earths.",
    "Stibnite, a former gold and antimony mine run by Perpetua Resources, got its permit.",
])
def test_output_that_ended_or_never_began_is_not_production(text: str) -> None:
    ctx = run(Document(text=text, title="T"))
    assert not any(r.type is RelType.PRODUCES for r in ctx.fragment.relationships.values())


def test_an_easing_refused_leaves_the_measure_in_force() -> None:
    text = ("Greer said the United States had not agreed to loosen its export controls on "
            "semiconductors.")
    assert ("United States", "semiconductor") in _restricted(text)



def test_a_measure_not_yet_repealed_still_restricts() -> None:
    assert ("Canada", "uranium") in _restricted(
        "Canada has not repealed its ban on exports of uranium.")
    assert ("Canada", "uranium") not in _restricted(
        "Canada has not imposed a ban on exports of uranium.")


def test_a_negation_before_a_relative_clause_leaves_the_clause() -> None:
    assert ("China", "gallium") in _restricted(
        "The new line does not rely on China, which restricts exports of gallium.")
    assert ("China", "gallium") not in _restricted(
        "China does not restrict exports of gallium.")


def test_a_contrastive_negation_speaks_only_of_what_follows_it() -> None:
    found = _restricted("The ban on gallium, not the curbs on germanium, was imposed by China.")
    assert ("China", "germanium") not in found


def test_nobody_negates() -> None:
    assert ("United Kingdom", "gallium") not in _restricted(
        "Nobody in the United Kingdom has proposed a ban on exports of gallium.")


def test_a_negated_measure_stays_negated_before_a_relative_clause() -> None:
    assert not any(imposer == "European Union" for imposer, _ in _restricted(
        "The European Union law does not ban imports from China, which sells it most of its "
        "gallium."))


def test_a_measure_far_after_its_pausing_verb_is_paused() -> None:
    text = ("The Ministry of Commerce said on November 9 that it would suspend, until November "
            "27, 2026, the measures in its December 2024 announcement that prohibited exports "
            "of gallium and germanium to American users.")
    ctx = run(Document(text=text, title="T"))
    kinds = {r.type for r in ctx.fragment.relationships.values()}
    assert RelType.RESTRICTS not in kinds and RelType.TARGETS not in kinds
    assert any(r.reason.startswith("suspended-object") for r in ctx.refusals)


def test_a_pausing_verb_does_not_reach_past_a_modal_into_another_clause() -> None:
    text = ("Beijing agreed to suspend port fees on American ships in a deal that Washington "
            "hopes will end its ban on exports of gallium to the United States.")
    ctx = run(Document(text=text, title="T"))
    assert not any(r.reason.startswith("suspended-object") for r in ctx.refusals)
    assert any(r.type is RelType.RESTRICTS for r in ctx.fragment.relationships.values())


@pytest.mark.parametrize("text", [
    "Analysts said a total ban on gallium and germanium could cost the US economy billions.",
    "Any tariff on gallium from China would raise costs for chipmakers.",
])
def test_a_measure_only_supposed_restricts_nothing(text: str) -> None:
    ctx = run(Document(text=text, title="T"))
    assert not any(r.type is RelType.RESTRICTS for r in ctx.fragment.relationships.values())
    assert any(r.reason == "a measure supposed, not taken" for r in ctx.refusals)


@pytest.mark.parametrize("text", [
    "China imposed a ban on gallium exports to the United States, which could cost American "
    "industry billions.",
    "The ban on gallium exports to the United States could stay in place for years.",
])
def test_a_measure_taken_stays_whatever_follows(text: str) -> None:
    ctx = run(Document(text=text, title="T"))
    assert any(r.type is RelType.RESTRICTS for r in ctx.fragment.relationships.values())


def test_a_measure_that_would_have_added_items_restricts_none_of_them() -> None:
    text = ("Seoul shelved the rules unveiled in May, which would have required permits for "
            "vehicles and added nickel matte and lithium hydroxide to its control list.")
    assert not {p for p in _restricted(text) if p[1] in ("nickel matte", "lithium hydroxide")}


def test_an_obligation_with_would_have_to_keeps_the_measure() -> None:
    text = ("Exporters would have to obtain licences for nickel matte shipments, the South "
            "Korean ministry said.")
    assert ("South Korea", "nickel matte") in _restricted(text)


def _depends(text: str) -> set[tuple[str, str]]:
    fragment = run(Document(text=text, title="Test", published="2025-06-01")).fragment
    names = {n.id: n.name for n in fragment.nodes.values()}
    return {(names[r.source], names[r.target]) for r in fragment.relationships.values()
            if r.type is RelType.DEPENDS_ON}


def test_a_hyphened_free_denies_only_its_own_compound() -> None:
    kept = _depends("The plant makes lead-free glass and vanadium strengthens its steel pipes.")
    assert ("steel", "vanadium") in kept
    assert ("rare earth magnet", "neodymium") not in _depends(
        "The start-up makes rare-earth-free magnets that need no neodymium.")
    assert ("electric motor", "rare earth elements") not in _depends(
        "The carmaker now builds rare-earth-free electric motors.")
