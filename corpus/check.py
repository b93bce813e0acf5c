"""Check annotated articles: layout, gold JSON shape, endpoint rules, names in the entity list.

Usage: python corpus/check.py DIR...   (prints one line per problem; exit 1 when any)
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ENDPOINTS = {
    "DEPENDS_ON": ({"Product", "Material"}, {"Material", "Product"}),
    "IMPOSES": ({"Country", "Organization"}, {"Restriction"}),
    "RESTRICTS": ({"Restriction"}, {"Material", "Product"}),
    "TARGETS": ({"Restriction"}, {"Country", "Organization"}),
    "PARTY_TO": ({"Country", "Organization"}, {"Agreement"}),
    "ADDRESSES": ({"Agreement"}, {"Restriction", "Material", "Product"}),
    "IMPLEMENTS": ({"Agreement"}, {"Agreement"}),
    "PRODUCES": ({"Country", "Organization"}, {"Material"}),
    "LOCATED_IN": ({"Organization"}, {"Country"}),
    "REPRESENTS": ({"Person"}, {"Country", "Organization"}),
    "SUPPLIES": ({"Organization", "Country"}, {"Organization", "Country"}),
}
LABELS = {"Country", "Material", "Product", "Restriction", "Agreement", "Organization", "Person"}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def check_pair(text_path: Path, gold_path: Path) -> list[str]:
    problems: list[str] = []
    lines = text_path.read_text(encoding="utf-8").split("\n")
    if len(lines) < 4 or not DATE.match(lines[1].strip()) or lines[2].strip():
        problems.append("text must be: headline, ISO date, blank line, body")
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except ValueError as exc:
        return [f"gold is not JSON: {exc}"]
    if gold.get("id") != text_path.stem:
        problems.append(f"id {gold.get('id')!r} should be {text_path.stem!r}")
    names: set[tuple[str, str]] = set()
    body = "\n".join(lines[3:]).lower() + "\n" + lines[0].lower()
    for entity in gold.get("entities", []):
        label, name = entity.get("label"), entity.get("name")
        if label not in LABELS:
            problems.append(f"entity label {label!r} unknown")
        if name is None and label != "Restriction":
            problems.append(f"{label} entity without a name")
        if name is not None:
            names.add((label, name))
        for alias in entity.get("aliases") or []:
            if alias.lower() not in body:
                problems.append(f"alias {alias!r} of {name!r} does not occur in the text")
    for kind in ("facts", "absent"):
        for fact in gold.get(kind, []):
            path = fact.get("path", [])
            if len(path) < 3 or len(path) % 2 == 0:
                problems.append(f"{kind}: path of odd length >= 3 expected: {path}")
                continue
            for i in range(1, len(path), 2):
                rel, a, b = path[i], path[i - 1], path[i + 1]
                if rel not in ENDPOINTS:
                    problems.append(f"{kind}: unknown relationship {rel}")
                    continue
                froms, tos = ENDPOINTS[rel]
                if a[0] not in froms or b[0] not in tos:
                    problems.append(f"{kind}: {a[0]} -{rel}-> {b[0]} breaks the endpoint rules")
            for node in path[::2]:
                if node[1] is None:
                    if node[0] != "Restriction":
                        problems.append(f"{kind}: null name only for Restriction: {node}")
                elif (node[0], node[1]) not in names:
                    problems.append(f"{kind}: {node} is not in the entity list")
    return problems


def main(folders: list[str]) -> int:
    bad = 0
    count = 0
    for folder in folders:
        for text_path in sorted(Path(folder).rglob("*.txt")):
            gold_path = text_path.with_name(text_path.stem + ".gold.json")
            count += 1
            if not gold_path.exists():
                print(f"{text_path}: no gold file")
                bad += 1
                continue
            for problem in check_pair(text_path, gold_path):
                print(f"{text_path.name}: {problem}")
                bad += 1
    print(f"{count} articles, {bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
