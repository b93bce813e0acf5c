"""General phrasings of agreements: who is party to a deal (PARTY_TO), what it covers
(ADDRESSES) and which agreement puts another into effect (IMPLEMENTS), each beside twins
(failed, sought, planned, proposed, denied, left) that must give nothing (scorer on, as in
evaluation)."""

from __future__ import annotations

import pytest

from .fragments import states

PRESENT = [
    # signing verbs, active and passive, pairs and lists
    ("Australia and Japan signed a deal on rare earth supply chains on Monday.", "PARTY_TO",
     "Australia", "deal"),
    ("Canada and Germany concluded a memorandum of understanding on critical minerals.",
     "PARTY_TO", "Germany", "memorandum"),
    ("Tokyo and New Delhi struck a pact on rare earth processing.", "PARTY_TO", "India", "*"),
    ("Saudi Arabia and the United States inked a critical minerals partnership in Riyadh.",
     "PARTY_TO", "Saudi Arabia", "*"),
    ("A memorandum on rare earths was signed by Kazakhstan and the European Union.",
     "PARTY_TO", "Kazakhstan", "memorandum"),
    ("The agreement, signed by India and Argentina, covers lithium exploration.", "PARTY_TO",
     "Argentina", "agreement"),
    ("The framework agreed by Ottawa and Canberra targets graphite and nickel.", "PARTY_TO",
     "Canada", "framework"),
    ("The Geneva consensus was reached by the United States and China in May.", "PARTY_TO",
     "China", "Geneva consensus"),
    # "between", "with", possessives, relative clauses
    ("A framework agreement between the European Union and Chile covers lithium and copper.",
     "PARTY_TO", "Chile", "framework"),
    ("The accord between Washington and Kyiv gives American firms access to titanium.",
     "PARTY_TO", "Ukraine", "accord"),
    ("Japan's agreement with Mongolia covers rare earths and uranium.", "PARTY_TO", "Japan",
     "agreement"),
    ("Japan's agreement with Mongolia covers rare earths and uranium.", "PARTY_TO", "Mongolia",
     "agreement"),
    ("Cooperation on critical minerals is at the heart of the deal between Tokyo and Canberra.",
     "PARTY_TO", "Australia", "deal"),
    ("Japan, which signed the accord in 2023, wants more rare earths.", "PARTY_TO", "Japan",
     "accord"),
    ("Iluka Resources, which has an offtake deal with Posco, ships zircon to Korea.", "PARTY_TO",
     "Iluka", "offtake deal"),
    ("Lynas and Sojitz have an offtake agreement for heavy rare earths.", "PARTY_TO", "Sojitz",
     "offtake agreement"),
    ("Chile has a free trade agreement with South Korea.", "PARTY_TO", "Chile",
     "free trade agreement"),
    ("Australia and India signed a free-trade deal that covers lithium.", "ADDRESSES", "deal",
     "lithium"),
    # who undertakes something by the deal
    ("Beijing agreed to suspend its rare earth export controls as part of the deal.",
     "PARTY_TO", "China", "deal"),
    ("Ottawa pledged to fund a graphite refinery under the accord.", "PARTY_TO", "Canada",
     "accord"),
    # joining and membership
    ("India joined the Minerals Security Partnership in 2023.", "PARTY_TO", "India",
     "Minerals Security Partnership"),
    ("Estonia and Italy joined the partnership in 2023.", "PARTY_TO", "Estonia", "partnership"),
    ("Germany became the latest country to join the Minerals Security Partnership.", "PARTY_TO",
     "Germany", "Minerals Security Partnership"),
    ("Signatories of the pact include the United States, Japan and South Korea.", "PARTY_TO",
     "South Korea", "pact"),
    ("The partnership's members include Australia, Canada and India.", "PARTY_TO", "Canada",
     "partnership"),
    # parties written into the agreement's name
    ("The US-Japan critical minerals agreement covers cobalt and nickel.", "PARTY_TO", "Japan",
     "US-Japan"),
    ("The US-Japan critical minerals agreement covers cobalt and nickel.", "PARTY_TO",
     "United States", "US-Japan"),
    ("The EU-Ukraine raw materials partnership, signed in 2021, covers lithium.", "PARTY_TO",
     "Ukraine", "EU-Ukraine"),
    ("The US-Ukraine minerals deal gives Washington a share of future revenue.", "PARTY_TO",
     "Ukraine", "US-Ukraine"),
    ("The Japan-India rare earth pact was signed in Tokyo.", "PARTY_TO", "India", "*"),
    ("A Saudi-US critical minerals memorandum was signed during the visit.", "PARTY_TO",
     "Saudi Arabia", "memorandum"),
    # capitalised names of compacts, protocols, initiatives
    ("Fiji and Tonga signed the Pacific Minerals Compact, which covers cobalt.", "PARTY_TO",
     "Tonga", "Pacific Minerals Compact"),
    ("Japan and India launched the Indo-Pacific Minerals Initiative, which covers lithium and "
     "cobalt.", "ADDRESSES", "Initiative", "cobalt"),
    ("Twelve countries signed the Lima Protocol on lithium.", "ADDRESSES", "Lima Protocol",
     "lithium"),
    # talks, negotiations or a later partner beside a signing
    ("After two years of negotiations, Canada and Japan signed a graphite accord.", "PARTY_TO",
     "Canada", "accord"),
    ("Canada and Japan, which had been in talks since 2023, signed a graphite accord on "
     "Friday.", "PARTY_TO", "Japan", "accord"),
    ("Canada and Japan signed a graphite accord on Friday and are negotiating a second one on "
     "nickel.", "PARTY_TO", "Canada", "accord"),
    ("Japan signed the accord in March; Korea is considering joining it.", "PARTY_TO", "Japan",
     "accord"),
    # headlines
    ("US, Japan sign critical minerals deal", "PARTY_TO", "Japan", "deal"),
    ("EU and Chile seal lithium pact", "PARTY_TO", "Chile", "pact"),
    # deals between companies
    ("Lynas signed an offtake agreement with the US Department of Defense for heavy rare "
     "earths.", "PARTY_TO", "Department of Defense", "offtake agreement"),
    ("General Motors inked a long-term supply deal with VAC for rare earth magnets.",
     "PARTY_TO", "Vacuumschmelze", "supply deal"),
    ("The offtake agreement between Arafura and Hyundai covers NdPr oxide.", "PARTY_TO",
     "Hyundai", "offtake agreement"),
    ("Arafura sells NdPr oxide to Hyundai under a ten-year offtake agreement.", "PARTY_TO",
     "Hyundai", "offtake agreement"),
    ("Glencore agreed to supply cobalt to Tesla under a multi-year deal.", "PARTY_TO", "Tesla",
     "deal"),
    ("The Pentagon and MP Materials entered into a partnership to build a magnet plant.",
     "PARTY_TO", "MP Materials", "partnership"),
    # a roadmap agreed between parties
    ("France and Kazakhstan have signed a roadmap for cooperation on critical minerals "
     "including uranium.", "PARTY_TO", "Kazakhstan", "roadmap"),
    ("Kazakhstan and the EU agreed a roadmap on raw materials in 2024.", "PARTY_TO",
     "European Union", "roadmap"),
    # what a deal covers
    ("The deal covers gallium, germanium and antimony.", "ADDRESSES", "deal", "antimony"),
    ("The agreement addresses graphite and lithium supplies.", "ADDRESSES", "agreement",
     "graphite"),
    ("The United States and Ukraine signed an agreement covering lithium and graphite.",
     "ADDRESSES", "agreement", "graphite"),
    ("Washington's deal with Kyiv covers titanium, lithium and graphite.", "ADDRESSES", "deal",
     "titanium"),
    ("Washington and Canberra agreed a framework for securing supply of critical minerals "
     "and rare earths.", "ADDRESSES", "*", "rare earth"),
    ("The agreement aims to secure supplies of lithium and cobalt.", "ADDRESSES", "agreement",
     "cobalt"),
    ("The pact is designed to reduce reliance on Chinese graphite.", "ADDRESSES", "pact",
     "graphite"),
    ("The memorandum focuses on battery materials such as nickel and cobalt.", "ADDRESSES",
     "memorandum", "nickel"),
    ("The framework provides for joint investment in gallium and germanium projects.",
     "ADDRESSES", "framework", "germanium"),
    ("The United States and Japan signed an agreement on critical minerals, which covers "
     "lithium, nickel and cobalt.", "ADDRESSES", "agreement", "nickel"),
    ("The United States and Australia signed the framework in October. The deal covers "
     "gallium and rare earths.", "ADDRESSES", "*", "gallium"),
    ("MP Materials struck a supply deal with General Motors for NdFeB magnets.", "ADDRESSES",
     "supply deal", "NdFeB magnet"),
    ("Japan and Australia signed a critical minerals deal on Monday. It covers lithium, "
     "cobalt and rare earths.", "ADDRESSES", "deal", "cobalt"),
    ("Peru and Korea signed a trade agreement in Lima. The pact focuses on copper and zinc.",
     "ADDRESSES", "trade agreement", "zinc"),
    ("Japan and Chile struck a minerals deal on Monday. The agreement covers lithium.",
     "ADDRESSES", "minerals deal", "lithium"),
    ("Materials named in the agreement include gallium, germanium and graphite.", "ADDRESSES",
     "agreement", "germanium"),
    ("The memorandum lists nickel, cobalt and manganese as priorities.", "ADDRESSES",
     "memorandum", "manganese"),
    # a measure the deal eases
    ("The truce pauses China's controls on rare earth exports for a year.", "ADDRESSES",
     "truce", "rare earth"),
    ("Under the agreement, China will suspend its export controls on gallium and germanium.",
     "ADDRESSES", "agreement", "gallium"),
    ("The truce removes the controls on gallium, germanium and antimony exports.",
     "ADDRESSES", "truce", "antimony"),
    ("The agreement lifts China's licensing requirement for rare earth magnets.", "ADDRESSES",
     "agreement", "rare earth magnet"),
    # one agreement putting another into effect
    ("The London framework implements the Geneva consensus.", "IMPLEMENTS", "London framework",
     "Geneva consensus"),
    ("The Busan arrangement puts into effect the Kuala Lumpur consensus.", "IMPLEMENTS", "Busan",
     "Kuala Lumpur"),
    ("The London framework puts the Geneva consensus into practice.", "IMPLEMENTS",
     "London framework", "Geneva consensus"),
]

ABSENT = [
    ("The United States and Ukraine did not sign an agreement covering lithium and graphite.",
     "PARTY_TO", "*", "*"),
    ("Canada and Germany are negotiating a memorandum of understanding on critical minerals.",
     "PARTY_TO", "*", "*"),
    ("Canada and Germany are negotiating a memorandum of understanding on critical minerals.",
     "ADDRESSES", "*", "critical minerals"),
    ("Talks on a framework agreement between the European Union and Chile collapsed.",
     "PARTY_TO", "*", "*"),
    ("India has not joined the Minerals Security Partnership.", "PARTY_TO", "India", "*"),
    ("Brazil stayed out of the Minerals Security Partnership.", "PARTY_TO", "Brazil", "*"),
    ("Japan declined to join the partnership.", "PARTY_TO", "Japan", "*"),
    ("Mexico refused to sign the framework.", "PARTY_TO", "Mexico", "*"),
    ("China refused to join the agreement.", "PARTY_TO", "China", "*"),
    ("The deal does not cover gallium.", "ADDRESSES", "*", "gallium"),
    ("The agreement excludes graphite.", "ADDRESSES", "*", "graphite"),
    ("The framework will not address tungsten.", "ADDRESSES", "*", "tungsten"),
    ("Unlike the earlier pact, the new deal does not include lithium.", "ADDRESSES", "*",
     "lithium"),
    ("The truce did not pause China's controls on rare earth exports.", "ADDRESSES", "*", "*"),
    ("Lynas is in talks with the US Department of Defense over an offtake agreement.",
     "PARTY_TO", "*", "*"),
    ("MP Materials hopes to strike a supply deal with General Motors.", "PARTY_TO", "*", "*"),
    ("Noveon Magnetics is seeking a supply agreement with Nidec for rare earth magnets.",
     "PARTY_TO", "*", "*"),
    ("Noveon Magnetics is seeking a supply agreement with Nidec for rare earth magnets.",
     "ADDRESSES", "*", "magnet"),
    ("Energy Fuels and Vulcan Elements are in talks on a memorandum to supply NdPr oxide.",
     "PARTY_TO", "*", "*"),
    ("The proposed pact between Indonesia and Australia would cover nickel.", "PARTY_TO", "*",
     "*"),
    ("The proposed pact between Indonesia and Australia would cover nickel.", "ADDRESSES", "*",
     "nickel"),
    ("The draft agreement between Peru and Mongolia would cover rare earths.", "PARTY_TO", "*",
     "*"),
    ("Canada and Chile could agree a framework for critical minerals next year.", "PARTY_TO",
     "*", "*"),
    ("Peru and Vietnam may sign a lithium accord in the autumn.", "PARTY_TO", "*", "*"),
    ("Saudi Arabia and the United States plan to sign a critical minerals partnership.",
     "PARTY_TO", "*", "*"),
    ("The United Kingdom and Saudi Arabia are expected to sign a critical minerals "
     "partnership.", "PARTY_TO", "*", "*"),
    ("The United States and India aim to sign an agreement on critical minerals by year-end.",
     "PARTY_TO", "*", "*"),
    ("The United States and India aim to sign an agreement on critical minerals by year-end.",
     "ADDRESSES", "*", "critical minerals"),
    ("South Korea is considering joining the agreement.", "PARTY_TO", "*", "*"),
    ("Vietnam and South Korea discussed a possible agreement on rare earths.", "PARTY_TO", "*",
     "*"),
    ("Vietnam and South Korea discussed a possible agreement on rare earths.", "ADDRESSES",
     "*", "rare earth"),
    ("Officials denied that Kazakhstan had signed a memorandum with the European Union.",
     "PARTY_TO", "*", "*"),
    ("Kyiv and Washington were close to a deal on rare earths but did not sign it.",
     "PARTY_TO", "*", "*"),
    ("If talks succeed, Canada and Japan will sign a deal on graphite.", "PARTY_TO", "*", "*"),
    ("Argentina withdrew from the lithium agreement in 2024.", "PARTY_TO", "Argentina", "*"),
    ("Chile pulled out of the deal last year.", "PARTY_TO", "Chile", "*"),
    ("Germany walked away from the deal with Chile.", "PARTY_TO", "Germany", "*"),
    ("The partnership between the United States and Mongolia was terminated in 2024.",
     "PARTY_TO", "*", "*"),
    ("The deal, which Japan has not signed, covers cobalt.", "PARTY_TO", "Japan", "*"),
    ("The European Union and Indonesia have yet to conclude their free trade agreement.",
     "PARTY_TO", "*", "*"),
    ("Beijing rejected the proposed deal.", "PARTY_TO", "*", "*"),
    ("Canberra cancelled a 2015 agreement under which Iluka Resources supplies zircon to "
     "Posco.", "PARTY_TO", "*", "*"),
    ("Japan has a plan to seek a deal with Mongolia.", "PARTY_TO", "*", "*"),
    ("Japan has no agreement with Mongolia.", "PARTY_TO", "*", "*"),
    ("China has not agreed to lift its controls under the truce.", "PARTY_TO", "*", "*"),
    ("The ministry published a roadmap for the magnet industry.", "PARTY_TO", "*", "*"),
    ("Lynas unveiled a roadmap for heavy rare earth separation in Malaysia.", "PARTY_TO", "*",
     "*"),
    ("Lynas signed a supply contract with Sojitz. Separately, Canada and Japan signed a "
     "minerals accord. The agreement covers graphite.", "ADDRESSES", "supply contract",
     "graphite"),
]


@pytest.mark.parametrize(("text", "rel", "source", "target"), PRESENT, ids=lambda v: str(v)[:40])
def test_an_agreement_phrasing_gives_its_fact(text: str, rel: str, source: str,
                                              target: str) -> None:
    assert states(text, rel, source, target)


@pytest.mark.parametrize(("text", "rel", "source", "target"), ABSENT, ids=lambda v: str(v)[:40])
def test_a_deal_not_made_gives_no_fact(text: str, rel: str, source: str, target: str) -> None:
    assert not states(text, rel, source, target)
