"""Extraction speed of two checkouts compared in one process: a ratio a busy machine cannot skew.

``extract_bench.py`` run old and new in turn swings by 20% and more when other jobs share the
machine: each run sees another load. Here both checkouts' ``rekg`` packages are copied under
other names (``rekg_a``, ``rekg_b``) and imported side by side; every article is extracted by
one and then the other, several passes over the corpus, and each article's best CPU time is
kept. Both see the same load at the same moments, and the best of several passes drops the
moments another job took the core. Run it from a checkout (for ``benchmarks/corpus.py``):

    .venv/bin/python benchmarks/extract_ab.py OLD_CHECKOUT NEW_CHECKOUT [--articles N]
                                              [--passes P]

Two copies of the same checkout differ by about 1%: smaller ratios are noise.
"""

from __future__ import annotations

import argparse
import importlib
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from rekg.loaders.text import words

_NAMES = ("rekg_a", "rekg_b")


def _copy(checkout: Path, name: str, into: Path) -> None:
    """``checkout/rekg`` copied to ``into/name``, every import of ``rekg`` renamed."""
    target = into / name
    shutil.copytree(checkout / "rekg", target,
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    rename = re.compile(r"\brekg(?=\.[a-z_]|\s+import\b)")
    for path in target.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        path.write_text(rename.sub(name, text), encoding="utf-8")


def _runner(name: str, docs: list[Any]) -> tuple[Any, list[Any]]:
    """The package's ``extract`` and the corpus as its own Document objects, warmed up."""
    extract = importlib.import_module(f"{name}.extract").extract
    document = importlib.import_module(f"{name}.loaders.document").Document
    mine = [document(**doc.model_dump()) for doc in docs]
    for doc in mine[:2]:
        extract(doc)
    return extract, mine


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old", type=Path, help="checkout holding the baseline rekg/")
    parser.add_argument("new", type=Path, help="checkout holding the changed rekg/")
    parser.add_argument("--articles", type=int, default=150)
    parser.add_argument("--passes", type=int, default=5)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from corpus import generate_corpus

    docs = generate_corpus(args.articles, seed=args.seed)
    total_words = sum(len(words(doc.text)) for doc in docs)
    with tempfile.TemporaryDirectory() as folder:
        for checkout, name in zip((args.old, args.new), _NAMES, strict=True):
            _copy(checkout.resolve(), name, Path(folder))
        sys.path.insert(0, folder)  # kept while extracting: some stages import late
        runners = [_runner(name, docs) for name in _NAMES]
        best = [[float("inf")] * len(docs) for _ in runners]
        clock = time.process_time_ns
        for number in range(args.passes):
            order = [0, 1] if number % 2 == 0 else [1, 0]  # neither always goes first
            for k in range(len(docs)):
                for j in order:
                    extract, mine = runners[j]
                    started = clock()
                    extract(mine[k])
                    spent = clock() - started
                    if spent < best[j][k]:
                        best[j][k] = spent
    old, new = (total_words / (sum(times) / 1e9) for times in best)
    print(f"{len(docs)} articles, {total_words} words, best of {args.passes} passes per article")
    print(f"old {old:,.0f} words/second, new {new:,.0f} words/second, ratio {new / old:.3f}")


if __name__ == "__main__":
    main()
