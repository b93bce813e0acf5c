"""Lexicon mentions that the word after them extends: a company's legal form ("US Antimony
Corp") and an isotope's mass number ("lutetium-177")."""

from __future__ import annotations

from functools import cache

from rekg.extract.context import Mention, SentenceView
from rekg.extract.patterns import word_sets
from rekg.loaders.lexicon import Lexicon
from rekg.schema import Label, node_id


def legal_forms(view: SentenceView) -> None:
    """"US Antimony Corp": a lexicon company name followed by its legal form takes it in."""
    forms, low, tokens = word_sets()["legal_forms"], view.words, view.tokens
    starts = {m.start for m in view.mentions}
    for m in view.mentions:
        end = m.end
        if m.label is Label.ORGANIZATION and end < len(low) and low[end] in forms \
                and view.gaps[end] == "" and tokens[end].text[:1].isupper() and end not in starts:
            m.end = end + 1
            m.surface = view.span_text(m.start, end + 1)


def isotopes(view: SentenceView) -> None:
    """"Lutetium-177" and "ytterbium-176" are materials of their own, not the element."""
    low, tokens = view.words, view.tokens
    for k, m in enumerate(view.mentions):
        end = m.end
        if m.label is Label.MATERIAL and m.kind == "element" and end < len(low) \
                and view.gaps[end] == "-" and tokens[end].text.isdigit() \
                and 1 <= int(tokens[end].text) <= 300:
            name = f"{m.name}-{tokens[end].text}"
            view.mentions[k] = Mention(Label.MATERIAL, node_id(Label.MATERIAL, name), name,
                                       m.start, end + 1, view.span_text(m.start, end + 1),
                                       "open", kind="other")


def abbreviated_forms(view: SentenceView) -> None:
    """"Kestrel Magnetics Co. sells oxide": the full stop of an abbreviated legal form before a
    lower-case word ends no clause, so it parts the company from its verb no more than a space.
    A second form ("Co., Ltd.") or one in lower case ("Mining plc") joins the company's words."""
    forms, low, tokens = word_sets()["legal_forms"], view.words, view.tokens
    starts = {m.start for m in view.mentions}
    for m in view.mentions:
        if m.label is not Label.ORGANIZATION:
            continue
        end = m.end
        while end < len(low) and low[end] in forms and end not in starts and (
                (view.gaps[end] in (",", ".", ".,") and low[end - 1] in forms)
                or (view.gaps[end] == "" and tokens[end].text.islower())):
            end += 1
        if end > m.end:
            m.end, m.surface = end, view.span_text(m.start, end)
        if end < len(low) and low[end - 1] in forms and view.gaps[end] == "." \
                and tokens[end].text.islower():
            view.gaps[end] = ""


@cache  # once per pair of word sets, not once per sentence
def _joined(first: frozenset[str], second: frozenset[str]) -> frozenset[str]:
    return first | second


def opening_company_nouns(view: SentenceView) -> None:
    """"Startup Vireo Magnetics makes ...": the capital of the sentence's first word makes a
    company noun look like part of the name after it; the name starts after it."""
    sets, low = word_sets(), view.words
    nouns = _joined(sets["company_nouns"].singles, sets["appositive_company_nouns"].singles)
    suffixes = sets["org_suffixes"].singles
    for k, m in enumerate(view.mentions):
        if m.label is Label.ORGANIZATION and m.start == 0 and m.form == "rule" \
                and m.end > 1 and low[0] in nouns and view.gaps[1] == "" \
                and any(w not in suffixes for w in low[1:m.end]):
            name = view.span_text(1, m.end)
            view.mentions[k] = Mention(Label.ORGANIZATION, node_id(Label.ORGANIZATION, name),
                                       name, 1, m.end, name, m.form, props=m.props)


def ferro_alloys(view: SentenceView, lexicon: Lexicon) -> None:
    """"Ferroboron", "ferro-titanium": iron alloyed with an element the lexicon knows is an
    alloy of its own, whether or not the lexicon lists it."""
    if "erro" not in view.text:  # "ferro" or "Ferro": most sentences have neither
        return
    low = view.words
    taken = {k for m in view.mentions for k in range(m.start, m.end)}
    for k, word in enumerate(low):
        if not word.startswith("ferro") or k in taken:
            continue
        end = k + 1
        rest = word[5:]
        if not rest and end < len(low) and view.gaps[end] == "-":
            rest, end = low[end], end + 1
        surface = lexicon.surfaces.get((rest,))
        if surface is None or surface.entry.label is not Label.MATERIAL \
                or "symbol" not in surface.entry.properties:
            continue
        name = view.span_text(k, end).lower()
        view.mentions[:] = [m for m in view.mentions if not (k < m.end and m.start < end)]
        view.mentions.append(Mention(Label.MATERIAL, node_id(Label.MATERIAL, name), name, k,
                                     end, view.span_text(k, end), "open", kind="alloy"))
        taken.update(range(k, end))


def ambiguous_metals(view: SentenceView) -> None:
    """"Lead" is a metal only where the words say so: listed with other materials ("zinc, lead
    and copper", "lead and zinc concentrates") or after a verb of alloying ("alloyed with lead",
    "antimony hardens the lead"). Elsewhere it is a verb or a noun of another kind."""
    if "lead" not in view.text:  # the one such metal; most sentences name none
        return
    sets, low, gaps = word_sets(), view.words, view.gaps
    metals, alloying = sets["ambiguous_metals"].singles, sets["alloying_words"].singles
    n = len(low)
    material_ends = {m.end for m in view.mentions if m.label is Label.MATERIAL}
    material_starts = {m.start for m in view.mentions if m.label is Label.MATERIAL}
    taken = {k for m in view.mentions for k in range(m.start, m.end)}
    for k in range(n):
        if low[k] not in metals or k in taken or not view.tokens[k].text.islower() \
                or (k + 1 < n and gaps[k + 1] == "-"):
            continue
        listed = (gaps[k] == "," and k in material_ends) \
            or (k > 0 and low[k - 1] in ("and", "or") and k - 1 in material_ends) \
            or (k + 1 < n and gaps[k + 1] == "," and k + 1 in material_starts) \
            or (k + 2 < n and low[k + 1] in ("and", "or") and k + 2 in material_starts)
        before = low[max(0, k - 3):k]
        alloyed = any(w in alloying for w in before)
        if listed or alloyed:
            name = low[k]
            view.mentions.append(Mention(Label.MATERIAL, node_id(Label.MATERIAL, name), name, k,
                                         k + 1, view.tokens[k].text, "open", kind="element"))


def _element_word(lexicon: Lexicon, word: str, metals: frozenset[str] | set[str]) -> bool:
    """The word alone names a chemical element: a lexicon material with a symbol, or an
    ambiguous metal word ("lead")."""
    surface = lexicon.surfaces.get((word,))
    if surface is not None:
        return surface.entry.label is Label.MATERIAL and "symbol" in surface.entry.properties
    return word in metals


# "lutetium-yttrium oxyorthosilicate", "cobalt-nickel sulphate": a compound, not an alloy
_COMPOUND_ENDINGS = ("ate", "ide", "ite", "ates", "ides", "ites")


def element_alloys(view: SentenceView, lexicon: Lexicon) -> None:
    """"Platinum-iridium", "a lead-antimony alloy", "tin-silver solder": chemical elements
    joined by hyphens name one alloy, not each metal, unless the noun after them says where or
    how the metals occur together ("a copper-gold mine", "gold-antimony ore") or the lexicon
    names the whole ("samarium-cobalt magnets", "neodymium-praseodymium oxide")."""
    if "-" not in view.text:
        return
    sets, low, gaps = word_sets(), view.words, view.gaps
    heads, blockers = sets["alloy_heads"], sets["alloy_blockers"]
    metals = sets["ambiguous_metals"].singles
    n, k = len(low), 0
    while k < n - 2:
        if gaps[k + 1] != "-" or (k > 0 and gaps[k] == "-") \
                or not _element_word(lexicon, low[k], metals):
            k += 1
            continue
        end = k + 1
        while end < n and gaps[end] == "-" and low[end] not in low[k:end] \
                and _element_word(lexicon, low[end], metals):
            end += 1
        if end - k < 2 or (end < n and gaps[end] == "-") \
                or all(word in metals for word in low[k:end]):
            k = end
            continue
        nxt = low[end] if end < n and gaps[end].strip() == "" else ""
        inside = [m for m in view.mentions if k < m.end and m.start < end]
        if nxt in blockers or nxt.endswith(_COMPOUND_ENDINGS) or any(
                m.start <= k < m.end - 1 or m.start < k or m.end > end + 1
                or (m.end == end + 1 and nxt not in heads) for m in inside) \
                or (nxt not in heads and any(m.start == end for m in view.mentions)):
            k = end
            continue
        name = "-".join(low[k:end])
        if nxt in heads:
            name += " " + ("superalloy" if nxt.startswith("superalloy") else
                           nxt[:-1] if nxt.endswith("s") else nxt)
            end += 1
        view.mentions[:] = [m for m in view.mentions if not (k < m.end and m.start < end)]
        view.mentions.append(Mention(Label.MATERIAL, node_id(Label.MATERIAL, name), name, k,
                                     end, view.span_text(k, end), "open", kind="alloy"))
        k = end
