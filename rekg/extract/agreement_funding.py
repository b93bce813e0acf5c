"""A deal told by a verb of funding and a sum: "the Department of Energy awarded $35 million to
Tarrow", "the bank lent Tarrow A$1.2 billion", "the fund invested EUR 110 million in Tarrow".

The funder is the company, agency or country before the verb, the recipient the one named
right after the sum ("to", "in") or right after the verb, and the sum must be there: "awarded
contracts to Tarrow" or "invested heavily in China" name no deal. The deal is named as the
described deals are ("Department of Energy-Tarrow award", its kind as alias), by the noun of
its verb, so that a later "the award" or "the loan" is that deal.
"""

from __future__ import annotations

from functools import cache

from rekg.extract.agreement_scope import clause_stop
from rekg.extract.context import Mention, SentenceView
from rekg.extract.patterns import WordSet, word_sets
from rekg.schema import Label

_PARTIES = frozenset({"Country", "Organization"})
# the verb sets and the kind of deal each tells (words.yaml)
_KINDS = (("funding_award_verbs", "award"), ("funding_grant_verbs", "grant"),
          ("funding_loan_verbs", "loan"), ("funding_investment_verbs", "investment"),
          ("funding_commitment_verbs", "commitment"), ("funding_funding_verbs", "funding"))


@cache
def _kinds() -> dict[str, str]:
    """Each funding verb form and the kind of deal it tells."""
    sets = word_sets()
    return {word: kind for name, kind in _KINDS for word in sets[name]}


def sum_end(view: SentenceView, k: int, sets: dict[str, WordSet]) -> int | None:
    """The end of a sum of money starting at k ("$35 million", "about EUR 110 million",
    "up to A$1.65 billion"), or None when none starts there or it counts goods."""
    words, scale = view.words, sets["money_scale_words"]
    size = sets["money_lead_words"].longest_at(words, k)
    k += size or 0
    for j in range(k, min(k + 5, len(words))):
        if words[j] in scale:
            end = j + 1
            return None if end < len(words) and words[end] in sets["money_goods_units"] \
                else end
        if not (view.tokens[j].text[:1].isdigit() or words[j] in sets["money_lead_words"]
                or (len(words[j]) <= 3 and view.tokens[j].text.isupper())):
            return None
    return None


def _party_at(view: SentenceView, k: int) -> Mention | None:
    """The company or country named at k, after an optional "the"."""
    if k < len(view.words) and view.words[k] == "the":
        k += 1
    return next((m for m in view.mentions if m.start == k and m.label.value in _PARTIES
                 and m.node_id and m.form != "anaphor"), None)


def recipient(view: SentenceView, verb: int,
              sets: dict[str, WordSet]) -> tuple[Mention, int] | None:
    """"awarded $35 million to Tarrow", "invested $40 million in Tarrow", "lent Tarrow
    $90 million": the party the sum goes to and where the verb's sum ends (the verb's own
    end when the party comes first), or None when no sum is given to a named one."""
    words = view.words
    end = sum_end(view, verb + 1, sets)
    if end is not None:
        if end < len(words) and words[end] in sets["funding_recipient_links"] \
                and not any(c in view.gaps[end] for c in ",;:()"):
            party = _party_at(view, end + 1)
            if party is None or (words[end] != "to" and party.label.value != "Organization"):
                return None  # "invested $500 million in Malaysia": spent there, no deal
            return party, end
        return None
    party = _party_at(view, verb + 1)
    if party is None or party.end >= len(words) or any(c in view.gaps[party.end] for c in ",;:()") \
            or sum_end(view, party.end, sets) is None:
        return None
    return party, verb + 1


def _purchase_seller(view: SentenceView, verb: int,
                     sets: dict[str, WordSet]) -> tuple[Mention, int] | None:
    """"Kestrel committed $500 million to buy magnets from Tarrow" (or "made by Tarrow"): the
    sum buys goods, and the seller named after "from" or "by" in the clause is the other party
    of the purchase commitment; the span ends with the sum."""
    words, end = view.words, sum_end(view, verb + 1, sets)
    if end is None or end + 1 >= len(words) or words[end] != "to" \
            or words[end + 1] not in sets["commitment_buy_verbs"] \
            or any(c in view.gaps[j] for j in (end, end + 1) for c in ",;:()"):
        return None
    for j in range(end + 2, clause_stop(view, end)):
        if words[j] in ("from", "by") and view.tokens[j].text.islower():
            party = _party_at(view, j + 1)
            if party is not None:
                return party, end
    return None


def funded(view: SentenceView, sets: dict[str, WordSet],
           taken: set[int]) -> list[tuple[int, int, str, Mention]]:
    """(verb index, span end, kind, recipient) of each funding told in the sentence."""
    found, kinds = [], _kinds()
    for i, word in enumerate(view.words):
        kind = kinds.get(word)
        if kind is None or i in taken or not view.tokens[i].text.islower() \
                or (i > 0 and view.words[i - 1] in sets["funding_hedges"]):
            continue  # "Japan could lend $90 million to Tarrow": no deal yet
        got = recipient(view, i, sets)
        if got is None and kind == "commitment":
            got = _purchase_seller(view, i, sets)
        if got is not None:
            found.append((i, got[1], kind, got[0]))
    return found


def purpose_goods(view: SentenceView, after: int, sets: dict[str, WordSet]) -> list[Mention]:
    """The goods a purpose clause right after the recipient names: "$35 million to Tarrow to
    build a plant for heavy rare earths", "to Tarrow, partly to fund terbium output"."""
    words, gaps = view.words, view.gaps
    k = after = sum_end(view, after, sets) or after  # "lent Tarrow $9 million for ..."
    while k < len(words) and words[k] in sets["purpose_adverbs"]:
        k += 1
    if k + 1 >= len(words) or words[k] not in ("to", "for") \
            or any(c in gaps[j] for j in range(after, k + 1) for c in ";:()") \
            or ("," in gaps[after] and k == after) \
            or (words[k] == "to" and not view.tokens[k + 1].text.islower()):
        return []
    breaks = sets["deal_subject_breaks"]
    stop = next((j for j in range(k + 1, clause_stop(view, k))
                 if "," in gaps[j] and words[j] in breaks), clause_stop(view, k))
    return [m for m in view.of(Label.MATERIAL, Label.PRODUCT)
            if k < m.start and m.end <= stop and m.form != "anaphor" and m.node_id]
