"""What an agreement provides, read from the sentences that give its terms.

"Under the agreement, MP will supply magnets to Apple", "an agreement under which ...", and
"Key terms of the deal:" followed by
bullet lines state what the agreement deals with: the materials, products and measures named
there are what it ADDRESSES. Runs inside the agreements stage, once agreement mentions have
their nodes.
"""

from __future__ import annotations

import re

from rekg.extract.agreement_scope import clause_stop, in_focus, is_party
from rekg.extract.context import ArticleContext, Fact, Mention, SentenceView
from rekg.extract.patterns import word_sets
from rekg.schema import Label, RelType

_DETERMINERS = frozenset({"the", "this", "that", "these", "those", "its", "their", "our", "a",
                          "an"})
_BULLET = re.compile(r"^\s*(?:[-•*–]|\(?\d{1,2}[.)]|\([a-z]\))\s+")
_SUBJECTS = (Label.MATERIAL, Label.PRODUCT, Label.RESTRICTION)
_PARTIES = (Label.COUNTRY, Label.ORGANIZATION)
_NEGATIONS = frozenset({"not", "never", "no", "nothing", "without", "n't", "neither", "nor"})


def _terms_agreement(view: SentenceView, parties: set[int],
                     made: frozenset[str] = frozenset()) -> Mention | None:
    """The named agreement that a terms cue governs: "under [the] (ten-year) arrangement",
    "key terms of the agreement"; None when the sentence has no such cue. A deal known only by
    its kind counts when the sentence gives it a party ("Under our arrangement with Kestrel,
    customers receive ...", ``parties``: the mentions with one) or it is a deal the article
    gave parties (``made``: "... signed a memorandum. By this memorandum, ..."), and a
    sentence may open on
    "Through" it too ("Through its arrangements with Kestrel, ...")."""
    cues = word_sets()["agreement_terms_cues"]
    words = view.words
    for m in view.of(Label.AGREEMENT):
        if not m.node_id or m.props.get("absorbed") \
                or (m.props.get("generic") and id(m) not in parties and m.node_id not in made):
            continue
        k = m.start - 1
        while k >= 0 and m.start - k <= 5 and words[k] not in _DETERMINERS \
                and not any(c in view.gaps[k + 1] for c in ",;:()"):
            k -= 1  # modifiers of a generic noun: "the ten-year arrangement", "the company's
            # long-standing arrangement"
        if k < 0 or words[k] not in _DETERMINERS:
            k = m.start  # a name needs no determiner: "Under Busan's terms", "under AUKUS"
        cue = next((k - len(p) for p in cues.phrases
                    if k - len(p) >= 0 and tuple(words[k - len(p):k]) == p), None)
        if cue is None and tuple(words[:k]) in _OPENING_CUES:
            cue = 0  # "Through its arrangements with Kestrel, ...", "By this agreement, ..."
        if cue is None:
            continue
        if not m.props.get("generic"):
            return m
        if cue == 0 or "," in view.gaps[cue] or (words[cue - 1] == "and"
                                                 and "," in view.gaps[cue - 1]):
            return m  # "Under its deal with Kestrel, ...", "..., and under its deal with ..."
    return None


# words that frame a clause by the agreement right after them when they open the sentence
_OPENING_CUES = frozenset({("through",), ("by",), ("as", "part", "of"), ("pursuant", "to"),
                           ("in", "line", "with")})

_GOODS_ENDS = frozenset({"for", "in", "into", "at", "by", "used", "which", "that"})


def _generic_subjects(view: SentenceView, after: int) -> list[Mention]:
    """What a deal known by its kind provides: the goods of the clause that the comma after
    its phrase opens, up to a clause of another matter (", although delays ...")."""
    comma = next((j for j in range(after, len(view.words)) if "," in view.gaps[j]), None)
    if comma is None:
        return []
    stop = next((j for j in range(comma + 1, len(view.words)) if any(
        c in view.gaps[j] for c in ";:—") or ("," in view.gaps[j] and view.words[j] in (
            "but", "while", "whereas", "although", "though", "and"))), len(view.words))
    items = [m for m in view.of(Label.MATERIAL, Label.PRODUCT) if comma <= m.start < stop
             and m.form != "place"]
    if items:  # "magnets for the motors in its cars": what the goods are for is no term
        first = min(m.start for m in items)
        stop = next((j for j in range(first, stop) if view.words[j] in _GOODS_ENDS), stop)
    return [m for m in items if m.end <= stop]


def _subjects(view: SentenceView, after: int) -> list[Mention]:
    return [m for m in view.of(*_SUBJECTS) if m.start >= after and m.form != "place"]


_FRAMING = (("under",), ("as", "part", "of"), ("in", "line", "with"))


def _framed(view: SentenceView, m: Mention) -> bool:
    """"As part of the deal, ...", "... under the pact with Chile": a deal known only by its
    kind that a phrase sets as the frame of the clause it stands in."""
    words, k = view.words, m.start - 1
    while k >= 0 and m.start - k <= 4 and words[k] not in _DETERMINERS:
        k -= 1  # "as part of the wider trade deal"
    return k >= 0 and words[k] in _DETERMINERS and any(
        tuple(words[k - len(p):k]) == p for p in _FRAMING if k - len(p) >= 0)


def _measures_eased(ctx: ArticleContext) -> None:
    """A measure suspended, eased or lifted in a sentence that names an agreement ("China
    suspended its ban on gallium exports, the latest step in implementing the truce") is what
    the agreement addresses, with the items the measure restricts; so is one that a party of the
    agreement in focus eases a sentence or two after it is named ("China will suspend ...").
    A deal known only by its kind counts when a phrase frames the clause with it ("As part of
    the deal, Norway suspended its ban"; "That ban was lifted under the truce with Chile"):
    then only the measures of that clause."""
    easing = word_sets()["agreement_easing_words"]
    restricted: dict[int, list[Fact]] = {}
    for fact in ctx.facts:
        if fact.rel is RelType.RESTRICTS:
            restricted.setdefault(id(fact.source), []).append(fact)
    for view, focus in zip(ctx.sentences, in_focus(ctx), strict=True):
        named: dict[str, Mention] = {}
        framed: list[Mention] = []
        for m in view.of(Label.AGREEMENT):  # "the consensus reached at their meeting in
            if m.node_id and not m.props.get("absorbed") and m.props.get("generic") \
                    and _framed(view, m):
                framed.append(m)
            elif m.node_id and not m.props.get("generic") and not m.props.get("absorbed"):
                named.setdefault(m.node_id, m)  # Busan": one agreement named twice
        agreements = list(named.values())
        measures = view.of(Label.RESTRICTION)
        cue = next((k for k, w in enumerate(view.words) if w in easing), None)
        if not measures or cue is None:
            continue
        if not agreements and len(framed) == 1:
            low, high = min(framed[0].start, cue), max(framed[0].end, cue + 1)
            if any(c in view.gaps[k] for k in range(low + 1, high) for c in ";:—()"):
                continue  # "As part of the deal, A buys copper; B lifted its ban"
            start = max((k for k in range(cue) if any(c in view.gaps[k] for c in ";:—")
                         or (k > framed[0].end and "," in view.gaps[k])), default=0)
            stop = clause_stop(view, cue + 1)
            agreements = framed  # the measures of the clause the deal frames
            measures = [m for m in measures if start <= m.start < stop]
        if not agreements and focus is not None and focus[1] > 0 \
                and _party_eases(ctx, view, focus[0], cue):
            stop = clause_stop(view, cue + 1)  # the party's clause, not a later one
            agreements, measures = [focus[0]], [m for m in measures if cue < m.start < stop]
        elif len(agreements) != 1 or any(
                w in easing for w in view.words[max(0, agreements[0].start - 5):
                                                agreements[0].start]):
            continue  # "asked IREL to suspend the 2012 arrangement": the agreement is paused
        elif _other_clause(view, agreements[0], cue):
            continue  # "Kenya lifted its ban, and Vietnam signed an accord with Japan"
        agreement = agreements[0]
        for measure in measures:
            measure, said = _antecedent(ctx, view, measure)
            ctx.facts.append(Fact(RelType.ADDRESSES, agreement, measure, view.index,
                                  "frame:agreement-eases-measure", 0.7, view.text))
            for fact in restricted.get(id(measure), []):
                if fact.sentence == said and (said == view.index
                                              or not fact.origin.startswith("scorer:")):
                    ctx.facts.append(Fact(RelType.ADDRESSES, agreement, fact.target, view.index,
                                          "frame:agreement-eases-measure", 0.7, view.text))


def _other_clause(view: SentenceView, agreement: Mention, cue: int) -> bool:
    """The easing and the agreement stand in clauses of their own: a ";" or ":" between them, or
    ", and" opening a clause on a new subject ("..., and Vietnam signed an accord")."""
    low, high = min(agreement.start, cue), max(agreement.end, cue + 1)
    for k in range(low + 1, high):
        if any(c in view.gaps[k] for c in ";:"):
            return True
        if view.words[k] == "and" and "," in view.gaps[k] and any(
                m.start in (k + 1, k + 2) and m.label in _PARTIES
                and m.form not in ("demonym", "place") for m in view.mentions):
            return True
    return False


def _party_eases(ctx: ArticleContext, view: SentenceView, agreement: Mention, cue: int) -> bool:
    """"Japan said it would lift the controls" a sentence or two after the summit agreement is
    named: a party of the agreement in focus, as the clause's subject, eases the measure."""
    start = max((k for k in range(cue) if any(c in view.gaps[k] for c in ";:—")), default=0)
    subject = next((m for m in view.mentions if start <= m.start < cue and m.label in _PARTIES
                    and m.form not in ("anaphor", "place", "demonym")), None)
    if subject is None or cue - subject.end > 6 or view.words[cue].endswith(("ion", "ions")) \
            or any(w in _NEGATIONS for w in view.words[subject.end:cue]):
        return False  # "the suspensions expire" is no party easing a measure
    return is_party(ctx, subject, agreement)


_POINTING = frozenset({"that", "this", "the", "those", "these"})


def _antecedent(ctx: ArticleContext, view: SentenceView, measure: Mention) -> tuple[Mention, int]:
    """"That ban was suspended under the truce": a measure the sentence points back to, with no
    node of its own, is the last measure of its kind named a sentence or two before (and the
    sentence it was named in); a word that only refers ("That rule was suspended") takes the
    last measure of a named kind."""
    if measure.node_id or measure.start == 0 or view.words[measure.start - 1] not in _POINTING \
            or measure.kind in (None, "other"):
        return measure, view.index
    for index in range(view.index - 1, max(-1, view.index - 3), -1):
        earlier = [m for m in ctx.sentences[index].of(Label.RESTRICTION)
                   if m.node_id and (m.kind == measure.kind or (
                       measure.kind == "reference" and m.kind not in (None, "other")))]
        if earlier:
            return earlier[-1], index
    return measure, view.index


_AGREEMENT_WORDS = frozenset({"strategy", "initiative", "plan", "scheme", "programme", "program",
                              "act", "commitment", "term", "provision", "scope"})
_HEADING_WORDS = 8  # a line this short, with no closing stop, heads the lines after it


def _introduces_terms(view: SentenceView, focus: tuple[Mention, int] | None) -> Mention | None:
    """A line ending in ":" that speaks of the agreement in focus ("What the framework does:",
    "Under the MoU, the two companies intend to:"): the bullet lines after it (folded into
    it when short) are its terms."""
    colon = next((k for k, gap in enumerate(view.gaps) if ":" in gap), None)
    if focus is None or (colon is None and not view.text.rstrip().endswith(":")
                         and not _heading(view)):
        return None
    nouns = word_sets()["agreement_nouns"]
    head = view.words[:colon]
    if any(w in _NEGATIONS for w in head):
        return None  # "the statement never spelled out: rare earths"
    if any(w in nouns or w in _AGREEMENT_WORDS for w in head):
        return focus[0]
    return None


def _heading(view: SentenceView) -> bool:
    """A heading line ("COMMITMENTS OF CHINA", "Key terms"): short, with no closing stop."""
    text = view.text.rstrip()
    return 0 < len(view.words) <= _HEADING_WORDS and text[-1:] not in ".!?;,\"'”" \
        and not _BULLET.match(text) and "\n" not in text


_RELATIVE_TERMS = (("under", "which"), ("in", "which"), ("by", "which"), ("whereby",),
                   ("that", "include"), ("which", "include"), ("that", "included"),
                   ("which", "included"), ("that", "cover"), ("which", "cover"),
                   ("that", "covered"), ("which", "covered"))


def _relative_terms(ctx: ArticleContext) -> None:
    """"an agreement with Apple under which Apple commits $500 million to buy rare earth
    magnets", "a memorandum in which Malaysia undertook ...", "a partnership with MP that
    includes a price floor for NdPr oxide": what the relative clause names,
    up to the end of that clause, is what the agreement provides."""
    for view in ctx.sentences:
        words, n = view.words, len(view.words)
        agreements = [m for m in view.of(Label.AGREEMENT) if not m.props.get("absorbed")]
        for m in agreements:
            k = next((k for k in range(m.end, min(n, m.end + 9)) for p in _RELATIVE_TERMS
                      if tuple(words[k:k + len(p)]) == p), None)
            if k is None or clause_stop(view, m.end) <= k:
                continue
            stop = clause_stop(view, k + 1)
            for item in view.of(*_SUBJECTS):
                if k < item.start < stop and item.form not in ("anaphor", "place") \
                        and item.node_id:
                    ctx.facts.append(Fact(RelType.ADDRESSES, m, item, view.index,
                                          "frame:agreement-under-which", 0.7, view.text))


_PRONOUN_TERMS = (("under", "it"), ("under", "its", "term"), ("under", "their", "term"))


def _pronoun_terms(view: SentenceView, focus: tuple[Mention, int] | None) -> Mention | None:
    """The agreement named in the sentence before, when this one opens "Under it, ..." or
    "Under its terms, ..."."""
    if focus is None or focus[1] != 1 or not focus[0].node_id:
        return None
    words = view.words
    return focus[0] if any(tuple(words[:len(p)]) == p and len(words) > len(p)
                           and "," in view.gaps[len(p)] for p in _PRONOUN_TERMS) else None


_RETURN_OPENERS = (("in", "return"), ("in", "exchange"))
_FUNDS = frozenset({"fund", "money", "proceeds", "funding", "investment", "loan", "financing",
                    "capital", "grant"})
_FUNDS_USE = (("be", "used"), ("be", "spent"), ("go", "to"), ("go", "toward"), ("pay", "for"),
              ("fund",), ("finance",), ("support",))


def _return_terms(view: SentenceView, focus: tuple[Mention, int] | None) -> Mention | None:
    """The agreement named in the sentence before, when this one opens on what the other side
    gives back: "In return, Tarrow will supply terbium to Kestrel", "In exchange, the
    partners will have access to the plant's gallium"."""
    if focus is None or focus[1] != 1 or not focus[0].node_id:
        return None
    words = view.words
    return focus[0] if any(tuple(words[:2]) == p and len(words) > 2
                           and ("," in view.gaps[2] or words[2] == "for")
                           for p in _RETURN_OPENERS) else None


def _funds_terms(view: SentenceView, focus: tuple[Mention, int] | None,
                 before: SentenceView | None) -> Mention | None:
    """The agreement named in the sentence before, when this one opens on what its money is
    for: "By this agreement, Kestrel will provide funds to Tarrow. The funds will be used to
    expand terbium output"."""
    if focus is None or not focus[0].node_id or not (focus[1] == 1 or (
            focus[1] == 2 and before is not None
            and any(m.node_id == focus[0].node_id for m in before.of(Label.AGREEMENT)))):
        return None
    words = view.words
    return focus[0] if words[:1] == ["the"] and words[1:2] and words[1] in _FUNDS and any(
        tuple(words[k:k + len(p)]) == p for k in range(2, min(len(words), 5))
        for p in _FUNDS_USE) else None


def _leading_parties(view: SentenceView) -> list[Mention]:
    """"- Hyundai Motor and Kia, the carmakers, for 1,500 tonnes": the parties a bullet line of
    signed deals opens with."""
    lead = next((m for m in view.mentions if m.start == 0 and m.label in _PARTIES
                 and m.form not in ("place", "anaphor", "demonym") and m.node_id), None)
    if lead is None:
        return []
    if not lead.in_list:
        return [lead]
    return [m for m in view.mentions if m.group == lead.group and m.label in _PARTIES
            and m.form not in ("place", "anaphor", "demonym") and m.node_id]


def run(ctx: ArticleContext) -> None:
    _measures_eased(ctx)
    _relative_terms(ctx)
    listing: Mention | None = None  # the agreement whose terms the bullet lines list
    signed = False  # the line before the bullets says the deals were signed or agreed
    agree = word_sets()["agree_verbs"]
    parties = {id(f.target) for f in ctx.facts if f.rel is RelType.PARTY_TO}
    made = frozenset(f.target.node_id for f in ctx.facts
                     if f.rel is RelType.PARTY_TO and f.target.node_id)
    for view, focus in zip(ctx.sentences, in_focus(ctx), strict=True):
        if listing is not None and _BULLET.match(view.text):
            for item in _subjects(view, 0):
                ctx.facts.append(Fact(RelType.ADDRESSES, listing, item, view.index,
                                      "frame:agreement-terms-list", 0.7, view.text))
            known = listing.entry is not None and bool(listing.entry.parties)
            for party in _leading_parties(view) if signed and not known else []:
                ctx.facts.append(Fact(RelType.PARTY_TO, party, listing, view.index,
                                      "frame:agreement-bullet-party", 0.7, view.text))
            continue
        listing = None
        signed = not agree.singles.isdisjoint(view.words)
        agreement = _terms_agreement(view, parties, made) or _pronoun_terms(view, focus)
        returned = _return_terms(view, focus) if agreement is None else None
        funded = _funds_terms(view, focus, ctx.sentences[view.index - 1] if view.index
                              else None) if agreement is None else None
        if funded is not None:
            stop = next((j for j in range(len(view.words)) if any(
                c in view.gaps[j] for c in ";:—")), len(view.words))
            for item in view.of(Label.MATERIAL, Label.PRODUCT):
                if item.end <= stop and item.form not in ("place", "anaphor"):
                    ctx.facts.append(Fact(RelType.ADDRESSES, funded, item, view.index,
                                          "frame:agreement-funds-use", 0.7, view.text))
            continue
        if returned is not None:
            for item in _generic_subjects(view, 0):
                ctx.facts.append(Fact(RelType.ADDRESSES, returned, item, view.index,
                                      "frame:agreement-return-terms", 0.7, view.text))
            continue
        if agreement is None:
            listing = _introduces_terms(view, focus)
            colon = next((k for k, gap in enumerate(view.gaps) if ":" in gap), None)
            if listing is not None and colon is not None:
                for item in _subjects(view, colon):
                    ctx.facts.append(Fact(RelType.ADDRESSES, listing, item, view.index,
                                          "frame:agreement-terms-list", 0.7, view.text))
            if not view.text.rstrip().endswith(":") and not _heading(view):
                listing = None
            continue
        after = agreement.end if any(m is agreement for m in view.mentions) else 0
        items = _generic_subjects(view, after) if agreement.props.get("generic") \
            else _subjects(view, after)
        for item in items:
            ctx.facts.append(Fact(RelType.ADDRESSES, agreement, item, view.index,
                                  "frame:agreement-terms", 0.7, view.text))
        if view.text.rstrip().endswith(":"):
            listing = agreement
