"""The producer carried into sentences that do not name it, for the coreference stage:
a works noun that is the subject of a production verb ("the site will also produce ...") is
the company in focus, and a region named as where goods are mined or made speaks for its
country.
"""

from __future__ import annotations

from rekg.extract.context import Mention, SentenceView
from rekg.extract.focus import Salience, refer
from rekg.extract.patterns import word_sets
from rekg.schema import Label

# The works of a company that a sentence may make the subject of a production verb.
_WORKS = frozenset({"plant", "mill", "refinery", "facility", "factory", "smelter", "mine",
                    "site", "project", "line", "hub", "phase", "operation", "complex", "unit",
                    "circuit"})


def producing_site(view: SentenceView, orgs: Salience) -> Mention | None:
    """"With the new line the site will also produce neodymium", "The first phase is
    designed to produce carbonate": a definite works noun whose clause goes on to a production
    verb, in a sentence that names no producer before that verb, is the company in focus at
    work; the phrase takes its node so that the production patterns read it as the subject."""
    low, tokens = view.words, view.tokens
    verbs = word_sets()["produce_verbs"]
    verb = next((k for k, w in enumerate(low) if w in verbs and k > 1), -1)
    if verb < 0 or any(m.start < verb and m.label in (Label.ORGANIZATION, Label.COUNTRY)
                       and m.form not in ("place", "demonym") for m in view.mentions):
        return None
    head = next((k for k in range(verb - 1, max(0, verb - 6), -1) if low[k] in _WORKS
                 and tokens[k].text.lower() == low[k]), -1)
    if head < 1 or any(g not in ("", "-") for g in view.gaps[head + 1:verb + 1]):
        return None
    start = next((k for k in range(head - 1, max(-1, head - 5), -1)
                  if low[k] in ("the", "this", "its")), -1)
    if start < 0 or any(g not in ("", "-") for g in view.gaps[start + 1:head + 1]) \
            or any(not tokens[k].text[:1].isalpha() for k in range(start, head)):
        return None
    # a works noun names the company an article is about further back than a pronoun does
    owner = orgs.focus("company", view.index, window=5)
    return refer(owner, view, start, head + 1) if owner is not None else None


def producing_regions(view: SentenceView) -> None:
    """"mined in Jiangxi", "comes from Inner Mongolia", "the Kachin mines", "Kachin supplies
    half of ...": a province, state or town named as where goods are won or made speaks for
    its country as their producer. The place mention then stands for the country, as a
    pronoun would, so that the production patterns read it; places named only as where
    something happened ("talks in Geneva", a dateline) stay places."""
    sets = word_sets()
    sources, outputs = sets["region_source_words"], sets["region_output_words"]
    produce = sets["produce_verbs"]
    low = view.words
    converted: list[Mention] = []
    for m in view.mentions:
        if m.form != "place" or m.label is not Label.COUNTRY:
            continue
        gap = m.start - converted[-1].end if converted else -1
        if (gap == 1 and low[m.start - 1] == "and") or (gap == 0 and view.gaps[m.start] == ","):
            converted.append(m)  # "in Jiangxi, Guangdong and Fujian": the whole list
            m.form = "anaphor"
            m.props["region"] = True
            continue
        i, e = m.start, m.end
        after = low[e] if e < len(low) and view.gaps[e] in ("", "-") else ""
        if (i > 1 and low[i - 1] in ("in", "from", "of", "at")
                and any(w in sources for w in low[max(0, i - 4):i - 1])) \
                or after in outputs or (after in produce and view.tokens[e].text.endswith("s")):
            m.form = "anaphor"
            m.props["region"] = True
            converted.append(m)
