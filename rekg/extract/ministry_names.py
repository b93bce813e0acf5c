"""A ministry named by what it is for, in lower case: "Korea's trade ministry", "the natural
resources ministry", "India's heavy industries ministry", "the transport ministry".

With the country named before it, the one lexicon ministry of that country whose name has those
words is meant ("Korea's trade ministry" is the Ministry of Trade, Industry and Energy). Without
a country, the lexicon's "Ministry of <words>" when it belongs to no one country. A portfolio
that no lexicon ministry (of that country) has makes a new "Ministry of <Words>"; one that
several countries' ministries have, with no country named, is left to the article.
"""

from __future__ import annotations

from rekg.extract.context import Mention, SentenceView
from rekg.extract.patterns import word_sets
from rekg.loaders.lexicon import Entry, Lexicon
from rekg.loaders.text import norm_phrase
from rekg.schema import Label, node_id

_MAX_DOMAIN = 4
# kept with the entries dict it was built from: a later lexicon may reuse a freed one's id
_MINISTRIES: dict[int, tuple[dict[str, Entry], list[tuple[Entry, frozenset[str]]]]] = {}


def _ministries(lexicon: Lexicon) -> list[tuple[Entry, frozenset[str]]]:
    known = _MINISTRIES.get(id(lexicon))
    if known is not None and known[0] is lexicon.entries:
        return known[1]
    found = [
        (e, frozenset(norm_phrase(e.name))) for e in lexicon.entries.values()
        if e.label is Label.ORGANIZATION and e.properties.get("kind") == "ministry"]
    _MINISTRIES[id(lexicon)] = (lexicon.entries, found)
    return found


def _domain_start(view: SentenceView, ministry: int) -> int:
    domains = word_sets()["ministry_domains"].phrases
    words, tokens = view.words, view.tokens
    for start in range(max(0, ministry - _MAX_DOMAIN), ministry):
        if tuple(words[start:ministry]) in domains and all(
                tokens[k].text.islower() and view.gaps[k + 1] == ""
                for k in range(start, ministry)):
            return start
    return ministry


def _country(view: SentenceView, start: int) -> Mention | None:
    possessive = start >= 2 and view.words[start - 1] in ("'s", "’s")
    end = start - 1 if possessive else start
    return next((m for m in view.mentions if m.label is Label.COUNTRY and m.end == end
                 and m.form != "place"), None)


def _entry(lexicon: Lexicon, domain: tuple[str, ...],
           country: Mention | None) -> tuple[Entry | None, bool]:
    """(the lexicon ministry meant, whether a new one may be made)."""
    words = set(domain) - {"and"}
    iso2 = str(country.entry.properties.get("iso2", "")) if country and country.entry else None
    fits = [e for e, names in _ministries(lexicon) if words <= names
            and (iso2 is None or e.country == iso2)]
    if iso2 is not None:
        return (fits[0] if len(fits) == 1 else None), not fits
    surface = lexicon.surfaces.get(("ministry", "of", *domain))
    if surface is not None and surface.entry.label is Label.ORGANIZATION \
            and surface.entry.country is None:
        return surface.entry, False
    return None, not fits  # "the industry ministry" of which country: the article says


def _foreign_id(name: str, country: Mention) -> str:
    """The node of a ministry the lexicon knows for another country: "Ministry of Commerce
    (Kazakhstan)"."""
    return node_id(Label.ORGANIZATION, f"{name} ({country.name})")


def _foreign_alias(view: SentenceView, i: int) -> Mention | None:
    """"Kazakhstan's commerce ministry", "India's Ministry of Commerce": a lexicon ministry
    named after another country's possessive is that country's ministry: a node of its own."""
    m = next((m for m in view.mentions if m.start <= i < m.end and m.entry is not None
              and m.entry.properties.get("kind") == "ministry" and m.entry.country), None)
    country = _country(view, m.start) if m is not None else None
    if m is None or m.entry is None or country is None or country.entry is None \
            or country.entry.properties.get("iso2") in (None, m.entry.country):
        return None
    name = m.entry.name
    return Mention(Label.ORGANIZATION, _foreign_id(name, country), name, m.start, m.end,
                   m.surface, "rule", kind="ministry",
                   props={"country": country.node_id, "replaces": id(m),
                          "seen": view.span_text(country.start, m.end)})


def ministry_mentions(view: SentenceView, lexicon: Lexicon) -> None:
    words, tokens = view.words, view.tokens
    for i in range(1, len(words)):
        # "defence ministries" are no one ministry
        if words[i] != "ministry" or tokens[i].text.endswith("ies"):
            continue
        foreign = _foreign_alias(view, i)
        if foreign is not None:
            replaced = foreign.props.pop("replaces")
            view.mentions[:] = [foreign if id(m) == replaced else m for m in view.mentions]
            continue
        if not tokens[i].text.islower() or view.covered(i, i + 1):
            continue
        start = _domain_start(view, i)
        if start == i or view.covered(start, i):
            continue
        domain = tuple(words[start:i])
        country = _country(view, start)
        entry, new = _entry(lexicon, domain, country)
        if entry is None and not new:
            continue
        surface = view.span_text(start, i + 1)
        props: dict[str, object] = {}
        if country is not None:  # "China's commerce ministry" is a form seen too
            props = {"country": country.node_id, "seen": view.span_text(country.start, i + 1)}
        if entry is not None:
            name, nid = entry.name, entry.id
        else:
            name = "Ministry of " + " ".join(
                w if w == "and" else w[:1].upper() + w[1:] for w in
                view.text[tokens[start].start:tokens[i - 1].end].split())
            nid = node_id(Label.ORGANIZATION, name)
            if country is not None and nid in lexicon.entries:  # another country's ministry
                nid = _foreign_id(name, country)
        view.mentions.append(Mention(Label.ORGANIZATION, nid, name, start, i + 1, surface,
                                     "rule", kind="ministry", entry=entry, props=props))
