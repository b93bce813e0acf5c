"""A pronoun that opens a sentence about a use is the material or product the sentence before
was about: "Germanium is transparent to infrared light. It is found in thermal cameras." or
"Dysprosium and terbium are added to magnets. They are critical inputs for wind turbines."

Only a pronoun followed, within a few words, by a phrase of use (``used_in``: "is used in",
"goes into", "sits in") or of need (``need_verbs``, ``rely_verbs``: "they need", "it relies
on") is resolved, and only to the mentions that opened the sentence before: the subject of one
sentence is most often the subject of the next. A phrase of use cannot have a company or a
country as its subject, so there the pronoun is taken from an organisation the coreference
stage gave it; a phrase of need can, so there it is left to that stage. A share of them ("Most
of them", "Almost all of these", "They all") is resolved as a pronoun is, and so is the "it" of
"Without it, there is no ..." or "Without them, X cannot ...".
"""

from __future__ import annotations

from rekg.extract.context import Mention, SentenceView
from rekg.extract.focus import Goods, covered, refer, refer_all
from rekg.extract.patterns import WordSet, word_sets
from rekg.schema import Label

_PRONOUNS = frozenset({"it", "they", "these", "both"})
# "a typical converter", "a single panel": one of the kind named just before
_ONE_OF_KIND = frozenset({"typical", "single", "average", "standard"})
_SHARES = frozenset({"most", "many", "all", "some", "several", "each", "both"})
_SHARED = frozenset({"them", "these", "those"})
_PLURALS = frozenset({"they", "these", "those"})
_DEGREE = frozenset({"almost", "nearly", "virtually", "practically"})
_WINDOW = 4  # words between the pronoun and the phrase of use: "They are also widely used in"
_GOODS = (Label.MATERIAL, Label.PRODUCT)


def _opener(view: SentenceView) -> list[Mention]:
    """The material or product (or list of them) a sentence opens with."""
    first = min((m for m in view.mentions if m.start <= 2), key=lambda m: m.start, default=None)
    if first is None or first.label not in _GOODS or first.props.get("elided"):
        return []
    if first.group < 0:
        return [first]
    return [m for m in view.mentions if m.group == first.group and m.label in _GOODS]


_COPULAS = frozenset({"is", "are", "was", "were"})
_PLACE_PHRASE = 8  # words at most of a place phrase before the verb of an inverted sentence


def _inverted_subject(view: SentenceView) -> list[Mention]:
    """The goods after the verb of a sentence that opens with a phrase of place ("Beneath the
    disc stack is a spindle motor"), or after the comma that closes that phrase: its subject,
    which the next sentence speaks of."""
    sets = word_sets()
    low = view.words
    if low[:1] == [] or low[0] not in sets["inverted_place_leads"]:
        return []
    verb = next((k for k in range(2, min(_PLACE_PHRASE + 1, len(low)))
                 if low[k] in sets["inverted_place_verbs"] or view.gaps[k]), -1)
    if verb < 0 or any(view.gaps[1:verb]):
        return []
    if view.gaps[verb] not in ("", ","):
        return []
    # "Inside the motor, the magnets are ...": the subject follows the comma, else the verb
    body = verb if view.gaps[verb] else verb + 1
    first = min((m for m in view.mentions if m.start >= body), key=lambda m: m.start,
                default=None)
    if first is None or first.label not in _GOODS or first.start > body + 3 \
            or any(view.gaps[body + 1:first.start + 1]) or first.props.get("elided"):
        return []
    if first.group < 0:
        return [first]
    return [m for m in view.mentions if m.group == first.group and m.label in _GOODS]


def _named_by_copula(view: SentenceView, opener: list[Mention]) -> list[Mention]:
    """"The magnets in question are neodymium magnets": the goods a definite opener is said to
    be, which a pronoun in the next sentence means (else [])."""
    if len(opener) != 1 or opener[0].start == 0 or view.words[opener[0].start - 1] != "the":
        return []
    low, end = view.words, opener[0].end
    verb = next((k for k in range(end, min(end + 3, len(low))) if low[k] in _COPULAS), -1)
    if verb < 0 or any(view.gaps[k] for k in range(end, verb + 1)):
        return []
    said = next((m for m in view.mentions if verb < m.start <= verb + 3
                 and m.label is opener[0].label), None)
    if said is None or said.node_id == opener[0].node_id or any(
            w not in ("a", "an", "the", "mostly", "usually", "typically", "almost", "always")
            for w in low[verb + 1:said.start]):
        return []
    if said.group < 0:
        return [said]
    return [m for m in view.mentions if m.group == said.group and m.label in _GOODS]


def _closing_subject(view: SentenceView) -> list[Mention]:
    """The goods that open the sentence's last clause (", and the metal hardens lead", "; X
    goes into Y"), when that clause opens with goods: the nearer subject for a pronoun that
    opens the next sentence."""
    low, gaps = view.words, view.gaps
    for k in range(len(low) - 1, 0, -1):
        if ";" in gaps[k]:
            at = k
        elif gaps[k] == "," and low[k] in ("and", "but", "while", "whereas"):
            at = k + 1
        else:
            continue
        first = next((m for m in view.mentions if m.start == at), None)
        if first is None or first.label not in _GOODS or first.props.get("elided"):
            return []
        if first.group < 0:
            return [first]
        return [m for m in view.mentions if m.group == first.group and m.label in _GOODS]
    return []


def phrase_end(view: SentenceView, k: int, words: WordSet) -> int:
    """The end of a phrase of ``words`` that starts at token ``k`` with no punctuation inside
    it, else -1."""
    for phrase in words.phrases:
        end = k + len(phrase)
        if tuple(view.words[k:end]) == phrase and not any(view.gaps[k + 1:end]):
            return end
    return -1


def _use_follows(view: SentenceView, i: int, sets: dict[str, WordSet]) -> str:
    """"use" when a phrase of use follows the pronoun at ``i``, "need" for a verb of need,
    "" otherwise."""
    for k in range(i + 1, min(i + 1 + _WINDOW, len(view.words))):
        if view.gaps[k] not in ("", "-"):
            return ""
        if phrase_end(view, k, sets["used_in"]) >= 0 or view.words[k] in sets["occur_words"]:
            return "use"
        if view.words[k] in sets["need_verbs"] or view.words[k] in sets["rely_verbs"]:
            return "need"
    return ""


class UseSubjects:
    """The goods that opened the last sentence, for the pronoun that opens the next."""

    def __init__(self) -> None:
        self.last: list[Mention] = []
        self.closing: list[Mention] = []  # the goods opening the last sentence's last clause
        self.named: set[str] = set()  # the goods the last sentence named
        self.products: list[Mention] = []
        self.earlier: tuple[int, list[Mention]] = (-9, [])  # the last goods opener, and where
        self.chain: list[Mention] = []  # the owner of a run of "Its ..." sentences

    def resolve(self, view: SentenceView, group: int, goods: Goods | None = None) -> None:
        self._owned_part(view)
        low = view.words
        if self._without(view, group):
            return
        # "Most of them rely on magnets", "All of these use magnets": the pronoun after a
        # share is the subject as a bare one is, of the goods or else the products listed before
        # ("Almost all of them": an adverb of degree may open the share)
        lead = 1 if low[:1] and low[0] in _DEGREE else 0
        at = 2 + lead if low[lead:lead + 1] and low[lead] in _SHARES \
            and low[lead + 1:lead + 2] == ["of"] and not any(view.gaps[1:3 + lead]) \
            and low[lead + 2:lead + 3] and low[lead + 2] in _SHARED else 0
        # "They all contain magnets", "These both use cobalt": a pronoun with "all" or "both"
        if not at and low[1:2] and low[0] in _PLURALS and low[1] in ("all", "both") \
                and not view.gaps[1]:
            at = 1
        if not low or (at == 0 and low[0] not in _PRONOUNS):
            return
        kind = _use_follows(view, at, word_sets())
        taken = [m for m in view.mentions if m.start <= at]
        # "Most of them" read as goods the sentence before did not name: a stale guess
        stale = bool(at and taken) and all(
            m.form == "anaphor" and m.node_id not in self.named for m in taken)
        if not kind or (taken and not stale and (kind == "need" or any(
                m.label in _GOODS or m.form != "anaphor" for m in taken))):
            return
        if at:
            shared = self.last or [m for m in self.products if m.group >= 0]
            if shared:
                for m in taken:
                    view.mentions.remove(m)
                refer_all(shared, view, 0, at + 1, group)
                view.mentions.sort(key=lambda m: (m.start, -m.end))
            return
        # A phrase of use has goods as its subject: with no goods opening the sentence before,
        # "it" is the goods that opened one of the two before, or the article's material
        # ("Antimony is ... Prices doubled. It also goes into batteries").
        last = self.closing or self.last
        if not last and kind == "use" and view.words[0] == "it":
            last = self.earlier[1] if view.index - self.earlier[0] <= 2 else (
                goods.topic() if goods is not None else [])
        if not last:
            return
        for m in taken:
            view.mentions.remove(m)
        refer_all(last, view, 0, 1, group)
        view.mentions.sort(key=lambda m: (m.start, -m.end))

    def _without(self, view: SentenceView, group: int) -> bool:
        """"Without it, there is no cutting tool", "Without them, motors cannot run": the
        pronoun of a need told by what would not be is the goods the sentence before opened
        with."""
        low = view.words
        last = self.closing or self.last
        if low[:1] != ["without"] or low[1:2] not in (["it"], ["them"]) or not last \
                or len(low) < 4 or view.gaps[2] != "," or (low[1] == "it" and len(last) > 1) \
                or any(m.start <= 1 for m in view.mentions if m.form != "anaphor"):
            return False
        cannot = word_sets()["cannot_words"]
        if "no" not in low[2:7] and not any(cannot.longest_at(low, k) for k in range(2, len(low))):
            return False
        for m in [m for m in view.mentions if m.start == 1]:
            view.mentions.remove(m)
        refer_all(last, view, 1, 2, group)
        view.mentions.sort(key=lambda m: (m.start, -m.end))
        return True

    def add(self, view: SentenceView) -> None:
        opener = _inverted_subject(view) or _opener(view)
        # "Its flight time ... Its motors ...": a run of sentences about the same owner
        self.chain = (self.chain or self._owners()) \
            if view.words[:1] in (["its"], ["their"]) and not opener else []
        self.last = _named_by_copula(view, opener) or opener
        self.closing = _closing_subject(view)
        self.named = {m.node_id for m in view.mentions if m.label in _GOODS}
        if self.last:
            self.earlier = (view.index, self.last)
        self.products = [m for m in view.mentions if m.label is Label.PRODUCT
                         and not m.props.get("generic") and m.form != "place"]

    def _owned_part(self, view: SentenceView) -> None:
        """"Their traction motors depend on magnets" after a sentence that opened with electric
        vehicles: the products it opened with, or else all it named, own the part (the
        candidates stage decides whether the head names a part)."""
        if view.words[:1] not in (["its"], ["their"]):
            return
        # "A phone holds dozens of elements. Its speakers ...": a whole the sentence before
        # names under no lexicon form is known only through the pronoun already resolved
        owners = self._owners() or [m for m in view.mentions if m.start == 0 and m.end == 1
                                    and m.form == "anaphor" and m.label is Label.PRODUCT]
        if not owners:
            return
        part = next((m for m in view.mentions if m.start in (1, 2)), None)
        if part is None or part.label is not Label.PRODUCT or part.start > 2:
            return
        # "Its batteries, cameras and motors": each item of the list the part opens is owned
        parts = [part] + [m for m in view.mentions if part.group >= 0 and m is not part
                          and m.group == part.group and m.label is Label.PRODUCT]
        for p in parts:
            if all(m.node_id != p.node_id for m in owners):
                p.props["owners"] = owners

    def _owners(self) -> list[Mention]:
        return self.chain or [m for m in self.last if m.label is Label.PRODUCT] or self.products


_COUNTS = frozenset({"several", "few", "many", "hundreds", "thousands", "dozens", "tens"})


def elided_quantity(view: SentenceView, goods: Goods, group: int) -> None:
    """"A destroyer needs about 2,400 kilograms": a quantity after a verb of need that names no
    goods ("kilograms", not "kilograms of magnets") is of the goods in focus."""
    sets = word_sets()
    units, needs = sets["mass_units"], sets["need_verbs"]
    low, gaps = view.words, view.gaps
    for k, word in enumerate(low):
        if word not in units or covered(view, k) or k < 2 or (
                k + 1 < len(low) and low[k + 1] == "of" and not gaps[k + 1]):
            continue
        count = low[k - 1]
        if not (count[:1].isdigit() or count in _COUNTS):
            continue
        verb = next((j for j in range(k - 2, max(-1, k - 6), -1) if low[j] in needs), -1)
        if verb < 0 or any(gaps[j] and not (gaps[j] in (",", ".") and low[j][:1].isdigit())
                           for j in range(verb + 1, k + 1)):
            continue  # "2,400" is one number
        refer_all(goods.counted_focus(view) or goods.focus(view, verb), view, k, k + 1, group)


# Words that may follow a noun phrase that ends at its head: a verb of being or having, a
# modal, an adverb, a preposition or a relative word ("That carbonate is then shipped").
_AFTER_HEAD = frozenset({"is", "are", "was", "were", "be", "been", "has", "have", "had", "will",
                         "would", "can", "could", "may", "might", "must", "should", "then",
                         "also", "still", "now", "often", "usually", "typically", "mostly",
                         "in", "into", "for", "from", "at", "on", "with", "to", "by", "that",
                         "which", "and", "or", "but"})


def _ends_phrase(view: SentenceView, i: int) -> bool:
    """Token ``i`` ends its noun phrase: "that carbonate is", "the board carries", "the oxide
    goes into", not "the carbonate price"."""
    low = view.words
    if i + 1 >= len(low) or view.gaps[i + 1] or low[i + 1] in _AFTER_HEAD:
        return True
    sets = word_sets()
    return low[i + 1] in sets["need_verbs"] or low[i + 1] in sets["rely_verbs"] \
        or phrase_end(view, i + 1, sets["used_in"]) > 0


def bare_generic_heads(view: SentenceView, specific: dict[str, tuple[int, Mention]]) -> None:
    """"Such a generator needs magnets" after "direct-drive generators": a head too general to
    be a mention alone ("generator", "system", "unit") after "the", "this", "these", "such a"
    or "a typical" is the last named kind of it within two sentences, as a bare lexicon head
    is. So is the head of a material or product named in one of the two sentences before
    ("That carbonate is shipped" after "a mixed rare earth carbonate", "each converter holds"
    after "catalytic converters"), when the phrase ends at it."""
    generic = word_sets()["generic_heads"]
    low = view.words
    for i in range(1, len(low)):
        word, before = low[i], low[i - 1]
        start = i - 2 if i > 1 and ((before in ("a", "an") and low[i - 2] == "such") or (
            before in _ONE_OF_KIND and low[i - 2] in ("a", "an", "the", "each", "every"))) \
            else i - 1
        earlier = specific.get(word)
        if earlier is None or covered(view, i) or not view.tokens[i].text.islower() \
                or (start == i - 1
                    and before not in ("the", "this", "these", "those", "that", "such", "each",
                                       "every")):
            continue
        if i + 1 < len(low) and not view.gaps[i + 1] and low[i + 1] in ("of", "'s"):
            continue  # "the system of export controls" names something else
        if view.index - earlier[0] > 2:
            continue
        if (word in generic and earlier[1].label is Label.PRODUCT) or (
                earlier[0] < view.index and earlier[1].label in _GOODS and _ends_phrase(view, i)):
            view.mentions.append(refer(earlier[1], view, start, i + 1))


def after_products(view: SentenceView, i: int) -> bool:
    """"them" after products and no verb of need ("makes phones and laptops, and most of them
    need cobalt"; not "motors that use them", "cars contain dozens of them") means products."""
    last = max((m for m in view.mentions if m.end <= i and m.form != "anaphor"),
               key=lambda m: m.end, default=None)
    sets = word_sets()
    return last is not None and last.label is Label.PRODUCT \
        and (last.group >= 0 or view.words[i - 1] == "of") \
        and not any(w in sets["need_verbs"] or w in sets["contain_verbs"]
                    for w in view.words[max(last.end, i - 4):i])


_DEMONSTRATIVES = frozenset({"that", "this", "these", "those"})


def build_kinds(view: SentenceView, before: SentenceView | None) -> None:
    """"That machine runs on copper windings" after "... turns a doubly fed induction
    generator": a noun of a kind of build (``build_kind_nouns``) after a demonstrative that
    opens the sentence is the product the sentence before, in the same paragraph, named last."""
    low = view.words
    if before is None or before.paragraph != view.paragraph or len(low) < 3 \
            or low[0] not in _DEMONSTRATIVES or low[1] not in word_sets()["build_kind_nouns"] \
            or view.gaps[1] or covered(view, 0) or covered(view, 1):
        return
    last = max((m for m in before.mentions if m.label is Label.PRODUCT
                and m.form not in ("anaphor", "place") and not m.props.get("generic")),
               key=lambda m: m.end, default=None)
    if last is not None:
        view.mentions.append(refer(last, view, 0, 2))
