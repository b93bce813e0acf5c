"""Stage after agreement_sought: countries and firms named as the critics, opponents or backers
of a deal or a measure ("Critics of the pact include Norway", "Chile is among the opponents of
the controls") hold a view of it; they are not its parties, imposers or targets."""

from __future__ import annotations

from rekg.extract.context import ArticleContext, Fact, Mention, SentenceView
from rekg.extract.patterns import word_sets
from rekg.schema import RelType

_BREAKS = frozenset({"which", "who", "that", "after", "before", "because", "since", "when"})


def _ends(f: Fact) -> tuple[Mention, Mention] | None:
    """(holder, thing): the end that could be a stance holder and the deal or measure."""
    if f.rel in (RelType.PARTY_TO, RelType.IMPOSES):
        return f.source, f.target
    if f.rel is RelType.TARGETS:
        return f.target, f.source
    return None


def _stance_noun(view: SentenceView, thing: Mention) -> int | None:
    """Where "critics of" stands just before the thing: "critics of the pact", "opponents of
    Beijing's new controls"."""
    nouns = word_sets()["stance_holder_nouns"]
    words = view.words
    for k in range(thing.start - 2, max(-1, thing.start - 7), -1):
        if any(g.strip() in {",", ";", "."} for g in view.gaps[k + 1:thing.start + 1]):
            return None
        if words[k] in nouns and words[k + 1] == "of":
            return k
    return None


def _linked(words: list[str]) -> bool:
    sets = word_sets()
    links, agree = sets["stance_links"], sets["agree_verbs"]
    return any(w in links or w in sets["be_verbs"] for w in words) \
        and not any(w in agree or w in _BREAKS or w in sets["contrast_words"] for w in words)


def holds_a_view(view: SentenceView, holder: Mention, thing: Mention) -> bool:
    k = _stance_noun(view, thing)
    if k is None:
        return False
    words = view.words
    if holder.start >= thing.end:
        return _linked(words[thing.end:holder.start])  # "critics of the pact include Norway"
    if holder.end <= k and k - holder.end <= 6:
        return _linked(words[holder.end:k])  # "Norway is among the critics of the pact"
    return False


_JOINS = frozenset({"and", "but", "then", "which", "who", "that", "by", "with"})


def reacts_to(view: SentenceView, holder: Mention, thing: Mention) -> bool:
    """The would-be imposer only reacts to the measure: "Chile protested against the duties",
    "Peru condemned the new tariffs"; not "Chile condemned the move and imposed duties"."""
    if holder.end > thing.start or thing.start - holder.end > 8 \
            or any(g.strip() in {";", ":"} for g in view.gaps[holder.end + 1:thing.start + 1]):
        return False
    sets = word_sets()
    between = view.words[holder.end:thing.start]
    return any(w in sets["deal_reaction_verbs"] for w in between) \
        and not any(w in _JOINS or w in sets["impose_verbs"] for w in between)


def run(ctx: ArticleContext) -> None:
    kept: list[Fact] = []
    for f in ctx.facts:
        ends = _ends(f)
        if ends is not None and f.sentence < len(ctx.sentences):
            view = ctx.sentences[f.sentence]
            holder, thing = ends
            if any(x is holder for x in view.mentions) and any(x is thing for x in view.mentions) \
                    and holds_a_view(view, holder, thing):
                ctx.refuse(f.rel.value, f.source, f.target, f.sentence,
                           "named as a critic or backer of it, not a party", f.origin)
                continue
            if f.rel is RelType.IMPOSES and any(x is holder for x in view.mentions) \
                    and reacts_to(view, holder, thing):
                ctx.refuse(f.rel.value, f.source, f.target, f.sentence,
                           "reacts to the measure, does not impose it", f.origin)
                continue
        kept.append(f)
    ctx.facts = kept
