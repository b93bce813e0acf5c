"""Stage 7: the GraphFragment. Mentions become nodes, facts become relationships with their
evidence and confidence, and the Article node MENTIONS every node. A fact whose endpoints
break the schema's rules is refused with the reason instead of raising.
"""

from __future__ import annotations

from pydantic import BaseModel

from rekg.extract.context import ArticleContext, Fact, Mention
from rekg.extract.frames import restriction_name
from rekg.schema import (
    ENDPOINTS,
    Label,
    NodeBase,
    Relationship,
    RelType,
    make_node,
)

_NO_NODE_FORMS = frozenset({"place", "lexicon"})


# Lexicon entries validated once per process; each article gets a copy with its own aliases.
_LEXICON_NODES: dict[str, NodeBase] = {}


def _node(ctx: ArticleContext, m: Mention, names: dict[str, str]) -> NodeBase | None:
    if not m.node_id:
        return None
    fragment = ctx.fragment
    existing = fragment.nodes.get(m.node_id)
    alias = [m.surface] if m.surface and m.form not in ("anaphor", "lexicon", "place") else []
    if alias and "seen" in m.props:  # another form of the name the text has
        alias.append(str(m.props["seen"]))
    if existing is not None:
        for form in alias:
            if form not in existing.aliases:
                existing.aliases.append(form)  # in place: no re-validation per mention
        return existing
    if m.label is Label.RESTRICTION:
        frame = ctx.restrictions.get(m.node_id)
        if frame is None:
            return None
        node = make_node(Label.RESTRICTION, restriction_name(frame, names) or "restriction",
                         id=frame.node_id, aliases=list(frame.surfaces), kind=frame.kind,
                         status=frame.status, announced=frame.announced or ctx.doc.published,
                         effective=frame.effective)
    elif m.entry is not None:
        template = _LEXICON_NODES.get(m.entry.id)
        if template is None:
            template = _LEXICON_NODES[m.entry.id] = make_node(
                m.entry.label, m.entry.name, id=m.entry.id, **m.entry.properties)
        node = _copy_node(template, alias)
    else:
        fields: dict[str, str] = {}
        if m.label is Label.PERSON and m.props.get("role"):
            fields["role"] = str(m.props["role"])
        if m.label is Label.MATERIAL and m.kind:
            fields["kind"] = m.kind
        node = make_node(m.label, m.name, id=m.node_id, aliases=alias, **fields)
    return fragment.add_node(node)


_REL_FIELDS = frozenset(Relationship.model_fields)
# BaseModel's slots, set through their descriptors: cheaper than object.__setattr__ by name
_SET_FIELDS = BaseModel.__dict__["__pydantic_fields_set__"].__set__
_SET_EXTRA = BaseModel.__dict__["__pydantic_extra__"].__set__
_SET_PRIVATE = BaseModel.__dict__["__pydantic_private__"].__set__
_new = object.__new__
_setattr = object.__setattr__


def _relationship(**values: object) -> Relationship:
    """A Relationship built as ``model_construct`` builds it (no validation: the endpoint
    rules were checked above), without its generic per-field work: one per fact and mention."""
    rel = _new(Relationship)
    _setattr(rel, "__dict__", values)
    _SET_FIELDS(rel, set(_REL_FIELDS))
    _SET_EXTRA(rel, None)
    _SET_PRIVATE(rel, None)
    return rel


def _copy_node(template: NodeBase, aliases: list[str]) -> NodeBase:
    """``template.model_copy(update={"aliases": aliases})`` made as pydantic's ``__copy__``
    makes it, without its generic steps, for a node with no extra or private values."""
    if template.__pydantic_extra__ is not None or template.__pydantic_private__ is not None:
        return template.model_copy(update={"aliases": aliases})
    node = _new(type(template))
    values = template.__dict__.copy()
    values["aliases"] = aliases
    _setattr(node, "__dict__", values)
    _SET_FIELDS(node, template.__pydantic_fields_set__ | {"aliases"})
    _SET_EXTRA(node, None)
    _SET_PRIVATE(node, None)
    return node


_ELEMENTAL = frozenset({"element", "group"})


def _allowed(ctx: ArticleContext, fact: Fact, source: NodeBase, target: NodeBase) -> bool:
    allowed_from, allowed_to = ENDPOINTS[fact.rel]
    if source.label not in allowed_from or target.label not in allowed_to:
        ctx.refuse(fact.rel.value, fact.source, fact.target, fact.sentence,
                   f"endpoint rule: {fact.rel.value} cannot go from {source.label.value} to "
                   f"{target.label.value}", fact.origin)
        return False
    # "dysprosium and terbium, and the magnets made from them": a list of elements read as
    # one element needing the next; "magnet makers short of the additives that keep neodymium
    # magnets stable": one magnet needing another. Neither is ever so.
    # read from the fields: a node without a kind would cost pydantic's __getattr__ a miss
    kinds = (source.__dict__.get("kind"), target.__dict__.get("kind"))
    if fact.rel is RelType.DEPENDS_ON and (
            (kinds[0] in _ELEMENTAL and kinds[1] in _ELEMENTAL) or kinds == ("magnet", "magnet")):
        ctx.refuse(fact.rel.value, fact.source, fact.target, fact.sentence,
                   "endpoint rule: an element, group of elements or magnet depends on no other "
                   "of its kind", fact.origin)
        return False
    return True


_GOODS = frozenset({Label.PRODUCT, Label.MATERIAL})


def _open_goods(m: Mention) -> bool:
    """A product or material the text only names by an open noun phrase (no lexicon entry)."""
    return m.label in _GOODS and m.entry is None and m.form in ("open", "anaphor")


def run(ctx: ArticleContext) -> None:
    fragment = ctx.fragment
    article = fragment.add_node(ctx.doc.article_node())
    names = {m.node_id: m.name for v in ctx.sentences for m in v.mentions if m.node_id}
    named: set[str] = set()
    for view in ctx.sentences:
        for m in view.mentions:
            if m.label is not Label.RESTRICTION and m.form not in _NO_NODE_FORMS \
                    and not m.props.get("generic"):
                _node(ctx, m, names)
                if not _open_goods(m):
                    named.add(m.node_id)
    # one relationship per (type, source, target), with every sentence that states it
    # evidence as dict keys: in order, each once, without a scan of a list per fact
    merged: dict[tuple[RelType, str, str],
                 tuple[NodeBase, NodeBase, dict[str, None], list[float]]] = {}
    for fact in ctx.facts:
        source, target = _node(ctx, fact.source, names), _node(ctx, fact.target, names)
        if source is None or target is None or source.id == target.id:
            ctx.refuse(fact.rel.value, fact.source, fact.target, fact.sentence,
                       "an endpoint has no node", fact.origin)
            continue
        if not _allowed(ctx, fact, source, target):
            continue
        key = (fact.rel, source.id, target.id)
        if key not in merged:
            merged[key] = (source, target, {}, [])
        merged[key][2][fact.evidence] = None
        merged[key][3].append(fact.confidence)
    in_facts = {end.id for source, target, _, _ in merged.values() for end in (source, target)}
    for node_id in [n for n in fragment.nodes if n not in named and n not in in_facts
                    and n != article.id]:
        del fragment.nodes[node_id]
    for node in fragment.nodes.values():
        if node.label is Label.AGREEMENT:
            frame = ctx.agreements.get(node.id)
            more = (*(frame.aliases if frame else ()),
                    *ctx.lexicon.agreement_aliases.get(node.id, ()))
            node.aliases.extend(a for a in dict.fromkeys(more) if a not in node.aliases)
    for (rel, _, _), (source, target, evidence, confidence) in merged.items():
        fragment.add_relationship(_relationship(
            type=rel, source=source.id, target=target.id, source_label=source.label,
            target_label=target.label, sources=[article.id], evidence=list(evidence),
            confidence=max(confidence), properties={}))
    for node in list(fragment.nodes.values()):
        if node.id != article.id:
            fragment.add_relationship(_relationship(
                type=RelType.MENTIONS, source=article.id, target=node.id,
                source_label=Label.ARTICLE, target_label=node.label, sources=[article.id],
                evidence=[], confidence=1.0, properties={}))
