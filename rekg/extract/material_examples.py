"""Goods of a production named with their members or contents: "Kestrel separates light rare
earths, in particular neodymium and praseodymium", "a mixed concentrate containing neodymium
and dysprosium", "metals and alloys such as samarium-cobalt alloy"; and goods that go on after
a time phrase broke their list or that follow them: "its first dysprosium oxide in May and
terbium oxide in June", "dysprosium oxide in May, followed by terbium oxide".
Whoever a sentence's fact says makes the goods makes each material the phrase right after them
lists: the phrase opens on a word of ``material_example_leads`` at the end of the goods (a
comma between them at most), or on a word of ``material_content_leads`` after goods of a
mixed or raw form (a concentrate, a carbonate: not a magnet containing dysprosium), also in a
relative clause ("a concentrate that is unusually rich in dysprosium"), and the first word after
that word begins a material or a class of them whose list follows a colon ("rich in two magnet
metals: dysprosium and terbium"). Read after modality from the facts that
survive it, and only from facts a rule read (the scorer's guesses lend nothing), so a plan or
a denial of the goods gives their members nothing either. The contents of a made good are not
made by its maker: "Kestrel makes magnets containing dysprosium" gives Kestrel no dysprosium."""

from __future__ import annotations

from rekg.extract.context import ArticleContext, Fact, Mention, SentenceView
from rekg.extract.patterns import word_sets
from rekg.schema import Label, RelType

_ORIGIN = "+examples"
_TIME_LEADS = frozenset({"in", "since", "from", "by", "until", "during"})
_AFTER_AND = frozenset({"then", "later", "first", "its", "the", "their", "it", "also"})
_ADDED = frozenset({"added", "adds"})
_CLOSERS = frozenset({("soon", "after"), ("soon", "afterwards"), ("shortly", "after")})
_LATER = frozenset({"later", "afterwards", "afterward", "thereafter"})  # "a year later"
_RELATIVES = frozenset({"that", "which"})
_BE = frozenset({"is", "are", "was", "were"})
_CLASS_REACH = 7  # words of a class noun before its colon: "the four heavy magnet metals:"
_SPANS = frozenset({"a", "one", "two", "three", "few", "several", "some", "day", "week", "month",
                    "quarter", "year", "decade"})


def _members(view: SentenceView, first: Mention) -> list[Mention]:
    if first.group < 0:
        return [first]
    return [m for m in view.mentions if m.group == first.group and m.label is Label.MATERIAL
            and m.start >= first.start]


def _list_end(view: SentenceView, goods: Mention) -> int:
    if goods.group < 0:
        return goods.end
    return max(m.end for m in view.mentions if m.group == goods.group)


def _relative(words: list[str], gaps: list[str], k: int) -> int:
    """Past the opening of a relative clause of content, "that is (unusually) rich in" or
    "which contains" up to its verb, else ``k``."""
    n = len(words)
    if k + 1 >= n or words[k] not in _RELATIVES or gaps[k + 1]:
        return k
    j = k + 1
    if words[j] in _BE and j + 1 < n and not gaps[j + 1]:
        j += 1
        if words[j].endswith("ly") and j + 1 < n and not gaps[j + 1]:
            j += 1  # "that is unusually rich in"
    return j


def _listed_after_class(view: SentenceView, start: int) -> list[Mention]:
    """The list after a colon that a class of materials opens: "rich in two heavy metals:
    terbium and dysprosium"."""
    gaps, n = view.gaps, len(view.words)
    for j in range(start + 1, min(n, start + _CLASS_REACH)):
        if gaps[j] == ":":
            first = [m for m in view.mentions if m.start == j and m.label is Label.MATERIAL
                     and m.form != "anaphor"]
            return _members(view, first[0]) if first else []
        if gaps[j]:
            return []
    return []


def _examples(view: SentenceView, goods: Mention) -> list[Mention]:
    """The materials listed as members of ``goods`` (or of the list it ends)."""
    end = _list_end(view, goods)
    words, gaps = view.words, view.gaps
    if end >= len(words) or gaps[end] not in ("", ","):
        return []
    sets = word_sets()
    size = sets["material_example_leads"].longest_at(words, end)
    lead = end
    if not size and words[goods.end - 1] in sets["material_content_heads"]:
        lead = _relative(words, gaps, end)
        size = sets["material_content_leads"].longest_at(words, lead)
    start = lead + size
    if not size or start >= len(words) or any(gaps[k] for k in range(end + 1, start + 1)):
        return []
    first = [m for m in view.mentions if m.start == start and m.label is Label.MATERIAL
             and m.form != "anaphor"]
    if first and not (first[0].end < len(words) and gaps[first[0].end] == ":"):
        return _members(view, first[0])
    return _listed_after_class(view, start)


def _when(words: list[str], gaps: list[str], k: int) -> int:
    """The end of a time phrase opening at ``k`` ("in May", "since June 2024", "in 2023"),
    else ``k``."""
    calendar = word_sets()["calendar_words"]
    if k >= len(words) or words[k] not in _TIME_LEADS or gaps[k]:
        return k
    j = k + 1
    while j < len(words) and not gaps[j] and j - k <= 2 and (
            words[j] in calendar or (len(words[j]) == 4 and words[j].isdigit())):
        j += 1
    return j if j > k + 1 else k


def _site(view: SentenceView, k: int) -> int:
    """The end of a site phrase opening at ``k`` ("at its plant in Malaysia", "at its
    Malaysian plant"), else ``k``."""
    sets = word_sets()
    site_words = sets["site_nouns"] | sets["site_steps"] | sets["apposition_mods"] | sets["filler"]
    words, gaps, n = view.words, view.gaps, len(view.words)
    if k >= n or words[k] != "at" or gaps[k]:
        return k
    places = {j for m in view.mentions if m.label is Label.COUNTRY for j in range(m.start, m.end)}
    j, last = k + 1, k
    while j < n and not gaps[j] and j - k <= 8 and (
            words[j] in site_words or j in places or (words[j] == "in" and j + 1 in places)):
        if words[j] in sets["site_nouns"] or j in places:
            last = j + 1
        j += 1
    return last


def _continued(view: SentenceView, goods: Mention) -> list[Mention]:
    """Goods that continue a list a time phrase broke: "its first dysprosium oxide in May and
    terbium oxide in June", "dysprosium oxide in May and terbium oxide soon after", "... in May,
    and in June terbium oxide"; or that follow the goods as the next step of the same output:
    "dysprosium oxide in May, followed by terbium oxide", "dysprosium in May and later added
    terbium". The goods after "and" must end their clause or carry a time phrase of their own
    ("and added germanium to its list" adds nothing made)."""
    words, gaps, n = view.words, view.gaps, len(view.words)
    end = _site(view, _list_end(view, goods))
    k = _when(words, gaps, end)
    if k + 2 < n and gaps[k] == "," and words[k:k + 2] == ["followed", "by"] and not gaps[k + 1]:
        k += 2  # "dysprosium oxide in May, followed by terbium oxide"
    elif k < n and words[k] == "and" and gaps[k] in ("", ","):
        timed = k > end
        k += 1
        while k < n and words[k] in _AFTER_AND and not gaps[k]:
            k += 1
        if k < n and words[k] in _ADDED and not gaps[k]:
            k += 1  # "and later added terbium", "and it added terbium oxide in June"
        elif _when(words, gaps, k) > k:
            k = _when(words, gaps, k)  # "dysprosium oxide in May, and in June terbium oxide"
        elif not timed:
            return []
    else:
        return []
    first = [m for m in view.mentions if m.start == k and m.label is Label.MATERIAL
             and m.form != "anaphor" and not gaps[k]]
    if not first:
        return []
    members = _members(view, first[0])
    after = max(m.end for m in members)
    closed = after >= n or gaps[after] not in ("", "-") or _when(words, gaps, after) > after \
        or tuple(words[after:after + 2]) in _CLOSERS or any(
            words[j] in _LATER and not any(gaps[after + 1:j + 1])
            and all(w in _SPANS for w in words[after:j]) for j in range(after, min(n, after + 4)))
    return members if closed else []


def _container(view: SentenceView, goods: Mention) -> Mention | None:
    """The made good whose contents ``goods`` are: "magnets containing dysprosium" (a magnet,
    an alloy: not a concentrate or another mixed form, whose contents are made with it)."""
    sets = word_sets()
    start = goods.start if goods.group < 0 else min(
        m.start for m in view.mentions if m.group == goods.group)
    for k in range(max(0, start - 2), start):
        size = sets["material_content_leads"].longest_at(view.words, k)
        if k + size != start or not size or any(view.gaps[k + 1:start + 1]):
            continue
        for m in view.mentions:
            if m.label is Label.MATERIAL and _list_end(view, m) == k and view.gaps[k] in ("", ",") \
                    and view.words[m.end - 1] not in sets["material_content_heads"]:
                return m
    return None


def drop_contents(ctx: ArticleContext) -> None:
    """A production of what another good the producer makes contains is no production of it:
    "Kestrel makes magnets containing dysprosium" (read before the countries of sites)."""
    made = [f for f in ctx.facts if f.rel is RelType.PRODUCES and f.target.label is Label.MATERIAL]
    pairs = {(f.source.node_id, f.target.node_id) for f in made}
    for fact in made:
        view = ctx.sentences[fact.sentence]
        if any(m is fact.target for m in view.mentions) and (
                (holder := _container(view, fact.target)) is not None) \
                and (fact.source.node_id, holder.node_id) in pairs:
            ctx.facts.remove(fact)
            ctx.refuse(fact.rel.value, fact.source, fact.target, fact.sentence,
                       "the goods are what another made good contains", fact.origin)


def run(ctx: ArticleContext) -> None:
    """After modality: each surviving production a rule read (the scorer's guesses lend
    nothing) gains the members its goods are said to have, in the goods' own sentence."""
    made = [f for f in ctx.facts if f.rel is RelType.PRODUCES and f.target.label is Label.MATERIAL
            and not f.origin.startswith("scorer")]
    have = {(f.source.node_id, f.target.node_id) for f in made}
    for fact in made:
        view = ctx.sentences[fact.sentence]
        if not any(m is fact.target for m in view.mentions):
            continue  # goods named in another sentence than the fact's
        for member in (*_examples(view, fact.target), *_continued(view, fact.target)):
            key = (fact.source.node_id, member.node_id)
            if key in have or member.node_id == fact.source.node_id:
                continue
            have.add(key)
            ctx.facts.append(Fact(RelType.PRODUCES, fact.source, member, fact.sentence,
                                  fact.origin + _ORIGIN, fact.confidence, fact.evidence))
