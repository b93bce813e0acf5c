"""Part of the agreements stage: a party named inside an apposition is not the one that agrees.

"KABIL, a venture formed by the mines ministry, has signed an agreement with CAMYEN", "Lynas, the
only producer outside China, announced a memorandum": the ministry and China only describe the
company before them; the company whose apposition it is signed the deal. A PARTY_TO fact from a
party inside such an apposition, to an agreement named after it, goes to that company instead,
and to the company described before it when "and" joins the two ("Noveon, a magnet maker, and
Lynas, the only producer outside China, announced ...").
"""

from __future__ import annotations

from rekg.extract.context import ArticleContext, Fact, Mention, SentenceView
from rekg.extract.patterns import STRONG_BREAKS
from rekg.schema import Label, RelType

_OPENERS = frozenset({"a", "an", "the"})
_PARTIES = (Label.ORGANIZATION, Label.COUNTRY)
_MAX_APPOSITION = 20


def _appositions(view: SentenceView) -> list[tuple[Mention, int, int]]:
    """(the organisation described, where its apposition opens, the comma that closes it)."""
    found: list[tuple[Mention, int, int]] = []
    words, gaps = view.words, view.gaps
    for head in view.of(Label.ORGANIZATION):
        opens = head.end
        if head.form == "anaphor" or opens >= len(words) or "," not in gaps[opens] \
                or words[opens] not in _OPENERS:
            continue
        for k in range(opens + 1, min(len(words), opens + _MAX_APPOSITION)):
            if any(c in gaps[k] for c in STRONG_BREAKS):
                break
            if "," in gaps[k]:
                found.append((head, opens, k))
                break
    return found


def _moved(fact: Fact, spans: list[tuple[Mention, int, int]]) -> Mention | None:
    party, deal = fact.source, fact.target
    for head, opens, closes in spans:
        if opens <= party.start and party.end <= closes and deal.start >= closes \
                and party.node_id != head.node_id:
            return head
    return None


def _joined(head: Mention, spans: list[tuple[Mention, int, int]],
            view: SentenceView) -> Mention | None:
    """"Noveon, a magnet maker, and Lynas, a miner, announced": the other described company."""
    return next((other for other, _, closes in spans if closes + 1 == head.start
                 and view.words[closes] == "and" and other.node_id != head.node_id), None)


def run(ctx: ArticleContext) -> None:
    by_sentence: dict[int, list[tuple[Mention, int, int]]] = {}
    added: list[Fact] = []
    for k, fact in enumerate(ctx.facts):
        if fact.rel is not RelType.PARTY_TO or fact.source.label not in _PARTIES \
                or fact.origin.startswith("frame:lexicon"):
            continue
        if fact.sentence not in by_sentence:
            by_sentence[fact.sentence] = _appositions(ctx.sentences[fact.sentence])
        head = _moved(fact, by_sentence[fact.sentence])
        if head is None:
            continue
        ctx.facts[k] = Fact(fact.rel, head, fact.target, fact.sentence,
                            f"{fact.origin}+apposition", fact.confidence, fact.evidence)
        other = _joined(head, by_sentence[fact.sentence], ctx.sentences[fact.sentence])
        if other is not None:
            added.append(Fact(fact.rel, other, fact.target, fact.sentence,
                              f"{fact.origin}+apposition", fact.confidence, fact.evidence))
    ctx.facts.extend(added)
