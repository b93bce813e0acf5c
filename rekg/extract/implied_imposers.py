"""Part of stage 5: the imposer of a measure whose sentence names none, from the rest of the
article (the imposer named most often, the one imposer of the goods' family so far, the other
side of a two-sided dispute)."""

from __future__ import annotations

from rekg.extract.context import ArticleContext, Mention
from rekg.extract.imposers import authority
from rekg.schema import Label, RelType


def principal(imposes: dict[int, Mention], ctx: ArticleContext) -> Mention | None:
    """The imposer named most often, else the country the article names most often."""
    counts: dict[str, tuple[int, Mention]] = {}
    targets = {f.target.node_id for f in ctx.facts if f.rel is RelType.TARGETS}
    for m in imposes.values():
        counts[m.node_id] = (counts.get(m.node_id, (0, m))[0] + 1, m)
    if not counts:
        for view in ctx.sentences:
            for m in view.of(Label.COUNTRY):
                if m.form != "place" and m.node_id not in targets:
                    counts[m.node_id] = (counts.get(m.node_id, (0, m))[0] + 1, m)
    if not counts:
        return None
    return max(counts.values(), key=lambda c: c[0])[1]


def sole_counterpart(imposes: dict[int, Mention], ctx: ArticleContext,
                     aimed_at: set[str]) -> Mention | None:
    """A measure aimed at one side of a two-sided dispute, with no imposer named, is the other
    side's: in an article where only China and the US impose anything, "the tariff on Chinese
    goods" is the US tariff. Nothing when more than one other imposer is named."""
    if not aimed_at:
        return None
    others: dict[str, Mention] = {}
    for m in imposes.values():
        country = authority(ctx, m)
        if country.label is Label.COUNTRY and country.node_id not in aimed_at:
            others.setdefault(country.node_id, country)
    return next(iter(others.values())) if len(others) == 1 else None


def _family(ctx: ArticleContext, item: str) -> str | None:
    """Rare earth elements and their groups are one family of goods; else the lexicon kind."""
    entry = ctx.lexicon.entries.get(item)
    kind = entry.properties.get("kind") if entry is not None else None
    return "element" if kind == "group" else kind if isinstance(kind, str) else None


def kin_imposer(ctx: ArticleContext, items: list[str],
                restricted_by: dict[str, Mention]) -> Mention | None:
    """A measure with no imposer named, on goods of the family that only one imposer of the
    article has restricted so far, is that imposer's: "China added five rare earths ... the US
    suspended its affiliates rule ... the April regime for samarium stays" is China's regime."""
    families = {_family(ctx, i) for i in items} - {None}
    if not families:
        return None
    kin: dict[str, Mention] = {}
    for item, who in restricted_by.items():
        if _family(ctx, item) in families:
            kin.setdefault(authority(ctx, who).node_id, who)
    return next(iter(kin.values())) if len(kin) == 1 else None


def lasting_focus(imposes: dict[int, Mention], ctx: ArticleContext, focus: Mention | None,
                  principal: Mention | None) -> Mention | None:
    """The imposer the text is about: the last one named, unless it only owns, as a possessive
    or modifier, one measure named in passing ("like the US rule on chips") in an article whose
    main imposer imposes at least three: "Lawyers compare it with the US rule. Further controls
    cover graphite." is still China's."""
    if focus is None or principal is None or not any(
            f.rel is RelType.IMPOSES and f.source is focus and f.origin == "imposes.possessive"
            for f in ctx.facts):
        return focus
    counts: dict[str, int] = {}
    for m in imposes.values():
        node = authority(ctx, m).node_id
        counts[node] = counts.get(node, 0) + 1
    main, last = authority(ctx, principal).node_id, authority(ctx, focus).node_id
    if last != main and counts.get(last, 0) <= 1 and counts.get(main, 0) >= 3:
        return principal
    return focus
