"""Part of the modality stage: a measure told as to come ("Zambia would levy a 90% duty on
Peruvian imports starting 1 May") in an article that names that measure a threat
("Kestrel threatens 100% tariff", "the tariff threat", "a threat of tariffs") is only
threatened, unless the article says it was carried out ("the tariff took effect") or tells
the same imposer's measure of that kind as standing. The threat and the telling must name the
same measure word, by the same imposer when the threat names one; only whom the measure is
aimed at is dropped (its goods are often those of a measure announced beside it)."""

from __future__ import annotations

from rekg.extract.context import ArticleContext, SentenceView
from rekg.extract.patterns import word_sets
from rekg.schema import Label, RelType

_REACH = 6  # words between the threat word and the measure it names
_LEADS = frozenset({"of", "a", "an", "the", "to", "impose", "slap", "levy", "put", "new",
                    "additional", "extra", "higher", "more", "sweeping", "%", "percent", "per",
                    "cent", "with", "fresh", "further", "punitive", "steep"})
_MEASURE_HEADS = frozenset({"tariff", "duty", "levy", "ban", "embargo", "sanction", "quota",
                            "curb", "control", "restriction", "licence", "license"})
_DROPPED = (RelType.RESTRICTS, RelType.TARGETS, RelType.IMPOSES)
# a threat names whom it is aimed at; the goods a threatened measure would cover are often
# those of a measure that is announced beside it, so only the aim is dropped by the threat
_AIMED = (RelType.TARGETS,)


def _has(view: SentenceView, name: str) -> bool:
    found = word_sets()[name]
    return any(found.longest_at(view.words, k) for k in range(len(view.words)))


def _heads(view: SentenceView, k: int) -> set[str]:
    """The measure word the threat word at ``k`` names: "tariff threat", "a threat of 100%
    tariffs", "threatened to impose a tariff"; not "threatening to squeeze a market"."""
    words = view.words
    # "the tariff threat"; not "the ban threatens supplies", where the measure is the subject
    found = {words[k - 1]} if k and words[k] in ("threat", "threats") \
        and view.gaps[k].strip() == "" else set()
    j = k + word_sets()["threat_words"].longest_at(words, k)
    while j < min(len(words), k + _REACH) and (words[j] in _LEADS
                                                or words[j].replace(".", "").isdigit()):
        j += 1
    if j < len(words):
        found.add(words[j])
    return found & _MEASURE_HEADS


def _holder(view: SentenceView, k: int) -> str | None:
    """The country or organisation that utters the threat at ``k`` ("Peru threatened
    tariffs"), or None when the sentence does not name one as the verb's subject ("the tariff
    threat", "a threat from the president")."""
    if view.words[k] in ("threat", "threats", "ultimatum"):
        return None  # "no response from Peru to the tariff threat": not Peru's threat
    before = [m for m in view.mentions if m.end <= k and k - m.end <= 3
              and m.label in (Label.COUNTRY, Label.ORGANIZATION) and m.node_id]
    return before[-1].node_id if before else None


def _head(surface: str) -> str:
    last = surface.lower().split()[-1] if surface.split() else ""
    return last[:-1] if last.endswith("s") and last[:-1] in _MEASURE_HEADS else last


def _stated(ctx: ArticleContext) -> set[tuple[str | None, str]]:
    """(imposer, kind) of measures some sentence tells as they are, not as to come nor as a
    threat: "the 20% tariff on goods from Peru" stands beside the threatened 100% one."""
    frames, found = ctx.restrictions, set()
    for view in ctx.sentences:
        if _has(view, "told_to_come") or _has(view, "threat_words"):
            continue
        found |= {(frames[m.node_id].imposer, frames[m.node_id].kind)
                  for m in view.of(Label.RESTRICTION) if m.node_id in frames}
    return found


def threatened(ctx: ArticleContext, dropped: set[int]) -> None:
    frames, threats = ctx.restrictions, word_sets()["threat_words"]
    named: set[tuple[str | None, str]] = set()  # (who threatens, measure word) named a threat
    done: set[str] = set()  # measure words the article says were carried out
    for view in ctx.sentences:
        heads = {w for w in view.words if w in _MEASURE_HEADS}
        if not heads:
            continue
        if _has(view, "carried_out"):  # "the tariff took effect"
            done |= heads
        for k in range(len(view.words)):
            if threats.longest_at(view.words, k):
                who = _holder(view, k)
                named |= {(who, h) for h in _heads(view, k)}
    named = {(who, h) for who, h in named if h not in done}
    if not named:
        return
    told: set[tuple[int, str | None]] = set()  # (sentence, imposer) of a measure threatened
    stated = _stated(ctx)
    for fact in ctx.facts:
        node = fact.target if fact.rel is RelType.IMPOSES else fact.source
        frame = frames.get(node.node_id)
        if id(fact) in dropped or fact.rel not in _AIMED or frame is None or frame.paused:
            continue
        view = ctx.sentences[fact.sentence]
        here = {_head(m.surface) for m in view.of(Label.RESTRICTION) if m.node_id == node.node_id}
        if not any((who, h) in named for who in (None, frame.imposer) for h in here) \
                or (frame.imposer, frame.kind) in stated \
                or not _has(view, "told_to_come") \
                or _has(view, "carried_out") or _has(view, "measure_changed"):
            continue
        told.add((fact.sentence, frame.imposer))
    for fact in ctx.facts:  # "a 100% tariff ... together with export controls on software"
        node = fact.target if fact.rel is RelType.IMPOSES else fact.source
        frame = frames.get(node.node_id)
        if fact.rel in _AIMED and frame is not None and frame.imposer is not None \
                and (fact.sentence, frame.imposer) in told and id(fact) not in dropped:
            dropped.add(id(fact))
            ctx.refuse(fact.rel.value, fact.source, fact.target, fact.sentence,
                       "a measure told as to come that the article calls a threat", fact.origin)


_WOULD = frozenset({"would", "will", "could", "might", "'ll"})


def unless_threat(ctx: ArticleContext, dropped: set[int]) -> None:
    """A measure told as to come on a condition that follows it: "Zambia would impose a 100%
    tariff on Peru from May 1, unless Lima changed course" is a threat, not a measure. One
    whose condition is a licence or an exemption ("tin will be banned unless licensed") is
    the measure in force."""
    frames, sets = ctx.restrictions, word_sets()
    for fact in ctx.facts:
        node = fact.target if fact.rel is RelType.IMPOSES else fact.source
        frame = frames.get(node.node_id)
        if id(fact) in dropped or fact.rel not in _DROPPED or frame is None:
            continue
        view, low = ctx.sentences[fact.sentence], ctx.sentences[fact.sentence].words
        starts = [m.start for m in view.of(Label.RESTRICTION) if m.node_id == node.node_id]
        if not starts or "unless" not in low:
            continue
        at = low.index("unless")
        first = min(starts)
        if not any(w in _WOULD for w in low[max(0, first - 8):first]) or at < max(
                fact.source.end, fact.target.end) \
                or any(sets["measure_exceptions"].longest_at(low, k) for k in range(at, len(low))):
            continue
        dropped.add(id(fact))
        ctx.refuse(fact.rel.value, fact.source, fact.target, fact.sentence,
                   "a measure told as to come unless a condition is met", fact.origin)
