"""Part of the agreements stage: an agreement noun's whole noun phrase as written is one of its
names. "an exclusive long-term partnership", "a $1.4 billion supply contract", "a 13-year-old
agreement", "a non-binding memorandum": the words between the determiner and the noun (the
name keeps only the words of its kind) are how the text calls the agreement, so the node gets
that phrase as an alias. Only a phrase that a determiner or possessive closes is taken, of
words, figures and names ("a 2020 Title III agreement"): "the company signed supply deals"
names nothing longer. A
possessive that closes the phrase names a party of the deal."""

from __future__ import annotations

from rekg.extract.context import ArticleContext, Fact, Mention, SentenceView
from rekg.extract.patterns import word_sets
from rekg.schema import Label, RelType

_LONGEST = 6  # words between the determiner and the noun


def _phrase_start(view: SentenceView, m: Mention, taken: dict[int, Mention]) -> int | None:
    """Where the noun phrase of ``m`` begins, past its determiner; None when no determiner or
    possessive closes it within reach."""
    sets = word_sets()
    closers, stops = sets["agreement_np_closers"], sets["agreement_np_stops"]
    agree = sets["agree_verbs"]
    words, gaps = view.words, view.gaps
    k = m.start
    while k > 0 and m.start - k < _LONGEST:
        if any(c in gaps[k] for c in ",;:()\"“”—"):
            return None
        word = words[k - 1]
        if word in closers:
            return k
        other = taken.get(k - 1)
        if word in stops or word in agree or (other is not None and other.label in (
                Label.PERSON, Label.AGREEMENT) and not other.props.get("absorbed")):
            return None
        k -= 1
    return None


def _taken(view: SentenceView) -> dict[int, Mention]:
    """The mention on each word that is not a lexicon form."""
    return {k: x for x in view.mentions if x.form != "lexicon" for k in range(x.start, x.end)}


def closer(view: SentenceView, m: Mention) -> str:
    """The determiner or possessive that opens the agreement noun's phrase, else ""."""
    start = _phrase_start(view, m, _taken(view))
    return view.words[start - 1] if start else ""


def _possessor(ctx: ArticleContext, view: SentenceView, m: Mention, start: int,
               taken: dict[int, Mention]) -> None:
    """"Lynas's $258 million supply contract", "Japan's exclusive long-term deal": whoever owns
    the phrase is party to the deal, whatever words describe it."""
    owner = taken.get(start - 2) if start >= 2 and view.words[start - 1] == "'s" else None
    if owner is not None and owner.label in (Label.COUNTRY, Label.ORGANIZATION) \
            and owner.end == start - 1:
        ctx.facts.append(Fact(RelType.PARTY_TO, owner, m, view.index,
                              "frame:possessor-of-agreement", 0.7, view.text))


def run(ctx: ArticleContext) -> None:
    """Record each agreement noun's longer phrase on its agreement's frame."""
    for view in ctx.sentences:
        found = view.of(Label.AGREEMENT)
        if not found:
            continue
        taken = _taken(view)
        for m in found:
            if (m.form != "trigger" and "deal_head" not in m.props) or m.props.get("absorbed") \
                    or not m.node_id:
                continue
            start = _phrase_start(view, m, taken)
            if start is not None and start < m.start:
                _possessor(ctx, view, m, start, taken)
            frame = ctx.agreements.get(m.node_id)
            if start is None or start >= m.start or frame is None:
                continue
            end = m.end + 2 if view.words[m.end:m.end + 2] == ["of", "understanding"] else m.end
            phrase = view.span_text(start, end)
            sign = view.gaps[start].strip()[-1:]
            if sign in ("$", "€", "£"):
                phrase = sign + phrase  # "$1.4 billion": the sign stands in the gap
            if phrase.lower() not in (m.surface.lower(), m.name.lower()) \
                    and phrase not in frame.aliases:
                frame.aliases.append(phrase)


__all__ = ["run"]
