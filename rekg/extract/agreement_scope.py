"""What an agreement covers and who is party to it, read from the sentences around it.

Parties listed in a sentence about the agreement in focus ("The partners are A, B and C"), or
named as "both sides" / "the two countries" when the sentence before named the two; what the
agreement covers, whether named in the sentence ("The act names lithium ...", "a critical
minerals agreement") or a sentence or two after it ("The pact also covers ...", "It commits both
sides to ...").
"""

from __future__ import annotations

from functools import cache

from rekg.extract.context import ArticleContext, Fact, Mention, SentenceView
from rekg.extract.modality import cue_rules, find_cues
from rekg.extract.patterns import WordSet, word_sets
from rekg.schema import Label, RelType

_PARTIES = (Label.COUNTRY, Label.ORGANIZATION)


_WEAK_SCOPE = frozenset({"including", "such as", "among them"})


def in_focus(ctx: ArticleContext, reach: int = 2) -> list[tuple[Mention, int] | None]:
    """Per sentence, the agreement it speaks of and how many sentences back it was named:
    the one agreement the sentence names, else the last one named up to two sentences back.
    A generic one ("a memorandum") counts when the sentence says it was signed or agreed, or
    names its parties ("Lynas secured a supply contract with Sojitz")."""
    focus: list[tuple[Mention, int] | None] = []
    last: tuple[Mention, int] | None = None
    agree = word_sets()["agree_verbs"]
    made = {id(f.target) for f in ctx.facts if f.rel is RelType.PARTY_TO}
    for view in ctx.sentences:
        signed = not agree.singles.isdisjoint(view.words)  # "signed a memorandum": in focus
        named = {m.node_id: m for m in view.of(Label.AGREEMENT) if m.node_id
                 and not m.props.get("absorbed")
                 and (signed or not m.props.get("generic") or id(m) in made)}
        if len(named) == 1:
            last = (next(iter(named.values())), view.index)
            focus.append((last[0], 0))
        elif not named and last is not None and view.index - last[1] <= reach:
            focus.append((last[0], view.index - last[1]))
        else:
            last = None if named else last
            focus.append(None)
    return focus


def _phrase_at(words: list[str], phrases: WordSet, start: int = 0) -> int | None:
    """Where the first phrase of the set begins, at or after ``start``."""
    return next((i for i, _ in phrases.spans(words, start)), None)


_CLAUSE_ENDS = (";", ":", "—", "(")
_NEW_CLAUSE = frozenset({"but", "while", "whereas", "although", "though", "as", "according"})


def clause_stop(view: SentenceView, start: int) -> int:
    """Where the clause running from ``start`` ends: at ";", ":", a dash, a bracket, ", but",
    ", while", or a further agreement."""
    words, gaps = view.words, view.gaps
    later = {m.start for m in view.of(Label.AGREEMENT) if m.start >= start}
    return next((j for j in range(start, len(words)) if any(c in gaps[j] for c in _CLAUSE_ENDS)
                 or ("," in gaps[j] and words[j] in _NEW_CLAUSE) or j in later), len(words))


_OPENERS = frozenset({"it", "this", "that", "the", "under", "they", "these", "its"})


def _commitments(ctx: ArticleContext, view: SentenceView, agreement: Mention,
                 distance: int) -> None:
    """What the agreement commits its parties to: "a memorandum in which Malaysia undertook not
    to ban exports of rare earths", or in the next sentence "It commits both sides to ..."
    (that sentence must open on the agreement: "It", "The pact", "Under the deal")."""
    sets = word_sets()
    cue = _phrase_at(view.words, sets["agreement_commit_words"],
                     agreement.end if distance == 0 else 0)
    pair = distance > 0 and _phrase_at(view.words[:3], sets["agreement_pair_words"]) == 0 \
        and not _unmade(ctx.sentences[view.index - distance])
    if pair:  # "Both sides will cooperate on lithium": what the two do together
        joint = _phrase_at(view.words, sets["agreement_joint_acts"])
        cue = min((c for c in (cue, joint) if c is not None), default=None)
    if cue is None or (distance > 0 and (cue > 8 or (
            view.words[0] not in _OPENERS and not pair
            and not _party_opens(ctx, view, agreement)))):
        return
    if distance == 0 and any(agreement.end <= m.start < cue for m in view.of(Label.AGREEMENT)):
        return  # the clause belongs to a later agreement
    stop = clause_stop(view, cue + 1)
    for item in view.of(Label.MATERIAL, Label.PRODUCT, Label.RESTRICTION):
        if cue < item.start < stop and item.form not in ("anaphor", "place") and item.node_id:
            ctx.facts.append(Fact(RelType.ADDRESSES, agreement, item, view.index,
                                  "frame:agreement-commits", 0.7, view.text))


@cache
def _dropping() -> frozenset[str]:
    return frozenset(rule.name for rule in cue_rules() if rule.spec.effect == "drop")


def _unmade(view: SentenceView) -> bool:
    """The sentence that named the deal says it was not made: "failed to agree on a pact"."""
    return any(c.name in _dropping() for c in find_cues(view))


def _party_opens(ctx: ArticleContext, view: SentenceView, agreement: Mention) -> bool:
    """The sentence opens on a party of the agreement: "China also agreed to resume purchases
    of soybeans" after the sentence that named the truce."""
    first = next((m for m in view.mentions if m.start == 0 and m.label in _PARTIES), None)
    return first is not None and is_party(ctx, first, agreement)


def is_party(ctx: ArticleContext, party: Mention, agreement: Mention) -> bool:
    """The lexicon names ``party`` among the agreement's parties, or a fact found so far does."""
    if agreement.entry is not None and any(
            (p := ctx.lexicon.resolve_ref(ref)) is not None and p.id == party.node_id
            for ref in agreement.entry.parties):
        return True
    return any(f.rel is RelType.PARTY_TO and f.source.node_id == party.node_id
               and f.target.node_id == agreement.node_id for f in ctx.facts)


def _pair_before(ctx: ArticleContext, view: SentenceView, before: int,
                 label: Label) -> list[Mention]:
    """The two parties a "both sides" refers to: the last two named together (in one list),
    in this sentence before the phrase or up to two sentences back."""
    for index in range(view.index, max(-1, view.index - 3), -1):
        sentence = ctx.sentences[index]
        found = [m for m in sentence.of(label) if m.form != "place"
                 and (index < view.index or m.end <= before)]
        groups: dict[int, list[Mention]] = {}
        for m in found:
            if m.in_list:
                groups.setdefault(m.group, []).append(m)
        pairs = [g for g in groups.values() if len({m.node_id for m in g}) == 2]
        if pairs:
            return pairs[-1]
        if len({m.node_id for m in found}) == 2:
            return found
    return []


def _both_sides(ctx: ArticleContext, view: SentenceView, agreement: Mention) -> None:
    """"The two countries signed the memorandum": the parties are the two named before."""
    pair = _phrase_at(view.words, word_sets()["agreement_pair_words"])
    if pair is None or not any(w in word_sets()["agree_verbs"] for w in view.words[pair:]):
        return
    label = Label.ORGANIZATION if view.words[pair + 2:pair + 3] in (["company"], ["firm"]) \
        or view.words[pair + 1:pair + 2] in (["company"], ["firm"]) else Label.COUNTRY
    for party in _pair_before(ctx, view, pair, label):
        ctx.facts.append(Fact(RelType.PARTY_TO, party, agreement, view.index,
                              "frame:agreement-both-sides", 0.7, view.text))


def run(ctx: ArticleContext) -> None:
    """Parties listed in a sentence about the agreement in focus ("The partners are A, B and
    C"), and what it covers ("The act names ... lithium, cobalt ...") even a sentence or two
    after the agreement is named."""
    sets = word_sets()
    members, scope = sets["agreement_member_words"], sets["agreement_scope_words"]
    agree, before_list = sets["agree_verbs"], sets["agreement_with_words"]
    for view, focus in zip(ctx.sentences, in_focus(ctx, _MEMBERS_REACH), strict=True):
        if focus is None:
            continue
        agreement, distance = focus
        words = view.words
        if distance > 2:
            _members_far(ctx, view, agreement)
            continue
        _commitments(ctx, view, agreement, distance)
        if distance <= 1:
            _both_sides(ctx, view, agreement)
        span = next(members.spans(words), None) if distance <= 2 else None
        listed = span is not None
        joined = distance == 0 and any(w in agree for w in words)
        if listed or joined:
            for group in _listed_parties(view):
                first = min(m.start for m in group)
                lead = first - 1 if first > 0 and words[first - 1] != "the" else first - 2
                if len(group) < 2 or not (listed or (lead >= 0 and words[lead] in before_list)):
                    continue
                if span is not None and not joined and _unsaid(words[first:span[1]]):
                    continue  # "A and B have not joined it", "A and B may join it"
                for party in group:
                    ctx.facts.append(Fact(RelType.PARTY_TO, party, agreement, view.index,
                                          "frame:agreement-members", 0.7, view.text))
        if view.of(Label.RESTRICTION):
            continue  # "the ban covers gallium" speaks of the measure
        cue = next((i for i, w in enumerate(words) if w in scope and (
            distance == 0 or w not in _WEAK_SCOPE)), None)
        if cue is None:
            cue = next((i for i in range(len(words) - 1) if (words[i], words[i + 1]) in
                        scope.phrases and (distance == 0 or
                                           " ".join(words[i:i + 2]) not in _WEAK_SCOPE)), None)
        if cue is None:  # "Its focus is on lithium": a phrase of three words or more
            cue = next((i for i, end in scope.spans(words) if end - i >= 3), None)
        if cue is None:
            continue
        start = agreement.start if distance == 0 else -1
        if any(start < m.start < cue for m in view.of(Label.AGREEMENT)) or (
                distance == 0 and agreement.start > cue):
            continue  # the cue speaks of another agreement, or of something before the name
        passive = _passive_before(words, cue)
        subject = next((m for m in view.of(Label.MATERIAL, Label.PRODUCT)
                        if passive is not None and m.end == passive and m.start > start), None)
        stop = next((j for j in range(cue + 1, len(words)) if "," in view.gaps[j]
                     and words[j] in _OTHER_NEWS), len(words))  # "..., while lithium ..."
        for item in view.of(Label.MATERIAL, Label.PRODUCT):
            if (cue < item.start < stop or item is subject or (
                    subject is not None and subject.in_list and item.group == subject.group)) \
                    and item.form != "anaphor":
                ctx.facts.append(Fact(RelType.ADDRESSES, agreement, item, view.index,
                                      "frame:agreement-scope", 0.7, view.text))


_MEMBERS_REACH = 6


def _listed_parties(view: SentenceView) -> list[list[Mention]]:
    """The countries and organisations of each list in the sentence."""
    groups: dict[int, list[Mention]] = {}
    for m in view.of(*_PARTIES):
        if m.in_list:
            groups.setdefault(m.group, []).append(m)
    return list(groups.values())


_JOIN_VERBS = frozenset({"join", "joins", "joined"})


def _members_far(ctx: ArticleContext, view: SentenceView, agreement: Mention) -> None:
    """A sentence listing members or founders ("Its founding members were A, B and C", "Nine
    partners started it: A, B, ...") three to six sentences after the agreement was named, with
    no other agreement named since. A bare "joined" is left out: that far back its object may be
    anything ("A and B have joined projects to ...")."""
    span = next((s for s in word_sets()["agreement_member_words"].spans(view.words)
                 if s[1] - s[0] > 1 or view.words[s[0]] not in _JOIN_VERBS), None)
    if span is None or not _points_back(ctx, view, span, agreement):
        return
    for group in _listed_parties(view):
        first = min(m.start for m in group)
        if len(group) < 2 or _unsaid(view.words[min(first, span[0]):max(first, span[1])]):
            continue
        for party in group:
            ctx.facts.append(Fact(RelType.PARTY_TO, party, agreement, view.index,
                                  "frame:agreement-members", 0.7, view.text))


def _points_back(ctx: ArticleContext, view: SentenceView, span: tuple[int, int],
                 agreement: Mention) -> bool:
    """The member phrase says whose members they are: the agreement as "it" or "its" ("started
    it", "its founding members") or a party of it ("the G7 members were ..." for the G7's plan);
    a bare "The partners are ..." that far back may be anyone's."""
    words = view.words
    if "it" in words[span[0]:span[1]] or "its" in words[max(0, span[0] - 3):span[0]]:
        return True
    return any(m.end in (span[0], span[0] - 1) and is_party(ctx, m, agreement)
               for m in view.of(*_PARTIES))


_BE = frozenset({"is", "are", "was", "were", "be", "been"})
# before a verb of joining: it is denied or only possible, not done
_UNDONE = frozenset({"not", "never", "n't", "no", "nor", "neither", "may", "might", "could",
                     "would", "should", "will", "refused", "declined"})


def _unsaid(words: list[str]) -> bool:
    return any(w in _UNDONE for w in words)
# after a comma, words that open a clause of other news after what an agreement covers (not
# "as", which also opens ", as well as")
_OTHER_NEWS = frozenset({"but", "while", "whereas", "although", "though", "according"})


def _passive_before(words: list[str], cue: int) -> int | None:
    """"Bauxite and lithium were added to the list", "gallium is listed": where the passive
    verb begins, when the cue is one; the goods right before it are what the list holds."""
    participles = word_sets()["list_participles"]
    k = cue if words[cue] in participles else cue - 1
    while k > 0 and cue - k <= 3 and words[k] in ("the", "to", "in", "on", "as", "its"):
        k -= 1
    if k > 0 and words[k] in participles and words[k - 1] in _BE:
        return k - 1
    return None


