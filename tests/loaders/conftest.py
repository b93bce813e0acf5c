"""Fixtures for the loader tests: the shared annotated articles, read at run time."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
DEV_ARTICLES = sorted((SHARED / "eval" / "dev").glob("*.txt"))


@pytest.fixture(params=DEV_ARTICLES, ids=[p.stem for p in DEV_ARTICLES])
def shared_dev_article(request: pytest.FixtureRequest) -> Path:
    path: Path = request.param
    return path
