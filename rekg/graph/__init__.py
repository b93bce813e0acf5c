"""The graph: stores, merging, exports.

Names load on first use so that importing a light module of this package (``result``) does
not open the stores' dependencies.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rekg.graph.store import MergeStats, QueryResult, Store
    from rekg.graph.stores import open_store

__all__ = ["MergeStats", "QueryResult", "Store", "open_store"]


def __getattr__(name: str) -> Any:
    if name == "open_store":
        return getattr(importlib.import_module("rekg.graph.stores"), name)
    if name in __all__:
        return getattr(importlib.import_module("rekg.graph.store"), name)
    raise AttributeError(f"module 'rekg.graph' has no attribute {name!r}")
