"""A bare "concentrate" names the concentrate of the material it follows or the article is
about: "antimony concentrates", or "imports concentrates from Tajikistan" in an article about
antimony, are no rare earth concentrate. The lexicon gives the bare word to rare earth
concentrate, which stands when the material is a rare earth (or none is in focus); another
material's concentrate is its own lexicon entry ("tungsten concentrate") or, lacking one, the
open "germanium concentrate" when the material's name stands right before the word, else no
node at all. A bare "ore" or "carbonate" is read the same way: the lexicon gives them to rare
earth ore and mixed rare earth carbonate, "nickel ore" or "the ore" in an article about nickel
is nickel ore, and "the carbonate" in one about lithium is lithium carbonate.
"""

from __future__ import annotations

from collections import Counter

from rekg.extract.context import ArticleContext, Mention, SentenceView
from rekg.extract.focus import Goods
from rekg.extract.site_places import operated_sites, owned_site_places
from rekg.loaders.families import RARE_EARTHS, coverage_families
from rekg.loaders.lexicon import Lexicon
from rekg.schema import Label, node_id

_BARE = frozenset({"concentrate", "ore", "carbonate"})
_ARTICLE_WIDE = frozenset({"ore", "carbonate"})  # read from the article's main material too


def _bare(view: SentenceView, m: Mention) -> bool:
    return m.label is Label.MATERIAL and m.end - m.start == 1 and m.form != "anaphor" \
        and view.words[m.start] in _BARE


def _owner(view: SentenceView, m: Mention) -> list[Mention]:
    """The material named just before: "antimony concentrates", "tin and tungsten concentrate"."""
    before = [o for o in view.mentions if o.label is Label.MATERIAL and o.end == m.start
              and o.form != "place" and not view.gaps[m.start]]
    if not before or before[0].group < 0:
        return before
    return [o for o in view.mentions if o.group == before[0].group and o.label is Label.MATERIAL]


def rare_earth(m: Mention) -> bool:
    return m.label is Label.MATERIAL and RARE_EARTHS in coverage_families(m.node_id)


def _resolved(lexicon: Lexicon, view: SentenceView, m: Mention, owners: list[Mention]
              ) -> list[Mention] | None:
    """What the bare word names: None to keep it as it is, else its replacements."""
    if not owners or any(rare_earth(o) for o in owners):
        return None
    found: list[Mention] = []
    bare = view.words[m.start]
    for owner in owners:
        entry = lexicon.find(Label.MATERIAL, f"{owner.name} {bare}")
        if entry is not None:
            found.append(Mention(Label.MATERIAL, entry.id, entry.name, m.start, m.end, m.surface,
                                 m.form, kind=entry.properties.get("kind"), entry=entry,
                                 group=m.group))
        elif owner.end == m.start and owner in view.mentions and bare not in owner.name:
            name = f"{owner.name} {bare}"  # "graphite concentrate", "nickel concentrate"
            found.append(Mention(Label.MATERIAL, node_id(Label.MATERIAL, name), name, m.start,
                                 m.end, m.surface, "open", kind="mineral", group=m.group))
    return found


def _follow(view: SentenceView, m: Mention, replacements: list[Mention]) -> None:
    """The pronouns after a bare "ore" or "carbonate" in its sentence ("mines the ore and
    ships it") name what the bare word was read as, or nothing when it named nothing."""
    for o in [o for o in view.mentions if o.form == "anaphor" and o.node_id == m.node_id
              and o.start > m.start]:
        if len(replacements) != 1:
            view.mentions.remove(o)
            continue
        new = replacements[0]
        o.node_id, o.name, o.kind, o.entry = new.node_id, new.name, new.kind, new.entry


def _main_material(ctx: ArticleContext) -> list[Mention]:
    """The material the article names most often (none on a tie): what a bare "ore" or
    "carbonate" no sentence explains is the ore or carbonate of."""
    counts: Counter[str] = Counter()
    first: dict[str, Mention] = {}
    for view in ctx.sentences:
        for m in view.of(Label.MATERIAL):
            if m.form not in ("anaphor", "place") and not _bare(view, m):
                counts[m.node_id] += 1
                first.setdefault(m.node_id, m)
    top = counts.most_common(2)
    if not top or (len(top) == 2 and top[0][1] == top[1][1]):
        return []
    return [first[top[0][0]]]


def run(ctx: ArticleContext) -> None:
    goods = Goods()
    operated_sites(ctx)
    main: list[Mention] | None = None
    for view in ctx.sentences:
        owned_site_places(view)
        for m in [m for m in view.mentions if _bare(view, m)]:
            owners = _owner(view, m)
            wide = view.words[m.start] in _ARTICLE_WIDE
            others = [o for o in view.of(Label.MATERIAL) if o is not m and not (wide and (
                _bare(view, o) or o.node_id == m.node_id or o.form == "anaphor"))]
            replacements: list[Mention] | None = []
            beside = False
            if wide and not owners and m.group >= 0 and any(
                    o.group == m.group for o in others) and not any(
                    rare_earth(o) for o in others if o.group == m.group):
                pass  # "sells scrap metal and ore": listed with other goods, no one's ore
            elif not owners and not any(rare_earth(o) for o in others):
                owners = goods.focus(view, m.start)  # "processes concentrate into oxides" keeps
                if not owners and wide:
                    if main is None:
                        main = _main_material(ctx)
                    owners = main  # "banned exports of ore" in an article about nickel
                    # "sells its ore and hopes to mine antimony": not the ore of antimony
                    beside = any(o.node_id == main[0].node_id for o in others if main)
                replacements = [] if beside else _resolved(ctx.lexicon, view, m, owners)
            else:
                replacements = _resolved(ctx.lexicon, view, m, owners)
            if replacements is not None:
                view.mentions.remove(m)
                view.mentions.extend(replacements)
                if wide:
                    _follow(view, m, replacements)
        view.mentions.sort(key=lambda m: (m.start, -m.end))
        goods.add(view)
