"""A generated inventory of absent facts told in phrasings the corpus does not use: invented
companies and products, and less common countries and materials, crossed with denials, plans,
threats, governing words ("is reluctant to", "has the capacity to", "held off on"), wishes of
others ("lawmakers want X to"), doubts, short quotations, scope exclusions, pauses and
withdrawals. Each combination must give no fact; the twins, where the same words leave the
fact standing ("not only", "began to", "moved to ban", "asked X to suspend exports" (X still
mines), "looking into shipping" (still makes)), must keep it (scorer on, as in evaluation)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from rekg.extract.pipeline import run
from rekg.loaders.document import Document
from rekg.schema import RelType

from .fragments import states


@dataclass(frozen=True)
class Clause:
    subject: str
    verb: tuple[str, str, str, str]  # base, present, past, -ing
    rest: str
    rel: str
    source: str
    target: str


CLAIMS = [
    Clause("Norvale Metals", ("produce", "produces", "produced", "producing"),
           "hafnium in Paraguay", "PRODUCES", "Norvale", "hafnium"),
    Clause("Zambia", ("mine", "mines", "mined", "mining"), "cobalt", "PRODUCES", "Zambia",
           "cobalt"),
    Clause("Brandvik Minerals", ("supply", "supplies", "supplied", "supplying"),
           "tantalum to Korvex Electronics", "SUPPLIES", "Brandvik", "Korvex"),
    Clause("Brandvik Minerals", ("sell", "sells", "sold", "selling"), "tantalum to Japan",
           "SUPPLIES", "Brandvik", "Japan"),
    Clause("Zambia", ("export", "exports", "exported", "exporting"), "cobalt to Vietnam",
           "SUPPLIES", "Zambia", "Vietnam"),
    Clause("Ostrava Motors", ("buy", "buys", "bought", "buying"),
           "magnets from Quillon Resources", "SUPPLIES", "Quillon", "Ostrava"),
    Clause("Paraguay", ("join", "joins", "joined", "joining"),
           "the Minerals Security Partnership", "PARTY_TO", "Paraguay", "*"),
]

MEASURES = [
    Clause("Zambia", ("ban", "bans", "banned", "banning"), "exports of cobalt to Vietnam",
           "RESTRICTS", "*", "cobalt"),
    Clause("Zambia", ("ban", "bans", "banned", "banning"), "exports of cobalt to Vietnam",
           "TARGETS", "*", "Vietnam"),
    Clause("Chile", ("impose", "imposes", "imposed", "imposing"), "export duties on lithium",
           "RESTRICTS", "*", "lithium"),
    Clause("Peru", ("restrict", "restricts", "restricted", "restricting"),
           "shipments of tin to Bolivia", "TARGETS", "*", "Bolivia"),
]

# c: claims (output, supply, membership), d: claims a denial speaks of (output, supply),
# m: measures
ABSENT = [
    # a governing word before "to": wanted, tried, refused, expected, able or ready, planned
    ("cm", "{S} refused to {v} {r}."),
    ("cm", "{S} failed to {v} {r}."),
    ("cm", "{S} was unable to {v} {r}."),
    ("cm", "{S} is keen to {v} {r}."),
    ("cm", "{S} is eager to {v} {r}."),
    ("cm", "{S} is reluctant to {v} {r}."),
    ("cm", "{S} is unwilling to {v} {r}."),
    ("cm", "{S} has been urged to {v} {r}."),
    ("cm", "{S} has been asked to {v} {r}."),
    ("cm", "{S} had been expected to {v} {r}."),
    ("cm", "{S} was supposed to {v} {r}."),
    ("cm", "{S} was meant to {v} {r}."),
    ("cm", "{S} had hoped to {v} {r}."),
    ("cm", "{S} had intended to {v} {r}."),
    ("cm", "{S} is tipped to {v} {r}."),
    ("cm", "{S} stands ready to {v} {r}."),
    ("cm", "{S} is mulling whether to {v} {r}."),
    ("cm", "{S} is studying whether to {v} {r}."),
    ("cm", "{S} is exploring ways to {v} {r}."),
    ("cm", "{S} is on track to {v} {r} in 2027."),
    ("cm", "{S} is in line to {v} {r}."),
    ("cm", "{S} has the capacity to {v} {r}."),
    ("cm", "{S} has the potential to {v} {r}."),
    ("cm", "{S} is seeking approval to {v} {r}."),
    ("cm", "{S} backed off a threat to {v} {r}."),
    ("cm", "{S} walked back a threat to {v} {r}."),
    ("cm", "{S} is drawing up plans to {v} {r}."),
    # a governing word before "-ing"
    ("cm", "{S} is looking into {ving} {r}."),
    ("cm", "{S} is targeting {ving} {r} by 2029."),
    ("cm", "{S} has held off on {ving} {r}."),
    ("cm", "{S} held back from {ving} {r}."),
    ("cm", "{S} ruled out {ving} {r}."),
    # the subject is the object of another's wish, or of a noun of prospect
    ("cm", "Lawmakers want {S} to {v} {r}."),
    ("cm", "Lawmakers called on {S} to {v} {r}."),
    ("c", "Talk of {S} {ving} {r} has faded."),
    # modals of chance, reported
    ("cm", "{S} might one day {v} {r}."),
    ("cm", "{S} signalled it may {v} {r}."),
    ("cm", "{S} hinted that it could {v} {r}."),
    ("cm", "Analysts doubt {S} will {v} {r}."),
    # denials, also in a short quotation the sentence takes up
    ("dm", "{S} rebutted claims that it {vd} {r}."),
    ("dm", "{S} called reports that it {vd} {r} \"baseless\"."),
    ("cm", "A spokeswoman said {S} \"has never\" {vd} {r}."),
    ("cm", "\"At no point\" did {S} {v} {r}, the spokesperson said."),
]

PRESENT = [
    "{S} {v3} {r}.",
    "{S} began to {v} {r} in May.",
    "{S} continues to {v} {r}.",
    "{S} {v3} {r}, a spokesperson said.",
    "{S} said in May that it {vd} {r}.",
]

SHAPES = [
    ("Zambia is eyeing a ban on cobalt exports to Vietnam.", "TARGETS", "*", "Vietnam"),
    ("Zambia is discussing a ban on cobalt exports to Vietnam.", "TARGETS", "*", "Vietnam"),
    ("A ban on cobalt exports to Vietnam is on the cards.", "TARGETS", "*", "Vietnam"),
    ("A ban on cobalt exports to Vietnam is in the offing.", "TARGETS", "*", "Vietnam"),
    ("A ban on cobalt exports to Vietnam is being weighed in Lusaka.", "TARGETS", "*",
     "Vietnam"),
    ("Zambia raised the prospect of a ban on cobalt exports to Vietnam.", "TARGETS", "*",
     "Vietnam"),
    ("Zambia said a ban on cobalt exports to Vietnam was an option.", "TARGETS", "*",
     "Vietnam"),
    ("Zambia's looming ban on cobalt exports to Vietnam drew protests.", "TARGETS", "*",
     "Vietnam"),
    ("Zambia's contemplated ban on cobalt exports to Vietnam drew protests.", "TARGETS", "*",
     "Vietnam"),
    ("Zambia's hafnium output is negligible.", "PRODUCES", "Zambia", "hafnium"),
    ("Zambia produces hardly any hafnium.", "PRODUCES", "Zambia", "hafnium"),
    ("Paraguay has applied to join the Minerals Security Partnership.", "PARTY_TO",
     "Paraguay", "*"),
    ("Paraguay suspended its membership of the Minerals Security Partnership.", "PARTY_TO",
     "Paraguay", "*"),
    ("Paraguay held off on joining the Minerals Security Partnership.", "PARTY_TO",
     "Paraguay", "*"),
    ("Paraguay ruled out joining the Minerals Security Partnership.", "PARTY_TO", "Paraguay",
     "*"),
    ("Zambia stopped short of banning cobalt exports to Vietnam.", "TARGETS", "*", "Vietnam"),
    ("Zambia declined to ban cobalt exports to Vietnam.", "TARGETS", "*", "Vietnam"),
    ("Zambia banned exports of ores, with the exception of cobalt.", "RESTRICTS", "*",
     "cobalt"),
    ("Zambia banned cobalt exports to all countries except Vietnam.", "TARGETS", "*",
     "Vietnam"),
    ("Zambia put its ban on cobalt exports to Vietnam on hold.", "TARGETS", "*", "Vietnam"),
    ("Zambia rolled back its ban on cobalt exports to Vietnam.", "TARGETS", "*", "Vietnam"),
    ("Zambia's ban on cobalt exports to Vietnam lapsed in March.", "TARGETS", "*", "Vietnam"),
    ("Paraguay pulled out of the Minerals Security Partnership.", "PARTY_TO", "Paraguay", "*"),
]

TWINS = [
    ("Zambia not only mines cobalt but also refines it.", "PRODUCES", "Zambia", "cobalt"),
    ("Zambia moved to ban exports of cobalt to Vietnam in May.", "TARGETS", "*", "Vietnam"),
    ("Zambia decided to ban exports of cobalt to Vietnam.", "TARGETS", "*", "Vietnam"),
    ("Vietnam is no longer able to buy cobalt from Zambia, which banned exports of cobalt to "
     "Vietnam in May.", "TARGETS", "*", "Vietnam"),
    ("Zambia, which stopped shipping cobalt to Vietnam in April, mines cobalt near Ndola.",
     "PRODUCES", "Zambia", "cobalt"),
    ("Paraguay announced that it would join the Minerals Security Partnership.", "PARTY_TO",
     "Paraguay", "*"),
    ("In May export duties on lithium were imposed by Chile.", "RESTRICTS", "*", "lithium"),
    ("Brandvik Minerals, which may expand its plant, sells tantalum to Japan.", "SUPPLIES",
     "Brandvik", "Japan"),
]


def _fill(template: str, c: Clause) -> str:
    text = template.format(S=c.subject, v=c.verb[0], v3=c.verb[1], vd=c.verb[2],
                           ving=c.verb[3], r=c.rest)
    return text[0].upper() + text[1:]


def _clauses(kinds: str) -> list[Clause]:
    claims = CLAIMS if "c" in kinds else [c for c in CLAIMS if c.rel != "PARTY_TO"] \
        if "d" in kinds else []
    return claims + (MEASURES if "m" in kinds else [])


@pytest.mark.parametrize(("kinds", "template"), ABSENT, ids=lambda v: str(v)[:40])
def test_a_governed_denied_or_doubted_fact_is_not_extracted(kinds: str, template: str) -> None:
    stated = [_fill(template, c) for c in _clauses(kinds)
              if states(_fill(template, c), c.rel, c.source, c.target)]
    assert not stated


@pytest.mark.parametrize("template", PRESENT, ids=lambda v: str(v)[:40])
def test_the_plain_and_done_phrasings_keep_every_fact(template: str) -> None:
    missed = [_fill(template, c) for c in CLAIMS + MEASURES
              if not ("began" in template and c.rel == "PARTY_TO")
              and not states(_fill(template, c), c.rel, c.source, c.target)]
    assert not missed


@pytest.mark.parametrize(("text", "rel", "source", "target"), SHAPES, ids=lambda v: str(v)[:40])
def test_a_plan_pause_exclusion_or_withdrawal_leaves_no_fact(text: str, rel: str, source: str,
                                                             target: str) -> None:
    assert not states(text, rel, source, target)


@pytest.mark.parametrize(("text", "rel", "source", "target"), TWINS, ids=lambda v: str(v)[:40])
def test_the_same_words_that_do_not_unsay_the_fact_keep_it(text: str, rel: str, source: str,
                                                           target: str) -> None:
    assert states(text, rel, source, target)


def _targeted(text: str) -> set[str]:
    fragment = run(Document(text=text, title="Test", published="2025-12-01")).fragment
    names = {n.id: n.name for n in fragment.nodes.values()}
    return {names[r.target] for r in fragment.relationships.values()
            if r.type is RelType.TARGETS}


def test_a_ban_suspended_in_a_later_sentence_no_longer_targets_its_country() -> None:
    text = ("In December Zambia banned exports of cobalt and copper to Vietnam. "
            "Last month Zambia suspended the ban on shipments to Vietnam until 2027.")
    assert "Vietnam" not in _targeted(text)


def test_a_lifted_ban_on_other_goods_or_a_lifting_only_asked_for_keeps_the_ban() -> None:
    other = ("Zambia banned exports of cobalt to Vietnam in March. "
             "Separately, Zambia lifted a ban on exports of fertiliser to Vietnam.")
    asked = ("Zambia banned exports of cobalt to Vietnam in March. "
             "Analysts say a solution needs Zambia to lift its ban.")
    assert "Vietnam" in _targeted(other)
    assert "Vietnam" in _targeted(asked)
