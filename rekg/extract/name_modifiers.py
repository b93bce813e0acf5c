"""Which words before an open-vocabulary head belong in its canonical name.

Words of rank, size and scale say how good or big a thing is, not what kind it is: "top-end
processors" are processors and "commercial-scale vessels" vessels. The word lists hold such
compounds with their hyphen ("high-end"), while a sentence splits them into words, so the
compound is put together again here. A lexicon surface that opens with such a word
("recycled rare earths") and that a longer head extends ("recycled rare earth elements") leaves
the word out too, and the rest is the lexicon's entry when the lexicon has it.

Kept in the name: an adverb of how a thing works on its participle ("electrically excited
generators"), a kind adjective in -able or -ible ("implantable defibrillators") and a named
class ("Virginia-class submarines"). A rare earth named as a plant's
feedstock ("heavy rare earth feedstock") is that rare earth.
"""

from __future__ import annotations

from dataclasses import replace

from rekg.extract.context import SentenceView
from rekg.extract.patterns import word_sets
from rekg.loaders.families import RARE_EARTHS, coverage_families
from rekg.loaders.lexicon import Lexicon
from rekg.loaders.text import singular
from rekg.schema import Label, node_id


def skipped_compound(view: SentenceView, j: int, skip: frozenset[str]) -> bool:
    """The hyphenated compound that ends at word ``j`` is a listed modifier of rank, size or
    scale ("top-end", "state-of-the-art") or opens with a figure ("15-megawatt")."""
    if j <= 0 or view.gaps[j] != "-":
        return False
    k = j
    while k > 0 and view.gaps[k] == "-":
        k -= 1
    words = view.words[k:j + 1]
    return words[0][:1].isdigit() or any("-".join(words[s:]) in skip
                                         for s in range(len(words) - 1))


def kind_adverb(view: SentenceView, j: int, adverbs: frozenset[str]) -> bool:
    """"electrically excited generators", "doubly fed machines": an adverb of how a thing
    works, on the participle after it, is part of the kind's name. So is an adjective in -able
    or -ible that names a kind of device ("implantable defibrillators", "portable scanners")."""
    word = view.words[j]
    if word.endswith(("able", "ible")):
        sets = word_sets()
        return word in sets["kind_able_adjectives"].singles and not (
            j + 1 < len(view.words) and view.words[j + 1] in sets["able_generic_heads"].singles)
    return word in adverbs and j + 1 < len(view.words) \
        and view.words[j + 1].endswith("ed") and view.gaps[j + 1] in ("", "-")


def feedstock_of_known(view: SentenceView, lexicon: Lexicon, roles: frozenset[str]) -> None:
    """"heavy rare earth feedstock" is the heavy rare earths as a plant's input: the open
    mention of a rare earth entry and a word of that role is the entry, and the whole
    phrase its alias."""
    for k, m in enumerate(view.mentions):
        if m.form != "open" or m.label is not Label.MATERIAL or view.words[m.end - 1] not in roles \
                or m.end - m.start < 2:
            continue
        surface = lexicon.surfaces.get(tuple(view.words[m.start:m.end - 1]))
        if surface is not None and surface.entry.label is Label.MATERIAL \
                and RARE_EARTHS in coverage_families(surface.entry.id):
            entry = surface.entry
            view.mentions[k] = replace(m, node_id=entry.id, name=entry.name, entry=entry,
                                       kind=entry.properties.get("kind"))


def trimmed_start(view: SentenceView, start: int, head: int, skip: frozenset[str]) -> int:
    """The first word of the name after the listed modifiers that a lexicon surface brought
    in ("recycled" in "recycled rare earth elements")."""
    while start < head and view.words[start] in skip and view.tokens[start].text.islower():
        start += 1
    return start


def known_open_names(view: SentenceView, lexicon: Lexicon) -> None:
    """An open mention that a lexicon surface with a listed modifier opened is the lexicon's
    entry for its words after the modifier, when the lexicon has one ("recycled rare earth
    elements" are rare earth elements; "power steering units" stay what they are)."""
    for k, m in enumerate(view.mentions):
        start = m.props.pop("trimmed", None)
        if start is None:
            continue
        surface = lexicon.surfaces.get(tuple(view.words[start:m.end]))
        if surface is not None and surface.entry.label is m.label:
            entry = surface.entry
            view.mentions[k] = replace(
                m, node_id=entry.id, name=entry.name, entry=entry, start=start,
                surface=view.span_text(start, m.end),
                kind=entry.properties.get("kind") or entry.properties.get("sector"))


def class_names(view: SentenceView) -> None:
    """"Virginia-class attack submarines", "Arleigh Burke-class destroyers": a named class is
    the product's kind ("Virginia-class submarine"), and the capitalised words before "-class"
    name no place of their own."""
    low, tokens = view.words, view.tokens
    skip = word_sets()["np_skip"]
    for m in list(view.mentions):
        c = m.start - 1
        if m.label is not Label.PRODUCT or c < 1 or low[c] != "class" or view.gaps[c] != "-":
            continue
        start = c
        while start > 0 and c - start < 2 and tokens[start - 1].text[:1].isupper() \
                and low[start - 1] not in skip and (start == c or view.gaps[start] == ""):
            start -= 1
        if start == c:
            continue
        name = f"{view.span_text(start, c + 1)} {singular(tokens[m.end - 1].text.lower())}"
        named = replace(m, node_id=node_id(Label.PRODUCT, name), name=name, start=start,
                        surface=view.span_text(start, m.end), form="open", entry=None)
        view.mentions[:] = [named if o is m else o for o in view.mentions
                            if o is m or not (start <= o.start and o.end <= c + 1)]
