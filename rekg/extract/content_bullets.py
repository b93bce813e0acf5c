"""Part of stage 5: bullets that give each product's content of one material, under a line
that names the material and ends in a colon ("Estimates of the rare earth content per vessel:"
over "- frigate: about 2,000 kg"). Each product that opens a bullet, with a colon and a figure
after it, depends on the material."""

from __future__ import annotations

from rekg.extract.bullets import points, unsaid
from rekg.extract.context import ArticleContext, Fact, Mention, SentenceView
from rekg.extract.patterns import word_sets
from rekg.schema import Label, RelType

ORIGIN = "frame:content-bullets"


def _content(view: SentenceView) -> Mention | None:
    """The one material a lead line about content names, if the line ends in a colon."""
    if not view.text.rstrip().endswith(":") \
            or word_sets()["content_lead_words"].singles.isdisjoint(view.words):
        return None
    materials = {m.node_id: m for m in view.of(Label.MATERIAL) if m.form != "anaphor"}
    return next(iter(materials.values())) if len(materials) == 1 else None


def _product(line: SentenceView) -> Mention | None:
    """The product a bullet opens with, when a colon and a figure follow it."""
    first = min((m for m in line.mentions if m.end > m.start), key=lambda m: m.start,
                default=None)
    if first is None or first.label is not Label.PRODUCT or first.start > 1 \
            or first.end >= len(line.words):
        return None
    colon = next((k for k in range(first.end, len(line.words)) if ":" in line.gaps[k]), None)
    if colon is None or colon > first.end + 2:
        return None  # "- F-35 fighter: about 920 pounds" (a word of the name may trail)
    return first if any(w[:1].isdigit() for w in line.words[colon:]) else None


def content_bullets(ctx: ArticleContext) -> list[Fact]:
    facts: list[Fact] = []
    views = ctx.sentences
    for index, view in enumerate(views):
        material = _content(view)
        if material is None:
            continue
        for line in points(views, index + 1):
            product = _product(line)
            if product is None:
                break
            facts.append(Fact(RelType.DEPENDS_ON, product, unsaid(material), line.index,
                              ORIGIN, 0.65, line.text))
    return facts
