"""A deal named only by what it is: "Arafura signed a binding offtake with Hyundai", "Lynas
secured a $150 million loan from Export Finance Australia", "lenders approved a funding package".

Nouns such as "offtake", "loan" or "grant" name a deal only when a verb of agreeing governs
them and a company or country is there to be its party: before the verb, or after a "with",
"from" or "by" right after the noun. Alone ("offtake volumes", "loans are expensive") they
name none. The noun becomes a generic agreement mention, which the agreement frames name and
link like "a supply deal"; a later "the loan" is that deal again.
"""

from __future__ import annotations

from rekg.extract.context import ArticleContext, Mention, SentenceView
from rekg.extract.patterns import WordSet, word_sets
from rekg.schema import Label

_PARTIES = (Label.COUNTRY, Label.ORGANIZATION)
_DEFINITE = frozenset({"the", "this", "that"})
_REACH = 7  # words between the verb and the deal noun ("signed its first binding offtake")


def _phrase_at(words: list[str], nouns: WordSet, i: int) -> int:
    """The length of the longest deal noun phrase starting at ``i``, else 0."""
    if words[i] not in nouns.firsts:
        return 0
    return max((len(p) for p in nouns.phrases if tuple(words[i:i + len(p)]) == p), default=0)


def _party_before(view: SentenceView, verb: int, breaks: WordSet) -> bool:
    """A company or country close before the verb, in its clause: "Lynas said it had
    secured", not "Pensana's project stalled until lenders approved"."""
    for m in view.mentions:
        if m.label in _PARTIES and verb - _REACH <= m.end <= verb and not any(
                c in view.gaps[k] for k in range(m.end, verb + 1) for c in ";:()") \
                and not any(w in breaks for w in view.words[m.end:verb]):
            return True
    return False


def _party_after(view: SentenceView, end: int, links: WordSet) -> bool:
    """"a loan from Export Finance Australia", "an offtake with Hyundai Motor"."""
    if end >= len(view.words) or view.words[end] not in links:
        return False
    return any(m.label in _PARTIES and end < m.start <= end + 3 for m in view.mentions)


def _deal_at(view: SentenceView, verb: int, sets: dict[str, WordSet],
             taken: set[int]) -> tuple[int, int] | None:
    """(start, end) of the deal noun the verb governs: its object, after determiners,
    amounts and modifiers, ending where a preposition, clause or sentence does."""
    words, nouns, ends = view.words, sets["described_deal_nouns"], sets["described_deal_ends"]
    for j in range(verb + 1, min(len(words), verb + 1 + _REACH)):
        if any(c in view.gaps[j] for c in ",;:()") or j in taken or words[j] in ends:
            return None  # the object is over, or is a company, a good, a place
        size = _phrase_at(words, nouns, j)
        if not size or not view.tokens[j].text.islower():
            continue
        end = j + size
        if end < len(words) and not any(c in view.gaps[end] for c in ",;:.()") \
                and words[end] not in ends:
            continue  # "loan guarantee", "offtake volumes": the noun is a modifier
        return j, end
    return None


def _introduce(view: SentenceView, sets: dict[str, WordSet]) -> list[Mention]:
    verbs, links = sets["deal_signing_verbs"], sets["agreement_with_words"]
    taken = {k for m in view.mentions for k in range(m.start, m.end)}
    added: list[Mention] = []
    for i, word in enumerate(view.words):
        if word not in verbs:
            continue
        span = _deal_at(view, i, sets, taken)
        if span is None:
            continue
        start, end = span
        breaks = sets["deal_subject_breaks"]
        if not (_party_before(view, i, breaks) or _party_after(view, end, links)):
            continue
        added.append(Mention(Label.AGREEMENT, "", " ".join(view.words[start:end]), start, end,
                             view.span_text(start, end), "trigger", kind=view.words[end - 1]))
        taken.update(range(start, end))
    return added


def _again(view: SentenceView, heads: set[tuple[str, ...]], nouns: WordSet) -> list[Mention]:
    """"the loan", "the offtake" after the article has introduced such a deal."""
    taken = {k for m in view.mentions for k in range(m.start, m.end)}
    words = view.words
    added: list[Mention] = []
    for j in range(1, len(words)):
        size = _phrase_at(words, nouns, j)
        if not size or tuple(words[j:j + size]) not in heads or words[j - 1] not in _DEFINITE \
                or taken & set(range(j, j + size)) or not view.tokens[j].text.islower():
            continue
        end = j + size
        if end < len(words) and not any(c in view.gaps[end] for c in ",;:.()") \
                and words[end] not in word_sets()["described_deal_ends"]:
            continue
        added.append(Mention(Label.AGREEMENT, "", " ".join(words[j:end]), j, end,
                             view.span_text(j, end), "trigger", kind=words[end - 1]))
    return added


def run(ctx: ArticleContext) -> None:
    sets = word_sets()
    nouns = sets["described_deal_nouns"]
    heads: set[tuple[str, ...]] = set()
    for view in ctx.sentences:
        added = _again(view, heads, nouns) if heads else []
        introduced = _introduce(view, sets)
        heads.update(tuple(m.name.split()) for m in introduced)
        if added or introduced:
            view.mentions.extend(added + introduced)
            view.mentions.sort(key=lambda m: (m.start, -m.end))
