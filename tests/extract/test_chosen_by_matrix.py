"""Generated: in "X was chosen by Y as its supplier" the "its" is Y's, so X supplies Y and never
the other way; twins with the active voice or the buyer as subject keep their direction."""

import pytest

from .fragments import states

FIRMS = [("Trelmax Magnetics", "Ovanta Motors"), ("Kessler Mining", "Dravo Industries")]
VERBS = ["chosen", "selected", "picked", "named"]
ROLES = ["supplier", "main supplier", "preferred supplier", "sole supplier of rare earth magnets"]


@pytest.mark.parametrize("verb", VERBS)
@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("pair", FIRMS)
def test_the_agent_owns_its(verb: str, role: str, pair: tuple[str, str]) -> None:
    seller, buyer = pair
    text = f"{seller} was {verb} by {buyer} as its {role}."
    assert not states(text, "SUPPLIES", buyer, seller), text


@pytest.mark.parametrize("pair", FIRMS)
def test_the_active_voice_keeps_its_direction(pair: tuple[str, str]) -> None:
    seller, buyer = pair
    assert states(f"{buyer} chose {seller} as its supplier.", "SUPPLIES", seller, buyer)
    assert states(f"{seller} was chosen by {buyer} as its supplier.", "SUPPLIES", seller, buyer)
    assert states(f"{seller} is {buyer}'s main supplier.", "SUPPLIES", seller, buyer)
