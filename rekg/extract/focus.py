"""What the article is about at each sentence, for the coreference stage: the organisations
and countries named lately and how often (``Salience``), the materials in focus (``Goods``),
and the producer nouns that leave their goods unsaid ("the second-largest producer").
"""

from __future__ import annotations

from rekg.extract.context import Mention, SentenceView
from rekg.extract.patterns import word_sets
from rekg.schema import Label

_ORG_WINDOW = 2  # sentences back that a company must have been named in to be in focus


def covered(view: SentenceView, i: int) -> bool:
    return any(m.start <= i < m.end for m in view.mentions)


def refer(antecedent: Mention, view: SentenceView, start: int, end: int) -> Mention:
    return Mention(antecedent.label, antecedent.node_id, antecedent.name, start, end,
                   view.span_text(start, end), "anaphor", kind=antecedent.kind,
                   entry=antecedent.entry, props=dict(antecedent.props))


def refer_all(antecedents: list[Mention], view: SentenceView, start: int, end: int,
              group: int, **props: object) -> None:
    """Add a mention of each antecedent at start..end; several form one coordinated list."""
    for antecedent in antecedents:
        mention = refer(antecedent, view, start, end)
        mention.props.update(props)
        if len(antecedents) > 1:
            mention.group = group
        view.mentions.append(mention)


class Salience:
    """How often and how lately each organisation was named: "the company" is the one the
    last sentences talk about most, not merely the one named last ("USA Rare Earth merged with
    the blank-cheque company X ... The company produced ..." means USA Rare Earth)."""

    WINDOW = _ORG_WINDOW

    def __init__(self) -> None:
        self.seen: dict[str, tuple[str, int, int, Mention]] = {}  # node -> kind, count, last, m

    def add(self, kind: str, m: Mention, sentence: int) -> None:
        count = self.seen[m.node_id][1] if m.node_id in self.seen else 0
        self.seen[m.node_id] = (kind, count + 1, sentence, m)

    def touch(self, m: Mention, sentence: int) -> None:
        """A pronoun or "the company" keeps an organisation in focus without counting as a
        naming of it."""
        if m.node_id in self.seen:
            kind, count, _, first = self.seen[m.node_id]
            self.seen[m.node_id] = (kind, count, sentence, first)

    def focus(self, kind: str, sentence: int, window: int = _ORG_WINDOW) -> Mention | None:
        near = [v for v in self.seen.values() if v[0] == kind and sentence - v[2] <= window]
        if not near:
            return None
        return max(near, key=lambda v: (v[1], v[2]))[3]


class Goods:
    """The materials named so far: how often in the article, and in which
    sentences, so that an unsaid object can be the one the last sentences are about."""

    WINDOW = 2

    def __init__(self) -> None:
        self.count: dict[str, int] = {}
        self.recent: list[tuple[int, Mention, list[Mention]]] = []  # sentence, mention, group
        # goods counted in a unit of mass ("880 kilograms of rare earths"): sentence, group
        self.counted: list[tuple[int, list[Mention]]] = []

    def add(self, view: SentenceView) -> None:
        units = word_sets()["mass_units"]
        for m in view.mentions:
            if m.label is Label.MATERIAL and m.form not in ("anaphor", "place"):
                self.count[m.node_id] = self.count.get(m.node_id, 0) + 1
                group = [x for x in view.mentions if x.group == m.group] if m.group >= 0 else [m]
                self.recent.append((view.index, m, group))
                if m.start >= 2 and view.words[m.start - 1] == "of" \
                        and view.words[m.start - 2] in units:
                    self.counted.append((view.index, group))

    def counted_focus(self, view: SentenceView) -> list[Mention]:
        """The goods last counted in a unit of mass in the last sentences: what a quantity
        that names no goods ("a destroyer needs about 2,400 kilograms") is of."""
        near = [group for s, group in self.counted if 0 < view.index - s <= self.WINDOW]
        return near[-1] if near else []

    def focus(self, view: SentenceView, before: int) -> list[Mention]:
        """The goods in focus at token ``before`` of ``view``: among those named earlier in
        the sentence or in the last sentences, the ones the article names most, then the
        latest."""
        near = [(m, group) for s, m, group in self.recent if view.index - s <= self.WINDOW]
        near += [(m, [x for x in view.mentions if x.group == m.group] if m.group >= 0 else [m])
                 for m in view.mentions if m.end <= before and m.form not in ("anaphor", "place")
                 and m.label is Label.MATERIAL]
        if not near:
            return self.topic()
        order = {id(m): k for k, (m, _) in enumerate(near)}
        best = max(near, key=lambda pair: (self.count.get(pair[0].node_id, 0) + sum(
            1 for x, _ in near if x.node_id == pair[0].node_id), order[id(pair[0])]))
        return best[1]

    def topic(self) -> list[Mention]:
        """With no goods named lately, the material the article is about: named at least
        twice and at least twice as often as any other ("Who produces it? ... Tajikistan
        and Russia are the next biggest miners" in an article about antimony)."""
        ranked = sorted(self.count.items(), key=lambda kv: -kv[1])
        if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]):
            return []
        return [next(m for _, m, _ in reversed(self.recent) if m.node_id == ranked[0][0])]


def elided_goods(view: SentenceView, goods: Goods, group: int) -> None:
    """"Tajikistan is the second-largest mine producer": a ranked producer noun that names no
    goods of its own speaks of the goods in focus. The rank word stands for them, so that a
    pattern reads it as it reads "the second-largest antimony producer"."""
    sets = word_sets()
    ranks, nouns = sets["elided_rank_words"], sets["elided_producer_nouns"]
    sizes, others = sets["elided_size_ranks"], sets["elided_definite_ranks"]
    suppliers, regions = sets["elided_supplier_nouns"], sets["elided_region_qualifiers"]
    low = view.words
    for i, word in enumerate(low):
        if (word not in nouns and word not in suppliers) or i == 0 or covered(view, i):
            continue
        # "the main Western producers": a word of where between the rank and the noun
        j = i - 1 if i > 1 and low[i - 1] in regions and not covered(view, i - 1) else i
        # "the other producers": like a size word, definite and plural only ("Ford and other
        # makers" may make cars, not the goods in focus)
        sized = (low[j - 1] in sizes or (low[j - 1] in others and j > 1 and low[j - 2] == "the")
                 ) and view.tokens[i].text.lower().endswith("s")
        rank = j - 1 if low[j - 1] in ranks or sized else (
            j - 2 if j > 1 and low[j - 1] in ("mine", "mined") and low[j - 2] in ranks else -1)
        if rank < 0 or covered(view, rank) or _goods_follow(view, i) \
                or view.gaps[rank + 1:i + 1] != [""] * (i - rank) \
                or (word in suppliers and _customer_owned(view, rank)):
            continue
        end = i if j < i else rank + 1
        while rank > 0 and view.gaps[rank] == "-":  # "second-largest" is one rank
            rank -= 1
        refer_all(goods.focus(view, rank), view, rank, end, group, elided=True)


_POSSESSIVES = frozenset({"its", "their", "our", "his", "her", "'s"})


def _customer_owned(view: SentenceView, rank: int) -> bool:
    """"Brindle Motors' largest supplier", "Japan's main supplier", "its main supplier": the
    supplier of someone supplies that customer, not the goods in focus."""
    while rank > 0 and view.gaps[rank] == "-":  # "its second-largest supplier"
        rank -= 1
    return rank > 0 and (view.words[rank - 1] in _POSSESSIVES or "'" in view.gaps[rank])


def _goods_follow(view: SentenceView, i: int) -> bool:
    """The producer noun at ``i`` names its goods after it: "producer of", "supplier to",
    "producer and processor of the metal"."""
    for k in range(i + 1, min(i + 4, len(view.words))):
        if view.gaps[k] not in ("", "-"):
            return False
        if view.words[k] in ("of", "for", "to"):
            return True
    return False


# Verbs whose object "it" can only be goods: a company or country is not refined or smelted.
_GOODS_VERBS = frozenset({
    "produce", "produced", "producing", "refine", "refined", "refining", "recover",
    "recovered", "recovering", "separate", "separated", "separating", "extract", "extracted",
    "extracting", "smelt", "smelted", "smelting", "recycle", "recycled", "recycling", "purify",
    "purifie", "purified", "purifying", "process", "processed", "processing", "mine", "mined",
    "mining"})
_SHARES = frozenset({"most", "much", "some", "all", "half", "bulk", "part", "majority",
                     "third", "quarter", "two-third"})


def _object_of_making(low: list[str], gaps: list[str], i: int) -> bool:
    verb = i - 1
    if low[verb] == "of" and low[verb - 1] in _SHARES:  # "most of it", "the bulk of it"
        verb -= 2
        if verb >= 0 and low[verb] in ("the", "a"):
            verb -= 1
    return verb >= 1 and low[verb] in _GOODS_VERBS and not any(gaps[verb + 1:i + 1])


_PASSIVE_BE = frozenset({"is", "was", "are", "were"})
_MADE = frozenset({"produced", "mined", "refined", "processed", "separated", "extracted",
                   "recovered", "smelted", "purified", "dug"})


_GOES = frozenset({"goes", "went", "go"})
# "where it is made into oxides", "it is then reduced to metal": only goods become goods
_TRANSFORMED = frozenset({"made", "turned", "converted", "reduced", "upgraded", "formed",
                          "alloyed", "sintered", "pressed", "drawn", "rolled"})


def goods_subject(view: SentenceView, i: int) -> bool:
    """"where it is refined", "it is mostly mined in Myanmar", "It comes from China", "where
    it goes into cathodes", "where it is made into oxides": an "it" that is mined or refined,
    comes from somewhere, goes or is made into something is goods, never a company or
    country."""
    low, gaps = view.words, view.gaps
    if low[i] != "it" or i + 2 > len(low) or any(gaps[i + 1:i + 3]):
        return False
    if low[i + 1] == "come":  # "it comes from mining ...": a cause, not a source
        k = i + 3 if i + 2 < len(low) and low[i + 2].endswith("ly") else i + 2
        return low[k:k + 1] == ["from"] and k + 1 < len(low) \
            and not low[k + 1].endswith("ing")
    if view.tokens[i + 1].text.lower() in _GOES and low[i + 2:i + 3] == ["into"]:
        return True  # "where it goes into battery cathodes": only goods go into goods
    if _passive(view, i, _TRANSFORMED):
        k = next(k for k in range(i + 2, len(low)) if low[k] in _TRANSFORMED)
        return low[k + 1:k + 2] in (["into"], ["to"]) and not gaps[k + 1]
    return _passive(view, i, _MADE)


def _passive(view: SentenceView, i: int, verbs: frozenset[str]) -> bool:
    """"it is (mostly) mined": the word after ``i`` is a form of "be", then, past an adverb,
    one of ``verbs``."""
    low, gaps = view.words, view.gaps
    if i + 2 >= len(low) or any(gaps[i + 1:i + 3]) or low[i + 1] not in _PASSIVE_BE:
        return False
    k = i + 2
    if low[k].endswith("ly") or low[k] in ("also", "then", "still"):
        k += 1
    return k < len(low) and low[k] in verbs and not gaps[k]


# What is done to goods alone, though the goods the "it" stands for are left to other rules.
_HANDLED = frozenset({"used", "exported", "shipped", "imported", "consumed", "stockpiled"})


def handled_goods(view: SentenceView, i: int) -> bool:
    """"where it is used in motors", "it was shipped to Japan": an "it" that is used or
    shipped is goods, never a company or country."""
    return view.words[i] == "it" and _passive(view, i, _HANDLED)


def goods_object(view: SentenceView, goods: Goods, group: int) -> None:
    """"China produces most of it", "Umicore refines it in Olen": the "it" a production verb
    takes as its object (or that is itself refined, mined or "comes from" a place) is the goods
    in focus, so that the production patterns read the sentence as they read it with the goods
    named."""
    low, gaps = view.words, view.gaps
    for i, word in enumerate(low):
        if word != "it" or covered(view, i) or not (goods_subject(view, i) or (
                i > 1 and not gaps[i] and _object_of_making(low, gaps, i) and not covered(
                    view, i - 1))):
            continue
        refer_all(goods.focus(view, i), view, i, i + 1, group)
