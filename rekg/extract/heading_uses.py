"""Part of stage 5: a line that opens with a material and a colon and goes on with a list of
goods names what the material goes into: "- Antimony: flame retardants, lead-acid batteries
and ammunition primers", "Tellurium: solar panels, thermoelectric coolers and rubber". Each
item of the list depends on the material. A line about a measure, a price or an amount
("Graphite: licences since last winter for ...", "Holmium oxide: about 900 yuan/kg") names
no uses, nor does one whose colon opens a clause with a verb of its own."""

from __future__ import annotations

from rekg.extract.context import Fact, Mention, SentenceView
from rekg.extract.patterns import word_sets
from rekg.schema import Label, RelType

ORIGIN = "depends_on.heading-uses"
_GOODS = (Label.MATERIAL, Label.PRODUCT)
_JOINS = frozenset({"and", "or"})


def _item_start(view: SentenceView, m: Mention, after: int) -> bool:
    """``m`` opens an item of the list: after the colon, a comma, a semicolon or a join, past
    a few filler words ("some nuclear applications")."""
    words, gaps, filler = view.words, view.gaps, word_sets()["filler"]
    k = m.start
    while k > after and words[k - 1] in filler and not gaps[k].strip():
        k -= 1
    return k == after or any(c in gaps[k] for c in ",;:") or (
        words[k - 1] in _JOINS and k - 1 >= after)


def heading_uses(view: SentenceView) -> list[Fact]:
    words, gaps = view.words, view.gaps
    # the line may be read with the lead above it: "The survey sets out end uses: Antimony: ..."
    heading = next((m for m in view.mentions if m.end > m.start
                    and (m.start == 0 or ":" in gaps[m.start])), None)
    if heading is None or heading.label is not Label.MATERIAL or heading.end >= len(words) \
            or ":" not in gaps[heading.end]:
        return []
    sets = word_sets()
    stops, verbs, makes = sets["heading_use_stops"], sets["clause_verbs"], sets["make_verbs"]
    if any(w in stops or w in verbs or w in makes or w.isdigit() for w in words[heading.end:]):
        return []
    return [Fact(RelType.DEPENDS_ON, m, heading, view.index, ORIGIN, 0.75, view.text)
            for m in view.mentions
            if m.label in _GOODS and m.start >= heading.end and m.node_id != heading.node_id
            and m.form != "anaphor" and _item_start(view, m, heading.end)]
