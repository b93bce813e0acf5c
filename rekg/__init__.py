"""rekg: a rare-earth supply-chain knowledge graph."""

__version__ = "0.1.0"
