"""Part of the mention stage: measures named by verbs the lexicon cannot list alone, because
the same verb says something else elsewhere. "Gallium is controlled from August" licenses
exports, "controlled by the KIA" names an owner; "Congo suspended cobalt exports" bans them,
"China suspended its ban" pauses a measure (the modality stage reads that one)."""

from __future__ import annotations

from rekg.extract.acting_capitals import acting_capitals
from rekg.extract.context import Mention, SentenceView
from rekg.extract.patterns import WordSet, word_sets
from rekg.schema import Label


def _trigger(view: SentenceView, i: int, kind: str) -> None:
    view.mentions.append(Mention(Label.RESTRICTION, "", view.words[i], i, i + 1,
                                 view.tokens[i].text, "trigger", kind=kind,
                                 props={"verb": True}))


def passive_controls(view: SentenceView) -> None:
    """"Gallium and germanium are controlled from August 1", "graphite will now be strictly
    controlled": "controlled" after a form of "be" is a licensing verb; "controlled by" names
    an owner and "state-controlled" a company, not a measure."""
    low, sets = view.words, word_sets()
    if "controlled" not in low:
        return
    taken = {k for m in view.mentions for k in range(m.start, m.end)}
    for i, word in enumerate(low):
        if word != "controlled" or i in taken or view.gaps[i] == "-" \
                or (i + 1 < len(low) and low[i + 1] == "by"):
            continue
        k = i - 1
        while k >= 0 and low[k] in sets["passive_adverbs"]:
            k -= 1
        since = i + 1 < len(low) and low[i + 1] == "since"  # "the seven controlled since April"
        if k >= 0 and (low[k] in sets["be_verbs"] or since) and not any(
                w in sets["uncontrolled_subjects"] for w in low[max(0, k - 5):k]):
            _trigger(view, i, "export_licensing")


_PARTIES = (Label.COUNTRY, Label.ORGANIZATION)
_CONTROL_VERBS = frozenset({"control", "controls", "controlled", "controlling"})


def active_controls(view: SentenceView) -> None:
    """"China has controlled exports of gallium since 2023", "Beijing controls shipments of
    graphite": "control" with trade as its object licenses that trade; "controls 90% of
    refining" says who holds a market."""
    low, sets = view.words, word_sets()
    if _CONTROL_VERBS.isdisjoint(low):
        return
    taken = {k for m in view.mentions for k in range(m.start, m.end)}
    for i, word in enumerate(low):
        if word not in _CONTROL_VERBS or i in taken or view.gaps[i] == "-" or i == 0:
            continue
        k = i + 1
        while k < len(low) and low[k] in sets["filler"] and low[k] not in sets["trade_nouns"]:
            k += 1
        if k < len(low) and low[k] in sets["trade_exports"] and k not in taken \
                and low[i - 1] not in ("the", "a", "an", "its", "their", "of", "and", "'s") \
                and not _company_acts(view, i):
            _trigger(view, i, "export_licensing")


def _company_acts(view: SentenceView, i: int) -> bool:
    """"MP Materials stopped shipments to China": a company pausing its own sales imposes no
    measure, unless a government told it to ("India asked IREL to suspend exports")."""
    before = [m for m in view.mentions if m.end <= i and i - m.end <= 10
              and m.label in (Label.COUNTRY, Label.ORGANIZATION)]
    if not before:
        return False
    subject = max(before, key=lambda m: m.end)
    first = list_start(view, subject)
    told = any(w in word_sets()["directive_verbs"]
               for w in view.words[max(0, first.start - 3):first.start])
    return subject.label is Label.ORGANIZATION and (subject.kind == "company"
                                                    or subject.form == "rule") and not told


def _listed_next(view: SentenceView, m: Mention, forward: bool) -> Mention | None:
    """The country or organisation listed right after (or before) ``m``."""
    if forward:
        k = m.end
        k += 1 if k < len(view.words) and view.words[k] in ("and", "or") else 0
        if k == m.end and (k >= len(view.words) or "," not in view.gaps[k]):
            return None
        return next((x for x in view.mentions if x.start == k and x.label in _PARTIES), None)
    end = m.start - 1 if m.start > 0 and view.words[m.start - 1] in ("and", "or") else m.start
    if end == m.start and (m.start == 0 or "," not in view.gaps[m.start]):
        return None
    return next((x for x in view.mentions if x.end == end and x.label in _PARTIES), None)


def list_start(view: SentenceView, m: Mention) -> Mention:
    """The first of the countries or organisations listed with ``m`` ("Synopsys, Cadence
    and Siemens"): the list is grouped only after this stage."""
    while (before := _listed_next(view, m, False)) is not None:
        m = before
    return m


def directed(view: SentenceView, m: Mention) -> bool:
    """``m`` is an organisation a directive verb tells to act ("ordered Synopsys and Cadence
    to stop selling ...", "told IREL to stop exporting ..."): it carries out the measure of
    its "to" clause, which the one that tells it imposes."""
    if m.label is not Label.ORGANIZATION:
        return False
    first, last = list_start(view, m), m
    while (after := _listed_next(view, last, True)) is not None:
        last = after
    return "to" in view.words[last.end:last.end + 2] and not word_sets()[
        "directive_verbs"].isdisjoint(view.words[max(0, first.start - 2):first.start])


def trade_suspensions(view: SentenceView) -> None:
    """"Congo suspended cobalt exports", "a suspension of cobalt exports", "told IREL to stop
    exporting neodymium": a pausing verb or noun whose object is trade (not a measure, not
    work) stops that trade, so it is a ban."""
    low, sets = view.words, word_sets()
    if sets["trade_pause_words"].singles.isdisjoint(low):
        return
    taken = {k for m in view.mentions for k in range(m.start, m.end)}
    for i, word in enumerate(low):
        if word not in sets["trade_pause_words"] or i in taken:
            continue
        k = _past_goods(view, i + 1, ("of",), sets["trade_nouns"])
        if k < len(low) and (low[k] in sets["trade_exports"] or (
                view.tokens[i].text.lower() in ("stop", "stopped", "stops", "stopping")
                and low[k] in ("exporting", "selling", "shipping"))) and k not in taken \
                and not _company_acts(view, i):
            _trigger(view, i, "export_prohibition")


def trade_cutoffs(view: SentenceView) -> None:
    """"Beijing cut off rare earth supplies to Tokyo", "China choked off exports of antimony",
    "Beijing cut off gallium to the US":
    a government that ends a flow of trade bans it; "floods in Myanmar cut off supplies" (a
    scene, not an actor) and a company cutting off its own sales impose nothing."""
    low, sets = view.words, word_sets()
    if "off" not in low:
        return
    taken = {k for m in view.mentions for k in range(m.start, m.end)}
    for start, end in sets["trade_cutoff_verbs"].spans(low):
        if start in taken or not _government_acts(view, start):
            continue
        k = _past_goods(view, end, ("of",), sets["cutoff_trade_words"])
        if (k < len(low) and k not in taken and low[k] in sets["cutoff_trade_words"]) \
                or _goods_sent_to(view, end):
            _trigger(view, start, "export_prohibition")


def _goods_sent_to(view: SentenceView, start: int) -> bool:
    """Goods (a list of them) right after the verb, then "to" and a country or body: "cut off
    tellurium, indium and bismuth to Japan" ends their flow to that buyer."""
    low = view.words
    ends = {m.start: m.end for m in view.mentions if m.label in (Label.MATERIAL, Label.PRODUCT)}
    k = start
    while k in ends or (start < k < len(low) and low[k] in ("and", "or") and k + 1 in ends):
        k = ends.get(k, k + 1)
    if k == start or k + 2 >= len(low) or low[k] != "to" or view.gaps[k] or view.gaps[k + 1]:
        return False
    buyer = next((m for m in view.mentions if m.start in (k + 1, k + 2)), None)
    return buyer is not None and buyer.label in (Label.COUNTRY, Label.ORGANIZATION)


def trade_caps(view: SentenceView) -> None:
    """"Beijing capped antimony exports at 10,000 tonnes", "caps on tungsten mining": a cap
    whose object is trade or output sets a quota; a company capping its own output sets none."""
    low, sets = view.words, word_sets()
    if sets["cap_words"].singles.isdisjoint(low):
        return
    taken = {k for m in view.mentions for k in range(m.start, m.end)}
    for i, word in enumerate(low):
        if word not in sets["cap_words"] or i in taken \
                or (i > 0 and low[i - 1] in sets["cap_not_after"]):
            continue
        k = _past_goods(view, i + 1, ("of", "on", "for"), sets["capped_trade_words"])
        if k < len(low) and low[k] in sets["capped_trade_words"] and k not in taken \
                and not _company_acts(view, i):
            _trigger(view, i, "export_quota")


def _past_goods(view: SentenceView, k: int, links: tuple[str, ...], nouns: WordSet) -> int:
    """The index of the word after the fillers, ``links`` and goods (a whole list of them) that
    follow ``k``: where "exports" stands in "suspended all cobalt and nickel exports"."""
    low, filler = view.words, word_sets()["filler"]
    while k < len(low) and (low[k] in filler or low[k] in links) and low[k] not in nouns:
        k += 1
    items = [m for m in view.mentions if m.label in (Label.MATERIAL, Label.PRODUCT)]
    item = next((m for m in items if m.start == k), None)
    if item is not None:
        k = max(m.end for m in items if m is item or 0 <= item.group == m.group)
    return k


def _government_acts(view: SentenceView, i: int) -> bool:
    """The verb at ``i`` has a country or a government body as its subject, close before it."""
    before = [m for m in view.mentions if m.end <= i and i - m.end <= 3
              and m.label in (Label.COUNTRY, Label.ORGANIZATION)]
    if not before:
        return False
    subject = max(before, key=lambda m: m.end)
    scene = subject.start > 0 and view.words[subject.start - 1] in word_sets()["scene_prepositions"]
    return not scene and not _company_acts(view, i)


def run(view: SentenceView) -> None:
    passive_controls(view)
    active_controls(view)
    trade_suspensions(view)
    trade_cutoffs(view)
    trade_caps(view)
    acting_capitals(view)


__all__ = ["directed", "list_start", "run"]
