"""Stage 5: restriction frames that span sentences.

Every restriction trigger that takes part in a fact gets a node, one per (imposer, kind) in
an article. A trigger whose sentence names no imposer belongs to the imposer in focus (the
last one named), so "China announced controls. The list covers samarium." links samarium to
China's measure. Agreements are the next stage (``rekg.extract.agreements``).
"""

from __future__ import annotations

from rekg.extract import (
    dateline_seats,
    false_measures,
    implied_imposers,
    imposers,
    measure_lists,
    passive_targets,
    reciprocal,
)
from rekg.extract.acting_bodies import acting_bodies, sole_body
from rekg.extract.context import (
    ArticleContext,
    Fact,
    Mention,
    RestrictionFrame,
    SentenceView,
)
from rekg.extract.modality import find_cues
from rekg.extract.modality_reach import pause_blocked
from rekg.extract.patterns import word_sets
from rekg.extract.relatives import relative_antecedent
from rekg.extract.restriction_dates import frame_dates
from rekg.extract.unnamed_imposers import by_others
from rekg.loaders.text import MONTH_NAMES
from rekg.schema import Label, RelType, short_hash

_KIND_WORDS = {"export_licensing": "export licensing", "export_prohibition": "export ban",
               "export_quota": "export quota", "export_tax": "export tax",
               "minimum_export_price": "minimum export price", "import_tariff": "tariff",
               "technology_export_ban": "technology export ban", "sanction": "sanctions",
               "entity_listing": "entity listing", "other": "restriction"}


def restriction_id(imposer: str | None, kind: str, article: str) -> str:
    who = imposer.split(":", 1)[1] if imposer else "unknown"
    return f"restriction:{who}-{kind.replace('_', '-')}-{short_hash(article, who, kind, length=8)}"


def _restrictions(ctx: ArticleContext) -> None:
    imposers.references_by_pattern(ctx)
    imposers.instrument_owners(ctx)
    passive_targets.passive_subjects(ctx)
    imposers.stated_imposers_first(ctx)
    measure_lists.run(ctx)
    false_measures.run(ctx)
    imposes: dict[int, Mention] = {}
    for fact in ctx.facts:
        if fact.rel is RelType.IMPOSES and id(fact.target) not in imposes:
            imposes[id(fact.target)] = fact.source
    for fact in list(ctx.facts):
        if fact.rel is RelType.IMPOSES:
            country = imposers.authority(ctx, fact.source)
            if country is fact.source:  # "Chile's Ministry of Economy", unknown to the lexicon
                country = imposers.possessor(ctx.sentences[fact.sentence], fact.source) \
                    or country
            if country is not fact.source:
                ctx.facts.append(Fact(RelType.IMPOSES, country, fact.target, fact.sentence,
                                      "frame:authority-of-country", fact.confidence,
                                      fact.evidence))
    used = {id(m) for f in ctx.facts for m in (f.source, f.target) if m.label is Label.RESTRICTION}
    principal = implied_imposers.principal(imposes, ctx)
    focus: Mention | None = None
    # The anaphor "the rules" refers to the main measure of the last sentence that named one:
    # the first there ("China will require permits ... as Washington tightens restrictions").
    last_frame: RestrictionFrame | None = None
    latest: dict[str | None, RestrictionFrame] = {}  # each imposer's last measure
    unresolved: set[int] = set()
    # "the heavy rare earth licences ... will stay": a measure on items that an earlier measure
    # restricted is that imposer's, though another country's measure was named in between
    items_of: dict[int, list[str]] = {}  # what each trigger restricts (the scorer's guesses
    stated_items: dict[int, list[str]] = {}  # too), and what patterns say it restricts
    for f in ctx.facts:
        if f.rel is RelType.RESTRICTS:
            items_of.setdefault(id(f.source), []).append(f.target.node_id)
            if not f.origin.startswith("scorer:"):
                stated_items.setdefault(id(f.source), []).append(f.target.node_id)
    restricted_by: dict[str, Mention] = {}
    trail: dict[str, Mention] = {}  # the imposers named so far, the latest last
    paused_before: set[tuple[str | None, str]] = set()
    for view in ctx.sentences:
        first_here: RestrictionFrame | None = None
        # "China suspended its ban on X. The ban had also barred Y.": the paused measure
        carried = paused_before if _opens_with_measure(view) else set()
        paused_before = set()
        for m in view.of(Label.RESTRICTION):
            imposer = imposes.get(id(m))
            antecedent = first_here or last_frame
            reference = m.kind == imposers.REFERENCE
            if imposer is None and (m.props.get("anaphor") or reference) \
                    and antecedent is not None:
                # "The step is seen as a response to US restrictions": the sentence goes on
                # about the measure it points back to, whatever else it names
                antecedent = _paused_here(ctx, _dated_in_force(ctx, antecedent, view, m), view, m)
                if m.props.get("anaphor"):
                    first_here = first_here or antecedent
                if id(m) in used:
                    _attach(ctx, m, view, antecedent, None)
                continue
            if id(m) not in used:
                continue
            owner = imposers.authority(ctx, imposer).node_id if imposer is not None else None
            if reference and (imposer is None or owner in latest):
                # "Beijing's April rules" is the last measure of Beijing; a "notice" with no
                # measure named before it is no measure at all
                if imposer is None:
                    unresolved.add(id(m))
                    continue
                frame = _dated_in_force(ctx, latest[owner], view, m)
                focus = imposer
                first_here = first_here or frame
                _attach(ctx, m, view, frame, None)
                continue
            if imposer is None:
                aimed_at = {f.target.node_id for f in ctx.facts
                            if f.rel is RelType.TARGETS and f.source is m}
                imposer = relative_antecedent(view, m) or imposers.subject_before(
                    view, m) or imposers.directing_body(ctx, view, m) \
                    or imposers.speaking_body(ctx, view, aimed_at)
                if imposer is not None:
                    focus = imposer
                elif not by_others(view, m):
                    known = next((restricted_by[i] for i in items_of.get(id(m), ())
                                  if i in restricted_by), None)
                    kin = None if known else implied_imposers.kin_imposer(
                        ctx, items_of.get(id(m), []), restricted_by)
                    # else the last imposer of a measure of this kind that is not aimed at
                    alike = [c for k, c in reversed(trail.items())
                             if getattr(latest.get(k), "kind", "") == m.kind]
                    home = dateline_seats.home_government(ctx, view.index, m.start)
                    current = implied_imposers.lasting_focus(imposes, ctx, focus, principal)
                    imposer = next((c for c in (known, kin, current, home, principal, *alike)
                                    if c is not None and imposers.authority(
                                        ctx, c).node_id not in aimed_at), None) \
                        or implied_imposers.sole_counterpart(imposes, ctx, aimed_at)
            else:
                focus = imposer
            frame = _frame(ctx, m, imposer, view, carried)
            if imposer is not None:
                trail.pop(frame.imposer or "", None)
                trail[frame.imposer or ""] = imposer
                restricted_by.update((i, imposer) for i in stated_items.get(id(m), ()))
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
    acting_bodies(ctx, used)
    sole_body(ctx)


def _own_targets(ctx: ArticleContext) -> None:
    """A measure does not target its own imposer, nor the ministry that issues it ("a licence
    from the Ministry of Commerce")."""
    kept: list[Fact] = []
    for fact in ctx.facts:
        frame = ctx.restrictions.get(fact.source.node_id)
        if fact.rel is RelType.TARGETS and frame is not None and frame.imposer in (
                fact.target.node_id, imposers.authority(ctx, fact.target).node_id):
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


def _paused_here(ctx: ArticleContext, frame: RestrictionFrame, view: SentenceView,
                 m: Mention) -> RestrictionFrame:
    """"Beijing will suspend for a year the measures of October 9": a noun that refers back,
    named right after a pause, is the paused measure."""
    contrast = word_sets()["contrast_words"].singles
    if frame.paused or not any(
            c.name in ("suspended", "lifted") and 0 <= m.start - c.end <= 6
            and not contrast & set(view.words[c.end:m.start]) for c in find_cues(view)):
        return frame
    rid = restriction_id(frame.imposer, frame.kind + "-paused", ctx.article_id)
    twin = ctx.restrictions.get(rid)
    if twin is None:
        twin = ctx.restrictions[rid] = RestrictionFrame(rid, frame.imposer, frame.kind,
                                                        paused=True)
    return twin


def _month_before(view: SentenceView, m: Mention) -> int | None:
    """The month a noun is dated by: "the April rules", "the April 4 regime", "the 4 April
    notice"."""
    k = m.start - 1
    if k > 0 and view.words[k].isdigit():
        k -= 1
    if k >= 0 and view.words[k] in MONTH_NAMES:
        return MONTH_NAMES.index(view.words[k]) + 1
    return None


def _dated_in_force(ctx: ArticleContext, frame: RestrictionFrame, view: SentenceView,
                    m: Mention) -> RestrictionFrame:
    """"China suspended the October rules. The April rules ... stay.": a noun dated by another
    month than a paused measure's is that imposer's measure still in force, in the same
    sentence too when it is said to remain ("..., but the April regime remains in force")."""
    month = _month_before(view, m)
    if not frame.paused or month is None or (
            frame.announced is not None and int(frame.announced[5:7]) == month) or (any(
            c.name in ("suspended", "lifted") for c in find_cues(view))
            and not _in_force_after(view, m)):
        return frame
    rid = restriction_id(frame.imposer, frame.kind, ctx.article_id)
    twin = ctx.restrictions.get(rid)
    if twin is None:
        twin = ctx.restrictions[rid] = RestrictionFrame(rid, frame.imposer, frame.kind)
    entry = ctx.lexicon.entries.get(frame.imposer or "")
    if entry is not None:
        who = Mention(entry.label, entry.id, entry.name, m.start, m.end, entry.name, "lexicon",
                      entry=entry)
        ctx.facts.append(Fact(RelType.IMPOSES, who, m, view.index, "frame:dated-in-force", 0.6,
                              view.text))
    return twin


def _opens_with_measure(view: SentenceView) -> bool:
    """The sentence opens "The ban ..." or "That measure ...": it goes on about the measure
    of the sentence before."""
    first = next(iter(view.of(Label.RESTRICTION)), None)
    return first is not None and first.start == 1 and view.words[0] in (
        "the", "that", "this", "those", "these")


def _in_force_after(view: SentenceView, m: Mention) -> bool:
    """"... but the April regime covering yttrium remains in force": said of this measure
    before any clause of contrast."""
    sets = word_sets()
    in_force, contrast, words = sets["in_force_words"], sets["contrast_words"], view.words
    for k in range(m.end, len(words)):
        if words[k] in contrast:
            return False
        if in_force.longest_at(words, k):
            return True
    return False


def _frame(ctx: ArticleContext, m: Mention, imposer: Mention | None,
           view: SentenceView, carried: set[tuple[str | None, str]]) -> RestrictionFrame:
    """One node per imposer (a ministry counts as its country) and kind; a measure paused or
    lifted in its sentence, or in the sentence before when this one opens "The ban", is
    another node than the one still in force."""
    kind = m.kind if m.kind and m.kind != imposers.REFERENCE else "other"
    who = imposers.authority(ctx, imposer).node_id if imposer is not None else None
    contrast = word_sets()["contrast_words"]
    paused = not _in_force_after(view, m) and ((who, kind) in carried or any(
        c.name in ("suspended", "lifted") and abs(c.start - m.start) <= 10
        and not m.start <= c.start < c.end <= m.end  # "an export freeze" names the measure
        and not pause_blocked(view, c, m.start)
        and not any(w in contrast for w in view.words[min(c.end, m.end):max(c.start, m.start)])
        for c in find_cues(view)))
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
    frame_dates(ctx, frame, view.text)
    if implied_imposer is not None:
        ctx.facts.append(Fact(RelType.IMPOSES, implied_imposer, m, view.index,
                              "frame:imposer-in-focus", 0.6, view.text))
        country = imposers.authority(ctx, implied_imposer)
        if country is not implied_imposer:
            ctx.facts.append(Fact(RelType.IMPOSES, country, m, view.index,
                                  "frame:authority-of-country", 0.6, view.text))


def restriction_name(frame: RestrictionFrame, names: dict[str, str]) -> str:
    who = names.get(frame.imposer or "", "")
    return f"{who} {_KIND_WORDS.get(frame.kind, frame.kind)}".strip()


def run(ctx: ArticleContext) -> None:
    _restrictions(ctx)
    reciprocal.run(ctx, restriction_id)
    _own_targets(ctx)
    _parts_inherit(ctx)


__all__ = ["restriction_id", "restriction_name", "run"]
