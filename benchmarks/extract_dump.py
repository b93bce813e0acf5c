"""Everything extraction decides for a set of articles, written as text to diff: for a change
meant to make extraction faster without changing what it finds.

Per article: the fragment (nodes and relationships, as JSON), every refused candidate with its
reason, every mention, cue and kept fact with where it came from. Run it with the old code and
the new (``PYTHONPATH`` naming each checkout) and compare the files byte for byte:

    PYTHONPATH=OLD .venv/bin/python benchmarks/extract_dump.py /tmp/old corpus/train corpus/dev
    PYTHONPATH=NEW .venv/bin/python benchmarks/extract_dump.py /tmp/new corpus/train corpus/dev
    diff -r /tmp/old /tmp/new

Folders are read as ``rekg eval`` reads them (every ``*.txt``); ``--generated N`` adds N
articles of each benchmark corpus (news and dense), the same for both runs. Paths are part of
an article's node, so give both runs the same folders.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

from rekg.extract import pipeline
from rekg.extract.context import ArticleContext
from rekg.loaders.document import Document
from rekg.loaders.evaluate import read_gold_article
from rekg.loaders.lexicon import load_lexicon


def dump(ctx: ArticleContext, out: TextIO) -> None:
    out.write(ctx.fragment.model_dump_json() + "\n")
    for r in ctx.refusals:
        out.write(f"R {r.rel}|{r.source}|{r.target}|{r.sentence}|{r.reason}|{r.origin}\n")
    for view in ctx.sentences:
        for m in view.mentions:
            props = sorted(m.props.items(), key=str)
            out.write(f"M {view.index} {m.label} {m.node_id}|{m.name}|{m.start}|{m.end}|"
                      f"{m.surface}|{m.form}|{m.kind}|{props}|{m.group}\n")
        for c in view.cues:
            out.write(f"C {view.index} {c.name} {c.start} {c.end}\n")
    for f in ctx.facts:
        out.write(f"F {f.rel} {f.source.node_id} {f.target.node_id} {f.sentence} {f.origin} "
                  f"{f.confidence!r} {f.evidence}\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder to write one NAME.txt per input into")
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--generated", type=int, default=0, metavar="N")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    lexicon = load_lexicon()
    for folder in args.folders:
        name = "_".join(folder.resolve().parts[-2:])
        with open(args.out / f"{name}.txt", "w", encoding="utf-8") as out:
            for path in sorted(folder.glob("*.txt")):
                out.write(f"=== {path.name}\n")
                dump(pipeline.run(read_gold_article(path), lexicon), out)
    if args.generated:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from extract_bench import build_corpus

        from corpus import generate_corpus

        docs: list[Document] = [*generate_corpus(args.generated, seed=7),
                                *build_corpus(args.generated, 3)]
        with open(args.out / "generated.txt", "w", encoding="utf-8") as out:
            for number, doc in enumerate(docs):
                out.write(f"=== {number}\n")
                dump(pipeline.run(doc, lexicon), out)


if __name__ == "__main__":
    main()
