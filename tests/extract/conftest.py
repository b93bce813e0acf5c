"""Fixtures for the extraction pipeline tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import rekg.extract.candidates as candidates


@pytest.fixture
def patterns_only() -> Iterator[None]:
    """Run the pipeline without the trained scorer, so a test sees what the patterns give."""
    saved = candidates.USE_SCORER
    candidates.USE_SCORER = False
    yield
    candidates.USE_SCORER = saved
