"""The subject of a sentence that opens with a fronted clause or phrase, for the coreference
stage: "After Beijing put tariffs on American goods, Orvane stopped shipping ore to China. It
now separates ..." speaks of Orvane, not of Beijing, and "Not long ago, Tarrow Corp was an
obscure stock. This week it won ..." of Tarrow. The party that opens the main clause (after the
comma that closes the fronted part) is the sentence's subject; a party named inside a fronted
subordinate clause never is.

Inside the sentence, an "it" that opens the main clause right after a fronted subordinate
clause whose own subject is a party is that party: "When Veltria cut its quotas in 2010, it
...", "Because Orvane has a large plant, it ...".
"""

from __future__ import annotations

from rekg.extract.context import Mention, SentenceView
from rekg.extract.dummy_it import dummy_subject
from rekg.extract.focus import goods_subject, handled_goods
from rekg.schema import Label

_SUBORDINATORS = frozenset({"after", "when", "while", "although", "though", "because", "since",
                            "once", "until", "unless", "whereas", "before"})
# What a short fronted phrase opens with: "Not long ago,", "In 2019,", "Last year,".
_FRONTED = frozenset({"in", "on", "at", "for", "with", "under", "last", "this", "earlier",
                      "later", "by", "during", "not", "over", "from", "within", "despite",
                      "besides", "unlike", "like", "meanwhile", "today", "separately", "across",
                      "beyond", "outside", "elsewhere", "further", "among", "of", "as"})
# A comma before these goes on inside the fronted part: "After X put tariffs, and then ...,".
_GOES_ON = frozenset({"and", "or", "but", "which", "who", "whose", "including", "then", "such",
                      "as", "when", "where", "not"})
_REACH = 30  # words at most before the comma that closes a fronted clause
_SHORT = 8  # words at most before the comma that closes a fronted phrase
_PARTIES = (Label.ORGANIZATION, Label.COUNTRY)


def _main_start(view: SentenceView) -> int:
    """Where the main clause starts after a fronted clause or phrase, else -1."""
    low = view.words
    if not low or (low[0] not in _SUBORDINATORS and low[0] not in _FRONTED):
        return -1
    reach = _REACH if low[0] in _SUBORDINATORS else _SHORT
    for k in range(1, min(len(low), reach + 1)):
        if "," in view.gaps[k] and low[k] not in _GOES_ON:
            return k
        if any(p in view.gaps[k] for p in (";", ":", "(", ")", '"')):
            return -1
    return -1


def _party_at(view: SentenceView, k: int) -> Mention | None:
    """The organisation or country that starts at token ``k``, after "the", a hyphenated
    modifier or a demonym if any ("the Toronto-based X", "Australian miner X" is not: "miner")."""
    low, gaps = view.words, view.gaps
    for _ in range(4):
        if k >= len(low):
            return None
        found = next((m for m in view.mentions if m.start == k and m.label in _PARTIES
                      and m.form not in ("place", "demonym") and m.end > m.start), None)
        if found is not None:
            return found
        skip = next((m.end for m in view.mentions if m.start == k
                     and m.form in ("place", "demonym")), k)
        if low[k] in ("the", "a", "an") or (k + 1 < len(low) and gaps[k + 1] == "-") \
                or (k > 0 and gaps[k] == "-"):
            k += 1
        elif skip > k and skip < len(low) and gaps[skip] in ("", "-"):
            k = skip
        else:
            return None
    return None


def clause_subject(view: SentenceView, current: Mention | None) -> Mention | None:
    """The party that is the subject of ``view`` for the pronouns of the next sentences: the
    one opening its main clause, or else the one it opens with (unless that stands in a fronted
    subordinate clause), or else ``current``."""
    main = _main_start(view)
    if main >= 0:
        found = _party_at(view, main)
        if found is not None:
            return found
        if view.words[0] in _SUBORDINATORS:
            return current
    opener = next((m for m in view.mentions if m.start <= 2), None)
    if opener is not None and opener.label in _PARTIES and opener.form not in ("place",):
        return opener
    return current


def fronted_clause_subject(view: SentenceView, i: int) -> Mention | None:
    """The party that opens the fronted subordinate clause an "it" at ``i`` follows, when the
    comma before the "it" closes that clause."""
    low = view.words
    if not low or low[0] not in _SUBORDINATORS or low[i] != "it" or _main_start(view) != i:
        return None
    return _party_at(view, 1)


def previous_subject(sentences: list[SentenceView], view: SentenceView, kind: str,
                     at: int) -> Mention | None:
    """The organisation of ``kind`` ("company", "ministry", "agency", "bloc") that the sentence
    before ``view`` has as its subject or topic: "For Braxil, the venture is a step into rare
    earths. The company already mines gold." speaks of Braxil, even when another company was
    named more often lately, unless the sentence names an organisation before token ``at``."""
    if view.index == 0 or sentences[view.index - 1].index != view.index - 1 or any(
            m.label is Label.ORGANIZATION and m.start < at for m in view.mentions):
        return None  # "Skydio's chief said the company ...": the one named in the sentence
    before = sentences[view.index - 1]
    main = _main_start(before)
    found = _party_at(before, main) if main >= 0 else None
    if found is None and (main < 0 or before.words[0] == "for"):  # "For Braxil, the venture"
        found = _party_at(before, 1 if before.words[0] == "for" else 0)
        if found is not None and before.words[0] == "for" and found.end != main:
            found = None
    if found is None or found.label is not Label.ORGANIZATION:
        return None
    return found if _kind_of(found) == kind else None


def _kind_of(m: Mention) -> str:
    own = m.entry.properties.get("kind") if m.entry is not None else None
    return str(own) if own in ("ministry", "agency", "bloc") else "company"


# What may stand between the subject and "the company" of a later clause of the same sentence.
_CLAUSE_LINKS = frozenset({"said", "says", "say", "added", "and", "but", "while", "because",
                           "although", "as", "so"})


def _own_subject(view: SentenceView, kind: str, at: int) -> Mention | None:
    """"Orvane controls the chain: the company mines and refines ...", "Kelder said the
    company would ...": the organisation of ``kind`` that is the subject of the sentence, named
    before token ``at`` with a clause boundary between and no other organisation."""
    main = _main_start(view)
    subject = _party_at(view, main if main >= 0 else 0)
    if subject is None or subject.label is not Label.ORGANIZATION or subject.end > at - 1 \
            or _kind_of(subject) != kind:
        return None
    if any(m.label is Label.ORGANIZATION and subject.end <= m.start < at for m in view.mentions):
        return None
    between = range(subject.end, at)
    if not any(view.words[k] in _CLAUSE_LINKS or any(p in view.gaps[k] for p in ",;:")
               for k in between) and not any(p in view.gaps[at - 1] for p in ",;:"):
        return None
    return subject


def company_referent(sentences: list[SentenceView], view: SentenceView, kind: str,
                     at: int) -> Mention | None:
    """The organisation "the company" (or "the ministry" ...) at token ``at`` - 1 stands for
    when a subject settles it: that of its own sentence, else that of the sentence before."""
    return _own_subject(view, kind, at) or previous_subject(sentences, view, kind, at)


def cataphor(view: SentenceView, i: int) -> Mention | None:
    """"Unlike most of its peers, Orvane controls ...": an "its" in a fronted phrase that names
    no party before it is the party that opens the main clause."""
    if view.words[i] != "its" or any(m.start < i and m.label in _PARTIES for m in view.mentions):
        return None
    main = _main_start(view)
    return _party_at(view, main) if main > i else None


def paired(sentences: list[SentenceView], view: SentenceView, at: int) -> bool:
    """"Brindle and Veltrix signed a deal. The company ...": the sentence before has two
    organisations as its subject, so "the company" (token ``at``) could be either and is left
    unread (unless the sentence names an organisation of its own first)."""
    if view.index == 0 or sentences[view.index - 1].index != view.index - 1 or any(
            m.label is Label.ORGANIZATION and m.start < at for m in view.mentions):
        return False
    before = sentences[view.index - 1]
    main = _main_start(before)
    first = _party_at(before, main if main >= 0 else 0)
    if first is None or first.group < 0 or first.label is not Label.ORGANIZATION:
        return False
    return len({m.node_id for m in before.mentions if m.group == first.group
                and m.label is Label.ORGANIZATION}) > 1


_IMPERSONAL = frozenset({"hard", "easy", "difficult", "possible", "impossible", "likely",
                         "unlikely", "clear", "unclear", "important", "worth", "true", "necessary",
                         "striking", "notable", "telling", "ironic", "surprising", "no"})


def impersonal(view: SentenceView, i: int) -> bool:
    """"It is hard to imagine ...", "It was unclear whether ...": an "it" that stands for a
    clause after it, not for a party."""
    low = view.words
    return low[i] == "it" and low[i + 1:i + 2] in (["is"], ["was"], ["'s"]) \
        and low[i + 2:i + 3] != [] and low[i + 2] in _IMPERSONAL and not view.gaps[i + 2]


def no_party(view: SentenceView, i: int) -> bool:
    """The "it" at ``i`` is goods ("it is mined in ...") or impersonal, never a party."""
    return goods_subject(view, i) or handled_goods(view, i) or impersonal(view, i) \
        or dummy_subject(view, i)


def actors(view: SentenceView, i: int) -> list[Mention]:
    """The sentence's mentions less a country that only owns the name of the company a
    pronoun at ``i`` follows in the same clause: in "Greece's Metlen said it will build ... at
    its refinery", "it" and "its" are Metlen, not Greece."""
    low, gaps = view.words, view.gaps
    owned = {m.start for m in view.mentions if m.label is Label.ORGANIZATION
             and m.kind in (None, "company") and m.start > 1 and low[m.start - 1] == "'s"
             and not any(gaps[k] in (",", ";") and low[k] in ("and", "but", "while")
                         for k in range(m.end, min(i, len(low))))}
    return [m for m in view.mentions if not (
        m.label is Label.COUNTRY and m.end + 1 in owned and low[m.end] == "'s")]


main_start = _main_start  # for subject_carry: the same readings, under public names
party_at = _party_at
