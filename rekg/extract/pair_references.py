"""Plural and ordinal references to two parties, for the coreference stage.

English goes on about two companies or two countries named together with words that name
neither: "Veltria and Orvane opened talks. They both mine tin." / "The pair ..." / "Both ..." /
"The two ..." / "The companies ...". "The former" and "the latter" pick one of the last two
parties of a kind: "Veltria signed a deal with Orvane. The latter mines tin." means Orvane.

The pair a plural reference means must be the coordinated subject of the sentence before, and
the reference the subject of its own (opening it or its main clause); a single subject, a pair
inside a fronted clause, or a pair of different kinds (a company and a country) gives nothing.
Inside the pair's own sentence ("X and Y said they ...") the pronoun is left alone: a second
mention of each party there only pairs them with each other. "Their" is left alone too: "their
magnets come from ..." names goods they buy as often as goods they make.
"The former" must stand alone, not before a noun ("the former chief", "the latter half").
"""

from __future__ import annotations

from rekg.extract import fronted_subjects as fronted
from rekg.extract.context import Mention, SentenceView
from rekg.extract.focus import refer
from rekg.schema import Label

_PARTIES = (Label.ORGANIZATION, Label.COUNTRY)
_ALONE = (("the", "pair"), ("the", "duo"), ("the", "two"), ("both",))
_SEATS = frozenset({"in", "at", "near", "from"})  # "met in Tokyo": a place, not a party
# "the companies", "the countries": the subject pair of the sentence before, of the same kind.
_PLURAL_NOUNS = {"companies": Label.ORGANIZATION, "firms": Label.ORGANIZATION,
                 "partners": Label.ORGANIZATION, "groups": Label.ORGANIZATION,
                 "countries": Label.COUNTRY, "nations": Label.COUNTRY,
                 "governments": Label.COUNTRY}
_ORDINALS = {"former": 0, "latter": 1}
# What follows a reference that stands alone as the subject: a verb, an adverb, a comma.
_VERB_START = frozenset({"is", "was", "are", "were", "has", "have", "had", "will", "would",
                         "can", "could", "may", "might", "should", "must", "also", "already",
                         "now", "still", "each", "both", "plan", "plans", "said", "say", "says",
                         "agreed", "signed", "make", "makes", "made", "own", "owns", "run",
                         "runs", "produce", "produces", "produced", "mine", "mines", "mined",
                         "supply", "supplies", "supplied", "sell", "sells", "sold", "buy",
                         "buys", "bought", "operate", "operates", "refine", "refines", "control",
                         "controls", "hold", "holds", "need", "needs", "rely", "relies", "use",
                         "uses", "ship", "ships", "export", "exports", "import", "imports",
                         "process", "processes", "build", "builds", "intend", "intends",
                         "'s", "did", "does", "do"})


def subject_pair(view: SentenceView) -> list[Mention]:
    """The two parties of one kind the sentence opens with, coordinated: "Veltria and Orvane
    signed ...", "After the talks, Japan and Chile agreed ..."; else none."""
    first = fronted.clause_subject(view, None)
    if first is None or first.group < 0 or first.label not in _PARTIES \
            or first.form in ("place", "demonym"):
        return []
    pair = [m for m in view.mentions if m.group == first.group]
    if {m.label for m in pair} != {first.label} or len({m.node_id for m in pair}) != 2:
        return []
    seen: dict[str, Mention] = {}
    for m in sorted(pair, key=lambda m: m.start):
        seen.setdefault(m.node_id, m)
    return list(seen.values())


def last_two(view: SentenceView, before: int) -> list[Mention]:
    """The last two parties of one kind named in ``view`` before token ``before``."""
    found: list[Mention] = []
    for m in sorted(view.mentions, key=lambda m: m.start, reverse=True):
        if m.start >= before or m.label not in _PARTIES or m.form in ("place", "demonym") \
                or any(f.node_id == m.node_id for f in found) \
                or (m.start > 0 and view.words[m.start - 1] in _SEATS):
            continue
        found.append(m)
        if len(found) == 2:
            break
    if len(found) < 2 or found[0].label is not found[1].label:
        return []
    return [found[1], found[0]]


def _alone(view: SentenceView, end: int) -> bool:
    """Whether the phrase ending before ``end`` stands alone (a verb or a comma follows)."""
    low = view.words
    return end >= len(low) or view.gaps[end] not in ("", "-") or low[end] in _VERB_START


def pair_references(view: SentenceView, pair: list[Mention], previous: SentenceView | None,
                    taken: set[int], group: int) -> list[Mention]:
    """Mentions of ``pair`` (the subject pair of the sentence before) for "they", "their",
    "the pair", "both" ..., and of one of the last two parties for "the former", "the latter"."""
    low = view.words
    added: list[Mention] = []
    for i, word in enumerate(low):
        if i in taken:
            continue
        opens = i == 0 or fronted.main_start(view) == i
        end = 0
        if word == "they" and opens:
            end = i + 1
        elif word == "the" and low[i + 1:i + 2] \
                and (noun := view.tokens[i + 1].text) in _PLURAL_NOUNS:
            if pair and pair[0].label is _PLURAL_NOUNS[noun] and opens:
                end = i + 2
        else:
            end = next((i + len(p) for p in _ALONE if tuple(low[i:i + len(p)]) == p), 0)
            if not (end and opens and _alone(view, end)):
                end = 0
        if end:
            if pair:
                for m in pair:
                    mention = refer(m, view, i, end)
                    mention.group = group
                    added.append(mention)
                taken.update(range(i, end))
            continue
        if word == "the" and low[i + 1:i + 2] and low[i + 1] in _ORDINALS and _alone(view, i + 2):
            two = last_two(view, i) or (last_two(previous, len(previous.words))
                                        if previous is not None else [])
            if two:
                added.append(refer(two[_ORDINALS[low[i + 1]]], view, i, i + 2))
                taken.update(range(i, i + 2))
    return added
