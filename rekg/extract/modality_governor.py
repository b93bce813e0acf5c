"""Part of the modality stage: a fact whose verb another word governs, so that the act is
wanted, tried, refused, expected, possible or planned but not done. A class of words rather
than a list of phrases, so that unseen phrasings behave like the seen ones:

* before "to": "Lima is reluctant to cap zinc sales", "X has the capacity to mine Y", "X is
  on track to supply Y", "Harare was expected to impose duties" (``unrealised_governors``);
* before an "-ing" verb: "X is looking into mining Y", "X held off on selling Y to Z"
  (``unrealised_gerund_governors``).

The verbs by which the act is done ("began to", "moved to", "decided to", "continues
supplying") are not in these sets, and a governor that holds a mention, or a comma between it
and the verb, governs something else.
"""

from __future__ import annotations

from rekg.extract.context import Fact, Mention, SentenceView
from rekg.extract.measure_verbs import directed
from rekg.extract.patterns import word_sets
from rekg.schema import Label, RelType

_SPAN = 4  # words from the subject's verb group to the "to" of a longer governor
# between "to" and the measure: "to impose sweeping new export duties on"
_MEASURE_GLUE = frozenset({"the", "a", "an", "its", "their", "new", "fresh", "further",
                           "additional", "strict", "stricter", "tough", "tougher", "tight",
                           "tighter", "broad", "sweeping", "outright", "total", "full", "export",
                           "import", "impose", "introduce", "place", "put", "slap", "levy",
                           "adopt", "set", "reimpose", "apply", "enact"})
_MEASURE_REACH = 4
_MODALS = frozenset({"may", "might", "could", "can"})  # "can ban": within its power
_POSSESSIVES = frozenset({"its", "their", "his", "her"})
_SITE_LEADS = frozenset({"at", "in", "from", "near", "beside", "alongside"})
_CHANCE = frozenset({"one", "day", "someday", "eventually", "soon", "also", "even", "well",
                     "yet", "potentially", "possibly", "conceivably", "theoretically", "still",
                     "quickly", "swiftly", "ultimately", "later"})


def governing_to(view: SentenceView, k: int, limit: int) -> int | None:
    """The position of the "to" that a governor opened at word ``k`` ends in, before
    ``limit``: "reluctant to" (one word), "has the capacity to", "is on track to", "is seeking
    approval to" (a governor word right before "to", no comma or mention on the way)."""
    sets = word_sets()
    governors = sets["unrealised_governors"]
    if _in_mention(view, k) or view.words[k] in sets["claim_done_verbs"]:
        return None
    for j in range(k + 1, min(k + _SPAN + 1, limit)):
        if "," in view.gaps[j] or _in_mention(view, j):
            return None
        if view.words[j] == "to":
            if any(_capacity_in_use(view, i) for i in range(k, j - 1)):
                return None  # "expanded its capacity to", "runs at full capacity to": the
                # plant's capacity, which it uses, not an ability it may use
            return j if view.words[j - 1] in governors else None
    return None


def _capacity_in_use(view: SentenceView, j: int) -> bool:
    """Word j grows a capacity, names its kind or says it is in use ("at")."""
    sets = word_sets()
    word = view.words[j]
    return word == "at" or word in sets["output_growth_verbs"] or word in sets["capacity_mods"]


_REL_VERBS = {RelType.PRODUCES: ("make_verbs", "governed_output_verbs"),
              RelType.SUPPLIES: ("supply_verbs", "buy_verbs"),
              RelType.DEPENDS_ON: ("need_verbs",), RelType.PARTY_TO: ("claim_joining_verbs",)}


def verb_of(rel: RelType, view: SentenceView, k: int) -> bool:
    """Word k (a bare verb or its "-ing") is one by which ``rel`` is stated: "to mine" for an
    output, "selling" for a supply; "asked X to suspend exports" governs no output of X."""
    sets = word_sets()
    word = view.words[k]
    forms = {word, word[:-3], word[:-3] + "e"} if word.endswith("ing") else {word}
    return any(not forms.isdisjoint(sets[name]) for name in _REL_VERBS.get(rel, ()))


def _in_mention(view: SentenceView, k: int) -> bool:
    return any(m.start <= k < m.end for m in view.mentions)


def governed_measure(view: SentenceView, fact: Fact) -> bool:
    """The fact's measure is the verb of a governed "to" ("Lima is reluctant to cap zinc
    sales", "Harare had been expected to impose duties on chrome"), of a governed "-ing"
    ("Lima is looking into capping zinc sales", "Lima stopped imposing duties") or of a modal
    of chance ("Lima might one day cap zinc sales")."""
    for m in (fact.source, fact.target):
        if m.label is not Label.RESTRICTION or not 0 < m.start < len(view.words):
            continue
        sets = word_sets()
        governors, done = sets["unrealised_governors"], sets["claim_done_verbs"]
        if m.end == m.start + 1 and _gerund_at(view, m.start):
            return True  # "looking into banning": the measure is the verb ("opposed licensing
            # requirements" names a measure the governor does not leave undone)
        j = m.start - 1
        while j > 0 and m.start - j <= _MEASURE_REACH and view.words[j] in _MEASURE_GLUE \
                and not any(c in view.gaps[j + 1] for c in ",;:"):
            j -= 1
        if any(c in view.gaps[j + 1] for c in ",;:"):
            continue
        if _gerund_at(view, j) or _modal_before(view, j):
            return True
        if j < 1 or view.words[j] != "to":
            continue
        if _object_of_governor(view, j - 1):
            return True  # "lawmakers want Lima to cap zinc sales"
        gov = view.words[j - 1]
        if gov in governors and gov not in done and "," not in view.gaps[j] \
                and not _in_mention(view, j - 1):
            return True
    return False


def _modal_before(view: SentenceView, j: int) -> bool:
    """Word j, past the adverbs of chance ending at it ("might one day"), is "may", "might" or
    "could" (lower case: "In May export bans ..." names a month)."""
    k = j
    while k > 0 and view.words[k] in _CHANCE:
        k -= 1
    return view.tokens[k].text in _MODALS \
        and not any(c in view.gaps[i] for i in range(k + 1, j + 1) for c in ",;:")


def _gerund_at(view: SentenceView, g: int) -> bool:
    """An "-ing" verb at word g that a governor word or phrase stands right before."""
    word = view.tokens[g].text.lower()
    if g < 1 or not word.endswith("ing") or len(word) < 5 or "," in view.gaps[g]:
        return False
    return word_sets()["unrealised_gerund_governors"].ends_at(view.words, g - 1)


def gerund_governed(view: SentenceView, first: Mention, second: Mention, rel: RelType) -> bool:
    """Between the subject and the fact's second mention, an "-ing" verb of the fact's
    relation that a governor word or phrase stands right before: "X is looking into mining Y",
    "X held off on selling Y to Z", "X held off on joining Z" ("X is looking into shipping Y"
    still makes Y)."""
    if any(view.words[k] in _POSSESSIVES and view.words[k - 1] in _SITE_LEADS
           for k in range(max(first.end, second.start - 3, 1), second.start)):
        return False  # "looked at recovering gallium at its zinc smelter": the site it owns
        # (not the goods' own "its": "held off on selling its cobalt to Y" stays governed)
    for g in range(first.end + 1, second.start):
        if any(c in view.gaps[g] for c in ",;:"):
            return False
        if view.words[g].endswith("ing") and _gerund_at(view, g) and verb_of(rel, view, g) \
                and not _in_mention(view, g):
            return True
    return False


def object_governed(view: SentenceView, first: Mention, rel: RelType) -> bool:
    """The claim's subject is the object of a verb that governs its "to" ("lawmakers want X
    to supply Y", "Tokyo urged X to join Z"), or the subject of an "-ing" verb after a noun of
    prospect ("talk of X supplying Y", "the prospect of X mining Y")."""
    sets = word_sets()
    k = first.start
    while k > 0 and view.words[k - 1] in sets["claim_subject_determiners"]:
        k -= 1
    if k < 1 or first.end + 1 >= len(view.words) or any(
            c in view.gaps[j] for j in range(k, first.end + 2) for c in ",;:"):
        return False
    after = view.tokens[first.end + 1].text.lower()
    if view.words[first.end] == "to" and after == view.words[first.end + 1] and after.isalpha():
        if not verb_of(rel, view, first.end + 1):
            return False
        return sets["unrealised_object_governors"].ends_at(view.words, k - 1)
    return view.words[k - 1] == "of" and k > 1 and view.words[k - 2] in _PROSPECT \
        and view.tokens[first.end].text.endswith("ing") and verb_of(rel, view, first.end)


_PROSPECT = frozenset({"talk", "prospect", "idea", "possibility", "hope", "chance", "risk",
                       "likelihood", "thought", "notion", "plan", "rumour", "rumor",
                       "speculation", "suggestion", "question"})


def _object_of_governor(view: SentenceView, k: int) -> bool:
    """Word k ends a named subject that a verb of wanting or urging governs: "lawmakers want
    Lima (to cap ...)", "Tokyo called on Seoul (to ban ...)"."""
    m = next((m for m in view.mentions if m.end == k + 1
              and m.label in (Label.COUNTRY, Label.ORGANIZATION)), None)
    if m is None or m.start < 1 or "," in view.gaps[m.start]:
        return False
    sets = word_sets()
    if directed(view, m) and k + 2 < len(view.words) \
            and view.words[k + 2] in sets["trade_pause_words"]:
        return False  # "the government asked IREL to stop exporting": what a firm is told
    return sets["unrealised_object_governors"].ends_at(view.words, m.start - 1)
