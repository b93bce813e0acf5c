"""Part of the agreements stage: an agreement named with its complement ("a memorandum on
critical minerals", "an agreement with MP Materials") gets that longer name as an alias."""

from __future__ import annotations

from rekg.extract.context import Mention, SentenceView
from rekg.extract.patterns import word_sets
from rekg.schema import Label

_PARTIES = (Label.COUNTRY, Label.ORGANIZATION)

_PARTY_GLUE = frozenset({"the", "'s", "its", "their"})


def _complement_end(view: SentenceView, m: Mention, end: int) -> int:
    """Where an agreement's complement ends: "with" and its party ("with South Korea's JS
    Link"), or "on" and the item it concerns ("on cooperation in critical minerals")."""
    words, n = view.words, len(view.words)
    if end >= n or "," in view.gaps[end] or words[end] not in ("with", "on"):
        return end
    labels = _PARTIES if words[end] == "with" else (Label.MATERIAL, Label.PRODUCT)
    reach = 3 if words[end] == "with" else 5
    found = end
    for other in sorted(view.mentions, key=lambda x: x.start):
        if other.start <= end or other.form == "anaphor":
            continue
        after = end + 1 if found == end else found  # ``found`` is "with", then a span's end
        between = range(after, other.start)
        if other.start - found > reach or any(
                any(c in view.gaps[k] for c in ",;:") for k in range(after, other.end)):
            break
        if other.label in labels and (found == end or all(words[k] in _PARTY_GLUE
                                                          for k in between)):
            found = other.end
            if words[end] == "on":
                break
        elif found > end:
            break
    if found == end and words[end] == "on":
        return topic_end(view, end)
    if found > end and words[end] == "on":
        return _field_end(view, found)
    return found


def _field_end(view: SentenceView, k: int) -> int:
    """"an accord on battery metals research", "on lithium supply chains": the nouns of
    the field of work that follow the goods right after "on" belong to the name."""
    tails = word_sets()["agreement_topic_tails"]
    while k < len(view.words) and view.tokens[k].text.islower() \
            and not any(c in view.gaps[k] for c in ",;:()—\"“”'‘’"):
        size = tails.longest_at(view.words, k)
        if not size:
            break
        k += size
    return k


_TOPIC_STOPS = frozenset({"with", "between", "among", "by", "in", "at", "to", "for", "from",
                          "of", "on", "that", "which", "who", "was", "were", "is", "are", "be",
                          "been", "has", "have", "had", "will", "would", "could", "may",
                          "signed", "agreed", "reached", "after", "before", "since", "until",
                          "as", "but", "while", "under", "last", "this", "next", "its", "their"})
_TOPIC_GLUE = frozenset({"the", "a", "an", "and"})


def topic_end(view: SentenceView, on: int) -> int:
    """"an agreement on tariffs and investment", "a partnership on sustainable raw materials
    value chains": up to five lower-case words of topic after "on" (none of them a verb or
    preposition that would start a clause of its own)."""
    words, tokens = view.words, view.tokens
    end = on
    k = on + 1
    while k < len(words) and k - on <= 5 and words[k] not in _TOPIC_STOPS \
            and tokens[k].text.replace("-", "").isalpha() and tokens[k].text.islower() \
            and not any(c in view.gaps[k] for c in ",;:()—\"“”'‘’"):
        k += 1
        if words[k - 1] not in _TOPIC_GLUE:
            end = k
    return end


def complement_alias(view: SentenceView, m: Mention, start: int) -> None:
    """"a memorandum on critical minerals", "an agreement with MP Materials": the noun phrase
    with its complement is a name of the agreement too (the shorter one stays)."""
    end = m.end + 2 if view.words[m.end:m.end + 2] == ["of", "understanding"] else m.end
    stop = _complement_end(view, m, end)
    if stop == end:
        return
    start = next((k for k in range(max(0, m.start - 6), m.start + 1)
                  if view.span_text(k, end).lower() == m.surface.lower()), start)
    longer = view.span_text(start, stop)
    if m.props.get("generic"):
        m.surface = longer  # its node, if a fact needs one, keeps the short name
        return
    view.mentions.append(Mention(Label.AGREEMENT, m.node_id, m.name, m.start, m.end, longer,
                                 "trigger", kind=m.kind, entry=m.entry,
                                 props={"absorbed": True}))
    view.mentions.sort(key=lambda x: (x.start, -x.end))
