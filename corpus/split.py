"""Assign annotated articles to train, dev and test by a seeded hash of their names.

Usage: python corpus/split.py [WRITER...]   (moves corpus/incoming/WRITER/NAME.{txt,gold.json}, all
writers by default, into
corpus/{train,dev,test}/ and records the assignment in corpus/split.json)

The assignment depends only on the article's name and the seed, so it is reproducible and
does not depend on what the article says: nobody picks which articles are blind.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sys
from pathlib import Path

SEED = "rekg-corpus-2026"
SHARES = (("train", 0.60), ("dev", 0.18), ("test", 0.22))
ROOT = Path(__file__).resolve().parent


def split_of(name: str) -> str:
    digest = hashlib.sha256(f"{SEED}:{name}".encode()).digest()
    point = int.from_bytes(digest[:8], "big") / 2**64
    total = 0.0
    for split, share in SHARES:
        total += share
        if point < total:
            return split
    return SHARES[-1][0]


def main(writers: list[str]) -> None:
    record_path = ROOT / "split.json"
    record: dict[str, str] = json.loads(record_path.read_text()) if record_path.exists() else {}
    incoming = ROOT / "incoming"
    texts = sorted(path for writer in writers or ["*"] for path in incoming.glob(f"{writer}/*.txt"))
    for text_path in texts:
        gold_path = text_path.with_name(text_path.stem + ".gold.json")
        if not gold_path.exists():
            print(f"skipped {text_path.name}: no gold file")
            continue
        split = split_of(text_path.stem)
        target = ROOT / split
        target.mkdir(exist_ok=True)
        shutil.move(str(text_path), target / text_path.name)
        shutil.move(str(gold_path), target / gold_path.name)
        record[text_path.stem] = split
    record_path.write_text(json.dumps(dict(sorted(record.items())), indent=1) + "\n")
    counts = {split: sum(1 for s in record.values() if s == split) for split, _ in SHARES}
    print(" ".join(f"{split}: {count}" for split, count in counts.items()))


if __name__ == "__main__":
    main(sys.argv[1:])
