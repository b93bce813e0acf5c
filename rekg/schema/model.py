"""The graph vocabulary as pydantic models (DESIGN.md section 3).

Nodes carry ``id``, ``name`` and ``aliases`` plus the typed properties of their label;
relationships carry provenance. Endpoint rules are enforced when a relationship is built.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from operator import attrgetter
from typing import Annotated, Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from rekg.errors import SchemaError
from rekg.schema.ids import make_id

Scalar = str | int | float | bool
PropertyValue = Scalar | list[str] | list[int] | list[float] | None


class Label(StrEnum):
    COUNTRY = "Country"
    MATERIAL = "Material"
    PRODUCT = "Product"
    RESTRICTION = "Restriction"
    AGREEMENT = "Agreement"
    ORGANIZATION = "Organization"
    PERSON = "Person"
    ARTICLE = "Article"


class RelType(StrEnum):
    DEPENDS_ON = "DEPENDS_ON"
    IMPOSES = "IMPOSES"
    RESTRICTS = "RESTRICTS"
    TARGETS = "TARGETS"
    PARTY_TO = "PARTY_TO"
    ADDRESSES = "ADDRESSES"
    IMPLEMENTS = "IMPLEMENTS"
    PRODUCES = "PRODUCES"
    LOCATED_IN = "LOCATED_IN"
    REPRESENTS = "REPRESENTS"
    SUPPLIES = "SUPPLIES"
    MENTIONS = "MENTIONS"
    EXPANDS = "EXPANDS"
    SUSPENDS = "SUSPENDS"
    REPLACES = "REPLACES"


# ``member.value`` read straight from the member: the enum module's own ``value`` property
# costs about three times as much, and extraction reads it tens of thousands of times an article
for _enum in (Label, RelType):
    setattr(_enum, "value", property(attrgetter("_value_")))  # noqa: B010 (mypy: no override)

L = Label
ENDPOINTS: dict[RelType, tuple[frozenset[Label], frozenset[Label]]] = {
    RelType.DEPENDS_ON: (frozenset({L.PRODUCT, L.MATERIAL}), frozenset({L.MATERIAL, L.PRODUCT})),
    RelType.IMPOSES: (frozenset({L.COUNTRY, L.ORGANIZATION}), frozenset({L.RESTRICTION})),
    RelType.RESTRICTS: (frozenset({L.RESTRICTION}), frozenset({L.MATERIAL, L.PRODUCT})),
    RelType.TARGETS: (frozenset({L.RESTRICTION}), frozenset({L.COUNTRY, L.ORGANIZATION})),
    RelType.PARTY_TO: (frozenset({L.COUNTRY, L.ORGANIZATION}), frozenset({L.AGREEMENT})),
    RelType.ADDRESSES: (
        frozenset({L.AGREEMENT}),
        frozenset({L.RESTRICTION, L.MATERIAL, L.PRODUCT}),
    ),
    RelType.IMPLEMENTS: (frozenset({L.AGREEMENT}), frozenset({L.AGREEMENT})),
    RelType.PRODUCES: (frozenset({L.COUNTRY, L.ORGANIZATION}), frozenset({L.MATERIAL})),
    RelType.LOCATED_IN: (frozenset({L.ORGANIZATION}), frozenset({L.COUNTRY})),
    RelType.REPRESENTS: (frozenset({L.PERSON}), frozenset({L.COUNTRY, L.ORGANIZATION})),
    RelType.SUPPLIES: (
        frozenset({L.ORGANIZATION, L.COUNTRY}),
        frozenset({L.ORGANIZATION, L.COUNTRY}),
    ),
    RelType.MENTIONS: (frozenset({L.ARTICLE}), frozenset(Label)),
    # Links between measures that resolution keeps apart (issue 12): a later restriction
    # that widens or replaces an earlier one, an agreement that suspends a restriction.
    RelType.EXPANDS: (frozenset({L.RESTRICTION}), frozenset({L.RESTRICTION})),
    RelType.SUSPENDS: (frozenset({L.AGREEMENT}), frozenset({L.RESTRICTION})),
    RelType.REPLACES: (
        frozenset({L.RESTRICTION, L.AGREEMENT}),
        frozenset({L.RESTRICTION, L.AGREEMENT}),
    ),
}

MaterialKind = Literal["element", "group", "oxide", "metal", "alloy", "magnet", "mineral", "other"]
RestrictionKind = Literal[
    "export_prohibition",
    "export_licensing",
    "export_quota",
    "export_tax",
    "minimum_export_price",
    "import_tariff",
    "technology_export_ban",
    "sanction",
    "entity_listing",
    "other",
]
RestrictionStatus = Literal[
    "announced", "in_force", "alleged", "suspended", "lifted", "threatened", "denied"
]
ACTIVE_RESTRICTION_STATUSES: tuple[str, ...] = ("announced", "in_force", "alleged")
AgreementStatus = Literal[
    "proposed", "preliminary", "agreed", "approved", "in_force", "suspended", "collapsed"
]

_STRICT = ConfigDict(extra="forbid", frozen=False, validate_assignment=True)


class NodeBase(BaseModel):
    """What every node has. Subclasses add the typed properties of their label."""

    model_config = _STRICT
    label: Label
    id: str = Field(min_length=3)
    name: str = Field(min_length=1)
    aliases: list[str] = Field(default_factory=list)

    _core_fields: ClassVar[frozenset[str]] = frozenset({"label", "id", "aliases"})

    @model_validator(mode="after")
    def _id_matches_label(self) -> NodeBase:
        prefix = self.label.value.lower() + ":"
        if not self.id.startswith(prefix) or len(self.id) == len(prefix):
            raise ValueError(
                f"node id {self.id!r} must look like '{prefix}<slug>' for label {self.label.value}"
            )
        return self

    def properties(self) -> dict[str, PropertyValue]:
        """Flat store properties: id, name, aliases and the label's own, without empty ones."""
        props: dict[str, PropertyValue] = {"id": self.id, "name": self.name,
                                           "aliases": list(self.aliases)}
        for key, value in self.model_dump(exclude=set(self._core_fields)).items():
            if value is not None and value != []:
                props[key] = value
        return props


class Country(NodeBase):
    label: Literal[Label.COUNTRY] = Label.COUNTRY
    iso2: str | None = Field(default=None, pattern=r"^[A-Z]{2}$")
    iso3: str | None = Field(default=None, pattern=r"^[A-Z]{3}$")


class Material(NodeBase):
    label: Literal[Label.MATERIAL] = Label.MATERIAL
    kind: MaterialKind = "other"
    symbol: str | None = None


class Product(NodeBase):
    label: Literal[Label.PRODUCT] = Label.PRODUCT
    sector: str | None = None


class Restriction(NodeBase):
    label: Literal[Label.RESTRICTION] = Label.RESTRICTION
    kind: RestrictionKind = "other"
    status: RestrictionStatus = "announced"
    announced: str | None = None
    effective: str | None = None
    hs_codes: list[str] = Field(default_factory=list)
    status_events: list[str] = Field(default_factory=list)
    merged_ids: list[str] = Field(default_factory=list)


class Agreement(NodeBase):
    label: Literal[Label.AGREEMENT] = Label.AGREEMENT
    kind: str | None = None
    status: AgreementStatus | None = None
    date: str | None = None
    place: str | None = None
    status_events: list[str] = Field(default_factory=list)
    merged_ids: list[str] = Field(default_factory=list)


class Organization(NodeBase):
    label: Literal[Label.ORGANIZATION] = Label.ORGANIZATION
    kind: str | None = None


class Person(NodeBase):
    label: Literal[Label.PERSON] = Label.PERSON
    role: str | None = None


class Article(NodeBase):
    label: Literal[Label.ARTICLE] = Label.ARTICLE
    title: str | None = None
    published: str | None = None
    url: str | None = None
    path: str | None = None


Node = Annotated[
    Country | Material | Product | Restriction | Agreement | Organization | Person | Article,
    Field(discriminator="label"),
]

NODE_MODELS: dict[Label, type[NodeBase]] = {
    Label.COUNTRY: Country,
    Label.MATERIAL: Material,
    Label.PRODUCT: Product,
    Label.RESTRICTION: Restriction,
    Label.AGREEMENT: Agreement,
    Label.ORGANIZATION: Organization,
    Label.PERSON: Person,
    Label.ARTICLE: Article,
}


def node_id(label: Label | str, key: str) -> str:
    """Canonical id of a node of ``label`` with natural key ``key``."""
    return make_id(Label(label).value, key)


def check_endpoints(rel_type: RelType, source: Label, target: Label) -> None:
    """Raise SchemaError unless ``source -[rel_type]-> target`` is allowed."""
    allowed_from, allowed_to = ENDPOINTS[rel_type]
    if source not in allowed_from or target not in allowed_to:
        froms = ", ".join(sorted(label.value for label in allowed_from))
        tos = ", ".join(sorted(label.value for label in allowed_to))
        raise SchemaError(
            f"{rel_type.value} cannot go from {source.value} to {target.value}: "
            f"it goes from {froms} to {tos}"
        )


class Relationship(BaseModel):
    """A directed, typed relationship with provenance."""

    model_config = _STRICT
    type: RelType
    source: str
    target: str
    source_label: Label
    target_label: Label
    sources: list[str] = Field(default_factory=list)
    evidence: list[str] = Field(default_factory=list)
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)
    properties: dict[str, PropertyValue] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _endpoints_allowed(self) -> Relationship:
        check_endpoints(self.type, self.source_label, self.target_label)
        return self

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.source, self.type.value, self.target)

    def store_properties(self) -> dict[str, PropertyValue]:
        props: dict[str, PropertyValue] = dict(self.properties)
        props.update(sources=list(self.sources), evidence=list(self.evidence),
                     confidence=self.confidence)
        return props


def relate(
    rel_type: RelType | str,
    source: NodeBase,
    target: NodeBase,
    *,
    sources: Iterable[str] = (),
    evidence: Iterable[str] = (),
    confidence: float = 1.0,
    **properties: PropertyValue,
) -> Relationship:
    """Build a relationship between two nodes, checking the endpoint rules."""
    return Relationship(
        type=RelType(rel_type),
        source=source.id,
        target=target.id,
        source_label=source.label,
        target_label=target.label,
        sources=list(sources),
        evidence=list(evidence),
        confidence=confidence,
        properties=dict(properties),
    )


def _union(existing: list[str], extra: Iterable[str]) -> list[str]:
    seen = set(existing)
    merged = list(existing)
    for item in extra:
        if item not in seen:
            seen.add(item)
            merged.append(item)
    return merged


class GraphFragment(BaseModel):
    """Nodes and relationships extracted from one document (or loaded from reference data).

    Adding a node or relationship already present merges aliases and provenance, so a
    fragment never holds two nodes with one id or two relationships with one key.
    """

    model_config = ConfigDict(extra="forbid")
    nodes: dict[str, Node] = Field(default_factory=dict)
    relationships: dict[str, Relationship] = Field(default_factory=dict)

    def add_node(self, node: NodeBase) -> NodeBase:
        existing = self.nodes.get(node.id)
        if existing is None:
            self.nodes[node.id] = node  # type: ignore[assignment]
            return node
        if existing.label != node.label:
            raise SchemaError(f"node {node.id} is both {existing.label} and {node.label}")
        existing.aliases = _union(existing.aliases, node.aliases)
        for key, value in node.model_dump(exclude={"label", "id", "name", "aliases"}).items():
            if value not in (None, []) and getattr(existing, key) in (None, []):
                setattr(existing, key, value)
        return existing

    def add_relationship(self, rel: Relationship) -> Relationship:
        for end in (rel.source, rel.target):
            if end not in self.nodes:
                raise SchemaError(f"relationship {rel.type.value} refers to unknown node {end}")
        key = "|".join(rel.key)
        existing = self.relationships.get(key)
        if existing is None:
            self.relationships[key] = rel
            return rel
        existing.sources = _union(existing.sources, rel.sources)
        existing.evidence = _union(existing.evidence, rel.evidence)
        existing.confidence = max(existing.confidence, rel.confidence)
        for name, value in rel.properties.items():
            existing.properties.setdefault(name, value)
        return existing

    def merge(self, other: GraphFragment) -> None:
        for node in other.nodes.values():
            self.add_node(node)
        for rel in other.relationships.values():
            self.add_relationship(rel)

    def remove_node(self, node_id: str) -> None:
        """Drop a node and every relationship that touches it."""
        self.nodes.pop(node_id, None)
        for key in [k for k, r in self.relationships.items() if node_id in (r.source, r.target)]:
            del self.relationships[key]

    def nodes_by_label(self) -> dict[Label, list[NodeBase]]:
        grouped: dict[Label, list[NodeBase]] = {}
        for node in self.nodes.values():
            grouped.setdefault(node.label, []).append(node)
        return grouped


def make_node(label: Label | str, name: str, *, key: str | None = None, **fields: Any) -> NodeBase:
    """Build the node model of ``label`` with its canonical id from ``key`` (default: name)."""
    model = NODE_MODELS[Label(label)]
    node_id_value = fields.pop("id", None) or node_id(label, key or name)
    return model(id=node_id_value, name=name, **fields)
