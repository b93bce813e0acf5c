"""Stage 5: restriction frames that span sentences.

Every restriction trigger that takes part in a fact gets a node, one per (imposer, kind) in
an article. A trigger whose sentence names no imposer belongs to the imposer in focus (the
last one named), so "China announced controls. The list covers samarium." links samarium to
China's measure. Agreements are the next stage (``rekg.extract.agreements``).
"""

from __future__ import annotations

import re

from rekg.extract import measure_lists
from rekg.extract.context import (
    ArticleContext,
    Fact,
    Mention,
    RestrictionFrame,
    SentenceView,
)
from rekg.extract.modality import find_cues
from rekg.extract.patterns import word_sets
from rekg.schema import Label, RelType, short_hash

_KIND_WORDS = {"export_licensing": "export licensing", "export_prohibition": "export ban",
               "export_quota": "export quota", "export_tax": "export tax",
               "minimum_export_price": "minimum export price", "import_tariff": "tariff",
               "technology_export_ban": "technology export ban", "sanction": "sanctions",
               "entity_listing": "entity listing", "other": "restriction"}


def restriction_id(imposer: str | None, kind: str, article: str) -> str:
    who = imposer.split(":", 1)[1] if imposer else "unknown"
    return f"restriction:{who}-{kind.replace('_', '-')}-{short_hash(article, who, kind, length=8)}"


def _principal(imposes: dict[int, Mention], ctx: ArticleContext) -> Mention | None:
    """The imposer named most often, else the country the article names most often."""
    counts: dict[str, tuple[int, Mention]] = {}
    targets = {f.target.node_id for f in ctx.facts if f.rel is RelType.TARGETS}
    for m in imposes.values():
        counts[m.node_id] = (counts.get(m.node_id, (0, m))[0] + 1, m)
    if not counts:
        for view in ctx.sentences:
            for m in view.of(Label.COUNTRY):
                if m.form != "place" and m.node_id not in targets:
                    counts[m.node_id] = (counts.get(m.node_id, (0, m))[0] + 1, m)
    if not counts:
        return None
    return max(counts.values(), key=lambda c: c[0])[1]


_GOVERNMENT_KINDS = frozenset({"ministry", "agency"})
_REFERENCE = "reference"  # lexicon kind of nouns that only refer to a measure ("the rules")


def _authority(ctx: ArticleContext, m: Mention) -> Mention:
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
    return _authority(ctx, a).node_id == b.node_id or _authority(ctx, b).node_id == a.node_id


_TARGET_PREPOSITIONS = frozenset({"to", "against", "toward", "towards", "targeting"})


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
    k = imposer.start
    while k > 0 and view.words[k - 1] in ("the", "a", "an"):
        k -= 1
    return k > 0 and view.words[k - 1] in _TARGET_PREPOSITIONS


def _stated_imposers_first(ctx: ArticleContext) -> None:
    """A measure whose imposer a pattern states keeps it: the scorer's other guesses for the
    same trigger are refused ("India accused China of blocking ..." is China's measure). No
    imposer stands after "to" or "against"."""
    for f in [f for f in ctx.facts if f.rel is RelType.IMPOSES and _in_target_position(ctx, f)]:
        ctx.facts.remove(f)
        ctx.refuse(f.rel.value, f.source, f.target, f.sentence,
                   "a country after 'to' or 'against' is where a measure is aimed", f.origin)
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


_MONTHS_SET = frozenset({"january", "february", "march", "april", "may", "june", "july",
                         "august", "september", "october", "november", "december"})
_DETERMINERS = frozenset({"the", "this", "that", "these", "those", "its", "their", "same",
                          "new", "such"}) | _MONTHS_SET


def _determined(ctx: ArticleContext, sentence: int, m: Mention) -> bool:
    """"the rules", "Beijing's April rules", "the Chinese notice": a noun that points back."""
    view = ctx.sentences[sentence]
    before = view.words[m.start - 1] if m.start else ""
    return before in _DETERMINERS or before.isdigit() or any(
        x.end in (m.start, m.start - 1) for x in view.of(Label.COUNTRY, Label.ORGANIZATION))


def _references_by_pattern(ctx: ArticleContext) -> None:
    """A noun that may refer to a measure takes part in the scorer's guesses only when a
    determiner, a date or the imposer points it back ("the rules", "Beijing's April rules"),
    not in "take necessary measures" or "price-related measures"; whom it is aimed at, a
    pattern must say ("the 2022 rules" of one country near the firms of another)."""
    for f in [f for f in ctx.facts if f.origin.startswith("scorer:") and any(
            m.label is Label.RESTRICTION and m.kind == _REFERENCE
            and (f.rel is RelType.TARGETS or not _determined(ctx, f.sentence, m))
            for m in (f.source, f.target))]:
        ctx.facts.remove(f)
        ctx.refuse(f.rel.value, f.source, f.target, f.sentence,
                   "a noun that refers to a measure needs a pattern", f.origin)


_INSTRUMENTS = (("instruments_us", "US"), ("instruments_cn", "CN"))


def _instrument_owners(ctx: ArticleContext) -> None:
    """"Washington added 140 Chinese firms to the Entity List": a named instrument of one
    country is that country's measure. The US "Entity List" is written with capitals, so a
    lower-case "entity list" of another country is not taken for it."""
    sets = word_sets()
    imposed = {(id(f.target), f.source.node_id) for f in ctx.facts if f.rel is RelType.IMPOSES}
    for view in ctx.sentences:
        for m in view.of(Label.RESTRICTION):
            words = tuple(view.words[m.start:m.end])
            owner = next((iso2 for name, iso2 in _INSTRUMENTS if words in sets[name].phrases
                          and (iso2 != "US" or words[-1] != "list" or m.surface.istitle())),
                         None)
            country = ctx.lexicon.countries_by_iso2.get(owner or "")
            if country is None or (id(m), country.id) in imposed:
                continue
            ctx.facts.append(Fact(RelType.IMPOSES, Mention(
                Label.COUNTRY, country.id, country.name, m.start, m.end, "", "lexicon",
                entry=country), m, view.index, "frame:instrument-owner", 0.8, view.text))


def _restrictions(ctx: ArticleContext) -> None:
    _references_by_pattern(ctx)
    _instrument_owners(ctx)
    _stated_imposers_first(ctx)
    measure_lists.run(ctx)
    imposes: dict[int, Mention] = {}
    for fact in ctx.facts:
        if fact.rel is RelType.IMPOSES and id(fact.target) not in imposes:
            imposes[id(fact.target)] = fact.source
    for fact in list(ctx.facts):
        if fact.rel is RelType.IMPOSES:
            country = _authority(ctx, fact.source)
            if country is not fact.source:
                ctx.facts.append(Fact(RelType.IMPOSES, country, fact.target, fact.sentence,
                                      "frame:authority-of-country", fact.confidence,
                                      fact.evidence))
    used = {id(m) for f in ctx.facts for m in (f.source, f.target) if m.label is Label.RESTRICTION}
    principal = _principal(imposes, ctx)
    focus: Mention | None = None
    # The anaphor "the rules" refers to the main measure of the last sentence that named one:
    # the first there ("China will require permits ... as Washington tightens restrictions").
    last_frame: RestrictionFrame | None = None
    latest: dict[str | None, RestrictionFrame] = {}  # each imposer's last measure
    unresolved: set[int] = set()
    paused_before: set[tuple[str | None, str]] = set()
    for view in ctx.sentences:
        first_here: RestrictionFrame | None = None
        # "China suspended its ban on X. The ban had also barred Y.": the paused measure
        carried = paused_before if _opens_with_measure(view) else set()
        paused_before = set()
        for m in view.of(Label.RESTRICTION):
            if id(m) not in used:
                continue
            imposer = imposes.get(id(m))
            antecedent = first_here or last_frame
            reference = m.kind == _REFERENCE
            if imposer is None and (m.props.get("anaphor") or reference) \
                    and antecedent is not None:
                _attach(ctx, m, view, antecedent, None)
                continue
            if reference and (imposer is None or _authority(ctx, imposer).node_id in latest):
                # "Beijing's April rules" is the last measure of Beijing; a "notice" with no
                # measure named before it is no measure at all
                if imposer is None:
                    unresolved.add(id(m))
                    continue
                frame = latest[_authority(ctx, imposer).node_id]
                focus = imposer
                first_here = first_here or frame
                _attach(ctx, m, view, frame, None)
                continue
            if imposer is None:
                aimed_at = {f.target.node_id for f in ctx.facts
                            if f.rel is RelType.TARGETS and f.source is m}
                imposer = _subject_before(view, m) or _speaking_body(ctx, view, aimed_at)
                if imposer is not None:
                    focus = imposer
                else:
                    imposer = next((c for c in (focus, principal) if c is not None
                                    and _authority(ctx, c).node_id not in aimed_at), None)
            else:
                focus = imposer
            frame = _frame(ctx, m, imposer, view, carried)
            if frame.paused:
                paused_before.add((frame.imposer, frame.kind))
            latest[frame.imposer] = frame
            first_here = first_here or frame
            _attach(ctx, m, view, frame, imposer if id(m) not in imposes else None)
        last_frame = first_here or last_frame
    for fact in [f for f in ctx.facts if id(f.source) in unresolved or id(f.target) in unresolved]:
        ctx.facts.remove(fact)
        ctx.refuse(fact.rel.value, fact.source, fact.target, fact.sentence,
                   "refers to a measure, but the article names none before it", fact.origin)
    _acting_bodies(ctx, used)


def _speaking_body(ctx: ArticleContext, view: SentenceView, aimed_at: set[str]) -> Mention | None:
    """A ministry, agency or customs office named in the sentence acts for its country:
    "exports will need licences from August 1, the Ministry of Commerce said"."""
    for x in view.of(Label.ORGANIZATION):
        country = _authority(ctx, x)
        if x.form == "place" or country is x or country.node_id in aimed_at:
            continue
        k = x.start
        while k > 0 and view.words[k - 1] in ("the", "a", "an", "its", "'s"):
            k -= 1
        if k == 0 or view.words[k - 1] not in _TARGET_PREPOSITIONS:
            return x
    return None


def _acting_bodies(ctx: ArticleContext, used: set[int]) -> None:
    """A ministry or agency of the imposing country named beside the measure acts for it:
    "Japan will require licences ..., the trade ministry said" is the ministry's measure too."""
    stated = {(id(f.source), id(f.target)) for f in ctx.facts if f.rel is RelType.IMPOSES}
    for view in ctx.sentences:
        bodies = [x for x in view.of(Label.ORGANIZATION) if x.form != "place"]
        for m in view.of(Label.RESTRICTION):
            frame = ctx.restrictions.get(m.node_id)
            if id(m) not in used or frame is None or frame.imposer is None:
                continue
            for body in bodies:
                if (id(body), id(m)) not in stated and body.node_id != frame.imposer \
                        and _authority(ctx, body).node_id == frame.imposer:
                    stated.add((id(body), id(m)))
                    ctx.facts.append(Fact(RelType.IMPOSES, body, m, view.index,
                                          "frame:acting-body", 0.6, view.text))


_PREPOSITIONS = frozenset({"of", "in", "to", "from", "for", "on", "with", "against", "by", "at",
                           "into", "than", "outside", "over", "about", "like"})


def _subject_before(view: SentenceView, m: Mention) -> Mention | None:
    """The country or organisation opening the clause of a restriction verb ("The American
    package ... limits sales")."""
    if not m.props.get("verb"):
        return None
    for x in view.mentions:
        if x.start >= m.start:
            break
        k = x.start
        while k > 0 and view.words[k - 1] in ("the", "a", "an"):
            k -= 1
        if x.label in (Label.COUNTRY, Label.ORGANIZATION) and x.form != "place" and (
                k == 0 or view.words[k - 1] not in _PREPOSITIONS):
            return x
    return None


def _own_targets(ctx: ArticleContext) -> None:
    """A measure does not target its own imposer."""
    kept: list[Fact] = []
    for fact in ctx.facts:
        frame = ctx.restrictions.get(fact.source.node_id)
        if fact.rel is RelType.TARGETS and frame is not None \
                and frame.imposer == fact.target.node_id:
            ctx.refuse(fact.rel.value, fact.source, fact.target, fact.sentence,
                       "a measure does not target its own imposer", fact.origin)
            continue
        kept.append(fact)
    ctx.facts = kept


def _parts_inherit(ctx: ArticleContext) -> None:
    """In one sentence, what a part needs, the whole needs: "gallium goes into the chips of
    radar systems" makes radar depend on gallium."""
    wholes: dict[tuple[int, str], list[Mention]] = {}
    for fact in ctx.facts:
        if fact.rel is RelType.DEPENDS_ON and fact.origin == "depends_on.part-of-product":
            wholes.setdefault((fact.sentence, fact.target.node_id), []).append(fact.source)
    if not wholes:
        return
    for fact in list(ctx.facts):
        if fact.rel is not RelType.DEPENDS_ON or fact.origin == "depends_on.part-of-product":
            continue
        for whole in wholes.get((fact.sentence, fact.source.node_id), []):
            if whole.node_id != fact.target.node_id:
                ctx.facts.append(Fact(RelType.DEPENDS_ON, whole, fact.target, fact.sentence,
                                      "frame:part-inherits", 0.65, fact.evidence))


def _opens_with_measure(view: SentenceView) -> bool:
    """The sentence opens "The ban ..." or "That measure ...": it goes on about the measure
    of the sentence before."""
    first = next(iter(view.of(Label.RESTRICTION)), None)
    return first is not None and first.start == 1 and view.words[0] in (
        "the", "that", "this", "those", "these")


def _frame(ctx: ArticleContext, m: Mention, imposer: Mention | None,
           view: SentenceView, carried: set[tuple[str | None, str]]) -> RestrictionFrame:
    """One node per imposer (a ministry counts as its country) and kind; a measure paused or
    lifted in its sentence, or in the sentence before when this one opens "The ban", is
    another node than the one still in force."""
    kind = m.kind if m.kind and m.kind != _REFERENCE else "other"
    who = _authority(ctx, imposer).node_id if imposer is not None else None
    paused = (who, kind) in carried or any(
        c.name in ("suspended", "lifted") and abs(c.start - m.start) <= 10
        for c in find_cues(view))
    rid = restriction_id(who, kind + ("-paused" if paused else ""), ctx.article_id)
    frame = ctx.restrictions.get(rid)
    if frame is None:
        frame = ctx.restrictions[rid] = RestrictionFrame(rid, who, kind, paused=paused)
    return frame


def _attach(ctx: ArticleContext, m: Mention, view: SentenceView, frame: RestrictionFrame,
            implied_imposer: Mention | None) -> None:
    m.node_id = frame.node_id
    m.kind = frame.kind
    if m.surface.lower() not in (s.lower() for s in frame.surfaces) and not m.props.get("verb"):
        frame.surfaces.append(m.surface)
    frame.evidence.append(view.text)
    _dates(ctx, frame, view.text)
    if implied_imposer is not None:
        ctx.facts.append(Fact(RelType.IMPOSES, implied_imposer, m, view.index,
                              "frame:imposer-in-focus", 0.6, view.text))
        country = _authority(ctx, implied_imposer)
        if country is not implied_imposer:
            ctx.facts.append(Fact(RelType.IMPOSES, country, m, view.index,
                                  "frame:authority-of-country", 0.6, view.text))


_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")
_DATE = re.compile(r"\b(" + "|".join(_MONTHS) + r")\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\b"
                   r"|\b(\d{1,2})\s+(" + "|".join(_MONTHS) + r")(?:,?\s+(\d{4}))?\b",
                   re.IGNORECASE)
_EFFECTIVE_BEFORE = ("from", "effective", "starting", "effect on", "as of", "takes effect",
                     "took effect", "until", "from 1", "begins")


def _dates(ctx: ArticleContext, frame: RestrictionFrame, text: str) -> None:
    """"on April 4" announces a measure, "from December 1" makes it effective; a date without a
    year takes the article's year (the year before when it would lie after the article)."""
    published = ctx.doc.published or ""
    for match in _DATE.finditer(text):
        month_name = (match.group(1) or match.group(5)).lower()
        day = int(match.group(2) or match.group(4))
        month = _MONTHS.index(month_name) + 1
        year_text = match.group(3) or match.group(6)
        if year_text:
            year = int(year_text)
        elif published[:4].isdigit():
            year = int(published[:4])
            if published[5:7].isdigit() and month > int(published[5:7]) + 1:
                year -= 1
        else:
            continue
        if not 1 <= day <= 31:
            continue
        iso = f"{year:04d}-{month:02d}-{day:02d}"
        before = text[max(0, match.start() - 16):match.start()].lower()
        if any(cue in before for cue in _EFFECTIVE_BEFORE):
            frame.effective = frame.effective or iso
        else:
            frame.announced = frame.announced or iso


def restriction_name(frame: RestrictionFrame, names: dict[str, str]) -> str:
    who = names.get(frame.imposer or "", "")
    return f"{who} {_KIND_WORDS.get(frame.kind, frame.kind)}".strip()


def run(ctx: ArticleContext) -> None:
    _restrictions(ctx)
    _own_targets(ctx)
    _parts_inherit(ctx)


__all__ = ["restriction_id", "restriction_name", "run"]
