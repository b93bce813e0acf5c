"""The graph vocabulary: labels, relationship types, endpoint rules and node models.

The pydantic models load on first use (module ``__getattr__``), so that importing the light
parts (ids) does not build them: the command line's start-up depends on it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from rekg.schema.ids import make_id, short_hash, slugify

_ID_NAMES = frozenset({"make_id", "short_hash", "slugify"})

if TYPE_CHECKING:
    from rekg.schema.model import (
        ACTIVE_RESTRICTION_STATUSES,
        ENDPOINTS,
        NODE_MODELS,
        Agreement,
        Article,
        Country,
        GraphFragment,
        Label,
        Material,
        Node,
        NodeBase,
        Organization,
        Person,
        Product,
        PropertyValue,
        Relationship,
        RelType,
        Restriction,
        check_endpoints,
        make_node,
        node_id,
        relate,
    )


def __getattr__(name: str) -> Any:
    if name in __all__ and name not in _ID_NAMES:
        return getattr(importlib.import_module("rekg.schema.model"), name)
    raise AttributeError(f"module 'rekg.schema' has no attribute {name!r}")


__all__ = [
    "ACTIVE_RESTRICTION_STATUSES",
    "ENDPOINTS",
    "NODE_MODELS",
    "Agreement",
    "Article",
    "Country",
    "GraphFragment",
    "Label",
    "Material",
    "Node",
    "NodeBase",
    "Organization",
    "Person",
    "Product",
    "PropertyValue",
    "RelType",
    "Relationship",
    "Restriction",
    "check_endpoints",
    "make_id",
    "make_node",
    "node_id",
    "relate",
    "short_hash",
    "slugify",
]
