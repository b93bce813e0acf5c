"""Part of the candidates stage: the buyers of the exporter an article reports on, from
sentences that name where goods went or who received them but not who sent them ("Exports to
Germany and India fell", "Germany, South Korea and India also received more material")."""

from __future__ import annotations

from rekg.extract.context import ArticleContext, Fact, Mention, same_node
from rekg.extract.modality import find_cues
from rekg.extract.patterns import WordSet, word_sets
from rekg.schema import Label, RelType


def _exporter(ctx: ArticleContext, outflow: WordSet) -> Mention | None:
    """The country whose exports the article reports: the first named as "Chinese exports",
    "China's shipments" or "exports from China"."""
    for view in ctx.sentences:
        low = view.words
        for m in view.of(Label.COUNTRY):
            after = low[m.end:m.end + 2]
            if (after[:1] and after[0] in outflow) or (
                    after[:1] == ["'s"] and after[1:2] and after[1] in outflow) or (
                    m.start > 1 and low[m.start - 1] == "from" and low[m.start - 2] in outflow):
                return m
    return None


def exporter_facts(ctx: ArticleContext) -> list[Fact]:
    """"Exports to Germany and India fell": a sentence that names the countries goods went to
    but not who sent them speaks of the exporter the article reports on. Sentences about a
    measure ("exports to the US will need a licence") or with a modality cue say nothing."""
    outflow = word_sets()["outflow_nouns"]
    exporter: Mention | None = None
    facts: list[Fact] = []
    for view in ctx.sentences:
        low = view.words
        k = next((i for i in range(len(low) - 1) if low[i] in outflow and low[i + 1] == "to"
                  and view.tokens[i].text.lower().endswith("s")), -1)
        # names in a clause before ", and shipments to ..." did not send these shipments
        opens = max((j for j in range(1, k) if low[j] in ("and", "but") and "," in view.gaps[j]),
                    default=0) if k > 0 else 0
        if k < 0 or any((opens <= m.start < k and m.label in (Label.COUNTRY, Label.ORGANIZATION))
                        or m.label is Label.RESTRICTION for m in view.mentions) \
                or any(c.start >= 0 for c in find_cues(view)):
            continue
        exporter = exporter or _exporter(ctx, outflow)
        if exporter is None:
            return facts
        first = next((m for m in view.of(Label.COUNTRY)
                      if m.form != "place" and k + 1 < m.start <= k + 3), None)
        if first is None:
            continue
        buyers = [m for m in view.mentions if m is first or (
            first.group >= 0 and m.group == first.group)]
        facts.extend(Fact(RelType.SUPPLIES, exporter, b, view.index,
                          "supplies.exports-to-named-buyer", 0.7, view.text)
                     for b in buyers if not same_node(exporter, b))
    return facts


def received_facts(ctx: ArticleContext) -> list[Fact]:
    """"Germany, South Korea and India also received more material": countries that open a
    sentence about what they received, in an article that reports one exporter's trade, were
    supplied by that exporter. Sentences about a measure or with a modality cue say nothing."""
    sets = word_sets()
    exporter: Mention | None = None
    facts: list[Fact] = []
    for view in ctx.sentences:
        first = min(view.mentions, key=lambda m: m.start, default=None)
        if first is None or first.start > 0 or first.label is not Label.COUNTRY \
                or first.form == "place" \
                or any(m.label is Label.RESTRICTION for m in view.mentions):
            continue
        buyers = [m for m in view.mentions if m is first or (
            first.group >= 0 and m.group == first.group)]
        k = max(m.end for m in buyers)
        while k < len(view.words) and view.words[k] in sets["filler"]:
            k += 1
        if k >= len(view.words) or view.words[k] not in sets["received_verbs"] \
                or not any(w in sets["received_goods"] for w in view.words[k + 1:k + 5]) \
                or any(c.start >= 0 for c in find_cues(view)):
            continue
        exporter = exporter or _exporter(ctx, sets["outflow_nouns"])
        if exporter is None:
            return facts
        facts.extend(Fact(RelType.SUPPLIES, exporter, b, view.index,
                          "supplies.received-from-exporter", 0.7, view.text)
                     for b in buyers if not same_node(exporter, b))
    return facts
