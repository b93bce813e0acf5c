"""A generated inventory of modality: fact clauses of every relation crossed with cue templates
(denials, hedges, reports, plans, conditions, endings, threats, questions, speculation). Each
combination must give no fact; the affirmative templates must keep it (scorer on, as in
evaluation). Claims are output, supply, use and membership; measures are restrictions."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from .fragments import states


@dataclass(frozen=True)
class Clause:
    """A fact told as "<subject> <verb> <rest>", with the verb's forms."""
    subject: str
    verb: tuple[str, str, str, str]  # base, present, past, -ing
    rest: str
    rel: str
    source: str
    target: str
    agent: bool = True  # a company or state that can plan, threaten or deny
    plural: bool = False


CLAIMS = [
    Clause("Wind turbines", ("use", "use", "used", "using"), "neodymium magnets", "DEPENDS_ON",
           "turbine", "magnet", agent=False, plural=True),
    Clause("The company's electric motors", ("rely", "rely", "relied", "relying"),
           "on dysprosium", "DEPENDS_ON", "motor", "dysprosium", agent=False, plural=True),
    Clause("Hard disk drives", ("contain", "contain", "contained", "containing"), "neodymium",
           "DEPENDS_ON", "drive", "neodymium", agent=False, plural=True),
    Clause("The battery", ("require", "requires", "required", "requiring"), "cobalt",
           "DEPENDS_ON", "batter", "cobalt", agent=False),
    Clause("Electric vehicles", ("depend", "depend", "depended", "depending"),
           "on rare earth magnets", "DEPENDS_ON", "vehicle", "magnet", agent=False, plural=True),
    Clause("Lynas", ("produce", "produces", "produced", "producing"),
           "separated rare earth oxides in Malaysia", "PRODUCES", "Lynas", "rare earth"),
    Clause("Vietnam", ("mine", "mines", "mined", "mining"), "tungsten", "PRODUCES", "Vietnam",
           "tungsten"),
    Clause("MP Materials", ("make", "makes", "made", "making"), "magnets in Texas", "PRODUCES",
           "MP Materials", "magnet"),
    Clause("Rio Tinto", ("produce", "produces", "produced", "producing"),
           "lithium in Argentina", "PRODUCES", "Rio Tinto", "lithium"),
    Clause("Kazakhstan", ("produce", "produces", "produced", "producing"),
           "tungsten concentrate", "PRODUCES", "Kazakhstan", "tungsten"),
    Clause("Lynas", ("supply", "supplies", "supplied", "supplying"),
           "heavy rare earths to Japan", "SUPPLIES", "Lynas", "Japan"),
    Clause("Myanmar", ("ship", "ships", "shipped", "shipping"),
           "rare earth concentrate to China", "SUPPLIES", "Myanmar", "China"),
    Clause("Proterial", ("sell", "sells", "sold", "selling"), "magnets to Toyota", "SUPPLIES",
           "Proterial", "Toyota"),
    Clause("Toyota", ("buy", "buys", "bought", "buying"), "magnets from Proterial", "SUPPLIES",
           "Proterial", "Toyota"),
    Clause("Australia", ("export", "exports", "exported", "exporting"), "lithium to China",
           "SUPPLIES", "Australia", "China"),
    Clause("India", ("join", "joins", "joined", "joining"), "the Minerals Security Partnership",
           "PARTY_TO", "India", "Minerals Security Partnership"),
    Clause("Japan", ("sign", "signs", "signed", "signing"),
           "the critical minerals agreement with the United States", "PARTY_TO", "Japan", "*"),
]

MEASURES = [
    Clause("China", ("restrict", "restricts", "restricted", "restricting"),
           "exports of gallium to the United States", "RESTRICTS", "*", "gallium"),
    Clause("China", ("restrict", "restricts", "restricted", "restricting"),
           "exports of gallium to the United States", "TARGETS", "*", "United States"),
    Clause("Indonesia", ("ban", "bans", "banned", "banning"), "exports of bauxite", "RESTRICTS",
           "*", "bauxite"),
    Clause("The United States", ("impose", "imposes", "imposed", "imposing"),
           "tariffs on Chinese graphite", "RESTRICTS", "*", "graphite"),
    Clause("Japan", ("curb", "curbs", "curbed", "curbing"),
           "shipments of photoresists to South Korea", "RESTRICTS", "*", "photoresist"),
    Clause("Japan", ("curb", "curbs", "curbed", "curbing"),
           "shipments of photoresists to South Korea", "TARGETS", "*", "South Korea"),
    Clause("Beijing", ("tighten", "tightens", "tightened", "tightening"),
           "controls on antimony exports", "RESTRICTS", "*", "antimony"),
]

# the kinds of clause each template fits: c claims, m measures, a agents only
ABSENT = [
    ("cm", "A spokesperson denied that {s} {vd} {r}."),
    ("cma", "{S} {has} no plans to {v} {r}."),
    ("cm", "Officials rejected reports that {s} {vd} {r}."),
    ("cm", "{S} {does} not {v} {r}."),
    ("cm", "{S} never {vd} {r}."),
    ("cm", "The ministry dismissed claims that {s} {v3} {r}."),
    ("cm", "There is no evidence that {s} {v3} {r}."),
    ("cm", "A company spokesman said it was untrue that {s} {vd} {r}."),
    ("cm", "It is not true that {s} {v3} {r}, the spokeswoman said."),
    ("cm", "{S} {is} not among those that {v} {r}."),
    ("cm", "{S} did not {v} {r}, the company said."),
    ("cm", "Reports that {s} {v3} {r} are untrue, a spokesperson said."),
    ("cm", "{S} may {v} {r}."),
    ("cm", "{S} could {v} {r}."),
    ("cm", "{S} {is} said to {v} {r}."),
    ("cm", "{S} reportedly {v3} {r}."),
    ("cm", "According to people familiar with the matter, {s} {v3} {r}."),
    ("cma", "{S} {is} weighing whether to {v} {r}."),
    ("cma", "{S} {is} considering {ving} {r}."),
    ("cm", "{S} might {v} {r}, analysts said."),
    ("cm", "It is possible that {s} {v3} {r}."),
    ("cm", "{S} {is} believed to {v} {r}."),
    ("cm", "{S} {is} reported to {v} {r}."),
    ("cma", "{S} {is} understood to be considering {ving} {r}."),
    ("cm", "{S}, the world's largest producer, may {v} {r}."),
    ("cma", "{S} said {it} may {v} {r}."),
    ("cm", "{S} could soon {v} {r}."),
    ("cm", "{S} would likely {v} {r}."),
    ("cm", "{S} {is} unlikely to {v} {r}."),
    ("cm", "{S} {is} not expected to {v} {r}."),
    ("cm", "{S} may eventually {v} {r}."),
    ("cm", "{S} could in theory {v} {r}."),
    ("cma", "{S} plan{z} to {v} {r}."),
    ("cma", "{S} said {it} plan{z} to {v} {r}."),
    ("cma", "{S} aim{z} to {v} {r}."),
    ("cma", "{S} intend{z} to {v} {r}."),
    ("cma", "{S} hope{z} to {v} {r}."),
    ("cma", "{S} want{z} to {v} {r}."),
    ("cma", "{S} {is} seeking to {v} {r}."),
    ("cma", "{S} {is} preparing to {v} {r}."),
    ("cma", "{S} {has} proposed to {v} {r}."),
    ("ca", "{S} is in talks to {v} {r}."),
    ("c", "{S} will begin {ving} {r} next year."),
    ("cm", "{S} {is} expected to {v} {r}."),
    ("cm", "{S} {has} yet to {v} {r}."),
    ("c", "Once the plant opens, {s} will {v} {r}."),
    ("cm", "{S} {is} set to {v} {r} from 2027."),
    ("cm", "If talks fail, {s} will {v} {r}."),
    ("cm", "{S} will {v} {r} unless a deal is reached."),
    ("cm", "Should talks fail, {s} would {v} {r}."),
    ("cm", "{S} would {v} {r} if prices rose."),
    ("cm", "{S} no longer {v3} {r}."),
    ("cm", "{S} {is} no longer {ving} {r}."),
    ("c", "{S} used to {v} {r}."),
    ("cm", "Until 2023, {s} {vd} {r}."),
    ("cm", "{S} {vd} {r} until 2023."),
    ("cm", "{S} formerly {vd} {r}."),
    ("c", "{S} once {vd} {r}."),
    ("c", "{S} stopped {ving} {r} in 2022."),
    ("c", "{S} ceased {ving} {r} last year."),
    ("cma", "{S} threatened to {v} {r}."),
    ("cma", "{S} warned that {it} could {v} {r}."),
    ("cm", "Will {s} {v} {r}?"),
    ("cm", "{Does} {s} {v} {r}?"),
    ("cm", "Is {s} about to {v} {r}?"),
    ("cm", "Could {s} {v} {r}?"),
    ("cm", "\"{S} could well {v} {r},\" one analyst speculated."),
    ("cm", "Analysts speculate that {s} might {v} {r}."),
]

PRESENT = [
    "{S} {v3} {r}.",
    "A spokesperson confirmed that {s} {v3} {r}.",
    "{S} {vd} {r} last year.",
    "The ministry said on Tuesday that {s} {vd} {r}.",
    "{S} still {v3} {r}.",
    "{S} confirmed that {it} {v3} {r}.",
    "{S}, the world's largest producer, {v3} {r}.",
    "{S} already {v3} {r}.",
    "Analysts said {s} {v3} {r}.",
    "{S} {vd} {r} in May.",
    "Since 2019, {s} {has} {vd} {r}.",
    "{S} said on Tuesday {it} had begun {ving} {r}.",
    "{S} said it {v3} {r}, confirming earlier reports.",
]


# cues in other shapes: conditions that open the sentence, claims and suggestions, verbs of
# seeming, adverbs of chance, questions, and twins of the shapes the templates cannot take
SHAPES = [
    ("Provided the plant is finished, Lynas will supply Japan with dysprosium.", "SUPPLIES",
     "Lynas", "Japan"),
    ("Lynas would supply dysprosium to Japan, provided the financing is secured.", "SUPPLIES",
     "Lynas", "Japan"),
    ("In the event of war, Beijing could halt rare earth exports to Taiwan.", "RESTRICTS", "*",
     "rare earth"),
    ("The claim that Vietnam supplies tungsten to Russia is false, the ministry said.",
     "SUPPLIES", "Vietnam", "Russia"),
    ("Lynas appears to supply dysprosium to Japan.", "SUPPLIES", "Lynas", "Japan"),
    ("Lynas seems to be supplying dysprosium to Japan.", "SUPPLIES", "Lynas", "Japan"),
    ("Lynas may be supplying dysprosium to Japan.", "SUPPLIES", "Lynas", "Japan"),
    ("It is likely that China produces more gallium than it reports.", "PRODUCES", "China",
     "gallium"),
    ("China probably produces most of the world's gallium.", "PRODUCES", "China", "gallium"),
    ("Lynas could potentially supply Japan with dysprosium.", "SUPPLIES", "Lynas", "Japan"),
    ("Media reports said Lynas sells dysprosium to Japan. The company denied the reports.",
     "SUPPLIES", "Lynas", "Japan"),
    ("\"We have never sold magnets to Huawei,\" a spokesperson for JL Mag said.", "SUPPLIES",
     "JL Mag", "Huawei"),
    ("Neither China nor Russia has signed the Minerals Security Partnership.", "PARTY_TO",
     "China", "*"),
    ("Brazil is not a party to the Minerals Security Partnership.", "PARTY_TO", "Brazil", "*"),
    ("Japan, unlike Korea, has not joined the Minerals Security Partnership.", "PARTY_TO",
     "Japan", "*"),
    ("None of the magnets contain dysprosium.", "DEPENDS_ON", "magnet", "dysprosium"),
    ("India is yet to join the Minerals Security Partnership.", "PARTY_TO", "India", "*"),
    ("India is expected to sign the Pax Silica declaration next month.", "PARTY_TO", "India",
     "*"),
    ("Iluka's Eneabba refinery is expected to produce heavy rare earths from 2027.",
     "PRODUCES", "*", "rare earth"),
    ("When completed, the plant will make 5,000 tonnes of magnets a year.", "PRODUCES", "*",
     "magnet"),
    ("Toyota ended its purchases of magnets from Proterial in 2022.", "SUPPLIES", "Proterial",
     "Toyota"),
    ("Since April, Myanmar has not shipped rare earths to China.", "SUPPLIES", "Myanmar",
     "China"),
    ("Talks on a deal under which Lynas would sell dysprosium to Japan stalled.", "SUPPLIES",
     "Lynas", "Japan"),
    ("Would a Chinese ban on gallium exports hurt Japan?", "RESTRICTS", "*", "gallium"),
    ("Could Vietnam become a big tungsten producer?", "PRODUCES", "Vietnam", "tungsten"),
    ("Analysts warned that Vietnam might cut tungsten shipments to China.", "SUPPLIES",
     "Vietnam", "China"),
    ("Lynas sells heavy rare earths to Japan, according to unconfirmed reports.", "SUPPLIES",
     "Lynas", "Japan"),
    ("Lynas sells heavy rare earths to Japan, people familiar with the matter said.",
     "SUPPLIES", "Lynas", "Japan"),
    ("Lynas sells heavy rare earths to Japan, reports say.", "SUPPLIES", "Lynas", "Japan"),
    ("Vietnam mines tungsten, the report alleged.", "PRODUCES", "Vietnam", "tungsten"),
    ("India joined the Minerals Security Partnership, officials hope.", "PARTY_TO", "India",
     "*"),
    ("Lynas's proposed supply of dysprosium to Japan depends on financing.", "SUPPLIES",
     "Lynas", "Japan"),
    ("Toyota said it would no longer buy magnets from Proterial.", "SUPPLIES", "Proterial",
     "Toyota"),
    ("Vietnam, which has large deposits, has yet to mine rare earths commercially.",
     "PRODUCES", "Vietnam", "rare earth"),
    ("Tesla's next-generation motor will be free of rare earths.", "DEPENDS_ON", "motor",
     "rare earth"),
    ("Lynas is trying to supply dysprosium to Japan.", "SUPPLIES", "Lynas", "Japan"),
    ("Lynas has offered to sell dysprosium to Japan.", "SUPPLIES", "Lynas", "Japan"),
    ("Lynas refused to supply dysprosium to Japan.", "SUPPLIES", "Lynas", "Japan"),
    ("Lynas is working to produce dysprosium in Texas.", "PRODUCES", "Lynas", "dysprosium"),
    ("India has been invited to join the Minerals Security Partnership.", "PARTY_TO", "India",
     "*"),
    ("India was expelled from the Minerals Security Partnership.", "PARTY_TO", "India", "*"),
    ("It is rumoured that Vietnam mines tungsten illegally.", "PRODUCES", "Vietnam",
     "tungsten"),
    ("Lynas runs a plant in Malaysia. It may supply dysprosium to Japan.", "SUPPLIES", "Lynas",
     "Japan"),
    ("Lynas and Iluka may supply dysprosium to Japan.", "SUPPLIES", "Iluka", "Japan"),
    ("Malaysia-based Lynas is expected to supply dysprosium to Japan.", "SUPPLIES", "Lynas",
     "Japan"),
    ("Lynas Rare Earths Ltd, which runs Mount Weld, plans to supply dysprosium to Japan.",
     "SUPPLIES", "Lynas", "Japan"),
    ("On Monday, Lynas said it may supply dysprosium to Japan.", "SUPPLIES", "Lynas", "Japan"),
    ("Hanoi is drawing up a ban on tungsten exports.", "RESTRICTS", "*", "tungsten"),
    ("A ban on tungsten exports is under discussion in Hanoi.", "RESTRICTS", "*", "tungsten"),
    ("Hanoi could respond with curbs on tungsten exports.", "RESTRICTS", "*", "tungsten"),
    ("Hanoi may retaliate with a ban on tungsten exports.", "RESTRICTS", "*", "tungsten"),
]

TWINS = [
    ("Lynas supplies dysprosium to Japan, the company said.", "SUPPLIES", "Lynas", "Japan"),
    ("Toyota plans to buy more magnets from Proterial.", "SUPPLIES", "Proterial", "Toyota"),
    ("Until now, Lynas has sold only light rare earths to Japan.", "SUPPLIES", "Lynas",
     "Japan"),
    ("The United States imported rare earths from China between 2020 and 2023.", "SUPPLIES",
     "China", "United States"),
    ("Dysprosium is used to make magnets for wind turbines.", "DEPENDS_ON", "magnet",
     "dysprosium"),
    ("Since May, Lynas has supplied dysprosium to Japan.", "SUPPLIES", "Lynas", "Japan"),
    ("Washington continues to impose tariffs on Chinese graphite.", "RESTRICTS", "*",
     "graphite"),
    ("The ban on tungsten exports, which was under discussion for months, took effect in May.",
     "RESTRICTS", "*", "tungsten"),
    ("Lynas sells heavy rare earths to Japan, the company said.", "SUPPLIES", "Lynas",
     "Japan"),
    ("Lynas began to supply dysprosium to Japan in May.", "SUPPLIES", "Lynas", "Japan"),
    ("Lynas said it would continue to supply dysprosium to Japan.", "SUPPLIES", "Lynas",
     "Japan"),
    ("Lynas, which may expand its plant, supplies dysprosium to Japan.", "SUPPLIES", "Lynas",
     "Japan"),
    ("Lynas supplies dysprosium to Japan and may add Korea.", "SUPPLIES", "Lynas", "Japan"),
    ("Japan, which may face shortages, buys dysprosium from Lynas.", "SUPPLIES", "Lynas",
     "Japan"),
    ("Lynas in May supplied dysprosium to Japan.", "SUPPLIES", "Lynas", "Japan"),
    ("Output rose until 2019, and Lynas supplies dysprosium to Japan.", "SUPPLIES", "Lynas",
     "Japan"),
    ("Lynas continues to supply dysprosium to Japan.", "SUPPLIES", "Lynas", "Japan"),
    ("Lynas ships to Japan most of the dysprosium it makes.", "SUPPLIES", "Lynas", "Japan"),
    ("Rare earth magnets are essential to wind turbines.", "DEPENDS_ON", "turbine", "magnet"),
    ("Halted by the shortage, the plant, which builds electric vehicles with rare earth "
     "magnets, closed for a week, people familiar with the matter said.", "DEPENDS_ON",
     "vehicle", "magnet"),
]


def _fill(template: str, c: Clause) -> str:
    lower = not c.agent or c.subject.startswith("The ")
    s = c.subject[0].lower() + c.subject[1:] if lower else c.subject
    text = template.format(
        S=c.subject, s=s, v=c.verb[0], v3=c.verb[1], vd=c.verb[2], ving=c.verb[3], r=c.rest,
        is_="are" if c.plural else "is", has="have" if c.plural else "has",
        does="do" if c.plural else "does", Does="Do" if c.plural else "Does",
        z="" if c.plural else "s", it="they" if c.plural else "it",
        **{"is": "are" if c.plural else "is"})
    return text[0].upper() + text[1:]


def _clauses(kinds: str) -> list[Clause]:
    found = (CLAIMS if "c" in kinds else []) + (MEASURES if "m" in kinds else [])
    return [c for c in found if c.agent or "a" not in kinds]


@pytest.mark.parametrize(("kinds", "template"), ABSENT, ids=lambda v: str(v)[:40])
def test_no_combination_of_a_cue_and_a_fact_gives_the_fact(kinds: str, template: str) -> None:
    stated = [_fill(template, c) for c in _clauses(kinds)
              if states(_fill(template, c), c.rel, c.source, c.target)]
    assert not stated


@pytest.mark.parametrize("template", PRESENT, ids=lambda v: str(v)[:40])
def test_the_affirmative_templates_keep_every_fact(template: str) -> None:
    missed = [_fill(template, c) for c in CLAIMS + MEASURES
              if not ("begun" in template and c.rel == "PARTY_TO")  # one signs, not begins to
              and not states(_fill(template, c), c.rel, c.source, c.target)]
    assert not missed


@pytest.mark.parametrize(("text", "rel", "source", "target"), SHAPES, ids=lambda v: str(v)[:40])
def test_a_cue_of_another_shape_leaves_no_fact(text: str, rel: str, source: str,
                                               target: str) -> None:
    assert not states(text, rel, source, target)


@pytest.mark.parametrize(("text", "rel", "source", "target"), TWINS, ids=lambda v: str(v)[:40])
def test_a_cue_word_that_hedges_nothing_keeps_the_fact(text: str, rel: str, source: str,
                                                       target: str) -> None:
    assert states(text, rel, source, target)


def test_a_fact_with_an_end_in_another_sentence_is_no_claim_of_this_one() -> None:
    """The cross-sentence scorer pairs a mention of this sentence with one of another, whose
    word positions may lie past this sentence's end: the claim checks read neither."""
    from rekg.extract.context import Cue, Fact, Mention
    from rekg.extract.modality_claim import claimed, governed, in_tail
    from rekg.extract.pipeline import mentions_for
    from rekg.loaders.document import Document
    from rekg.schema import Label, RelType

    views = mentions_for(Document(text="Lynas is also trying.\n\nIn a long second sentence, "
                                  "Japanese buyers of dysprosium oxide were named.",
                                  title="T"))
    lynas = next(m for m in views[0].mentions if m.label is Label.ORGANIZATION)
    far = Mention(Label.COUNTRY, "country:jp", "Japan", 9, 10, "Japanese", "demonym")
    fact = Fact(RelType.SUPPLIES, lynas, far, 0, "scorer-cross:0.70", 0.5)
    cue = Cue("claim-modal", 2, 3)
    assert not governed(views[0], fact)
    assert not claimed(views[0], cue, fact, 3)
    assert not in_tail(views[0], cue, fact)
