"""Titled agreements whose noun opens the title before "for" or "on": generated sentences (title
heads x links x topics x parties x verbs, names of our own) each give the titled agreement with
its parties; twins (a body "for" something, a lower-case "framework for", a title cut short
before "of", a date after "of") give no such agreement."""

from __future__ import annotations

import pytest

from rekg.extract.pipeline import run
from rekg.loaders.document import Document
from rekg.schema import Label, RelType

_HEADS = ["Strategy", "Framework", "Partnership", "Charter", "Initiative", "Compact",
          "Agreement", "Strategic Partnership", "Joint Declaration"]
_TOPICS = ["Securing Reliable Critical Minerals Supply", "Rare Earth Magnet Resilience",
           "Battery Metals Cooperation", "Critical Minerals Security"]
_PARTIES = [("Canada", "Germany"), ("Japan", "Australia"), ("South Korea", "Vietnam"),
            ("France", "Chile")]
_VERBS = ["signed", "adopted", "launched", "concluded"]


def _agreements(text: str) -> dict[str, set[str]]:
    ctx = run(Document(text=text, title="T", published="2025-06-01"))
    found: dict[str, set[str]] = {m.name: set() for v in ctx.sentences
                                  for m in v.mentions if m.label is Label.AGREEMENT}
    for f in ctx.facts:
        if f.rel is RelType.PARTY_TO and f.target.label is Label.AGREEMENT:
            found.setdefault(f.target.name, set()).add(f.source.name)
    return found


def _cases() -> list[tuple[str, str, tuple[str, str]]]:
    cases = []
    for k, (head, topic) in enumerate((h, t) for h in _HEADS for t in _TOPICS):
        one, other = _PARTIES[k % 4]
        title = f"{head} {'on' if k % 3 else 'for'} {topic}"
        cases.append((f"{one} and {other} {_VERBS[k % 4]} the {title} in March.", title,
                      (one, other)))
    return cases


@pytest.mark.parametrize(("text", "title", "parties"), _cases())
def test_a_title_opened_by_its_agreement_noun_is_an_agreement(
        text: str, title: str, parties: tuple[str, str]) -> None:
    found = _agreements(text)
    assert title in found, (text, found)
    assert set(parties) <= found[title], (text, found)


@pytest.mark.parametrize(("text", "name"), [
    ("The Center for Critical Minerals Studies said Canada mines nickel.",
     "Center for Critical Minerals Studies"),
    ("The Department for Business and Trade said Japan buys dysprosium.",
     "Department for Business and Trade"),
    ("Canada and Germany want a framework for Critical Minerals Security.",
     "framework for Critical Minerals Security"),
    ("Japan signed the Framework for Securing the Supply of Critical Minerals with Australia.",
     "Framework for Securing the Supply"),
    ("Canada signed in Ottawa the Strategy for Battery Metals with Germany.",
     "Ottawa the Strategy for Battery Metals"),
    ("Canada adopted the Industrial Strategy of June 2025, which covers nickel.",
     "Industrial Strategy of June 2025"),
    ("Canada and Germany signed the Berlin Agreement on Monday.", "Berlin Agreement on Monday"),
    ("Canada and Germany agreed on Battery Metals Cooperation in Berlin.",
     "Battery Metals Cooperation"),
    ("Canada and Germany signed the Memorandum of Understanding on Battery Metals in Berlin.",
     "Understanding on Battery Metals"),
])
def test_no_title_agreement_in_a_twin(text: str, name: str) -> None:
    assert name not in _agreements(text), text
