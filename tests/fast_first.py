"""A pytest plugin for running the extraction tests against the fast build (``make test`` does,
after the whole suite): with ``PYTHONPATH=build/fast:.`` it imports rekg from the fast build
before the conftest files put the checkout first, and stops the run if that rekg is not
compiled, so that the run cannot test the interpreted code by mistake."""

from __future__ import annotations

import pytest

import rekg
from rekg.extract import compiled


def pytest_configure(config: pytest.Config) -> None:
    if not compiled():
        raise pytest.UsageError(f"rekg in {rekg.__file__} is not the fast build: run make fast "
                                "and put build/fast first in PYTHONPATH")
