"""Part of the agreements stage: members and scope listed under a heading.

Trackers and fact sheets list the members of an agreement as bullets under a short heading
("Founding partners (June 2022)", "Signatories:", "Members"): each bullet that opens with a
country or organisation names a party to the agreement in focus at the heading (named up to
ten lines back, or at the heading of the bullets before). A heading that says the bullets are
not members ("Observers", "Countries outside the partnership", "Former members") lists no
parties. Likewise a line about the agreement that opens a list with a colon and a word of
its scope ("Under the MoU, the two sides will cooperate in five areas:") makes the goods of
the bullets or numbered points below what the agreement addresses.
"""

from __future__ import annotations

from rekg.extract.agreement_scope import in_focus
from rekg.extract.bullets import BULLET, points, unsaid
from rekg.extract.context import ArticleContext, Fact, Mention, SentenceView
from rekg.extract.patterns import word_sets
from rekg.schema import Label, RelType

ORIGIN = "frame:members-heading"
SCOPE_ORIGIN = "frame:scope-heading"
_PARTIES = (Label.COUNTRY, Label.ORGANIZATION)
_GOODS = (Label.MATERIAL, Label.PRODUCT)
_HEADING_WORDS = 8  # a heading is short: "Founding partners (June 2022)"
_REACH = 10  # lines between the agreement named and its heading


def _heading(view: SentenceView) -> bool:
    sets = word_sets()
    words = view.words
    return 0 < len(words) <= _HEADING_WORDS and not BULLET.match(view.text) \
        and not any(m.label in _PARTIES for m in view.mentions) \
        and not sets["member_heading_nouns"].singles.isdisjoint(words) \
        and sets["member_heading_exclusions"].singles.isdisjoint(words)


def _bullet_parties(view: SentenceView) -> list[Mention]:
    """The country or organisation a bullet opens with, and the rest of its list."""
    if not BULLET.match(view.text):
        return []
    first = min((m for m in view.mentions if m.end > m.start), key=lambda m: m.start,
                default=None)
    if first is None or first.label not in _PARTIES or first.start > 1 \
            or first.form in ("anaphor", "place"):
        return []
    if first.group < 0:
        return [first]
    return [m for m in view.mentions if m.group == first.group and m.label in _PARTIES]


def _scope_heading(view: SentenceView) -> bool:
    return view.text.rstrip().endswith(":") and not BULLET.match(view.text) \
        and not word_sets()["agreement_scope_heads"].singles.isdisjoint(view.words)


def _scope(ctx: ArticleContext, focus: list[tuple[Mention, int] | None]) -> None:
    views = ctx.sentences
    for index, view in enumerate(views):
        here = focus[index]
        if here is None or here[1] > 1 or not _scope_heading(view):
            continue
        for line in points(views, index + 1):
            goods = [m for m in line.of(*_GOODS) if m.end > m.start and m.form != "anaphor"]
            ctx.facts.extend(Fact(RelType.ADDRESSES, unsaid(here[0]), good, line.index,
                                  SCOPE_ORIGIN, 0.6, line.text) for good in goods)


def run(ctx: ArticleContext) -> None:
    focus = in_focus(ctx, reach=_REACH)
    _scope(ctx, focus)
    views = ctx.sentences
    listed: Mention | None = None  # the deal of the last heading, for the next one
    for index, view in enumerate(views):
        if any(m.label is Label.AGREEMENT for m in view.mentions):
            listed = None
        if not _heading(view):
            continue
        here = focus[index]
        deal = here[0] if here is not None else listed
        if deal is None:
            continue
        for line in views[index + 1:]:
            parties = _bullet_parties(line)
            if not parties:
                break
            listed = deal  # "Founding partners ... Later partners": the same deal
            ctx.facts.extend(Fact(RelType.PARTY_TO, party, unsaid(deal), line.index, ORIGIN, 0.6,
                                  line.text) for party in parties)


__all__ = ["run"]
