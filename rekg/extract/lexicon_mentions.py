"""Part of the mentions stage: lexicon entries found in a sentence, longest match first on
singular lower-case words, and the places (a capital after "in", a place of the lexicon) among
them; a surface form written with capitals only matches text with the same capitals."""

from __future__ import annotations

from rekg.extract.context import Mention, Place, SentenceView
from rekg.loaders.lexicon import Lexicon, Surface
from rekg.loaders.text import Token
from rekg.schema import Label

LOCATIVE = frozenset({"in", "at", "near", "to", "from", "outside", "inside", "via", "into"})


def case_ok(tokens: list[Token], surface: Surface) -> bool:
    brand = surface.entry.label in (Label.ORGANIZATION, Label.PRODUCT)
    for k, (token, word) in enumerate(zip(tokens, surface.words, strict=False)):
        if brand and len(word) > 3 and token.text[0].isupper() and word[0].isupper():
            continue  # brands vary their capitals: "NVIDIA" and "Nvidia", "KUKA" and "Kuka"
        if brand and k > 0 and len(word) > 3 and token.text.lower() == word.lower() \
                and tokens[0].text.isupper():
            continue  # "SK hynix" and "SK Hynix", but not "an Australian rare earths developer"
        if word[0].isupper() and not token.text[0].isupper():
            return False
        if len(word) > 1 and word.isupper() and not token.text.rstrip("s").isupper():
            return False
        if len(word) == len(token.text) > 2 and token.text.isupper() and not word.isupper():
            return False
    return True


def _surface_at(view: SentenceView, lexicon: Lexicon, i: int) -> tuple[Surface | None, int]:
    """The longest lexicon entry that starts at word ``i``, and its length in words."""
    low, tokens = view.words, view.tokens
    top = min(lexicon.max_words.get(low[i], 0), len(low) - i)
    for size in range(top if top < 2 or tuple(low[i:i + 2]) in lexicon.first_pairs else 1, 0,
                      -1):
        surface = lexicon.surfaces.get(tuple(low[i:i + size]))
        if surface is not None and (size == 1 or all(
                view.gaps[k] in ("", "-", "'", "’", "&") or (
                    view.gaps[k] == "." and len(tokens[k - 1].text) == 1)
                for k in range(i + 1, i + size))) and (
                not surface.case_sensitive or case_ok(tokens[i:i + size], surface)):
            return surface, size
    return None, 0


def _overtaken(view: SentenceView, lexicon: Lexicon, i: int, size: int) -> bool:
    """A longer entry starts inside the one at ``i`` and ends after it, with no gap but a space
    or hyphen between: in "advanced semiconductor manufacturing equipment" the equipment, not
    "advanced semiconductor"."""
    for j in range(i + 1, i + size):
        if view.words[j] not in lexicon.max_words:
            continue
        other, length = _surface_at(view, lexicon, j)
        if other is not None and length > size and j + length > i + size:
            return True
    return False


def lexicon_mentions(view: SentenceView, lexicon: Lexicon) -> None:
    low, tokens = view.words, view.tokens
    n = len(low)
    place_first, max_words = lexicon.place_first, lexicon.max_words
    i = 0
    while i < n:
        if low[i] not in max_words and low[i] not in place_first:
            i += 1  # most words start no entry: skip the span search
            continue
        place_len = 0
        for size in range(min(place_first.get(low[i], 0), n - i), 0, -1):
            if tuple(low[i:i + size]) in lexicon.places and tokens[i].text[0].isupper():
                place_len = size
                break
        found, size = _surface_at(view, lexicon, i)
        if found is not None and not place_len and _overtaken(view, lexicon, i, size):
            i += 1  # "advanced semiconductor manufacturing equipment": the longer entry wins
            continue
        if place_len and (found is None or place_len > size):
            key = tuple(low[i:i + place_len])
            view.places.append(Place(i, i + place_len, view.span_text(i, i + place_len),
                                     lexicon.places[key]))
            i += place_len
            continue
        if found is None:
            i += 1
            continue
        entry = found.entry
        before = low[i - 1] if i else ""
        if found.form == "capital" and before in LOCATIVE:
            view.places.append(Place(i, i + size, view.span_text(i, i + size),
                                     str(entry.properties.get("iso2", ""))))
        elif entry.label is Label.PRODUCT and i + size < n and low[i + size] in (
                "material", "mineral", "metal"):
            pass  # "battery materials" are not batteries
        elif found.form == "demonym" and i + size < n and low[i + size] in (
                "meeting", "summit", "talk", "venue", "round", "session"):
            pass  # "a previous Swiss meeting" says where, not who
        elif entry.label is Label.COUNTRY and before == "non" and view.gaps[i] == "-":
            pass  # "a non-Chinese source" names everyone but China
        else:
            view.mentions.append(Mention(
                entry.label, entry.id, entry.name, i, i + size, view.span_text(i, i + size),
                found.form, kind=entry.properties.get("kind") or entry.properties.get("sector"),
                entry=entry))
        i += size
