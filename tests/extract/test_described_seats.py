"""A description of a company that names its seat ("The Hanoi-based company", "The Belgian
chemicals group", "the Korean carmaker") stands for the company of the last sentences the
lexicon seats there, not for a company in focus seated elsewhere (described_seats.py); a
site's place word ("Its Malaysian plant") says where the site is, and "the enterprise" is a
company. Invented companies are unseated; lexicon companies with known seats are used only
as the ones the description must or must not mean."""

from __future__ import annotations

import pytest

from rekg.extract.pipeline import mentions_for
from rekg.loaders.document import Document


def referent(text: str, words: str) -> set[str]:
    """The names the anaphor mentions of the last sentence that cover ``words`` stand for."""
    view = mentions_for(Document(text=text, title="Test", published="2025-06-01"))[-1]
    start = view.text.index(words)
    return {m.name for m in view.mentions if m.form == "anaphor"
            and view.tokens[m.start].start <= start < view.tokens[m.end - 1].end}


MEANT = [
    # the company seated where the description says, though another is in focus
    ("Solvay opened a new line in April. Lynas said its output rose. The Belgian chemicals group "
     "wants to double it.", "The Belgian chemicals group", "Solvay"),
    ("Solvay opened a new line. Lynas said output rose, and Lynas hired staff. The Belgian group "
     "said prices fell.", "The Belgian group", "Solvay"),
    ("Lynas opened a plant in May. The Perth-based company said output rose.",
     "The Perth-based company", "Lynas"),
    ("Vietnam Rare Earth had drawn foreign buyers. The Hanoi-based company separates oxides.",
     "The Hanoi-based company", "Vietnam Rare Earth JSC"),
    # an unseated company is the one meant when no seated one fits
    ("Kestrel Holdings opened a mill. The Belgian chemicals group said output rose.",
     "The Belgian chemicals group", "Kestrel Holdings"),
    ("Kestrel Holdings opened a mill in Goias. The enterprise produces magnets.",
     "The enterprise", "Kestrel Holdings"),
    # a site's place word: the site of the company in focus
    ("Lynas reported higher sales. Its Malaysian plant separates oxides.", "Its Malaysian plant",
     "Lynas"),
]

NOT_MEANT = [
    # the company in focus is seated elsewhere and none seated there was named
    ("Lynas opened a plant. The Belgian chemicals group said output rose.",
     "The Belgian chemicals group", "Lynas"),
    ("Lynas opened a plant. Prices rose after the Japanese miner said output fell.",
     "the Japanese miner", "Lynas"),
    ("Lynas opened a plant. The Hanoi-based company separates oxides.",
     "The Hanoi-based company", "Lynas"),
    # a name after the noun, or before it in apposition, is the company described
    ("MP Materials opened a plant. Rivals were worried, and Lynas, the Australian group that "
     "leads outside China, cut its prices.", "the Australian group", "MP Materials"),
    ("Lynas opened a plant. Investors backed the Korean company Tarvo Magnetics.",
     "the Korean company", "Lynas"),
]


@pytest.mark.parametrize(("text", "words", "name"), MEANT)
def test_the_description_means_the_company_seated_there(text: str, words: str,
                                                         name: str) -> None:
    assert name in referent(text, words), text


@pytest.mark.parametrize(("text", "words", "name"), NOT_MEANT)
def test_no_company_seated_elsewhere(text: str, words: str, name: str) -> None:
    assert name not in referent(text, words), text


def test_an_apposed_description_keeps_its_country() -> None:
    text = ("MP Materials opened a plant. Rivals were worried, and Lynas, the Australian group "
            "that leads outside China, cut its prices.")
    view = mentions_for(Document(text=text, title="Test", published="2025-06-01"))[-1]
    assert "Australia" in {m.name for m in view.mentions if m.form == "demonym"}
