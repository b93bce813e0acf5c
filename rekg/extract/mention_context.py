"""Lexicon mentions that the words around them change.

A spelled-out name with its abbreviation in brackets before the head noun ("neodymium-
praseodymium (NdPr) oxide", "neodymium-iron-boron (NdFeB) magnets", "terbium (Tb) oxide"): the
bracket interrupts the words of a lexicon entry; without it the words name one material or
product, not the element or alloy before the bracket plus a bare head. A country that only
locates an unnamed source is a place; a leader's name before "administration" is no person.
"""

from __future__ import annotations

from rekg.extract.context import Mention, Place, SentenceView
from rekg.extract.patterns import word_sets
from rekg.loaders.lexicon import Lexicon
from rekg.schema import Label

_GOODS = (Label.MATERIAL, Label.PRODUCT)


def _abbreviation(view: SentenceView, k: int) -> bool:
    text = view.tokens[k].text
    return k + 1 < len(view.words) and "(" in view.gaps[k] and view.gaps[k + 1].strip() == ")" \
        and any(c.isupper() for c in text) and text.replace("-", "").isalnum()


def spelled_out(view: SentenceView, lexicon: Lexicon) -> None:
    if "(" not in view.text:  # no bracket, no abbreviation: most sentences
        return
    low, gaps = view.words, view.gaps
    for k in range(1, len(low) - 1):
        if not _abbreviation(view, k):
            continue
        left = next((m for m in view.mentions if m.end == k and m.label in _GOODS), None)
        if left is None:
            continue
        for size in (2, 1):
            end = k + 1 + size
            if end > len(low) or any(gaps[j] not in ("", "-") for j in range(k + 2, end)):
                continue
            surface = lexicon.surfaces.get(tuple(low[left.start:k] + low[k + 1:end]))
            if surface is None or surface.entry.label not in _GOODS:
                continue
            entry = surface.entry
            for m in view.covered(left.start, end):
                view.mentions.remove(m)
            view.mentions.append(Mention(
                entry.label, entry.id, entry.name, left.start, end,
                view.span_text(left.start, end), "alias",
                kind=entry.properties.get("kind") or entry.properties.get("sector"), entry=entry))
            break


_MEETINGS = frozenset({"talks", "talk", "round", "meeting", "summit", "session", "consultation"})


def source_places(view: SentenceView) -> None:
    """"said an analyst in Singapore", "a London-based consultancy": a country or capital that
    only says where an unnamed market source sits is a place, not a party of the story."""
    sources, low = word_sets()["source_nouns"].singles, view.words
    _continents(view)
    for m in [m for m in view.mentions if m.label is Label.COUNTRY and m.entry is not None
              and m.form in ("name", "capital", "alias")]:
        # "a Singapore-based metals trader": up to two words may say what the source deals in
        based = m.end + 1 < len(low) and view.gaps[m.end] == "-" and low[m.end] == "based" \
            and any(low[k] in sources and all(view.gaps[j] == "" and view.tokens[j].text.islower()
                                              for j in range(m.end + 1, k + 1))
                    for k in range(m.end + 1, min(m.end + 4, len(low))))
        located = m.start > 1 and low[m.start - 1] in ("in", "at", "from") \
            and low[m.start - 2] in sources
        if (based or located or _venue(view, m)) and m.entry is not None:
            view.mentions.remove(m)
            view.places.append(Place(m.start, m.end, m.surface,
                                     str(m.entry.properties.get("iso2", ""))))


def demonym_capitals(view: SentenceView, lexicon: Lexicon) -> None:
    """"talks in the Swedish capital": a demonym before "capital" names the country's capital,
    a place (as "in Stockholm" would), not the country as a party."""
    low = view.words
    for m in [m for m in view.mentions if m.label is Label.COUNTRY and m.form == "demonym"
              and m.end < len(low) and low[m.end] == "capital" and view.gaps[m.end] == ""]:
        entry = m.entry
        capital = lexicon.capital_of.get(entry.id) if entry is not None else None
        if entry is not None and capital is not None:
            view.mentions.remove(m)
            view.places.append(Place(m.start, m.end + 1, capital,
                                     str(entry.properties.get("iso2", ""))))


def homonym_capitals(view: SentenceView) -> None:
    """"Kingston, Ontario", "Victoria, British Columbia": a capital followed by a region of
    another country is a town of that region, a place in the region's country."""
    regions = {p.start: p.iso2 for p in view.places}
    view.places[:] = [
        Place(p.start, p.end, p.name, regions[p.end]) if p.end in regions
        and p.end < len(view.words) and view.gaps[p.end] == "," else p for p in view.places]
    for m in [m for m in view.mentions if m.label is Label.COUNTRY and m.form == "capital"
              and m.entry is not None and m.end < len(view.words)
              and view.gaps[m.end] == "," and m.end in regions]:
        if m.entry is not None and regions[m.end] != m.entry.properties.get("iso2"):
            view.mentions.remove(m)


def _venue(view: SentenceView, m: Mention) -> bool:
    """"Rounds in Geneva, London and Madrid", "after the London talks": capitals listed after
    a place, or naming a meeting, say where talks were held."""
    if m.form != "capital":
        return False
    low = view.words
    if m.end < len(low) and low[m.end] in _MEETINGS and view.gaps[m.end] == "":
        return True
    before = m.start - 1 if view.gaps[m.start] == "," else m.start - 2 if (
        m.start > 1 and low[m.start - 1] in ("and", "or") and view.gaps[m.start] == "") else -1
    return before >= 0 and any(p.end == before + 1 for p in view.places)


def _continents(view: SentenceView) -> None:
    """"North America", "Latin America": a region of many countries, not the United States."""
    low = view.words
    view.mentions[:] = [
        m for m in view.mentions
        if not (m.label is Label.COUNTRY and m.form == "alias" and low[m.start] == "america"
                and m.start > 0 and low[m.start - 1] in ("north", "south", "latin", "central")
                and view.tokens[m.start - 1].text[0].isupper() and view.gaps[m.start] == "")]


def governments_of(view: SentenceView) -> None:
    """"the Biden administration", "Biden-era rules": a leader's name before these words names
    a government or a time, not the person."""
    after, low = word_sets()["leader_time_nouns"].singles, view.words
    for m in [m for m in view.mentions if m.label is Label.PERSON and m.end < len(low)]:
        if low[m.end] in after and view.gaps[m.end] in ("", "-"):
            view.mentions.remove(m)


def state_countries(text: str, lexicon: Lexicon) -> set[str]:
    """The countries that an article names only as the US state of one name ("Georgia"): the
    article names another place in the US or "the state of" it, and never the country's own
    other names (its people, its capital)."""
    found: set[str] = set()
    low = text.lower()
    for word in word_sets()["us_state_countries"]:
        if word not in low:
            continue
        surface = lexicon.surfaces.get((word,))
        if surface is None or surface.entry.label is not Label.COUNTRY:
            continue
        entry = surface.entry
        others = [s.words for s in lexicon.surfaces.values()
                  if s.entry is entry and s.form in ("demonym", "capital")]
        if any(" ".join(w).lower() in low for w in others):
            continue
        us_places = (" ".join(p) for p, iso2 in lexicon.places.items() if iso2 == "US")
        if f"state of {word}" in low or any(
                p in low for p in us_places if len(p) > 3 and p != word):
            found.add(entry.id)
    return found


def state_names(view: SentenceView, states: set[str]) -> None:
    """"Mineral sands mined in Florida and Georgia": in an article that reads that name as a
    US state (``state_countries``), it is a place in the United States, not the country."""
    for m in [m for m in view.mentions if m.node_id in states and m.form == "name"]:
        view.mentions.remove(m)
        view.places.append(Place(m.start, m.end, m.surface, "US"))
