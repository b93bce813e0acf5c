"""A known deal described by its terms rather than named.

"The Department of Defense guaranteed MP Materials a price floor", "Apple has committed $500
million to buy magnets from MP Materials": a sentence that names every party of one lexicon
agreement between organisations, and says what they agreed (a word of ``deal_terms``), speaks
of that agreement even without a noun such as "deal". The mention is added before agreement
frames run, so the lexicon brings its parties and subjects and a later "the deal" finds it in
focus.
"""

from __future__ import annotations

from rekg.extract.context import ArticleContext, Mention, SentenceView
from rekg.extract.modality import cue_rules, find_cues
from rekg.extract.patterns import WordSet, word_sets
from rekg.loaders.lexicon import Entry
from rekg.schema import Label

_PARTIES = (Label.COUNTRY, Label.ORGANIZATION)


def _cue(words: list[str], terms: WordSet) -> int | None:
    for i, word in enumerate(words):
        if word in terms.firsts and any(tuple(words[i:i + len(p)]) == p
                                        for p in terms.phrases if p[0] == word):
            return i
    return None


_DEALS: dict[int, list[tuple[Entry, set[str]]]] = {}


def _company_deals(ctx: ArticleContext) -> list[tuple[Entry, set[str]]]:
    """Lexicon agreements with two or more parties, at least one of them an organisation."""
    if id(ctx.lexicon) in _DEALS:
        return _DEALS[id(ctx.lexicon)]
    deals = _DEALS[id(ctx.lexicon)] = []
    for entry in ctx.lexicon.entries.values():
        if entry.label is not Label.AGREEMENT or len(entry.parties) < 2:
            continue
        parties = [p for ref in entry.parties if (p := ctx.lexicon.resolve_ref(ref)) is not None]
        if len(parties) == len(entry.parties) and any(
                p.label is Label.ORGANIZATION for p in parties):
            deals.append((entry, {p.id for p in parties}))
    return deals


def _described(view: SentenceView, deals: list[tuple[Entry, set[str]]], terms: WordSet,
               blocking: set[str]) -> Mention | None:
    if view.of(Label.AGREEMENT):
        return None  # a named or generic agreement of its own: the frames resolve it
    cue = _cue(view.words, terms)
    if cue is None:
        return None
    named = {m.node_id for m in view.of(*_PARTIES) if m.form != "place"}
    fits = [entry for entry, parties in deals if parties <= named]
    if len(fits) != 1 or any(c.name in blocking and cue - 4 <= c.start <= cue + 2
                             for c in find_cues(view)):
        return None  # lexicon facts pass modality: "did not agree", "withdrew its" stop here
    entry = fits[0]
    return Mention(Label.AGREEMENT, entry.id, entry.name, cue, cue + 1, view.tokens[cue].text,
                   "rule", kind=str(entry.properties.get("kind", "")) or None, entry=entry,
                   props={"described": True})


def run(ctx: ArticleContext) -> None:
    deals = _company_deals(ctx)
    terms = word_sets()["deal_terms"]
    blocking = {rule.name for rule in cue_rules() if rule.spec.effect == "drop"}
    for view in ctx.sentences:
        mention = _described(view, deals, terms, blocking)
        if mention is not None:
            view.mentions.append(mention)
            view.mentions.sort(key=lambda x: (x.start, -x.end))


__all__ = ["run"]
