"""Sentences that leave their subject unsaid take the goods in focus: under a line that only
names a material ("Tellurium."), or after a sentence that opens with one, "Recovered mainly from
copper refining." and "Used in solar panels." speak of that material.

The unsaid subject becomes a mention of no width before the sentence's first word, so that the
relation patterns read the sentence as they read "Tellurium is recovered mainly from ...".
Only a sentence that opens with a participle of use or making (``focus_participles``) or a verb
of need (``focus_verbs``: a line of a list under its goods), perhaps after an adverb
(``focus_adverbs``), is read so, and only when the focus is one material or
product, or one list of them, that opened the sentence before in the same paragraph or that
was the whole of a short line before, or the only goods the sentence before named.

A share that opens a sentence as the subject of a phrase of use or making, naming no goods of
its own ("Most goes into chips.", "Nearly all of the world's supply is made in China."), is of
the one material or product the sentence before (in the same paragraph) is about; it becomes a
mention of those goods, as "most of it" would. So is a share that opens a clause after a
semicolon, of the goods the first clause's share named ("Most of the cobalt goes into
batteries; the rest goes into superalloys").

An output of no one that opens a sentence ("Output of NdPr oxide rose 20%.") is that of the
company the sentence before opened with, as an unsaid owner before the output noun that the
scorer reads as it reads "Lynas production of NdPr oxide".

An output noun standing alone in a sentence that names a producer and no goods ("China accounts
for 98% of production.", "Refining is concentrated in China.") is of the one material or
product the sentence before opened with: an unsaid mention of it stands before the noun.
"""

from __future__ import annotations

from rekg.extract.context import ArticleContext, Mention, SentenceView
from rekg.extract.focus import covered, refer_all
from rekg.extract.joined_predicates import run as joined_predicates
from rekg.extract.patterns import word_sets
from rekg.extract.use_subject import phrase_end
from rekg.schema import Label

_GOODS = (Label.MATERIAL, Label.PRODUCT)
_SUBJECT_OPENERS = frozenset({"the", "it", "its", "they", "their", "these", "those", "this",
                              "such", "many", "most", "some", "all", "we", "he", "she"})
_HEADING = 4  # words at most on a line that only names the goods it introduces
_GROUP = 9000  # groups of the lists this stage copies, apart from those of earlier stages


def _opens_unsaid(view: SentenceView) -> bool:
    sets = word_sets()
    low = view.words
    at = 1 if low[:1] and low[0] in sets["focus_adverbs"] else 0
    if len(low) <= at + 2 or (low[at] not in sets["focus_participles"]
                              and low[at] not in sets["focus_verbs"]) or any(
            view.gaps[1:at + 2]) or any(m.start <= at + 1 for m in view.mentions):
        return False  # "Used batteries contain ...": the participle qualifies a noun
    # "Made in China, the magnets ...": the participle's clause comes before a subject
    return not any(view.gaps[k] == "," and low[k] in _SUBJECT_OPENERS for k in range(at, len(low)))


def _opener(view: SentenceView) -> list[Mention]:
    """The goods ``view`` opens with, or all it names when it is a short line of goods only."""
    first = min((m for m in view.mentions if m.form != "place"), key=lambda m: m.start,
                default=None)
    if first is None or first.label not in _GOODS or first.start > 1:
        return []
    return _focus(view, False)


def _focus(view: SentenceView, heading_only: bool) -> list[Mention]:
    """The goods ``view`` is about: all it names when it is a short line naming only goods,
    else (unless ``heading_only``) the goods or the one list of goods it opens with."""
    mentions = [m for m in view.mentions if m.form != "place"]
    if not mentions:
        return []
    first = min(mentions, key=lambda m: m.start)
    if first.label not in _GOODS or first.start > 1:
        named = {m.node_id: m for m in mentions if m.label in _GOODS}
        # "China dominates the supply of antimony.": the only goods the sentence names
        return list(named.values()) if len(named) == 1 and not heading_only else []
    same = [m for m in mentions if m is first or (first.group >= 0 and m.group == first.group)]
    if len(view.words) <= _HEADING and len(same) == len(mentions) and first.start == 0 \
            and max(m.end for m in same) == len(view.words):  # "Tellurium", not "X prices rose"
        return same
    if heading_only or len({m.node_id for m in same}) != len(same):
        return []
    return same


_BE = frozenset({"is", "are", "was", "were"})
_WORLD = frozenset({"the", "world", "'s", "global", "world's"})
_SUPPLY = frozenset({"supply", "output", "production"})


def _share_end(view: SentenceView, start: int = 0) -> int:
    """"Most goes into chips", "Nearly all of the world's supply is made in China": the end of
    a share that opens the sentence (or the clause at ``start``) as the subject of a phrase of
    use or making and names no goods of its own, else -1."""
    sets = word_sets()
    low, n = view.words, len(view.words)
    k = start
    while k < min(start + 3, n) and low[k] in sets["unsaid_share_leads"]:
        k += 1
    if k >= n or low[k] not in sets["unsaid_share_heads"]:
        return -1
    end = k + 1
    if end < n and low[end] == "of":  # "of the world's supply", not "of the magnets"
        j = end + 1
        while j < n and low[j] in _WORLD:
            j += 1
        if j >= n or low[j] not in _SUPPLY:
            return -1
        end = j + 1
    if end >= n or any(g not in ("", "-") for g in view.gaps[start + 1:end + 1]) \
            or any(covered(view, j) for j in range(start, end)):
        return -1
    verb = end + 1 if low[end] in sets["focus_adverbs"] else end
    if verb >= n:  # "Most often.": no verb after the adverb
        return -1
    if phrase_end(view, verb, sets["used_in"]) > 0 or (
            low[verb] == "come" and low[verb + 1:verb + 2] == ["from"]):
        return end
    if low[verb] in _BE:
        verb += 1 + (verb + 1 < n and low[verb + 1] in sets["focus_adverbs"])
        if verb < n and low[verb] in sets["unsaid_share_made"]:
            return end
    return -1


_SHARE_WORDS = frozenset({"of", "the", "three", "four", "fifth", "tenth"})


def _clause_shares(view: SentenceView) -> None:
    """A share that opens a clause after a semicolon with no goods of its own is of the goods
    the first clause's share named: "About three-quarters of the gallium went into chips;
    about one-quarter went into LEDs"."""
    sets = word_sets()
    low = view.words
    lead = sets["unsaid_share_leads"] | sets["unsaid_share_heads"] | _SHARE_WORDS
    first = min((m for m in view.mentions if m.label in _GOODS), key=lambda m: m.start,
                default=None)
    if first is None or "of" not in low[:first.start] \
            or not all(w in lead for w in low[:first.start]):
        return
    for start in range(first.end, len(low)):
        if ";" in view.gaps[start] and (end := _share_end(view, start)) > 0:
            refer_all([first], view, start, end, _GROUP, elided=True)


def _shares(ctx: ArticleContext) -> None:
    """A share that opens a sentence with no goods of its own is of the goods in focus, when
    the paragraph named them before it."""
    for k, view in enumerate(ctx.sentences):
        _clause_shares(view)
        end = _share_end(view) if k else -1
        before = ctx.sentences[k - 1]
        if end > 0 and before.paragraph == view.paragraph:
            focus = _focus(before, False)
            if len(focus) == 1:  # "Gallium and germanium ... Most goes into": which one?
                refer_all(focus, view, 0, end, _GROUP - 1 - k, elided=True)


_PRODUCERS = (Label.ORGANIZATION, Label.COUNTRY)  # no output of no one when one is named
_NOT_OWN = frozenset({"global", "world", "mine", "mined", "domestic"})


def _opens_output(view: SentenceView) -> bool:
    """"Output of NdPr oxide rose", "Quarterly production of concentrate reached": an output
    noun of no one opens the sentence and no producer is named in it."""
    sets = word_sets()
    low = view.words
    at = 1 if low[:1] and low[0] in sets["output_adjectives"] and low[0] not in _NOT_OWN else 0
    return len(low) > at + 2 and low[at] in sets["own_output_nouns"] and low[at + 1] == "of" \
        and not any(view.gaps[1:at + 2]) and not any(m.label in _PRODUCERS
                                                       for m in view.mentions)


def _producer_focus(view: SentenceView) -> Mention | None:
    """The one company that opens ``view`` as its subject."""
    mentions = [m for m in view.mentions if m.form != "place"]
    first = min(mentions, key=lambda m: m.start, default=None)
    # a country that opens a sentence about tariffs is no producer of the output that follows
    if first is None or first.start > 0 or first.label is not Label.ORGANIZATION \
            or first.group >= 0:
        return None
    return first


def _outputs(ctx: ArticleContext) -> None:
    """"Lynas runs a plant in Kuantan. Output of NdPr oxide rose 20%.": the output is that of
    the company the sentence before, in the same paragraph, opened with."""
    for k, view in enumerate(ctx.sentences):
        if k == 0 or not _opens_output(view):
            continue
        before = ctx.sentences[k - 1]
        owner = _producer_focus(before) if before.paragraph == view.paragraph else None
        if owner is not None:
            view.mentions.append(Mention(owner.label, owner.node_id, owner.name, 0, 0, "",
                                         "anaphor", kind=owner.kind, entry=owner.entry,
                                         props={**owner.props, "unsaid": True}))


def _bare_outputs(view: SentenceView) -> list[int]:
    """"China accounts for 98% of production", "Refining is concentrated in China": the output
    nouns of a sentence that names a producer and no goods, standing alone (at the start, or
    after "of", "global", "most", ...), with no goods of their own after them."""
    sets = word_sets()
    nouns, leads = sets["unsaid_output_nouns"], sets["unsaid_output_leads"]
    low = view.words
    # a share the coreference stage read as the latest goods ("98%") names no goods itself
    if any(m.label in _GOODS and not m.props.get("elided") for m in view.mentions) or not any(
            m.label in _PRODUCERS for m in view.mentions):
        return []
    follows = sets["unsaid_output_follows"]
    return [k for k, word in enumerate(low) if word in nouns and not covered(view, k)
            and (k == 0 or (low[k - 1] in leads and not view.gaps[k]
                            and (low[k - 1] != "'s" or low[k - 2:k - 1] == ["world"])))
            and (k + 1 == len(low) or view.gaps[k + 1] or low[k + 1] in follows)]


def _unsaid_goods(ctx: ArticleContext) -> None:
    """The bare output nouns of a sentence are of the one material or product the sentence
    before (in the same paragraph) is about: an unsaid mention of it stands before each."""
    for k, view in enumerate(ctx.sentences):
        at = _bare_outputs(view) if k else []
        before = ctx.sentences[k - 1]
        focus = _opener(before) if at and before.paragraph == view.paragraph else []
        if len(focus) != 1:
            continue
        view.mentions[:] = [x for x in view.mentions
                            if not (x.label in _GOODS and x.props.get("elided"))]
        for i in at:
            m = focus[0]
            view.mentions.append(Mention(m.label, m.node_id, m.name, i, i, "", "anaphor",
                                         kind=m.kind, entry=m.entry,
                                         props={**m.props, "unsaid": True}))


def _company_focus(view: SentenceView, heading_only: bool) -> Mention | None:
    """The one company a short line names and nothing else ("Lynas Rare Earths"), or (unless
    ``heading_only``) that opens ``view`` as its subject."""
    mentions = [m for m in view.mentions if m.form != "place"]
    if len(mentions) == 1 and mentions[0].label is Label.ORGANIZATION \
            and mentions[0].start == 0 and mentions[0].end == len(view.words):
        return mentions[0]
    return None if heading_only else _producer_focus(view)


def _companies(ctx: ArticleContext) -> None:
    """"Lynas Rare Earths" / "Operates a separation plant in Malaysia.": a line that opens with
    a verb of making or running in the third person (``focus_company_verbs``), with no subject,
    is about the company of the heading line before it, or of the sentence before it in the
    same paragraph."""
    verbs = word_sets()["focus_company_verbs"]
    for k, view in enumerate(ctx.sentences):
        low = view.words
        if k == 0 or len(low) < 3 or low[0] not in verbs \
                or not view.tokens[0].text.lower().endswith("s") or covered(view, 0):
            continue
        before = ctx.sentences[k - 1]
        owner = _company_focus(before, before.paragraph != view.paragraph)
        if owner is not None:
            view.mentions.append(Mention(owner.label, owner.node_id, owner.name, 0, 0, "",
                                         "anaphor", kind=owner.kind, entry=owner.entry,
                                         props={**owner.props, "unsaid": True}))


def run(ctx: ArticleContext) -> None:
    _shares(ctx)
    _outputs(ctx)
    _unsaid_goods(ctx)
    _companies(ctx)
    joined_predicates(ctx)
    group = _GROUP
    for k, view in enumerate(ctx.sentences):
        if k == 0 or not _opens_unsaid(view):
            continue
        before = ctx.sentences[k - 1]
        focus = _focus(before, before.paragraph != view.paragraph)
        for m in focus:
            copy = Mention(m.label, m.node_id, m.name, 0, 0, "", "anaphor", kind=m.kind,
                           entry=m.entry, props={**m.props, "unsaid": True})
            if len(focus) > 1:
                copy.group = group
            view.mentions.append(copy)
        group += 1
