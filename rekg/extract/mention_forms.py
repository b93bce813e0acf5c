"""Lexicon mentions that the word after them extends: a company's legal form ("US Antimony
Corp") and an isotope's mass number ("lutetium-177")."""

from __future__ import annotations

from rekg.extract.context import Mention, SentenceView
from rekg.extract.patterns import word_sets
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
