"""Sentences whose subject is unsaid take the goods in focus (focus_subject.py): a generated
inventory of focus lines x subjectless sentences x materials, and twins that must give nothing."""

import itertools

import pytest

from .fragments import states

_MATERIALS = ("Tellurium", "Hafnium", "Scandium")
_FOCUS = ("{M}.\n\n", "{M}.\n", "{M} is a rare, brittle metal. ", "- {M}\n")
_UNSAID = (
    ("Used in solar panels and thin-film cells.", "DEPENDS_ON", "solar", "{m}"),
    ("Mostly used in nuclear reactors.", "DEPENDS_ON", "reactor", "{m}"),
    ("Recovered mainly from copper refining.", "DEPENDS_ON", "{m}", "copper"),
    ("Mined mainly in Russia.", "PRODUCES", "Russia", "{m}"),
    ("Refined almost entirely in China.", "PRODUCES", "China", "{m}"),
    ("Needed for jet engines.", "DEPENDS_ON", "jet engine", "{m}"),
    ("Found in superalloys and control rods.", "DEPENDS_ON", "superalloy", "{m}"),
    ("Produced chiefly by Kazakhstan and Ukraine.", "PRODUCES", "Kazakhstan", "{m}"),
    ("Also used in aluminium alloys for aircraft.", "DEPENDS_ON", "aluminium", "{m}"),
)


@pytest.mark.parametrize(("material", "focus", "unsaid"),
                         list(itertools.product(_MATERIALS, _FOCUS, _UNSAID)))
def test_unsaid_subject_is_the_goods_in_focus(material: str, focus: str,
                                              unsaid: tuple[str, str, str, str]) -> None:
    sentence, rel, source, target = unsaid
    text = "Minor metals\n\n" + focus.format(M=material) + sentence
    low = material.lower()
    assert states(text, rel, source.format(m=low), target.format(m=low))


def test_a_chain_of_unsaid_subjects_keeps_the_heading() -> None:
    text = ("Minor metals\n\nTellurium.\n\nRecovered mainly from copper refining. "
            "Used in solar panels.")
    assert states(text, "DEPENDS_ON", "tellurium", "copper")
    assert states(text, "DEPENDS_ON", "solar", "tellurium")


@pytest.mark.parametrize(("text", "rel", "source", "target"), [
    ("Umicore is a Belgian group. Used in solar panels.", "DEPENDS_ON", "solar", "*"),
    ("Tellurium.\n\nUsed batteries contain cobalt.", "DEPENDS_ON", "batter", "tellurium"),
    ("Tellurium.\n\nMade in China, the magnets power motors.", "PRODUCES", "China", "tellurium"),
    ("Tellurium.\n\nMade in China, these magnets power motors.", "PRODUCES", "China",
     "tellurium"),
    ("Tellurium is a brittle metal found with copper.\n\nMined mainly in Russia.", "PRODUCES",
     "Russia", "tellurium"),
    ("Prices of tellurium and copper rose sharply in May. Mined mainly in Russia.", "PRODUCES",
     "Russia", "*"),
    ("Tellurium versus hafnium\n\nMined mainly in Russia.", "PRODUCES", "Russia", "*"),
    ("Tellurium prices rose sharply.\n\nMined mainly in Russia.", "PRODUCES", "Russia", "*"),
    ("Hafnium is cheaper than tellurium. Used in control rods.", "DEPENDS_ON", "control rod",
     "tellurium"),
    ("Tellurium.\n\nNo longer used in solar panels.", "DEPENDS_ON", "solar", "tellurium"),
    ("Tellurium.\n\nRussia says it stopped mining the ore.", "PRODUCES", "Russia", "tellurium"),
])
def test_no_goods_in_focus_gives_nothing(text: str, rel: str, source: str, target: str) -> None:
    assert not states("Minor metals\n\n" + text, rel, source, target)


_GOODS_LINES = (
    ("Gallium is a by-product of alumina refining. ", "gallium"),
    ("China dominates the supply of antimony. ", "antimony"),
    ("Sintered magnets go into electric motors and generators. ", "magnet"),
)
_SHARES = (
    ("Most goes into chips and lasers.", "DEPENDS_ON", "semiconductor", "{m}"),
    ("About half ends up in flame retardants.", "DEPENDS_ON", "flame retardant", "{m}"),
    ("Most is used in batteries.", "DEPENDS_ON", "batter", "{m}"),
    ("Most are made in China.", "PRODUCES", "China", "{m}"),
    ("Nearly all of the world's supply is refined in China.", "PRODUCES", "China", "{m}"),
    ("Most of the world's output comes from Vietnam.", "PRODUCES", "Vietnam", "{m}"),
    ("The rest is mostly produced in Japan.", "PRODUCES", "Japan", "{m}"),
)


@pytest.mark.parametrize(("line", "share"), list(itertools.product(_GOODS_LINES, _SHARES)))
def test_an_opening_share_is_of_the_goods_before(line: tuple[str, str],
                                                 share: tuple[str, str, str, str]) -> None:
    sentence, rel, source, target = share
    assert states("Notes\n\n" + line[0] + sentence, rel, source.format(m=line[1]),
                  target.format(m=line[1]))


@pytest.mark.parametrize(("text", "rel", "source", "target"), [
    ("Gallium and germanium prices rose. Most is refined in Japan.", "PRODUCES", "Japan", "*"),
    ("Gallium is a by-product of alumina refining.\n\nMost is refined in Japan.", "PRODUCES",
     "Japan", "gallium"),
    ("Prices of magnets and motors rose. Most of the world's supply is made in China.",
     "PRODUCES", "China", "*"),
    ("Gallium is a by-product of alumina refining. Most analysts expect prices to rise in Japan.",
     "PRODUCES", "Japan", "*"),
    ("Gallium is a by-product of alumina refining. Most of the magnets are made in China.",
     "PRODUCES", "China", "gallium"),
    ("Gallium is a by-product of alumina refining. Most goes to buyers in Japan.", "PRODUCES",
     "Japan", "gallium"),
])
def test_a_share_with_no_single_goods_in_focus_gives_nothing(text: str, rel: str, source: str,
                                                             target: str) -> None:
    assert not states("Notes\n\n" + text, rel, source, target)


_OWNERS = ("Lynas Rare Earths", "Iluka Resources", "Neo Performance Materials")
_OWNER_LINES = ("{O} runs a separation plant in Malaysia. ",
                "{O} reported quarterly results on Thursday. ",
                "{O} said demand from magnet makers stayed firm. ")
_OUTPUTS = ("Output of NdPr oxide rose 20 percent in the quarter.",
            "Production of NdPr oxide reached 2,000 tonnes.",
            "Quarterly production of NdPr oxide beat guidance.")


@pytest.mark.parametrize(("owner", "line", "output"),
                         list(itertools.product(_OWNERS, _OWNER_LINES, _OUTPUTS)))
def test_an_output_of_no_one_is_the_subject_company_s(owner: str, line: str,
                                                      output: str) -> None:
    text = "Notes\n\n" + line.format(O=owner) + output
    assert states(text, "PRODUCES", owner.split()[0], "NdPr")


@pytest.mark.parametrize("text", [
    "Lynas and Iluka run separation plants. Output of NdPr oxide rose.",
    "Lynas runs a separation plant in Malaysia.\n\nOutput of NdPr oxide rose.",
    "Lynas runs a separation plant in Malaysia. Global output of NdPr oxide rose.",
    "Lynas runs a separation plant in Malaysia. Domestic production of NdPr oxide fell.",
    "Prices rose in Malaysia, Lynas said. Output of NdPr oxide rose.",
    "Lynas runs a separation plant in Malaysia. Output of NdPr oxide at Iluka rose.",
])
def test_an_output_with_no_one_subject_before_gives_nothing(text: str) -> None:
    assert not states("Notes\n\n" + text, "PRODUCES", "Lynas", "NdPr")


def test_a_country_before_an_output_of_no_one_is_not_its_producer() -> None:
    text = "Notes\n\nThe US imposed tariffs on Chinese magnets. Output of gallium fell in May."
    assert not states(text, "PRODUCES", "United States", "gallium")


_FOCUS_GOODS = ("antimony", "tungsten", "germanium")
_OTHERS = ("{A} and {B} are among the other producers.", "The other producers are {A} and {B}.",
           "The remaining producers include {A} and {B}.")


@pytest.mark.parametrize(("goods", "other"), list(itertools.product(_FOCUS_GOODS, _OTHERS)))
def test_the_other_producers_make_the_goods_in_focus(goods: str, other: str) -> None:
    text = f"Notes\n\nChina mines most of the world's {goods}. " + other.format(
        A="Bolivia", B="Vietnam")
    assert states(text, "PRODUCES", "Bolivia", goods)
    assert states(text, "PRODUCES", "Vietnam", goods)


@pytest.mark.parametrize(("text", "source"), [
    ("China mines most of the world's antimony. Bolivia and other producers raised prices.",
     "Bolivia"),
    ("China mines most of the world's antimony. The other buyers are Japan and Korea.", "Japan"),
    ("China mines most of the world's antimony. The other producers of cobalt are Peru and "
     "Cuba.", "Peru"),
])
def test_other_producers_of_no_goods_in_focus_give_nothing(text: str, source: str) -> None:
    assert not states("Notes\n\n" + text, "PRODUCES", source, "antimony")


_BARE_OUTPUTS = ("China accounts for 98% of production.", "China accounts for 98% of supply.",
                 "Production is concentrated in China.", "Refining is concentrated in China.",
                 "Supply is dominated by China.", "Most production takes place in China.",
                 "China controls most of the world's supply.")


@pytest.mark.parametrize(("goods", "sentence"), list(itertools.product(_FOCUS_GOODS,
                                                                       _BARE_OUTPUTS)))
def test_a_bare_output_is_of_the_goods_the_sentence_before_opened_with(goods: str,
                                                                       sentence: str) -> None:
    text = f"Notes\n\n{goods.capitalize()} prices doubled last year. " + sentence
    assert states(text, "PRODUCES", "China", goods)


@pytest.mark.parametrize("text", [
    "Antimony prices doubled last year. Industrial production in China fell.",
    "Antimony and tungsten prices doubled last year. Production is concentrated in China.",
    "Antimony prices doubled last year.\n\nProduction is concentrated in China.",
    "Antimony prices doubled last year. Separation plants in China are full.",
    "Antimony prices doubled last year. China explained the separation process in May.",
    "For antimony buyers, the timetable is the problem. China controls the supply chain.",
])
def test_a_bare_output_with_no_goods_opening_the_sentence_before_gives_nothing(
        text: str) -> None:
    assert not states("Notes\n\n" + text, "PRODUCES", "China", "antimony")


_NEEDING = (("Wind turbines", "wind turbine"), ("Electric vehicles", "electric vehicle"),
            ("Fighter jets", "fighter jet"))
_NEED_LINES = ("- Rely on neodymium magnets for their motors",
               "- Depend on neodymium magnets in most designs",
               "- Contain several kilograms of neodymium magnets",
               "- Need neodymium magnets that resist heat")


@pytest.mark.parametrize(("product", "line"), list(itertools.product(_NEEDING, _NEED_LINES)))
def test_a_line_of_need_under_its_goods_speaks_of_them(product: tuple[str, str],
                                                       line: str) -> None:
    text = f"Notes\n\n{product[0]}\n- Made mostly in China\n{line}"
    assert states(text, "DEPENDS_ON", product[1], "magnet")


@pytest.mark.parametrize("text", [
    "Lynas\n\nNeeds more feedstock from Mount Weld.",
    "Magnet makers say prices rose.\n\nRely on cobalt, one analyst said.",
])
def test_a_line_of_need_under_no_goods_gives_nothing(text: str) -> None:
    assert not states("Notes\n\n" + text, "DEPENDS_ON", "*", "feedstock") \
        and not states("Notes\n\n" + text, "DEPENDS_ON", "*", "cobalt")


_COMPANIES = ("Iluka Resources", "Lynas Rare Earths", "Solvay")
_COMPANY_LEADS = ("{C}\n\n", "{C}\n", "{C} reported quarterly results on Monday. ")
_COMPANY_LINES = (
    ("Produces zircon and rutile at Eneabba.", "PRODUCES", "zircon"),
    ("Refines rare earth concentrate at Eneabba.", "PRODUCES", "concentrate"),
    ("Operates a separation plant in Estonia.", "LOCATED_IN", "Estonia"),
    ("Makes sintered magnets in Narva.", "PRODUCES", "magnet"),
)


@pytest.mark.parametrize(("company", "lead", "line"),
                         list(itertools.product(_COMPANIES, _COMPANY_LEADS, _COMPANY_LINES)))
def test_a_line_with_no_subject_under_a_company_is_about_it(company: str, lead: str,
                                                            line: tuple[str, str, str]) -> None:
    text = "Notes\n\n" + lead.format(C=company) + line[0]
    assert states(text, line[1], company.split()[0], line[2])


@pytest.mark.parametrize(("text", "rel", "target"), [
    ("Lynas said prices rose. Mines in Estonia closed in May.", "LOCATED_IN", "Estonia"),
    ("Lynas Rare Earths\n\nSupplies of NdPr oxide fell in May.", "PRODUCES", "NdPr"),
    ("Lynas and Iluka\n\nOperate separation plants in Estonia.", "LOCATED_IN", "Estonia"),
    ("Lynas Rare Earths is an Australian miner.\n\nOperates a separation plant in Estonia.",
     "LOCATED_IN", "Estonia"),
    ("Prices rose, Lynas said. Operates a separation plant in Estonia.", "LOCATED_IN",
     "Estonia"),
])
def test_a_line_with_no_subject_and_no_company_above_gives_nothing(text: str, rel: str,
                                                                   target: str) -> None:
    assert not states("Notes\n\n" + text, rel, "Lynas", target)
