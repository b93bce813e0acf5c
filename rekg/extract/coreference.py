"""Stage 3: coreference. Surnames, "the company", "the ministry", "the list", "the measure"."""

from __future__ import annotations

from rekg.extract.context import ArticleContext


def run(ctx: ArticleContext) -> None:
    return None
