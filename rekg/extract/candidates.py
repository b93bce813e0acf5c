"""Stage 4: candidate relations. Patterns give precise facts; the trained scorer adds breadth.

Every same-sentence pair of mentions whose labels fit a relation's endpoint rules is a
candidate. A candidate becomes a fact when a pattern matched it, or when the scorer's
probability reaches that relation's threshold. Candidates that fail are kept as refusals with
the reason, so ``rekg extract --explain`` can show them.
"""

from __future__ import annotations

from functools import cache
from itertools import pairwise

from rekg.extract.apposed_seller import apposition_head, with_apposed
from rekg.extract.content_bullets import content_bullets
from rekg.extract.context import ArticleContext, Fact, Mention, SentenceView, same_node
from rekg.extract.customer_goods import without_customer_goods
from rekg.extract.exporter_buyers import exporter_facts, received_facts
from rekg.extract.gapped_shares import gapped_shares
from rekg.extract.heading_uses import heading_uses
from rekg.extract.into_inputs import into_facts
from rekg.extract.joined_making import joined_makes
from rekg.extract.lexicon_mentions import case_ok
from rekg.extract.matcher import match_sentence
from rekg.extract.material_modifiers import material_modifier_facts, modified_objects
from rekg.extract.modality import find_cues
from rekg.extract.part_names import inside_facts, owned_list_facts, whole_facts
from rekg.extract.pattern_roles import wrong_role
from rekg.extract.qualified_parties import qualified_parties
from rekg.extract.scorer.model import NONE, PairInput, RelationScorer
from rekg.extract.scorer_guards import guarded
from rekg.extract.site_places import site_operator
from rekg.extract.supply_subject import joined_supplies, ranked_rivals, relying_buyers
from rekg.extract.title_ministries import title_facts
from rekg.loaders.text import singular
from rekg.schema import ENDPOINTS, Label, RelType

# Mentions found only as a place ("based in Perth") may only say where an organisation is.
# The scorer only proposes facts whose labels a same-sentence pattern could also give.
SCORED = (RelType.DEPENDS_ON, RelType.PRODUCES, RelType.RESTRICTS, RelType.IMPOSES,
          RelType.TARGETS, RelType.PARTY_TO, RelType.LOCATED_IN, RelType.REPRESENTS,
          RelType.SUPPLIES, RelType.ADDRESSES)

# Heads of what a material is won from or a form of it: "iron ore" and "gallium metal" do not
# need iron or gallium as an input, so their modifiers name no component.
_SOURCE_HEADS = frozenset({"ore", "concentrate", "scrap", "feedstock", "mineral", "metal",
                           "ingot", "sand", "tailing", "deposit", "waste", "mine", "price",
                           "export", "import", "supply", "output", "production", "reserve"})
_COMPONENT_KINDS = frozenset({"group"})  # "rare earth magnet": a group names no one input

# Heads of what is built into something else: "car motors" are parts of cars, while
# "memory chips" or "Optimus robots" name a kind of thing.
_PART_HEADS = frozenset({"motor", "generator", "battery", "amplifier", "actuator", "sensor",
                         "magnet", "lens", "anode", "cathode", "cell", "inverter", "unit",
                         "pump", "speaker", "display", "screen", "coating", "blade", "filter",
                         "capacitor", "laser", "camera", "drive"})

# Patterns alone when False (the scorer's comparison runs set it).
USE_SCORER = True


@cache
def _fitting(source: Label, target: Label) -> tuple[RelType, ...]:
    return tuple(rel for rel in SCORED
                 if source in ENDPOINTS[rel][0] and target in ENDPOINTS[rel][1])


def pattern_facts(ctx: ArticleContext, view: SentenceView) -> list[Fact]:
    facts: list[Fact] = []
    for match in match_sentence(view):
        pattern = match.pattern
        for source in with_apposed(match.bindings[pattern.source]):
            if pattern.relation in (RelType.SUPPLIES, RelType.PRODUCES):
                source = apposition_head(view, source) or site_operator(source) or source
            for target in with_apposed(match.bindings[pattern.target]):
                if same_node(source, target):
                    continue
                if why := wrong_role(view, pattern.relation, source, target):
                    ctx.refuse(pattern.relation.value, source, target, view.index, why, pattern.id)
                    continue
                facts.append(Fact(pattern.relation, source, target, view.index, pattern.id,
                                  pattern.confidence, view.text))
    return facts


def _pair_rows(view: SentenceView) -> tuple[list[tuple[Mention, Label, tuple[int, int], str,
                                                         str | None, bool]],
                                              tuple[str, ...], tuple[str, ...],
                                              tuple[tuple[int, int, str], ...]]:
    """What a pair takes from each mention (once per mention) and what all pairs share."""
    mentions = [m for m in view.mentions if m.form != "place"]
    if len(mentions) < 2:
        return [], (), (), ()
    cues = tuple(sorted({c.name for c in find_cues(view) if c.start >= 0}))
    # every mention of the sentence, the pair's own included: one tuple shared by all pairs
    others = tuple((m.start, m.end, m.label.value) for m in mentions)
    rows = [(m, m.label, (m.start, m.end), value, m.kind, m.group >= 0)
            for m, (_, _, value) in zip(mentions, others, strict=True)]
    return rows, tuple(view.words), cues, others


def _one_list(a: Mention, b: Mention) -> bool:
    """Two items of one coordinated list, whatever their labels ("makers of catalytic
    converters, lamps and magnets", "Sojitz and Japanese investors"): a list names things side
    by side and says nothing of how they are related."""
    return a.group >= 0 and a.group == b.group


def candidate_inputs(view: SentenceView) -> tuple[list[tuple[Mention, Mention]],
                                                   list[PairInput]]:
    """Every ordered same-sentence pair whose labels fit a scored relation, as the scorer
    sees it (training builds its pairs with this function too)."""
    rows, words, cues, others = _pair_rows(view)
    pairs: list[tuple[Mention, Mention]] = []
    inputs: list[PairInput] = []
    for a, a_label, a_span, a_value, a_kind, a_list in rows:
        for b, b_label, b_span, b_value, b_kind, b_list in rows:
            if a is b or not _fitting(a_label, b_label) or same_node(a, b) or _one_list(a, b):
                continue
            pairs.append((a, b))
            inputs.append(PairInput(words, a_span, b_span, a_value, b_value, a_kind, b_kind,
                                    a_list, b_list, cues, others))
    return pairs, inputs


def _scorer_facts(ctx: ArticleContext, view: SentenceView, found: set[tuple[str, int, int]]
                  ) -> list[Fact]:
    rows, words, cues, others = _pair_rows(view)
    if not rows:
        return []
    scorer = RelationScorer.load()
    relations_for = scorer.relations_for
    pairs: list[tuple[Mention, Mention]] = []
    inputs: list[PairInput] = []
    # per source label, per target label, the relations scored (none: no scored relation fits)
    scored: dict[str, dict[str, tuple[str, ...]]] = {}
    # the pairs of candidate_inputs, less those whose every relation a pattern already gave
    for a, a_label, a_span, a_value, a_kind, a_list in rows:
        a_id, by_target = id(a), scored.setdefault(a_value, {})
        for b, b_label, b_span, b_value, b_kind, b_list in rows:
            rels = by_target.get(b_value)
            if rels is None:
                rels = by_target[b_value] = relations_for(a_value, b_value) \
                    if _fitting(a_label, b_label) else ()
            if not rels or a is b or same_node(a, b) or _one_list(a, b):
                continue
            b_id = id(b)
            for rel in rels:
                if (rel, a_id, b_id) not in found:
                    break
            else:
                continue
            pairs.append((a, b))
            inputs.append(PairInput(words, a_span, b_span, a_value, b_value, a_kind, b_kind,
                                    a_list, b_list, cues, others))
    if not pairs:
        return []
    facts: list[Fact] = []
    all_scores = scorer.score(inputs)
    best = _list_best(pairs, all_scores)
    for (a, b), scores in zip(pairs, all_scores, strict=True):
        for rel_name in _accepted(scorer, a, b, scores, best):
            if (rel_name, id(a), id(b)) in found:
                continue
            rel = RelType(rel_name)
            p = scores[rel_name]
            facts.append(Fact(rel, a, b, view.index, f"scorer:{p:.2f}", round(p * 0.8, 3),
                              view.text))
    return facts


# an item the list's best carries over the threshold still needs this share of it on its own
_LIST_LIFT = 0.75


def _list_best(pairs: list[tuple[Mention, Mention]], all_scores: list[dict[str, float]],
               ) -> dict[tuple[str, int, int, bool], float]:
    """Per relation, partner and coordinated list on the other side, the best item's score."""
    best: dict[tuple[str, int, int, bool], float] = {}
    for (a, b), scores in zip(pairs, all_scores, strict=True):
        for rel_name, p in scores.items():
            if rel_name == NONE:
                continue
            if b.group >= 0:
                key = (rel_name, id(a), b.group, True)
                if p > best.get(key, 0.0):
                    best[key] = p
            if a.group >= 0:
                key = (rel_name, id(b), a.group, False)
                if p > best.get(key, 0.0):
                    best[key] = p
    return best


def _accepted(scorer: RelationScorer, a: Mention, b: Mention, scores: dict[str, float],
              best: dict[tuple[str, int, int, bool], float]) -> list[str]:
    """The relations the pair is read as: its own score, or the best of the list it is an item
    of, at the relation's threshold ("parts such as gearboxes, wiper motors and cameras"
    need magnets all alike)."""
    accepted: list[tuple[float, str]] = []
    for rel_name, p in scores.items():
        if rel_name == NONE:
            continue
        threshold = scorer.threshold(rel_name)
        if p < threshold * _LIST_LIFT:
            continue
        if b.group >= 0:
            p = max(p, best.get((rel_name, id(a), b.group, True), 0.0))
        if a.group >= 0:
            p = max(p, best.get((rel_name, id(b), a.group, False), 0.0))
        if p >= threshold:
            accepted.append((p, rel_name))
    return [rel_name for _, rel_name in sorted(accepted, reverse=True)]


def component_facts(ctx: ArticleContext, view: SentenceView, named: set[str]) -> list[Fact]:
    """A thing named after the materials it is made of depends on them: "samarium-cobalt
    magnets" on samarium and cobalt, "germanium lenses" on germanium, "gallium nitride chips"
    on gallium nitride. Only modifiers count, never the head word, and only materials the
    article also names on their own: a passing "lithium-ion battery" adds no lithium node."""
    lexicon, low = ctx.lexicon, view.words
    facts: list[Fact] = []
    for m in view.mentions:
        if m.label not in (Label.MATERIAL, Label.PRODUCT) or m.form not in (
                "name", "alias", "open") or m.end - m.start < 2 or low[m.end - 1] in _SOURCE_HEADS:
            continue
        i = m.start
        while i < m.end - 1:
            for size in range(min(lexicon.max_words.get(low[i], 0), m.end - 1 - i), 0, -1):
                surface = lexicon.surfaces.get(tuple(low[i:i + size]))
                if surface is None or surface.entry.label is not Label.MATERIAL \
                        or surface.entry.id == m.node_id or surface.entry.id not in named \
                        or surface.entry.properties.get("kind") in _COMPONENT_KINDS \
                        or (surface.case_sensitive
                            and not case_ok(view.tokens[i:i + size], surface)):
                    continue
                entry = surface.entry
                part = Mention(Label.MATERIAL, entry.id, entry.name, i, i + size,
                               view.span_text(i, i + size), "component", kind=str(
                                   entry.properties.get("kind") or "other"), entry=entry)
                facts.append(Fact(RelType.DEPENDS_ON, m, part, view.index,
                                  "depends_on.named-component", 0.8, view.text))
                i += size - 1
                break
            i += 1
    return facts


def modifier_facts(view: SentenceView) -> list[Fact]:
    """"Electric vehicle traction motors", "hybrid car motors", "drone batteries": a product
    named right before a part, with nothing between, is what the part goes into, so it depends
    on it. Before a kind ("the Mate 60 Pro smartphone") or a head it repeats ("EESM motors") a
    product names what the thing is, not what it is built into."""
    facts: list[Fact] = []
    products = sorted((m for m in view.of(Label.PRODUCT) if m.form in ("name", "alias", "open")),
                      key=lambda m: m.start)
    for whole, part in pairwise(products):
        head = view.words[part.end - 1]
        if whole.end != part.start or view.gaps[part.start] != "" or same_node(whole, part) \
                or head not in _PART_HEADS or singular(whole.name.lower().split()[-1]) == head:
            continue
        facts.append(Fact(RelType.DEPENDS_ON, whole, part, view.index,
                          "depends_on.product-modifies-part", 0.7, view.text))
    return facts


def through_components(facts: list[Fact], parts: list[Fact]) -> list[Fact]:
    """What depends on a part named after its material depends on that material too: "radars
    use gallium nitride chips" makes radars depend on gallium nitride."""
    by_whole: dict[int, list[Fact]] = {}
    for part in parts:
        by_whole.setdefault(id(part.source), []).append(part)
    return [Fact(RelType.DEPENDS_ON, fact.source, part.target, fact.sentence,
                 "depends_on.through-component", round(fact.confidence * part.confidence, 3),
                 fact.evidence)
            for fact in facts if fact.rel is RelType.DEPENDS_ON
            for part in by_whole.get(id(fact.target), ())
            if not same_node(fact.source, part.target)]


def run(ctx: ArticleContext) -> None:
    from rekg.extract.cross import cross_facts, prepare

    materials = {m.node_id for v in ctx.sentences for m in v.mentions if m.label is Label.MATERIAL}
    products = {m.node_id for v in ctx.sentences for m in v.mentions
                if m.label is Label.PRODUCT and m.form != "anaphor"}
    refused: list[Fact] = []  # scorer facts a guard refused: no cross-sentence guess redoes them
    for view in ctx.sentences:
        facts = pattern_facts(ctx, view)
        facts.extend(joined_supplies(view))
        facts.extend(joined_makes(view))
        facts.extend(relying_buyers(view))
        parts = component_facts(ctx, view, materials)
        facts.extend(parts)
        facts.extend(modifier_facts(view))
        modified = material_modifier_facts(view)
        facts.extend(modified_objects(facts, modified) + modified)
        facts.extend(into_facts(view))
        facts.extend(heading_uses(view))
        facts.extend(whole_facts(ctx, view, products, _PART_HEADS) + inside_facts(view)
                     + owned_list_facts(view))
        if USE_SCORER:
            found = {(f.rel.value, id(f.source), id(f.target)) for f in facts}
            # a pair a pattern read one way is not read the other way by the scorer
            found |= {(f.rel.value, id(f.target), id(f.source)) for f in facts
                      if f.rel in (RelType.SUPPLIES, RelType.DEPENDS_ON)}
            facts.extend(guarded(ctx, view, _scorer_facts(ctx, view, found), refused, facts))
        facts = ranked_rivals(view, gapped_shares(
            ctx, view, facts + through_components(facts, parts)))
        ctx.facts.extend(qualified_parties(view, without_customer_goods(ctx, view, facts)))
    if USE_SCORER:
        # after every sentence's own facts: a pair that one sentence states needs no guess
        held = {(f.rel.value, f.source.node_id, f.target.node_id) for f in (*ctx.facts, *refused)}
        known = prepare(ctx)
        for k in range(1, len(ctx.sentences)):
            ctx.facts.extend(cross_facts(ctx, known, k, held))
    ctx.facts.extend(title_facts(ctx))
    ctx.facts.extend(content_bullets(ctx))
    ctx.facts.extend(exporter_facts(ctx))
    ctx.facts.extend(received_facts(ctx))
