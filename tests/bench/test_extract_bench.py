"""``benchmarks/extract_bench.py --stages``: one CPU figure per pipeline stage."""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "benchmarks"))

from extract_bench import stage_times  # noqa: E402

from corpus import generate_corpus  # noqa: E402
from rekg.extract import pipeline  # noqa: E402


def test_stage_times_name_every_stage_in_pipeline_order() -> None:
    spent = stage_times(generate_corpus(2, seed=3))
    assert list(spent) == [stage.__module__.rsplit(".", 1)[-1] for stage in pipeline.stages()]
    names = list(spent)
    assert names[0] == "tokens" and names[-1] == "fragment"
    assert names.index("mentions") < names.index("candidates") < names.index("modality")
    assert all(seconds >= 0 for seconds in spent.values()) and sum(spent.values()) > 0
