"""``benchmarks/extract_ab.py``: two checkouts' extraction timed in one process."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "benchmarks"))

from extract_ab import _copy  # noqa: E402


def test_copy_renames_every_import_of_the_package(tmp_path: Path) -> None:
    _copy(REPO, "rekg_a", tmp_path)
    texts = [p.read_text(encoding="utf-8") for p in (tmp_path / "rekg_a").rglob("*.py")]
    assert any("from rekg_a.extract" in t for t in texts)
    assert not any("from rekg." in t or "import rekg." in t or "from rekg import" in t
                   for t in texts)
    assert (tmp_path / "rekg_a" / "extract" / "scorer" / "weights.json").exists()


def test_a_checkout_against_itself_gives_a_ratio() -> None:
    done = subprocess.run([sys.executable, str(REPO / "benchmarks" / "extract_ab.py"), str(REPO),
                           str(REPO), "--articles", "2", "--passes", "1"],
                          capture_output=True, text=True, check=True, cwd=REPO)
    assert "ratio" in done.stdout and "words/second" in done.stdout
