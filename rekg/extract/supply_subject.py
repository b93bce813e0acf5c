"""A supply told in a predicate that "and" joins to the sentence's first one has the sentence's
subject at its other end, however far back it stands: "The Ulba plant, a unit of Kazatomprom,
makes tantalum and supplies it to customers in the United States", "Seagate and Western
Digital assemble drives in Thailand and buy magnets from Japanese makers".

The subject is the organisation or country (or list of them) that opens the sentence. Other
names may stand between it and the "and" only as objects of a preposition or inside a
parenthesis set off by commas, and a relative clause may only open right after the subject,
so that the joined verb is the subject's own and not another actor's.

A supply that a ranking goes on from ("Chile is Brazil's largest supplier, followed by Peru")
holds for the rivals it names too (``ranked_rivals``).
"""

from __future__ import annotations

from rekg.extract.context import Fact, Mention, SentenceView
from rekg.extract.patterns import WordSet, word_sets
from rekg.schema import Label, RelType

_ACTORS = (Label.ORGANIZATION, Label.COUNTRY)
_RELATIVE = frozenset({"which", "who", "whose", "that"})
_PREPOSITIONS = frozenset({"in", "of", "at", "from", "for", "near", "outside", "with", "by",
                           "across", "to", "on", "into", "than"})
_OBJECT_REACH = 6  # words from the joined verb to its preposition: "supplies them to"
_NAME_REACH = 4  # words from the preposition to the name: "to customers in the US"
_ORIGIN = "supplies.joined-predicate"
_AUXILIARIES = frozenset({"has", "have", "had", "will", "would", "can", "could", "does", "do",
                          "did"})
_IRREGULAR_PAST = frozenset({"sold", "bought", "sent", "got", "took", "leant"})
# words between the preposition and the name that lead elsewhere: "relies on oxides for LCM"
_ASIDE = _PREPOSITIONS - {"in", "from", "of"}
_REPORTING = frozenset({"said", "says", "say", "told", "according", "reported", "added"})


def _subject(view: SentenceView) -> list[Mention]:
    first = min(view.mentions, key=lambda m: m.start, default=None)
    if first is None or first.label not in _ACTORS \
            or first.form in ("place", "anaphor", "demonym") \
            or first.start > (1 if view.words[:1] == ["the"] else 0):
        return []
    if first.group < 0:
        return [first]
    return [m for m in view.mentions if m.group == first.group and m.label in _ACTORS]


def _set_off(view: SentenceView, m: Mention, lo: int, hi: int) -> bool:
    """``m`` is the object of a preposition or stands inside a parenthesis of commas."""
    first = min((x.start for x in view.mentions if m.group >= 0 and x.group == m.group),
                default=m.start)
    k = first - 1
    while k > lo and view.words[k] in word_sets()["filler"]:
        k -= 1
    if view.words[k] in _PREPOSITIONS:
        return True
    return any("," in view.gaps[j] for j in range(lo, m.start + 1)) \
        and any("," in view.gaps[j] for j in range(m.end, hi + 1))


def _joined_verbs(view: SentenceView, after: int, verbs: WordSet) -> list[tuple[int, bool]]:
    """Verbs of ``verbs`` past ``after`` right after an "and", or right after the comma that
    closes a parenthesis ("Arnold, in New York, has long bought"); adverbs and auxiliaries may
    stand between. Each with whether "and" joins it."""
    found = []
    for k, word in enumerate(view.words):
        if k <= after + 1 or word not in verbs or view.tokens[k].text[:1].isupper():
            continue
        j = k - 1
        while j > after and view.words[j] not in verbs and "," not in view.gaps[j + 1] and (
                view.words[j].endswith("ly") or view.words[j] in word_sets()["filler"]
                or view.words[j] in _AUXILIARIES):
            j -= 1
        if view.words[j] == "and":
            found.append((k, True))
        elif ("," in view.gaps[j + 1] and j + 1 < k and view.words[j + 1] in _AUXILIARIES) \
                or ("," in view.gaps[k] and j + 1 == k):
            found.append((k, False))
    return found


def _agrees(view: SentenceView, subject: list[Mention], verb: int) -> bool:
    """A finite verb of this subject: "supplies", "sold", or "buy" after a list of them; not
    the noun of "import and export activities"."""
    text = view.tokens[verb].text.lower()
    return text.endswith(("s", "ed")) or text in _IRREGULAR_PAST or (
        len(subject) > 1 and text == view.words[verb])


def _object(view: SentenceView, verb: int, preps: frozenset[str]) -> list[Mention]:
    """The organisations or countries the verb's preposition leads to."""
    words, gaps = view.words, view.gaps
    for k in range(verb + 1, min(verb + 1 + _OBJECT_REACH, len(words))):
        if any(c in gaps[k] for c in ",;:()—") or words[k] == "and":
            return []
        if words[k] not in preps:
            continue
        for m in sorted(view.mentions, key=lambda x: x.start):
            if m.start > k and m.start - k <= _NAME_REACH and m.label in _ACTORS \
                    and m.form not in ("anaphor", "place") \
                    and not any(c in gaps[j] for j in range(k + 1, m.start + 1) for c in ",;:") \
                    and not any(w in _ASIDE for w in words[k + 1:m.start]):
                if m.group < 0:
                    return [m]
                return [x for x in view.mentions if x.group == m.group and x.label in _ACTORS]
        return []
    return []


def joined_supplies(view: SentenceView) -> list[Fact]:
    """Supplies of a joined predicate, with the output a clause of result gives the subject
    (``resulting_sources``)."""
    facts = resulting_sources(view)
    subject = _subject(view)
    if not subject:
        return facts
    end = max(m.end for m in subject)
    sets = word_sets()
    for verbs, preps, sells in ((sets["strong_supply_verbs"], frozenset({"to"}), True),
                                (sets["strong_buy_verbs"], frozenset({"from"}), False),
                                (sets["rely_verbs"], frozenset({"on", "upon"}), False)):
        for verb, joined in _joined_verbs(view, end, verbs):
            if not _agrees(view, subject, verb) or not _clear_path(view, subject, end, verb):
                continue
            # after a parenthesis, only one that is no relative clause: "IREL, which mines
            # sand, sells" may continue the relative clause
            if not joined and any(w in _RELATIVE for w in view.words[end:verb]):
                continue
            for other in _object(view, verb, preps) or (
                    _direct_object(view, verb) if sells else []):
                for own in subject:
                    if own.node_id == other.node_id:
                        continue
                    seller, buyer = (own, other) if sells else (other, own)
                    facts.append(Fact(RelType.SUPPLIES, seller, buyer, view.index, _ORIGIN,
                                      0.7, view.text))
    return facts


def _direct_object(view: SentenceView, verb: int) -> list[Mention]:
    """"... and supplies General Motors": the buyer right after "supply", with no goods."""
    if view.words[verb] not in ("supply", "supplied", "supplying"):
        return []
    k = verb + 1
    while k < len(view.words) and view.words[k] in word_sets()["filler"] and not view.gaps[k]:
        k += 1
    return [m for m in view.mentions if m.start == k and not view.gaps[k]
            and m.label in _ACTORS and m.form not in ("anaphor", "place", "demonym")
            and view.words[m.end:m.end + 1] != ["'s"]][:1]


def _clear_path(view: SentenceView, subject: list[Mention], end: int, verb: int) -> bool:
    """Nothing between the subject and the joined verb can be that verb's own subject."""
    if any(any(c in view.gaps[k] for c in ";:—") for k in range(end, verb + 1)):
        return False
    for k in range(end, verb):
        if (view.words[k] in _RELATIVE and k > end + 1) or view.words[k] in _REPORTING:
            return False
    return all(m in subject or m.label not in _ACTORS or _set_off(view, m, end, verb)
               for m in view.mentions if end <= m.start < verb)


_NOT_WITH = frozenset({"unlike", "except", "besides", "excluding", "versus", "than", "beyond"})


def relying_buyers(view: SentenceView) -> list[Fact]:
    """"Rheinmetall, the German gun maker, and France's Thales, which builds radars, both rely
    on Chinese rare earths": every company named as a subject before a finite verb of reliance
    relies on what follows "on", not only the one named last. A company that is the object of
    a preposition, a possessor, or inside a relative clause is no subject."""
    words, gaps = view.words, view.gaps
    verb = next((k for k, w in enumerate(words) if k > 1 and w in word_sets()["rely_verbs"]
                 and not view.tokens[k].text.lower().endswith("ing")), -1)
    first = min(view.mentions, key=lambda m: m.start, default=None)
    if verb < 0 or first is None or first.start > 1 or first.form == "place" \
            or first.label not in _ACTORS \
            or any(c in gaps[k] for k in range(1, verb + 1) for c in ";:—") \
            or any(w in _REPORTING for w in words[:verb]):
        return []
    # "The Commission estimates that the EU depends on ...": the clause after "that" holds them
    aside: set[int] = set(range(max((k for k in range(verb) if words[k] == "that"), default=0)))
    for k in range(verb):
        if words[k] in _RELATIVE - {"that"} and "," in gaps[k]:
            close = next((j for j in range(k + 1, verb) if "," in gaps[j]), verb)
            aside.update(range(k, close))
    buyers = []
    for m in view.mentions:
        if m.start >= verb or m.label is not Label.ORGANIZATION or m.start in aside \
                or m.form in ("place", "demonym", "anaphor") \
                or words[m.end:m.end + 1] == ["'s"]:
            continue
        k = m.start - 1
        while k > 0 and words[k] in word_sets()["filler"]:
            k -= 1
        if k < 0 or words[k] not in _PREPOSITIONS | _NOT_WITH:
            buyers.append(m)
    return [Fact(RelType.SUPPLIES, seller, buyer, view.index, "supplies.relying-subjects", 0.7,
                 view.text)
            for seller in _object(view, verb, frozenset({"on", "upon"})) for buyer in buyers
            if seller.node_id != buyer.node_id]


_COPULAS = frozenset({"is", "was", "are", "were", "remains", "remained", "became", "has", "had",
                      "'s"})
_RANK_ORIGIN = "supplies.ranked-rival"
_RIVAL_TAILS = frozenset({"in", "at", "with", "respectively", "each", "on", "according"})


def ranked_rivals(view: SentenceView, facts: list[Fact]) -> list[Fact]:
    """A supply stated with a ranking that goes on to rivals ("Chile is Brazil's largest
    supplier, followed by Peru and Canada", "Brazil buys most of its copper from Chile,
    followed by Peru") holds for the rivals too: the ranked end, the subject of a copula or
    else the end nearer the link, is replaced by each rival named right after the link."""
    words = view.words
    found = list(word_sets()["ranking_links"].spans(words))
    if not any(b - a > 1 and words[a] != "ahead" for a, b in found):
        return facts
    added = list(facts)
    for f in facts:
        if f.rel is not RelType.SUPPLIES:
            continue
        first, last = sorted((f.source, f.target), key=lambda m: m.start)
        for a, b in (s for s in found if s[0] >= last.end):
            if b - a < 2 or "," not in view.gaps[a] or words[a] == "ahead":
                break
            k = b + (words[b:b + 1] == ["the"])
            lead = [m for m in view.mentions if m.start == k and m.label in _ACTORS
                    and m.form not in ("place", "anaphor")]
            rivals = [m for m in view.mentions if lead and lead[0].group >= 0
                      and m.group == lead[0].group and m.label in _ACTORS] or lead
            tail = max((m.end for m in rivals), default=len(words))
            if tail < len(words) and not view.gaps[tail] and words[tail] not in _RIVAL_TAILS:
                break  # "followed by Chile selling to Peru": the rival has a clause of its own
            ranked = first if words[first.end:first.end + 1] and \
                words[first.end] in _COPULAS else last
            kept = last if ranked is first else first
            for r in rivals:
                if r.node_id in (f.source.node_id, f.target.node_id):
                    continue
                seller, buyer = (r, kept) if ranked is f.source else (kept, r)
                added.append(Fact(RelType.SUPPLIES, seller, buyer, view.index, _RANK_ORIGIN,
                                  f.confidence, view.text))
            break
    return added


_RESULT_OBJECTS = frozenset({"it", "them"})
_RESULT_REACH = 8  # words from "making it" to the producer noun: "the world's second-largest"
_RESULT_ORIGIN = "produces.resulting-source"


def result_clause(words: list[str], gaps: list[str]) -> int:
    """Where ", making it|them" opens a clause of result, or -1: what it makes is a rank of
    the sentence's subject ("..., making it the largest source of gallium"), not goods."""
    return next((k for k in range(1, len(words) - 1) if words[k] == "making"
                 and words[k + 1] in _RESULT_OBJECTS and "," in gaps[k]), -1)


def resulting_sources(view: SentenceView) -> list[Fact]:
    """"Norland shipped most of the ore refined in Estavia, making it the world's second-
    largest source of tantalum": the main clause's subject produces what the result clause
    ranks it as a source, producer or supplier of, not the name nearest to "making"."""
    words, gaps = view.words, view.gaps
    at = result_clause(words, gaps)
    if at < 0 or any(c in gaps[k] for k in range(at + 1) for c in ";:—"):
        return []
    subject = next((m for m in sorted(view.mentions, key=lambda x: x.start)
                    if m.start < at and m.label in _ACTORS
                    and m.form not in ("place", "demonym", "anaphor")), None)
    if subject is None or words[subject.end:subject.end + 1] == ["'s"] \
            or (subject.start > 0 and words[subject.start - 1] in _PREPOSITIONS):
        return []
    nouns = word_sets()["producer_nouns"]
    head = next((k for k in range(at + 2, min(at + 2 + _RESULT_REACH, len(words) - 1))
                 if words[k] in nouns and words[k + 1] == "of"), -1)
    if head < 0 or any(gaps[k] for k in range(at + 2, head + 1) if gaps[k] not in ("-", "'")):
        return []
    first = next((m for m in view.mentions if m.start == head + 2 and m.label is Label.MATERIAL),
                 None)
    if first is None:
        return []
    goods = [first] if first.group < 0 else [
        m for m in view.mentions if m.group == first.group and m.label is Label.MATERIAL]
    return [Fact(RelType.PRODUCES, subject, g, view.index, _RESULT_ORIGIN, 0.7, view.text)
            for g in goods]
