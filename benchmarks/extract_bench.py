"""Extraction speed: words per second on one core over a generated corpus.

Two corpora: ``news`` (default) is the team's news-style corpus from ``benchmarks/corpus.py``;
``dense`` packs every sentence with lexicon entries (countries, materials, products,
organisations, people) and trigger words, so every rule family fires all the time. Run:

    .venv/bin/python benchmarks/extract_bench.py [--corpus news|dense] [--articles N] [--seed S]
                                                 [--stages]

``--stages`` also prints each pipeline stage's share of the CPU time (timed one stage call at
a time, so the total is a little above the plain run's).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

from rekg.extract import compiled, pipeline
from rekg.extract.context import ArticleContext
from rekg.loaders.document import Document
from rekg.loaders.extract import extract
from rekg.loaders.lexicon import load_lexicon
from rekg.loaders.text import words
from rekg.schema import Label

TEMPLATES = (
    "{country} placed {material} and {material2} under export licensing on {month} {day}.",
    "The measure covers {material} oxides and alloys, and magnets that contain them.",
    "{material} is used in {product} and {product2}, which makes it hard to replace.",
    "{org} said {country2} accounts for about {pct}% of global {material} refining.",
    "{title} {person} said the two sides reached a framework in {place} on {material}.",
    "{country2} imposed an extra {pct}% tariff on goods from {country}, officials said.",
    "{org} will buy {material} from {org2} under a new agreement signed on {month} {day}.",
    "Analysts said {material} was not included in the list and remains freely traded.",
    "The permanent magnets in {product} rely on {material} and {material2}.",
    "{country} suspended the controls on {material} for one year after talks in {place}.",
    "Shipments of {material} from {country} to {country2} fell sharply in {month}.",
    "Industry groups warned that carmakers could run out of magnets within weeks.",
)
MONTHS = ("January", "March", "April", "June", "October", "December")
PLACES = ("London", "Geneva", "Busan", "Kuala Lumpur", "Madrid", "Stockholm")
TITLES = ("Commerce Secretary", "Vice Premier", "Chief Executive", "Trade Minister")


def build_corpus(articles: int, seed: int) -> list[Document]:
    lexicon = load_lexicon()
    rng = random.Random(seed)
    by_label: dict[Label, list[str]] = {}
    for entry in lexicon.entries.values():
        by_label.setdefault(entry.label, []).append(entry.name)
    docs = []
    for number in range(articles):
        sentences = []
        for _ in range(rng.randint(12, 24)):
            template = rng.choice(TEMPLATES)
            sentences.append(template.format(
                country=rng.choice(by_label[Label.COUNTRY]),
                country2=rng.choice(by_label[Label.COUNTRY]),
                material=rng.choice(by_label[Label.MATERIAL]),
                material2=rng.choice(by_label[Label.MATERIAL]),
                product=rng.choice(by_label[Label.PRODUCT]),
                product2=rng.choice(by_label[Label.PRODUCT]),
                org=rng.choice(by_label[Label.ORGANIZATION]),
                org2=rng.choice(by_label[Label.ORGANIZATION]),
                person=rng.choice(by_label[Label.PERSON]),
                title=rng.choice(TITLES), place=rng.choice(PLACES),
                month=rng.choice(MONTHS), day=rng.randint(1, 28), pct=rng.randint(5, 95),
            ))
        docs.append(Document(text=" ".join(sentences), title=f"Generated article {number}"))
    return docs


def stage_times(docs: list[Document]) -> dict[str, float]:
    """CPU seconds spent in each stage of the pipeline over ``docs``."""
    lexicon = load_lexicon()
    stages = pipeline.stages()
    spent = dict.fromkeys((stage.__module__.rsplit(".", 1)[-1] for stage in stages), 0.0)
    for doc in docs:
        ctx = ArticleContext(doc, lexicon)
        for stage in stages:
            started = time.process_time()
            stage(ctx)
            spent[stage.__module__.rsplit(".", 1)[-1]] += time.process_time() - started
    return spent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--corpus", choices=["news", "dense"], default="news")
    parser.add_argument("--stages", action="store_true", help="print each stage's CPU share")
    args = parser.parse_args()
    if args.corpus == "news":
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from corpus import generate_corpus

        docs = generate_corpus(args.articles, seed=args.seed)
    else:
        docs = build_corpus(args.articles, args.seed)
    total_words = sum(len(words(doc.text)) for doc in docs)
    extract(docs[0])  # load the lexicon outside the timing
    started = time.process_time()
    relationships = 0
    for doc in docs:
        relationships += len(extract(doc).relationships)
    elapsed = time.process_time() - started
    print(f"{args.corpus} corpus: {len(docs)} articles, {total_words} words, "
          f"{relationships} relationships")
    build = "compiled (make fast)" if compiled() else "interpreted"
    print(f"{elapsed:.2f} s CPU, {total_words / elapsed:,.0f} words/second on one core, "
          f"{build}")
    if args.stages:
        spent = stage_times(docs)
        total = sum(spent.values())
        for name, seconds in sorted(spent.items(), key=lambda item: -item[1]):
            print(f"  {name:<12} {seconds:6.2f} s  {100 * seconds / total:5.1f}%")


if __name__ == "__main__":
    main()
