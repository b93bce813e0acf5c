"""Organisation names found by rule that the lexicon knows after all.

* "the Ministry of Economy, Trade and Industry": the comma keeps the lexicon match from spanning
  the name, which the capitalised-run rule then finds; the entry is the lexicon's.
* "the US Commerce Department", "a UK Ministry of Defence team": a country before a known
  organisation is part of the name the rule found, not a new organisation, unless the lexicon
  seats that organisation in another country.
* "the U.S. International Development Finance Corporation": the full stop of "U.S." ends the
  lexicon match; the country and the organisation after it are one name when the lexicon knows
  the name with "US" before it.
"""

from __future__ import annotations

from rekg.extract.context import Mention, SentenceView
from rekg.extract.ministry_names import ministry_mentions
from rekg.extract.name_appositives import appositive_companies
from rekg.extract.name_cues import cued_companies
from rekg.loaders.lexicon import Entry, Lexicon
from rekg.schema import Label


def _org_entry(lexicon: Lexicon, words: tuple[str, ...]) -> Entry | None:
    """The organisation a capitalised name (as the rules and initialisms have) names."""
    surface = lexicon.surfaces.get(words)
    if surface is None or surface.entry.label is not Label.ORGANIZATION:
        return None
    return surface.entry


def _country_prefix(lexicon: Lexicon, words: list[str]) -> tuple[int, Entry] | None:
    for size in (2, 1):
        surface = lexicon.surfaces.get(tuple(words[:size]))
        if size < len(words) and surface is not None and surface.entry.label is Label.COUNTRY:
            return size, surface.entry
    return None


def _seat_differs(entry: Entry, country: Entry) -> bool:
    return entry.country is not None \
        and entry.country.upper() != str(country.properties.get("iso2", "")).upper()


def _known(m: Mention, entry: Entry, start: int, view: SentenceView) -> Mention:
    return Mention(Label.ORGANIZATION, entry.id, entry.name, start, m.end,
                   view.span_text(start, m.end), m.form,
                   kind=entry.properties.get("kind") or entry.properties.get("sector"),
                   entry=entry, props=m.props)


def _rule_names(view: SentenceView, lexicon: Lexicon) -> None:
    for k, m in enumerate(view.mentions):
        if m.label is not Label.ORGANIZATION or m.form != "rule" or m.entry is not None:
            continue
        words = view.words[m.start:m.end]
        entry = _org_entry(lexicon, tuple(words))
        seat = lexicon.entries.get(str(m.props.get("country", "")))
        if entry is not None and seat is not None and _seat_differs(entry, seat):
            continue  # "Kazakhstan's commerce ministry" is not the lexicon's Chinese one
        prefix = _country_prefix(lexicon, words) if entry is None else None
        if prefix is not None:
            entry = _org_entry(lexicon, tuple(words[prefix[0]:]))
            if entry is not None and _seat_differs(entry, prefix[1]):
                entry = None
        if entry is not None:
            view.mentions[k] = _known(m, entry, m.start, view)
            if prefix is not None:  # "Commerce Department" is seen in "US Commerce Department"
                view.mentions[k].props = {
                    **m.props, "seen": view.span_text(m.start + prefix[0], m.end)}


def _initialism_prefix(view: SentenceView, lexicon: Lexicon) -> None:
    words, gaps = view.words, view.gaps
    absorbed: list[Mention] = []
    for k, m in enumerate(view.mentions):
        if m.label is not Label.ORGANIZATION or m.entry is None or m.start < 2 \
                or gaps[m.start].strip() != "." or gaps[m.start - 1] != "." \
                or len(words[m.start - 1]) != 1 or len(words[m.start - 2]) != 1:
            continue
        country = next((c for c in view.mentions if c.label is Label.COUNTRY
                        and c.start == m.start - 2 and c.end == m.start), None)
        joined = (words[m.start - 2] + words[m.start - 1], *words[m.start:m.end])
        if country is not None and _org_entry(lexicon, joined) is m.entry:
            view.mentions[k] = _known(m, m.entry, country.start, view)
            view.mentions[k].props = {**m.props, "country": country.node_id}
            absorbed.append(country)
    for country in absorbed:
        view.mentions.remove(country)


def _country_forms(view: SentenceView) -> None:
    """"China's commerce ministry", "the Dutch foreign ministry": a ministry named in lower case
    after its country is also known by the words with the country (a form the text has)."""
    words = view.words
    countries = {m.end: m for m in view.mentions if m.label is Label.COUNTRY}
    for m in view.mentions:
        if m.label is not Label.ORGANIZATION or m.entry is None or "seen" in m.props \
                or m.entry.properties.get("kind") != "ministry" \
                or not view.tokens[m.end - 1].text.islower():
            continue
        at = m.start - 1 if m.start >= 1 and words[m.start - 1] in ("'s", "’s") else m.start
        country = countries.get(at)
        if country is not None:
            m.props = {**m.props, "seen": view.span_text(country.start, m.end)}


def known_names(view: SentenceView, lexicon: Lexicon) -> None:
    """After the name rules: names an appositive calls a company, ministries named by their
    portfolio, then the lexicon's entries for the names the rules found."""
    appositive_companies(view)
    cued_companies(view)
    ministry_mentions(view, lexicon)
    _rule_names(view, lexicon)
    _initialism_prefix(view, lexicon)
    _country_forms(view)
