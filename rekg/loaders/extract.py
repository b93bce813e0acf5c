"""The extraction entry point that ingest, eval and the benchmarks call.

Extraction is the staged pipeline of ``rekg.extract`` (its order is written once, in
``rekg.extract.pipeline.stages``), with its patterns kept as data.
"""

from __future__ import annotations

from rekg.extract import extract

__all__ = ["extract"]
