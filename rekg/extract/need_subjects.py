"""A subject that needs, uses or contains its object: "Toyota needs gallium", "a modern car
uses hundreds of transistors". The clause states the subject's need, so the scorer may not read
the subject as the object's maker, nor the object as depending on the subject. Makers that
ship or sell a good ("drone makers shipped magnets to Japan") trade it: no use is stated."""

from __future__ import annotations

from rekg.extract.context import Fact, Mention, SentenceView
from rekg.extract.patterns import word_sets
from rekg.schema import RelType

_LEAD = 2  # filler words from the subject to the verb: "Toyota still mainly needs"
_OBJECT = 5  # words from the verb to the object: "uses several hundred tiny transistors"


def _first_of_list(view: SentenceView, m: Mention) -> int:
    if m.group < 0:
        return m.start
    return min(o.start for o in view.mentions if o.group == m.group)


def needs_object(view: SentenceView, subject: Mention, obj: Mention,
                 verbs: tuple[str, ...] = ("need_verbs", "rely_verbs"),
                 makers: bool = False) -> bool:
    """``subject`` is the subject of an active verb of ``verbs`` whose object is ``obj``;
    ``makers``: "drone makers shipped ..." counts with the subject "drone"."""
    if subject.end > obj.start:
        return False
    sets = word_sets()
    words, filler = view.words, sets["filler"]
    k = subject.end
    if makers and k < len(words) and words[k] in sets["demand_sources"]:
        k += 1
    while k < subject.end + _LEAD and k < len(words) and words[k] in filler:
        k += 1
    if k >= len(words) or view.gaps[k].strip():
        return False
    n = max(sets[name].longest_at(words, k) for name in verbs)
    # "used in", "made with": a participle, not the subject's verb; a trade verb's past
    # ("makers shipped magnets") is still the subject's
    if not n or view.tokens[k].text.lower().endswith(("ing",) if makers else ("ed", "ing")):
        return False
    start = _first_of_list(view, obj)
    between = range(k + n, start)
    breaks = sets["need_object_breaks"]
    return len(between) <= _OBJECT and not any(
        words[j] in breaks or any(c in view.gaps[j + 1] for c in ",;:") for j in between) \
        and not any(m.start in between for m in view.mentions)


def _needs_node(view: SentenceView, subject: Mention, obj: Mention) -> bool:
    """``subject`` needs ``obj`` or another mention of the same node in this sentence."""
    return any(needs_object(view, subject, o) for o in view.mentions if o.node_id == obj.node_id)


_RELATIVES = frozenset({"that", "which"})


def _relative_need(view: SentenceView, subject: Mention, good: Mention) -> bool:
    """``subject`` needs the head of an object relative ("the metals that turbines need"):
    the need verb ends its clause, and what a comma lists after it ("..., lithium, gallium and
    germanium") is the head's sibling, not an object of the need; examples of the head
    ("..., such as lithium, ...") are."""
    sets = word_sets()
    words, gaps = view.words, view.gaps
    opener = _first_of_list(view, subject) - 1
    if opener < 1 or words[opener] not in ("that", "which") or good.start < subject.end:
        return False
    k = subject.end
    while k < len(words) and words[k] in sets["filler"]:
        k += 1
    n = max(sets[name].longest_at(words, k) for name in ("need_verbs", "rely_verbs"))
    if not n or k + n >= len(words) or "," not in gaps[k + n] or k + n > good.start:
        return False
    return not (sets["use_noun_links"].longest_at(words, k + n)
                or sets["party_list_openers"].longest_at(words, k + n))


def need_refusal(view: SentenceView, fact: Fact) -> str | None:
    if fact.rel is RelType.DEPENDS_ON and fact.origin.startswith("scorer") \
            and not _RELATIVES.isdisjoint(view.words) and any(
            _relative_need(view, o, fact.target) for o in view.mentions
            if o.node_id == fact.source.node_id):  # "the magnet metals that magnets need, X"
        return "the need's object is the relative's head, not what the comma lists after it"
    if fact.rel is RelType.PRODUCES and _needs_node(view, fact.source, fact.target):
        return "the subject needs the good; it does not make it"
    if fact.rel is RelType.DEPENDS_ON and _needs_node(view, fact.target, fact.source):
        return "the subject needs the other end; it is not its input"
    if fact.rel is RelType.DEPENDS_ON and fact.origin.startswith("scorer") and needs_object(
            view, fact.source, fact.target, ("strong_supply_verbs",), makers=True):
        return "the good is what the subject trades, not what it uses"
    return None
