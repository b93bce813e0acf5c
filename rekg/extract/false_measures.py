"""Restriction words that name no trade measure: "Suzuki halted production of the Swift",
"rising costs could delay that project". Run by the frames stage before measures get nodes."""

from __future__ import annotations

from rekg.extract.context import ArticleContext, Fact, Mention, SentenceView
from rekg.extract.patterns import word_sets
from rekg.schema import Label


def _stops_work(view: SentenceView, m: Mention) -> bool:
    """"Suzuki halted production of the Swift", "costs could delay that project", "assembly lines
    could halt": a pause verb whose object, or whose subject when nothing follows, is work, a
    site or a meeting stops no trade, so it names no measure."""
    sets = word_sets()
    words = view.words
    if not m.props.get("verb") or words[m.start] not in sets["pause_verbs"]:
        return False
    skip, aux, work = sets["filler"], sets["verb_auxiliaries"], sets["work_nouns"]
    k = m.end
    while k < len(words) and words[k] in skip:
        k += 1
    if k < len(words) and words[k] in work:
        return True
    if k < len(words) and (words[k] in sets["trade_nouns"] or any(
            x.start == k for x in view.of(Label.MATERIAL, Label.PRODUCT))):
        return False
    k = m.start - 1
    while k >= 0 and (words[k] in skip or words[k] in aux):
        k -= 1
    return k >= 0 and words[k] in work


_HOLDERS = frozenset({"it", "which", "that", "who", "they"})


def _holds_market(view: SentenceView, m: Mention) -> bool:
    """"China controls the refining of most rare earths", "which controls an even bigger
    share": "controls" as the verb of a country, a company or a pronoun, followed by a share
    or a stage of a chain, says who holds a market, not a measure ("China now controls exports
    of graphite" still does)."""
    sets = word_sets()
    words = view.words
    if m.end - m.start != 1 or view.tokens[m.start].text.lower() != "controls":
        return False
    k = m.start - 1
    while k >= 0 and (words[k] in sets["filler"] or words[k] in sets["verb_auxiliaries"]):
        k -= 1
    subject = k >= 0 and (words[k] in _HOLDERS or any(
        x.end == k + 1 for x in view.of(Label.COUNTRY, Label.ORGANIZATION)))
    if not subject:
        return False
    held = sets["dominance_objects"]
    for j in range(m.end, min(m.end + 5, len(words))):
        if j > m.end and view.gaps[j].strip() not in ("", "%", "'"):
            return False
        if words[j] in held or words[j].rstrip("%").replace(".", "").isdigit():
            return True
        if words[j] in sets["trade_nouns"]:
            return False
    return False


def _acts_on_measure(view: SentenceView, m: Mention) -> bool:
    """"China will delay the export controls", "Ankara suspended its steel duties": a verb of
    delay whose object is a measure acts on that measure, it names none of its own."""
    sets = word_sets()
    if not m.props.get("verb") or view.words[m.start] not in sets["measure_delay_verbs"]:
        return False
    k = m.end
    while k < len(view.words) and k - m.end < 4 and (
            view.words[k] in sets["filler"] or view.words[k] in sets["measure_modifiers"]
            or view.words[k].isdigit()):
        k += 1
    return any(x.start == k and x is not m for x in view.of(Label.RESTRICTION))


def run(ctx: ArticleContext) -> None:
    """Drop the facts of restriction mentions that name no trade measure."""
    stopped = {id(m): "the verb stops work or a project, not trade"
               for view in ctx.sentences for m in view.of(Label.RESTRICTION)
               if _stops_work(view, m)}
    stopped |= {id(m): "'controls' says who holds a market, not a measure"
                for view in ctx.sentences for m in view.of(Label.RESTRICTION)
                if _holds_market(view, m)}
    stopped |= {id(m): "the verb delays another measure, it names none"
                for view in ctx.sentences for m in view.of(Label.RESTRICTION)
                if _acts_on_measure(view, m)}
    if not stopped:
        return
    kept: list[Fact] = []
    for fact in ctx.facts:
        reason = stopped.get(id(fact.source)) or stopped.get(id(fact.target))
        if reason is not None:
            ctx.refuse(fact.rel.value, fact.source, fact.target, fact.sentence, reason,
                       fact.origin)
        else:
            kept.append(fact)
    ctx.facts = kept


__all__ = ["run"]
