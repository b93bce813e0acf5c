"""Hash every export format's output on a generated graph of awkward strings, per checkout.

A speed change to a writer must not change a byte. This script builds node and relationship
dicts shaped like ``Store.iter_nodes()`` / ``Store.iter_relationships()`` (no store needed)
whose names, aliases, ids, sources, evidence and property names hold quotes, backslashes,
control characters, non-characters, markup, newlines, delimiters and non-ASCII text, writes
them with each format's ``write`` and prints a SHA-256 per format (a CSV folder: over its
files, by name). With ``--code`` it runs itself once per checkout and compares:

    .venv/bin/python benchmarks/export_identity.py --code /tmp/base --code .
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

SUFFIX = {"csv": "", "json": ".json", "graphml": ".graphml", "gexf": ".gexf",
          "cytoscape": ".cyjs", "cypher": ".cypher", "ttl": ".ttl", "jsonld": ".jsonld",
          "nt": ".nt", "html": ".html"}
LABELS = ("Country", "Material", "Product", "Restriction", "Agreement", "Organization",
          "Person", "Article")
TYPES = ("IMPOSES", "RESTRICTS", "TARGETS", "PARTY_TO", "ADDRESSES", "IMPLEMENTS", "PRODUCES",
         "LOCATED_IN", "REPRESENTS", "SUPPLIES", "DEPENDS_ON", "MENTIONS", "EXPANDS",
         "SUSPENDS", "REPLACES")
PIECES = ('"quoted"', "it's", "back\\slash", "new\nline", "cr\rret", "tab\there", "\x00nul",
          "\x01\x02\x1b\x1f", "\x7fdel", "\ufffe\uffff", "<b>bold</b>", "a & b", "</script><!--",
          "稀土", "Ñandú", "emoji 🧲", "semi;colon", "pipe|bar", "unit\x1fsep", "\\u0041",
          "`tick`", "{brace}", "#hash", "50% off", "  spaces  ", "", "plain words",
          "\u2028sep\u2029", "\x85nel", "\b\f", "]]>", "&amp;", "'single'", '\\"')
KEYS = ("cn", "us", "Foo Bar", "a/b", "é", "x#y?z", "100%", "plain-key_1.2~", "稀土", "q\"uote")


def awkward(rng: random.Random, words: int = 3, in_list: bool = False) -> str:
    text = " ".join(rng.choice(PIECES) for _ in range(words))
    # CSV refuses a graph whose list items hold every array delimiter (; | U+001F)
    return text.replace("\x1f", "\x1e") if in_list else text


def graph(nodes: int, relationships: int, seed: int = 11
          ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    rng = random.Random(seed)
    node_list: list[dict[str, Any]] = []
    for index in range(nodes):
        label = LABELS[index % len(LABELS)]
        key = f"{rng.choice(KEYS)}-{index}" if index % 3 else f"k{index}"
        props: dict[str, Any] = {"id": f"{label.lower()}:{key}",
                                 "name": f"{label} {index} {awkward(rng)}"}
        if index % 4:
            props["aliases"] = [awkward(rng, 1, True) for _ in range(rng.randint(0, 3))]
        if label == "Restriction":
            props["kind"] = "export_licensing"
            props["status"] = rng.choice(["in_force", "lifted", "alleged"])
            props["announced"] = rng.choice(["2025-04-04", "2025-04", "2025", "2025-13-40",
                                             "soon", "2024-02-30"])
            if index % 2:
                props["effective"] = rng.choice(["2025-05-01", "2025-06"])
            if index % 3 == 0:
                props["status_events"] = [
                    "2025-01-02|announced|article:aa|stated",
                    "2025-03-04|suspended|article:bb|reported",
                    "2025-05|in_force|article:cc|stated"]
            props["hs_codes"] = ["2805.30", "2846.90"]
        elif label == "Agreement":
            props["date"] = rng.choice(["2025-06", "2025", "2025-06-12", "bad"])
            props["status"] = "agreed"
            if index % 2:
                props["status_events"] = ["2025-06-01|agreed|article:dd|stated",
                                          "2025-09-01|collapsed|article:ee|reported"]
        elif label == "Article":
            props["published"] = "2025-04-05"
            props["url"] = f"https://example.org/{index}?q=a&b=<c>"
            props["title"] = awkward(rng)
        elif label == "Country":
            props["iso2"] = "C" + chr(65 + index % 26)
        if index % 5 == 0:
            props["count"] = index
            props["ratio"] = index / 7
            props["flag"] = bool(index % 2)
        if index % 11 == 0:
            props["odd key"] = awkward(rng, 1)
            props["mixed"] = [1, awkward(rng, 1, True), 3.5]
            props["empty"] = []
            props["nothing"] = None
        if index % 13 == 0:
            props["ints"] = [1, 2, 3]
            props["floats"] = [0.5, 1e-20, 12345678901234.5]
        if index % 19 == 0:  # names the formats use for their own attributes
            props["rekg_label"] = "not the label"
            props["rel_type"] = "X"
        if index % 29 == 0:
            del props["name"]
        if index % 7 == 0:  # the label first, not last as the store gives it
            node_list.append({"label": label, **props})
        else:
            node_list.append({**props, "label": label})
    rel_list: list[dict[str, Any]] = []
    articles = [node["id"] for node in node_list if node["label"] == "Article"]
    for index in range(relationships):
        # the store pages relationships by source: runs of one source
        source = node_list[(index // 3) % nodes]["id"]
        target = node_list[rng.randrange(nodes)]["id"]
        props = {"sources": [rng.choice(articles), "reference:dependencies.csv"]
                 if index % 9 == 0 else [rng.choice(articles)],
                 "evidence": [awkward(rng, 5, True)]
                 + ([awkward(rng, 2, True)] if index % 4 == 0 else []),
                 "confidence": round(rng.uniform(0.5, 1.0), 2)}
        if index % 10 == 0:
            props["share"] = index
            props["critical"] = bool(index % 20)
            props["weight"] = 0.25
        if index % 17 == 0:
            props["note"] = awkward(rng, 2)
            props["odd key"] = "x"
            props["gone"] = None
        if index % 23 == 0:
            props["rel_type"] = "NOT_THE_TYPE"
            props["label"] = "a relationship property named label"
            props["rekg_label"] = 1
        record = {**props, "source": source, "target": target,
                  "type": TYPES[index % len(TYPES)]}
        if index % 6 == 0:
            record = {"type": record.pop("type"), **record}
        rel_list.append(record)
    return node_list, rel_list


def digest(path: Path) -> str:
    sha = hashlib.sha256()
    if path.is_dir():
        for item in sorted(path.iterdir()):
            sha.update(item.name.encode() + b"\0" + item.read_bytes() + b"\0")
    else:
        sha.update(path.read_bytes())
    return sha.hexdigest()


def hashes(nodes: int, relationships: int) -> dict[str, str]:
    from rekg.graph.export import format_names, get_format

    node_list, rel_list = graph(nodes, relationships)
    found = {}
    with tempfile.TemporaryDirectory(prefix="rekg-identity-") as work:
        for name in format_names():
            out = Path(work) / f"graph-{name}{SUFFIX.get(name, '.out')}"
            # fresh copies: a writer may not change its input, but must not depend on that
            get_format(name).write(json.loads(json.dumps(node_list)),
                                   json.loads(json.dumps(rel_list)), out)
            found[name] = digest(out)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=1500)
    parser.add_argument("--relationships", type=int, default=4500)
    parser.add_argument("--code", action="append", default=[],
                        help="a checkout to run from (give two or more to compare them)")
    args = parser.parse_args()
    if not args.code:
        print(json.dumps(hashes(args.nodes, args.relationships), indent=1))
        return
    results = {}
    for code in args.code:
        env = {**os.environ, "PYTHONPATH": str(Path(code).resolve())}
        done = subprocess.run([sys.executable, __file__, "--nodes", str(args.nodes),
                               "--relationships", str(args.relationships)],
                              env=env, capture_output=True, text=True)
        if done.returncode:
            sys.exit(f"{code}: {done.stderr.strip()}")
        results[code] = json.loads(done.stdout)
    first, *others = args.code
    same = True
    for name, sha in results[first].items():
        row = [results[code].get(name) for code in others]
        equal = all(item == sha for item in row)
        same &= equal
        print(f"{name:10} {sha[:16]} " + " ".join((item or "-")[:16] for item in row)
              + ("  equal" if equal else "  DIFFERENT"))
    print("every format byte-identical" if same else "OUTPUT DIFFERS")
    sys.exit(0 if same else 1)


if __name__ == "__main__":
    main()
