"""Items that repeat their preposition form one list; an owner named with 's is not an item."""

from __future__ import annotations

from rekg.extract import mentions_for
from rekg.loaders.document import Document


def test_the_possessed_part_is_the_list_item_not_its_owner() -> None:
    view = mentions_for(Document(text="Magnets are used in the submarine's electric drive, "
                                      "in radar and in sonar.", title="T"))[0]
    groups = {m.name: m.group for m in view.mentions}
    assert groups["electric drive"] >= 0
    assert groups["electric drive"] == groups["radar"]
    assert groups["submarine"] != groups["radar"]


def test_an_open_noun_phrase_stops_at_prepositions_superlatives_and_what_befell_it() -> None:
    view = mentions_for(Document(text="Recyclers feed scrapped motors onto conveyor belts, and "
                                      "the newest radars need gallium.", title="T"))[0]
    names = {m.name for m in view.mentions}
    assert {"motor", "radar"} <= names
    assert not names & {"scrapped motor", "newest radar"}
