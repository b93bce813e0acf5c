"""ingest(): real files through the real extractor into real stores; idempotent, atomic."""

from __future__ import annotations

import io
from pathlib import Path

from rekg.errors import InputError
from rekg.graph.embedded_store import EmbeddedStore
from rekg.graph.store import Store
from rekg.loaders.document import Document
from rekg.loaders.extract import extract
from rekg.loaders.extraction import MIN_PARALLEL_ARTICLES
from rekg.loaders.ingest import ingest
from rekg.schema import GraphFragment

DATA = Path(__file__).parent / "data"
ARTICLES = DATA / "articles"


def test_ingest_counts_and_second_ingest_adds_nothing(store: Store) -> None:
    first = ingest(store, [str(ARTICLES), str(DATA / "broken" / "empty.txt")])
    assert (first.files, first.articles, first.articles_new, first.articles_existing) == (
        6, 5, 5, 0
    )
    assert [str(w) for w in first.warnings] == [
        f"{DATA / 'broken' / 'empty.txt'}: is empty: nothing to read"
    ]
    nodes, relationships = store.counts()
    assert first.entities > 0 and first.relationships > 0
    assert nodes == first.entities + 5
    assert relationships == first.relationships

    second = ingest(store, [str(ARTICLES)])
    assert (second.files, second.articles, second.articles_new, second.articles_existing) == (
        5, 5, 0, 5
    )
    assert (second.entities, second.relationships, second.warnings) == (0, 0, [])
    assert store.counts() == (nodes, relationships)


def test_article_nodes_carry_title_date_url_and_path(store: Store) -> None:
    ingest(store, [str(ARTICLES / "dated.txt"), str(DATA / "json" / "single.json")])
    rows = store.read(
        "MATCH (a:Article) RETURN a.title, a.published, a.url, a.path ORDER BY a.title"
    ).rows
    assert rows == [
        ["Malaysia weighs a ban on raw rare earth exports", "2025-09-14",
         "https://example.org/malaysia-ban", str(DATA / "json" / "single.json")],
        ["Tokyo studies stockpile as Chinese dysprosium licences slow", "2025-05-12", None,
         str(ARTICLES / "dated.txt")],
    ]


def test_articles_mention_what_was_extracted_from_them(store: Store) -> None:
    ingest(store, [str(ARTICLES / "dated.txt")])
    mentioned = store.read(
        "MATCH (a:Article)-[:MENTIONS]->(n) RETURN n.id ORDER BY n.id"
    ).rows
    ids = [row[0] for row in mentioned]
    assert "country:jp" in ids
    assert "country:cn" in ids
    nodes, _ = store.counts()
    assert len(ids) == nodes - 1, "every extracted node is mentioned by its article"


def test_same_article_twice_in_one_batch_is_one_article(store: Store) -> None:
    path = str(ARTICLES / "dated.txt")
    summary = ingest(store, [path, path])
    assert (summary.articles, summary.articles_new, summary.articles_existing) == (2, 1, 1)
    assert store.read("MATCH (a:Article) RETURN count(a)").rows == [[1]]


def test_failed_extraction_leaves_nothing_of_that_article(store: Store) -> None:
    def refuses_tokyo(document: Document) -> GraphFragment:
        fragment = extract(document)
        if "Tokyo" in (document.title or ""):
            raise InputError("this extractor refuses articles about Tokyo")
        return fragment

    summary = ingest(store, [str(ARTICLES / "dated.txt"), str(ARTICLES / "undated.txt")],
                     extractor=refuses_tokyo)
    assert (summary.articles, summary.articles_new) == (2, 1)
    assert [str(w) for w in summary.warnings] == [
        f"{ARTICLES / 'dated.txt'}: could not be extracted (this extractor refuses articles "
        "about Tokyo): nothing from this article was stored"
    ]
    titles = store.read("MATCH (a:Article) RETURN a.title").rows
    assert titles == [["Vietnam courts investors for its rare earth deposits"]]
    japan = store.read("MATCH (c:Country {id: 'country:jp'}) RETURN count(c)").rows
    assert japan == [[0]], "Japan appears only in the refused article"


def test_an_extraction_bug_on_one_article_warns_and_the_batch_goes_on(store: Store) -> None:
    def breaks_on_tokyo(document: Document) -> GraphFragment:
        if "Tokyo" in (document.title or ""):
            raise KeyError("material:none")
        return extract(document)

    summary = ingest(store, [str(ARTICLES / "dated.txt"), str(ARTICLES / "undated.txt")],
                     extractor=breaks_on_tokyo)
    assert (summary.articles, summary.articles_new) == (2, 1)
    assert [str(w) for w in summary.warnings] == [
        f"{ARTICLES / 'dated.txt'}: could not be extracted (internal error KeyError: "
        "'material:none'; please report it with the article): nothing from this article was "
        "stored"
    ]
    assert store.read("MATCH (a:Article) RETURN count(a)").rows == [[1]]


def test_progress_and_warnings_are_reported_as_they_happen(store: Store) -> None:
    progress: list[tuple[int, int]] = []
    warned: list[str] = []
    ingest(
        store,
        [str(DATA / "broken" / "binary.txt"), str(DATA / "json" / "list.json"),
         str(ARTICLES / "dated.txt")],
        progress=lambda done, total: progress.append((done, total)),
        on_warning=lambda warning: warned.append(warning.path),
    )
    assert progress == [(1, 3), (2, 3), (3, 3)]
    assert warned == [str(DATA / "broken" / "binary.txt")] + [str(DATA / "json" / "list.json")] * 3


def test_ingest_from_stdin(store: Store) -> None:
    feed = (DATA / "feeds" / "updates.atom").read_bytes()
    summary = ingest(store, ["-"], stdin=io.BytesIO(feed))
    assert (summary.files, summary.articles, summary.articles_new) == (1, 2, 2)
    rows = store.read("MATCH (a:Article) RETURN a.title, a.path ORDER BY a.title").rows
    assert rows == [
        ["Canada adds rare earths to its critical minerals list", None],
        ["Germany backs a magnet plant", None],
    ]


def test_nothing_readable_reads_no_article(store: Store) -> None:
    summary = ingest(store, [str(DATA / "broken")])
    assert summary.articles == 0
    assert len(summary.warnings) == 13
    assert store.counts() == (0, 0)


def _graph(store: Store) -> tuple[list[str], list[str]]:
    nodes = sorted(repr(sorted(node.items())) for node in store.iter_nodes())
    links = sorted(repr(sorted(link.items())) for link in store.iter_relationships())
    return nodes, links


def test_extraction_in_worker_processes_gives_the_graph_of_one_process(
    tmp_path: Path, embedded_store: Store
) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    texts = sorted(ARTICLES.glob("*.txt"))
    for number in range(MIN_PARALLEL_ARTICLES + 4):
        source = texts[number % len(texts)].read_text()
        (folder / f"{number:02}.txt").write_text(f"{source}\nEdition {number}.\n")
    (folder / "15-binary.txt").write_bytes(b"\x00\x01\x02")
    serial = ingest(embedded_store, [str(folder)], jobs=1)
    with EmbeddedStore(tmp_path / "parallel.db") as parallel_store:
        parallel = ingest(parallel_store, [str(folder)], jobs=2)
        assert _graph(parallel_store) == _graph(embedded_store)
    assert parallel.as_dict() == serial.as_dict()
    assert parallel.articles_new == MIN_PARALLEL_ARTICLES + 4
    assert [w.path for w in parallel.warnings] == [str(folder / "15-binary.txt")]
