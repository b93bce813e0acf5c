"""Part of the agreements stage: the parties named after "with".

"an agreement with South Korea's JS Link", "a joint venture with the US Department of War and
Saudi Arabia's Maaden": the party is the organisation, and the country before it only says where
that organisation is. "Sojitz agreed with Australian miner Lynas on a supply arrangement": both
the one who agreed and the one agreed with are parties of the agreement that follows. A named
agreement whose name opens with a party ("Quad Critical Minerals Initiative", "France 2030")
is that party's. "Norway ..., and in 2023 it signed a partnership with the EU": "it" is the
party the sentence opens on.
"""

from __future__ import annotations

from rekg.extract.context import ArticleContext, Fact, Mention, SentenceView
from rekg.extract.patterns import word_sets
from rekg.loaders.text import norm_phrase
from rekg.schema import Label, RelType

_PARTIES = (Label.COUNTRY, Label.ORGANIZATION)
_BREAKS = (",", ";", ":", "(", "—")
_SKIP = frozenset({"the", "a", "an", "its", "their"})


def _clear(view: SentenceView, start: int, end: int) -> bool:
    """No clause or list punctuation and no "and" between positions ``start`` and ``end``."""
    return all(not any(c in view.gaps[k] for c in _BREAKS) for k in range(start + 1, end)) \
        and "and" not in view.words[start:end]


def _head(view: SentenceView, party: Mention) -> Mention:
    """The organisation a country describes: "South Korea's JS Link", "the US Department of
    War", "Saudi Arabia's state-owned miner Maaden" (up to four words between)."""
    if party.label is not Label.COUNTRY:
        return party
    org = next((x for x in view.mentions if x.label is Label.ORGANIZATION
                and party.end <= x.start <= party.end + 4), None)
    if org is None or not _clear(view, party.end - 1, org.start + 1) or any(
            t.text[:1].isupper() for t in view.tokens[party.end:org.start]):
        return party
    return org


def _with_list(view: SentenceView, after: int) -> tuple[list[tuple[Mention, Mention]], int]:
    """The parties listed right after position ``after`` ("with"), each as (as named, head),
    and where the list ends."""
    found: list[tuple[Mention, Mention]] = []
    k = _past_kind(view, after + 1)
    while k < len(view.words):
        while k < len(view.words) and view.words[k] in _SKIP:
            k += 1
        party = next((x for x in view.mentions if x.start == k and x.label in _PARTIES
                      and x.form not in ("anaphor", "place")), None)
        if party is None or (found and party.form == "demonym"):
            break  # "with Shenghe, the Chinese processor": an apposition, not a second party
        head = _head(view, party)
        found.append((party, head))
        k = head.end
        if k < len(view.words) and view.words[k] == "and" and "," not in view.gaps[k]:
            k += 1
        elif k < len(view.words) and view.gaps[k].strip() == ",":
            continue
        else:
            break
    return found, (found[-1][1].end if found else after)


def _past_kind(view: SentenceView, k: int) -> int:
    """Past the kind of party a list names after "with": "with buyers including Hyundai",
    "with lenders such as the AFC" (one or two plain words, then the opener)."""
    openers = word_sets()["party_list_openers"]
    for j in range(k + 1, min(k + 3, len(view.words))):
        size = openers.longest_at(view.words, j)
        if size and all(view.tokens[i].text.islower() for i in range(k, j)) \
                and not any(c in view.gaps[i] for i in range(k + 1, j + 1) for c in ";:()") \
                and not any(x.start < j and x.end > k for x in view.mentions):
            return j + size
    return k


def _agreements(view: SentenceView) -> list[Mention]:
    return [m for m in view.of(Label.AGREEMENT) if m.node_id and not m.props.get("absorbed")]


def _replace(ctx: ArticleContext, view: SentenceView, named: Mention, head: Mention,
             agreement: Mention, origin: str) -> None:
    if named is not head:  # the country only places the organisation
        ctx.facts[:] = [f for f in ctx.facts if not (
            f.rel is RelType.PARTY_TO and f.sentence == view.index and f.source is named
            and f.target.node_id == agreement.node_id)]
    ctx.facts.append(Fact(RelType.PARTY_TO, head, agreement, view.index, origin, 0.7,
                          view.text))


def _subject(view: SentenceView, verb: int) -> Mention | None:
    """The party that agreed: "Sojitz said it had agreed with ..." (up to four words back)."""
    before = [x for x in view.mentions if x.label in _PARTIES and x.end <= verb
              and verb - x.end <= 4 and x.form not in ("anaphor", "place")]
    if not before or not _clear(view, before[-1].end - 1, verb + 1):
        return None
    return _head(view, before[-1]) if before[-1].label is Label.COUNTRY else before[-1]


_BEFORE_NOUN = frozenset({"a", "an", "the", "its", "their", "new", "separate", "further",
                          "second", "first", "another", "similar", "$", "million", "billion"})
_RELATIVE = frozenset({"which", "that", "who", "also", "already", "now", "recently", "since",
                       "previously", "jointly", "later", "earlier", "itself", "then", "has",
                       "have", "had", "will", "would"})


def _holder(view: SentenceView, m: Mention) -> Mention | None:
    """The party that has or made an agreement "with" another: "Syrah, which has an offtake
    agreement with Tesla", "Norway also signed a strategic partnership with the EU"."""
    words, sets = view.words, word_sets()
    modifiers, holds = sets["agreement_modifiers"].phrases, sets["agreement_holder_verbs"]
    goods = {k for x in view.of(Label.MATERIAL, Label.PRODUCT) for k in range(x.start, x.end)}
    k = m.start - 1
    while k >= 0 and m.start - k <= 6 and (words[k] in _BEFORE_NOUN or (words[k],) in modifiers
                                           or k in goods or words[k].replace(".", "").isdigit()
                                           or view.gaps[k + 1] == "-"):
        if any(c in view.gaps[k + 1] for c in _BREAKS):
            return None
        k -= 1
    if k < 0 or any(c in view.gaps[k + 1] for c in _BREAKS):
        return None
    verb = k - 1 if k > 0 and (words[k - 1], words[k]) in holds.phrases else k
    if (words[verb],) not in holds.phrases and verb == k:
        return None
    j = verb - 1
    while j >= 0 and verb - j <= 4 and words[j] in _RELATIVE:
        j -= 1
    if j > 0 and words[j] == "and" and "," in view.gaps[j]:
        j = -1  # "Syrah operates a plant in Louisiana, and has an agreement with Tesla"
    if j >= 0 and words[j] == "it":
        return _opening_subject(view)  # "Norway ..., and in 2023 it signed a partnership with"
    party = next((x for x in view.mentions if x.end == j + 1 and x.label in _PARTIES
                  and x.form != "place"), None) if j >= 0 else next(
        (x for x in view.mentions if x.start == 0 and x.label in _PARTIES
         and x.form not in ("place", "anaphor", "demonym")), None)
    if party is None or any(c in view.gaps[g] for g in range(j + 1, verb + 1)
                            for c in _BREAKS if c != ","):
        return None
    return party


def _opening_subject(view: SentenceView) -> Mention | None:
    """The party the sentence opens on, which a later "it" goes back to."""
    k = 1 if view.words[0] in ("the",) else 0
    return next((x for x in view.mentions if x.start == k and x.label in _PARTIES
                 and x.form not in ("place", "anaphor", "demonym")), None)


_SIGN_GAP = frozenset({"has", "have", "had", "also", "jointly", "today", "formally", "will",
                       "would", "on", "recently", "then"})


def _co_signers(ctx: ArticleContext) -> None:
    """"Tau-Ken Samruk and the American company Cove Kaz signed an agreement": the party before
    "and" signed too, though a description stands between the two."""
    agree = word_sets()["agree_verbs"]
    for fact in list(ctx.facts):
        if fact.rel is not RelType.PARTY_TO:
            continue
        view, signer = ctx.sentences[fact.sentence], fact.source
        if signer not in view.mentions or signer.in_list:
            continue
        words, k = view.words, signer.end
        while k < len(words) and words[k] in _SIGN_GAP and k - signer.end < 2:
            k += 1
        if k >= len(words) or words[k] not in agree:
            continue
        j = signer.start - 1
        while j > 0 and signer.start - j <= 4 and words[j] != "and" \
                and (view.tokens[j].text.islower() or any(
                    x.form == "demonym" and x.start <= j < x.end for x in view.mentions)):
            j -= 1
        if j <= 0 or words[j] != "and" or j == signer.start - 1 or "," in view.gaps[j]:
            continue
        legal = word_sets()["legal_forms"].phrases
        ends = {j, j - 1} if (words[j - 1],) in legal else {j}  # "Tau-Ken Samruk JSC and"
        other = next((x for x in view.mentions if x.end in ends and x.label in _PARTIES
                      and x.form not in ("place", "anaphor", "demonym")), None)
        if other is not None:
            ctx.facts.append(Fact(RelType.PARTY_TO, other, fact.target, fact.sentence,
                                  "frame:co-signer", 0.7, fact.evidence))


def run(ctx: ArticleContext) -> None:
    _name_parties(ctx)
    _co_signers(ctx)
    agree = word_sets()["agree_verbs"]
    for view in ctx.sentences:
        words = view.words
        for m in _agreements(view):
            end = m.end + 2 if words[m.end:m.end + 2] == ["of", "understanding"] else m.end
            if end < len(words) and words[end] == "with" and "," not in view.gaps[end]:
                listed = _with_list(view, end)[0]
                for named, head in listed:
                    _replace(ctx, view, named, head, m, "frame:agreement-with-party")
                holder = _holder(view, m) if listed else None
                if holder is not None and all(holder.node_id != h.node_id for _, h in listed):
                    ctx.facts.append(Fact(RelType.PARTY_TO, holder, m, view.index,
                                          "frame:holder-of-agreement-with", 0.7, view.text))
        for verb, word in enumerate(words[:-1]):
            if word not in agree or words[verb + 1] != "with":
                continue
            listed, stop = _with_list(view, verb + 1)
            target = next((m for m in _agreements(view) if stop <= m.start <= stop + 6
                           and _clear(view, stop - 1, m.start)), None)
            if not listed or target is None:
                continue
            for named, head in listed:
                _replace(ctx, view, named, head, target, "frame:agreed-with-party")
            subject = _subject(view, verb)
            if subject is not None:
                ctx.facts.append(Fact(RelType.PARTY_TO, subject, target, view.index,
                                      "frame:agreed-with-party", 0.7, view.text))


def _name_parties(ctx: ArticleContext) -> None:
    """"the Quad Critical Minerals Initiative": a party the article names opens the name (its
    name or alias, not a capital or demonym: "Washington consensus" says where)."""
    named = {m.node_id for v in ctx.sentences for m in v.mentions}
    for view in ctx.sentences:
        for m in view.of(Label.AGREEMENT):
            if m.form == "trigger" or m.props.get("absorbed") or m.end - m.start < 2 \
                    or not view.tokens[m.start].text[:1].isupper() \
                    or view.span_text(m.start, m.end).isupper() \
                    or (m.start + 1 < m.end and view.gaps[m.start + 1] == "-"):
                continue  # hyphen-joined parties are the hyphen frame's
            for size in range(min(3, m.end - m.start - 1), 0, -1):
                surface = ctx.lexicon.surfaces.get(norm_phrase(view.span_text(m.start,
                                                                              m.start + size)))
                if surface is None or surface.form not in ("name", "alias") \
                        or surface.entry.label not in _PARTIES or surface.entry.id not in named:
                    continue
                party = Mention(surface.entry.label, surface.entry.id, surface.entry.name,
                                m.start, m.start, "", "lexicon", entry=surface.entry)
                ctx.facts.append(Fact(RelType.PARTY_TO, party, m, view.index,
                                      "frame:party-opens-name", 0.7, view.text))
                break
