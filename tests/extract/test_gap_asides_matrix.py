"""Generated: a pattern gap steps over a parenthetical aside as one word, and stops at a
ranking link ("ahead of", "followed by"), which joins two rivals, not a use and its input."""

import pytest

from .fragments import dependency_pairs, states

ASIDES = ["(the first of its kind)", "(after two years of talks)", "(see below)"]
PARTIES = [("Norway", "Chile"), ("Peru", "Vietnam")]


@pytest.mark.parametrize("aside", ASIDES)
@pytest.mark.parametrize("pair", PARTIES)
def test_a_gap_steps_over_an_aside(aside: str, pair: tuple[str, str]) -> None:
    a, b = pair
    for text in (f"The framework {aside} was signed by {a} and {b}.",
                 f"{a} signed {aside} the Minerals Security Partnership."):
        assert states(text, "PARTY_TO", a, "*"), text


@pytest.mark.parametrize("aside", ["(among them gallium and germanium)", "(see the table)"])
@pytest.mark.parametrize("item", ["antimony", "tungsten"])
def test_an_item_joins_a_measure_past_an_aside(aside: str, item: str) -> None:
    text = f"{item.capitalize()} will join the five metals {aside} already under export controls."
    assert states(text, "RESTRICTS", "*", item)


LINKS = ["ahead of", "followed by", "trailed by"]
RANKS = [("magnets", "neodymium", "catalysts"), ("batteries", "cobalt", "superalloys"),
         ("phosphors", "europium", "lasers")]


@pytest.mark.parametrize("link", LINKS)
@pytest.mark.parametrize("rank", RANKS)
def test_a_ranking_link_joins_two_uses(link: str, rank: tuple[str, str, str]) -> None:
    first, metal, second = rank
    for shape in ("{f} account for most {m} demand, {l} {s}.",
                  "{f} take the largest share of {m} output, {l} {s}."):
        text = shape.format(f=first.capitalize(), m=metal, l=link, s=second)
        pairs = dependency_pairs(text)
        assert not any(first[:-1] in t and second[:-1] in s for s, t in pairs), (text, pairs)
        assert not any(second[:-1] in t and first[:-1] in s for s, t in pairs), (text, pairs)


@pytest.mark.parametrize("rank", RANKS[:2])
def test_a_stated_need_stays(rank: tuple[str, str, str]) -> None:
    first, metal, _ = rank
    text = f"{metal.capitalize()} makes up about a third of the weight of {first}."
    assert any(metal in t for _, t in dependency_pairs(text))
