"""A generated matrix of absent facts told as planned, wished, hypothetical or as the condition
of something else (modality_tense.py): invented firms x every relation the construction speaks
of (PRODUCES, SUPPLIES, LOCATED_IN, PARTY_TO) x each cue (a modal, a verb of plan or wish, "if",
"whether") x list items must give nothing. Twins with the same names must keep the fact: the
affirmative sentence, a modal in a relative clause of another verb, a modal after the fact in
another clause, and a modal that governs a verb of another kind ("would require licences").
A ban told as suspended in one sentence ("the decision to suspend its ban on X to Y") leaves
the same ban aimed at Y in another sentence no longer aimed at it (modality_alike.py)."""

from __future__ import annotations

import pytest

from .fragments import measure_chains, restricted_items, states

_FIRMS = ["Orsa Mining", "Veltrix Metals", "Kestrel Resources"]

# (relation, affirmative clause, its target, the clause with {aux} before the verb's base form)
_FACTS = [
    ("PRODUCES", "{C} makes tin concentrate", "tin concentrate", "{C} {aux} make tin concentrate"),
    ("PRODUCES", "{C} produces cobalt hydroxide", "cobalt hydroxide",
     "{C} {aux} produce cobalt hydroxide"),
    ("SUPPLIES", "{C} sells graphite to Japan", "Japan", "{C} {aux} sell graphite to Japan"),
    ("SUPPLIES", "{C} ships nickel to South Korea", "South Korea",
     "{C} {aux} ship nickel to South Korea"),
    ("LOCATED_IN", "{C} opened a plant in Chile", "Chile", "{C} {aux} open a plant in Chile"),
    ("LOCATED_IN", "{C} has built a refinery in Chile", "Chile",
     "{C} {aux} build a refinery in Chile"),
    ("PARTY_TO", "{C} signed the Lisbon Minerals Accord", "Lisbon Minerals Accord",
     "{C} {aux} sign the Lisbon Minerals Accord"),
    ("PARTY_TO", "{C} joined the Minerals Security Partnership", "Minerals Security Partnership",
     "{C} {aux} join the Minerals Security Partnership"),
]
# modals of a supposed world and verbs of plan or wish, with the adverbs that may follow them
_AUX = ["would", "could", "might", "may", "would also", "plans to", "hopes to", "wants to",
        "aims to", "intends to", "is seeking to", "is trying to", "promised to",
        "is unlikely to", "would like to", "has yet to"]
# conditions and open questions around the affirmative clause
_CONDITIONS = ["If {fact}, prices will fall.", "Unless {fact}, the plan will stall.",
               "Analysts asked whether {fact}."]
# twins that keep the fact: a modal or wish that governs another clause or verb
_KEPT = [
    "{fact}.",
    "{fact}, and it would like to expand further.",
    "{fact}, but it could not say how much.",
    "{C2}, which plans to expand, says {fact}.",
    "{fact}; a rival would never do so.",
    "In May {fact}.",
]


def _planned() -> list[tuple[str, str, str, str]]:
    return [(tpl.format(C=c, aux=aux) + ".", rel, c, target)
            for rel, _, target, tpl in _FACTS for c in _FIRMS[:2] for aux in _AUX]


def _conditioned() -> list[tuple[str, str, str, str]]:
    return [(cond.format(fact=fact.format(C=c)), rel, c, target)
            for rel, fact, target, _ in _FACTS for c in _FIRMS for cond in _CONDITIONS]


def _kept() -> list[tuple[str, str, str, str]]:
    out = []
    for rel, fact, target, _ in _FACTS:
        for i, c in enumerate(_FIRMS):
            other = _FIRMS[(i + 1) % len(_FIRMS)]
            for tpl in _KEPT:
                text = tpl.format(fact=fact.format(C=c), C2=other)
                out.append((text[0].upper() + text[1:], rel, c, target))
    return out


@pytest.mark.parametrize(("text", "rel", "firm", "target"), _planned())
def test_planned_or_hypothetical_gives_nothing(text: str, rel: str, firm: str,
                                               target: str) -> None:
    assert not states(text, rel, firm.split()[0], target), text


@pytest.mark.parametrize(("text", "rel", "firm", "target"), _conditioned())
def test_condition_or_question_gives_nothing(text: str, rel: str, firm: str,
                                             target: str) -> None:
    assert not states(text, rel, firm.split()[0], target), text


@pytest.mark.parametrize(("text", "rel", "firm", "target"), _kept())
def test_twin_keeps_the_fact(text: str, rel: str, firm: str, target: str) -> None:
    assert states(text, rel, firm.split()[0], target), text


# list items: every item of a planned list is planned; the affirmative list keeps each
_ITEMS = ["tin", "cobalt", "nickel"]
_LISTED = ["{C} would make tin, cobalt and nickel at the plant.",
           "{C} plans to produce tin, cobalt and nickel at the plant."]
_LISTED_KEPT = ["{C} makes tin, cobalt and nickel at the plant."]


@pytest.mark.parametrize(("text", "firm", "item"),
                         [(t.format(C=c), c, m) for t in _LISTED for c in _FIRMS for m in _ITEMS])
def test_planned_list_items_give_nothing(text: str, firm: str, item: str) -> None:
    assert not states(text, "PRODUCES", firm.split()[0], item), text


@pytest.mark.parametrize(("text", "firm", "item"),
                         [(t.format(C=c), c, m) for t in _LISTED_KEPT for c in _FIRMS
                          for m in _ITEMS])
def test_affirmative_list_items_kept(text: str, firm: str, item: str) -> None:
    assert states(text, "PRODUCES", firm.split()[0], item), text


# a modal that governs a verb of another kind says nothing of the fact's relation
_OTHER_VERB = ["{C} sells graphite to Japan, and said buyers would require licences.",
               "{C}, which makes tin concentrate, would require new licences."]


@pytest.mark.parametrize("text", [t.format(C=c) for t in _OTHER_VERB for c in _FIRMS])
def test_modal_of_another_verb_keeps_the_fact(text: str) -> None:
    rel, target = ("SUPPLIES", "Japan") if "Japan" in text else ("PRODUCES", "tin")
    firm = text.split(",")[0].split(" sells")[0]
    assert states(text, rel, firm.split()[0], target), text


# a ban suspended in one sentence is no longer aimed at its target in another
_IMPOSERS = ["Zambia", "Norway", "Chile"]
_PAIRS = [("cobalt", "Peru"), ("tungsten", "India"), ("gallium", "Japan")]
_SUSPENDED = ("{P}'s decision to suspend its ban on shipping {i} to {T} surprised traders. "
              "In December {P} had banned exports of {i} to {T}.")
_IN_FORCE = ("{P}'s decision to keep its ban on shipping {i} to {T} surprised traders. "
             "In December {P} had banned exports of {i} to {T}.")


@pytest.mark.parametrize(("text", "imposer", "target"),
                         [(_SUSPENDED.format(P=p, i=i, T=t), p, t) for p in _IMPOSERS
                          for i, t in _PAIRS])
def test_ban_suspended_elsewhere_no_longer_targets(text: str, imposer: str,
                                                   target: str) -> None:
    assert ("TARGETS", imposer.lower(), target.lower()) not in measure_chains(text), text


@pytest.mark.parametrize(("text", "imposer", "target"),
                         [(_IN_FORCE.format(P=p, i=i, T=t), p, t) for p in _IMPOSERS
                          for i, t in _PAIRS])
def test_ban_kept_elsewhere_still_targets(text: str, imposer: str, target: str) -> None:
    assert ("TARGETS", imposer.lower(), target.lower()) in measure_chains(text), text


# a fact told in the subject of a clause whose verb denies that the thing came about
_SITES = ["{C}'s {m} refinery in Chile {verb}.", "{C}'s new {m} plant in Chile {verb}.",
          "{C} is a big miner. Its {m} and copper circuit at Kell Port, part-funded by the "
          "state, {verb}."]
_NEVER = ["has not been built", "is not expected to run before 2027", "has not yet opened",
          "never started", "was never built"]
_CAME = ["is running at full rate", "opened in May", "has not cut output",
         "does not need new permits"]
_GOODS = ["cobalt", "tin", "nickel"]


def _sites(verbs: list[str]) -> list[tuple[str, str, str]]:
    return [(t.format(C=c, m=m, verb=v), c, m) for t in _SITES for v in verbs
            for c in _FIRMS[:2] for m in _GOODS]


@pytest.mark.parametrize(("text", "firm", "goods"), _sites(_NEVER))
def test_site_that_never_came_about_gives_nothing(text: str, firm: str, goods: str) -> None:
    assert not states(text, "PRODUCES", firm.split()[0], goods), text
    assert not states(text, "LOCATED_IN", firm.split()[0], "Chile"), text


@pytest.mark.parametrize(("text", "firm", "goods"), _sites(_CAME))
def test_site_that_runs_keeps_its_facts(text: str, firm: str, goods: str) -> None:
    assert states(text, "PRODUCES", firm.split()[0], goods), text


_MEASURE = "{P}'s ban on {i} exports to {T} {verb}."
_UNTAKEN = ["never took effect", "has not taken effect", "is not yet in force",
            "never came into force", "was never enforced"]
_TAKEN = ["took effect in May", "does not cover copper", "has not been lifted",
          "is still in force"]


def _measures(verbs: list[str]) -> list[tuple[str, str, str, str]]:
    return [(_MEASURE.format(P=p, i=i, T=t, verb=v), p, i, t) for v in verbs
            for p in _IMPOSERS[:2] for i, t in _PAIRS]


@pytest.mark.parametrize(("text", "imposer", "item", "target"), _measures(_UNTAKEN))
def test_measure_that_never_took_effect_gives_nothing(text: str, imposer: str, item: str,
                                                      target: str) -> None:
    chains = measure_chains(text)
    assert ("TARGETS", imposer.lower(), target.lower()) not in chains, text
    assert ("RESTRICTS", imposer.lower(), item) not in chains, text


@pytest.mark.parametrize(("text", "imposer", "item", "target"), _measures(_TAKEN))
def test_measure_in_force_keeps_its_facts(text: str, imposer: str, item: str,
                                          target: str) -> None:
    chains = measure_chains(text)
    assert ("TARGETS", imposer.lower(), target.lower()) in chains, text
    assert ("RESTRICTS", imposer.lower(), item) in chains, text


# a measure in a supposed world: "could"/"might" before the measure, whatever the verb between
_SUPPOSED = ["{P} could soon put duties on {i} exports to {T}.",
             "{P} might ban {i} exports to {T}.",
             "Officials in {P} said {i} exports to {T} could be hit by a ban."]
_PUT = ["{P} put duties on {i} exports to {T}.", "{P} banned {i} exports to {T}.",
        "{P} banned {i} exports to {T}, which could hurt smelters."]


@pytest.mark.parametrize(("text", "imposer", "item"),
                         [(t.format(P=p, i=i, T=tg), p, i) for t in _SUPPOSED
                          for p in _IMPOSERS for i, tg in _PAIRS])
def test_measure_supposed_gives_nothing(text: str, imposer: str, item: str) -> None:
    assert ("RESTRICTS", imposer.lower(), item) not in measure_chains(text), text


@pytest.mark.parametrize(("text", "imposer", "item"),
                         [(t.format(P=p, i=i, T=tg), p, i) for t in _PUT
                          for p in _IMPOSERS for i, tg in _PAIRS])
def test_measure_put_keeps_it(text: str, imposer: str, item: str) -> None:
    assert ("RESTRICTS", imposer.lower(), item) in measure_chains(text), text


# a measure a pronoun in the next clause denies ("..., and it never came"); twin: it took effect
_BACK = ["Traders in {P} positioned for a ban on {i} exports to {T}, and it {verb}.",
         "Smelters watched for a ban on {i} exports from {P} to {T}, but {verb}."]
_BACK_NEVER = {0: ["never came", "did not materialise", "never took effect"],
               1: ["saw no sign of it"]}
_BACK_CAME = {0: ["took effect in May", "hurt smelters"], 1: ["it came in May"]}


def _back(verbs: dict[int, list[str]]) -> list[tuple[str, str, str]]:
    return [(_BACK[n].format(P=p, i=i, T=t, verb=v), p, i) for n, vs in verbs.items()
            for v in vs for p in _IMPOSERS for i, t in _PAIRS]


@pytest.mark.parametrize(("text", "imposer", "item"), _back(_BACK_NEVER))
def test_measure_denied_by_pronoun_gives_nothing(text: str, imposer: str, item: str) -> None:
    assert item not in restricted_items(text), text


@pytest.mark.parametrize(("text", "imposer", "item"), _back(_BACK_CAME))
def test_measure_taken_up_by_pronoun_is_kept(text: str, imposer: str, item: str) -> None:
    assert item in restricted_items(text), text


# an end in an open question and the other before it or in the next question
_ASKED = ["Lawyers want clarity on whether {i} counts as processed, and how {P}'s ban on "
          "{j} exports will apply.",
          "{C}, asked whether it would sell {i} to Japan, declined to comment."]
_ASKED_KEPT = ["Officials asked whether {C}, which sells {i} to Japan under a long deal, "
               "should keep more at home."]


@pytest.mark.parametrize(("text", "imposer", "item"),
                         [(_ASKED[0].format(P=p, i=i, j=j), p, i) for p in _IMPOSERS
                          for i, j in [("cobalt", "nickel"), ("tin", "tungsten")]])
def test_item_in_another_question_than_the_measure(text: str, imposer: str, item: str) -> None:
    assert ("RESTRICTS", imposer.lower(), item) not in measure_chains(text), text


@pytest.mark.parametrize(("text", "firm"),
                         [(_ASKED[1].format(C=c, i=i), c) for c in _FIRMS for i in _GOODS])
def test_buyer_in_a_question_gives_no_supply(text: str, firm: str) -> None:
    assert not states(text, "SUPPLIES", firm.split()[0], "Japan"), text


@pytest.mark.parametrize(("text", "firm"),
                         [(_ASKED_KEPT[0].format(C=c, i=i), c) for c in _FIRMS for i in _GOODS])
def test_relative_clause_inside_a_question_still_states(text: str, firm: str) -> None:
    assert states(text, "SUPPLIES", firm.split()[0], "Japan"), text


# "plans to buy more X from Y": more of a supply that runs
_MORE_KEPT = ["{C} plans to sell more {i} to Japan.", "{C} aims to ship more {i} to Japan."]


@pytest.mark.parametrize(("text", "firm"),
                         [(t.format(C=c, i=i), c) for t in _MORE_KEPT for c in _FIRMS
                          for i in _GOODS])
def test_more_of_a_running_supply_is_kept(text: str, firm: str) -> None:
    assert states(text, "SUPPLIES", firm.split()[0], "Japan"), text
