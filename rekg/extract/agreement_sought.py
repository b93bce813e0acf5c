"""After the modality stage: an agreement only sought, proposed or expected has no parties
yet and covers nothing yet. "Talks between Japan and Australia on a lithium deal stalled",
"Seoul wants a deal with Canberra", "they discussed a possible framework", "a deal between
them is expected next year": the deal named there is not made, so no PARTY_TO or ADDRESSES
fact is read from that mention (the modality cues only reach a word phrase next to the fact,
and here the word that says so stands apart from the deal, before the parties). First, a deal known
by its kind whose one party stood through modality gets the company the passage is about as
its other party (``agreement_focus_party.py``)."""

from __future__ import annotations

from rekg.extract import agreement_focus_party
from rekg.extract.agreement_excluded import left_out, other_clause
from rekg.extract.agreement_outsiders import asked_to_join, only_reacts
from rekg.extract.context import ArticleContext, Fact, Mention, SentenceView
from rekg.extract.patterns import word_sets
from rekg.schema import Label, RelType

_RELS = frozenset({RelType.PARTY_TO, RelType.ADDRESSES})
_GOODS = frozenset({Label.MATERIAL, Label.PRODUCT})
_BREAKS = frozenset({";", ":", "(", ")", "—", "–"})
_REACH = 9  # words from "talks" to the preposition before the deal


def _noun_start(view: SentenceView, m: Mention, sets: dict) -> tuple[int, bool]:  # type: ignore[type-arg]
    """Where the deal's noun phrase starts (over determiners, modifiers and goods named in
    it) and whether it calls the deal only possible ("a possible minerals pact")."""
    words, possible = view.words, False
    k = m.start
    inside = {i for x in view.mentions if x.end <= m.start and x.label in _GOODS
              for i in range(x.start, x.end)}
    while k > 0 and m.start - k < 6 and view.gaps[k] not in _BREAKS | {","}:
        w = words[k - 1]
        if w in sets["deal_seeking_preps"]:
            break  # "about" is also a filler ("about 30 firms")
        if w in sets["deal_possible_words"]:
            possible = True
        elif w not in sets["filler"] and w not in sets["agreement_modifiers"] \
                and k - 1 not in inside and "-" not in (view.gaps[k - 1], view.gaps[k]) \
                and not _in_sum(view, k - 1, sets):
            break  # over "long-term", "five-year" and "$400 million" as over "binding"
        k -= 1
    return k, possible


def _in_sum(view: SentenceView, i: int, sets: dict) -> bool:  # type: ignore[type-arg]
    """Is word i part of a sum of money before the deal noun ("a $400 million offtake")?"""
    text = view.tokens[i].text
    return (text[:1].isdigit() and i + 1 < len(view.words)
            and view.words[i + 1] in sets["money_scale_words"]) \
        or (view.words[i] in sets["money_scale_words"] and i > 0
            and view.tokens[i - 1].text[:1].isdigit())


def _sought_before(view: SentenceView, k: int, sets: dict) -> bool:  # type: ignore[type-arg]
    """"wants a deal", "proposed a pact", "talks (between A and B) on a deal", "pushing for
    an accord": the words before the deal's noun phrase seek it."""
    words = view.words
    if k == 0:
        return False
    if words[k - 1] in sets["deal_seeking_verbs"]:
        return True
    if k >= 3 and words[k - 1] in sets["agree_verbs"] and words[k - 2] == "to" and (
            words[k - 3] in sets["deal_seeking_verbs"]
            or words[k - 3] in sets["deal_seeking_heads"]):
        return True  # "hopes to sign a deal", "wants to strike a pact", "plans to ink one"
    if words[k - 1] not in sets["deal_seeking_preps"]:
        return False
    agree = sets["agree_verbs"]
    for j in range(k - 2, max(-1, k - 2 - _REACH), -1):
        if view.gaps[j + 1] in _BREAKS or words[j] in agree:
            return False
        if words[j] in sets["deal_seeking_heads"]:
            # "concluded negotiations on an accord": the talks ended in the deal
            before = j - 1 if j > 0 and words[j - 1] != "the" else j - 2
            return not sets["deal_talks_ended_verbs"].ends_at(words, before)
    return False


def _signing_denied(view: SentenceView, k: int, sets: dict) -> bool:  # type: ignore[type-arg]
    """"Lynas denied that it had signed an offtake agreement with Sojitz": a denial before the
    verb of signing the deal, in its clause."""
    words = view.words
    for j in range(k - 1, max(-1, k - 10), -1):
        if view.gaps[j + 1] in _BREAKS:
            return False
        if sets["deal_denial_heads"].longest_at(words, j):
            return any(w in sets["agree_verbs"] for w in words[j:k])
    return False


def _pending_after(view: SentenceView, m: Mention, sets: dict,  # type: ignore[type-arg]
                   indefinite: bool) -> bool:
    """"A deal between A and B on lithium is expected next year", "the accord is still being
    negotiated": the clause after the deal says it is still to come."""
    words = view.words
    end = m.end
    others = {x.start for x in view.mentions if x.label is Label.AGREEMENT and x.start >= end
              and x.node_id and x.node_id != m.node_id}
    for j in range(end, min(len(words) - 1, end + 14)):
        if view.gaps[j] in _BREAKS or "," in view.gaps[j] or j in others:
            return False  # "..., while a second accord is still being negotiated"
        if words[j] in sets["be_verbs"] and sets["deal_pending_states"].longest_at(
                words, j + 1 + (words[j + 1] in ("still", "yet"))):
            return True
        if indefinite and words[j] in sets["be_verbs"] \
                and words[j + 1] in sets["deal_pending_words"]:
            after = words[j + 2:j + 4]
            return bool(after) and (after[0] in sets["deal_pending_times"]
                                    or after == ["to", "be"])
    return False


# words that open a clause of its own after the deal: its verb is not the deal's
_CLAUSE_OPENERS = frozenset({"after", "before", "when", "once", "since", "until", "because",
                             "while", "which", "that", "who", "whose", "although", "though"})


def _collapsed_after(view: SentenceView, m: Mention, sets: dict) -> bool:  # type: ignore[type-arg]
    """"The lithium pact between Norway and Chile collapsed in May", "the accord was
    cancelled": the verb of the deal's own clause undoes it. Not talks that collapsed ("signed
    after earlier talks broke down"), nor a verb past a comma, a clause opener or another
    deal ("signed a pact after a rival offer was cancelled")."""
    words = view.words
    others = {x.start for x in view.mentions if x.label is Label.AGREEMENT and x.start >= m.end
              and x.node_id and x.node_id != m.node_id}
    for j in range(m.end, min(len(words), m.end + 12)):
        if view.gaps[j] in _BREAKS or "," in view.gaps[j] or j in others \
                or words[j] in sets["deal_seeking_heads"] or words[j] in _CLAUSE_OPENERS:
            return False
        if sets["deal_collapse_words"].longest_at(words, j):
            return True
    return False


_UNDONE = frozenset({"no", "not", "n't", "never", "without", "failed", "nor"})


def _signed_later(view: SentenceView, end: int, sets: dict) -> bool:  # type: ignore[type-arg]
    """A signing the sentence states after the deal: what was sought was made. Not one it
    denies ("but no deal was reached", "but did not sign one", "without reaching")."""
    words = view.words
    return any(w in sets["deal_done_verbs"] and words[j - 1] not in ("to", "be")
               and _UNDONE.isdisjoint(words[max(end, j - 4):j])
               for j, w in enumerate(words[end:], end))


def sought(view: SentenceView, m: Mention) -> bool:
    """Is the agreement mention ``m`` a deal only sought, proposed or still to come? Not an
    agreement the lexicon knows: that one was made, whatever was once proposed."""
    if m.entry is not None:
        return False
    sets = word_sets()
    start, possible = _noun_start(view, m, sets)
    if _pending_after(view, m, sets, view.words[start] in ("a", "an")) \
            or _collapsed_after(view, m, sets):
        return True
    if _signing_denied(view, start, sets):
        return True
    return (possible or _sought_before(view, start, sets)) and not _signed_later(
        view, m.end, sets)


_RELATIVE_ORIGINS = frozenset({"party_to.agreement-that-party-signed",
                               "party_to.agreement-that-signed-with-party"})


def _denied_after(view: SentenceView, f: Fact) -> bool:
    """"The deal, which Japan has not signed, ...": the verb of the relative clause (and its
    negation) stand after both mentions, where no modality cue reaches."""
    if f.origin not in _RELATIVE_ORIGINS:
        return False
    sets = word_sets()
    start = min(f.source.end, f.target.end)
    for w in view.words[start:start + 6]:
        if w in sets["deal_denial_words"]:
            return True
        if w in sets["agree_verbs"]:
            return False
    return False


def _deal(f: Fact) -> Mention:
    return f.target if f.rel is RelType.PARTY_TO else f.source


def run(ctx: ArticleContext) -> None:
    agreement_focus_party.run(ctx)  # after modality: only a party that stood gets a partner
    kept: list[Fact] = []
    memo: dict[tuple[int, int], bool] = {}
    for f in ctx.facts:
        if f.rel in _RELS and _deal(f).label is Label.AGREEMENT \
                and f.sentence < len(ctx.sentences):
            m = _deal(f)
            key = (f.sentence, m.start)
            if key not in memo:
                view = ctx.sentences[f.sentence]
                memo[key] = any(x is m for x in view.mentions) and sought(view, m)
            if memo[key] or _denied_after(ctx.sentences[f.sentence], f):
                ctx.refuse(f.rel.value, f.source, f.target, f.sentence,
                           "the agreement is only sought or proposed", f.origin)
                continue
            view = ctx.sentences[f.sentence]
            if f.rel is RelType.PARTY_TO and any(x is f.source for x in view.mentions) \
                    and any(x is m for x in view.mentions) and (
                    asked_to_join(view, f.source, m) or only_reacts(view, f, f.source, m)):
                ctx.refuse(f.rel.value, f.source, f.target, f.sentence,
                           "only asked to join the agreement, or reacting to it", f.origin)
                continue
            if f.rel is RelType.ADDRESSES and any(x is f.target for x in view.mentions) \
                    and any(x is m for x in view.mentions) and (
                    left_out(view, m, f.target) or other_clause(view, f, m, f.target)):
                ctx.refuse(f.rel.value, f.source, f.target, f.sentence,
                           "the goods are kept out of the agreement or stand apart", f.origin)
                continue
        kept.append(f)
    ctx.facts = _returns_of_made_deals(ctx, kept)


def _returns_of_made_deals(ctx: ArticleContext, facts: list[Fact]) -> list[Fact]:
    """"In return, Tarrow would supply terbium" after a deal only hoped for: what the next
    sentence gives back is a term only of a deal that has a party left, or that the lexicon
    knows."""
    made = {f.target.node_id for f in facts if f.rel is RelType.PARTY_TO}
    kept = []
    for f in facts:
        if f.origin == "frame:agreement-return-terms" and f.source.entry is None \
                and f.source.node_id not in made:
            ctx.refuse(f.rel.value, f.source, f.target, f.sentence,
                       "the agreement is only sought or proposed", f.origin)
            continue
        kept.append(f)
    return kept
