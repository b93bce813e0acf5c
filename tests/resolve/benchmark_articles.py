"""The benchmark corpus generator (benchmarks/corpus.py) for resolution tests."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

CORPUS_PY = Path(__file__).resolve().parents[2] / "benchmarks" / "corpus.py"


def corpus_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("rekg_benchmark_corpus_resolve", CORPUS_PY)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def write_benchmark_articles(count: int, seed: int, out: Path) -> list[Path]:
    """``count`` generated benchmark articles as NAME.txt files in ``out``, sorted."""
    module = corpus_module()
    module.write_corpus(module.generate_corpus(count, seed=seed), out)
    return sorted(out.glob("*.txt"))
