"""What read-only means beyond "no writes": no reading of files or URLs (issue 11, row 7).

The databases refuse writes in read transactions, but both run ``LOAD CSV FROM 'file:///…'``
or ``'https://…'`` in one, and procedures may reach files or the network. ``refusal`` names
the clause or procedure that a read-only statement may not use.
"""

from __future__ import annotations

import re

# Procedures that only describe the graph or search it; everything else is refused in
# read-only mode (APOC's load/import/export and the like reach files and the network).
ALLOWED_PROCEDURES = (
    "db.labels", "db.relationshiptypes", "db.propertykeys", "db.indexes", "db.constraints",
    "db.schema.", "db.idx.fulltext.query", "db.idx.vector.query", "db.index.fulltext.query",
    "db.index.vector.query", "db.meta.stats", "db.awaitindex", "db.awaitindexes", "db.info",
    "db.ping", "dbms.components", "dbms.procedures", "dbms.functions", "algo.",
)

_NAME_PART = r"(?:`[^`]*`|[A-Za-z_][A-Za-z0-9_]*)"
_PROCEDURE_CALL = re.compile(rf"\bCALL\s+({_NAME_PART}(?:\s*\.\s*{_NAME_PART})*)\s*(?=[(\s]|$)",
                             re.I)
_LOAD_CSV = re.compile(r"\bLOAD\s+CSV\b", re.I)


def code_only(cypher: str) -> str:
    """The statement with string literals emptied and comments removed."""
    out: list[str] = []
    i, n = 0, len(cypher)
    while i < n:
        char = cypher[i]
        if char in "'\"":
            j = i + 1
            while j < n and cypher[j] != char:
                j += 2 if cypher[j] == "\\" else 1
            out.append(char + char)
            i = j + 1
        elif cypher.startswith("//", i):
            end = cypher.find("\n", i)
            i = n if end < 0 else end
        elif cypher.startswith("/*", i):
            end = cypher.find("*/", i + 2)
            out.append(" ")
            i = n if end < 0 else end + 2
        elif char == "`":
            end = cypher.find("`", i + 1)
            end = n - 1 if end < 0 else end
            out.append(cypher[i : end + 1])
            i = end + 1
        else:
            out.append(char)
            i += 1
    return "".join(out)


def refusal(cypher: str) -> str | None:
    """Why a read-only statement may not run, or None when it may."""
    code = code_only(cypher)
    if _LOAD_CSV.search(code):
        return ("LOAD CSV reads files and URLs, which read-only mode does not allow: load data "
                "with 'rekg ingest' or 'rekg load-reference', or use 'rekg console --write'")
    for match in _PROCEDURE_CALL.finditer(code):
        name = re.sub(r"[`\s]", "", match[1]).lower()
        if not name.startswith(ALLOWED_PROCEDURES):
            return (f"the procedure {name} may reach files or the network, which read-only "
                    "mode does not allow; schema procedures (db.labels() and the like) are "
                    "allowed")
    return None
