"""Stage 6: modality and status. Denials, scope exclusions, negation, threats, plans, rumours,
conditionals, and measures suspended or lifted, each a cue in ``patterns/modality.yaml``.

A cue applies to a fact when it stands within ``before`` words before and ``window`` words
after the fact's words (the span from the first to the last of its two mentions), or of its
target alone (``around: target``: "excluding neodymium" speaks of the item, not the
measure). ``drop`` refuses the fact with the cue as the reason; ``status`` sets the status of
the restrictions in that span and, for suspended or lifted measures, refuses what they
restrict and target: a paused measure restricts nothing.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from pydantic import ValidationError

from rekg.errors import PatternError
from rekg.extract.context import ArticleContext, Cue, Fact, SentenceView
from rekg.extract.modality_alike import paused_alike
from rekg.extract.modality_anaphor import denied_items, negated_repeat
from rekg.extract.modality_announced import announced_decision
from rekg.extract.modality_claim import claimed, governed, in_tail
from rekg.extract.modality_clause import (
    across_semicolon,
    later_clause,
    other_clause,
    own_phrase,
    untouched,
)
from rekg.extract.modality_disclaimer import disclaimed
from rekg.extract.modality_echo import echoed, guessed_again, output_echoes
from rekg.extract.modality_file import CueSpec, ModalityFile
from rekg.extract.modality_governed import governs_other, set_apart
from rekg.extract.modality_governor import governed_measure
from rekg.extract.modality_halted import halted_elsewhere
from rekg.extract.modality_headline import headline_plan, labelled_claim
from rekg.extract.modality_late import late_checks
from rekg.extract.modality_needed import needed_without
from rekg.extract.modality_paused import paused_elsewhere
from rekg.extract.modality_reach import out_of_reach
from rekg.extract.modality_relative import in_other_relative
from rekg.extract.modality_scope import out_of_scope
from rekg.extract.modality_site import existing_site
from rekg.extract.modality_subordinate import in_subordinate
from rekg.extract.modality_supposed import ATTRIBUTES, OPEN, question
from rekg.extract.modality_target import before_measure, measure_after, next_to_target
from rekg.extract.modality_tense import not_stated
from rekg.extract.patterns import (
    PATTERN_DIR,
    WordSet,
    _compile_set,
    _first_error,
    _read,
    word_sets,
)
from rekg.extract.patterns import WordSetSpec as _Words
from rekg.schema import Label, RelType

_INACTIVE = frozenset({"suspended", "lifted"})
# Negations that leave the sale or output of a later clause standing ("X has no refinery, so
# its ore is shipped to Y"): a plain "not" and a determiner "no" before the goods.
_CLAUSE_NEGATIONS = frozenset({"negation", "none-sent"})
_STATUS_RANK = {"announced": 0, "alleged": 1, "in_force": 2, "suspended": 3, "lifted": 3}


class CueRule:
    def __init__(self, spec: CueSpec) -> None:
        self.spec = spec
        self.name = spec.id.split(".", 1)[1]
        self.words: WordSet = _compile_set(self.name, _Words(words=spec.words,
                                                             inflect=spec.inflect))
        self.relations = frozenset(spec.relations)
        self.dated = _compile_set(self.name, _Words(words=spec.dated)).phrases \
            if spec.dated else frozenset()
        self.unless = [(_compile_set(self.name, _Words(words=u.words)), frozenset(u.relations))
                       for u in spec.unless]

    def excepted(self, words: list[str], cue: Cue, rel: RelType | None) -> bool:
        """The cue word stands inside one of its exception phrases (for this relation)."""
        for phrases, relations in self.unless:
            if relations and (rel is None or rel not in relations):
                continue
            for offset, phrase in phrases.holding(words[cue.start]):
                if _phrase_around(words, cue.start, phrase, offset):
                    return True
        return False


_INSERT_MAX = 2  # adverbs between two words of an exception phrase: "would in return ease"


def _phrase_around(words: list[str], at: int, phrase: tuple[str, ...], offset: int) -> bool:
    """``phrase`` stands around ``words[at]``, its word ``offset``, a few adverbs allowed
    between its words ("would in return ease", "has not formally lifted")."""
    inserts = word_sets()["phrase_inserts"]
    k = at
    for want in reversed(phrase[:offset]):
        k -= 1
        skipped = 0
        while k >= 0 and words[k] != want and words[k] in inserts and skipped < _INSERT_MAX:
            k, skipped = k - 1, skipped + 1
        if k < 0 or words[k] != want:
            return False
    k = at
    for want in phrase[offset + 1:]:
        k += 1
        skipped = 0
        while k < len(words) and words[k] != want and words[k] in inserts \
                and skipped < _INSERT_MAX:
            k, skipped = k + 1, skipped + 1
        if k >= len(words) or words[k] != want:
            return False
    return True


@cache
def cue_rules(directory: Path = PATTERN_DIR) -> tuple[CueRule, ...]:
    path = directory / "modality.yaml"
    raw = _read(path)
    try:
        spec = ModalityFile.model_validate(raw)
    except ValidationError as exc:
        loc = exc.errors()[0]["loc"]
        rule = ""
        if len(loc) >= 2 and isinstance(loc[1], int) and isinstance(raw, dict):
            items = raw.get("cues") or []
            if loc[1] < len(items) and isinstance(items[loc[1]], dict):
                rule = f"rule {items[loc[1]].get('id', '#' + str(loc[1]))}: "
        raise PatternError(f"{path.name}: {rule}{_first_error(exc)}") from exc
    rules = tuple(CueRule(c) for c in spec.cues)
    for cue in rules:
        if cue.spec.effect == "status" and cue.spec.status is None:
            raise PatternError(f"{path.name}: rule {cue.spec.id}: a status cue needs a status")
    return rules


@cache
def _rules_by_name() -> dict[str, CueRule]:
    return {rule.name: rule for rule in cue_rules()}


@cache
def _cue_index(apart: bool = False
               ) -> dict[tuple[str, str | None], tuple[tuple[str, tuple[str, ...]], ...]]:
    """(first word, second word) -> (cue name, phrase), longest phrases first; (first word,
    None) -> the one-word phrases. A sentence's next word then rules out most phrases at once."""
    index: dict[tuple[str, str | None], list[tuple[str, tuple[str, ...]]]] = {}
    for rule in cue_rules():
        if rule.spec.apart != apart:
            continue
        for phrase in rule.words.phrases:
            key = (phrase[0], phrase[1] if len(phrase) > 1 else None)
            index.setdefault(key, []).append((rule.name, phrase))
    return {k: tuple(sorted(v, key=lambda x: -len(x[1]))) for k, v in index.items()}


@cache
def _cue_firsts(apart: bool = False) -> frozenset[str]:
    return frozenset(first for first, _ in _cue_index(apart))


def find_cues(view: SentenceView) -> list[Cue]:
    """The cues of one sentence, computed once and kept on the view."""
    if view.cues:
        return view.cues
    found = _scan(view.words, _cue_index(), _cue_firsts())
    view.cues = found or [Cue("none", -1, -1)]
    return view.cues


def apart_cues(view: SentenceView) -> list[Cue]:
    """The cues kept apart from ``find_cues`` (``apart: true``): the stages that skip any
    sentence with a cue, and the scorer's cue features, were fitted without them."""
    return _scan(view.words, _cue_index(True), _cue_firsts(True))


def _scan(words: list[str],
          index: dict[tuple[str, str | None], tuple[tuple[str, tuple[str, ...]], ...]],
          firsts: frozenset[str]) -> list[Cue]:
    found: list[Cue] = []
    rules = _rules_by_name()
    n = len(words)
    for i, word in enumerate(words):
        if word not in firsts:
            continue
        longer = index.get((word, words[i + 1])) if i + 1 < n else None
        single = index.get((word, None))
        for name, phrase in (*(longer or ()), *(single or ())):
            if (len(phrase) == 1 or tuple(words[i:i + len(phrase)]) == phrase) and not (
                    found and found[-1].name == name and found[-1].start == i) \
                    and not rules[name].excepted(words, Cue(name, i, i), None):
                found.append(Cue(name, i, i + len(phrase)))
    return found


def _span(fact: Fact) -> tuple[int, int]:
    ends = [m for m in (fact.source, fact.target) if m.end > m.start]
    if not ends:
        return (0, 0)
    return min(m.start for m in ends), max(m.end for m in ends)


_MONTHS = ("jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
           "sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")
# a start date, or a start that is now: "with immediate effect", "effective immediately"
_START = re.compile(rf"\b(?:(?:from|starting|effective|beginning|as of|on)\s+(?:\d{{1,2}}\s+)?"
                    rf"(?:{_MONTHS})\b|with immediate effect|effective immediately|"
                    rf"with effect from|taking effect immediately)", re.IGNORECASE)
_CLAUSE_GAPS = (":", ";", ".", "?", "!", "—")
_CONTRAST = frozenset({"but", "while", "whereas", "although", "though", "yet"})

_RELATIVE = frozenset({"which", "who", "whose"})
_NAMED = frozenset({Label.ORGANIZATION, Label.PERSON})


def _across_clause(view: SentenceView, cue: Cue, fact: Fact) -> bool:
    """A clause boundary (":", ";", " - ", ", but") lies between the cue and the span, or, for a
    cue inside the span, a strong one (not ", but") between the cue and the span's end; or a
    relative clause (", which ...") holds the whole span or opens right after its first
    mention ("does not pass through China, which makes magnets")."""
    start, end = _span(fact)
    inside = not (cue.end <= start or cue.start >= end)
    if cue.end <= start:
        first, second = sorted((fact.source, fact.target), key=lambda m: m.start)
        if any(view.words[k] in _RELATIVE and "," in view.gaps[k]
               for k in (*range(cue.end, first.start + 1), first.end)
               if k < min(second.start, len(view.words))):
            return True  # "does not pass through China, which produces 90% of magnets"
    if cue.end <= start:
        lo, hi = cue.end, start
    elif cue.start >= end:
        lo, hi = end, cue.start
    else:
        lo, hi = cue.end, end - 1
    hi = min(hi, len(view.words) - 1)
    # inside the span a colon introduces the object of the cue's verb ("never spelled out: X")
    marks = (";", "—") if inside else _CLAUSE_GAPS
    if any(any(c in view.gaps[k] for c in marks) for k in range(lo, hi + 1)):
        return True
    return not inside and any(view.words[k] in _CONTRAST and "," in view.gaps[k]
                              for k in range(lo, hi))


def _in_contrast(view: SentenceView, cue: Cue, fact: Fact) -> bool:
    """A mention of the fact lies between a contrastive cue and the next comma: in "a licence
    from Washington, not from The Hague," only The Hague is negated."""
    n = len(view.words)
    stop = next((k for k in range(cue.end, n) if any(c in view.gaps[k] for c in ",;:—")), n)
    return any(cue.end <= m.start < stop for m in (fact.source, fact.target))


def _former_name(view: SentenceView, cue: Cue) -> bool:
    """"former" right before a company's name gives the name it had ("Proterial, the former
    Hitachi Metals, makes magnets"), not an output that ended."""
    return view.words[cue.start:cue.end] == ["former"] and any(
        m.label is Label.ORGANIZATION and m.start == cue.end for m in view.mentions)


def _applies(view: SentenceView, cue: Cue, rule: CueRule, fact: Fact) -> bool:
    if rule.relations and fact.rel not in rule.relations:
        return False
    if rule.unless and rule.excepted(view.words, cue, fact.rel):
        return False
    if (rule.name in ("plan", "intent") and announced_decision(view, cue)) \
            or out_of_scope(view, rule.name, cue, *_span(fact)):
        return False  # out_of_scope: "barred ... if the rare earths in them were mined in Iran"
    if rule.dated and tuple(view.words[cue.start:cue.end]) in rule.dated \
            and _START.search(view.text):
        return False
    if any(m.label is Label.RESTRICTION and m.start <= cue.start and cue.end <= m.end
           for m in (fact.source, fact.target)):
        return False  # the cue word names the measure ("an export freeze"), it does not pause it
    if any(m.label in _NAMED and m.form != "anaphor" and m.start <= cue.start and cue.end <= m.end
           for m in view.mentions):
        return False  # a word of a name ("POSCO Future M", "Teck Resources") is no cue
    if _former_name(view, cue):
        return False
    if not measure_after(view, cue, fact, rule.spec.measure_after):
        return False
    before = rule.spec.window if rule.spec.before is None else rule.spec.before
    if rule.spec.around == "target" and fact.target.end > fact.target.start:
        return next_to_target(view, cue, fact, before, rule.spec.window)
    if rule.spec.around == "measure":
        return before_measure(view, cue, fact, before) and not _across_clause(view, cue, fact)
    if rule.spec.around == "subject":
        return claimed(view, cue, fact, before) and not _across_clause(view, cue, fact)
    if rule.spec.around == "tail":
        return in_tail(view, cue, fact)
    if rule.spec.clause and (_across_clause(view, cue, fact)
                             or own_phrase(view, cue.start, cue.end, fact)):
        return False
    if rule.name in _CLAUSE_NEGATIONS and later_clause(view, cue.start, cue.end, fact):
        return False
    if rule.spec.contrast and "," in view.gaps[cue.start] and not _in_contrast(view, cue, fact):
        return False
    start, end = _span(fact)
    if rule.spec.own_clause and other_clause(view, cue.start, cue.end, start, end):
        return False
    if rule.spec.stops and any(w in rule.spec.stops for w in view.words[cue.end:start]):
        return False
    return start - before <= cue.start and cue.end <= end + rule.spec.window


def run(ctx: ArticleContext) -> None:
    rules = {rule.name: rule for rule in cue_rules()}
    by_sentence: dict[int, list[Fact]] = {}
    for fact in ctx.facts:
        by_sentence.setdefault(fact.sentence, []).append(fact)
    dropped: set[int] = set()
    cued: list[tuple[Fact, Cue]] = []
    ruled: list[Fact] = []  # refused as governed by another verb
    items: list[Fact] = []  # refused by a cue on the item ("excluding X", "X falls outside")
    for view in ctx.sentences:
        facts = by_sentence.get(view.index, [])
        asks = question(view)
        if facts and asks:
            for fact in facts:  # a question asserts nothing: "Does X make magnets?"
                if not fact.origin.startswith("frame:lexicon") and not (
                        asks == OPEN and fact.rel in ATTRIBUTES):
                    dropped.add(id(fact))
                    ctx.refuse(fact.rel.value, fact.source, fact.target, view.index,
                               asks, fact.origin)
            continue
        cues = [c for c in find_cues(view) if c.name in rules]
        if not facts:
            continue
        cues += apart_cues(view)
        for fact in facts:
            # parties an agreement's own name states ("the US-China deal") stand regardless
            if fact.origin.startswith(("frame:lexicon", "frame:agreement-hyphen-parties")):
                continue
            if why := not_stated(view, fact) or headline_plan(view, fact) \
                    or labelled_claim(view, fact):  # "if X ships Y", "Claim: X ..."
                dropped.add(id(fact))
                ctx.refuse(fact.rel.value, fact.source, fact.target, view.index, why, fact.origin)
                continue
            if governed(view, fact) or governed_measure(view, fact):
                dropped.add(id(fact))
                ruled.append(fact)
                ctx.refuse(fact.rel.value, fact.source, fact.target, view.index,
                           "a claim another verb governs ('... to')", fact.origin)
                continue
            for cue in cues:
                rule = rules[cue.name]
                if not _applies(view, cue, rule, fact) or untouched(view, cue, fact) \
                        or needed_without(view, cue, fact) \
                        or out_of_reach(view, cue, rule.spec.own_clause, fact) \
                        or in_other_relative(view, cue, fact) or governs_other(view, cue, fact) \
                        or set_apart(view, cue, fact) or existing_site(view, cue, fact) \
                        or in_subordinate(view, cue, fact):
                    continue
                if rule.spec.effect == "status":
                    _set_status(ctx, fact, rule.spec.status or "announced")
                    if rule.spec.status not in _INACTIVE or fact.rel not in (
                            RelType.RESTRICTS, RelType.TARGETS):
                        continue
                dropped.add(id(fact))
                ctx.refuse(fact.rel.value, fact.source, fact.target, view.index,
                           f"{cue.name}: '{view.span_text(cue.start, cue.end)}'", fact.origin)
                if not rule.spec.apart:  # a claim cue speaks of its subject's verb alone
                    cued.append((fact, cue))
                if rule.spec.around == "target":  # the item itself is left out
                    items.append(fact)
                break
    echoed(ctx, cued, dropped)
    guessed_again(ctx, ruled, items, dropped)
    for fact in ctx.facts:
        frame = ctx.restrictions.get(fact.source.node_id)
        if fact.rel in (RelType.RESTRICTS, RelType.TARGETS) and frame is not None \
                and frame.paused and id(fact) not in dropped:
            dropped.add(id(fact))
            ctx.refuse(fact.rel.value, fact.source, fact.target, fact.sentence,
                       "the measure is suspended or lifted", fact.origin)
    disclaimed(ctx, frozenset(r.name for r in rules.values() if r.spec.scope == "imposer"),
               find_cues, dropped)
    across_semicolon(ctx, dropped)
    denied_items(ctx, dropped)
    negated_repeat(ctx, find_cues, lambda v, c, f: _applies(v, c, rules["negation"], f), dropped)
    halted_elsewhere(ctx, frozenset(r.name for r in rules.values() if r.spec.scope == "seller"),
                     dropped)
    paused_elsewhere(ctx, dropped)
    paused_alike(ctx, dropped, [f for f, c in cued if rules[c.name].spec.status in _INACTIVE])
    late_checks(ctx, dropped)
    output_echoes(ctx, dropped)
    ctx.facts = [f for f in ctx.facts if id(f) not in dropped]


def _set_status(ctx: ArticleContext, fact: Fact, status: str) -> None:
    for m in (fact.source, fact.target):
        if m.label is Label.RESTRICTION and m.node_id in ctx.restrictions:
            frame = ctx.restrictions[m.node_id]
            if (status in _INACTIVE) != frame.paused:
                continue  # a paused measure and the one in force are separate nodes
            if _STATUS_RANK[status] >= _STATUS_RANK[frame.status]:
                frame.status = status
