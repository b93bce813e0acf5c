"""Pronoun subjects that go on about goods, for the coreference stage: "Antimony trioxide is
mixed into plastics. It also hardens lead, which is why it is found in car batteries." The
subject of one sentence is most often the subject of the next, so a sentence that opens with
"it" or "they" speaks of the material or product (or list of them) the sentence before opened
with, and a clause of the same sentence whose subject is the same pronoun ("which is why it",
", and it also") does too. "Its" and "their" are read so only before a noun of use ("Its
largest use is in solar panels") or after a product ("Its windings are made of copper
wire", "Their rotors contain magnets"): before anything else they are more often a company's.

The pronoun agrees in number with the goods ("it" one node named in the singular, "they" a
list or a plural), and is read so only when the sentence before names no organisation or
country (which the pronoun could mean as well; but see "they" below) and none comes before
the pronoun; a pronoun before a verb of saying is a speaker, an "it" before "that" or "is
hard to" is no subject, and a quoted sentence is left alone.

When the sentence before opens with no mention at all ("Recovered mainly from copper."), the
goods that opened one of the two before stand; when it opens with a pronoun of its own
("Almost all of it goes into samarium-cobalt magnets."), the one material or product (or
list) it names that agrees with the pronoun does. A "they" after a sentence whose subject is
one company or country, the only party it names, is the first plural goods that sentence
names ("Nexperia supplies diodes and transistors. They cost cents"): a company is "it".
"""

from __future__ import annotations

from rekg.extract.context import Mention, SentenceView
from rekg.extract.focus import goods_subject, refer
from rekg.schema import Label

_SINGULAR = frozenset({"it", "its"})
_PLURAL = frozenset({"they", "their"})
_POSSESSIVE = frozenset({"its", "their"})
_USE_NOUNS = frozenset({"use", "application", "end-use", "outlet", "market", "role"})
_REPORTING = frozenset({"said", "say", "says", "told", "added", "stated", "announced",
                        "confirmed", "warned", "expects", "expected", "plans", "planned", "hopes",
                        "wants", "argued", "argues", "noted", "reported", "reports"})
# Words after which a pronoun is the subject of a new clause: "which is why it is found in".
_CLAUSE_OPENERS = frozenset({"and", "but", "why", "so", "because", "as", "while", "where",
                             "since", "although", "though", "when", "that", "which", "yet"})
_QUOTES = ('"', "\u201c", "\u201d")
_PARTIES = (Label.ORGANIZATION, Label.COUNTRY)
_GOODS = (Label.MATERIAL, Label.PRODUCT)
_PRONOUNS = _SINGULAR | _PLURAL
# What a sentence opens with when its own subject points back: "Almost all of it goes into
# samarium-cobalt magnets." (the goods it names then are what a "They" after it means).
_REFERRING = frozenset({"it", "they", "most", "all", "almost", "nearly", "much", "some",
                        "virtually", "roughly", "about", "half"})
# "It is hard to imagine ...": an "it" that stands for a clause after it.
_IMPERSONAL = frozenset({"hard", "easy", "difficult", "possible", "impossible", "likely",
                         "unlikely", "clear", "unclear", "important", "worth", "true", "necessary",
                         "time", "striking", "notable", "telling"})
# What a short phrase before the subject opens with: "In most reactors they ...", "Taken
# together they ...", "Today it ..."; a pronoun right after one of these is its object.
_FRONTED = frozenset({"in", "at", "on", "for", "across", "within", "inside", "among", "under",
                      "after", "before", "during", "since", "by", "with", "without", "today",
                      "now", "taken", "together", "also", "however", "still", "often",
                      "usually", "typically", "normally", "historically", "traditionally"})
_LINKS = frozenset({"the", "a", "an", "of", "to", "from", "and", "or", "as", "than", "like",
                    "this", "that", "these", "those", "such"})
_FRONT = 8  # words at most before the pronoun
_GROUP = 50000  # groups of the lists this copies, apart from those of other stages


def _plural(view: SentenceView, m: Mention) -> bool:
    """The mention is named in the plural ("magnets"): its last word was singularised."""
    text = view.tokens[m.end - 1].text.lower()
    return text != view.words[m.end - 1] and text.endswith("s")


def _names_party(view: SentenceView, before: int | None = None) -> bool:
    return any(m.label in _PARTIES and m.form not in ("place",)
               and (before is None or m.start < before) for m in view.mentions)


def _agrees(word: str, goods: list[Mention], view: SentenceView) -> bool:
    nodes = {m.node_id for m in goods}
    if word in _SINGULAR:
        return len(nodes) == 1 and len(goods) == 1 and not _plural(view, goods[0])
    return len(nodes) >= 2 or (len(goods) == 1 and _plural(view, goods[0]))


def _only_agreeing(word: str, view: SentenceView) -> list[Mention]:
    """The one material or product (or one list of them) of ``view`` that ``word`` agrees with,
    when there is only one: "They" after "Almost all of it goes into samarium-cobalt magnets"
    (a sentence whose own subject points back, so that what it names is the news), else []."""
    units: dict[frozenset[str], list[Mention]] = {}
    for m in view.mentions:
        if m.label not in _GOODS or m.form == "place" or m.props.get("elided"):
            continue
        members = [x for x in view.mentions if x.group == m.group and x.label in _GOODS] \
            if m.group >= 0 else [m]
        units.setdefault(frozenset(x.node_id for x in members), members)
    fitting = [members for members in units.values() if _agrees(word, members, view)]
    return fitting[0] if len(fitting) == 1 else []


def _lone_party(view: SentenceView) -> Mention | None:
    """The one organisation or country ``view`` names when it opens with it and names no
    other: a singular subject that a "they" after it cannot mean."""
    parties = [m for m in view.mentions if m.label in _PARTIES and m.form != "place"]
    if not parties or len({m.node_id for m in parties}) > 1 or parties[0].start > 1 \
            or parties[0].group >= 0:
        return None
    return parties[0]


def _first_plural(view: SentenceView, party: Mention) -> list[Mention]:
    """The first plural goods (or list of goods) named after ``party`` in ``view``."""
    for m in view.mentions:
        if m.start < party.end or m.label not in _GOODS or m.form == "place":
            continue
        members = [x for x in view.mentions if x.group == m.group and x.label in _GOODS] \
            if m.group >= 0 else [m]
        return members if _agrees("they", members, view) else []
    return []


def _subject_at(view: SentenceView) -> int:
    """Where the pronoun that is the sentence's subject stands: first, or after a short fronted
    phrase that names nothing ("In 2024 it was added to ...", "Taken together they ..."; not
    "In the form of germanium tetrachloride it ..."), else -1."""
    low = view.words
    if low and low[0] in _PRONOUNS:
        return 0
    if len(low) < 3 or low[0] not in _FRONTED:
        return -1
    for k in range(1, min(len(low), _FRONT + 1)):
        if low[k] in _PRONOUNS:
            before = low[k - 1]
            fronted = view.gaps[k] == "," or (before not in _FRONTED and before not in _LINKS)
            named = any(m.start < k for m in view.mentions)  # "In the form of X it ..."
            return k if fronted and not named else -1
    return -1


def goods_pronouns(sentences: list[SentenceView], view: SentenceView, last: list[Mention],
                   closing: list[Mention], earlier: tuple[int, list[Mention]],
                   taken: set[int]) -> list[Mention]:
    """Mentions of the goods in focus for the pronoun that opens ``view`` and for the same
    pronoun opening a later clause of it (else [])."""
    low = view.words
    at = _subject_at(view)
    if view.index == 0 or at < 0 or at in taken:
        return []
    previous = sentences[view.index - 1]
    word = low[at]
    goods, source = closing or last, previous
    if goods and not _agrees(word, goods, source):
        goods = []
    if not goods and not any(m.start <= 2 for m in previous.mentions) \
            and view.index - earlier[0] <= 2 and earlier[1] \
            and _agrees(word, earlier[1], sentences[earlier[0]]):
        goods, source = earlier[1], sentences[earlier[0]]  # "Tellurium. Recovered from ..."
    if not goods and previous.words[:1] and previous.words[0] in _REFERRING:
        goods = _only_agreeing(word, previous)  # "Almost all of it goes into X magnets. They"
    party = _lone_party(previous)
    if not goods and word in _PLURAL and party is not None:
        goods = _first_plural(previous, party)  # "Nexperia supplies chips ... They cost cents"
    elif _names_party(previous):
        return []
    if not goods or any(m.label not in _GOODS for m in goods) \
            or (source is not previous and _names_party(source)):
        return []
    if not _agrees(word, goods, source) or (low[at + 1:at + 2] and low[at + 1] in _REPORTING) \
            or "that" in low[at + 1:at + 5] or any(q in view.text for q in _QUOTES) \
            or (low[at + 1:at + 2] in (["is"], ["was"], ["'s"]) and low[at + 2:at + 3]
                and low[at + 2] in _IMPERSONAL):
        return []  # "It is reported that ...", a quoted "It is a car problem," ...: no goods
    if word in _POSSESSIVE and not any(w in _USE_NOUNS for w in low[at + 1:at + 4]) \
            and any(m.label is not Label.PRODUCT for m in goods):
        return []  # "Its coils", "Their rotors": a product's parts; a material's only its uses
    if low[at + 1:at + 2] == ["come"] and not goods_subject(view, at):
        return []  # "It comes from mining in Chile": a cause, left as the focus stage reads it
    spans = [at]
    same = _SINGULAR - _POSSESSIVE if word in _SINGULAR else _PLURAL - _POSSESSIVE
    for k in range(at + 1, len(low)):
        if low[k] in same and k not in taken and not _names_party(view, k) and (
                view.gaps[k] == "," or low[k - 1] in _CLAUSE_OPENERS) \
                and not (k + 1 < len(low) and low[k + 1] in _REPORTING):
            spans.append(k)
    found = []
    for k in spans:
        for antecedent in goods:
            mention = refer(antecedent, view, k, k + 1)
            if len(goods) > 1:
                mention.group = _GROUP + 200 * view.index + k
            found.append(mention)
    return found
