"""Facts a text denies, hedges, plans, reports without confirming, or tells as ended, for every
relation, in the many ways news states them, each list beside affirmative twins that must keep
their fact (scorer on, as in evaluation)."""

from __future__ import annotations

import pytest

from .fragments import produced_pairs, states

# denied, also by a spokesperson, or told as a report the next sentence denies
DENIED = [
    ("A commerce ministry spokesperson said Beijing had no plan to restrict exports of lithium "
     "to Europe.", "RESTRICTS", "*", "lithium"),
    ("A spokeswoman for the ministry said China had not banned shipments of graphite to Japan.",
     "RESTRICTS", "*", "graphite"),
    ("Jakarta insisted it had never restricted exports of tin.", "RESTRICTS", "*", "tin"),
    ("Lynas denied reports that it would sell heavy rare earths to China.", "SUPPLIES", "Lynas",
     "China"),
    ("Officials dismissed as speculation reports that Hanoi would cap tungsten exports.",
     "RESTRICTS", "*", "tungsten"),
    ("Lynas said it had not sold any heavy rare earths to China.", "SUPPLIES", "Lynas", "China"),
    ("The government has no intention of banning cobalt exports, the minister said.",
     "RESTRICTS", "*", "cobalt"),
    ("Reports that Hanoi had restricted tungsten exports were false, officials said.",
     "RESTRICTS", "*", "tungsten"),
    ("The report that Beijing had banned antimony exports turned out to be wrong.",
     "RESTRICTS", "*", "antimony"),
    ("Reuters reported that China had stopped issuing licences for dysprosium exports. The "
     "commerce ministry denied the report.", "RESTRICTS", "*", "dysprosium"),
    ("Bloomberg reported on Monday that Lynas had agreed to sell dysprosium to a Chinese buyer. "
     "Lynas denied the report.", "SUPPLIES", "Lynas", "*"),
    ("According to Nikkei, Tokyo had halted shipments of photoresists to Korea. Japanese "
     "officials dismissed the reports.", "RESTRICTS", "*", "photoresist"),
    ("A newspaper reported that Kinshasa had banned copper exports. The ministry called the "
     "report false.", "RESTRICTS", "*", "copper"),
    ("Contrary to earlier reports, Indonesia has not banned nickel ore exports to China.",
     "RESTRICTS", "*", "nickel"),
    ("Beijing has so far refrained from restricting exports of lithium.", "RESTRICTS", "*",
     "lithium"),
    ("Asked about a ban on gallium exports to Japan, the spokesperson said she was not aware "
     "of any such measure.", "RESTRICTS", "*", "gallium"),
    ("China's commerce ministry said the report of a ban on antimony exports did not reflect "
     "the facts.", "RESTRICTS", "*", "antimony"),
    ("The company rejected claims that it had shipped tungsten to Russia.", "SUPPLIES", "*",
     "Russia"),
    ("Tesla denied that its new motor uses rare earths.", "DEPENDS_ON", "motor", "rare earth"),
    ("Vietnam will not impose an export tax on rare earths, the minister told parliament.",
     "RESTRICTS", "*", "rare earth"),
]

# rumours, threats and warnings, proposals, conditionals and questions
HEDGED = [
    ("According to people familiar with the matter, Beijing is considering a ban on antimony "
     "exports to the United States.", "RESTRICTS", "*", "antimony"),
    ("Beijing is said to be weighing restrictions on exports of germanium.", "RESTRICTS", "*",
     "germanium"),
    ("Traders speculated that Myanmar might halt shipments of rare earths to China.",
     "SUPPLIES", "Myanmar", "China"),
    ("Unconfirmed reports said Glencore had stopped cobalt output in Congo.", "PRODUCES",
     "Glencore", "cobalt"),
    ("China threatened to cut off supplies of rare earths to the United States.", "RESTRICTS",
     "*", "rare earth"),
    ("Trump threatened 200% tariffs on Chinese magnets but never imposed them.", "RESTRICTS",
     "*", "magnet"),
    ("Trump threatened a 100% tariff on Chinese goods. The tariff was never imposed.",
     "TARGETS", "*", "China"),
    ("Beijing warned that it could cut off rare earth supplies to Japanese defence firms.",
     "RESTRICTS", "*", "rare earth"),
    ("The European Commission proposed a levy on imports of Chinese magnets.", "RESTRICTS", "*",
     "magnet"),
    ("A bill before Congress would ban purchases of Chinese magnets by defence contractors.",
     "RESTRICTS", "*", "magnet"),
    ("Lawmakers introduced legislation to restrict imports of Chinese graphite.", "RESTRICTS",
     "*", "graphite"),
    ("A preliminary ruling recommended duties on Chinese graphite.", "RESTRICTS", "*",
     "graphite"),
    ("If China restricted exports of dysprosium, carmakers would run short within months.",
     "RESTRICTS", "*", "dysprosium"),
    ("Were Beijing to curb gallium exports, chipmakers would struggle.", "RESTRICTS", "*",
     "gallium"),
    ("Unless talks succeed, the United States will impose tariffs on Chinese graphite.",
     "RESTRICTS", "*", "graphite"),
    ("Will China restrict exports of rare earth magnets to Europe?", "RESTRICTS", "*", "magnet"),
    ("Does Lynas supply dysprosium to Japan?", "SUPPLIES", "Lynas", "Japan"),
    ("What happens if China stops selling rare earths to Europe?", "SUPPLIES", "China",
     "Europe"),
    ("The US review of copper imports seems to be heading for tariffs.", "RESTRICTS", "*",
     "copper"),
    ("The investigation into graphite imports could result in duties on Chinese anodes.",
     "RESTRICTS", "*", "anode"),
]

# output, supply and need that the text says do not exist, have ended or are still to come
NOT_SO = [
    ("Japan does not produce any rare earths.", "PRODUCES", "Japan", "rare earth"),
    ("Germany has never mined lithium.", "PRODUCES", "Germany", "lithium"),
    ("The United States no longer produces samarium.", "PRODUCES", "United States", "samarium"),
    ("MP Materials halted output of neodymium at Mountain Pass in 2015.", "PRODUCES",
     "MP Materials", "neodymium"),
    ("Australia has yet to produce any gallium.", "PRODUCES", "Australia", "gallium"),
    ("South Korea has no domestic production of tungsten.", "PRODUCES", "South Korea",
     "tungsten"),
    ("India barely mines any heavy rare earths.", "PRODUCES", "India", "heavy rare earth"),
    ("Small American firms that make parts for missiles are struggling to obtain samarium.",
     "PRODUCES", "*", "samarium"),
    ("Angola does not yet produce rare earths.", "PRODUCES", "Angola", "rare earth"),
    ("Pensana shelved its Saltend refinery, which would have produced rare earth oxides.",
     "PRODUCES", "Pensana", "rare earth"),
    ("Perpetua Resources expects its Stibnite project in Idaho to produce antimony by 2028.",
     "PRODUCES", "Perpetua", "antimony"),
    ("USA Rare Earth intends to make magnets in Stillwater, Oklahoma, from next year.",
     "PRODUCES", "USA Rare Earth", "magnet"),
    ("Toyota no longer buys magnets from Proterial.", "SUPPLIES", "Proterial", "Toyota"),
    ("Myanmar stopped shipping rare earths to China in April.", "SUPPLIES", "Myanmar", "China"),
    ("MP Materials has not shipped any concentrate to China since April.", "SUPPLIES",
     "MP Materials", "China"),
    ("Niron has never supplied magnets to Tesla.", "SUPPLIES", "Niron", "Tesla"),
    ("Japan, which once bought most of its rare earths from China, now sources them "
     "elsewhere.", "SUPPLIES", "China", "Japan"),
    ("India suspended rare earth exports to Japan under its deal with Toyota Tsusho.",
     "SUPPLIES", "India", "Japan"),
    ("Chinese exports of germanium to the United States have been zero since December.",
     "SUPPLIES", "China", "United States"),
    ("MP Materials used to sell its concentrate to Shenghe, but it stopped doing so in April.",
     "SUPPLIES", "MP Materials", "Shenghe"),
    ("BMW's magnet-free motors do not need rare earths.", "DEPENDS_ON", "motor", "rare earth"),
    ("The new wind turbines no longer use dysprosium.", "DEPENDS_ON", "turbine", "dysprosium"),
    ("Ferrite magnets contain no neodymium.", "DEPENDS_ON", "magnet", "neodymium"),
    ("LFP batteries are cobalt-free.", "DEPENDS_ON", "batter", "cobalt"),
    ("The motor was redesigned to eliminate the need for terbium.", "DEPENDS_ON", "motor",
     "terbium"),
    ("Wind turbines with gearboxes do not need rare earth magnets.", "DEPENDS_ON", "turbine",
     "magnet"),
]

# measures suspended, lifted or replaced, items and countries left out, agreements not joined
ENDED = [
    ("China suspended its ban on gallium exports to the United States until November 2026.",
     "RESTRICTS", "*", "gallium"),
    ("China banned exports of gallium to the United States in December 2024. Under the truce "
     "agreed in November, Beijing suspended that ban until November 2026.", "TARGETS", "*",
     "United States"),
    ("Beijing added holmium to its export control list on October 9. A week after the summit, "
     "China paused that expansion.", "RESTRICTS", "*", "holmium"),
    ("The Netherlands took control of Nexperia in October. The Dutch government suspended the "
     "order in November.", "TARGETS", "*", "Nexperia"),
    ("Japan tightened exports of photoresists to South Korea in 2019. The curbs were lifted in "
     "2023.", "TARGETS", "Japan", "South Korea"),
    ("Indonesia's nickel ore export ban was reversed in 2017.", "RESTRICTS", "*", "nickel"),
    ("Japan lifted its 2019 export curbs on South Korea in 2023. The curbs had covered "
     "photoresists and hydrogen fluoride.", "RESTRICTS", "*", "photoresist"),
    ("China suspended the export controls it announced on October 9. They covered holmium, "
     "erbium and thulium.", "RESTRICTS", "*", "holmium"),
    ("The controls apply to dysprosium and terbium, but not to neodymium.", "RESTRICTS", "*",
     "neodymium"),
    ("The Democratic Republic of Congo suspended cobalt exports for four months. Copper exports "
     "are not affected.", "RESTRICTS", "*", "copper"),
    ("Japanese firms are exempt from the new licensing rules.", "TARGETS", "*", "Japan"),
    ("Cobalt was left off the control list.", "RESTRICTS", "*", "cobalt"),
    ("India has not signed the minerals security partnership agreement.", "PARTY_TO", "India",
     "*"),
    ("Brazil declined to join the Minerals Security Partnership.", "PARTY_TO", "Brazil",
     "Minerals Security Partnership"),
    ("Indonesia was invited to join the Minerals Security Partnership but declined.",
     "PARTY_TO", "Indonesia", "*"),
    ("The deal does not cover lithium.", "ADDRESSES", "*", "lithium"),
    ("A proposed minerals pact between Chile and Japan has not been signed.", "PARTY_TO",
     "Chile", "*"),
    ("The agreement says nothing about tariffs on Chinese magnets.", "ADDRESSES", "*",
     "magnet"),
    ("Negotiators failed to reach a deal on gallium.", "ADDRESSES", "*", "gallium"),
    ("The trade accord left the tariffs on Chinese magnets untouched.", "ADDRESSES", "*",
     "magnet"),
]

PRESENT = [
    ("China restricted exports of lithium battery technology to Europe.", "RESTRICTS", "*",
     "lithium"),
    ("China banned shipments of graphite to Japan.", "RESTRICTS", "*", "graphite"),
    ("Lynas sells heavy rare earths to Japan.", "SUPPLIES", "Lynas", "Japan"),
    ("Reuters reported that China had stopped issuing licences for dysprosium exports. The "
     "commerce ministry confirmed the report.", "RESTRICTS", "*", "dysprosium"),
    ("Beijing imposed a ban on antimony exports to the United States.", "RESTRICTS", "*",
     "antimony"),
    ("Washington imposed tariffs on Chinese graphite.", "RESTRICTS", "*", "graphite"),
    ("The European Union imposed a levy on imports of Chinese magnets.", "RESTRICTS", "*",
     "magnet"),
    ("Glencore produces cobalt in Congo.", "PRODUCES", "Glencore", "cobalt"),
    ("India mines monazite, but its magnet makers are struggling to obtain dysprosium.",
     "PRODUCES", "India", "monazite"),
    ("Germany mines lithium in the Upper Rhine.", "PRODUCES", "Germany", "lithium"),
    ("MP Materials produces neodymium at Mountain Pass.", "PRODUCES", "MP Materials",
     "neodymium"),
    ("Pensana produces mixed rare earth carbonate in Angola.", "PRODUCES", "Pensana",
     "carbonate"),
    ("Toyota buys magnets from Proterial.", "SUPPLIES", "Proterial", "Toyota"),
    ("Japan buys most of its rare earths from China.", "SUPPLIES", "China", "Japan"),
    ("Proterial, formerly Hitachi Metals, supplies magnets to Toyota.", "SUPPLIES",
     "Proterial", "Toyota"),
    ("Myanmar ships rare earths to China.", "SUPPLIES", "Myanmar", "China"),
    ("MP Materials sells its concentrate to Shenghe.", "SUPPLIES", "MP Materials", "Shenghe"),
    ("India exports rare earths to Japan under its deal with Toyota Tsusho.", "SUPPLIES",
     "India", "Japan"),
    ("The new wind turbines use dysprosium.", "DEPENDS_ON", "turbine", "dysprosium"),
    ("Permanent magnets contain neodymium.", "DEPENDS_ON", "magnet", "neodymium"),
    ("LFP batteries contain lithium and iron.", "DEPENDS_ON", "batter", "lithium"),
    ("China's ban on gallium exports to the United States remains in force.", "RESTRICTS", "*",
     "gallium"),
    ("China banned exports of gallium to the United States in December 2024.", "TARGETS", "*",
     "United States"),
    ("The controls apply to dysprosium and terbium, but not to neodymium.", "RESTRICTS", "*",
     "terbium"),
    ("The Democratic Republic of Congo suspended cobalt exports for four months.", "RESTRICTS",
     "*", "cobalt"),
    ("China imposed export controls on October 9. They covered holmium, erbium and thulium.",
     "RESTRICTS", "*", "holmium"),
    ("China suspended the export controls it announced on October 9. The April controls, which "
     "cover dysprosium, remain in force.", "RESTRICTS", "*", "dysprosium"),
    ("Brazil joined the Minerals Security Partnership.", "PARTY_TO", "Brazil",
     "Minerals Security Partnership"),
    ("The deal covers lithium and cobalt.", "ADDRESSES", "*", "lithium"),
    ("The trade accord cut the tariffs on Chinese magnets.", "ADDRESSES", "*", "magnet"),
    ("Washington imposed duties on Chinese anodes after the investigation.", "RESTRICTS", "*",
     "anode"),
    ("Malaysia has no plans to lift its ban on rare earth ore exports.", "RESTRICTS", "*",
     "rare earth"),
    ("Officials said they were not aware of any exemptions to the ban on gallium exports.",
     "RESTRICTS", "*", "gallium"),
    ("Electric cars whose batteries contain Chinese graphite are denied tax credits.",
     "DEPENDS_ON", "batter", "graphite"),
    ("Under Announcement No. 61, exporters need a licence for holmium.", "RESTRICTS", "*",
     "holmium"),
]


@pytest.mark.parametrize(("text", "rel", "source", "target"),
                         DENIED + HEDGED + NOT_SO + ENDED, ids=lambda v: str(v)[:40])
def test_a_fact_the_text_does_not_assert_is_not_extracted(text: str, rel: str, source: str,
                                                           target: str) -> None:
    assert not states(text, rel, source, target)


@pytest.mark.parametrize(("text", "rel", "source", "target"), PRESENT, ids=lambda v: str(v)[:40])
def test_the_affirmative_twin_keeps_its_fact(text: str, rel: str, source: str,
                                             target: str) -> None:
    assert states(text, rel, source, target)


def test_an_owned_plant_keeps_its_output_beside_a_study() -> None:
    """"is studying gallium recovery at its zinc smelter": the study hedges the gallium, not
    the zinc the smelter already makes through "its"."""
    pairs = produced_pairs("Nyrstar, owned by Trafigura, is studying gallium and germanium "
                           "recovery at its zinc smelter in Clarksville, Tennessee.")
    assert ("Nyrstar", "zinc") in pairs
    assert not any(goods in ("gallium", "germanium") for _, goods in pairs)
