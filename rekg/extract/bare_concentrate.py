"""A bare "concentrate" names the concentrate of the material it follows or the article is
about: "antimony concentrates", or "imports concentrates from Tajikistan" in an article about
antimony, are no rare earth concentrate. The lexicon gives the bare word to rare earth
concentrate, which stands when the material is a rare earth (or none is in focus); another
material's concentrate is its own lexicon entry ("tungsten concentrate") or, lacking one, the
open "germanium concentrate" when the material's name stands right before the word, else no
node at all.
"""

from __future__ import annotations

from rekg.extract.context import ArticleContext, Mention, SentenceView
from rekg.extract.focus import Goods
from rekg.extract.site_places import operated_sites, owned_site_places
from rekg.loaders.families import RARE_EARTHS, coverage_families
from rekg.loaders.lexicon import Lexicon
from rekg.schema import Label, node_id

_BARE = "concentrate"


def _bare(view: SentenceView, m: Mention) -> bool:
    return m.label is Label.MATERIAL and m.end - m.start == 1 and m.form != "anaphor" \
        and view.words[m.start] == _BARE


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
    for owner in owners:
        entry = lexicon.find(Label.MATERIAL, f"{owner.name} {_BARE}")
        if entry is not None:
            found.append(Mention(Label.MATERIAL, entry.id, entry.name, m.start, m.end, m.surface,
                                 m.form, kind=entry.properties.get("kind"), entry=entry,
                                 group=m.group))
        elif owner.end == m.start and owner in view.mentions and _BARE not in owner.name:
            name = f"{owner.name} {_BARE}"  # "graphite concentrate", "nickel concentrate"
            found.append(Mention(Label.MATERIAL, node_id(Label.MATERIAL, name), name, m.start,
                                 m.end, m.surface, "open", kind="mineral", group=m.group))
    return found


def run(ctx: ArticleContext) -> None:
    goods = Goods()
    operated_sites(ctx)
    for view in ctx.sentences:
        owned_site_places(view)
        for m in [m for m in view.mentions if _bare(view, m)]:
            owners = _owner(view, m)
            if not owners and not any(rare_earth(o) for o in view.mentions if o is not m):
                owners = goods.focus(view, m.start)  # "processes concentrate into oxides" keeps
            replacements = _resolved(ctx.lexicon, view, m, owners)
            if replacements is not None:
                view.mentions.remove(m)
                view.mentions.extend(replacements)
        view.mentions.sort(key=lambda m: (m.start, -m.end))
        goods.add(view)
