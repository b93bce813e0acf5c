"""Part of the deals-sought stage, after modality: the company a passage is about is the other
party of a deal whose sentence names only the party it was made with.

"Tarrow Metals mines graphite in Mozambique. The company ships it to Ohio, where Kestrel has
agreed to buy the output under an offtake deal", "The project is supported by a contract with
the Department of Energy", "- Tarrow USA: the joint venture with Belmont Holdings is choosing a
site": a deal known only by its kind (no lexicon agreement), with one party found, is the
company in focus's deal too. The company in focus is the one the article has named most so far
among those named or referred to in the deal's sentence and the two before; it must be a
company (not a ministry, agency or bloc) other than the party. A deal's sentence that names
another company or a country beside its party says who else is involved, so none is added
there ("Tarrow's rival Belmont signed an offtake with Kestrel", "Tarrow withdrew from its
joint venture with Belmont"), and a passage that names two
companies equally often has no one company in focus.
"""

from __future__ import annotations

from collections import Counter

from rekg.extract.context import ArticleContext, Fact, Mention, SentenceView
from rekg.extract.patterns import word_sets
from rekg.loaders.text import norm_phrase
from rekg.schema import Label, RelType

_WINDOW = 2  # sentences back in which the company in focus must be named or referred to
_PRONOUNS = frozenset({"it", "they", "he", "she", "we", "this", "that"})
_NOT_COMPANIES = frozenset({"agency", "association", "bank", "bloc", "international",
                            "ministry", "other"})


def _company(m: Mention) -> bool:
    """A company that trades: not a ministry, agency, lender or bloc, by its lexicon kind or,
    for a name the lexicon lacks, by its words."""
    if m.label is not Label.ORGANIZATION or not m.node_id or m.form == "place" \
            or (m.kind or "company") in _NOT_COMPANIES:
        return False
    public = word_sets()["public_body_words"]
    return m.kind == "company" or not any(w in public for w in norm_phrase(m.name))


def _made(view: SentenceView, deal: Mention) -> bool:
    """One deal, made: a singular noun after a determiner ("under an offtake deal", "a
    contract from the agency"), not "subject to agreement on terms" or "contracts like it"."""
    words, sets = view.words, word_sets()
    last = view.tokens[deal.end - 1].text.lower()
    if last != words[deal.end - 1] and last.endswith("s"):
        return False
    named = {k for m in view.mentions if m.label in (Label.ORGANIZATION, Label.COUNTRY)
             for k in range(m.start, m.end)}  # "a US Department of Defense contract"
    k, plain = deal.start - 1, 0
    while k >= 0 and plain < 4 and not any(c in view.gaps[k + 1] for c in ",;:()"):
        if words[k] in sets["deal_determiners"]:
            return True
        plain += k not in named
        k -= 1
    return False


def _deals(ctx: ArticleContext) -> dict[str, list[Fact]]:
    """Node id -> the PARTY_TO facts of each agreement that no lexicon entry names."""
    lexicon = {m.node_id for view in ctx.sentences for m in view.of(Label.AGREEMENT)
               if m.entry is not None}
    deals: dict[str, list[Fact]] = {}
    for fact in ctx.facts:
        if fact.rel is RelType.PARTY_TO and fact.target.node_id not in lexicon:
            deals.setdefault(fact.target.node_id, []).append(fact)
    return deals


def _focus(ctx: ArticleContext, index: int, counts: list[Counter[str]],
           parties: set[str]) -> Mention | None:
    """The company other than the deal's party named most often in the article up to sentence
    ``index`` among those named or referred to in it and the sentences just before; None on a
    tie."""
    near: dict[str, Mention] = {}
    for k in range(max(0, index - _WINDOW), index + 1):
        for m in ctx.sentences[k].mentions:
            if m.node_id in parties:
                continue
            if _company(m) and m.form != "anaphor":
                near.setdefault(m.node_id, m)
            elif _company(m) and m.node_id not in near:
                near[m.node_id] = m  # "the company", "it": in focus, named earlier
    if not near:
        return None
    ranked = sorted(near, key=lambda n: counts[index][n], reverse=True)
    best = ranked[0]
    if counts[index][best] == 0 or (len(ranked) > 1
                                    and counts[index][ranked[1]] == counts[index][best]):
        return None
    return near[best]


def run(ctx: ArticleContext) -> None:
    counts: list[Counter[str]] = []
    running: Counter[str] = Counter()
    for view in ctx.sentences:
        running.update(m.node_id for m in view.mentions if _company(m) and m.form != "anaphor")
        counts.append(Counter(running))
    for facts in _deals(ctx).values():
        parties = {f.source.node_id for f in facts}
        if len(parties) != 1:
            continue
        fact = min(facts, key=lambda f: f.sentence)
        view, deal = ctx.sentences[fact.sentence], fact.target
        if deal not in view.mentions or not _made(view, deal) or (
                fact.source in view.mentions and fact.source.end < deal.start
                and view.words[fact.source.end] == "'s"):
            continue  # "the Pentagon's agreement": its partner is named elsewhere
        others = [m for m in view.mentions if m.label in (Label.ORGANIZATION, Label.COUNTRY)
                  and m.node_id and m.node_id not in parties and m.form not in ("place",)
                  and m.end > m.start]
        focus = _focus(ctx, fact.sentence, counts, parties)
        if focus is None or any(m.node_id != focus.node_id or m is not others[0]
                                for m in others):
            continue  # only the company in focus may stand there, as the sentence's subject
        if others and (others[0].start > 1 or others[0].start > deal.start
                       or (others[0].form == "anaphor" and view.words[0] in _PRONOUNS)
                       or any(w in word_sets()["deal_subject_breaks"]
                              for w in view.words[others[0].end:deal.start])):
            continue  # "Tarrow sold zinc in a year when the venture with Kestrel was wound up"
        if view.words[0] in _PRONOUNS and not any(m.start == 0 < m.end for m in view.mentions):
            continue  # "It agreed a partnership with MP": "it" may be no company
        party = Mention(focus.label, focus.node_id, focus.name, deal.start, deal.start, "",
                        "anaphor", kind=focus.kind, entry=focus.entry,
                        props={**focus.props, "unsaid": True})
        ctx.facts.append(Fact(RelType.PARTY_TO, party, deal, fact.sentence,
                              "frame:deal-focus-company", 0.6, fact.evidence))


__all__ = ["run"]
