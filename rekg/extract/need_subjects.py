"""A subject that needs, uses or contains its object: "Toyota needs gallium", "a modern car
uses hundreds of transistors". The clause states the subject's need, so the scorer may not read
the subject as the object's maker, nor the object as depending on the subject."""

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


def needs_object(view: SentenceView, subject: Mention, obj: Mention) -> bool:
    """``subject`` is the subject of an active need or use verb whose object is ``obj``."""
    if subject.end > obj.start:
        return False
    sets = word_sets()
    words, filler = view.words, sets["filler"]
    k = subject.end
    while k < subject.end + _LEAD and k < len(words) and words[k] in filler:
        k += 1
    if k >= len(words) or view.gaps[k].strip():
        return False
    n = sets["need_verbs"].longest_at(words, k) or sets["rely_verbs"].longest_at(words, k)
    if not n or view.tokens[k].text.lower().endswith(("ed", "ing")):
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


def need_refusal(view: SentenceView, fact: Fact) -> str | None:
    if fact.rel is RelType.PRODUCES and _needs_node(view, fact.source, fact.target):
        return "the subject needs the good; it does not make it"
    if fact.rel is RelType.DEPENDS_ON and _needs_node(view, fact.target, fact.source):
        return "the subject needs the other end; it is not its input"
    return None
