"""Part of stage 5: what a measure covers when the text lists it apart from the measure.

* bullet, numbered or lettered lines after a sentence that names a measure and ends in a
  colon (``list_lines``);
* a next sentence opening "It covers ...", "They include ...", "The items include ...";
* a next sentence saying what is covered: "Oxides of the seven are also included",
  "Wingtech was added", "Among the names are Boeing ...";
* "The covered countries are China, Russia ...": the countries a measure is aimed at;
* goods that join, or are added to, goods already restricted (``joined_items``).

Each adds facts from the measure's mention, so the frames stage attaches them to its node.
"""

from __future__ import annotations

from rekg.extract import counted_lists, joined_items, leader_measures, list_lines, repeated_preps
from rekg.extract.context import ArticleContext, Fact, Mention, SentenceView
from rekg.extract.imposers import authority
from rekg.extract.patterns import word_sets
from rekg.schema import Label, RelType

_ITEMS = (Label.MATERIAL, Label.PRODUCT)
_OPENERS = frozenset({"the", "these", "those", "such", "its", "their", "also", "now",
                      "specifically", "additionally", "moreover", "furthermore", "further"})
_DEMONSTRATIVES = frozenset({"these", "those"})


def _enumerates(view: SentenceView) -> int:
    """Where the list starts when the sentence opens "It covers", "They include", "Those
    include", "The germanium items include" or "Affected:"; -1 otherwise."""
    sets = word_sets()
    words = view.words
    k = 0
    while k < len(words) and words[k] in _OPENERS:
        k += 1
    if 0 < k < len(words) and words[k - 1] in _DEMONSTRATIVES \
            and words[k] in sets["enumeration_verbs"] and words[k] not in ("is", "are"):
        return k + 1  # "Those include ...", "These cover ..."
    for label in range(k, min(k + 3, len(words) - 1)):
        if view.gaps[label + 1].strip() == ":" and (words[label] in sets["coverage_participles"]
                                                    or words[label] in sets["enumeration_verbs"]):
            return label + 1  # "Affected: ...", "Items covered: ...", "Includes: ..."
    for subject in (k, k + 1):
        if subject < len(words) and words[subject] in sets["enumeration_subjects"]:
            verb = subject + 1
            while verb < len(words) and words[verb] in _OPENERS:
                verb += 1
            if verb < len(words) and words[verb] in sets["enumeration_verbs"] and (
                    words[verb] not in ("is", "are") or subject > k or words[subject] == "they"
            ) and not _described(words, verb):
                return verb + 1
    return -1


def _described(words: list[str], verb: int) -> bool:
    """"They are used in magnets", "They are mined in Chile": a "be" that describes, not a
    list."""
    after = words[verb + 1] if verb + 1 < len(words) else ""
    return words[verb] in ("is", "are") and (
        after in word_sets()["list_stops"] or after.endswith("ed") or after in _NEGATIONS)


def _listed_next(ctx: ArticleContext) -> None:
    """"China will require licences for five metals. The items include tungsten, tellurium
    ...": the items of the second sentence are restricted by the measure of the first. A
    sentence that lists items, or that only refers back to the measure ("The list covers
    seven elements.", "Five more were added in May."), hands the measure on: "They are
    samarium, ...", "Specifically, it also includes ..." list more of its items."""
    used = list_lines.used(ctx)
    previous: Mention | None = None
    for view in ctx.sentences:
        start = _enumerates(view) if previous is not None else -1
        measures = view.of(Label.RESTRICTION)
        if start >= 0 and previous is not None and not measures:
            items = [m for m in view.of(*_ITEMS) if m.start >= start]
            for item in items:
                ctx.facts.append(Fact(RelType.RESTRICTS, previous, item, view.index,
                                      "frame:listed-next", 0.7, view.text))
            if items:
                continue
        here = next((m for m in measures if id(m) in used), None)
        if here is None and previous is not None and measures and all(
                m.props.get("anaphor") for m in measures):
            continue
        if previous is not None and not measures and not view.of(*_ITEMS) and any(
                w in word_sets()["coverage_participles"] for w in view.words):
            continue  # "Five more metals were added in October. They are indium, ..."
        previous = here


_AIMED = (Label.COUNTRY, Label.ORGANIZATION)
_NEGATIONS = frozenset({"not", "never", "no", "neither", "nor", "n't"})


def _subject(view: SentenceView, end: int) -> list[Mention]:
    """The mentions the clause before ``end`` opens with: one, or the list it starts."""
    first = next((m for m in view.mentions if m.start < end and m.form != "place"), None)
    if first is None:
        return []
    if first.group < 0:
        return [first]
    return [m for m in view.mentions if m.group == first.group and m.start < end]


def _among(view: SentenceView) -> list[Mention]:
    """"Among the names are Boeing's defence unit and General Atomics": what follows."""
    sets = word_sets()
    words = view.words
    if len(words) < 4 or words[0] != "among" or not (
            words[1] == "them" or (words[1] == "the" and words[2] in sets["among_heads"])):
        return []
    verb = next((k for k in range(2, min(len(words), 6)) if words[k] in sets["be_verbs"]), -1)
    # "Among them: gallium, indium": a colon stands for the verb
    verb = next((k - 1 for k in (2, 3) if ":" in view.gaps[k]), verb)
    # "Among the products spared are cobalt and gallium": what a measure leaves out
    if any(w in sets["exemption_words"] for w in words[2:max(verb, 2)]):
        return []
    # "Among them: bismuth, but not cobalt": what a negation sets apart is not among them
    stop = next((k for k in range(verb + 1, len(words)) if words[k] in _NEGATIONS), len(words))
    named = [m for m in view.mentions if verb >= 0 and verb < m.start < stop]
    # a list of firms names no items: "the maker of the MQ-9 drone" describes one of them
    parties = [m for m in named if m.label in _AIMED]
    return parties or named


def _passive_covered(view: SentenceView) -> list[Mention]:
    """"Oxides of the seven are also included, as are magnets": the subject (of the clause
    after a speech verb), what follows "as are" and the items of an ", including ..." after the
    participle; nothing when the clause is negated ("have not been targeted")."""
    sets = word_sets()
    be, filler, done = sets["be_verbs"], sets["filler"], sets["coverage_participles"]
    words = view.words
    for k in range(1, len(words) - 1):
        if words[k] not in be or view.gaps[k] == ",":
            continue
        p = k + 1
        while p < len(words) - 1 and words[p] in filler:
            p += 1
        if words[p] not in done:
            continue
        if _NEGATIONS & set(words[:p]):
            return []
        said = max((j for j in range(k) if words[j] in _SAID), default=-1)
        # "The ministry said eight products would be covered": the subject after the speech
        named = [m for m in _subject(view, k) if m.start > said]
        if p + 3 < len(words) and words[p + 1] == "as" and words[p + 2] in be:
            named += [m for m in view.mentions if m.start >= p + 3][:1]
        if p + 1 < len(words) and words[p + 1] == "including" and view.gaps[p + 1] == ",":
            # "... would be covered, including gallium nitride and gallium arsenide"
            stop = next((j for j in range(p + 2, len(words))
                         if words[j] in sets["list_stops"]), len(words))
            named += [m for m in view.mentions if p + 1 < m.start < stop and m.label in _ITEMS]
        return named
    return []


_SAID = frozenset({"said", "says", "say", "announced", "stated", "confirmed", "added"})
_ADD_VERBS = frozenset({"add", "added", "adds", "adding"})
_INTO = frozenset({"to", "into", "onto"})


def _added(ctx: ArticleContext, view: SentenceView, measure: Mention) -> list[Mention]:
    """"Chile restricted tin exports in April. In October it added indium and bismuth.": what
    the measure's imposer (or a passive: "Five more metals were added in May: indium, ...")
    adds, with no "to" naming something else ("it added dysprosium to its magnets"); not what
    someone "added that" (a speech verb)."""
    words = view.words
    verb = next((k for k, w in enumerate(words) if w in _ADD_VERBS and k > 0), -1)
    if verb < 0 or (verb + 1 < len(words) and words[verb + 1] in ("that", "value")) or any(
            w in _INTO for w in words[verb + 1:]) or _NEGATIONS & set(words[:verb]):
        return []
    start = verb + 1
    if words[verb - 1] in word_sets()["be_verbs"]:  # passive: the items follow a colon
        start = next((k for k in range(verb + 1, len(words)) if view.gaps[k].startswith(":")),
                     len(words))
    else:
        subject = [x for x in view.mentions if x.end <= verb and x.label in _AIMED]
        owners = {authority(ctx, f.source).node_id for f in ctx.facts
                  if f.rel is RelType.IMPOSES and f.target is measure}
        if not subject or authority(ctx, subject[-1]).node_id not in owners:
            return []
    stops = word_sets()["list_stops"]
    end = next((k for k in range(start, len(words)) if words[k] in stops and k > start),
               len(words))
    return [m for m in view.mentions
            if start <= m.start < end and (m.label in _ITEMS or m.label in _AIMED)]


def _covered_next(ctx: ArticleContext) -> None:
    """After a sentence naming a measure, items a sentence says are covered are restricted by
    it, countries and firms are its targets."""
    used = list_lines.used(ctx)
    last: tuple[Mention, int] | None = None  # the last measure named and its sentence
    for view in ctx.sentences:
        named: list[Mention] = []
        if last is not None and not view.of(Label.RESTRICTION):
            named = _among(view) if view.index - last[1] <= 3 else []
            if not named and view.index - last[1] == 1:
                named = _passive_covered(view)
            if not named and view.index - last[1] <= 2:
                named = _added(ctx, view, last[0])
        for m in named:
            rel = RelType.RESTRICTS if m.label in _ITEMS else (
                RelType.TARGETS if m.label in _AIMED else None)
            if last is not None and rel is not None and m.form not in ("place", "anaphor"):
                ctx.facts.append(Fact(rel, last[0], m, view.index, "frame:covered-next", 0.65,
                                      view.text))
        here = next((m for m in view.of(Label.RESTRICTION) if id(m) in used), None)
        last = (here, view.index) if here is not None else last


_LINKS = frozenset({"and", "or", "some", "certain", "other", "related", "their", "its", "plus",
                    "as", "well", "several", "many", "various", "numerous", "all", "most",
                    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"})


def _run_on(ctx: ArticleContext) -> None:
    """A list the mention finder split ("covered high-energy lithium-ion batteries, cathode
    materials and anode materials"): items that follow a restricted item with only commas,
    "and", "or" or a quantifier between are restricted by the same measure."""
    restricted: dict[int, set[int]] = {}
    for f in ctx.facts:
        if f.rel is RelType.RESTRICTS:
            restricted.setdefault(id(f.source), set()).add(id(f.target))
    for fact in list(ctx.facts):
        if fact.rel is not RelType.RESTRICTS or fact.origin.startswith("scorer:"):
            continue
        view = ctx.sentences[fact.sentence]
        if not any(m is fact.target for m in view.mentions):
            continue
        have = restricted[id(fact.source)]
        last = fact.target
        for m in sorted(view.of(*_ITEMS), key=lambda x: x.start):
            if m.start < last.end or m.form == "anaphor":
                continue
            between = range(last.end, m.start)
            if not between and view.gaps[m.start] != ",":
                continue  # "memory chips" split in two is one item, not a list
            if any(view.words[k] not in _LINKS for k in between) or any(
                    view.gaps[k] not in ("", ",") for k in range(last.end, m.start + 1)):
                break
            if id(m) not in have:
                have.add(id(m))
                ctx.facts.append(Fact(RelType.RESTRICTS, fact.source, m, fact.sentence,
                                      "frame:list-runs-on", 0.7, fact.evidence))
            last = m


_RATE_UNITS = frozenset({"%", "percent", "per"})
_RATE_NOUNS = frozenset({"tariff", "duty", "levy", "tax", "rate", "cent"})
_COORDINATORS = frozenset({"and", "while", "plus", "with"})
_RATE_MODIFIERS = frozenset({"a", "an", "additional", "extra", "further", "another"})


def _rate_on(words: list[str], k: int) -> int:
    """Where the items start when a rate opens at ``k``: "10% on crude oil", "an additional
    10 percent duty on ..."; -1 otherwise."""
    if not words[k].replace(".", "", 1).isdigit():
        return -1
    p = k + 1
    if p >= len(words) or words[p] not in _RATE_UNITS:
        return -1
    while p + 1 < len(words) and words[p + 1] in _RATE_NOUNS:
        p += 1
    return p + 2 if p + 1 < len(words) and words[p + 1] == "on" else -1


def _rate_lists(ctx: ArticleContext) -> None:
    """"counter-tariffs of 15% on coal and gas, and 10% on crude oil and cars": a rate
    coordinated after a measure's first items opens more items of the same measure."""
    by_sentence: dict[int, dict[int, Fact]] = {}  # each measure's first fact per sentence
    for f in ctx.facts:
        if f.rel is RelType.RESTRICTS and any(
                m is f.target for m in ctx.sentences[f.sentence].mentions):
            by_sentence.setdefault(f.sentence, {}).setdefault(id(f.source), f)
    for index, firsts in by_sentence.items():
        view = ctx.sentences[index]
        words = view.words
        items = view.of(*_ITEMS)
        for k in range(1, len(words) - 2):
            start = _rate_on(words, k)
            j = k - 1
            while j > 0 and words[j] in _RATE_MODIFIERS:
                j -= 1
            if start < 0 or words[j] not in _COORDINATORS:
                continue
            # the last measure whose items came before the rate, and no other measure between
            before = [f for f in firsts.values() if f.target.end <= k]
            if not before:
                continue
            fact = max(before, key=lambda f: f.source.start)
            if any(fact.source.end <= m.start < k for m in view.of(Label.RESTRICTION)):
                continue
            first = next((m for m in items if start <= m.start <= start + 2
                          and m.form != "anaphor"), None)
            if first is None:
                continue
            listed = [x for x in items if x is first or 0 <= first.group == x.group]
            for m in listed:
                ctx.facts.append(Fact(RelType.RESTRICTS, fact.source, m, view.index,
                                      "frame:rate-list", 0.7, view.text))


def _covered_countries(ctx: ArticleContext) -> None:
    """"... magnets produced in a covered country. The covered countries are China, Russia,
    North Korea and Iran": the countries listed after the phrase are the measure's targets."""
    covered = word_sets()["covered_countries"]
    phrases, firsts = covered.phrases, covered.firsts
    measure: Mention | None = None
    for view in ctx.sentences:
        here = [m for m in view.of(Label.RESTRICTION) if not m.props.get("anaphor")]
        measure = here[0] if here else measure
        words = view.words
        # most sentences hold no first word of a phrase: the full comparison is the slow part
        ends = [k + len(p) for k, w in enumerate(words) if w in firsts for p in phrases
                if tuple(words[k:k + len(p)]) == p]
        if measure is None or not ends:
            continue
        end = ends[0]
        if end < len(words) and (words[end] in ("is", "are", "include", "includes")
                                 or view.gaps[end] == ":"):
            for country in view.of(Label.COUNTRY):
                if country.start >= end and country.form != "anaphor":
                    ctx.facts.append(Fact(RelType.TARGETS, measure, country, view.index,
                                          "frame:covered-countries", 0.7, view.text))


def run(ctx: ArticleContext) -> None:
    list_lines.run(ctx)
    _listed_next(ctx)
    _covered_next(ctx)
    _covered_countries(ctx)
    _rate_lists(ctx)
    _run_on(ctx)
    counted_lists.run(ctx)
    joined_items.run(ctx)
    repeated_preps.run(ctx)
    leader_measures.run(ctx)


__all__ = ["run"]
