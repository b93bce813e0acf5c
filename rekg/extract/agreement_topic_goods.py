"""Part of the agreements stage: goods words too general to name goods anywhere else ("raw
materials") name the goods an agreement deals with when they are its topic: "a strategic
partnership with the EU on raw materials and batteries", "a memorandum of understanding on a
strategic partnership in raw materials", "the raw materials partnership". Elsewhere ("raw
materials prices rose") they are no node."""

from __future__ import annotations

from rekg.extract.context import ArticleContext, Fact, Mention, SentenceView
from rekg.extract.patterns import word_sets
from rekg.schema import Label, RelType, node_id

_PARTIES = (Label.COUNTRY, Label.ORGANIZATION)
_REACH = 9  # words between the agreement and its topic
_FIELDS = frozenset({"field", "area", "sector"})
_GOODS = (Label.MATERIAL, Label.PRODUCT)
# words that may follow a list of topics and keep it closed ("on A, B and C signed in May")
_AFTER_LIST = frozenset({"signed", "agreed", "reached", "in", "at", "on", "with", "between",
                         "by", "from", "for", "since", "during", "that", "which", "last",
                         "earlier", "this"})


def _topic_path(view: SentenceView, m: Mention, k: int) -> bool:
    """The words from the agreement's end up to ``k`` lead to its topic: "on", "in the field
    of", "strategic partnership in", "with the EU on" (a party only after "with"), with a
    topic word ("on", "in", "covering" ...) last."""
    path = word_sets()["agreement_topic_path"].singles
    leads = word_sets()["agreement_topic_leads"].singles
    words, j, last, party_next = view.words, m.end, "", False
    if words[j:j + 2] == ["of", "understanding"]:
        j += 2
    while j < k:
        if any(c in view.gaps[j] for c in ",;:()—"):
            return False
        party = next((x for x in view.mentions if x.start == j and x.label in _PARTIES
                      and x.end <= k), None)
        if party is not None and party_next:
            j, last, party_next = party.end, "party", False
            continue
        if words[j] not in path and words[j] not in leads and words[j] != "with":
            return False
        party_next = words[j] == "with" or (party_next and words[j] == "the")
        last = words[j]
        j += 1
    field = last == "of" and k >= 2 and words[k - 2] in _FIELDS  # "in the field of"
    joined = last == "and" and any(w in leads for w in words[m.end:k])  # "on energy and"
    return (last in leads or field or joined) and not any(c in view.gaps[k] for c in ",;:()—")


def _topics(view: SentenceView, m: Mention,
            phrases: list[tuple[str, ...]]) -> list[tuple[int, int]]:
    """Where a topic goods word stands: in the agreement's name or right before its noun ("the
    raw materials partnership"), or on the path after it."""
    words, found = view.words, []
    for p in phrases:
        n = len(p)
        for k in range(max(0, m.start - 2), min(len(words) - n + 1, m.end + _REACH)):
            if tuple(words[k:k + n]) != p or not view.tokens[k].text.islower() or any(
                    x.start < k + n and k < x.end for x in view.mentions
                    if x.label in (Label.MATERIAL, Label.PRODUCT)):
                continue
            if k + n == m.start or (m.start <= k and k + n < m.end) \
                    or (k >= m.end and _topic_path(view, m, k)):
                found.append((k, n))
    return found


def _listed_after(view: SentenceView, k: int) -> list[Mention]:
    """The goods coordinated after a topic word ending at ``k``: "on raw materials, tin
    and helium". Only goods joined by commas and a last "and"/"or" count; a list that
    stops before its "and" ("on raw materials, Norway said") is none."""
    items: list[Mention] = []
    j = k
    while j < len(view.words):
        gap = view.gaps[j].strip()
        last = view.words[j] in ("and", "or") and gap in ("", ",")
        if not last and gap != ",":
            return []
        at = j + 1 if last else j
        if last and view.gaps[at].strip() if at < len(view.words) else True:
            return []
        item = next((x for x in view.mentions if x.start == at and x.label in _GOODS), None)
        if item is None:
            return []
        items.append(item)
        if last:
            ends = item.end >= len(view.words) or bool(view.gaps[item.end].strip()) \
                or view.words[item.end] in _AFTER_LIST
            return items if ends and (gap == "" or len(items) > 1) else []
        j = item.end
    return []


def run(ctx: ArticleContext) -> None:
    phrases = word_sets()["agreement_topic_goods"].phrases
    for view in ctx.sentences:
        added: list[Mention] = []
        for m in view.of(Label.AGREEMENT):
            if not m.node_id or m.props.get("absorbed"):
                continue
            for k, n in _topics(view, m, list(phrases)):
                goods = next((x for x in added if x.start == k), None)
                if goods is None:
                    name = " ".join(view.words[k:k + n])  # "raw materials", plural
                    name = name if name.endswith("s") else name + "s"
                    goods = Mention(Label.MATERIAL, node_id(Label.MATERIAL, name), name, k,
                                    k + n, view.span_text(k, k + n), "open")
                    added.append(goods)
                ctx.facts.append(Fact(RelType.ADDRESSES, m, goods, view.index,
                                      "frame:agreement-topic-goods", 0.7, view.text))
                for item in _listed_after(view, k + n):
                    ctx.facts.append(Fact(RelType.ADDRESSES, m, item, view.index,
                                          "frame:agreement-topic-list", 0.7, view.text))
        if added:
            view.mentions.extend(added)
            view.mentions.sort(key=lambda x: (x.start, -x.end))
