"""Part of stage 5: who imposes each measure.

A pattern that names the imposer wins over the scorer's guesses; a country named as a
measure's target does not impose it; a ministry acts for its country; a named instrument of
one country (the US Entity List) is that country's; a noun that only refers to a measure
("the rules") needs a pointer back before the scorer may use it. The imposer a sentence leaves
unsaid is found in ``implied_imposers.py``, the target of a passive measure verb in
``passive_targets.py``.
"""

from __future__ import annotations

from rekg.extract.agreement_lexicon import represented_country
from rekg.extract.context import ArticleContext, Fact, Mention, SentenceView
from rekg.extract.measure_verbs import directed
from rekg.extract.passive_measures import PASSIVE_SKIP, passive
from rekg.extract.patterns import word_sets
from rekg.loaders.text import MONTH_NAMES
from rekg.schema import Label, RelType

_GOVERNMENT_KINDS = frozenset({"ministry", "agency"})
REFERENCE = "reference"  # lexicon kind of nouns that only refer to a measure ("the rules")
_INSTRUMENTS = (("instruments_us", "US"), ("instruments_cn", "CN"))
_OWNER = "frame:instrument-owner"


def authority(ctx: ArticleContext, m: Mention) -> Mention:
    """A ministry or agency imposes on behalf of its country: "China's Ministry of Commerce
    issued the rules" is China's measure."""
    if m.label is not Label.ORGANIZATION:
        return m
    iso2 = m.entry.country if m.entry is not None and m.entry.properties.get(
        "kind") in _GOVERNMENT_KINDS else None
    country = ctx.lexicon.countries_by_iso2.get(iso2 or "")
    if country is None and m.entry is None and isinstance(m.props.get("country"), str) and any(
            w in m.name.lower() for w in ("ministry", "department", "agency", "customs")):
        country = ctx.lexicon.entries.get(str(m.props["country"]))
    if country is None:
        return m
    return Mention(Label.COUNTRY, country.id, country.name, m.start, m.end, "", "lexicon",
                   entry=country)


def _allied(ctx: ArticleContext, a: Mention, b: Mention) -> bool:
    """Two imposers of one measure: joint ("the Netherlands and Japan") or a country and its
    own ministry."""
    if a.group >= 0 and a.group == b.group:
        return True
    return authority(ctx, a).node_id == b.node_id or authority(ctx, b).node_id == a.node_id


_TARGET_PREPOSITIONS = frozenset({"to", "against", "toward", "towards", "targeting"})
# goods before "for" and a country they are bound for: "review of dual-use items for the
# United States"
_BOUND_GOODS = frozenset({"items", "item", "goods", "exports", "shipments", "products",
                          "deliveries", "sales", "cargoes", "orders"})


def _in_target_position(ctx: ArticleContext, fact: Fact) -> bool:
    """A country after "to" or "against" is where a measure is aimed, not who imposes it
    ("exports to the United States are suspended"), unless it qualifies the measure itself
    ("added firms to its entity list", "against US steel tariffs")."""
    view = ctx.sentences[fact.sentence]
    imposer, measure = fact.source, fact.target
    sets = word_sets()
    if 0 <= measure.start - imposer.end <= 3 and not any(
            w in _PREPOSITIONS or w in sets["prohibit_modals"] or w in sets["be_verbs"]
            or w in ("which", "that", "but") for w in view.words[imposer.end:measure.start]):
        return False
    if view.words[imposer.end:imposer.end + 1] == ["'s"] \
            and view.words[imposer.end + 1:imposer.end + 2] \
            and view.words[imposer.end + 1] in sets["measure_anaphors"]:
        return False  # "the reference was to China's decision to require licences"
    if view.words[imposer.end:imposer.end + 1] in (["included"], ["excepted"], ["excluded"]):
        return True  # "exports to all destinations, the United States included, need ..."
    if _passive_subject(view, imposer):
        return True
    k = imposer.start
    while k > 0 and view.words[k - 1] in ("the", "a", "an"):
        k -= 1
    if k > 1 and view.words[k - 1] in ("of", "in") \
            and view.words[k - 2] in sets["customer_nouns"]:
        # "exports to military users of the United States", "sales to buyers in Japan"
        return any(w in _TARGET_PREPOSITIONS for w in view.words[max(0, k - 6):k - 2])
    return k > 0 and (view.words[k - 1] in _TARGET_PREPOSITIONS or (
        view.words[k - 1] == "for" and k > 1 and view.words[k - 2] in _BOUND_GOODS))


def _passive_subject(view: SentenceView, m: Mention) -> bool:
    """"Lockheed Martin and Raytheon were added ... and banned": the subject of a passive
    listing verb is what the measure hits."""
    sets = word_sets()
    first = min((x.start for x in view.mentions if m.group >= 0 and x.group == m.group),
                default=m.start)
    while first > 0 and view.words[first - 1] in ("the", "a", "an"):
        first -= 1
    if first > 0 and view.words[first - 1] in _PREPOSITIONS:
        return False  # "exports from China were banned": China is no subject
    k = max((x.end for x in view.mentions if m.group >= 0 and x.group == m.group), default=m.end)
    k = max(k, m.end)
    while k < len(view.words) and view.words[k] in PASSIVE_SKIP and view.gaps[k] != ",":
        k += 1
    if k >= len(view.words) or view.gaps[k] == "," or view.words[k] not in sets["be_verbs"]:
        return False
    k += 1
    while k < len(view.words) and view.words[k] in PASSIVE_SKIP:
        k += 1
    return next(sets["passive_target_verbs"].spans(view.words[k:k + 2]), (1,))[0] == 0


def _names_own_measure(view: SentenceView, fact: Fact) -> bool:
    """"The 10% U.S. tariff on Chinese imports, and China's tariffs on American coal": a
    country right before a measure, with only modifiers between, names its own measure even
    when the sentence also names it the target of another."""
    gap = view.words[fact.source.end:fact.target.start]
    modifiers = word_sets()["measure_modifiers"]
    return 0 <= len(gap) <= 2 and all(w in modifiers or w == "'s" for w in gap)


def _directed(view: SentenceView, fact: Fact) -> bool:
    """"Washington ordered Synopsys and Cadence to stop selling ...": the organisations told
    to act do not impose the measure of their "to" clause."""
    return fact.target.start > fact.source.end and directed(view, fact.source)


def stated_imposers_first(ctx: ArticleContext) -> None:
    """A measure whose imposer a pattern states keeps it: the scorer's other guesses for the
    same trigger are refused ("India accused China of blocking ..." is China's measure). No
    imposer stands after "to" or "against"."""
    for f in [f for f in ctx.facts if f.rel is RelType.IMPOSES and f.origin != _OWNER
              and _in_target_position(ctx, f)]:
        ctx.facts.remove(f)
        ctx.refuse(f.rel.value, f.source, f.target, f.sentence,
                   "a country after 'to' or 'against' is where a measure is aimed", f.origin)
    for f in [f for f in ctx.facts if f.rel is RelType.IMPOSES
              and _directed(ctx.sentences[f.sentence], f)]:
        ctx.facts.remove(f)
        ctx.refuse(f.rel.value, f.source, f.target, f.sentence,
                   "a company told to stop trading carries out the measure it is given",
                   f.origin)
    # "Huawei was added to the Entity List": the listed party stands where an imposer would;
    # "tariffs on Chinese goods": the scorer's guess that China imposes them is refused.
    aimed = {(id(f.source), f.target.node_id, f.target.end <= f.source.start)
             for f in ctx.facts if f.rel is RelType.TARGETS and not f.origin.startswith("scorer:")}
    for f in [f for f in ctx.facts if f.rel is RelType.IMPOSES
              and ((id(f.target), f.source.node_id, True) in aimed or (
                  f.origin.startswith("scorer:")
                  and (id(f.target), f.source.node_id, False) in aimed))]:
        ctx.facts.remove(f)
        ctx.refuse(f.rel.value, f.source, f.target, f.sentence,
                   "a pattern names it the target of this measure", f.origin)
    # "Section 301 tariff increases on Chinese goods, keeping 25% duties on graphite": the
    # target of one tariff is no imposer of another tariff in that sentence either
    aimed_kinds = {(f.sentence, f.target.node_id, f.source.kind) for f in ctx.facts
                   if f.rel is RelType.TARGETS and not f.origin.startswith("scorer:")}
    for f in [f for f in ctx.facts if f.rel is RelType.IMPOSES and f.origin.startswith("scorer:")
              and (f.sentence, f.source.node_id, f.target.kind) in aimed_kinds
              and not _names_own_measure(ctx.sentences[f.sentence], f)]:
        ctx.facts.remove(f)
        ctx.refuse(f.rel.value, f.source, f.target, f.sentence,
                   "a pattern names it the target of a like measure", f.origin)
    # "The step is seen as a response to US and Dutch restrictions": a country that names
    # one measure is not the scorer's imposer of "the step" beside it
    owners = {(f.sentence, f.source.node_id) for f in ctx.facts if f.rel is RelType.IMPOSES
              and f.origin == "imposes.possessive"}
    for f in [f for f in ctx.facts if f.rel is RelType.IMPOSES and f.origin.startswith("scorer:")
              and f.target.props.get("anaphor") and (f.sentence, f.source.node_id) in owners]:
        ctx.facts.remove(f)
        ctx.refuse(f.rel.value, f.source, f.target, f.sentence,
                   "a pattern gives this imposer another measure of the sentence", f.origin)
    stated = {(id(f.target)): f.source.node_id for f in ctx.facts
              if f.rel is RelType.IMPOSES and not f.origin.startswith("scorer:")}
    best: dict[int, Fact] = {}
    for fact in ctx.facts:
        if fact.rel is RelType.IMPOSES and fact.origin.startswith("scorer:") and (
                id(fact.target) not in best or fact.confidence > best[id(fact.target)].confidence):
            best[id(fact.target)] = fact
    kept: list[Fact] = []
    for fact in ctx.facts:
        if fact.rel is RelType.IMPOSES and fact.origin.startswith("scorer:"):
            if stated.get(id(fact.target), fact.source.node_id) != fact.source.node_id:
                ctx.refuse(fact.rel.value, fact.source, fact.target, fact.sentence,
                           "a pattern states another imposer for this measure", fact.origin)
                continue
            top = best[id(fact.target)]
            if top is not fact and not _allied(ctx, fact.source, top.source):
                ctx.refuse(fact.rel.value, fact.source, fact.target, fact.sentence,
                           f"a likelier imposer: {top.source.surface}", fact.origin)
                continue
        kept.append(fact)
    ctx.facts = kept


_MONTHS_SET = frozenset(MONTH_NAMES)
_DETERMINERS = frozenset({"the", "this", "that", "these", "those", "its", "their", "same",
                          "new", "such"}) | _MONTHS_SET


def _determined(ctx: ArticleContext, sentence: int, m: Mention) -> bool:
    """"the rules", "Beijing's April rules", "the Chinese notice": a noun that points back."""
    view = ctx.sentences[sentence]
    before = view.words[m.start - 1] if m.start else ""
    return before in _DETERMINERS or before.isdigit() or any(
        x.end in (m.start, m.start - 1) for x in view.of(Label.COUNTRY, Label.ORGANIZATION))


def references_by_pattern(ctx: ArticleContext) -> None:
    """A noun that may refer to a measure takes part in the scorer's guesses only when a
    determiner, a date or the imposer points it back ("the rules", "Beijing's April rules"),
    not in "take necessary measures" or "price-related measures"; whom it is aimed at, a
    pattern must say ("the 2022 rules" of one country near the firms of another). A noun whose
    imposer a pattern states is a measure of its own ("Washington tightened rules that cut
    off Chinese buyers")."""
    stated = {id(f.target) for f in ctx.facts if f.rel is RelType.IMPOSES
              and not f.origin.startswith("scorer:")}
    for f in [f for f in ctx.facts if f.origin.startswith("scorer:") and any(
            m.label is Label.RESTRICTION and m.kind == REFERENCE and id(m) not in stated
            and (f.rel is RelType.TARGETS or not _determined(ctx, f.sentence, m))
            for m in (f.source, f.target))]:
        ctx.facts.remove(f)
        ctx.refuse(f.rel.value, f.source, f.target, f.sentence,
                   "a noun that refers to a measure needs a pattern", f.origin)


def instrument_owners(ctx: ArticleContext) -> None:
    """"Washington added 140 Chinese firms to the Entity List": a named instrument of one
    country is that country's measure. The US "Entity List" is written with capitals, so a
    lower-case "entity list" of another country is not taken for it."""
    sets = word_sets()
    owned: dict[int, str] = {}
    for view in ctx.sentences:
        for m in view.of(Label.RESTRICTION):
            words = tuple(view.words[m.start:m.end])
            owner = next((iso2 for name, iso2 in _INSTRUMENTS if words in sets[name].phrases
                          and (iso2 != "US" or words[-1] != "list" or m.surface.istitle())),
                         None)
            country = ctx.lexicon.countries_by_iso2.get(owner or "")
            if country is None:
                continue
            owned[id(m)] = country.id
            ctx.facts.append(Fact(RelType.IMPOSES, Mention(
                Label.COUNTRY, country.id, country.name, m.start, m.end, country.name,
                "lexicon", entry=country), m, view.index, _OWNER, 0.8, view.text))
    for f in [f for f in ctx.facts if f.rel is RelType.IMPOSES and id(f.target) in owned
              and authority(ctx, f.source).node_id != owned[id(f.target)]]:
        ctx.facts.remove(f)
        ctx.refuse(f.rel.value, f.source, f.target, f.sentence,
                   "the instrument belongs to another country", f.origin)


def speaking_body(ctx: ArticleContext, view: SentenceView, aimed_at: set[str]) -> Mention | None:
    """A ministry, agency or customs office named in the sentence acts for its country:
    "exports will need licences from August 1, the Ministry of Commerce said"."""
    for x in view.of(Label.ORGANIZATION):
        country = authority(ctx, x)
        owned = _owned(view, x)
        if x.form == "place" or country is x or (country.node_id in aimed_at and not owned):
            continue
        if x.surface[:1].islower() and x.form != "anaphor" and not owned:
            # "the commerce ministry" does not say whose: the country in focus is; "the
            # ministry" that coreference took back to a named one does, and so does
            # "Malaysia's trade ministry"
            continue
        k = x.start
        while k > 0 and view.words[k - 1] in ("the", "a", "an", "its", "'s"):
            k -= 1
        if k == 0 or view.words[k - 1] not in _TARGET_PREPOSITIONS:
            return x
    return None


def _owned(view: SentenceView, x: Mention) -> bool:
    """Whether a country's possessive names the body: "Malaysia's trade ministry"."""
    return x.start > 1 and view.words[x.start - 1] == "'s" and any(
        c.end == x.start - 1 and c.label is Label.COUNTRY for c in view.mentions)


def possessor(view: SentenceView, x: Mention) -> Mention | None:
    """The country whose possessive names a ministry or agency: "Chile's Ministry of Economy"."""
    if x.label is not Label.ORGANIZATION or (x.kind not in _GOVERNMENT_KINDS and not any(
            w in x.name.lower() for w in ("ministry", "department", "agency", "customs"))):
        return None
    return next((c for c in view.mentions if c.label is Label.COUNTRY and c.end == x.start - 1
                 and x.start > 1 and view.words[x.start - 1] == "'s"), None)


_PREPOSITIONS = frozenset({"of", "in", "to", "from", "for", "on", "with", "against", "by", "at",
                           "into", "than", "outside", "over", "about", "like"})


def subject_before(view: SentenceView, m: Mention) -> Mention | None:
    """The country or organisation opening the clause of a restriction verb ("The American
    package ... limits sales"); none when the verb is passive ("Huawei was blacklisted")."""
    if not m.props.get("verb") or passive(view, m):
        return None
    return _opening(view, m)


def directing_body(ctx: ArticleContext, view: SentenceView, m: Mention) -> Mention | None:
    """Who told the organisations before the measure to act: the country or body right before
    the directive verb, or the country of the official there ("Commerce Minister Piyush Goyal
    told IREL to stop exporting neodymium" is India's ban)."""
    told = next((x for x in view.mentions if x.end <= m.start and directed(view, x)), None)
    if told is None:
        return None
    verb = next((k for k in range(told.start - 1, max(-1, told.start - 3), -1)
                 if view.words[k] in word_sets()["directive_verbs"]), None)
    teller = next((x for x in view.mentions if verb is not None and x.end == verb), None)
    if teller is not None and teller.label is Label.PERSON:
        return represented_country(ctx, teller)
    return teller if teller is not None and teller.label in (Label.COUNTRY,
                                                              Label.ORGANIZATION) else None


def _opening(view: SentenceView, m: Mention) -> Mention | None:
    for x in view.mentions:
        if x.start >= m.start:
            break
        k = x.start
        while k > 0 and view.words[k - 1] in ("the", "a", "an"):
            k -= 1
        if x.label in (Label.COUNTRY, Label.ORGANIZATION) and x.form != "place" and (
                k == 0 or view.words[k - 1] not in _PREPOSITIONS) and not directed(view, x):
            return x
    return None


__all__ = ["REFERENCE", "authority", "directing_body", "instrument_owners", "possessor",
           "references_by_pattern", "speaking_body", "stated_imposers_first", "subject_before"]
