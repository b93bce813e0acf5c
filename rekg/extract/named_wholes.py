"""A product named with the product it goes into ("electric vehicle motors", "EV batteries",
"drone cameras") as one lexicon entry: the whole its name opens with depends on it, as when
the two are named apart ("electric vehicle traction motors"). Only a head that names a part
(motor, battery, sensor ...) is read so; a charger or a plant named after a product is not
inside it. A part whose name opens with a one-word alias of another product ("turbine
blades") names no whole, nor does a physical part its name opens with ("voice coil motors"
are motors driven by a coil, not parts of one)."""

from __future__ import annotations

from rekg.extract.candidates import _PART_HEADS
from rekg.extract.context import ArticleContext, Fact, Mention
from rekg.extract.patterns import word_sets
from rekg.schema import Label, RelType

_ORIGIN = "depends_on.whole-in-name"


def _whole_name(surface: str) -> bool:
    """A name of two words or more, or a capitalised short form ("EV"): a one-word alias
    ("turbine" for wind turbine) also heads names of parts of other goods ("turbine blade")."""
    return " " in surface or surface.isupper()


def run(ctx: ArticleContext) -> None:
    held = {(f.source.node_id, f.target.node_id) for f in ctx.facts
            if f.rel is RelType.DEPENDS_ON}
    surfaces = ctx.lexicon.surfaces
    for view in ctx.sentences:
        for part in view.of(Label.PRODUCT):
            size = part.end - part.start
            if size < 2 or part.form not in ("name", "alias") \
                    or view.words[part.end - 1] not in _PART_HEADS:
                continue
            for k in range(size - 1, 0, -1):
                found = surfaces.get(tuple(view.words[part.start:part.start + k]))
                if found is None or found.entry.label is not Label.PRODUCT \
                        or found.entry.id == part.node_id \
                        or not _whole_name(view.span_text(part.start, part.start + k)) \
                        or view.words[part.start + k - 1] in word_sets()["part_nouns"] \
                        or any(view.gaps[j] for j in range(part.start + 1, part.start + k + 1)):
                    continue
                entry = found.entry
                if (entry.id, part.node_id) not in held:
                    held.add((entry.id, part.node_id))
                    whole = Mention(entry.label, entry.id, entry.name, part.start,
                                    part.start + k, view.span_text(part.start, part.start + k),
                                    found.form, entry=entry)
                    ctx.facts.append(Fact(RelType.DEPENDS_ON, whole, part, view.index, _ORIGIN,
                                          0.7, view.text))
                break
