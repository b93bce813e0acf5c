"""A story pasted from a news page with its furniture (agency credits, bylines, captions,
credit lines, footers) gives what the story alone gives; sentences that only look like
furniture stay. Every name here is invented."""

from __future__ import annotations

import pytest

from rekg.extract import extract
from rekg.extract.news_furniture import is_furniture, without_credit
from rekg.loaders.document import Document

STORY = (
    "ORVANTA CITY, March 3 - Norland said on Monday it would require export licences for "
    "vexium and the magnets made with it, the latest curb on the metal.\n\n"
    "Kestrel Motors, which builds traction motors in Veltria, relies on vexium magnets for its "
    "hybrid cars. Tarrow Mining produces vexium concentrate at its Halden mine."
)


def _graph(text: str) -> tuple[set[tuple[str, str]], set[tuple[str, str, str]]]:
    fragment = extract(Document(text=text, title="Norland curbs vexium", published="2025-03-03"))
    nodes = {n.id: n for n in fragment.nodes.values() if n.label.value != "Article"}
    entities = {(n.label.value, n.name) for n in nodes.values()}
    facts = {(r.type.value, nodes[r.source].name, nodes[r.target].name)
             for r in fragment.relationships.values()
             if r.source in nodes and r.target in nodes}
    return entities, facts


def _with_credit(credit: str) -> str:
    return STORY.replace("ORVANTA CITY, March 3 -", f"ORVANTA CITY, March 3 {credit} -", 1)


FURNISHED = {
    "wire credit": _with_credit("(Reuters)"),
    "agency credit": _with_credit("(Agence France-Presse)"),
    "credit, no dateline": "(Bloomberg) -- " + STORY.split(" - ", 1)[1],
    "byline": "By Ilse Marten and Tomas Vey\n\n" + STORY,
    "caption with credit": (
        "Haul trucks carry ore past the crusher at the Halden mine. (Photo by Staff/Associated "
        "Press via Getty Images)\n\n" + STORY),
    "file photo": ("FILE PHOTO: Workers sort vexium magnets at a plant in Veltria, May 2, "
                   "2024. REUTERS/Staff/File Photo Purchase Licensing Rights, opens new tab\n\n"
                   + STORY),
    "caption phrase": ("Trucks wait at the Halden mine in this undated handout picture.\n\n"
                       + STORY),
    "credit lines": STORY + ("\n\n(Reporting by Ann Lee in Orvanta City; Additional reporting "
                             "by Bo Chen; Editing by Kim Hale)"),
    "credit line, bare": STORY + "\n\nWriting by Tom Reed; Editing by Mark Hill",
    "assistance": STORY + "\n\n-- With assistance from Chris Lane and Ana Ruiz.",
    "footer": STORY + ("\n\nOur Standards: The Thomson Reuters Trust Principles., opens new tab"
                       "\n\nSuggested Topics:\nCritical Minerals\nMagnets\nHybrid Cars"),
    "related and prompts": STORY + (
        "\n\nRelated: Tarrow Mining ships its first vexium oxide to Kestrel Motors\n\n"
        "Sign up for our Metals newsletter to get the latest stories in your inbox.\n\n"
        "Read more: Why Veltria wants its own magnet plant\n\n"
        "© 2025 Orvanta Press. All rights reserved."),
}


@pytest.mark.parametrize("kind", sorted(FURNISHED))
def test_furniture_changes_nothing(kind: str) -> None:
    assert _graph(FURNISHED[kind]) == _graph(STORY)


def test_the_story_has_facts_to_lose() -> None:
    # the twin test above would pass on an empty graph; this story is not one
    _, facts = _graph(STORY)
    assert any(rel == "PRODUCES" and src == "Tarrow Mining" for rel, src, _ in facts)
    assert any(rel == "RESTRICTS" for rel, _, _ in facts)


def test_an_agency_credit_would_be_a_company_otherwise() -> None:
    entities, facts = _graph(_with_credit("(Reuters)"))
    assert not any(name == "Reuters" for _, name in entities)
    assert not any("Reuters" in source for _, source, _ in facts)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("BEIJING, April 14 (Reuters) - China said", "BEIJING, April 14 - China said"),
    ("NEW DELHI/TOKYO (Nikkei Asia) — India said", "NEW DELHI/TOKYO — India said"),
    ("LONDON (Reuters) - Prices rose", "LONDON - Prices rose"),
    ("Orvanta City, 3 March (Wire Service) - Norland said", "Orvanta City, 3 March - Norland said"),
    ("(Bloomberg) -- China said", "China said"),
])
def test_credit_cut_from_the_dateline(sentence: str, expected: str) -> None:
    assert without_credit(sentence, lambda _: False) == expected


@pytest.mark.parametrize("sentence", [
    "LA ROCHELLE (France) - The plant restarted.",  # a place in brackets is the dateline's own
    "Kestrel Metals (KML) - the miner - said output rose.",  # a ticker after a company, no dateline
    "Norland (Reuters reported) said on Monday it would curb vexium.",
])
def test_no_credit_to_cut(sentence: str) -> None:
    assert without_credit(sentence, lambda text: text == "France") == sentence


@pytest.mark.parametrize("sentence", [
    "By 2030, Norland expects to refine half of its vexium at home.",
    "By far the largest buyer is Kestrel Motors.",
    "Reporting by the customs agency showed exports of vexium fell by a third in May.",
    "Related rules already cover vexium oxide and vexium metal.",
    "Watch makers in Veltria rely on small vexium magnets.",
    "Recommended prices for vexium concentrate rose for the third month in a row, and "
    "refiners said they would pass the rise on to magnet makers.",
    "Photographs of the Halden mine show new crushers.",
    "The Halden mill, seen in a photo Tarrow Mining released in May, runs two shifts.",
    "Copies of the licence rules were sent to every exporter.",
    "Kestrel Motors said the curb would hit its hybrid cars - the firm's best sellers.",
])
def test_story_sentences_stay(sentence: str) -> None:
    assert not is_furniture(sentence)


@pytest.mark.parametrize("sentence", [
    "(Reporting by Ann Lee; Editing by Kim Hale)",
    "Reporting by Orvanta newsroom; Editing by Metals desk",
    "By Staff Correspondents",
    "Photo: company handout",
    "Credit: Kestrel Motors",
    "(Photo courtesy of Tarrow Mining)",
    "Read more: Tarrow Mining lifts vexium output",
    "Related: Norland adds vexium to its licence list",
    "Sign up for our Metals newsletter.",
    "Advertisement",
    "(Reuters)",
    "— Orvanta Press",
    "Video: how a magnet is made",
    "Most read",
    "Trucks wait at the Halden mine in an undated handout photo.",
    "Workers sort ore in this picture taken on May 2.",
])
def test_furniture_sentences_go(sentence: str) -> None:
    assert is_furniture(sentence)


def test_a_bulleted_item_is_no_credit() -> None:
    assert not is_furniture("- Tarrow Mining")
