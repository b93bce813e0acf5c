"""The words of a named measure ("export controls", "its controls on gallium") are a noun
phrase: a pattern of making or trade does not read them as its verb ("China imposed export
controls on gallium" says nothing of China controlling gallium). A lone trigger word is a noun
only after a determiner or before "on" ("the group, which controls the mines" is a verb).
Nor are the words of a company's name ("Tarn takes most of Orsa Mining's cobalt": "Mining"
is no verb of making)."""

from __future__ import annotations

from rekg.extract.context import SentenceView
from rekg.extract.patterns import word_sets
from rekg.schema import Label, RelType

MEASURE_RELATIONS = frozenset({RelType.RESTRICTS, RelType.IMPOSES, RelType.TARGETS})


def measure_words(view: SentenceView) -> frozenset[int]:
    """The tokens of the sentence's restriction nouns, not its restriction verbs, and the
    words after the first of a company's name."""
    leads, words = word_sets()["measure_noun_leads"], view.words
    return frozenset(
        k for m in view.mentions if m.label is Label.RESTRICTION and m.form == "trigger"
        and not m.props.get("verb") and (m.end - m.start > 1 or (
            m.start > 0 and words[m.start - 1] in leads) or words[m.end:m.end + 1] == ["on"])
        for k in range(m.start, m.end)) | frozenset(
        k for m in view.mentions if m.label is Label.ORGANIZATION and m.end - m.start > 1
        and m.form != "anaphor" for k in range(m.start + 1, m.end))
