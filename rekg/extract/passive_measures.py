"""Part of the frames stage: is a measure verb a participle ("Huawei was blacklisted",
"Hikvision, already blacklisted") that says what the measure hit, or the main verb of its
imposer ("China, which refines most of the metal, restricted exports")?"""

from __future__ import annotations

from rekg.extract.context import Mention, SentenceView
from rekg.extract.patterns import word_sets
from rekg.schema import Label

PASSIVE_SKIP = frozenset({"already", "also", "now", "later", "since", "previously", "recently",
                          "formally", "both", "all", "been", "being", "subsequently", "once"})
_RELATIVES = frozenset({"which", "who", "whose"})


def _closes_relative(view: SentenceView, k: int) -> bool:
    """The comma before word ``k`` closes a ", which ...," clause opened right after a named
    government, the verb's subject (a company halting its own shipments imposes nothing)."""
    q = next((j for j in range(k - 1, 0, -1) if view.gaps[j]), 0)
    return q > 0 and view.gaps[q] == "," and view.words[q] in _RELATIVES and any(
        m.end == q and m.form != "anaphor" and (m.label is Label.COUNTRY or (
            m.label is Label.ORGANIZATION and m.kind != "company")) for m in view.mentions)


def _closes_appositive(view: SentenceView, k: int, after: int) -> bool:
    """The comma before word ``k`` closes a noun phrase in apposition to a named government
    ("China, the top producer, restricted exports", "Zimbabwe, Africa's largest lithium
    producer, banned exports"): the verb is that government's, unless an agent follows it
    ("Iran, a big exporter, sanctioned by Washington")."""
    q = next((j for j in range(k - 1, 0, -1) if view.gaps[j]), 0)
    opened = q > 0 and (view.words[q] in word_sets()["appositive_openers"]
                        or view.words[q + 1:q + 2] == ["'s"])  # "Zimbabwe, Africa's largest"
    return opened and view.gaps[q] == "," \
        and not any(w in word_sets()["be_verbs"] for w in view.words[q:k]) \
        and view.words[min(after, len(view.words) - 1)] != "by" and any(
            m.end == q and m.form != "anaphor" and (m.label is Label.COUNTRY or (
                m.label is Label.ORGANIZATION and m.kind != "company")) for m in view.mentions)


def _closes_aside(view: SentenceView, k: int) -> bool:
    """The comma before word ``k`` closes a discourse aside opened right after a named
    government ("India, meanwhile, banned exports", "Japan, for its part, restricted ...")."""
    q = next((j for j in range(k - 1, 0, -1) if view.gaps[j]), 0)
    return q > 0 and view.gaps[q] == "," \
        and word_sets()["discourse_asides"].longest_at(view.words, q) == k - q and any(
            m.end == q and m.form != "anaphor" and (m.label is Label.COUNTRY or (
                m.label is Label.ORGANIZATION and m.kind != "company")) for m in view.mentions)


def passive(view: SentenceView, verb: Mention) -> bool:
    """"Huawei was blacklisted", "Hikvision, both already blacklisted": a participle after a
    form of "be", or set off by a comma, says what the measure hit, not who imposed it; a
    comma that closes a ", which ...," clause leaves the verb its subject's."""
    if not verb.props.get("verb") or not verb.surface.lower().endswith(("ed", "held")):
        return False
    k = verb.start
    while k > 0 and view.words[k - 1] in PASSIVE_SKIP and view.gaps[k] != ",":
        k -= 1
    set_off = view.gaps[k] == "," and not _closes_relative(view, k) \
        and not _closes_appositive(view, k, verb.end) and not _closes_aside(view, k)
    return k > 0 and (set_off or view.words[k - 1] in word_sets()["be_verbs"]
                      or "been" in view.words[k:verb.start]
                      or _after_firm_noun(view, k, verb))


def _after_firm_noun(view: SentenceView, k: int, verb: Mention) -> bool:
    """"among the companies sanctioned", "twelve firms blacklisted by Ottawa": a participle
    right after a plural noun of firms says which firms the measure hit."""
    return k == verb.start and view.words[k - 1] in word_sets()["company_nouns"] \
        and view.tokens[k - 1].text.lower().endswith("s")
