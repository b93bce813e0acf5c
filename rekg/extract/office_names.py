"""Capitalised runs that name an office or a portfolio, not an organisation: "the US Secretary
of Energy" and "European Commissioner for Trade and Economic Security" are posts, "Business
and Industry" in "Minister for Energy, Business and Industry" is the rest of a portfolio, and
"PMO Press Office" or "Public Relations Department" under a release is where to send
questions. So are the credit of a dateline ("BEIJING, June 20 (Kestrel Wire Service) -": who
filed the story) and the title of a publication ("sign up for our Ore & Alloy newsletter").
The names rule (``names.py``) reads them as organisations; this drops them. A lexicon office
that is an official's title ("US Treasury Secretary Lee Park", "US Trade Representative Ann
Holt") is the post too: its leading country stays a country. Letters after a person's name
("Ann Holt MP") are a seat in a parliament, not a company of those letters.
"""

from __future__ import annotations

import re
from itertools import pairwise

from rekg.extract.context import Mention, SentenceView
from rekg.extract.patterns import word_sets
from rekg.loaders.lexicon import Lexicon
from rekg.schema import Label

_PORTFOLIO_LINKS = frozenset({"of", "for"})
_LIST_GLUE = frozenset({"and", "the", "&"})
_DASH = re.compile(r"^\)\s*[-\u2013\u2014]")
_MONTHS = frozenset({"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct",
                     "nov", "dec", "january", "february", "march", "april", "june", "july",
                     "august", "september", "october", "november", "december"})


def _post(words: list[str], titles: frozenset[str]) -> bool:
    """A title followed by its portfolio inside the name: "Secretary of Energy"."""
    return any(w in titles and nxt in _PORTFOLIO_LINKS for w, nxt in pairwise(words))


def _portfolio_tail(view: SentenceView, m: Mention, titles: frozenset[str]) -> bool:
    """Capitalised words and commas back to "for"/"of" right after a title."""
    k = m.start - 1
    while k > 0 and (view.words[k] in _LIST_GLUE or view.tokens[k].text[:1].isupper()) \
            and view.words[k] not in _PORTFOLIO_LINKS and m.start - k < 8:
        k -= 1
    return k > 0 and k < m.start - 1 and view.words[k] in _PORTFOLIO_LINKS \
        and view.words[k - 1] in titles


def _contact(words: list[str], heads: frozenset[str], marks: frozenset[str]) -> bool:
    return words[-1] in heads and any(w in marks for w in words[:-1])


def _credit(view: SentenceView, m: Mention) -> bool:
    """"BEIJING, June 20 (Kestrel Wire Service) -": the name in brackets after a dateline's
    date, the bracket closed by a dash."""
    return m.start >= 2 and m.end < len(view.words) and view.gaps[m.start].endswith("(") \
        and _DASH.match(view.gaps[m.end]) is not None and view.words[m.start - 1].isdigit() \
        and view.words[m.start - 2].rstrip(".") in _MONTHS


def _publication(view: SentenceView, m: Mention, nouns: frozenset[str]) -> bool:
    """"our Ore & Alloy newsletter": the run right before a publication noun."""
    return m.end < len(view.words) and view.words[m.end] in nouns and view.gaps[m.end] == ""


def _title_of_person(view: SentenceView, m: Mention, words: frozenset[str]) -> bool:
    """The office ends in, or is followed by, a title word right before a named person."""
    if view.words[m.end - 1] in words:
        k = m.end
    elif m.end < len(view.words) and view.words[m.end] in words and view.gaps[m.end] == "":
        k = m.end + 1
    else:
        return False
    return any(p.label is Label.PERSON and p.start == k for p in view.mentions)


def _leading_country(view: SentenceView, m: Mention, lexicon: Lexicon) -> Mention | None:
    """The country a title opens with ("US" in "US Treasury Secretary")."""
    for end in range(m.end - 1, m.start, -1):
        surface = lexicon.surfaces.get(tuple(view.words[m.start:end]))
        if surface is not None and surface.entry.label is Label.COUNTRY:
            entry = surface.entry
            return Mention(Label.COUNTRY, entry.id, entry.name, m.start, end,
                           view.span_text(m.start, end), surface.form, entry=entry)
    return None


def _post_nominal(view: SentenceView, m: Mention, letters: frozenset[str]) -> bool:
    """"Ann Holt MP": letters right after a named person."""
    return m.end - m.start == 1 and view.words[m.start] in letters \
        and view.gaps[m.start] in ("", ",") \
        and any(p.label is Label.PERSON and p.end == m.start for p in view.mentions)


def _drop_title_offices(view: SentenceView, lexicon: Lexicon) -> None:
    words = word_sets()["person_title_words"].singles
    letters = word_sets()["post_nominals"].singles
    for m in [m for m in view.mentions if m.label is Label.ORGANIZATION
              and _post_nominal(view, m, letters)]:
        view.mentions.remove(m)
    for m in [m for m in view.mentions if m.label is Label.ORGANIZATION
              and m.form in ("name", "alias") and _title_of_person(view, m, words)]:
        view.mentions.remove(m)
        country = _leading_country(view, m, lexicon)
        if country is not None:
            view.mentions.append(country)


def drop_office_names(view: SentenceView, lexicon: Lexicon) -> None:
    _drop_title_offices(view, lexicon)
    sets = word_sets()
    titles = sets["office_titles"].singles
    heads, marks = sets["contact_office_heads"].singles, sets["contact_office_words"].singles
    nouns = sets["publication_nouns"].singles
    for m in [m for m in view.mentions if m.label is Label.ORGANIZATION and m.form == "rule"]:
        words = view.words[m.start:m.end]
        if _post(words, titles) or _portfolio_tail(view, m, titles) \
                or _contact(words, heads, marks) or _credit(view, m) \
                or _publication(view, m, nouns):
            view.mentions.remove(m)
