"""A government body the article names without its country is seated in the country of the
dateline: "HANOI, May 2 - ... the Ministry of Natural Resources did not respond" places the
ministry in Vietnam, "Jakarta - ... an official of the Ministry of Energy" in Indonesia.

Only bodies named by a ministry, department or agency word ("Ministry of ...", "the Pollution
Control Department", "the National Mining Agency", "the Cabinet Office") that no rule or
lexicon entry seated elsewhere in the article, that carry no country in their own name and are
no European or international body; the dateline is the run of capitalised words before the
first comma or dash of the body's first sentence, the first of several ("VIENTIANE/BEIJING,
Sept 18 -") when they name a capital or a known place; and the country must be named in the
article too.
"""

from __future__ import annotations

import re

from rekg.extract.context import ArticleContext, Fact, Mention
from rekg.loaders.lexicon import Lexicon
from rekg.loaders.text import norm_phrase
from rekg.schema import Label, RelType

_WORD = r"(?:[^\W\d_]|[.' -])"
_DATELINE = re.compile(rf"\s*([^\W\d_]{_WORD}{{1,30}}?)(?:/{_WORD}+)?\s*(?:,|\s[-\u2013\u2014]\s)")
_BODY_FIRST = frozenset({"ministry"})
_BODY_LAST = frozenset({"ministry", "department", "agency", "administration", "bureau"})
_BODY_NAMES = frozenset({("cabinet", "office")})
_NOT_NATIONAL = frozenset({"european", "eu", "directorate-general", "international", "world",
                           "global", "united"})
_NOT_GOVERNMENT = frozenset({"international", "bloc", "company", "association", "bank"})


def _dateline_country(ctx: ArticleContext) -> Mention | None:
    if not ctx.sentences:
        return None
    found = _DATELINE.match(ctx.sentences[0].text)
    if found is None or not found.group(1)[0].isupper():
        return None
    return _country_of(ctx.lexicon, norm_phrase(found.group(1)))


def _country_of(lexicon: Lexicon, key: tuple[str, ...]) -> Mention | None:
    surface = lexicon.surfaces.get(key)
    entry = None
    if surface is not None and surface.entry.label is Label.COUNTRY and surface.form == "capital":
        entry = surface.entry
    elif key in lexicon.places:
        entry = lexicon.countries_by_iso2.get(lexicon.places[key])
    if entry is None:
        return None
    return Mention(Label.COUNTRY, entry.id, entry.name, 0, 0, "", "lexicon", entry=entry)


def _government_body(m: Mention, lexicon: Lexicon) -> bool:
    if m.entry is not None and (m.entry.country
                                or m.entry.properties.get("kind") in _NOT_GOVERNMENT):
        return False
    words = norm_phrase(m.name)
    if not words or words[0] in _NOT_NATIONAL or m.props.get("country"):
        return False
    if words[-1] == "administration" and _leader(lexicon, words[:-1]):
        return False  # "the Trump administration": a leader's government, not a seated body
    return words[0] in _BODY_FIRST or words[-1] in _BODY_LAST or words in _BODY_NAMES


def _leader(lexicon: Lexicon, key: tuple[str, ...]) -> bool:
    surface = lexicon.surfaces.get(key)
    return surface is not None and surface.entry.label is Label.PERSON


def seat_bodies(ctx: ArticleContext, named: set[str]) -> None:
    country = _dateline_country(ctx)
    if country is None or country.node_id not in named:
        return
    seated = {f.source.node_id for f in ctx.facts
              if f.rel is RelType.LOCATED_IN and not f.origin.startswith("scorer:")}
    for view in ctx.sentences:
        for m in view.of(Label.ORGANIZATION):
            if m.node_id in seated or m.form == "anaphor" or not _government_body(m, ctx.lexicon):
                continue
            seated.add(m.node_id)
            target = Mention(Label.COUNTRY, country.node_id, country.name, m.start, m.start, "",
                             "lexicon", entry=country.entry)
            ctx.facts.append(Fact(RelType.LOCATED_IN, m, target, view.index,
                                  "frame:dateline-seat", 0.65, view.text))


_HOME_GOVERNMENT = frozenset({"government", "cabinet", "authorities", "authority", "parliament",
                              "legislature"})


def home_government(ctx: ArticleContext, index: int, start: int) -> Mention | None:
    """The country of the dateline, for a measure that "the government" takes with no country
    named: "KUALA LUMPUR, May 2 - The government will ban exports of raw bauxite". Only when
    the sentence says "the government" (or cabinet, authorities, parliament) before the
    measure with no possessive or country word, and the article names that country too."""
    view = ctx.sentences[index]
    words = view.words
    if not any(w in _HOME_GOVERNMENT and k > 0 and words[k - 1] == "the"
               for k, w in enumerate(words[:start])) or any(
            x.label is Label.COUNTRY and x.form != "place" and x.start < start
            for x in view.mentions):
        return None
    country = _dateline_country(ctx)
    if country is None or not any(m.node_id == country.node_id
                                  for v in ctx.sentences for m in v.mentions):
        return None
    return country
