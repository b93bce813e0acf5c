"""Part of the modality stage: the verb group that joins a fact's two ends does not state what
is. It is hypothetical ("X would make Y", "Y could be supplied by X", "X might join Z"),
planned or wished ("X plans to supply Y", "X hopes to build a plant in Y", "X wants to join
Z"), or the fact is the condition of something else ("if X ships Y to Z, ...", "asked whether
X buys Y, ..."). The construction is read the same way whatever found the fact (a pattern or
the scorer) and whichever item of a list is its end: the modal stands in the clause of the
fact's first end, after it and before its second end, and governs a verb of the fact's
relation (a verb of making for PRODUCES, of trade for SUPPLIES, of building or moving for
LOCATED_IN, of signing or joining for PARTY_TO): "X would require licences for Y" says
nothing of who makes Y.

Measures (IMPOSES, RESTRICTS, TARGETS) keep their own cues, which know start dates ("would
impose duties from May 1"); DEPENDS_ON and ADDRESSES are told in the future as often as not
of what a thing needs or a deal covers, and stand. "will" is no cue: a firm's own schedule
("the plant will produce oxides from June") is told as what it does.
"""

from __future__ import annotations

from collections.abc import Callable

from rekg.extract.context import Fact, SentenceView
from rekg.extract.modality_reach import inverted_condition
from rekg.extract.modality_supposed import supposed
from rekg.extract.patterns import word_sets
from rekg.schema import Label, RelType

VERBS = {RelType.PRODUCES: "planned_produce_verbs",
         RelType.SUPPLIES: "planned_supply_verbs",
         RelType.LOCATED_IN: "planned_locate_verbs",
         RelType.PARTY_TO: "planned_party_verbs"}
_BREAKS = (",", ";", ":", "—", "(", ")", "–")
_STRONG = (";", ":", "—", "–")
_RELATIVE = frozenset({"which", "who", "whose", "that", "where", "whom"})
_MORE = frozenset({"more", "additional", "extra", "further"})
_MONTH_LEADS = frozenset({"in", "since", "of", "from", "until", "by", "early", "late", "mid",
                          "last", "this", "next", "on", "through", "between", "and", "to",
                          "till", "before", "after", "during", "end"})


def _list_comma(view: SentenceView, j: int) -> bool:
    """The comma before word ``j`` joins two items of one list ("holmium, erbium")."""
    ends = {m.group for m in view.mentions if m.end == j and m.group >= 0}
    return any(m.start == j and m.group in ends for m in view.mentions)


def _break(view: SentenceView, k: int) -> bool:
    return any(c in view.gaps[k] for c in _BREAKS) and not _list_comma(view, k)


def _ends(view: SentenceView, fact: Fact) -> tuple[int, int, int, int] | None:
    """(first start, first end, second start, second end) of a fact told in one sentence."""
    if fact.rel not in VERBS or not all(any(m is n for n in view.mentions)
                                        for m in (fact.source, fact.target)):
        return None
    first, second = sorted((fact.source, fact.target), key=lambda m: m.start)
    if second.start < first.end:
        return None
    return first.start, first.end, second.start, second.end


def _governs(view: SentenceView, k: int, rel: RelType) -> bool:
    """A verb of the relation follows word ``k`` (adverbs and auxiliaries aside): "would also
    make", "could be sold", "plans to start producing"."""
    sets, low = word_sets(), view.words
    skip, verbs = sets["modal_adverbs"], sets[VERBS[rel]]
    j = k
    while j < len(low) and j < k + 4 and low[j] in skip:
        j += 1
    size = verbs.longest_at(low, j)
    if not size or any(m.start == j for m in view.mentions):
        return False
    return j + size >= len(low) or low[j + size] not in _MORE  # "plans to buy more X": it buys


def _modal_at(view: SentenceView, k: int, rel: RelType) -> int:
    """The length of the modal or the verb of plan at word ``k`` that governs a verb of the
    relation (0 when none)."""
    sets, low = word_sets(), view.words
    plan = sets["plan_to_verbs"].longest_at(low, k)
    if plan:
        return plan if _governs(view, k + plan, rel) else 0
    if low[k] not in sets["future_modals"]:
        return 0
    if low[k] == "may" and ((view.tokens[k].text[:1] == "M" and k > 0)
                            or (k > 0 and low[k - 1] in _MONTH_LEADS)):
        return 0  # the month: "in May", "since May"
    return 1 if _governs(view, k + 1, rel) else 0


def future_between(view: SentenceView, fact: Fact) -> str | None:
    """The modal or verb of plan of the clause that joins the fact's ends, if any: it stands
    after the first end, before the second, with no clause break (a comma that is not a list's,
    ";", ":", a dash) and no relative word between the first end and it, and no strong break
    between it and the second end."""
    ends = _ends(view, fact)
    if ends is None:
        return None
    _, first_end, second_start, _ = ends
    for k in range(first_end, second_start):
        if _break(view, k) or view.words[k] in _RELATIVE:
            return None  # "X, which would open a plant, makes Y": another clause's verb
        size = _modal_at(view, k, fact.rel)
        if size:
            if any(c in view.gaps[j] for j in range(k + size, second_start + 1)
                   for c in _STRONG):
                return None
            return view.span_text(k, k + size)
    return None


def conditioned(view: SentenceView, fact: Fact) -> str | None:
    """The fact is the condition of its clause: "if X supplies Y, ...", "whether X makes Y",
    "Should X sell Y, ...", "Were X to join Z, ...", "Provided X ships Y, ...":
    the subordinator opens the clause before the first end with no break between, the clause
    holds both ends and a verb of the relation between them, and no relative clause follows
    the second end ("if magnets from Y, which makes most of them, ...": the "which" states)."""
    ends = _ends(view, fact)
    if ends is None:
        return None
    first_start, first_end, second_start, second_end = ends
    low, sets = view.words, word_sets()
    verbs = sets[VERBS[fact.rel]]
    for k in range(first_start - 1, max(-1, first_start - 8), -1):
        if _break(view, k + 1):
            return None
        if low[k] not in sets["condition_words"] and not (
                low[k] in sets["clause_condition_words"] and (k == 0 or _break(view, k))):
            continue  # "Should X sell Y, ...", "Were X to join Z, ...": only opening a clause
        if any(_break(view, j) for j in range(first_end, second_start + 1)) \
                or not any(verbs.longest_at(low, j) for j in range(k + 1, second_start)) \
                or (second_end < len(low) and low[second_end] in _RELATIVE):
            return None
        return view.span_text(k, k + 1)
    return None


_NEVER_REACH = 14  # words from the fact's second end to the verb of its subject
_SUBJECT_LEADS = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "that",
                            "these", "those", "and", "but", "so", "yet", "however", "still"})
_UNREALISED = frozenset({RelType.PRODUCES, RelType.SUPPLIES, RelType.LOCATED_IN,
                         RelType.RESTRICTS, RelType.TARGETS})


def _subject_start(view: SentenceView, start: int) -> bool:
    """Word ``start`` opens its clause, with at most a determiner, a conjunction or a possessor
    ("Orsa Mining's", "its") before it."""
    owners = {m.end: m.start for m in view.mentions}
    k = start - 1
    while k >= 0 and not _break(view, k + 1):
        if view.words[k] in ("'s", "’s") and k in owners:
            k = owners[k] - 1
        elif view.words[k] in _SUBJECT_LEADS:
            k -= 1
        else:
            return False
    return True


def unrealised(view: SentenceView, fact: Fact) -> str | None:
    """The fact is told in the subject of its clause and the clause's verb denies that it came
    about: "Its terbium circuit at the Ohio site is not expected to run before 2027", "the
    ban on cobalt exports to Peru never took effect", "the plant Acme planned in Chile has
    not been built". The verb is one of coming about (run, open, take effect, be built), so
    "the ban on cobalt to Peru does not cover nickel" keeps the ban."""
    if fact.rel not in _UNREALISED or not all(any(m is n for n in view.mentions)
                                                for m in (fact.source, fact.target)):
        return None
    first, second = sorted((fact.source, fact.target), key=lambda m: m.start)
    sets, low, n = word_sets(), view.words, len(view.words)
    if not _subject_start(view, first.start) or any(
            low[k] in sets["subject_auxiliaries"] for k in range(first.end, second.start)):
        return None
    if fact.rel not in (RelType.RESTRICTS, RelType.TARGETS) and any(
            m.label is Label.RESTRICTION and m.start < second.end for m in view.mentions):
        return None  # "the ban on cobalt exports to Peru never took effect": the ban did not
    k, closed = second.end, -1
    while k < min(n, second.end + _NEVER_REACH):
        if _break(view, k) and k != closed:
            if any(c in view.gaps[k] for c in _STRONG):
                return None
            close = next((j for j in range(k + 1, min(n, k + 10)) if _break(view, j)), None)
            if close is None:
                return None
            k = closed = close  # ", part-funded by the state," is set beside the subject
            continue
        if low[k] in _CONJOINED and any(m.start == k + 1 and m.label is second.label
                                        for m in view.mentions):
            k += 1  # "its dysprosium and terbium circuit": the list of the second end
            continue
        if low[k] in _CONJOINED and (size := sets["never_came_about"].longest_at(low, k + 1)):
            return view.span_text(k + 1, k + 1 + size)  # "... stopped work and has not started"
        if low[k] in _RELATIVE or low[k] in _CONJOINED:
            return None
        size = sets["never_came_about"].longest_at(low, k)
        if size:
            return view.span_text(k, k + size)
        if low[k] in sets["subject_auxiliaries"]:
            return None
        k += 1
    return None


_CONJOINED = frozenset({"and", "but", "or", "while", "whereas"})
_BACK = frozenset({"it", "this", "that", "they", "those", "these"})


def denied_after(view: SentenceView, fact: Fact) -> str | None:
    """The measure of the fact is denied by a pronoun in the next clause: "traders positioned
    for a tariff on cathode, and it never came", "watching for an extension of the controls
    to X, but saw no sign of it"."""
    if fact.rel not in (RelType.RESTRICTS, RelType.TARGETS) or not all(
            any(m is n for n in view.mentions) for m in (fact.source, fact.target)):
        return None
    low, sets = view.words, word_sets()
    end = max(fact.source.end, fact.target.end)
    if any(m.label is Label.RESTRICTION and m.start >= end for m in view.mentions):
        return None  # a later measure is what the pronoun takes up
    opening = next((k for k in range(end, min(len(low), end + 8))
                    if any(c in view.gaps[k] for c in (",", ";", "—"))), None)
    if opening is None:
        return None
    for k in range(opening, min(len(low), opening + 4)):
        if low[k] in _BACK:
            size = sets["never_came_about_back"].longest_at(low, k + 1)
            return view.span_text(k, k + 1 + size) if size else None
        if low[k] not in _CONJOINED and low[k] not in ("then", "so", "yet"):
            break
    size = sets["no_sign_of_it"].longest_at(low, opening)
    if not size:
        for k in range(opening, min(len(low), opening + 6)):
            size = sets["no_sign_of_it"].longest_at(low, k)
            if size:
                return view.span_text(k, k + size)
        return None
    return view.span_text(opening, opening + size)


def questioned_end(view: SentenceView, fact: Fact) -> str | None:
    """The fact's ends stand in two parts of a sentence that asks: one in an open question
    ("whether X ...") and the other before it, or in the next question joined to it ("clarity
    on whether lithium concentrates count as processed, and how the ban will apply" asks of
    the concentrates and of the ban, and states no ban on them). A question runs to the end of
    its sentence or to ";", ":", a dash, or the next question; a relative clause or an aside
    inside it does not end it ("whether IREL, which sells neodymium to Japan, should ...")."""
    if fact.rel in (RelType.DEPENDS_ON, RelType.ADDRESSES, RelType.REPRESENTS) or not all(
            any(m is n for n in view.mentions) for m in (fact.source, fact.target)):
        return None
    low, n = view.words, len(view.words)
    if "whether" not in low:
        return None
    part, count, parts, asked = 0, 0, [], None
    for k in range(n):
        if any(c in view.gaps[k] for c in _STRONG) and part > 0:
            count += 1
            part = -count  # a new statement after the question
        if low[k] == "whether" or (part > 0 and low[k] in _QUESTIONS and k > 0
                                   and low[k - 1] in _CONJOINED):
            count += 1
            part, asked = count, asked if asked is not None else k
        parts.append(part)
    first, second = parts[fact.source.start], parts[fact.target.start]
    if first != second and max(first, second) > 0 and asked is not None:
        return view.span_text(asked, asked + 1)
    return None


_QUESTIONS = frozenset({"how", "whether", "when", "what", "why", "where", "which", "who"})


_SEEN: list[object] = [None, ()]  # the last sentence asked of, and the tests it calls for


def _tests(view: SentenceView) -> tuple[Callable[[SentenceView, Fact], str | None], ...]:
    """The tests whose words the sentence holds, found once per sentence."""
    if _SEEN[0] is view:
        return _SEEN[1]  # type: ignore[return-value]
    sets, low = word_sets(), view.words
    held = set(low)

    def has(name: str) -> bool:
        words = sets[name]
        return any(words.longest_at(low, k) for k in range(len(low)) if low[k] in words.firsts)

    found: list[Callable[[SentenceView, Fact], str | None]] = []
    if not held.isdisjoint(sets["future_modals"]) or has("plan_to_verbs"):
        found.append(future_between)
    if not held.isdisjoint(sets["condition_words"]) \
            or not held.isdisjoint(sets["clause_condition_words"]):
        found.append(conditioned)
    if has("never_came_about"):
        found.append(unrealised)
    if has("never_came_about_back") or has("no_sign_of_it"):
        found.append(denied_after)
    if "whether" in held:
        found.append(questioned_end)
    _SEEN[0], _SEEN[1] = view, tuple(found)
    return tuple(found)


def not_stated(view: SentenceView, fact: Fact) -> str | None:
    """Why the fact is told as planned, hypothetical or a condition, or as a measure only
    supposed (modality_supposed, modality_reach), if it is."""
    cue = next((c for test in _tests(view) if (c := test(view, fact))), None)
    if cue:
        return f"not stated as so: '{cue}'"
    if supposed(view, fact) or inverted_condition(view, fact):
        return "a measure supposed, not taken"
    return None
