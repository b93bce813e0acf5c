"""A country that qualifies the company after it names no trade party: in "sells gallium to
French carmaker Renault" or "buys magnets from Japan's Shin-Etsu" the buyer or seller is the
company, the country says where it is from. A supply read to or from such a country is also
read to or from the company; a party to an agreement read at such a country is the company
("offtake agreements with Hyundai, and with the German supplier Schaeffler"), or the country's
public body as well as the country ("with Australia's Critical Minerals Office under ...")."""

from __future__ import annotations

from dataclasses import replace

from rekg.extract.context import Fact, Mention, SentenceView
from rekg.extract.patterns import word_sets
from rekg.schema import Label, RelType

_DESCRIBING = 3  # words between the country and the company: "Japanese trading house"


def qualified(view: SentenceView, m: Mention, any_describing: bool = False) -> Mention | None:
    """The company right after country ``m`` that ``m`` qualifies: "Japan's Sojitz", "French
    carmaker Renault", "Japanese trading house Sojitz"; None when ``m`` stands alone."""
    if m.label is not Label.COUNTRY:
        return None
    words, sets = view.words, word_sets()
    company = next((o for o in view.mentions if o.label is Label.ORGANIZATION
                    and m.end <= o.start <= m.end + _DESCRIBING), None)
    if company is None or any(view.gaps[k] not in ("", "'", "’")
                              for k in range(m.end, company.start + 1)):
        return None
    between = words[m.end:company.start]
    # "Japan's Sojitz", "the Philippines' Vessen Mining" (the bare apostrophe is a gap, no word)
    if between == ["'s"] or (not between and view.gaps[company.start] in ("'", "’")):
        return company
    heads, mods = sets["company_nouns"] | sets["qualifier_heads"], sets["qualifier_words"]
    return company if m.form == "demonym" and between and between[-1] in heads and all(
        w in heads or w in mods or w in sets["apposition_mods"]
        or (any_describing and w.isalpha()) for w in between) else None


def _public_body(m: Mention) -> bool:
    bodies = word_sets()["public_body_words"]
    return any(w.lower() in bodies for w in m.surface.split())


def qualified_parties(view: SentenceView, facts: list[Fact]) -> list[Fact]:
    """The facts, and for a supply read to or from a country that qualifies a company, the
    same supply to or from the company (the country's stays: gold often counts both)."""
    out = list(facts)
    for i, f in enumerate(facts):
        if f.rel is RelType.PARTY_TO and f.sentence == view.index:
            company = qualified(view, f.source, any_describing=True)
            if company is None:
                continue
            if f.source.form != "demonym" and _public_body(company):
                out.append(replace(f, source=company))  # "Australia's Critical Minerals Office"
            else:  # "with the German supplier Schaeffler": the company signs, not Germany
                out[i] = replace(f, source=company)
                # "of China's Tianqi Lithium and IGO": the list the company opens signs too
                out.extend(replace(f, source=m) for m in view.mentions
                           if company.group >= 0 and m.group == company.group
                           and m is not company and m.label is Label.ORGANIZATION
                           and not any(g.source is m and g.target is f.target for g in facts))
            continue
        if f.rel is not RelType.SUPPLIES or f.sentence != view.index:
            continue
        source, target = qualified(view, f.source), qualified(view, f.target)
        if source is f.target or target is f.source or (source is None and target is None):
            continue  # "Japan's Sojitz": the country and its own company trade nothing
        out.append(replace(f, source=source or f.source, target=target or f.target))
    return out
