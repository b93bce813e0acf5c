"""Stage 2: mentions. Lexicon entries, restriction triggers, open-vocabulary noun phrases,
then the names the lexicon lacks (``names.py``), then coordinated lists.

Lexicon matching is longest-first on singular lower-case words; a surface form written with
capitals only matches text with the same capitals. A noun phrase whose head is a product or
material word ("servo motors", "samarium-cobalt alloy") becomes a Product or Material mention
with a canonical id even when the lexicon lacks it (a compound inside it is one too)."""

from __future__ import annotations

from functools import cache

from rekg.extract import material_forms, measure_verbs, mention_context, mention_nested
from rekg.extract.context import ArticleContext, Mention, Place, SentenceView
from rekg.extract.figures import drop_figures
from rekg.extract.mention_context import governments_of, source_places, spelled_out
from rekg.extract.mention_forms import (
    abbreviated_forms,
    ambiguous_metals,
    element_alloys,
    ferro_alloys,
    isotopes,
    legal_forms,
    opening_company_nouns,
)
from rekg.extract.mention_lists import (
    list_groups,
    listed_generic,
    process_technologies,
    rare_earth_forms,
    shared_heads,
)
from rekg.extract.name_lexicon import known_names
from rekg.extract.name_lists import listed_organisations
from rekg.extract.name_modifiers import (
    class_names,
    feedstock_of_known,
    kind_adverb,
    known_open_names,
    skipped_compound,
    trimmed_start,
)
from rekg.extract.names import name_mentions
from rekg.extract.office_names import drop_office_names
from rekg.extract.patterns import WordSet, _inflections, word_sets
from rekg.extract.trade_modifiers import (
    drop_trade_modifiers,
    mark_listed_trades,
    mark_trade_modifiers,
)
from rekg.loaders.lexicon import Lexicon, Surface
from rekg.loaders.text import Token, singular
from rekg.schema import Label, node_id

LOCATIVE = frozenset({"in", "at", "near", "to", "from", "outside", "inside", "via", "into"})
_HEAD_KIND = {"magnet": "magnet", "alloy": "alloy", "oxide": "oxide", "metal": "metal",
              "ore": "mineral", "concentrate": "mineral", "mineral": "mineral",
              "element": "element"}
# Besides np_skip: "onto wafers", "the newest radars", "scrapped motors" name no kind of thing
_STOP_WORDS = frozenset({
    "onto", "throughout", "upon", "toward", "towards", "against", "beyond", "behind", "among",
    "amid", "alongside", "outside", "near", "unlike", "despite", "except", "beside", "newest",
    "oldest", "richest", "cheapest", "strongest", "smallest", "fastest", "highest", "lowest",
    "best", "worst", "finest", "greatest", "scrapped", "discarded", "shredded", "returned",
    "retired", "decommissioned", "covered", "added", "stockpiled", "obtained", "exposed",
    "reached", "unlisted", "linked", "designed", "engineered", "affected", "seized", "delayed",
    "stranded", "idled", "targeted", "sanctioned", "mentioned", "named"})
_INVARIANT = frozenset({"electronics", "optics", "robotics", "physics", "photonics", "series",
                        "avionics"})
_BEFORE_VERBS = frozenset({"to", "will", "would", "could", "may", "might", "must", "should",
                           "also", "not", "n't", "did", "does", "do", "can", "cannot"})
_RELATIVES = frozenset({"that", "which", "who"})
_OWNERS = (Label.COUNTRY, Label.MATERIAL)


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


def _case_ok(tokens: list[Token], surface: Surface) -> bool:
    brand = surface.entry.label in (Label.ORGANIZATION, Label.PRODUCT)
    for k, (token, word) in enumerate(zip(tokens, surface.words, strict=False)):
        if brand and len(word) > 3 and token.text[0].isupper() and word[0].isupper():
            continue  # brands vary their capitals: "NVIDIA" and "Nvidia", "KUKA" and "Kuka"
        if brand and k > 0 and len(word) > 3 and token.text.lower() == word.lower():
            continue  # "SK hynix" and "SK Hynix"
        if word[0].isupper() and not token.text[0].isupper():
            return False
        if len(word) > 1 and word.isupper() and not token.text.rstrip("s").isupper():
            return False
        if len(word) == len(token.text) > 2 and token.text.isupper() and not word.isupper():
            return False
    return True


def lexicon_mentions(view: SentenceView, lexicon: Lexicon) -> None:
    low, tokens = view.words, view.tokens
    n = len(low)
    place_first, max_words, pairs = lexicon.place_first, lexicon.max_words, lexicon.first_pairs
    i = 0
    while i < n:
        if low[i] not in max_words and low[i] not in place_first:
            i += 1  # most words start no entry: skip the span search
            continue
        place_len = 0
        for size in range(min(place_first.get(low[i], 0), n - i), 0, -1):
            if tuple(low[i:i + size]) in lexicon.places and tokens[i].text[0].isupper():
                place_len = size
                break
        found: Surface | None = None
        size = 0
        top = min(max_words.get(low[i], 0), n - i)
        for size in range(top if top < 2 or tuple(low[i:i + 2]) in pairs else 1, 0, -1):
            surface = lexicon.surfaces.get(tuple(low[i:i + size]))
            if surface is not None and (size == 1 or all(
                    view.gaps[k] in ("", "-", "'", "’", "&") or (
                        view.gaps[k] == "." and len(tokens[k - 1].text) == 1)
                    for k in range(i + 1, i + size))) and (
                    not surface.case_sensitive or _case_ok(tokens[i:i + size], surface)):
                found = surface
                break
        if place_len and (found is None or place_len > size):
            key = tuple(low[i:i + place_len])
            view.places.append(Place(i, i + place_len, view.span_text(i, i + place_len),
                                     lexicon.places[key]))
            i += place_len
            continue
        if found is None:
            i += 1
            continue
        entry = found.entry
        before = low[i - 1] if i else ""
        if found.form == "capital" and before in LOCATIVE:
            view.places.append(Place(i, i + size, view.span_text(i, i + size),
                                     str(entry.properties.get("iso2", ""))))
        elif entry.label is Label.PRODUCT and i + size < n and low[i + size] in (
                "material", "mineral", "metal"):
            pass  # "battery materials" are not batteries
        elif found.form == "demonym" and i + size < n and low[i + size] in (
                "meeting", "summit", "talk", "venue", "round", "session"):
            pass  # "a previous Swiss meeting" says where, not who
        elif entry.label is Label.COUNTRY and before == "non" and view.gaps[i] == "-":
            pass  # "a non-Chinese source" names everyone but China
        else:
            view.mentions.append(Mention(
                entry.label, entry.id, entry.name, i, i + size, view.span_text(i, i + size),
                found.form, kind=entry.properties.get("kind") or entry.properties.get("sector"),
                entry=entry))
        i += size


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
                    and low[i - 1] in _BEFORE_VERBS
                view.mentions.append(Mention(Label.RESTRICTION, "", text.lower(), i, i + size,
                                             text, "trigger", kind=kind,
                                             props={"verb": True} if verb else {}))
                break
        else:
            size = 0
        if size:
            i += size
            continue
        if low[i] in agreements and (view.tokens[i].text.islower() or low[i] == mou) \
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


@cache
def _open_stops(np_skip: WordSet, *more: WordSet) -> frozenset[str]:
    return _left_stops(np_skip).union(*(s.singles for s in more))


@cache
def _left_stops(np_skip: WordSet) -> frozenset[str]:
    return np_skip.singles | _STOP_WORDS


@cache
def _open_heads() -> frozenset[str]:
    sets = word_sets()
    return _union(sets["product_heads"], sets["part_heads"]) | _union(
        sets["material_heads"], sets["material_heads"]) | _modified_heads()


@cache
def _modified_heads() -> frozenset[str]:
    """Heads that make a product or material only with a modifier ("thermal barrier coatings")."""
    sets = word_sets()
    return _union(sets["modified_product_heads"], sets["modified_material_heads"])


@cache
def _union(a: WordSet, b: WordSet) -> frozenset[str]:
    return frozenset(w[0] for w in a.phrases | b.phrases if len(w) == 1)


def open_mentions(view: SentenceView) -> None:
    """Noun phrases headed by a product or material word that no lexicon entry covers."""
    sets = word_sets()
    products = _union(sets["product_heads"], sets["part_heads"]) | _union(
        sets["modified_product_heads"], sets["modified_product_heads"])
    materials = _union(sets["material_heads"], sets["modified_material_heads"])
    generic = _union(sets["generic_heads"], sets["part_heads_generic"]) | _modified_heads()
    agents, kind_gerunds = sets["company_nouns"].singles, sets["kind_gerunds"].singles
    skip = _open_stops(sets["np_skip"], sets["np_skip_status"], sets["np_skip_figurative"],
                       sets["np_skip_degree"], sets["np_skip_events"], sets["np_skip_acts"],
                       sets["np_skip_judging"])
    subjects, perfect = sets["verb_subjects"].singles, sets["perfect_auxiliaries"].singles
    to_heads = sets["to_prepositions"].singles
    classes, endings = sets["class_heads"].singles, tuple(sets["class_adjective_endings"].singles)
    adverbs, describing = sets["kind_adverbs"].singles, sets["class_descriptions"].singles
    low, tokens = view.words, view.tokens
    n = len(low)
    covered = {k: m for m in view.mentions for k in range(m.start, m.end)}
    added: list[Mention] = []
    for i in range(n):
        head = low[i]
        if head not in products and head not in materials:
            continue
        bare = covered.get(i)  # "sensors" is in the lexicon; "guidance sensors" is not
        if bare is not None and material_forms.bound(bare, head) and not (
                bare.label is Label.PRODUCT and bare.start == bare.end - 1 and head in products
                and i > 0 and i - 1 not in covered and (tokens[i - 1].text.islower() or i == 1)
                and low[i - 1] not in skip and view.gaps[i] in ("", "-")):
            continue
        if (not tokens[i].text.islower() and i > 0) or (
                head + "s" in _INVARIANT and tokens[i].text[-1:] != "s"):
            continue  # "electronic waste": the adjective, not "electronics"
        if head in agents and i - 1 in covered and covered[i - 1].label in _OWNERS:
            continue  # "Chinese processors", "a rare earth processor": firms, not chips
        if i + 1 < n and (low[i + 1] in products or low[i + 1] in materials) \
                and view.gaps[i + 1] in ("", "-") and i + 1 not in covered:
            continue  # "motor" in "motor drives" modifies the next head
        start = i
        inner: list[Mention] = []
        while start > 0 and i - start < 3 and view.gaps[start] in ("", "-"):
            j = start - 1
            if j in covered:
                m = covered[j]
                if m.label not in (Label.MATERIAL, Label.PRODUCT) or m.start < i - 4:
                    break
                if tokens[j].text.lower() not in (low[j], *_INVARIANT) and view.gaps[start] == "":
                    # "magnets drive speakers": a plural noun is no modifier, and a verb after it
                    start += start < i and low[start] in sets["drive_verbs"].singles
                    break
                if m.start == j and j > 0 and view.gaps[j] == "" and low[j - 1] in subjects:
                    break  # "they pump ammonium sulphate": a verb after its subject
                inner.append(m)
                start = m.start
                continue
            word = tokens[j].text if j else tokens[j].text.lower()
            plural = len(word) > 3 and word.endswith("s") and not word.endswith("ss") \
                and singular(word) != word.lower() and view.gaps[start] != "-"
            # "mining titanium ore": a gerund before a material takes it as its object
            gerund = word.endswith("ing") and (low[j] not in kind_gerunds or bool(
                inner and inner[-1].start == start and inner[-1].label is Label.MATERIAL))
            # "cameras that let drones fly", "to ration batteries": a verb, no modifier
            verb = j > 0 and view.gaps[j] == "" and (
                low[j - 1] in _RELATIVES or (low[j - 1] in _BEFORE_VERBS and not (
                    low[j - 1] == "to" and j > 1 and low[j - 2] in to_heads))
                or low[j - 1] in subjects or (low[j - 1] in perfect and word.endswith("ed")))
            how = kind_adverb(view, j, adverbs)  # "electrically excited generators"
            if verb or not word.islower() or low[j] in skip or skipped_compound(view, j, skip) \
                    or (word.endswith(("ly", "able", "ible")) and not how) \
                    or not word.replace("-", "").isalnum() or word.isdigit() or plural or gerund:
                if view.gaps[start] == "-" and word.isalnum() and low[j] not in skip:
                    start = j  # "samarium-cobalt", "rare-earth-free"
                    continue
                break
            start = j
        trimmed = trimmed_start(view, start, i, skip) if inner else start
        while start < i and view.gaps[start] == "-":
            start += 1  # "end-of-life motors", "six-axis robots": no half of a compound
        if start == i and (bare is not None or (head in generic and not listed_generic(
                view, i, covered))):
            continue
        if head in classes and not inner and all(w.endswith(endings) or w in describing
                                                 for w in low[start:i]):
            continue  # "an inexpensive material", "a soft metal": no kind named
        if bare is not None and bare in view.mentions:
            view.mentions.remove(bare)
        label = Label.PRODUCT if head in products else Label.MATERIAL
        surface = view.span_text(start, i + 1)
        last = tokens[i].text.lower()
        name = surface[:len(surface) - len(last)].lower() + (
            last if last in _INVARIANT else singular(last))
        kind = _HEAD_KIND.get(head) if label is Label.MATERIAL else None
        if label is Label.MATERIAL and kind is None:
            kind = "other"
        for m in inner:
            if m in view.mentions:
                view.mentions.remove(m)
        added.append(Mention(label, node_id(label, name), name, start, i + 1, surface, "open",
                             kind=kind, props={"trimmed": trimmed} if trimmed > start else {}))
    view.mentions.extend(added)


def run(ctx: ArticleContext) -> None:
    mou = "" if "(MoU" in (text := ctx.doc.text) or "(MOU" in text else "mou"  # once an article
    states = mention_context.state_countries(text, ctx.lexicon)
    for view in ctx.sentences:
        lexicon_mentions(view, ctx.lexicon)
        if states:
            mention_context.state_names(view, states)
        ferro_alloys(view, ctx.lexicon)
        ambiguous_metals(view)
        legal_forms(view)
        isotopes(view)
        element_alloys(view, ctx.lexicon)
        spelled_out(view, ctx.lexicon)
        source_places(view)
        for place in view.places:
            country = ctx.lexicon.countries_by_iso2.get(place.iso2)
            if country is not None:
                view.mentions.append(Mention(Label.COUNTRY, country.id, country.name, place.start,
                                             place.end, place.name, "place", entry=country))
        name_mentions(view, ctx.lexicon)
        known_names(view, ctx.lexicon)
        governments_of(view)
        listed_organisations(view)
        drop_office_names(view)
        abbreviated_forms(view)
        opening_company_nouns(view)
        trigger_mentions(view, ctx.lexicon, mou)
        measure_verbs.run(view)
        open_mentions(view)
        known_open_names(view, ctx.lexicon)
        feedstock_of_known(view, ctx.lexicon, word_sets()["role_heads"].singles)
        class_names(view)
        rare_earth_forms(view, ctx.lexicon, word_sets()["rare_earth_forms"], word_sets()["np_skip"])
        shared_heads(view, ctx.lexicon, _left_stops(word_sets()["np_skip"]), _open_heads())
        process_technologies(view, ctx.lexicon, word_sets()["process_steps"].singles)
        drop_trade_modifiers(view)
        mark_trade_modifiers(view)
        mark_listed_trades(view)
        drop_figures(view)
        mention_nested.nested_compounds(view, ctx.lexicon)
        view.mentions.sort(key=lambda m: (m.start, -m.end))
        list_groups(view)
