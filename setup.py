"""The metadata is in pyproject.toml. This file adds one thing: with ``REKG_MYPYC=1`` (what
``make fast`` sets) the extraction pipeline, ``rekg/extract`` with the tokenizer and the
lexicon it reads, is compiled to C with mypyc, which runs the same code faster. Without it
the build is pure Python.
"""

from __future__ import annotations

import os
from pathlib import Path

from setuptools import setup

# Left to the interpreter: modules that define pydantic models (mypyc cannot compile their
# classes), the word set that subclasses frozenset, and training, which needs scikit-learn.
PURE = frozenset({"rekg/extract/patterns.py", "rekg/extract/scorer/train.py"})


# what the pipeline reads per word besides its own stages: tokens and lexicon lookups
READ_PER_WORD = ("rekg/loaders/text.py", "rekg/loaders/lexicon.py")


def compiled_modules(root: Path = Path()) -> list[str]:
    """The modules to compile, as paths relative to ``root``, the checkout."""
    modules = list(READ_PER_WORD)
    for path in sorted((root / "rekg" / "extract").rglob("*.py")):
        name = path.relative_to(root).as_posix()
        if path.name == "__init__.py" or name in PURE or "BaseModel" in path.read_text():
            continue
        modules.append(name)
    return modules


def extensions() -> list[object]:
    if os.environ.get("REKG_MYPYC") != "1":
        return []
    from mypyc.build import mypycify

    return list(mypycify(compiled_modules(), opt_level="3", multi_file=True))


if __name__ == "__main__":  # as pip's build runs it; tests import compiled_modules
    setup(ext_modules=extensions())
