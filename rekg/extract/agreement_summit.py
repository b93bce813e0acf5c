"""A generic agreement of an article whose headline names a summit's place.

"Trump and Xi meet in Busan" ... "the deal is for one year": a bare "deal" or "truce" whose
sentence names no place is the lexicon agreement reached at the place the headline (or the
first sentence) names, when the article names all that agreement's parties and the sentence
names no other organisation. A dateline in capitals ("LONDON, May 2 -") says where the
reporter was, not where anything was agreed.
"""

from __future__ import annotations

import re

from rekg.extract.context import ArticleContext, Mention, SentenceView
from rekg.extract.patterns import word_sets
from rekg.loaders.lexicon import Entry
from rekg.schema import Label

# Nouns that may stand for an agreement of any kind ("the deal" for a partnership); the
# others name their kind ("a memorandum" is no joint venture).
ANY_KIND = frozenset({"agreement", "deal", "arrangement", "pact", "accord"})


# What a summit produced is called a truce, a consensus or a framework alike.
_SUMMIT_KINDS = frozenset({"truce", "consensus", "framework"})


def kind_fits(noun: str, kind: str) -> bool:
    return noun in ANY_KIND or noun == kind.split()[-1]


def _summit_fits(noun: str, kind: str) -> bool:
    return kind_fits(noun, kind) or (noun in _SUMMIT_KINDS and kind in _SUMMIT_KINDS)


_PLACED: dict[int, list[Entry]] = {}


def _placed(ctx: ArticleContext) -> list[Entry]:
    """Lexicon agreements with a place and parties."""
    if id(ctx.lexicon) not in _PLACED:
        _PLACED[id(ctx.lexicon)] = [e for e in ctx.lexicon.entries.values()
                                    if e.label is Label.AGREEMENT and e.place and e.parties]
    return _PLACED[id(ctx.lexicon)]


_AT_PLACE: dict[int, tuple[dict[str, Entry], int, dict[str, list[Entry]]]] = {}


def agreements_at(ctx: ArticleContext) -> dict[str, list[Entry]]:
    """Lexicon agreements by their place, lower-cased, in lexicon order: looked up once per
    lexicon (kept with the entries it was built from), not once per place of a sentence."""
    entries = ctx.lexicon.entries
    known = _AT_PLACE.get(id(ctx.lexicon))
    if known is not None and known[0] is entries and known[1] == len(entries):
        return known[2]
    found: dict[str, list[Entry]] = {}
    for e in entries.values():
        if e.label is Label.AGREEMENT and e.place:
            found.setdefault(e.place.lower(), []).append(e)
    _AT_PLACE[id(ctx.lexicon)] = (entries, len(entries), found)
    return found


def headline_entry(ctx: ArticleContext, m: Mention, view: SentenceView) -> Entry | None:
    """The lexicon agreement reached at the headline's place, for a singular generic
    agreement noun in a later sentence that names no place of its own."""
    if not ctx.sentences or view.index == 0 or view.places:
        return None
    if view.tokens[m.start].text.lower() != view.words[m.start]:
        return None  # "the deals" are not one agreement
    head = ctx.sentences[0]
    places = {p.name.lower() for p in head.places
              if not head.span_text(p.start, p.end).isupper()}
    title = ctx.doc.title or ""
    named = {x.node_id for v in ctx.sentences for x in v.mentions
             if x.label in (Label.COUNTRY, Label.ORGANIZATION) and x.form != "place"}
    here = {x.node_id for x in view.of(Label.ORGANIZATION)  # "Glencore's deal with Vale"
            if x.form != "place"}
    noun = view.words[m.start]
    for entry in _placed(ctx):
        place = entry.place or ""
        if not (place.lower() in places or re.search(rf"\b{re.escape(place)}\b", title)) \
                or not _summit_fits(noun, str(entry.properties.get("kind", ""))):
            continue
        parties = {p.id for ref in entry.parties
                   if (p := ctx.lexicon.resolve_ref(ref)) is not None}
        if parties and parties <= named and here <= parties:
            return entry
    return None


_MEETING = frozenset({"meeting", "meetings", "summit"})
# words before the meeting that tell of it as done: "after it", "this followed the meeting"
_AFTER = frozenset({"after", "following", "since", "at", "during", "follow", "follows",
                    "followed"})
_GAP = 8  # words between the meeting noun and "in" with its place
# a meeting still to come: "the upcoming meeting in Busan", "the meeting in Busan next month"
_AHEAD = frozenset({"upcoming", "forthcoming", "planned", "scheduled", "expected", "proposed",
                    "coming", "next", "later", "will", "would"})


def _met_at(view: SentenceView, i: int) -> str | None:
    """The place of "meeting [between the two presidents] in Busan" or "the Busan summit",
    lower-cased."""
    before = next((p for p in view.places if p.end == i and not view.gaps[i].strip()), None)
    if before is not None:
        return before.name.lower()
    for k in range(i + 1, min(len(view.words), i + _GAP + 1)):
        if any(c in view.gaps[k] for c in ",;:()—"):
            return None
        if view.words[k] in ("in", "at"):
            place = next((p for p in view.places if p.start == k + 1), None)
            return place.name.lower() if place is not None else None
    return None


def _club_summit(view: SentenceView, i: int) -> bool:
    """"the ASEAN summit in Kuala Lumpur", "a G20 summit": a club's summit is a meeting of
    many, not the leaders' meeting that reached a pair's agreement."""
    if view.words[i] != "summit" or i == 0 or view.gaps[i].strip():
        return False
    word = view.tokens[i - 1].text
    return word[:1].isupper() and not any(p.end == i for p in view.places)


def meetings(ctx: ArticleContext) -> list[Mention]:
    """"suspended for a year after the Trump-Xi meeting in Busan", "following the meeting
    between the two presidents in Busan": a leaders' meeting at the place where a known
    agreement was reached stands for that agreement, when the sentence tells of it as done
    (after, following, at it; or a verb of agreeing) and the article names all its parties."""
    agree = word_sets()["agree_verbs"]
    named = {x.node_id for v in ctx.sentences for x in v.mentions
             if x.label in (Label.COUNTRY, Label.ORGANIZATION) and x.form != "place"}
    added: list[Mention] = []
    for view in ctx.sentences:
        if not view.places or _MEETING.isdisjoint(view.words):
            continue
        taken = {k for m in view.mentions for k in range(m.start, m.end)}
        for i, word in enumerate(view.words):
            place = _met_at(view, i) if word in _MEETING and i not in taken \
                and not _club_summit(view, i) else None
            if place is None:
                continue
            start = i - 1 if i > 1 and view.gaps[i - 1] == "-" else i
            while 0 < start < i and view.gaps[start] == "-":
                start -= 1  # "the Trump-Xi meeting": the name begins with its leaders
            start = next((p.start for p in view.places if p.end == i), start)
            done = any(w in _AFTER for w in view.words[max(0, start - 3):start]) \
                or not agree.singles.isdisjoint(view.words)
            entries = [e for e in agreements_at(ctx).get(place, ()) if e.parties and {
                p.id for ref in e.parties if (p := ctx.lexicon.resolve_ref(ref)) is not None}
                <= named]
            end = next((p.end for p in view.places if p.start > i
                        and p.name.lower() == place), i + 1)
            ahead = not _AHEAD.isdisjoint(view.words[max(0, start - 3):start]) \
                or not _AHEAD.isdisjoint(view.words[end:end + 2])
            if not done or ahead or len(entries) != 1:
                continue
            entry = entries[0]
            m = Mention(Label.AGREEMENT, entry.id, entry.name, i, i + 1,
                        view.span_text(start, end), "alias",
                        kind=str(entry.properties.get("kind", "")) or None, entry=entry,
                        props={"late": True})
            view.mentions.append(m)
            view.mentions.sort(key=lambda x: (x.start, -x.end))
            added.append(m)
    return added


__all__ = ["ANY_KIND", "headline_entry", "kind_fits", "meetings"]
