"""Roles that keep a pattern's ends from the relation its words suggest.

A country a good goes, is shipped or sold to or in ("tungsten is sold in Peru", "most of it
goes to China") is the good's destination, not its maker. A verb of making in a relative
clause of another noun ("X sells equipment to companies that mine tungsten") says what those
others make, and one that is denied there ("deposits that have never been mined") says the
good is not made. Two goods each the object of "demand for" in parallel clauses ("demand for
X fell as demand for Y rose") need nothing of each other. A place names where, not who (save
in LOCATED_IN). The pattern stage records each as a refusal with its reason.
"""

from __future__ import annotations

from rekg.extract.context import Mention, SentenceView
from rekg.extract.patterns import word_sets
from rekg.extract.site_places import placed
from rekg.loaders.text import singular
from rekg.schema import Label, RelType

_RELATIVES = frozenset({"that", "who", "which"})
_TIES = frozenset({"to", "for", "with", "from", "by"})  # "sells equipment to companies that"
_HEADS = frozenset({"country", "nation", "those", "mine", "plant", "smelter", "refinery"})
_DENIALS = frozenset({"never", "not", "yet"})
_ASIDE = 3  # words between a relative pronoun and its denial: "that have never been mined"


def destination(view: SentenceView, source: Mention, target: Mention) -> bool:
    """The country after "to" or "in" is where the good goes or is sold: "most Peruvian
    tungsten goes to China", "tungsten is sold in Peru" (not "sold on to China's makers")."""
    words = view.words
    if target.end > source.start or source.start < 2 or words[source.start - 1] not in (
            "to", "into", "in") or words[source.end:source.end + 1] == ["'s"]:
        return False
    moving = word_sets()["destination_verbs"]
    if words[source.start - 1] == "in":
        return words[source.start - 2] in moving or words[source.start - 2] == "imported"
    return any(w in moving for w in words[target.end:source.start - 1])


def _others_make(view: SentenceView, source: Mention, target: Mention) -> bool:
    """The verb of making sits in a relative clause of a noun the source deals with."""
    sets = word_sets()
    words, gaps, making = view.words, view.gaps, sets["make_verbs"]
    heads = sets["company_nouns"] | sets["appositive_company_nouns"] | _HEADS
    for k in range(source.end + 1, target.start):
        if words[k] in _RELATIVES and "," not in gaps[k]:
            lead = words[source.end:k]
            return singular(words[k - 1]) in heads and any(w in _TIES for w in lead) \
                and not any(w in making for w in lead)
    return False


def denied_making(view: SentenceView, target: Mention) -> bool:
    """"tungsten deposits that have never been mined": the good's making is denied."""
    words, sets = view.words, word_sets()
    making = sets["make_verbs"] | sets["produced_words"]
    for k in range(target.end, min(target.end + 3, len(words))):
        if words[k] in _RELATIVES:
            tail = words[k + 1:k + 2 + _ASIDE]
            return any(w in _DENIALS and any(v in making for v in tail[i + 1:i + 4])
                       for i, w in enumerate(tail))
    return False


def parallel_demand(view: SentenceView, source: Mention, target: Mention) -> bool:
    """Both ends are objects of "demand for": "demand for X fell as demand for Y rose"."""
    words = view.words
    return all(m.start >= 2 and words[m.start - 2:m.start] == ["demand", "for"]
               for m in (source, target))


def grantor(view: SentenceView, source: Mention, target: Mention) -> bool:
    """"a licence from the commerce ministry": the party a licence comes from grants it."""
    k = source.end + (view.words[source.end:source.end + 2] == ["from", "the"])
    return source.kind == "export_licensing" and target.start == k + 1 \
        and view.words[source.end:source.end + 1] == ["from"]


_PART_PREPS = frozenset({"of", "in", "inside", "within", "for"})
_LIST_GOES_ON = frozenset({"and", "or"})


def modifier_of_last(view: SentenceView, whole: Mention, part: Mention) -> bool:
    """"lift machines, hub motors for scooters and compressors for heat pumps": the list goes
    on after "for scooters" with another item that has a modifier of its own, so each item
    carries its own and "for scooters" is the hub motors' alone, not the lift machines'."""
    if part.group < 0 or whole.start <= part.end:
        return False
    members = [m for m in view.mentions if m.group == part.group]
    last = max(members, key=lambda m: m.end)
    words, k = view.words, whole.end
    first = min(members, key=lambda m: m.start)
    if part is last or last.end + 1 != whole.start or words[last.end] not in _PART_PREPS \
            or not _LIST_GOES_ON.isdisjoint(words[first.end:last.start]):
        return False  # "europium and terbium in phosphors": a closed list shares its modifier
    if k >= len(words) or not (words[k] in _LIST_GOES_ON or view.gaps[k] == ","):
        return False
    goods = {m.start: m for m in view.mentions if m.label in (Label.PRODUCT, Label.MATERIAL)}
    # the next item has a modifier of its own ("and compressors for heat pumps"); a bare one
    # ("in missiles and aircraft") is more of the first modifier's objects
    return any((nxt := goods.get(start)) is not None and nxt.end + 1 < len(words)
               and words[nxt.end] in _PART_PREPS and nxt.end + 1 in goods
               for start in (k + 1, k + 2) if words[k] in _LIST_GOES_ON or start == k + 1)


_OWN_DETERMINERS = frozenset({"the", "its", "their", "his", "her"})


def determined_last(view: SentenceView, whole: Mention, part: Mention) -> bool:
    """"drones, robots and the compressors of air conditioners": a determiner the last item
    has and the first lacks opens a phrase of its own, so "of air conditioners" is the
    compressors' alone (not "the lenses and windows of cameras", whose items share it). A
    material last ("gallium, germanium and the minerals in chips") may sum up the list."""
    if part.group < 0 or whole.start <= part.end:
        return False
    members = [m for m in view.mentions if m.group == part.group]
    last = max(members, key=lambda m: m.end)
    first = min(members, key=lambda m: m.start)
    words = view.words
    if part is last or last.label is not Label.PRODUCT or first.start < 1 or last.start < 2 \
            or not last.end < whole.start <= last.end + 4 or words[last.end] not in _PART_PREPS:
        return False
    lead = words[max(last.start - 3, first.end):last.start - 1]  # "and the", "and in the"
    return words[last.start - 1] in _OWN_DETERMINERS and not _LIST_GOES_ON.isdisjoint(lead) \
        and words[first.start - 1] not in _OWN_DETERMINERS


def owner_of(view: SentenceView, owner: Mention, measure: Mention) -> bool:
    """``owner`` stands in the possessive right before ``measure``: "It lists China's licensing
    requirements for gallium" names no target."""
    return owner.end + 1 == measure.start and view.words[owner.end] in ("'s", "’s")


_SELLER_NOUNS = frozenset({"supplier", "suppliers", "source", "sources", "provider",
                           "providers", "vendor", "vendors", "exporter", "exporters"})


def _seller_seat(view: SentenceView, buyer: Mention) -> bool:
    """"Bosch and ZF, the large German suppliers": the demonym is the sellers' seat."""
    return buyer.label is Label.COUNTRY and buyer.form == "demonym" \
        and view.words[buyer.end:buyer.end + 1] != [] \
        and view.words[buyer.end] in _SELLER_NOUNS


def wrong_role(view: SentenceView, rel: RelType, source: Mention, target: Mention) -> str | None:
    """Why a pattern's pair does not hold the relation, or None when it may."""
    if rel is not RelType.LOCATED_IN and (placed(source, rel) or placed(target, rel)):
        return "a place names where, not who"
    if rel is RelType.PRODUCES:
        if destination(view, source, target):
            return "a country a good goes or is sold to is no maker of it"
        if source.end <= target.start and _others_make(view, source, target):
            return "the verb of making is said of others, in a relative clause"
        if denied_making(view, target):
            return "the good's making is denied"
    if rel is RelType.SUPPLIES and _seller_seat(view, target):
        return "a demonym before 'suppliers' says where the seller is, not who buys"
    if rel is RelType.TARGETS and grantor(view, source, target):
        return "a licence's grantor is no target of it"
    if rel is RelType.TARGETS and owner_of(view, target, source):
        return "the owner of a measure is no target of it"
    if rel is RelType.DEPENDS_ON and parallel_demand(view, source, target):
        return "two goods in parallel 'demand for' phrases need nothing of each other"
    if rel is RelType.DEPENDS_ON and modifier_of_last(view, source, target):
        return "the list goes on, so the modifier is its last item's alone"
    if rel is RelType.DEPENDS_ON and determined_last(view, source, target):
        return "the last item has a determiner of its own, so the modifier is its alone"
    return None
