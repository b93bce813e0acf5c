"""Names of rare-earth and critical-mineral news that the lexicon knows: companies, agencies,
officials and places in the many ways articles write them, each found with its label and
canonical name, beside common words and look-alikes that must name nothing (scorer on, as in
evaluation)."""

from __future__ import annotations

import pytest

from rekg.schema import RelType

from .fact_triples import labelled_names as _nodes
from .fact_triples import named_pairs as _facts

FOUND = [
    # state groups and smelters, in subject, object, apposition, possessive and list positions
    ("Baotou Steel sells its rare earth concentrate to a sister company.",
     "Organization", "Baotou Iron and Steel"),
    ("The Bayan Obo mine is run by Baogang, the state steelmaker.",
     "Organization", "Baotou Iron and Steel"),
    ("Output at Sinosteel fell in the first half.", "Organization", "Sinosteel"),
    ("Shares of China Hongqiao rose after the smelter restarted.",
     "Organization", "China Hongqiao Group"),
    ("Analysts expect CNNC to expand its uranium business.",
     "Organization", "China National Nuclear Corporation"),
    ("Chalco, the listed arm of the aluminium group, cut alumina output.",
     "Organization", "Chinalco"),
    ("Antimony from Hsikwangshan Twinkling Star reaches buyers in Europe.",
     "Organization", "Hsikwangshan Twinkling Star"),
    ("Magnet makers such as Innuovo and Earth-Panda raised prices.",
     "Organization", "Innuovo Technology"),
    ("Magnet makers such as Innuovo and Earth-Panda raised prices.",
     "Organization", "Anhui Earth-Panda Advance Magnetic Material"),
    ("Yunnan Tin Group is the world's largest tin producer.", "Organization", "Yunnan Tin Group"),
    ("Inner Mongolia Baotou Steel Rare-Earth raised its listed prices.", "Organization",
     "Northern Rare Earth"),
    ("The KIO, the political wing of the Kachin rebels, taxes the mines.", "Organization",
     "Kachin Independence Organisation"),
    # Japan and Korea
    ("Santoku makes rare earth alloys for magnet makers.", "Organization", "Santoku Corporation"),
    ("Mitsui Kinzoku supplies cerium oxide polishing powders.",
     "Organization", "Mitsui Mining & Smelting"),
    ("Resonac, formerly Showa Denko, recycles magnet scrap.", "Organization", "Resonac"),
    ("The motors come from Mabuchi and Nidec.", "Organization", "Mabuchi Motor"),
    ("Mitsubishi Heavy Industries builds missiles for Japan's defence ministry.",
     "Organization", "Mitsubishi Heavy Industries"),
    ("Korea's Public Procurement Service stockpiles rare metals.",
     "Organization", "Public Procurement Service"),
    ("KORES, the former state resources agency, holds stakes in overseas mines.",
     "Organization", "KOMIR"),
    ("LS Cable & System plans a magnet joint venture in Virginia.",
     "Organization", "LS Cable & System"),
    # United States: industry, defence and agencies
    ("Kennecott recovers tellurium at its Utah smelter.", "Organization", "Kennecott"),
    ("U.S. Steel and Nucor lobbied for the tariffs.", "Organization", "Nucor"),
    ("Defence suppliers including Howmet and Curtiss-Wright use samarium-cobalt magnets.",
     "Organization", "Howmet Aerospace"),
    ("Defence suppliers including Howmet and Curtiss-Wright use samarium-cobalt magnets.",
     "Organization", "Curtiss-Wright"),
    ("Rocket Lab buys solar cells made with germanium.", "Organization", "Rocket Lab"),
    ("The Environmental Protection Agency must approve the tailings plan.",
     "Organization", "Environmental Protection Agency"),
    ("The DOE Loan Programs Office lent $500 million to the refinery.",
     "Organization", "Loan Programs Office"),
    ("GE's turbines use permanent magnets.", "Organization", "General Electric"),
    # Europe, India, the rest of the world
    ("Syensqo, spun off from Solvay, runs the La Rochelle plant.", "Organization", "Syensqo"),
    ("Magnequench makes bonded magnet powders.", "Organization", "Magnequench"),
    ("The EU's Joint Research Centre tracks magnet demand.",
     "Organization", "Joint Research Centre"),
    ("Brose, a German seat-motor supplier, warned of shortages.", "Organization", "Brose"),
    ("DRDO needs samarium for guided missiles.", "Organization",
     "Defence Research and Development Organisation"),
    ("Hindustan Aeronautics builds fighter jets in Bengaluru.",
     "Organization", "Hindustan Aeronautics"),
    ("Russia's Rostec wants to develop the Tomtor deposit.", "Organization", "Rostec"),
    ("Uzbekistan's Almalyk MMC mines copper and molybdenum.",
     "Organization", "Almalyk Mining and Metallurgical Complex"),
    ("Tin from PT Timah is shipped to Singapore.", "Organization", "PT Timah"),
    ("Mubadala took a stake in the Brazilian miner.", "Organization", "Mubadala"),
    ("Bolivia's state lithium company YLB signed contracts with Russian and Chinese groups.",
     "Organization", "Yacimientos de Litio Bolivianos"),
    ("Export Development Canada will lend to the refinery.",
     "Organization", "Export Development Canada"),
    # juniors
    ("RareX and Victory Metals drilled new holes.", "Organization", "RareX"),
    ("Viridis and Meteoric are exploring ionic clay deposits in Minas Gerais.",
     "Organization", "Viridis Mining and Minerals"),
    ("St George Mining bought the Araxá niobium project.", "Organization", "St George Mining"),
    # names written with an ampersand
    ("Pratt & Whitney builds the engines for the F-35.", "Organization", "Pratt & Whitney"),
    ("Mitsui Mining & Smelting makes cerium oxide.", "Organization", "Mitsui Mining & Smelting"),
    # shipping lines, sanctioned brands, armed groups
    ("Maersk and MSC rerouted vessels around the Cape.", "Organization", "Maersk"),
    ("Maersk and MSC rerouted vessels around the Cape.", "Organization",
     "Mediterranean Shipping Company"),
    ("Calvin Klein's owner was put on the unreliable entity list.", "Organization",
     "Calvin Klein"),
    ("The United Wa State Army controls tin mines near the border.", "Organization",
     "United Wa State Army"),
    # ores, residues and intermediates
    ("Gallium can be recovered from coal fly ash.", "Material", "coal fly ash"),
    ("Refineries in Sulawesi process nickel laterite into battery chemicals.", "Material",
     "nickel laterite ore"),
    ("Chile's salars hold vast lithium brines.", "Material", "lithium brine"),
    ("Recyclers shred spent batteries into black mass.", "Material", "black mass"),
    ("Copper cathode prices rose on the tariff news.", "Material", "copper cathode"),
    ("Ukraine supplied much of the neon used in chipmaking.", "Material", "neon"),
    ("Kazakhstan ships yellowcake to converters abroad.", "Material", "yellowcake"),
    ("Bastnäsite is the main ore at Mountain Pass.", "Material", "bastnaesite"),
    ("South Africa exports chrome ore and ferrochrome.", "Material", "ferrochrome"),
    ("Sm-Co magnets survive the heat of jet engines.", "Material", "samarium-cobalt magnet"),
    ("Output of Nd-Pr oxide rose.", "Material", "NdPr oxide"),
    ("The plant makes 200 tonnes of Dy2O3 a year.", "Material", "dysprosium oxide"),
    ("Rwanda exports cassiterite and tin concentrate.", "Material", "cassiterite"),
    ("Recyclers buy NdFeB scrap from motor makers.", "Material", "magnet scrap"),
    # end uses
    ("Geared turbines use doubly fed induction generators.", "Product",
     "doubly fed induction generator"),
    ("Zirconium goes into nuclear fuel cladding.", "Product", "nuclear fuel cladding"),
    ("Tiny magnets sit inside AirPods and pacemakers.", "Product", "pacemaker"),
    ("Makers of cordless vacuum cleaners and power tools buy NdFeB magnets.", "Product",
     "vacuum cleaner"),
    ("Forklifts and excavators increasingly run on batteries.", "Product", "excavator"),
    ("Gallium is used in 5G equipment.", "Product", "5G base station"),
    # carmakers, battery makers, electronics and defence buyers
    ("Leapmotor and Changan cut output after the magnet curbs.", "Organization",
     "Changan Automobile"),
    ("Speaker maker AAC Technologies uses neodymium magnets.", "Organization",
     "AAC Technologies"),
    ("AVIC and Norinco are state defence groups.", "Organization", "Norinco"),
    ("Philips Lighting, now Signify, used europium in its lamps.", "Organization", "Signify"),
    ("Kratos and AeroVironment build drones for the Army.", "Organization", "Kratos Defense"),
    # surveys, laboratories, exchanges, analysts, lenders
    ("According to CSIS, China refines about 90% of rare earths.", "Organization",
     "Center for Strategic and International Studies"),
    ("Researchers at Oak Ridge National Laboratory developed a cerium alloy.", "Organization",
     "Oak Ridge National Laboratory"),
    ("Cobalt prices on the LME fell to a five-year low.", "Organization", "London Metal Exchange"),
    ("Germany's DERA warned about gallium supply.", "Organization",
     "German Mineral Resources Agency"),
    ("Analysts at Macquarie expect a deficit in NdPr oxide.", "Organization", "Macquarie Group"),
    ("The Export-Import Bank of China financed the smelter.", "Organization",
     "Export-Import Bank of China"),
    ("JICA and K-SURE backed the mine.", "Organization", "Korea Trade Insurance Corporation"),
    ("CSIRO developed a new separation process.", "Organization", "CSIRO"),
    ("Robotaxis need dozens of small motors.", "Product", "autonomous vehicle"),
    ("Cheap quadcopters rely on Chinese magnets.", "Product", "drone"),
    ("Data centres buy optical transceivers made with indium phosphide.", "Product",
     "optical transceiver"),
    # agreements
    ("Mexico and Canada hope the USMCA review will spare their steel.", "Agreement", "USMCA"),
    ("Canada launched the Sustainable Critical Minerals Alliance with Japan.", "Agreement",
     "Sustainable Critical Minerals Alliance"),
    # Greenland, which the news treats as a country of its own
    ("Greenland banned uranium mining in 2021.", "Country", "Greenland"),
    ("Nuuk has welcomed American investment in its mines.", "Country", "Greenland"),
    ("Greenlandic lawmakers debated the mining law.", "Country", "Greenland"),
    ("Prime Minister Jens-Frederik Nielsen said the island was not for sale.",
     "Person", "Jens-Frederik Nielsen"),
    # officials
    ("President Cyril Ramaphosa said South Africa would process more of its minerals.",
     "Person", "Cyril Ramaphosa"),
    ("Italian Prime Minister Giorgia Meloni met the Chinese premier.",
     "Person", "Giorgia Meloni"),
    ("Senator Tom Cotton introduced a bill on rare earth stockpiles.", "Person", "Tom Cotton"),
    ("Bahlil Lahadalia, Indonesia's energy minister, defended the nickel ore ban.",
     "Person", "Bahlil Lahadalia"),
    ("Mantashe said the department would review mining licences.",
     "Person", "Gwede Mantashe"),
]


@pytest.mark.parametrize(("text", "label", "name"), FOUND)
def test_a_known_name_is_found_with_its_label(text: str, label: str, name: str) -> None:
    assert (label, name) in _nodes(text)


LOCATED = [
    # the lexicon says which of the countries the text names is the company's own
    ("Santoku makes rare earth alloys for Japanese magnet makers.", "Santoku Corporation",
     "Japan"),
    ("Kennecott recovers tellurium at its Utah smelter.", "Kennecott", "United States"),
    ("Innuovo, a Chinese magnet maker, raised prices.", "Innuovo Technology", "China"),
    ("Rostec wants to develop a deposit in Russia's far north.", "Rostec", "Russia"),
    ("PT Timah cut tin output in Indonesia.", "PT Timah", "Indonesia"),
    ("Hyundai Steel is among the biggest buyers of coking coal in South Korea.", "Hyundai Steel",
     "South Korea"),
]


@pytest.mark.parametrize(("text", "org", "country"), LOCATED)
def test_a_known_company_is_located_in_its_country(text: str, org: str, country: str) -> None:
    assert (org, country) in _facts(text, RelType.LOCATED_IN)


REPRESENTED = [
    ("President Cyril Ramaphosa spoke in Pretoria.", "Cyril Ramaphosa", "South Africa"),
    ("Giorgia Meloni said Italy would join the club.", "Giorgia Meloni", "Italy"),
    ("Senator Lisa Murkowski said the United States must mine more antimony.",
     "Lisa Murkowski", "United States"),
]


@pytest.mark.parametrize(("text", "person", "party"), REPRESENTED)
def test_a_known_official_represents_his_country(text: str, person: str, party: str) -> None:
    assert (person, party) in _facts(text, RelType.REPRESENTS)


NOTHING = [
    # common words and look-alikes of the new names
    ("Reliance on China for magnets worries carmakers.", "Reliance Industries"),
    ("Tariffs on US steel and aluminium stay in place.", "United States Steel"),
    ("The USGS Mineral Commodity Summaries cut the estimate.", "Mineral Commodities"),
    ("Yunnan tin mines reopened after the inspection.", "Yunnan Tin Group"),
    ("Western mining companies struggle to compete on price.", "Western Mining"),
    ("The flight left from Hongqiao airport in Shanghai.", "China Hongqiao Group"),
    ("Urban mining, the recovery of metals from scrap, is growing.", "Urban Mining Company"),
    ("A carrier group sailed through the strait.", "Carrier"),
    ("Prices are likely to lead to more recycling.", "lead"),
    ("Australia's House of Representatives passed the bill.", "US House of Representatives"),
    ("Brazil's Caldeira project is years from production.", "Caldeira"),
    ("Malawi's Kangankunde deposit is rich in monazite.", "Kangankunde"),
    ("Greenland's Tanbreez deposit is years from production.", "Tanbreez"),
    ("Guinea's bauxite comes from laterite plateaus.", "nickel laterite ore"),
    ("The rand weakened against the dollar.", "RAND Corporation"),
    ("Code of Federal Regulations rules apply.", "Council on Foreign Relations"),
]


@pytest.mark.parametrize(("text", "name"), NOTHING)
def test_a_common_word_or_a_site_names_no_entity(text: str, name: str) -> None:
    assert all(found != name for _, found in _nodes(text))
