"""How fast rekg reads sources, per format, and ingests them end to end (one core).

Writes the synthetic corpus of ``benchmarks/corpus.py`` to a temporary folder as .txt files,
.html pages wrapped in typical page furniture, one .jsonl file and one RSS feed; then times
``read_sources`` over each (documents and megabytes per second) and ``ingest`` of the .txt
folder into a fresh embedded store (articles per second, extraction and merge included).

    .venv/bin/python benchmarks/sources_throughput.py 500 --seed 0
"""

from __future__ import annotations

import argparse
import html
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import generate_corpus
from rekg.graph.embedded_store import EmbeddedStore
from rekg.loaders.document import Document
from rekg.loaders.ingest import ingest
from rekg.loaders.sources import SourceWarning, read_sources

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title} | Wire</title>
<meta property="og:title" content="{title}">
<meta property="article:published_time" content="{published}T08:00:00Z">
<link rel="canonical" href="https://example.org/{number}"><script>var t = {number};</script>
</head><body><div class="cookie-banner">We use cookies. <button>OK</button></div>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/m">Markets</a></li></ul></nav></header>
<main><article><h1>{title}</h1><div class="share"><a href="#">Share</a> <a href="#">Email</a></div>
{paragraphs}<div class="related"><h3>Related</h3><ul><li><a href="/x">Other story</a></li>
<li><a href="/y">Another story</a></li></ul></div></article></main>
<aside class="sidebar">Most read</aside><footer>Copyright</footer></body></html>
"""


def _body(doc: Document) -> str:
    return doc.text.split("\n\n", 1)[1].strip()


def write_corpus(documents: list[Document], root: Path) -> dict[str, list[str]]:
    """The corpus in each format; returns the paths to read per format."""
    for folder in ("txt", "html"):
        (root / folder).mkdir()
    jsonl = root / "articles.jsonl"
    items = []
    with jsonl.open("w", encoding="utf-8") as lines:
        for number, doc in enumerate(documents):
            body = _body(doc)
            (root / "txt" / f"{number:05d}.txt").write_text(doc.text, encoding="utf-8")
            paragraphs = "".join(f"<p>{html.escape(p)}</p>\n" for p in body.split("\n\n"))
            (root / "html" / f"{number:05d}.html").write_text(
                PAGE.format(title=html.escape(doc.title or ""), published=doc.published,
                            number=number, paragraphs=paragraphs),
                encoding="utf-8",
            )
            lines.write(json.dumps({"title": doc.title, "published": doc.published,
                                    "url": f"https://example.org/{number}", "text": body}) + "\n")
            items.append(
                f"<item><title>{html.escape(doc.title or '')}</title>"
                f"<link>https://example.org/{number}</link><pubDate>{doc.published}</pubDate>"
                f"<description>{html.escape(paragraphs)}</description></item>"
            )
    feed = root / "feed.rss"
    feed.write_text('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
                    "<title>Wire</title>" + "".join(items) + "</channel></rss>", encoding="utf-8")
    return {"txt": [str(root / "txt")], "html": [str(root / "html")], "jsonl": [str(jsonl)],
            "rss": [str(feed)]}


def _size(paths: list[str]) -> int:
    total = 0
    for raw in paths:
        path = Path(raw)
        files = path.rglob("*") if path.is_dir() else [path]
        total += sum(f.stat().st_size for f in files if f.is_file())
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, nargs="?", default=500, help="articles (default 500)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    documents = generate_corpus(args.n, seed=args.seed)
    words = sum(len(_body(doc).split()) for doc in documents)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        formats = write_corpus(documents, root)
        print(f"{args.n} articles, {words:,} words of body text (seed {args.seed})")
        print(f"{'format':8} {'documents':>9} {'seconds':>8} {'docs/s':>9} {'MB/s':>7}")
        for name, paths in formats.items():
            start = time.perf_counter()
            read = [item for item in read_sources(paths) if not isinstance(item, SourceWarning)]
            seconds = time.perf_counter() - start
            assert len(read) == args.n, (name, len(read))
            megabytes = _size(paths) / 1e6
            print(f"{name:8} {len(read):9d} {seconds:8.2f} {len(read) / seconds:9.0f} "
                  f"{megabytes / seconds:7.1f}")
        with EmbeddedStore(root / "graph.db") as store:
            start = time.perf_counter()
            summary = ingest(store, formats["txt"])
            seconds = time.perf_counter() - start
        print(f"ingest of the .txt folder into a fresh embedded store: {summary.articles} "
              f"articles in {seconds:.1f} s = {summary.articles / seconds:.1f} articles/s, "
              f"{words / seconds:,.0f} words/s ({summary.entities} entities, "
              f"{summary.relationships} relationships added)")


if __name__ == "__main__":
    main()
