"""Companies the lexicon lacks, introduced once by a cue and then named again, whole or short.
Every name below is invented; each sentence pair must give the fact with the company's node."""

import pytest

from .fragments import states

# (how the article introduces the company, the short name it uses afterwards)
INTRODUCTIONS = [
    ("Oradell Minerals Ltd said on Monday that it had raised new funds.", "Oradell"),
    ("Oradell Minerals Ltd said on Monday that it had raised new funds.", "Oradell Minerals"),
    ("Kestrel Vantor, a Perth-based miner, said on Monday that it had raised new funds.",
     "Kestrel Vantor"),
    ("Shares of Kestrel Vantor rose 4% on Monday.", "Kestrel Vantor"),
    ("Kestrel Vantor's chief executive, Mara Lind, spoke at the conference on Monday.",
     "Kestrel Vantor"),
    ("Tovarn, which is the largest producer of zircon in the region, raised new funds.",
     "Tovarn"),
    ("Tovarn, the Norwegian processing group, raised new funds on Monday.", "Tovarn"),
    ("Brightwater Magnetics Inc. opened an office in Ohio last year.", "Brightwater"),
]

FACTS = [
    ("{name} produces tungsten concentrate at its mine.", "PRODUCES", "tungsten"),
    ("{name} supplies neodymium oxide to Japan.", "SUPPLIES", "Japan"),
    ("Last year {name} began shipping gallium to South Korea.", "SUPPLIES", "South Korea"),
]


@pytest.mark.parametrize("intro,short", INTRODUCTIONS)
@pytest.mark.parametrize("fact,rel,target", FACTS)
def test_a_company_named_again_keeps_its_node(intro: str, short: str, fact: str, rel: str,
                                              target: str) -> None:
    text = f"{intro} Analysts expect more deals.\n\n{fact.format(name=short)}"
    assert states(text, rel, short, target)


@pytest.mark.parametrize("intro,short", INTRODUCTIONS)
def test_a_denied_fact_of_the_company_gives_nothing(intro: str, short: str) -> None:
    text = f"{intro}\n\n{short} does not produce tungsten concentrate."
    assert not states(text, "PRODUCES", "*", "tungsten")


@pytest.mark.parametrize("text", [
    # sentence adverbs and loose capitals are no company
    "Meanwhile, the miner, which is based in Perth, produces tungsten concentrate.",
    "Shares of Western suppliers of tungsten concentrate fell on Monday.",
    "Separately, a refiner said it produces tungsten concentrate.",
])
def test_no_company_from_adverbs_or_loose_capitals(text: str) -> None:
    for name in ("Meanwhile", "Western", "Separately"):
        assert not states(text, "PRODUCES", name, "tungsten")


def test_a_short_name_two_companies_share_is_neither() -> None:
    text = ("Harrowgate Technologies Ltd runs a plant in Belfast. Harrowgate Minerals Ltd, "
            "a Perth-based miner, owns the company.\n\nHarrowgate supplies neodymium oxide to "
            "Japan.")
    assert not states(text, "SUPPLIES", "Harrowgate", "Japan")


def test_a_stake_in_the_company_names_it() -> None:
    text = ("Kestrel Vantor, a Perth-based miner, raised new funds on Monday.\n\nJapan's "
            "trading houses own a stake in Kestrel Vantor, which supplies neodymium oxide to "
            "Japan.")
    assert states(text, "SUPPLIES", "Kestrel Vantor", "Japan")


@pytest.mark.parametrize("text,producer", [
    ("Kestrel Vantor is one of the largest producers of tungsten concentrate.", "Kestrel Vantor"),
    ("Tovarn is the biggest producer of tungsten concentrate in Europe.", "Tovarn"),
    ("Eldmoor Rare Metals, which is also the largest producer of tungsten concentrate in the "
     "country, raised funds.", "Eldmoor"),
])
def test_a_company_described_by_its_trade(text: str, producer: str) -> None:
    assert states(text, "PRODUCES", producer, "tungsten")


@pytest.mark.parametrize("listed", ["Borealis Motion, Vastra Drives and Quillon",
                                    "Borealis Motion, Vastra Drives, and Quillon",
                                    "Quillon and Vastra Drives"])
def test_the_customers_a_supplier_lists_are_companies(listed: str) -> None:
    from rekg.extract.pipeline import mentions_for
    from rekg.loaders.document import Document
    from rekg.schema import Label

    text = f"Tarrow Minerals Ltd sells neodymium oxide. Its customers include {listed}."
    views = mentions_for(Document(text=text, title="T"))
    names = {m.name for v in views for m in v.mentions if m.label is Label.ORGANIZATION}
    assert {"Quillon", "Vastra Drives"} <= names
