"""General phrasings of restrictions (IMPOSES + RESTRICTS, IMPOSES + TARGETS): verbs and nouns,
passives, possessives, licences and their grantor, lists and later sentences, listings of
companies; each beside threatened, denied, proposed, suspended, lifted or exempted twins that
must give nothing (scorer on, as in evaluation)."""

from __future__ import annotations

import pytest

from rekg.extract import extract
from rekg.loaders.document import Document
from rekg.schema import GraphFragment, RelType

from .fragments import restricted_pairs


def _fragment(text: str) -> GraphFragment:
    return extract(Document(text=text, title="Test", published="2025-06-01"))


def _targeted_pairs(fragment: GraphFragment) -> set[tuple[str, str]]:
    names = {n.id: n.name for n in fragment.nodes.values()}
    rels = list(fragment.relationships.values())
    return {(names[i.source], names[t.target]) for i in rels if i.type is RelType.IMPOSES
            for t in rels if t.type is RelType.TARGETS and t.source == i.target}


def _holds(text: str, rel: str, imposer: str, other: str) -> bool:
    fragment = _fragment(text)
    pairs = restricted_pairs(fragment) if rel == "RESTRICTS" else _targeted_pairs(fragment)
    return any(a.lower() == imposer.lower() and other.lower() in b.lower() for a, b in pairs)


R, T = "RESTRICTS", "TARGETS"
CN, US = "China", "United States"

STATED = [
    ("China curbed exports of gallium and germanium in July 2023.", R, CN, "germanium"),
    ("Beijing restricted shipments of graphite last year.", R, CN, "graphite"),
    ("Indonesia banned the export of raw nickel ore in 2020.", R, "Indonesia", "nickel ore"),
    ("Myanmar limited exports of rare earth concentrate.", R, "Myanmar", "concentrate"),
    ("China put controls on exports of antimony in September.", R, CN, "antimony"),
    ("China has placed export restrictions on tungsten, tellurium and bismuth.", R, CN,
     "bismuth"),
    ("Exports of dysprosium now need a licence from Beijing.", R, CN, "dysprosium"),
    ("Germanium exports have required a licence from Beijing since 2023.", R, CN, "germanium"),
    ("Sellers of tungsten powder must obtain a permit from Seoul for each cargo.", R,
     "South Korea", "tungsten"),
    ("Chinese exporters of terbium must now obtain a licence from the commerce ministry.", R,
     CN, "terbium"),
    ("China added samarium to its export control list in April.", R, CN, "samarium"),
    ("Beijing announced new export controls on Thursday. The controls cover holmium, erbium "
     "and thulium.", R, CN, "thulium"),
    ("China announced export controls on seven rare earths: samarium, gadolinium, terbium, "
     "dysprosium, lutetium, scandium and yttrium.", R, CN, "lutetium"),
    ("China's ban on gallium exports to the United States took effect in December.", R, CN,
     "gallium"),
    ("China's ban on gallium exports to the United States took effect in December.", T, CN, US),
    ("Beijing's curbs on rare earth magnets have hit carmakers in Europe.", R, CN, "magnet"),
    ("US-bound shipments of antimony have been banned by China.", R, CN, "antimony"),
    ("US-bound shipments of antimony have been banned by China.", T, CN, US),
    ("Washington blacklisted the Chinese drone maker DJI.", T, US, "DJI"),
    ("The US Commerce Department added Huawei to its entity list in 2019.", T, US, "Huawei"),
    ("China placed Skydio on its unreliable entity list.", T, CN, "Skydio"),
    ("The United States imposed tariffs on Chinese goods.", T, US, CN),
    ("Washington slapped a 25% tariff on imports of Chinese electric vehicles.", R, US,
     "electric vehicle"),
    ("China introduced a licensing regime for rare earth exports.", R, CN, "rare earth"),
    ("Gallium has been subject to export licensing in China since August 2023.", R, CN,
     "gallium"),
    ("Beijing's gallium ban has pushed prices higher in Rotterdam.", R, CN, "gallium"),
    ("The European Union imposed anti-dumping duties on Chinese electric vehicles.", T,
     "European Union", CN),
    ("Indonesia's ban on bauxite exports took effect in June.", R, "Indonesia", "bauxite"),
    ("Under rules issued by China's commerce ministry, exporters need licences to ship "
     "dysprosium.", R, CN, "dysprosium"),
    ("China, which controls most of the world's refining, restricted exports of terbium in "
     "April.", R, CN, "terbium"),
    ("Indonesia, which holds the largest nickel reserves, banned ore exports in 2020.", R,
     "Indonesia", "nickel"),
    ("The export curbs, imposed by Beijing in April, cover samarium and gadolinium.", R, CN,
     "gadolinium"),
    ("China has tightened its grip on rare earths, imposing export controls on dysprosium and "
     "terbium.", R, CN, "dysprosium"),
    ("Malaysia has banned exports of unprocessed rare earths.", R, "Malaysia", "rare earth"),
    ("Congo suspended cobalt exports for four months.", R,
     "Democratic Republic of the Congo", "cobalt"),
    ("Japan imposed export controls on photoresists bound for South Korea.", T, "Japan",
     "South Korea"),
    ("China banned exports of gallium, germanium and antimony to the United States.", R, CN,
     "antimony"),
    ("China banned exports of gallium, germanium and antimony to the United States.", T, CN, US),
    ("Beijing retaliated with export restrictions on heavy rare earths.", R, CN,
     "heavy rare earths"),
    ("China hit back with curbs on rare earth exports.", R, CN, "rare earth"),
    ("China's commerce ministry placed 28 US companies, including Lockheed Martin, on its "
     "export control list.", T, CN, "Lockheed Martin"),
    ("Canada levied a 100% surtax on Chinese-made electric vehicles.", T, "Canada", CN),
    ("Washington imposed a 25% surcharge on imports of Chinese steel.", T, US, CN),
    ("Exports of antimony to the US were prohibited by China in December.", T, CN, US),
    ("Beijing requires exporters of dysprosium to apply for licences.", R, CN, "dysprosium"),
    ("Beijing imposed a licensing requirement on exports of indium.", R, CN, "indium"),
    ("Washington put export curbs on advanced chips bound for China.", T, US, CN),
    ("China requires a licence for every shipment of yttrium.", R, CN, "yttrium"),
    ("Gallium, germanium and antimony exports to the United States were banned by Beijing.", T,
     CN, US),
    ("China's export ban on antimony to the United States remains in place.", R, CN,
     "antimony"),
    ("Beijing imposed countervailing duties on Australian barley.", T, CN, "Australia"),
    ("China slapped export controls on five more rare earths, including holmium and "
     "europium.", R, CN, "europium"),
    ("Myanmar's junta banned rare earth exports to China.", T, "Myanmar", CN),
    ("China put General Dynamics on its unreliable entity list.", T, CN, "General Dynamics"),
    ("Indonesia stopped exports of bauxite in June 2023.", R, "Indonesia", "bauxite"),
    ("Beijing tightened curbs on rare earth magnet exports.", R, CN, "magnet"),
    ("The United States raised tariffs on imports from China to 145%.", T, US, CN),
    ("Washington slapped a 50% tariff on Brazilian goods.", T, US, "Brazil"),
    ("Beijing imposed restrictions targeting the United States.", T, CN, US),
    ("Washington's tariffs on Canada and Mexico took effect on Tuesday.", T, US, "Mexico"),
    ("China imposed sanctions on Skydio and eight other US firms.", T, CN, "Skydio"),
    ("China retaliated with tariffs of 34% on all US goods.", T, CN, US),
    ("Tokyo restricted exports of three chemicals to South Korea in 2019.", T, "Japan",
     "South Korea"),
    ("India imposed anti-dumping duties on solar glass from China and Vietnam.", T, "India",
     "Vietnam"),
    ("Skydio was added to China's unreliable entity list in October.", T, CN, "Skydio"),
    ("President Trump imposed a 50% tariff on Indian goods.", T, US, "India"),
    ("Trump has also slapped tariffs on Brazilian goods.", T, US, "Brazil"),
    ("Biden restricted exports of advanced chips to China in 2022.", R, US, "chip"),
    ("China announced controls on five metals on Thursday. The list includes tungsten, "
     "tellurium, bismuth, molybdenum and indium.", R, CN, "molybdenum"),
    ("The restrictions, which China introduced in April, apply to seven heavy rare earths.", R,
     CN, "heavy rare earths"),
    ("From December 1, exports of graphite will require a licence, China's commerce ministry "
     "said.", R, CN, "graphite"),
    ("Export licences are now required for shipments of terbium from China.", R, CN, "terbium"),
    ("Beijing has made exports of antimony subject to licensing.", R, CN, "antimony"),
    ("Shipments of gallium to the US are banned under rules China issued in December.", T, CN,
     US),
    ("China will no longer allow exports of gallium to the United States.", R, CN, "gallium"),
    ("China will no longer allow exports of gallium to the United States.", T, CN, US),
    ("Beijing forbids exports of antimony to US military users.", R, CN, "antimony"),
    ("Exports of germanium to the US are now forbidden, China's commerce ministry said.", R, CN,
     "germanium"),
    ("Zimbabwe's ban on raw lithium exports took effect in December 2022.", R, "Zimbabwe",
     "lithium"),
    ("A temporary ban on cobalt exports by Congo lifted prices.", R,
     "Democratic Republic of the Congo", "cobalt"),
    ("Mexico raised tariffs on cars from China to 50%.", T, "Mexico", CN),
    ("Since 2023, China has controlled exports of gallium and germanium.", R, CN, "germanium"),
    ("Beijing controls shipments of graphite to the United States.", R, CN, "graphite"),
    ("The US has banned imports of Russian uranium.", T, US, "Russia"),
    ("Washington imposed a ban on imports of Russian uranium.", T, US, "Russia"),
    ("The EU bans imports of Russian steel.", T, "European Union", "Russia"),
    ("China announced new export controls on Friday. The measures target seven elements: "
     "samarium, gadolinium, terbium, dysprosium, lutetium, scandium and yttrium.", R, CN,
     "scandium"),
    ("China tightened its export controls again. Those affected include dysprosium and "
     "terbium.", R, CN, "terbium"),
    ("China's graphite export curbs have hurt anode makers.", R, CN, "graphite"),
    ("A Chinese ban on exports of gallium to the US took effect in December.", T, CN, US),
    ("Beijing's move to curb graphite exports hit battery makers.", R, CN, "graphite"),
    ("Beijing's curbs are aimed squarely at Washington.", T, CN, US),
    ("Tokyo placed restrictions on exports to Seoul of three chemicals in 2019.", T, "Japan",
     "South Korea"),
    ("Beijing retaliated against Washington with export controls on gallium.", T, CN, US),
    ("Seoul hit back at Tokyo with export curbs on hydrogen fluoride.", T, "South Korea",
     "Japan"),
    ("China hit US chipmaker Micron with a procurement ban.", T, CN, "Micron"),
    ("China requires export licences for gallium shipments to the United States.", T, CN, US),
    ("Beijing declined to lift its ban on gallium exports.", R, CN, "gallium"),
    ("Despite fears, China banned exports of gallium.", R, CN, "gallium"),
    ("China, which has the power to set prices, restricted exports of gallium.", R, CN,
     "gallium"),
]

NOT_STATED = [
    ("China threatened to curb exports of gallium.", R, CN, "gallium"),
    ("Beijing denied that it had restricted shipments of graphite.", R, CN, "graphite"),
    ("Indonesia is considering a ban on the export of raw nickel ore.", R, "Indonesia",
     "nickel"),
    ("China proposed export controls on antimony.", R, CN, "antimony"),
    ("China suspended its ban on gallium exports to the United States.", T, CN, US),
    ("China suspended its ban on gallium exports to the United States.", R, CN, "gallium"),
    ("China lifted its export controls on tungsten in November.", R, CN, "tungsten"),
    ("China announced export controls on rare earths, excluding lanthanum and cerium.", R, CN,
     "cerium"),
    ("Beijing may add samarium to its export control list.", R, CN, "samarium"),
    ("China could add lutetium and scandium to its control list.", R, CN, "scandium"),
    ("Washington could blacklist DJI, officials said.", T, US, "DJI"),
    ("Beijing warned it would place Lockheed Martin on its unreliable entity list.", T, CN,
     "Lockheed Martin"),
    ("Washington might blacklist Huawei suppliers.", T, US, "Huawei"),
    ("The United States threatened tariffs on Chinese goods.", T, US, CN),
    ("China has not restricted exports of lithium.", R, CN, "lithium"),
    ("Malaysia plans to ban exports of unprocessed rare earths.", R, "Malaysia", "rare earth"),
    ("China exempted Japan from its gallium export ban.", T, CN, "Japan"),
    ("Beijing removed Skydio from its unreliable entity list.", T, CN, "Skydio"),
    ("China said it had no plans to restrict exports of yttrium.", R, CN, "yttrium"),
    ("Exports of neodymium do not need a licence from Beijing.", R, CN, "neodymium"),
    ("China did not add scandium to its export control list.", R, CN, "scandium"),
    ("A proposed EU tariff on Chinese electric vehicles was shelved.", T, "European Union", CN),
    ("China paused the export controls on gallium and germanium for a year.", R, CN,
     "gallium"),
    ("Analysts said China might restrict exports of magnet technology.", R, CN, "magnet"),
    ("If talks fail, Washington would impose tariffs on Chinese goods.", T, US, CN),
    ("Officials said gallium would not be added to the control list.", R, CN, "gallium"),
    ("Beijing scrapped its curbs on graphite exports.", R, CN, "graphite"),
    ("Washington removed DJI from its entity list.", T, US, "DJI"),
    ("China is weighing curbs on rare earth magnet exports.", R, CN, "magnet"),
    ("Washington exempted Canada and Mexico from the tariffs.", T, US, "Canada"),
    ("The United States is considering sanctions on Huawei.", T, US, "Huawei"),
    ("Beijing denied it had halted rare earth exports to Japan.", T, CN, "Japan"),
    ("Beijing suspended the ban on exports of gallium to the US until November 2026.", T, CN,
     US),
    ("Japan threatened to restrict exports of chemicals to South Korea.", T, "Japan",
     "South Korea"),
    ("Trump threatened a 50% tariff on Indian goods.", T, US, "India"),
    ("Trump vowed to impose tariffs on Indian goods.", T, US, "India"),
    ("Trump has not imposed tariffs on Indian goods.", T, US, "India"),
    ("Vietnam may ban exports of rare earth ore from next year.", R, "Vietnam", "rare earth"),
    ("Exports of cerium and lanthanum are not covered by the Chinese controls.", R, CN,
     "cerium"),
    ("Beijing ended its export ban on rare earths to Japan in 2010.", T, CN, "Japan"),
    ("The controls on gallium expired in 2024.", R, CN, "gallium"),
    ("China has yet to restrict exports of lithium.", R, CN, "lithium"),
    ("Mexico may raise tariffs on cars from China to 50%.", T, "Mexico", CN),
    ("Seoul could tighten its controls on cobalt exports to China.", R, "South Korea",
     "cobalt"),
    ("China will not restrict exports of gallium, the commerce ministry said.", R, CN,
     "gallium"),
    ("Exports of germanium are not forbidden, China's commerce ministry said.", R, CN,
     "germanium"),
    ("There is no Chinese ban on exports of cerium.", R, CN, "cerium"),
    ("China controls 90% of the refining of gallium.", R, CN, "gallium"),
    ("China's controlled exports of gallium fell in May.", R, CN, "gallium"),
    ("The US has not banned imports of Russian uranium.", T, US, "Russia"),
    ("Beijing's decision not to restrict exports of graphite surprised analysts.", R, CN,
     "graphite"),
    ("The planned Chinese ban on graphite exports has been postponed.", R, CN, "graphite"),
    ("An analyst in Tokyo said the curbs on exports to Seoul would be lifted.", T, "Japan",
     "South Korea"),
    ("Beijing said its curbs were not aimed at Tokyo.", T, CN, "Japan"),
    ("China granted export licences for dysprosium to Japanese buyers.", T, CN, "Japan"),
    ("China has not placed any US firm on its unreliable entity list; Skydio is not on it.", T,
     CN, "Skydio"),
    ("China published its control list; samarium is on it, but cerium is not on it.", R, CN,
     "cerium"),
    ("Beijing hinted at curbs on rare earth magnet exports.", R, CN, "magnet"),
    ("Traders fear a Chinese ban on gallium exports.", R, CN, "gallium"),
    ("Fears of a Chinese ban on graphite exports lifted prices.", R, CN, "graphite"),
    ("Beijing has the power to restrict exports of rare earth magnets.", R, CN, "magnet"),
    ("China could use its dominance to restrict exports of graphite.", R, CN, "graphite"),
    ("China has the option of banning exports of indium.", R, CN, "indium"),
    ("China held off on new curbs on lithium exports.", R, CN, "lithium"),
    ("Beijing declined to restrict exports of cobalt.", R, CN, "cobalt"),
    ("Beijing is reportedly preparing to add gallium to its control list.", R, CN, "gallium"),
    ("China floated the idea of export controls on lithium.", R, CN, "lithium"),
    ("Would China ban exports of gallium?", R, CN, "gallium"),
    ("The commerce ministry ruled out export controls on lithium.", R, CN, "lithium"),
    ("Beijing has so far refrained from restricting exports of cobalt.", R, CN, "cobalt"),
]


@pytest.mark.parametrize(("text", "rel", "imposer", "other"), STATED, ids=lambda v: str(v)[:40])
def test_a_stated_restriction_is_extracted(text: str, rel: str, imposer: str,
                                           other: str) -> None:
    assert _holds(text, rel, imposer, other)


@pytest.mark.parametrize(("text", "rel", "imposer", "other"), NOT_STATED,
                         ids=lambda v: str(v)[:40])
def test_a_restriction_the_text_does_not_assert_is_not_extracted(text: str, rel: str,
                                                                 imposer: str,
                                                                 other: str) -> None:
    assert not _holds(text, rel, imposer, other)
