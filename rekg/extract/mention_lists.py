"""Coordinated mentions: "samarium, gadolinium and terbium" form one list, and so do items that
repeat their preposition ("found in chips, in LEDs and in radar"); a modifier coordinated
before a head shares it ("hybrid and electric vehicles", ``shared_heads.py``)."""

from __future__ import annotations

import itertools

from rekg.extract.context import Mention, SentenceView
from rekg.extract.list_places import (
    attached_each,
    owned_next,
    placed_names,
    places_listed,
    without_seats,
)
from rekg.extract.patterns import WordSet, word_sets
from rekg.extract.technology_phrases import post_nominal
from rekg.loaders.lexicon import Lexicon
from rekg.schema import Label

_LIST_WORDS = frozenset({"and", "or", "as", "well", "plus", "nor", "the", "also", "including",
                         "among", "them", "such", "notably", "especially", "like", "its",
                         "their", "other"})
_ARTICLES = frozenset({"a", "an"})
# Phrases that open examples of the item before them: "light rare earths, in particular
# neodymium and praseodymium".
_LIST_PHRASES = (["in", "particular"], ["for", "example"], ["for", "instance"])
# "its starter, its pumps and its speakers" is a list, but "its motors, and their magnets" of two
# labels joins two clauses.
_OWNED = frozenset({"its", "their"})
# Prepositions that each item of a list may repeat: "used in chips, in LEDs and in radars"; so
# may a "no" ("without it there is no cutting tool, no drill bit and no armour").
_PARALLEL = frozenset({"in", "for", "into", "inside", "by", "across", "no"})
_CLAUSE_BREAKS = frozenset({"while", "whereas", "but", "which", "that", "where", "when"})
_FAMILIES = {Label.MATERIAL: 1, Label.PRODUCT: 1, Label.COUNTRY: 2, Label.ORGANIZATION: 2}


def _preposition_at(view: SentenceView, start: int) -> int:
    """Where the preposition that opens the noun phrase at ``start`` stands ("in the radar
    systems", "in the submarine's electric drive"), or -1."""
    k = start - 1
    if k > 0 and view.words[k] == "'s":
        k -= 1
        while k > start - 6 and k >= 0 and view.words[k] not in _PARALLEL:
            k -= 1
    while k >= 0 and view.words[k] in ("the", "a", "an"):
        k -= 1
    return k if k >= 0 and view.words[k] in _PARALLEL else -1


def _preposition_before(view: SentenceView, start: int) -> str:
    k = _preposition_at(view, start)
    return view.words[k] if k >= 0 else ""


def list_groups(view: SentenceView) -> None:
    """Mark coordinated mentions ("samarium, gadolinium and terbium") as one group."""
    ordered = sorted((m for m in view.mentions if m.label is not Label.RESTRICTION),
                     key=lambda m: m.start)
    ordered = without_seats(view, ordered)
    group = -1
    closed: set[int] = set()
    ended: set[int] = set()  # the mentions an "and" or "or" put last in their list
    for i, (a, b) in enumerate(itertools.pairwise(ordered)):
        between = view.words[a.end:b.start]
        seps = [view.gaps[k] for k in range(a.end, b.start + 1)]
        kin = _FAMILIES.get(a.label, 0) == _FAMILIES.get(b.label, -1)
        same = a.label == b.label or (kin and (
            (("and" in between or "or" in between) and _OWNED.isdisjoint(between))
            or (not between and _closed_after(view, ordered, i + 1))))
        listed = same and (all(w in _LIST_WORDS for w in _unarticled(view, a, between))
                           or between in _LIST_PHRASES
                           or places_listed(a, b, between))
        if same and between in (["'s", "and"], ["'s", "or"]) and _possessor(view, b):
            listed, between = True, between[1:]  # "CMOC's and Glencore's main customers"
        if a.label is b.label is Label.ORGANIZATION and placed_names(view, a, b):
            listed, between = True, between[-1:] if between[-1] in ("and", "or") else []
            seps = seps[-2:] if between else seps[-1:]
        elif owned_next(view, a, b):
            listed, between = True, between[:1] if between[0] in ("and", "or") else []
            seps = seps[:1] + seps[-1:] if between else seps[:1]
        joined = same and len(between) <= 3 and listed \
            and all(s in ("", ",", ":", "(", ")", ",(", "),") for s in seps) \
            and (between or any(s in (",", ":", "(", ")", ",(", "),") for s in seps))
        if joined and between in (["and"], ["but"]) and seps[0] == "," and (
                a.group < 0 or a.group in closed):
            # ", and" after one item, or after a list already closed by "and", opens another
            # clause: "A, and B makes magnets", "tin, and molybdenum strengthens steel"
            joined = False
        if joined and not between and id(a) in ended:
            # a list that "and" or "or" just closed does not go on after a comma: "in Russia or
            # Belarus, Canada said"
            joined = False
        joined = joined or (same and between == ["to"] and _FAMILIES.get(a.label) == 1
                            and _from_before(view, ordered, a)) \
            or (same and (_hedged(between, seps) or (_aside(between, seps)
                                                     and _item_ends(view, b)))) \
            or (kin and _FAMILIES.get(a.label) == 1 and _unnamed_item(view, ordered, i, a, b))
        if joined and attached_each(view, ordered, a, b, _FAMILIES):
            joined = False  # "motors for robots and compressors for heat pumps": two items
        if not joined or _apposed(view, ordered, i, a, b) \
                or (a.node_id == b.node_id and not between):
            continue  # a list names no item twice in a row: "oxides into metals, metals into"
        if a.group < 0:
            group += 1
            a.group = group
        b.group = a.group
        if "and" in between or "or" in between:
            closed.add(a.group)
            ended.add(id(b))
    _parallel_groups(view, ordered, group + 1)
    _semicolon_items(view, ordered)
    _described_members(view)


def _unarticled(view: SentenceView, a: Mention, between: list[str]) -> list[str]:
    """The words between two items without an article that repeats the one before the first
    item ("a battery and an electric motor", "a mast, a battery"); a lone "an" after a name
    opens an apposition ("hydrogen fluoride, an etching gas")."""
    if _ARTICLES.isdisjoint(between) or a.start < 1 or view.words[a.start - 1] not in _ARTICLES:
        return between
    return [w for w in between if w not in _ARTICLES]


def _hedged(between: list[str], seps: list[str]) -> bool:
    """"gallium and, to a lesser extent, germanium": a hedge after "and" or "or" keeps the
    list going."""
    return len(between) > 1 and between[0] in ("and", "or") \
        and tuple(between[1:]) in word_sets()["list_hedges"].phrases \
        and all(s in ("", ",") for s in seps)


# Words no unnamed item of a list is made of: what opens a clause or an aside.
_NOT_ITEM_WORDS = _LIST_WORDS | _CLAUSE_BREAKS | frozenset({
    "a", "an", "said", "says", "say", "according", "who", "whose", "he", "she", "it", "they",
    "we", "this", "these", "those", "there", "not", "now", "then", "still", "however",
    "meanwhile", "too", "each", "both", "all", "some", "many", "most", "more", "etc", "so",
    "yet", "for", "in", "of", "to", "with", "by", "from", "at", "on", "into", "is", "are",
    "was", "were", "be", "been", "has", "have", "had", "can", "could", "will", "would", "may",
    "might", "must", "should", "do", "does", "did", "respectively", "again", "instead"})


def _unnamed_item(view: SentenceView, ordered: list[Mention], i: int, a: Mention,
                  b: Mention) -> bool:
    """"chips that go into engine control units, signage, seat motors and airbags": an item
    the lexicon does not know (one to three plain lowercase words set off by commas) does not
    break a list of goods that goes on to its "and" or "or"."""
    between = view.words[a.end:b.start]
    closing = bool(between) and between[-1] in ("and", "or")
    words = between[:-1] if closing else between
    k = a.end + len(words)
    if not 1 <= len(words) <= 3 or view.gaps[a.end] != "," \
            or any(view.gaps[j] not in ("", "-") for j in range(a.end + 1, k)):
        return False
    if closing:
        if view.gaps[k] not in ("", ",") or view.gaps[b.start] != "":
            return False
    elif view.gaps[b.start] != "," or not _closed_after(view, ordered, i + 1):
        return False
    return all(view.tokens[j].text.replace("-", "").isalpha()
               and view.tokens[j].text.islower() and not view.words[j].endswith("ly")
               and view.words[j] not in _NOT_ITEM_WORDS for j in range(a.end, k))


# Words that open an aside after "and": "neodymium and, for heat resistance, some dysprosium".
_ASIDE_OPENERS = frozenset({"for", "in", "at", "with", "depending"})
# Words of amount between such an aside and the item: "some", "a little", "small amounts of".
_ASIDE_AMOUNTS = frozenset({"some", "a", "little", "small", "smaller", "tiny", "amount",
                            "quantity", "trace", "of"})  # the words are singular


def _aside(between: list[str], seps: list[str]) -> bool:
    """"neodymium and, for heat resistance, some dysprosium", "speakers and, in electric
    models, traction motors": an aside of a few words set off by commas after "and" or "or"
    keeps the list going."""
    if len(between) < 2 or between[0] not in ("and", "or") or seps[1] != "," \
            or between[1] not in _ASIDE_OPENERS:
        return False
    close = next((j for j in range(2, len(seps)) if seps[j] == ","), -1)
    return 2 < close <= 7 and all(s in ("", "-") for s in seps[2:close]) \
        and all(s in ("", "-") for s in seps[close + 1:]) \
        and all(w in _ASIDE_AMOUNTS for w in between[close:]) \
        and between[close:close + 1] != ["of"]  # "and, in December, of magnets": no amount


def _item_ends(view: SentenceView, b: Mention) -> bool:
    """Nothing but punctuation, "and" or "or" follows ``b``: it is an item, not the subject of
    a clause ("and, for that reason, dysprosium prices rose")."""
    k = b.end
    return k >= len(view.words) or view.gaps[k] not in ("", "-") \
        or view.words[k] in ("and", "or")


# Words that open a phrase fronted before the subject: "According to the USGS, Lynas ...".
_FRONTING = frozenset({"according", "for", "unlike", "like", "besides", "beyond", "apart",
                       "aside", "after", "before", "with", "without", "despite", "against",
                       "alongside", "by", "from", "at", "in", "among"})


def _apposed(view: SentenceView, ordered: list[Mention], i: int, a: Mention, b: Mention) -> bool:
    """Two names apart by a comma alone, with no "and" after them, are no list when the second
    owns what follows ("Harlow Metals, Orsa Motors' supplier") or the first ends a fronted
    phrase ("According to the USGS, Lynas ...")."""
    low = view.words
    if low[a.end:b.start] or a.group >= 0 or _closed_after(view, ordered, i + 1):
        return False
    if b.end < len(low) and (low[b.end] == "'s" or view.gaps[b.end] in ("'", "’")):
        return True
    return low[0] in _FRONTING and a.start > 0 and not any(
        view.gaps[k] for k in range(1, a.start) if view.gaps[k] not in ("-", "'"))


def _from_before(view: SentenceView, ordered: list[Mention], a: Mention) -> bool:
    """"everything from phones to fighter jets": a range of things is a list of them (not "from
    Lynas to Noveon", which says who sends to whom)."""
    start = min((m.start for m in ordered if a.group >= 0 and m.group == a.group),
                default=a.start)
    return start > 0 and view.words[start - 1] == "from" and not view.gaps[start]


def _closed_after(view: SentenceView, ordered: list[Mention], k: int) -> bool:
    """The mention at ``k`` goes on, with commas only, to an "and" or "or" before one of its
    family: "magnets, phosphors, catalysts and polishing powders" is one list of materials and
    products, while "Terbium, a magnet material," is not."""
    for b, c in itertools.pairwise(ordered[k:]):
        if _FAMILIES.get(b.label, 0) != _FAMILIES.get(c.label, -1):
            return False
        between = view.words[b.end:c.start]
        if between in (["and"], ["or"]):
            return True
        if between or view.gaps[c.start] != ",":
            return False
    return False


def _possessor(view: SentenceView, m: Mention) -> bool:
    """"submarine" in "the submarine's electric drive": the drive is the item, not its owner."""
    return m.end < len(view.words) and view.words[m.end] == "'s"


def _described_members(view: SentenceView) -> None:
    """Companies each introduced by "the" and a noun that says what it is stand in one list:
    "Skydio, the shipbuilder Huntington Ingalls and the drone maker Edge Autonomy". The words
    of the description may hold mentions of their own ("drone"), which part no list."""
    nouns = word_sets()["appositive_company_nouns"]
    orgs = sorted(view.of(Label.ORGANIZATION), key=lambda m: m.start)
    for a, b in itertools.pairwise(orgs):
        k = a.end
        words = view.words[k:b.start]
        conj = 1 if words[:1] in (["and"], ["or"]) else 0
        described = words[conj:]
        if not 2 <= len(described) <= 4 or described[0] != "the" or described[-1] not in nouns \
                or view.gaps[k] not in (("", ",") if conj else (",",)) \
                or any(view.gaps[j] not in ("", "-") for j in range(k + 1, b.start + 1)) \
                or any(view.tokens[j].text[:1].isupper() for j in range(k, b.start)):
            continue
        if a.group < 0:
            a.group = 1 + max((m.group for m in view.mentions), default=-1)
        if b.group >= 0:
            for m in view.mentions:
                if m.group == b.group and m is not b:
                    m.group = a.group
        b.group = a.group


def _parallel_groups(view: SentenceView, ordered: list[Mention], group: int) -> None:
    """Items that repeat their preposition join the list it opened: "found in radio chips for
    phones, in LEDs and in military radar" lists chips, LEDs and radar."""
    low = view.words
    if _PARALLEL.isdisjoint(low):
        return
    for i, b in enumerate(ordered):
        if b.label not in (Label.PRODUCT, Label.MATERIAL):
            continue
        k = _preposition_at(view, b.start)
        prep = low[k] if k >= 0 else ""
        if not prep or _possessor(view, b) or not (
                    view.gaps[k] == "," or (k > 0 and low[k - 1] in ("and", "or"))):
            continue
        head = next((c for c in reversed(ordered[:i])
                     if c.label in (Label.PRODUCT, Label.MATERIAL)
                     and not _possessor(view, c)
                     and not (b.group >= 0 and c.group == b.group)
                     and _preposition_before(view, c.start) == prep
                     and b.start - c.end <= 12), None)
        if head is None or any(view.gaps[j] in (";", ":") or low[j] in _CLAUSE_BREAKS
                               for j in range(head.end, k + 1)):
            continue
        if head.group < 0:
            head.group = group
            group += 1
        old = b.group
        for m in ordered:
            if m is b or (old >= 0 and m.group == old):
                m.group = head.group


_ITEM_OPENERS = frozenset({"and", "or", "the", "a", "an"})


def _semicolon_items(view: SentenceView, ordered: list[Mention]) -> None:
    """"licences for three chemicals: fluorinated polyimide, used in screens; photoresists,
    which ...; and hydrogen fluoride": after a colon, goods that each open a part set off by
    semicolons (the last after "and" or "or") form one list, their descriptions aside."""
    gaps, low = view.gaps, view.words
    colons = [k for k in range(1, len(low)) if ":" in gaps[k]]
    if len(colons) != 1:
        return
    semis = [k for k in range(colons[0] + 1, len(low)) if ";" in gaps[k]]
    if not semis or (len(semis) == 1 and low[semis[0]] not in ("and", "or")):
        return
    items: list[Mention] = []
    for start in [colons[0], *semis]:
        k = start
        while k < len(low) and k < start + 3 and low[k] in _ITEM_OPENERS:
            k += 1
        item = next((m for m in ordered if k <= m.start <= k + 3
                     and all(gaps[j] in ("", "-") for j in range(k + 1, m.start + 1))), None)
        if item is None or _FAMILIES.get(item.label) != 1:
            return
        items.append(item)
    groups = {m.group for m in items if m.group >= 0}
    group = min(groups) if groups else 1 + max((m.group for m in view.mentions), default=-1)
    for m in view.mentions:
        if m in items or (m.group >= 0 and m.group in groups):
            m.group = group


def process_technologies(view: SentenceView, lexicon: Lexicon, steps: frozenset[str]) -> None:
    """"Rare earth mining, smelting, separation or magnet-making technology" names one
    technology, the whole chain's, not a separation technology and a magnet-making one."""
    low = view.words
    for i, word in enumerate(low):
        if word != "technology" or i < 4:
            continue
        start, joined = i, False
        while start > 2 and (low[start - 1] in steps or (
                low[start - 1] in ("and", "or") and view.gaps[start - 1] in ("", ","))):
            joined = joined or low[start - 1] in ("and", "or")
            start -= 1
        if not joined or i - start < 3 or low[start - 2:start] != ["rare", "earth"] \
                or view.gaps[start] not in ("", "-"):
            continue
        entry = lexicon.find(Label.PRODUCT, "rare earth processing technology")
        if entry is None:
            continue
        # the rare earths stay a mention of their own: "China mines rare earths and bans ..."
        view.mentions[:] = [m for m in view.mentions if m.end <= start or m.start > i]
        view.mentions.append(Mention(Label.PRODUCT, entry.id, entry.name, start, i + 1,
                                     view.span_text(start - 2, i + 1), "alias",
                                     kind=entry.properties.get("sector"), entry=entry))
    post_nominal(view, lexicon)


# The forms that name the rare earths' own products, not their ore: "ores and concentrates"
# before "out of the measure" may be of any metal.
_PLAIN_FORMS = frozenset({"oxide", "metal", "alloy", "carbonate"})


def rare_earth_forms(view: SentenceView, lexicon: Lexicon, forms: WordSet, skip: WordSet) -> None:
    """Bare plural "oxides", "metals", "alloys" listed in a sentence about the rare earths are
    theirs ("rare earths go out as oxides, metals and alloys", "makes rare earth oxides and
    metals at its plant": a word the noun phrase cannot go on with may follow)."""
    if not any(m.label is Label.MATERIAL and "rare earth" in m.name for m in view.mentions):
        return
    low, tokens = view.words, view.tokens
    covered = {k for m in view.mentions for k in range(m.start, m.end)}
    for i, word in enumerate(low):
        text = tokens[i].text
        if word not in forms or i in covered or text == word \
                or not text.islower() or (i > 0 and view.gaps[i] in ("", "-")
                                          and low[i - 1] not in skip) \
                or (i + 1 < len(low) and (view.gaps[i + 1] == "-" or (
                    not view.gaps[i + 1] and (low[i + 1] not in skip
                                              or word not in _PLAIN_FORMS)))):
            continue
        listed = view.gaps[i] == "," or (i > 0 and low[i - 1] in ("and", "or")) or (
            i + 1 < len(low) and (view.gaps[i + 1] == "," or low[i + 1] in ("and", "or")))
        entry = lexicon.find(Label.MATERIAL, f"rare earth {word}") if listed else None
        if entry is not None:
            view.mentions.append(Mention(Label.MATERIAL, entry.id, entry.name, i, i + 1, text,
                                         "open", kind=entry.properties.get("kind"), entry=entry))


