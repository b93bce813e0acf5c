"""Reading extracted fragments in tests: which imposer restricts which item, and whether a
sentence states a fact of a relation."""

from rekg.extract import extract
from rekg.extract.pipeline import run
from rekg.loaders.document import Document
from rekg.schema import GraphFragment, RelType


def restricted_pairs(fragment: GraphFragment) -> set[tuple[str, str]]:
    """(imposer name, item name) for every IMPOSES -> RESTRICTS chain of the fragment."""
    names = {n.id: n.name for n in fragment.nodes.values()}
    rels = list(fragment.relationships.values())
    return {(names[i.source], names[r.target]) for i in rels if i.type is RelType.IMPOSES
            for r in rels if r.type is RelType.RESTRICTS and r.source == i.target}


def measure_chains(text: str) -> set[tuple[str, str, str]]:
    """(RESTRICTS or TARGETS, imposer name, item or target name), lower case, for every
    IMPOSES -> RESTRICTS/TARGETS chain the whole pipeline extracts from ``text``."""
    fragment = run(Document(text=text, title="Test", published="2025-06-01")).fragment
    names = {n.id: n.name.lower() for n in fragment.nodes.values()}
    rels = list(fragment.relationships.values())
    return {(r.type.value, names[i.source], names[r.target]) for i in rels
            if i.type is RelType.IMPOSES for r in rels
            if r.source == i.target and r.type in (RelType.RESTRICTS, RelType.TARGETS)}


def produced_pairs(text: str) -> set[tuple[str, str]]:
    """(producer name, goods name) for every PRODUCES relationship extracted from ``text``."""
    fragment = extract(Document(text=text, title="T", published="2025-06-01"))
    names = {n.id: n.name for n in fragment.nodes.values()}
    return {(names[r.source], names[r.target]) for r in fragment.relationships.values()
            if r.type is RelType.PRODUCES}


def restricted_items(text: str) -> set[str]:
    """The names of every item a restriction extracted from ``text`` RESTRICTS."""
    fragment = run(Document(text=text, title="Test", published="2025-11-10")).fragment
    names = {n.id: n.name for n in fragment.nodes.values()}
    return {names[r.target] for r in fragment.relationships.values()
            if r.type is RelType.RESTRICTS}


def dependency_pairs(text: str) -> set[tuple[str, str]]:
    """(dependent name, input name), lower case, for every DEPENDS_ON extracted from ``text``
    by the whole pipeline (scorer on, as in evaluation)."""
    fragment = run(Document(text=text, title="Test", published="2025-06-01")).fragment
    names = {n.id: n.name.lower() for n in fragment.nodes.values()}
    return {(names[r.source], names[r.target]) for r in fragment.relationships.values()
            if r.type is RelType.DEPENDS_ON}


def states(text: str, rel: str, source: str, target: str) -> bool:
    """Whether extraction finds a ``rel`` fact in ``text`` whose source and target names
    contain ``source`` and ``target`` (case aside; ``*`` matches any)."""
    from rekg.extract.explain import explain

    facts = explain(Document(text=text, title="Test", published="2025-06-01")).facts
    return any(f.relation == rel and (source == "*" or source.lower() in f.source.lower())
               and (target == "*" or target.lower() in f.target.lower()) for f in facts)
