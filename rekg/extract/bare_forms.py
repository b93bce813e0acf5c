"""Bare "oxides" and "alloys" in a passage about the rare earths are theirs: "Silmet turns
feedstock into oxides", "plants will depend on oxide and alloy bought abroad". Bare "metal"
and "ore" are left alone: news uses them loosely, of any metal or of a mine's rock.

The word names the rare earths' form only when it stands alone (no modifier before it, no
noun after it that it modifies) and the goods of its sentence, or else those in focus
(``focus.Goods``), are rare earths; in a passage about antimony or gallium it stays no node,
and in one about terbium it is "terbium oxide" when the lexicon has that form.
"""

from __future__ import annotations

from rekg.extract.bare_concentrate import rare_earth
from rekg.extract.context import ArticleContext, Mention, SentenceView
from rekg.extract.focus import Goods
from rekg.extract.material_forms import material_forms, shared_forms
from rekg.extract.patterns import word_sets
from rekg.loaders.lexicon import Entry, Lexicon
from rekg.schema import Label


def _rare_earth(m: Mention) -> bool:
    return rare_earth(m) or (m.label is Label.MATERIAL and "rare earth" in m.name.lower())


def _alone(view: SentenceView, i: int, taken: set[int], skip: frozenset[str],
           others: frozenset[str]) -> bool:
    low = view.words
    if i in taken or not view.tokens[i].text.islower():
        return False
    opens = i == 0 or view.gaps[i] not in ("", "-") or (
        low[i - 1] in skip and low[i - 1] not in others and i - 1 not in taken)
    closes = i + 1 == len(low) or view.gaps[i + 1] not in ("", "-") or (
        low[i + 1] in skip and i + 1 not in taken)
    return opens and closes


def _owners(view: SentenceView, goods: Goods, i: int) -> list[Mention]:
    """The rare earths the bare word is a form of: those of its sentence, else those in focus;
    none when other goods are in focus."""
    here = [m for m in view.mentions if _rare_earth(m) and m.form != "place"]
    if here:
        return here
    focus = goods.focus(view, i)
    return focus if focus and all(_rare_earth(m) for m in focus) else []


def _entries(lexicon: Lexicon, owners: list[Mention], word: str) -> list[Entry]:
    """"rare earth oxide" when the passage names the rare earths as a group; "terbium oxide"
    when it names terbium (and the lexicon has that form), else nothing."""
    if any("rare earth" in m.name.lower() for m in owners):
        group = lexicon.find(Label.MATERIAL, f"rare earth {word}")
        return [group] if group is not None else []
    found = {m.name: lexicon.find(Label.MATERIAL, f"{m.name} {word}") for m in owners}
    return [e for e in found.values() if e is not None]


def _forms(view: SentenceView, goods: Goods, lexicon: Lexicon,
           words: tuple[frozenset[str], frozenset[str], frozenset[str]]) -> None:
    forms, skip, others = words
    if forms.isdisjoint(view.words):
        return
    taken = {k for m in view.mentions for k in range(m.start, m.end)}
    found: list[Mention] = []
    for i, word in enumerate(view.words):
        if word not in forms or not _alone(view, i, taken, skip, others):
            continue
        entries = _entries(lexicon, _owners(view, goods, i), word)
        if len(entries) == 1:  # "samarium and terbium oxides" name two: left to the lists
            entry = entries[0]
            found.append(Mention(Label.MATERIAL, entry.id, entry.name, i, i + 1,
                                 view.tokens[i].text, "open", kind=entry.properties.get("kind"),
                                 entry=entry))
    if found:
        view.mentions.extend(found)
        view.mentions.sort(key=lambda m: (m.start, -m.end))


def run(ctx: ArticleContext) -> None:
    sets = word_sets()
    words = (sets["bare_rare_earth_forms"].singles,
             sets["np_skip"].singles | sets["np_skip_status"].singles,
             sets["bare_form_others"].singles)
    goods = Goods()
    for view in ctx.sentences:
        material_forms(view)
        shared_forms(view, ctx.lexicon)
        _forms(view, goods, ctx.lexicon, words)
        goods.add(view)
