"""A quota said without its goods caps the material the article is about.

News names a quota by its kind alone once the goods are clear from the story: "Beijing cut
its export quota by a third", "the ministry has not yet issued this year's mining quotas" in
an article about rare earths. A quota (export, mining, smelting, production) whose sentence
names no material or product restricts the article's main material: the one named most
often, at least ``_LEAST`` times and more often than any other, counting materials themselves
and not their forms ("cobalt", "rare earths"; not "cobalt hydroxide"). Only a quota named as
such ("Those quotas" may be one said to be gone), set by a country the sentence names itself
(not "Chinese refiners ... the quota"), counts.
Runs after modality: the quota must stand in its sentence (a fact of it kept there, its
status neither lifted nor suspended), so a quota denied, planned or dropped caps nothing.
"""

from __future__ import annotations

from collections import Counter

from rekg.extract.context import ArticleContext, Fact, Mention, SentenceView
from rekg.schema import Label, RelType

_LEAST = 3
_CONFIDENCE = 0.6
_CLASSES = frozenset({"element", "group"})
_ENDED = frozenset({"lifted", "suspended"})
_NOT_NAMED = frozenset({"demonym", "anaphor"})


def _plain(m: Mention) -> bool:
    """A material itself, not one form of it: "cobalt", "rare earths", not "cobalt hydroxide"."""
    kind = m.entry.properties.get("kind") if m.entry is not None else None
    return kind in _CLASSES or (kind == "mineral" and " " not in m.name)


def _topic(ctx: ArticleContext) -> Mention | None:
    """The material named most often in the article, when one clearly leads."""
    counts: Counter[str] = Counter()
    first: dict[str, Mention] = {}
    for view in ctx.sentences:
        for m in view.of(Label.MATERIAL):
            if not _plain(m):
                continue
            counts[m.node_id] += 1
            first.setdefault(m.node_id, m)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < _LEAST or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return first[ranked[0][0]]


def _unsaid(topic: Mention, at: int) -> Mention:
    """The topic as a mention of no width right after the quota, where modality looks."""
    return Mention(topic.label, topic.node_id, topic.name, at, at, "", "anaphor",
                   kind=topic.kind, entry=topic.entry, props={**topic.props, "unsaid": True})


def _named(view: SentenceView, imposer: str | None) -> bool:
    """The sentence names the quota's country itself, not as a modifier ("Chinese refiners")."""
    return imposer is not None and imposer.startswith("country:") and any(
        m.node_id == imposer and m.end > m.start and m.form not in _NOT_NAMED
        for m in view.of(Label.COUNTRY))


def run(ctx: ArticleContext) -> None:
    topic: Mention | None = None
    looked = False
    restricted = {(f.sentence, f.source.node_id) for f in ctx.facts if f.rel is RelType.RESTRICTS}
    standing = {(f.sentence, f.target.node_id) for f in ctx.facts if f.rel is RelType.IMPOSES}
    for i, view in enumerate(ctx.sentences):
        if view.of(Label.MATERIAL, Label.PRODUCT):
            continue
        for m in view.of(Label.RESTRICTION):
            frame = ctx.restrictions.get(m.node_id)
            imposer = frame.imposer if frame is not None else None
            if frame is None or frame.paused or frame.status in _ENDED \
                    or (i, m.node_id) not in standing \
                    or m.form != "trigger" or m.kind != "export_quota" \
                    or "quota" not in m.surface.lower() or (i, m.node_id) in restricted \
                    or not _named(view, imposer):
                continue
            if not looked:
                topic, looked = _topic(ctx), True
            if topic is None:
                return
            ctx.facts.append(Fact(RelType.RESTRICTS, m, _unsaid(topic, m.end), i,
                                  "frame:quota-topic", _CONFIDENCE, view.text))
            restricted.add((i, m.node_id))
