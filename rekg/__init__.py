"""rekg: a rare-earth supply-chain knowledge graph."""

from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

__version__ = "0.1.0"


def extraction_compiled() -> bool:
    """Whether this rekg's extraction pipeline is the fast build's, compiled by mypyc (``make
    fast``): found by its file, without importing it (``rekg --version`` asks)."""
    folder = Path(__file__).resolve().parent / "extract"
    return any((folder / f"pipeline{suffix}").exists() for suffix in EXTENSION_SUFFIXES)
