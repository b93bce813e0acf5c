""""The lithium miner", "the cobalt producer": a company named by the material it deals in,
for the coreference stage. Opening a sentence (or its main clause) after a company was named,
the phrase stands for the company in focus, as "the miner" alone does; the material inside
stays a mention of its own. A product ("the phone maker") is left alone: what such a maker
is said to use in the sentence is read as its output too often.

It is left alone before a name ("the lithium miner Veltrix"), in apposition ("Veltrix, the
lithium miner, ..."), in a plural ("the lithium miners") and when a company is named earlier in
its own sentence.
"""

from __future__ import annotations

from rekg.extract import fronted_subjects as fronted
from rekg.extract.context import Mention, SentenceView
from rekg.extract.focus import Salience, refer
from rekg.extract.org_kinds import business
from rekg.schema import Label

_NOUNS = frozenset({"miner", "maker", "producer", "refiner", "supplier", "manufacturer",
                    "firm", "company", "group", "giant", "major", "processor", "smelter",
                    "recycler", "developer"})


def goods_described(sentences: list[SentenceView], view: SentenceView, orgs: Salience,
                    taken: set[int]) -> list[Mention]:
    """A mention of the company in focus for "the <goods> miner" opening the sentence."""
    low, tokens = view.words, view.tokens
    main = fronted.main_start(view)
    start = main if main >= 0 else 0
    if start + 2 >= len(low) or low[start] != "the" or start in taken or any(
            m.label in (Label.ORGANIZATION, Label.COUNTRY) and m.start < start
            for m in view.mentions):
        return []
    goods = next((m for m in view.mentions if m.start == start + 1
                  and m.label is Label.MATERIAL), None)
    if goods is None or goods.end >= len(low):
        return []
    noun = goods.end
    text = tokens[noun].text
    if low[noun] not in _NOUNS or text != low[noun] or noun in taken \
            or any(g not in ("", "-", " ") for g in view.gaps[start + 1:noun + 1]) \
            or (noun + 1 < len(low) and tokens[noun + 1].text[:1].isupper()):
        return []
    found = fronted.company_referent(sentences, view, "company", noun) \
        or orgs.focus("company", view.index)
    firm = business("company", found, orgs, view, start)
    return [refer(firm, view, noun, noun + 1)] if firm is not None else []
