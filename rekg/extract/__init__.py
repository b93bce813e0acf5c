"""Extraction: a Document in, a GraphFragment out, through a pipeline of small stages
(``rekg.extract.pipeline``), with its patterns kept as data in ``rekg/extract/patterns``."""

from __future__ import annotations

from rekg.extract.context import ArticleContext
from rekg.extract.pipeline import mentions_for, run
from rekg.loaders.document import Document
from rekg.loaders.lexicon import Lexicon
from rekg.schema import GraphFragment


def extract(doc: Document, lexicon: Lexicon | None = None) -> GraphFragment:
    """The nodes and relationships one document supports, with the Article node and MENTIONS."""
    return run(doc, lexicon).fragment


def explain(doc: Document, lexicon: Lexicon | None = None) -> ArticleContext:
    """The whole context of one extraction: facts with their origin, refusals with reasons."""
    return run(doc, lexicon)


__all__ = ["explain", "extract", "mentions_for"]
