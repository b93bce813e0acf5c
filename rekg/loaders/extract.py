"""Rule-based extraction: a Document in, a GraphFragment out.

Sentences are matched against the lexicon (longest match), unseen organisations, people and
agreements are recognised by cue words, simple anaphora is resolved, and sentence-level rules
over trigger words and the order of entities give the relationships (see ``rekg.loaders.rules``).
Every relationship carries the article id, the sentence and a confidence.
"""

from __future__ import annotations

import re

from rekg.loaders.document import Document
from rekg.loaders.lexicon import Lexicon, load_lexicon
from rekg.loaders.rules import ArticleState
from rekg.loaders.text import split_sentences
from rekg.schema import GraphFragment


def extract(doc: Document, lexicon: Lexicon | None = None) -> GraphFragment:
    """The nodes and relationships one document supports, with the Article node and MENTIONS."""
    state = ArticleState(doc, lexicon or load_lexicon())
    for sentence in _join_short_bullets([doc.text[a:b] for a, b in split_sentences(doc.text)]):
        state.add_sentence(sentence)
    return state.finish()


_BULLET = re.compile(r"^\s*(?:[-•*–]|\d+[.)])\s+")


def _join_short_bullets(sentences: list[str]) -> list[str]:
    """'... components, including:' followed by short bullet lines reads as one list."""
    joined: list[str] = []
    open_list = False
    for sentence in sentences:
        bullet = _BULLET.match(sentence)
        item = sentence[bullet.end():].strip().rstrip(".;,").strip() if bullet else ""
        if bullet and open_list and len(item.split()) <= 10:
            item = re.sub(r"^(?:and|or)\s+", "", item)
            joined[-1] = f"{joined[-1]}{' ' if joined[-1].endswith(':') else ', '}{item}"
            continue
        joined.append(sentence)
        open_list = sentence.rstrip().endswith(":")
    return joined
