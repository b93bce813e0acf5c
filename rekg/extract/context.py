"""The typed per-article context that the extraction stages pass forward.

Each stage reads what earlier stages wrote and adds its own part: tokens fill ``sentences``,
mentions fill ``SentenceView.mentions``, candidates fill ``facts`` and ``refusals``, frames
give restriction mentions their nodes, modality drops or re-labels facts, fragment builds the
GraphFragment. Nothing else is shared between stages.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from rekg.loaders.document import Document
from rekg.loaders.lexicon import Entry, Lexicon
from rekg.loaders.text import Token
from rekg.schema import GraphFragment, Label, RelType


@dataclass(slots=True)
class Mention:
    """A token span of one sentence that names, or refers back to, a node.

    ``form`` says how it was found: name, alias, demonym, capital (lexicon), open (a noun
    phrase with a product or material head), rule (organisation, person or agreement cues),
    trigger (a restriction noun or verb), anaphor (resolved by coreference).
    """

    label: Label
    node_id: str
    name: str
    start: int
    end: int
    surface: str
    form: str
    kind: str | None = None
    entry: Entry | None = None
    props: dict[str, Any] = field(default_factory=dict)
    group: int = -1  # coordinated list this mention belongs to, -1 when alone

    @property
    def in_list(self) -> bool:
        return self.group >= 0


@dataclass(slots=True)
class Place:
    start: int
    end: int
    name: str
    iso2: str


@dataclass(slots=True)
class Cue:
    """A modality cue found in a sentence: negation, denial, exclusion, threat, plan, ..."""

    name: str
    start: int
    end: int


@dataclass
class SentenceView:
    """One sentence: its tokens, normalised words, mentions, places and cues."""

    index: int
    text: str
    tokens: list[Token]
    words: list[str]  # lower-cased singular words, one per token
    gaps: list[str]  # gaps[i]: the punctuation between token i-1 and token i
    mentions: list[Mention] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    cues: list[Cue] = field(default_factory=list)
    paragraph: int = 0  # blocks of the article apart by a blank line, counted from 0

    def span_text(self, start: int, end: int) -> str:
        return self.text[self.tokens[start].start:self.tokens[end - 1].end]

    def of(self, *labels: Label) -> list[Mention]:
        if len(labels) == 1:  # most calls: one label, compared by identity
            label = labels[0]
            return [m for m in self.mentions if m.label is label]
        return [m for m in self.mentions if m.label in labels]

    def covered(self, start: int, end: int) -> list[Mention]:
        return [m for m in self.mentions if m.start < end and start < m.end]


def same_node(a: Mention, b: Mention) -> bool:
    """One node: a restriction mention is only itself until frames give it its node."""
    if a.label is Label.RESTRICTION or b.label is Label.RESTRICTION:
        return a is b
    return a.node_id == b.node_id


@dataclass(slots=True)
class Fact:
    """A relationship candidate that a pattern, the scorer or a frame accepted."""

    rel: RelType
    source: Mention
    target: Mention
    sentence: int
    origin: str  # pattern id, "scorer:0.83" or "frame:<what>"
    confidence: float
    evidence: str = ""


@dataclass(slots=True)
class Refusal:
    """A candidate that was not turned into a relationship, and why."""

    rel: str
    source: str
    target: str
    sentence: int
    reason: str
    origin: str = ""


@dataclass
class RestrictionFrame:
    """One measure of the article: who imposes it, its kind and status, what it covers."""

    node_id: str
    imposer: str | None
    kind: str
    status: str = "announced"
    surfaces: list[str] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)
    announced: str | None = None  # ISO dates named next to the measure
    effective: str | None = None
    paused: bool = False  # named as suspended or lifted: a node apart from the one in force


@dataclass
class AgreementFrame:
    node_id: str
    name: str
    place: str | None = None
    parties: set[str] = field(default_factory=set)
    aliases: list[str] = field(default_factory=list)  # longer phrases (agreement_surface.py)


@dataclass
class ArticleContext:
    doc: Document
    lexicon: Lexicon
    sentences: list[SentenceView] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    refusals: list[Refusal] = field(default_factory=list)
    restrictions: dict[str, RestrictionFrame] = field(default_factory=dict)
    agreements: dict[str, AgreementFrame] = field(default_factory=dict)
    fragment: GraphFragment = field(default_factory=GraphFragment)
    article_id: str = ""
    datelines: set[int] = field(default_factory=set)  # sentences that are a story's dateline

    def __post_init__(self) -> None:
        self.article_id = self.doc.id  # a content hash: computed once

    def refuse(self, rel: str, source: Mention | str, target: Mention | str, sentence: int,
               reason: str, origin: str = "") -> None:
        self.refusals.append(Refusal(
            rel, source if isinstance(source, str) else source.surface,
            target if isinstance(target, str) else target.surface, sentence, reason, origin))
