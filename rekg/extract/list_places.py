"""Lists of places and of companies with their places, read by ``mention_lists.list_groups``:
"mined in southern China and neighbouring Myanmar" lists two countries, and "Noveon in Texas,
e-VAC in Ohio and USA Rare Earth in Oklahoma" three companies (the places are where they are,
not items of the list), and items that each hang on a thing of their own ("motors for robots
and compressors for heat pumps")."""

from __future__ import annotations

from rekg.extract.context import Mention, SentenceView
from rekg.schema import Label

# Words a country may take in a list of places: "in southern China and neighbouring Myanmar",
# "in Congo and in Rwanda".
_PLACE_WORDS = frozenset({"in", "neighbouring", "neighboring", "nearby", "neighbour",
                          "southern", "northern", "eastern", "western", "central"})


def places_listed(a: Mention, b: Mention, between: list[str]) -> bool:
    """Two countries joined by "and" or "or" with a preposition or a word of where repeated
    before the second are one list: "mined in China and in Myanmar", "in southern China and
    neighbouring Myanmar"."""
    return a.label is Label.COUNTRY and b.label is Label.COUNTRY and 1 < len(between) <= 3 \
        and between[0] in ("and", "or") and all(w in _PLACE_WORDS for w in between[1:])


def without_seats(view: SentenceView, ordered: list[Mention]) -> list[Mention]:
    """The mentions less the places of companies listed each with its place: in "Noveon in
    Texas and e-VAC in Ohio" Texas is where Noveon is, not an item of the list, nor is Belgium
    in "Korea Zinc and Belgium's Campine"."""
    low, gaps = view.words, view.gaps
    seats = {id(c) for a, c, b in zip(ordered, ordered[1:], ordered[2:], strict=False)
             if a.label is b.label is Label.ORGANIZATION and c.label is Label.COUNTRY
             and ((low[a.end:c.start] == ["in"] and not gaps[a.end]
                   and (low[c.end:b.start] in (["and"], ["or"])
                        or (not low[c.end:b.start] and gaps[b.start] == ",")))
                  or _owner_of_next(view, a, c, b))}
    return [m for m in ordered if id(m) not in seats] if seats else ordered


def _owner_of_next(view: SentenceView, a: Mention, c: Mention, b: Mention) -> bool:
    """"Korea Zinc and Belgium's Campine": a country whose possessive opens the next company
    is that company's seat, not an item of the list."""
    between = view.words[a.end:c.start]
    return view.words[c.end:b.start] == ["'s"] and not view.gaps[b.start] \
        and (between in (["and"], ["or"]) or (not between and view.gaps[c.start] == ","))


def owned_next(view: SentenceView, a: Mention, b: Mention) -> bool:
    """Two companies with the second's country in the possessive between them ("Korea Zinc
    and Belgium's Campine") are one list."""
    return a.label is b.label is Label.ORGANIZATION and any(
        c.label is Label.COUNTRY and a.end <= c.start and c.end < b.start
        and _owner_of_next(view, a, c, b) for c in view.mentions)


def placed_names(view: SentenceView, a: Mention, b: Mention) -> bool:
    """"Noveon in Texas, e-VAC in South Carolina and USA Rare Earth in Oklahoma": companies each
    followed by the place they are in (a capitalised name of up to three words) are
    one list."""
    k, end = a.end, b.start
    if end - k < 2 or view.words[k] != "in" or view.gaps[k] != "":
        return False
    last = end - 1 if view.words[end - 1] in ("and", "or") else end
    place = range(k + 1, last)
    return 0 < len(place) <= 3 \
        and all(view.tokens[j].text[:1].isupper() for j in place) \
        and all(view.gaps[j] in ("", "-") for j in range(k + 1, last)) \
        and (view.gaps[last] == "," if last == end else view.gaps[last] in ("", ","))


# Prepositions that attach a thing to the item before it: "hub motors for scooters".
_ATTACHING = frozenset({"for", "in", "inside", "of", "on", "aboard", "from", "with"})


def attached_each(view: SentenceView, ordered: list[Mention], a: Mention, b: Mention,
                  families: dict[Label, int]) -> bool:
    """``a`` hangs by a preposition on the item before it, and ``b`` repeats that preposition
    after itself: in "lift machines, hub motors for scooters and compressors for heat pumps"
    the compressors are an item beside the hub motors, not beside the scooters."""
    low = view.words
    k = a.start - 1
    while k > 0 and low[k] in ("the", "a", "an"):
        k -= 1
    if k < 1 or low[k] not in _ATTACHING or b.end >= len(low) or low[b.end] != low[k] \
            or view.gaps[b.end]:
        return False
    return any(m.end == k and not view.gaps[k] and families.get(m.label, 0) == families.get(
        b.label, -1) for m in ordered)
