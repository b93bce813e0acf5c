"""The graph: stores, merging, exports."""

from rekg.graph.store import MergeStats, QueryResult, Store, open_store

__all__ = ["MergeStats", "QueryResult", "Store", "open_store"]
