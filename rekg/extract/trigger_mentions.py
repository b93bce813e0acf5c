"""Part of the mentions stage: restriction triggers, nouns ("export controls", "tariff") and
verbs ("banned", "curbs"), and the generic agreement nouns ("the deal", "a truce") that the
frames and agreements stages name."""

from __future__ import annotations

from rekg.extract.context import Mention, SentenceView
from rekg.extract.patterns import _inflections, word_sets
from rekg.loaders.lexicon import Lexicon
from rekg.loaders.text import singular
from rekg.schema import Label

BEFORE_VERBS = frozenset({"to", "will", "would", "could", "may", "might", "must", "should",
                          "also", "not", "n't", "did", "does", "do", "can", "cannot"})

# lexicon restriction verbs -> every inflection's kind, kept with the dict it was built from
_VERB_KINDS: dict[int, tuple[dict[str, str], dict[str, str]]] = {}


def _verb_kinds(lexicon: Lexicon) -> dict[str, str]:
    """Built once per lexicon, not once per sentence."""
    source = lexicon.restriction_verbs
    known = _VERB_KINDS.get(id(lexicon))
    if known is not None and known[0] is source:
        return known[1]
    kinds: dict[str, str] = {}
    for verb, kind in sorted(source.items()):
        for form in _inflections(verb):
            kinds[singular(form)] = kind
    _VERB_KINDS[id(lexicon)] = (source, kinds)
    return kinds


def trigger_mentions(view: SentenceView, lexicon: Lexicon, mou: str = "mou") -> None:
    """Restriction nouns ("export controls", "tariff") and verbs ("banned", "curbs"), and
    generic agreement nouns ("the deal", "a truce") that the frames stage names."""
    low = view.words
    n = len(low)
    taken = {k for m in view.mentions for k in range(m.start, m.end)}
    verbs = _verb_kinds(lexicon)
    restriction_verbs = word_sets()["restriction_verbs"]
    agreements = word_sets()["agreement_nouns"]
    first = lexicon.restriction_first
    material_ends = {m.end for m in view.mentions if m.label is Label.MATERIAL}
    i = 0
    while i < n:
        word = low[i]
        if word not in first and word not in verbs and word not in agreements.singles:
            i += 1  # starts no phrase, names no agreement and is no restriction verb
            continue
        if i in taken or (i > 0 and low[i - 1] == "non" and view.gaps[i] == "-"):
            i += 1  # "non-tariff barriers" name no tariff
            continue
        size = 0
        for size in range(min(first.get(word, 0), n - i), 0, -1):
            key = tuple(low[i:i + size])
            if key in lexicon.restriction_phrases and not taken & set(range(i, i + size)):
                kind = lexicon.restriction_phrases[key]
                text = view.span_text(i, i + size)
                verb = size == 1 and low[i] in restriction_verbs and i > 0 \
                    and low[i - 1] in BEFORE_VERBS
                view.mentions.append(Mention(Label.RESTRICTION, "", text.lower(), i, i + size,
                                             text, "trigger", kind=kind,
                                             props={"verb": True} if verb else {}))
                break
        else:
            size = 0
        if size:
            i += size
            continue
        if low[i] in agreements and (view.tokens[i].text.islower() or low[i] == mou
                                     or _described_title(view, i)) \
                and not _generic_agreement(view, i):  # "MoU" too, unless a name spells it out
            view.mentions.append(Mention(Label.AGREEMENT, "", low[i], i, i + 1,
                                         view.tokens[i].text, "trigger", kind=low[i]))
        elif low[i] in restriction_verbs and low[i] in verbs and not (
                i in material_ends and view.gaps[i] == "" and view.tokens[i].text.endswith("s")):
            # "sintered NdFeB blocks", "gallium bars": a plural noun after a material, no verb
            text = view.tokens[i].text
            view.mentions.append(Mention(Label.RESTRICTION, "", text.lower(), i, i + 1, text,
                                         "trigger", kind=verbs[low[i]], props={"verb": True}))
        i += 1


def _described_title(view: SentenceView, i: int) -> bool:
    """"inked a Memorandum of Understanding about mining": a capitalised agreement noun
    after "a" (or its "of Understanding") describes a deal; it is no name."""
    low = view.words
    if i > 0 and low[i - 1] in ("a", "an"):
        return True
    return i > 2 and low[i - 1] == "of" and low[i - 3] in ("a", "an") \
        and low[i - 2] in word_sets()["agreement_nouns"]


def _generic_agreement(view: SentenceView, i: int) -> bool:
    """"a licence for each contract", "contract manufacturers", "in partnership with", "(with)in
    (the) framework of": the noun names no particular agreement."""
    sets, low, before = word_sets(), view.words, view.words[i - 1] if i else ""
    after = tuple(low[i + 1:i + 3])
    return before in sets["agreement_generic_before"] \
        or (after[:1] and after[0] in sets["agreement_as_modifier"]) \
        or (before in ("in", "within") and after[:1] in (("with",), ("of",))) \
        or (low[i] == "framework" and low[i - 2:i] in (["in", "the"], ["within", "the"])
            and after[:1] == ("of",))
