"""DEPENDS_ON reachability written out level by level, for the canned queries.

``MATCH (a)-[:DEPENDS_ON*1..8]->(b)`` enumerates every path, and a dense dependency graph
has millions of them (46 s for one product at 1M relationships, issue 14). A breadth-first
search visits each reachable node once per level instead. Cypher has no loop, so a query
writes one line that the catalog expands into eight ``CALL`` subqueries::

    REACH DEPENDS_ON FROM root INTO reached KEEPING hit, imposer
    REACH DEPENDS_ON TO item INTO reached KEEPING hit

``FROM`` follows DEPENDS_ON forward from ``root``; ``TO`` follows it backward into ``item``.
``reached`` becomes a list of ``[node, depth, chain]``: depth is the shortest distance and
chain the alphabetically first of the shortest routes, names joined by `` > `` from the
depending end, as ``ORDER BY length(path), text`` followed by ``collect(text)[0]`` picks
it. ``KEEPING`` names the other variables the query still needs after the line.
"""

from __future__ import annotations

import re

MAX_DEPTH = 8
_LINE = re.compile(
    r"^(?P<indent>\s*)REACH DEPENDS_ON (?P<way>FROM|TO) (?P<start>\w+) INTO (?P<out>\w+)"
    r"(?: KEEPING (?P<keep>\w+(?:\s*,\s*\w+)*))?\s*$", re.MULTILINE)


def expand(cypher: str) -> str:
    """``cypher`` with every ``REACH DEPENDS_ON`` line written out as Cypher."""
    return _LINE.sub(_expanded, cypher)


def _expanded(match: re.Match[str]) -> str:
    keep = [name.strip() for name in (match["keep"] or "").split(",") if name.strip()]
    return reach(match["start"], match["out"], keep, forward=match["way"] == "FROM")


def reach(start: str, out: str, keep: list[str], *, forward: bool = True,
          depth: int = MAX_DEPTH) -> str:
    """The Cypher of one breadth-first search from ``start`` (see the module's docstring).

    Forward, a node's chain extends the first chain of a node one level nearer; a name
    holding " > " could make that differ from the first of all routes. Backward, chains are
    prefixed, which keeps their order exactly.
    """
    step = "(node)-[:DEPENDS_ON]->(next)" if forward else "(node)<-[:DEPENDS_ON]-(next)"
    joined = ("chain + ' > ' + next.name" if forward else "next.name + ' > ' + chain")
    first = (f"{start}.name + ' > ' + next.name" if forward
             else f"next.name + ' > ' + {start}.name")
    carried = ", ".join([*keep, start])
    lines = [
        "CALL {",
        f"  WITH {start}",
        f"  MATCH {step.replace('(node)', f'({start})')}",
        f"  WITH DISTINCT next, {first} AS chain",
        f"  RETURN collect([next, 1, chain]) AS {out}",
        "}",
    ]
    for level in range(2, depth + 1):
        lines += [
            "CALL {",
            f"  WITH {out}",
            f"  UNWIND {out} AS from",
            f"  WITH {out}, from WHERE from[1] = {level - 1}",
            f"  WITH {out}, from[0] AS node, from[2] AS chain",
            f"  MATCH {step}",
            f"  WHERE none(seen IN {out} WHERE seen[0] = next)",
            f"  WITH next, min({joined}) AS chain",
            f"  RETURN collect([next, {level}, chain]) AS level{level}",
            "}",
            f"WITH {carried}, {out} + level{level} AS {out}",
        ]
    return "\n".join(lines)
