"""Part of stage 5: "Trump's 10% tariff", "Biden's chip controls", "President Trump imposed a
50% tariff", "Biden restricted chip exports": a measure named as an official's, or one the
official is the subject of, is imposed by the country the official represents."""

from __future__ import annotations

from rekg.extract.context import ArticleContext, Fact, Mention, SentenceView
from rekg.extract.patterns import word_sets
from rekg.schema import Label, RelType

_REACH = 4  # words between "'s" and the measure: "Trump's sweeping 10% tariff"
_RATE = frozenset({"%", "percent", "per", "cent"})
_AUXILIARIES = frozenset({"has", "have", "had", "also", "already", "then", "later"})


def _after_official(view: SentenceView, end: int) -> int:
    """Where the words that may lead to the official's measure start: after "'s" or after a
    verb of imposing right after the name; the name's end when a measure verb follows it."""
    if view.words[end] == "'s":
        return end + 1
    while end < len(view.words) - 1 and view.words[end] in _AUXILIARIES:
        end += 1
    verb = word_sets()["impose_verbs"].longest_at(view.words, end)
    if verb:
        return end + verb
    return end if any(m.start == end and m.props.get("verb")
                      for m in view.of(Label.RESTRICTION)) else -1


def run(ctx: ArticleContext) -> None:
    passing = word_sets()["measure_modifiers"]
    filler = word_sets()["filler"]
    for view in ctx.sentences:
        for person in view.of(Label.PERSON):
            entry = person.entry
            if entry is None or not entry.represents or person.end >= len(view.words):
                continue
            country = ctx.lexicon.countries_by_iso2.get(str(entry.represents))
            k = _after_official(view, person.end)
            if country is None or k < 0:
                continue
            start = k
            while k < len(view.words) and k - start < _REACH and (
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
