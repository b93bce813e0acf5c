"""Several deals told at once: "the United States has signed critical minerals frameworks
with Australia and Japan", "Washington signed frameworks with Canberra and Tokyo and
memorandums with Kuala Lumpur". A plural agreement noun followed by "with" and a list of
parties names one deal between the signer and each of them: the lexicon agreement of those
two parties whose kind the noun fits, when there is exactly one."""

from __future__ import annotations

from rekg.extract.agreement_complement import topic_end
from rekg.extract.agreement_links import party_ids
from rekg.extract.agreement_summit import kind_fits
from rekg.extract.context import ArticleContext, Fact, Mention, SentenceView
from rekg.extract.patterns import word_sets
from rekg.loaders.lexicon import Entry
from rekg.loaders.text import norm_phrase
from rekg.schema import Label, RelType

_PARTIES = (Label.COUNTRY, Label.ORGANIZATION)
_BREAKS = (";", ":", "(", ")", "—")


def _signer(ctx: ArticleContext, view: SentenceView, m: Mention) -> Mention | None:
    """The one party before the agreement noun in its clause ("The United States has signed
    critical minerals frameworks"), or the country of the one leader there ("he signed
    memorandums with"); none when several stand there."""
    before = [x for x in view.mentions if x.label in _PARTIES and x.end <= m.start
              and x.form not in ("place", "demonym") and x.node_id]
    if not before:
        before = [_country(ctx, x) for x in view.of(Label.PERSON) if x.end <= m.start
                  and x.entry is not None and x.entry.represents]
    if len({x.node_id for x in before}) != 1 or before[0].label not in _PARTIES or any(
            c in view.gaps[k] for k in range(before[0].end, m.start + 1) for c in (*_BREAKS, ",")):
        return None
    return before[0]


def _country(ctx: ArticleContext, person: Mention) -> Mention:
    country = ctx.lexicon.resolve_ref(str(person.entry.represents)) if person.entry else None
    if country is None or country.label is not Label.COUNTRY:
        return person  # a leader of no country: no signer
    return Mention(Label.COUNTRY, country.id, country.name, person.start, person.end, "",
                   "lexicon", entry=country)


def _with_at(view: SentenceView, m: Mention) -> int:
    """Where "with" follows the noun, past "of understanding" and what the deals are on
    ("memorandums of understanding on critical minerals with Malaysia and Thailand")."""
    end = m.end + 2 if view.words[m.end:m.end + 2] == ["of", "understanding"] else m.end
    if view.words[end:end + 1] == ["on"]:
        end = topic_end(view, end)
    return end


def _partners(view: SentenceView, m: Mention) -> list[Mention]:
    """The parties listed after "with" from the noun to the clause's end, lists joined by
    "and with" too ("with Australia and Japan in October and with Malaysia")."""
    words, found = view.words, []
    at = _with_at(view, m)
    if at >= len(words) or words[at] != "with" or "," in view.gaps[at]:
        return []
    for k in range(at + 1, len(words)):
        if any(c in view.gaps[k] for c in _BREAKS):
            break
        if any(x.start == k and x.label is Label.AGREEMENT for x in view.mentions):
            break  # "... and memorandums with Malaysia": that noun's own partners
        party = next((x for x in view.mentions if x.start == k and x.label in _PARTIES
                      and x.form not in ("place", "anaphor", "demonym") and x.node_id), None)
        if party is not None and (words[k - 1] in ("with", "and", "the") or "," in view.gaps[k]):
            found.append(party)
    return found


def _modifiers(view: SentenceView, m: Mention) -> set[str]:
    """The words that qualify the noun: "critical minerals frameworks"."""
    known, k = word_sets()["agreement_modifiers"], m.start
    while k > 0 and view.words[k - 1] in known and view.tokens[k - 1].text.islower() \
            and not any(c in view.gaps[k] for c in ",;:"):
        k -= 1
    return set(view.words[k:m.end - 1]) - {"new", "similar", "separate", "strategic"}


def _deal_of(ctx: ArticleContext, pair: set[str], noun: str,
             modifiers: set[str]) -> Entry | None:
    """The one lexicon agreement of the pair of a kind the noun fits, whose name shares a word
    with the noun's modifiers when it has some ("critical minerals frameworks" are not a trade
    framework)."""
    fits = [e for e in ctx.lexicon.entries.values() if e.label is Label.AGREEMENT
            and party_ids(ctx, e) == pair and kind_fits(noun, str(e.properties.get("kind", "")))
            and (not modifiers or bool(modifiers & set(norm_phrase(e.name))))]
    return fits[0] if len(fits) == 1 else None


def several(ctx: ArticleContext, view: SentenceView, m: Mention) -> bool:
    """A plural noun with its signer before and "with" after: one deal per partner, not the
    one deal reached where the sentence says."""
    last = m.end - 1
    at = _with_at(view, m)
    return view.tokens[last].text.lower() != view.words[last] \
        and view.words[at:at + 1] == ["with"] and _signer(ctx, view, m) is not None


def run(ctx: ArticleContext) -> None:
    for view in ctx.sentences:
        signer: Mention | None = None
        for m in view.of(Label.AGREEMENT):
            last = m.end - 1
            if m.entry is not None or m.props.get("absorbed") \
                    or view.tokens[last].text.lower() == view.words[last]:
                continue  # one deal, or a named one
            if signer is None or view.words[m.start - 1] != "and":
                signer = _signer(ctx, view, m)  # "frameworks with A and memorandums with B"
            if signer is None:
                continue
            for partner in _partners(view, m):
                entry = _deal_of(ctx, {signer.node_id, partner.node_id}, view.words[last],
                                 _modifiers(view, m))
                if entry is None:
                    continue
                deal = Mention(Label.AGREEMENT, entry.id, entry.name, m.start, m.end, "",
                               "lexicon", entry=entry)
                ctx.facts.extend(Fact(RelType.PARTY_TO, party, deal, view.index,
                                      "frame:plural-deal-partner", 0.7, view.text)
                                 for party in (signer, partner))
