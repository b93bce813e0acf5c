"""An owner named in a company's apposition describes the company; it does not act. In "Tarrow
Metals, a subsidiary of Kestrel Minerals, produces tantalum" the producer is Tarrow Metals, and
in "Tarrow Malaysia Metals, the subsidiary of Kestrel Minerals of Australia, refines oxide"
neither the parent nor its country refines anything, nor is the company in Australia. A
producer, seller or party named in the apposition after its "of" (or "owned by"), or a country
before that noun ("the US arm of"), is the company when the fact's other end follows the
apposition's closing comma. A sale between the company and its owner is refused, and so is the
company's seat in a country named after the "of" when its name or the words before the noun
place it elsewhere ("a Chinese subsidiary of Japan's TDK"). A relative clause after the closing
comma ("..., which ...") may speak of the owner and is left alone.
"""

from __future__ import annotations

from rekg.extract.context import ArticleContext, Fact, Mention, SentenceView, same_node
from rekg.extract.patterns import word_sets
from rekg.schema import Label, RelType

_ACTING = (RelType.PRODUCES, RelType.SUPPLIES, RelType.PARTY_TO)
_LEAD = 7  # words from the company to its owner noun: "the American arm of", "which is part of"
_OWNER = 12  # words from the owner noun to the closing comma
_STRONG = (";", ":", "(", ")", "—", "–")
_RELATIVES = frozenset({"which", "who", "whose", "where", "that"})


def owner_spans(view: SentenceView) -> list[tuple[Mention, int, int, int]]:
    """Each (company, first word of its apposition, first word after its "of" or "by", first
    word after the closing comma)."""
    words, gaps = view.words, view.gaps
    nouns, verbs = word_sets()["owner_nouns"], word_sets()["owner_verbs"]
    spans = []
    for company in view.of(Label.ORGANIZATION):
        end = _seat_end(view, company)
        if company.form == "anaphor" or end >= len(words) or "," not in gaps[end]:
            continue
        for k in range(end, min(end + _LEAD, len(words) - 1)):
            if k > end and any(c in gaps[k] for c in (",", *_STRONG)):
                break
            if not ((words[k] in nouns and words[k + 1] == "of")
                    or (words[k] in verbs and words[k + 1] == "by")):
                continue
            for j in range(k + 3, min(k + 2 + _OWNER, len(words))):
                if any(c in gaps[j] for c in _STRONG):
                    break
                if "," in gaps[j]:
                    if words[j] not in _RELATIVES:
                        spans.append((company, end, k + 2, j))
                    break
            break
    return spans


def _seat_end(view: SentenceView, company: Mention) -> int:
    """Where the company's name ends, past a place it is in: "The Ulba Metallurgical Plant in
    Ust-Kamenogorsk, a subsidiary of ..."."""
    end = company.end
    if end + 1 < len(view.words) and view.words[end] == "in" and not view.gaps[end].strip():
        k = end + 1
        while k < min(end + 4, len(view.words)) and view.text[view.tokens[k].start].isupper() \
                and (k == end + 1 or view.gaps[k] in ("", "-")):
            k += 1
        if k > end + 1:
            return k
    return end


def _seated_apart(ctx: ArticleContext, view: SentenceView, company: Mention, start: int,
                  owners: Mention) -> bool:
    """The company is said to be elsewhere than its owner's country: a country in its name
    ("Tarrow Malaysia Metals") or before the owner noun ("the US arm of", "a Chinese subsidiary
    of"). A subsidiary said to be nothing else may be in its owner's country (a lithium firm
    owned by an Argentine province)."""
    named = [m.node_id for m in view.of(Label.COUNTRY)
             if company.start <= m.start and m.end <= start - 1 and m.end > m.start]
    for size in (1, 2, 3):
        for k in range(company.start, company.end - size + 1):
            surface = ctx.lexicon.surfaces.get(tuple(view.words[k:k + size]))
            if surface is not None and surface.entry.label is Label.COUNTRY:
                named.append(surface.entry.id)
    return any(node != owners.node_id for node in named)


def _inside(m: Mention, start: int, close: int) -> bool:
    return start <= m.start and m.end <= close and m.end > m.start


def run(ctx: ArticleContext) -> None:
    by_sentence: dict[int, list[tuple[Mention, int, int, int]]] = {}
    kept: list[Fact] = []
    for fact in ctx.facts:
        if fact.sentence not in by_sentence:
            by_sentence[fact.sentence] = owner_spans(ctx.sentences[fact.sentence])
        why = None
        for company, lead, start, close in by_sentence[fact.sentence]:
            if fact.rel in _ACTING and fact.target.start >= close \
                    and (_inside(fact.source, start, close) or (
                        fact.source.label is Label.COUNTRY and _inside(fact.source, lead, start))) \
                    and not same_node(company, fact.target):
                fact.source = company
            elif fact.rel is RelType.LOCATED_IN and same_node(fact.source, company) \
                    and _inside(fact.target, start, close) \
                    and _seated_apart(ctx, ctx.sentences[fact.sentence], company, start,
                                      fact.target):
                why = "a country named after an owner noun is the owner's"
            elif fact.rel is RelType.SUPPLIES and any(
                    same_node(a, company) and b.label is Label.ORGANIZATION
                    and _inside(b, start, close)
                    for a, b in ((fact.source, fact.target), (fact.target, fact.source))):
                why = "an owner named in an apposition neither buys from nor sells to the company"
        if why:
            ctx.refuse(fact.rel.value, fact.source, fact.target, fact.sentence, why, fact.origin)
        else:
            kept.append(fact)
    ctx.facts[:] = kept
