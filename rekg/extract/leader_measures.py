"""Part of stage 5: "Trump's 10% tariff", "Biden's chip controls": a measure named as an
official's is imposed by the country the official represents."""

from __future__ import annotations

from rekg.extract.context import ArticleContext, Fact, Mention
from rekg.extract.patterns import word_sets
from rekg.schema import Label, RelType

_REACH = 4  # words between "'s" and the measure: "Trump's sweeping 10% tariff"
_RATE = frozenset({"%", "percent", "per", "cent"})


def run(ctx: ArticleContext) -> None:
    passing = word_sets()["measure_modifiers"]
    filler = word_sets()["filler"]
    for view in ctx.sentences:
        for person in view.of(Label.PERSON):
            entry = person.entry
            if entry is None or not entry.represents or person.end >= len(view.words) \
                    or view.words[person.end] != "'s":
                continue
            country = ctx.lexicon.countries_by_iso2.get(str(entry.represents))
            if country is None:
                continue
            k = person.end + 1
            while k < len(view.words) and k - person.end <= _REACH and (
                    view.words[k] in passing or view.words[k] in filler
                    or view.words[k] in _RATE or view.words[k].replace(".", "", 1).isdigit()
                    or view.gaps[k] == "-"):
                k += 1
            measure = next((m for m in view.of(Label.RESTRICTION) if m.start == k), None)
            if measure is None:
                continue
            imposer = Mention(Label.COUNTRY, country.id, country.name, person.start, person.end,
                              "", "lexicon", entry=country)
            ctx.facts.append(Fact(RelType.IMPOSES, imposer, measure, view.index,
                                  "frame:leader-measure", 0.7, view.text))


__all__ = ["run"]
