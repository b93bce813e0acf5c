"""The words of names the lexicon lacks, shared by the rules that find them: what a name word
looks like, the small words inside a name, the words that open none, and the adding of a found
name."""

from __future__ import annotations

import re

from rekg.extract.context import Mention, SentenceView
from rekg.schema import Label, node_id

NAME_WORD = re.compile(r"^[A-Z][a-zA-ZÀ-ÿ'’\-]*[a-zA-ZÀ-ÿ]$|^[A-Z]$|^[A-Z][A-Z0-9]+$")
CONNECTORS = frozenset({"of", "and", "for", "the", "de"})
NOT_NAMES = frozenset({
    "the", "a", "an", "but", "and", "in", "on", "at", "for", "with", "under", "after", "before",
    "as", "if", "when", "while", "both", "its", "their", "this", "that", "these", "those", "it",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "he", "she", "they", "we", "i", "so", "yet", "still", "meanwhile",
    "however", "some", "many", "most", "one", "two", "three", "last", "next", "since", "by",
    "from", "to", "of", "analysts", "officials", "shares", "prices", "exports", "imports", "there",
    "about", "contact", "notes", "editors", "source", "update", "breaking", "exclusive",
    "neither", "nor", "either", "once", "whether", "although", "though", "because", "unless",
    "his", "her", "our", "my", "your",
})


def add_name(view: SentenceView, found: list[Mention], label: Label, start: int, end: int,
             **props: str) -> Mention | None:
    """A name found by a rule over ``start:end``, unless it overlaps one found before."""
    if any(m.start < end and start < m.end for m in found):
        return None
    name = view.span_text(start, end)
    mention = Mention(label, node_id(label, name), name, start, end, name, "rule",
                      props=dict(props))
    found.append(mention)
    return mention
