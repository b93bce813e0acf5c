"""Stage 2: mentions. Lexicon entries (``lexicon_mentions.py``), restriction triggers
(``trigger_mentions.py``), open-vocabulary noun phrases, then the names the lexicon lacks
(``names.py``), then coordinated lists.

Lexicon matching is longest-first on singular lower-case words; a surface form written with
capitals only matches text with the same capitals. A noun phrase whose head is a product or
material word ("servo motors", "samarium-cobalt alloy") becomes a Product or Material mention
with a canonical id even when the lexicon lacks it (a compound inside it is one too)."""

from __future__ import annotations

from functools import cache

from rekg.extract import material_forms, measure_verbs, mention_context, mention_nested
from rekg.extract.agreed_places import agreed_places
from rekg.extract.context import ArticleContext, Mention, SentenceView
from rekg.extract.figures import drop_figures
from rekg.extract.lexicon_mentions import lexicon_mentions
from rekg.extract.listed_generic import listed_generic
from rekg.extract.mention_context import (
    demonym_capitals,
    governments_of,
    homonym_capitals,
    source_places,
    spelled_out,
)
from rekg.extract.mention_forms import (
    abbreviated_forms,
    ambiguous_metals,
    element_alloys,
    ferro_alloys,
    isotopes,
    legal_forms,
    opening_company_nouns,
)
from rekg.extract.mention_lists import list_groups, process_technologies, rare_earth_forms
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
from rekg.extract.patterns import WordSet, word_sets
from rekg.extract.shared_heads import shared_heads
from rekg.extract.trade_modifiers import (
    drop_trade_modifiers,
    mark_listed_trades,
    mark_trade_modifiers,
)
from rekg.extract.trigger_mentions import BEFORE_VERBS, trigger_mentions
from rekg.loaders.text import singular
from rekg.schema import Label, node_id

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
_RELATIVES = frozenset({"that", "which", "who"})
_OWNERS = (Label.COUNTRY, Label.MATERIAL)


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
                text = tokens[j].text.lower()
                if text != low[j] and text not in _INVARIANT and view.gaps[start] == "":
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
                low[j - 1] in _RELATIVES or (low[j - 1] in BEFORE_VERBS and not (
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
        if head == "unit" and inner and start == inner[0].start and start > 1 \
                and low[start - 1] == "'s" and all(m.label is Label.MATERIAL for m in inner) \
                and any(m.label is Label.ORGANIZATION and m.end == start - 1
                        for m in view.mentions):
            continue  # "Vale's nickel unit": a company's business named for its goods
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
        demonym_capitals(view, ctx.lexicon)
        homonym_capitals(view)
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
        drop_office_names(view, ctx.lexicon)
        abbreviated_forms(view)
        opening_company_nouns(view)
        trigger_mentions(view, ctx.lexicon, mou)
        agreed_places(view, ctx)
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
