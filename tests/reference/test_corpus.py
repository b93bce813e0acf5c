"""The synthetic benchmark corpus is deterministic, distinct and article-shaped."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

from rekg.loaders.document import Document

CORPUS_PY = Path(__file__).resolve().parents[2] / "benchmarks" / "corpus.py"


@pytest.fixture(scope="module")
def corpus() -> ModuleType:
    spec = importlib.util.spec_from_file_location("rekg_benchmark_corpus", CORPUS_PY)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_same_seed_gives_the_same_articles(corpus: ModuleType) -> None:
    first = corpus.generate_corpus(20, seed=7)
    again = corpus.generate_corpus(20, seed=7)
    other = corpus.generate_corpus(20, seed=8)

    assert [d.text for d in first] == [d.text for d in again]
    assert [d.text for d in first] != [d.text for d in other]


def test_articles_are_distinct_documents_in_article_format(corpus: ModuleType) -> None:
    documents = corpus.generate_corpus(200, seed=0)

    assert len(documents) == 200
    assert all(isinstance(doc, Document) for doc in documents)
    assert len({doc.id for doc in documents}) == 200
    for doc in documents:
        headline, date, blank, *body = doc.text.splitlines()
        assert headline == doc.title
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", date) and date == doc.published
        assert blank == ""
        assert 250 <= len(" ".join(body).split()) <= 460


def test_articles_use_the_domain_vocabulary(corpus: ModuleType) -> None:
    text = " ".join(doc.text for doc in corpus.generate_corpus(50, seed=1))

    for word in ("China", "dysprosium", "NdFeB magnets", "electric vehicles", "tariff",
                 "suspended", "not included"):
        assert word in text


def test_zero_articles_and_negative_count(corpus: ModuleType) -> None:
    assert corpus.generate_corpus(0) == []
    with pytest.raises(ValueError, match="n must be 0 or more"):
        corpus.generate_corpus(-1)


def test_write_corpus_writes_readable_files(corpus: ModuleType, tmp_path: Path) -> None:
    documents = corpus.generate_corpus(3, seed=2)

    paths = corpus.write_corpus(documents, tmp_path / "out")

    assert [p.name for p in paths] == ["00000.txt", "00001.txt", "00002.txt"]
    assert paths[1].read_text("utf-8") == documents[1].text
    assert corpus.corpus_words(documents) == sum(len(d.text.split()) for d in documents)
