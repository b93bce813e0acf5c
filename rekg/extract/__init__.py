"""Extraction: a Document in, a GraphFragment out, through a pipeline of small stages
(``rekg.extract.pipeline``), with its patterns kept as data in ``rekg/extract/patterns``."""

from __future__ import annotations

from rekg import extraction_compiled as compiled
from rekg.extract.context import ArticleContext
from rekg.extract.explain import Explanation, explain_context
from rekg.extract.pipeline import mentions_for, run
from rekg.loaders.document import Document
from rekg.loaders.lexicon import Lexicon
from rekg.schema import GraphFragment


def extract(doc: Document, lexicon: Lexicon | None = None) -> GraphFragment:
    """The nodes and relationships one document supports, with the Article node and MENTIONS."""
    return run(doc, lexicon).fragment


def explain(doc: Document, lexicon: Lexicon | None = None) -> Explanation:
    """Every fact found with what produced it, and every refused candidate with its reason."""
    return explain_context(run(doc, lexicon))


__all__ = ["ArticleContext", "Explanation", "compiled", "explain", "extract", "mentions_for"]
