"""An "it" that is the object of a verb or noun that only takes goods is the material the
sentence before was about: "Germanium is scarce. Beijing restricted exports of it.",
"Gallium is hard to replace. Solar cells contain it." (``goods_object`` of the focus module
reads the verbs of making; this reads those of trade, use and restriction.) A "them" that is
the object of such a verb, or a count of them ("a modern car uses hundreds of them"), is the
goods the sentence before named, when they are one kind or one list of one label.

The antecedent must be unambiguous: the one material named in the sentence before (or earlier
in this one), or, with several, the single material the sentence before opened with, as the
subject of one sentence is most often what the next goes on about. With none, "it" is left
alone ("Prices rose. Beijing restricted exports of it." names no goods).
"""

from __future__ import annotations

from rekg.extract.context import Mention, SentenceView
from rekg.extract.focus import covered, refer, refer_all
from rekg.extract.patterns import word_sets
from rekg.schema import Label


def _takes_goods(view: SentenceView, i: int) -> bool:
    """"exports of it", "contain it", "restricted it", "sells most of it": word ``i`` ("it")
    follows, with no punctuation, a noun of trade and "of", or a verb whose object is goods
    (and a share of it)."""
    low, gaps = view.words, view.gaps
    if i < 2 or gaps[i] or covered(view, i - 1):
        return False
    sets = word_sets()
    if low[i - 1] != "of":
        return low[i - 1] in sets["goods_taking_verbs"]
    if gaps[i - 1]:
        return False
    if low[i - 2] in sets["trade_nouns"]:
        return True
    # "buys most of it", "exports the bulk of it": a share of it after a goods-taking verb
    verb = i - 3 if low[i - 2] in sets["goods_share_words"] else -1
    if verb >= 1 and low[verb] in ("the", "a") and not gaps[verb + 1]:
        verb -= 1
    if verb >= 2 and low[verb] == "of" and not gaps[verb]:  # "exports of most of it"
        return low[verb - 1] in sets["trade_nouns"]
    return verb >= 1 and not gaps[verb + 1] and low[verb] in sets["goods_taking_verbs"]


def _relied_on(view: SentenceView, previous: SentenceView | None, i: int) -> bool:
    """"Every radar relies on it", "depend heavily on it": word ``i`` ("it") is what a verb of
    reliance leans on, and neither sentence names a party that "it" could mean ("China
    dominates graphite. Japan relies on it." is China)."""
    low, gaps = view.words, view.gaps
    if i < 2 or low[i - 1] != "on" or gaps[i - 1] or gaps[i]:
        return False
    rely = word_sets()["rely_verbs"]
    verb = i - 3 if i > 2 and low[i - 2].endswith("ly") and low[i - 2] not in rely \
        and not gaps[i - 2] else i - 2
    parties = (Label.ORGANIZATION, Label.COUNTRY)
    return low[verb] in rely and not covered(view, verb) and not any(
        m.label in parties and m.form != "place" and (m.start < i or view is not previous)
        for v in (view, previous) if v is not None for m in v.mentions)


def _materials(view: SentenceView, before: int) -> list[Mention]:
    return [m for m in view.mentions if m.label is Label.MATERIAL and m.end <= before
            and m.form != "place" and not m.props.get("elided")]


def _antecedent(view: SentenceView, previous: SentenceView | None, i: int) -> Mention | None:
    here = _materials(view, i)
    if here:  # a material of this sentence is the nearer one
        return here[0] if len({m.node_id for m in here}) == 1 else None
    if previous is None or previous.index != view.index - 1:
        return None
    there = _materials(previous, len(previous.words))
    if len({m.node_id for m in there}) == 1:
        return there[0]
    opener = min(previous.mentions, key=lambda m: m.start, default=None)
    if opener is not None and opener.start == 0 and opener in there and opener.group < 0:
        return opener
    return None


def _takes_counted(view: SentenceView, i: int) -> bool:
    """"uses them", "contains dozens of them": ``them`` (word ``i``) is the object of a verb
    that takes goods, directly or after a count and "of", with no punctuation between."""
    low, gaps = view.words, view.gaps
    verb = i - 1
    if i >= 3 and low[i - 1] == "of" and low[i - 2] in word_sets()["object_counts"] \
            and not gaps[i - 1] and not gaps[i - 2]:
        verb = i - 3
    return verb >= 1 and not gaps[i] and not gaps[verb + 1] \
        and low[verb] in word_sets()["goods_taking_verbs"]


def _plural_antecedents(previous: SentenceView | None, index: int) -> list[Mention]:
    """The goods of the sentence before: its one product or material, or its one list."""
    if previous is None or previous.index != index - 1:
        return []
    goods = [m for m in previous.mentions if m.label in (Label.PRODUCT, Label.MATERIAL)
             and m.form != "place" and not m.props.get("elided")]
    if len({m.label for m in goods}) != 1:
        return []
    if len({m.node_id for m in goods}) == 1:
        return goods[:1]
    groups = {m.group for m in goods}
    if len(groups) == 1 and -1 not in groups:
        return list({m.node_id: m for m in goods}.values())
    return []


def object_goods(view: SentenceView, previous: SentenceView | None, group: int = -1) -> None:
    """Give each goods-taking "it" of ``view`` the node of its unambiguous material, and each
    goods-taking "them" the goods of the sentence before."""
    for i, word in enumerate(view.words):
        if word == "them" and not covered(view, i) and _takes_counted(view, i):
            antecedents = _plural_antecedents(previous, view.index)
            if antecedents:
                refer_all(antecedents, view, i, i + 1, group)
            continue
        if word != "it" or covered(view, i) or not (_takes_goods(view, i)
                                                    or _relied_on(view, previous, i)):
            continue
        antecedent = _antecedent(view, previous, i)
        if antecedent is not None:
            view.mentions.append(refer(antecedent, view, i, i + 1))
