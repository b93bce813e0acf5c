"""Part of the modality stage: a measure named in another sentence by the date on which a
suspended or lifted measure was announced, or just after it was paused, is paused too."""

from __future__ import annotations

import re
from functools import lru_cache

from rekg.extract.context import ArticleContext, Mention, SentenceView
from rekg.extract.modality_denied import denied_next
from rekg.extract.modality_past import long_past
from rekg.extract.modality_sourced import sourced_elsewhere
from rekg.extract.modality_subject import paused_subjects
from rekg.extract.modality_taken_up import paused_later
from rekg.extract.patterns import word_sets
from rekg.loaders.text import MONTH_NAMES
from rekg.schema import Label, RelType

_THE = frozenset({"the", "that", "this", "these", "those"})
_STILL = frozenset({"remain", "remains", "still", "kept", "keep", "keeps", "force"})
_DATE = re.compile(r"\b(?:(january|february|march|april|may|june|july|august|september|"
                   r"october|november|december)\s+(\d{1,2})|(\d{1,2})\s+(january|february|"
                   r"march|april|may|june|july|august|september|october|november|december))\b",
                   re.IGNORECASE)


_BULLETS = ("-", "•", "*", "–")
_DEMONSTRATIVES = frozenset({"that", "this", "these", "those"})
_QUALIFIERS = frozenset({"on", "of", "against", "for", "to", "covering", "that", "which"})
_OPENING = 8  # words from the start of a sentence to the measure it pauses
_AUX = frozenset({"was", "were", "is", "are", "has", "have", "had", "been", "will", "would"})
_HEADING = 8  # words at most in a heading line without a full stop
PAUSING_CUES = frozenset({"suspended", "suspended-object", "lifted"})
_NEAR = 8  # words between a measure and the verb that pauses it
_NOT_ANNOUNCED = ("until", "from", "effective", "through", "till", "starting", "by", "to")


@lru_cache(maxsize=256)  # asked again for each fact of the sentence
def _dates(text: str) -> frozenset[tuple[str, str]]:
    """Dates a measure was announced on; "until November 10" and "from 10 November" are
    when a pause ends or a change begins, which two measures may share."""
    return frozenset(((m.group(1) or m.group(4)).lower(), m.group(2) or m.group(3))
                     for m in _DATE.finditer(text)
                     if not text[max(0, m.start() - 12):m.start()].lower().rstrip().endswith(
                         _NOT_ANNOUNCED))


def paused_elsewhere(ctx: ArticleContext, dropped: set[int]) -> None:
    """A measure named by the date on which a suspended or lifted measure was announced is
    that measure: "the controls announced on October 9 are suspended" pauses what "China's
    October 9 expansion" added in another sentence."""
    long_past(ctx, dropped)  # the other ways a measure is over or denied across the article
    denied_next(ctx, dropped)
    paused_subjects(ctx, dropped)
    paused_later(ctx, dropped)
    sourced_elsewhere(ctx, dropped)
    paused_in: dict[int, set[tuple[str | None, str]]] = {}
    named: set[int] = set()  # "China's October 9 measures will be put on hold", no fact in it
    for view in ctx.sentences:
        cues = [c for c in view.cues if c.name in PAUSING_CUES]
        for m in view.of(Label.RESTRICTION):
            frame = ctx.restrictions.get(m.node_id)
            if frame is not None and frame.paused:
                paused_in.setdefault(view.index, set()).add((frame.imposer, frame.kind))
            elif any(abs(m.start - c.start) <= _NEAR for c in cues) \
                    and _STILL.isdisjoint(view.words) and len(_dates(view.text)) == 1:
                named.add(view.index)  # two dates may set the paused measure against another
    paused_dates = {d: i for i in sorted(set(paused_in) | named)
                    for d in _dates(ctx.sentences[i].text)}
    before = {(v.index - 1, antecedent.node_id): antecedent.end for v in ctx.sentences
              if v.index > 0 and (noun := _pauses_the_last(v))
              and (antecedent := _antecedent(ctx.sentences[v.index - 1], noun))}
    before |= {(v.index - 1, m.node_id): m.end for v in ctx.sentences
               if v.index > 0 and _pronoun_paused(v)
               for m in ctx.sentences[v.index - 1].of(Label.RESTRICTION)}
    listed = _paused_bullets(ctx)
    months = _paused_months(ctx)
    if not paused_dates and not paused_in and not before and not listed and not months:
        return
    for fact in ctx.facts:
        frame = ctx.restrictions.get(fact.source.node_id)
        view = ctx.sentences[fact.sentence]
        if fact.rel not in (RelType.RESTRICTS, RelType.TARGETS) or frame is None \
                or frame.paused or id(fact) in dropped or not _STILL.isdisjoint(view.words):
            continue
        reason = None
        if fact.sentence in listed and fact.source.start >= listed[fact.sentence]:
            reason = "a measure in a list of suspended or lifted measures"
        elif (fact.sentence, fact.source.node_id) in before:
            reason = "the measure is paused in the next sentence"  # its last one: "That ban"
        elif fact.rel is RelType.TARGETS and any(
                s == fact.sentence and end <= fact.target.start <= end + _NEAR
                for (s, _), end in before.items()):
            reason = "what the measure paused in the next sentence is aimed at"
        elif any(paused_dates.get(d, fact.sentence) != fact.sentence for d in _dates(view.text)):
            reason = "the measure of that date is suspended or lifted"
        elif any(months.get((frame.imposer, month), fact.sentence) != fact.sentence
                 for month in _months_of(view.text)):
            reason = "the measures of that month are suspended or lifted"
        elif _same_measure(frame.imposer, frame.kind, paused_in.get(fact.sentence - 1, set())) \
                and 0 < fact.source.start <= 2 and view.words[fact.source.start - 1] in _THE:
            reason = "the measure paused the sentence before"  # "... suspended its ban. The ban"
        if reason is not None:
            dropped.add(id(fact))
            ctx.refuse(fact.rel.value, fact.source, fact.target, fact.sentence, reason,
                       fact.origin)


_MONTHS = frozenset(MONTH_NAMES)
# "In December the ministry banned ...": a month with no day, not "in December 2" nor a span
_IN_MONTH = re.compile(r"(?<![-–])\b(?:in|during|since|last)\s+(" + "|".join(MONTH_NAMES)
                       + r")\b(?!\s+\d{1,2}\b)(?!\s*(?:-|–|to|through)\s)", re.IGNORECASE)


@lru_cache(maxsize=256)  # asked again for each fact of the sentence
def _months_of(text: str) -> frozenset[str]:
    """The months a sentence dates a measure in: "October 9", "9 October" or "in October"."""
    return frozenset({m for m, _ in _dates(text)}
                     | {m.group(1).lower() for m in _IN_MONTH.finditer(text)})



def _paused_months(ctx: ArticleContext) -> dict[tuple[str | None, str], int]:
    """"China agrees to pause the October measures": (imposer, month) -> the sentence; the
    measures another sentence dates in that month ("October 9 - China announces ...") are
    those paused."""
    months: dict[tuple[str | None, str], int] = {}
    for view in ctx.sentences:
        cues = [c for c in view.cues if c.name in PAUSING_CUES]
        if not cues or not _STILL.isdisjoint(view.words):
            continue
        for m in view.of(Label.RESTRICTION):
            frame = ctx.restrictions.get(m.node_id)
            month = view.words[m.start - 1] if m.start > 0 else ""
            if frame is not None and frame.imposer and month in _MONTHS \
                    and any(c.end <= m.start - 1 <= c.end + 2 for c in cues):
                months[(frame.imposer, month)] = view.index
    return months


def _same_measure(imposer: str | None, kind: str, paused: set[tuple[str | None, str]]) -> bool:
    """"The curbs" after "Japan lifted its export curbs": a measure of no kind of its own is
    the one of its imposer the sentence before paused."""
    return (imposer, kind) in paused or (
        kind == "other" and imposer is not None and any(i == imposer for i, _ in paused))


def _pauses_the_last(view: SentenceView) -> str | None:
    """"That addition was suspended for a year", "Three months later the ban was lifted": a
    determiner and a noun for a measure open the sentence, or stand next to its pausing verb
    ("the ministry suspended that measure"), and nothing names which measure ("the ban on
    bauxite"); the noun."""
    words = view.words
    cues = [c for c in view.cues if c.name in PAUSING_CUES]
    if not cues:
        return None
    still = not _STILL.isdisjoint(words)  # "the ban remains in force, while ... was lifted"
    for k in range(len(words) - 1):
        # past the opening only "that ban" right after its verb: "Beijing suspended that ban"
        opening = k < _OPENING
        if (words[k + 1],) not in word_sets()["measure_anaphors"].phrases \
                or (k + 2 < len(words) and words[k + 2] in _QUALIFIERS) or not (
                    (k == 0 and words[k] in _DEMONSTRATIVES)
                    or (not still and words[k] in _DEMONSTRATIVES | {"the"} and opening and any(
                        c.end == k or (k + 2 < c.start <= k + 5 and words[k + 2] in _AUX)
                        for c in cues))
                    or (not still and words[k] in _DEMONSTRATIVES
                        and any(c.end == k for c in cues))):
            continue
        named = [m for m in view.of(Label.RESTRICTION)
                 if m.form != "anaphor" and not k <= m.start < k + 2]
        if not any(m.start < max(c.start for c in cues) for m in named):
            return words[k + 1]
    return None


_PLURAL_SUBJECTS = frozenset({"they", "all", "both", "these", "those", "each"})
_SUBJECT_TAILS = frozenset({"of", "them", "these", "three", "two", "four", "five", "measures"})
_AUX_ADVERBS = frozenset({"also", "later", "since", "then", "now", "subsequently", "all",
                          "both", "formally", "been"})


def _pronoun_paused(view: SentenceView) -> bool:
    """"All are suspended until November", "Both were lifted in June", "They have since been
    suspended": a plural pronoun opens the sentence as the subject of a passive pausing verb,
    and the sentence names no measure of its own: every measure of the sentence before is
    paused."""
    words = view.words
    if not words or words[0] not in _PLURAL_SUBJECTS or view.of(Label.RESTRICTION):
        return False
    k = 1
    while k < len(words) and words[k] in _SUBJECT_TAILS:
        k += 1
    if k >= len(words) or words[k] not in _AUX:
        return False
    k += 1
    while k < len(words) and words[k] in _AUX_ADVERBS:
        k += 1
    return any(c.start == k and c.name in PAUSING_CUES for c in view.cues) \
        and (k + 1 >= len(words) or words[k + 1] != "from")  # "suspended from trading"


def _antecedent(view: SentenceView, noun: str) -> Mention | None:
    """The measure "that ban" names: the last one of the sentence before written with the same
    word ("banned exports ..., and ordered stricter checks"), else the last."""
    measures = sorted(view.of(Label.RESTRICTION), key=lambda m: m.start)
    stem = noun.rstrip("s")
    alike = [m for m in measures if any(w.startswith(stem) for w in view.words[m.start:m.end])]
    return (alike or measures)[-1] if measures else None


_THEY = frozenset({"these", "they", "those"})
_INCLUDE = frozenset({"include", "included", "includes", "comprise", "comprised", "cover",
                      "covered"})


_PARTS = frozenset({"package"})


def _names_the_paused(ctx: ArticleContext, view: SentenceView) -> bool:
    """A sentence opening with "The package" or "The measures", one or two sentences after a
    pause that no "still" contradicts, names the measures paused."""
    words = view.words
    if len(words) < 2 or words[0] not in _THE or not (
            words[1] in _PARTS or (words[1],) in word_sets()["measure_anaphors"].phrases):
        return False
    return any(c.name in PAUSING_CUES and _STILL.isdisjoint(ctx.sentences[k].words)
               for k in range(max(0, view.index - 2), view.index)
               for c in ctx.sentences[k].cues)


def _lists_them(view: SentenceView) -> bool:
    """The sentence opens by listing what the one before named: "These include ...", "They
    covered ..."."""
    words = view.words
    return len(words) > 2 and words[0] in _THEY and (
        words[1] in _INCLUDE or (words[1] in ("measure", "control") and words[2] in _INCLUDE))


_LISTING = frozenset({"the", "a", "an", "its", "their", "new"})
_OBJECT = 16  # words from a pausing verb to the colon after its object
_SUSPENSION = frozenset({"suspension", "suspended", "suspends", "suspend", "pause", "paused",
                         "pauses"})
_MODALS = frozenset({"would", "will", "could", "may", "might", "should"})
_INCLUDING = 30  # ... or to the "including" or ", which" after it, past a relative clause


def _lists_object(view: SentenceView, cue_end: int) -> int | None:
    """"has suspended, until May, the package it announced on October 9: the controls on X,
    the licensing of Y" (or ", including the controls on X", or ", which had added X"): the
    measures after the colon, the "including" or the "which" that closes the paused object
    are its parts, unless the sentence says something stays ("the curbs on Z remain"); where
    they begin (for "which", where the object does)."""
    words = view.words
    if not _STILL.isdisjoint(words):
        return None
    mark = next((k for k in range(cue_end + 1, min(len(words), cue_end + _INCLUDING))
                 if (":" in view.gaps[k] and k < cue_end + _OBJECT)
                 or (words[k] in ("including", "which") and "," in view.gaps[k])), None)
    if mark is None or (words[mark] not in ("including", "which") and words[mark] not in _LISTING
                        and not any(m.start == mark for m in view.of(Label.RESTRICTION))):
        return None
    nouns = word_sets()["measure_anaphors"].phrases
    if not any((w,) in nouns or w in _PARTS for w in words[cue_end:mark]):
        return None
    if words[mark] != "which":
        return mark
    # "the suspension applies to the package ..., which had added X"; not a pause only hoped
    # for ("would ease the countermeasures, which meant the licences on X")
    done = words[cue_end - 1] in _SUSPENSION and _MODALS.isdisjoint(words[:cue_end])
    return cue_end if done else None


def _paused_bullets(ctx: ArticleContext) -> dict[int, int]:
    """The items after "the following measures are suspended:" are the measures paused, and so
    is a sentence that opens "These include" after a pause: sentence -> first word paused (the
    bullets may be sentences of their own)."""
    listed: dict[int, int] = {}
    for view in ctx.sentences:
        cues = [c.end for c in view.cues if c.name in PAUSING_CUES]
        text = view.text.rstrip()
        heading = len(view.words) <= _HEADING and not text.endswith((".", "!", "?", ":"))
        if cues and _STILL.isdisjoint(view.words) and view.index + 1 < len(ctx.sentences) \
                and _lists_them(ctx.sentences[view.index + 1]):
            listed[view.index + 1] = 0  # "... suspended the measures of 9 October. These include"
        if text.endswith(":") and _names_the_paused(ctx, view):
            cues, heading = [0], True  # "... suspended the package. The package had four parts:"
        parts = _lists_object(view, min(cues)) if cues else None
        if not cues or ("following" not in view.words and not heading and parts is None):
            continue
        colon = parts if parts is not None else next(
            (k for k in range(min(cues), len(view.words)) if ":" in view.gaps[k]), None)
        if colon is not None and not heading:
            listed[view.index] = colon
        elif text.endswith(":") or heading:  # "SUSPENDED UNTIL MAY" above its bullets
            k = view.index + 1
            while k < len(ctx.sentences) and ctx.sentences[k].text.lstrip().startswith(_BULLETS):
                listed[k] = 0
                k += 1
    return listed
