"""Rule-based extraction: a Document in, a GraphFragment out.

Sentences are matched against the lexicon (longest match), unseen organisations, people and
agreements are recognised by cue words, simple anaphora is resolved, and sentence-level rules
over trigger words and the order of entities give the relationships (see ``rekg.loaders.rules``).
Every relationship carries the article id, the sentence and a confidence.
"""

from __future__ import annotations

from rekg.loaders.document import Document
from rekg.loaders.lexicon import Lexicon, load_lexicon
from rekg.loaders.rules import ArticleState
from rekg.loaders.text import split_sentences
from rekg.schema import GraphFragment


def extract(doc: Document, lexicon: Lexicon | None = None) -> GraphFragment:
    """The nodes and relationships one document supports, with the Article node and MENTIONS."""
    state = ArticleState(doc, lexicon or load_lexicon())
    for start, end in split_sentences(doc.text):
        state.add_sentence(doc.text[start:end])
    return state.finish()
