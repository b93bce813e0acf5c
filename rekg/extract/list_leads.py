"""Bullet lines read with the line that leads them.

A line that ends in a colon after a word whose clause its list completes ("Norvik Metals has
offtake agreements with:", "Its customers include:"; ``list_lead_words``) leads the bullet or
numbered lines under it in the same paragraph. Short items are already folded into the lead
(``tokens``); a longer line ("- Hyundai Motor, for 1,500 tonnes a year from 2027") stays a
sentence of its own, and here takes the lead's words before its item, so that the relation
patterns and the modality cues of the lead ("has not signed", "plans to sign") read it as one
sentence. The bullet stays at the front for the stages that read bullet lines.

A lead that names a measure is left to ``measure_lists``, which reads its items apart, and a
lead ending in "to" leads items of its own clause ("the companies intend to:" / "- supply ...")
unless the item opens with a name.
"""

from __future__ import annotations

import re

from rekg.extract.context import ArticleContext
from rekg.extract.patterns import word_sets
from rekg.extract.tokens import make_view
from rekg.extract.trigger_mentions import trigger_mentions
from rekg.loaders.lexicon import Lexicon
from rekg.schema import Label

_BULLET = re.compile(r"^\s*(?:[-•*–]|\(?\d{1,2}[.)]|\([a-z]\))\s+")
_NUMBER = re.compile(r"\s*\d{1,2}[.)]\s*")  # "2." that the sentence splitter parts from "Hyundai"
_INFINITIVE = "to"


def _leads(text: str, words: list[str], lexicon: Lexicon) -> bool:
    if not text.rstrip().endswith(":") or not words \
            or words[-1] not in word_sets()["list_lead_words"]:
        return False
    view = make_view(0, text)
    trigger_mentions(view, lexicon)
    return not view.of(Label.RESTRICTION)


def run(ctx: ArticleContext) -> None:
    lead: str | None = None
    infinitive = False
    paragraph = -1
    number = ""  # the sentence before was only a list number
    for k, view in enumerate(ctx.sentences):
        bullet = _BULLET.match(view.text)
        marker, item = (number, view.text) if number else (
            (view.text[:bullet.end()], view.text[bullet.end():]) if bullet else ("", ""))
        number = view.text.strip() + " " if lead is not None and _NUMBER.fullmatch(
            view.text) else ""
        if number:
            continue
        if lead is not None and view.paragraph == paragraph:
            if marker:
                if not infinitive or item[:1].isupper() or item[:1].isdigit():
                    text = f"{marker}{lead} {item}"
                    ctx.sentences[k] = make_view(view.index, text, view.paragraph)
                continue
            if not view.text.rstrip().endswith(":"):
                continue  # a sentence that goes on along a bullet line
        lead = view.text.strip() if not marker and _leads(
            view.text, view.words, ctx.lexicon) else None
        infinitive = view.words[-1:] == [_INFINITIVE]
        paragraph = view.paragraph
