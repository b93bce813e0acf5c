"""Synthetic news-style articles about rare-earth supply chains, for benchmarks.

``generate_corpus(n, seed)`` returns ``n`` ``Document``s built from sentence templates over
the domain vocabulary (countries, materials, products, restriction kinds, agreements,
organisations and people). The same ``n`` and ``seed`` always give the same articles, so
benchmark figures are comparable between runs. Standard library only.

    python benchmarks/corpus.py 200 --seed 1 --out /tmp/corpus   # write NAME.txt files
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from rekg.loaders.document import Document


@dataclass(frozen=True)
class CountryWords:
    name: str
    adjective: str
    capital: str


COUNTRIES = (
    CountryWords("China", "Chinese", "Beijing"),
    CountryWords("United States", "American", "Washington"),
    CountryWords("Japan", "Japanese", "Tokyo"),
    CountryWords("Australia", "Australian", "Canberra"),
    CountryWords("India", "Indian", "New Delhi"),
    CountryWords("Germany", "German", "Berlin"),
    CountryWords("France", "French", "Paris"),
    CountryWords("South Korea", "South Korean", "Seoul"),
    CountryWords("Canada", "Canadian", "Ottawa"),
    CountryWords("Vietnam", "Vietnamese", "Hanoi"),
    CountryWords("Brazil", "Brazilian", "Brasilia"),
    CountryWords("Malaysia", "Malaysian", "Kuala Lumpur"),
    CountryWords("Indonesia", "Indonesian", "Jakarta"),
    CountryWords("Myanmar", "Myanmar", "Naypyidaw"),
    CountryWords("United Kingdom", "British", "London"),
    CountryWords("Netherlands", "Dutch", "The Hague"),
)
ELEMENTS = (
    "lanthanum", "cerium", "praseodymium", "neodymium", "promethium", "samarium", "europium",
    "gadolinium", "terbium", "dysprosium", "holmium", "erbium", "thulium", "ytterbium",
    "lutetium", "scandium", "yttrium",
)
OTHER_MATERIALS = (
    "gallium", "germanium", "antimony", "graphite", "tungsten", "lithium", "cobalt", "nickel",
)
GROUPS = ("heavy rare earths", "light rare earths", "rare earth elements", "NdPr oxide")
MAGNETS = ("NdFeB magnets", "samarium-cobalt magnets", "rare earth magnets", "permanent magnets")
PRODUCTS = (
    "electric vehicles", "traction motors", "wind turbines", "smartphones", "hard disk drives",
    "fighter jets", "missiles", "semiconductors", "industrial robots", "drones", "MRI scanners",
    "catalytic converters", "audio speakers", "power steering systems", "radar systems",
    "solar cells", "fibre-optic cables", "hybrid cars", "air conditioners", "satellites",
)
RESTRICTION_KINDS = (
    "an export licensing requirement", "an export ban", "an export quota", "an export tax",
    "a minimum export price", "an import tariff", "a ban on exports of processing technology",
    "sanctions",
)
AGREEMENTS = (
    "Geneva consensus", "London framework", "Busan truce", "Kuala Lumpur consensus",
    "Critical Raw Materials Act", "Minerals Security Partnership",
)
ORGANIZATIONS = (
    ("MP Materials", "United States"), ("Lynas Rare Earths", "Australia"),
    ("Shenghe Resources", "China"), ("China Northern Rare Earth", "China"),
    ("Sojitz", "Japan"), ("JOGMEC", "Japan"), ("Neo Performance Materials", "Canada"),
    ("Iluka Resources", "Australia"), ("Solvay", "France"), ("Vacuumschmelze", "Germany"),
    ("Shin-Etsu Chemical", "Japan"), ("Energy Fuels", "United States"),
    ("Arafura Rare Earths", "Australia"), ("Indian Rare Earths", "India"),
)
AGENCIES = (
    ("Ministry of Commerce", "China"), ("Department of Commerce", "United States"),
    ("Department of Defense", "United States"), ("European Commission", None),
    ("Ministry of Economy, Trade and Industry", "Japan"),
    ("General Administration of Customs", "China"),
)
PEOPLE = (
    ("Howard Lutnick", "Commerce Secretary", "United States"),
    ("Scott Bessent", "Treasury Secretary", "United States"),
    ("Jamieson Greer", "Trade Representative", "United States"),
    ("He Lifeng", "Vice Premier", "China"),
    ("Wang Wentao", "Commerce Minister", "China"),
    ("James Litinsky", "chief executive", "MP Materials"),
    ("Amanda Lacaze", "chief executive", "Lynas Rare Earths"),
    ("Maros Sefcovic", "trade commissioner", "European Commission"),
)
FILLERS = (
    "Prices for the oxide rose {n}% over the month, according to a pricing agency.",
    "Traders said buyers had rushed to build stocks before the deadline.",
    "Analysts expect the dispute to shape investment decisions for years.",
    "Shares of mining companies rose sharply after the announcement.",
    "Industry groups asked for clearer rules and faster approvals.",
    "Customs data showed shipments fell {n}% from a year earlier.",
    "Officials said further talks would take place in the coming weeks.",
    "Several manufacturers said they were looking for alternative suppliers.",
    "Consultants estimated that building a new separation plant takes at least {small} years.",
    "The announcement came after weeks of negotiations behind closed doors.",
)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _the(name: str) -> str:
    """Country names that take an article in running text."""
    return f"the {name}" if name in {"United States", "United Kingdom", "Netherlands"} else name


def _bare(kind: str) -> str:
    """'an export ban' -> 'export ban'."""
    return kind.removeprefix("an ").removeprefix("a ")


class _Writer:
    """Picks vocabulary and fills sentence templates with one random generator."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def country(self) -> CountryWords:
        return self.rng.choice(COUNTRIES)

    def two_countries(self) -> tuple[CountryWords, CountryWords]:
        first, second = self.rng.sample(COUNTRIES, 2)
        return first, second

    def material(self) -> str:
        pool = (ELEMENTS, OTHER_MATERIALS, GROUPS)
        return self.rng.choice(self.rng.choice(pool))

    def materials(self, count: int) -> str:
        picked = self.rng.sample(ELEMENTS + OTHER_MATERIALS, count)
        return ", ".join(picked[:-1]) + " and " + picked[-1] if count > 1 else picked[0]

    def product(self) -> str:
        return self.rng.choice(PRODUCTS)

    def date(self) -> dt.date:
        start = dt.date(2023, 1, 1)
        return start + dt.timedelta(days=self.rng.randrange(0, 3 * 365))

    def when(self) -> str:
        day = self.date()
        return f"{day:%B} {day.day}, {day.year}"

    def number(self, low: int = 2, high: int = 90) -> int:
        return self.rng.randint(low, high)

    def restriction(self) -> str:
        c, target = self.two_countries()
        kind = self.rng.choice(RESTRICTION_KINDS)
        templates = (
            f"{c.name} announced {kind} on {self.materials(self.rng.randint(1, 4))}, "
            f"effective {self.when()}.",
            f"{c.capital} said exporters of {self.material()} would need a licence for every "
            f"shipment to {_the(target.name)} from {self.when()}.",
            f"The {c.adjective} government imposed {kind} on {self.rng.choice(MAGNETS)} "
            f"bound for {_the(target.name)}.",
            f"{c.name} will impose a {self.number(10, 150)}% tariff on {self.product()} "
            f"imported from {_the(target.name)}.",
        )
        return self.rng.choice(templates)

    def status_change(self) -> str:
        c = self.country()
        templates = (
            f"{c.name} suspended the {_bare(self.rng.choice(RESTRICTION_KINDS))} "
            f"on {self.material()} for one year.",
            f"{_capital(self.material())} was not included in the list, officials said.",
            f"{c.capital} denied that the measure targeted {_the(self.country().name)}.",
            f"The earlier quota on {self.material()} was lifted in {self.date().year}.",
        )
        return self.rng.choice(templates)

    def dependency(self) -> str:
        magnet = self.rng.choice(MAGNETS)
        templates = (
            f"{_capital(self.product())} depend on {magnet}, which contain "
            f"{self.materials(2)}.",
            f"{_capital(self.material())} is used in {self.product()} and "
            f"{self.product()}.",
            f"Makers of {self.product()} need {magnet} for their motors.",
            f"{_capital(magnet)} are essential in {self.product()}.",
        )
        return self.rng.choice(templates)

    def production(self) -> str:
        c = self.country()
        org, home = self.rng.choice(ORGANIZATIONS)
        templates = (
            f"{c.name} produces about {self.number(5, 95)}% of the world's {self.material()}.",
            f"{org}, based in {_the(home)}, mines and refines {self.material()}.",
            f"{c.adjective} companies dominate the supply of {self.rng.choice(MAGNETS)}.",
        )
        return self.rng.choice(templates)

    def agreement(self) -> str:
        a, b = self.two_countries()
        name = self.rng.choice(AGREEMENTS)
        templates = (
            f"{_capital(_the(a.name))} and {_the(b.name)} agreed the {name} on "
            f"{self.when()}, covering "
            f"{self.material()} and tariffs.",
            f"Under the {name}, both sides agreed to ease controls on {self.material()}.",
            f"{a.capital} and {b.capital} signed a critical minerals agreement that addresses "
            f"{self.material()} supply.",
        )
        return self.rng.choice(templates)

    def person(self) -> str:
        person, role, of = self.rng.choice(PEOPLE)
        return self.rng.choice((
            f"{person}, the {role} of {_the(of)}, said the measures would be reviewed.",
            f"\"We will not accept this,\" said {person}, {role} of {_the(of)}.",
        ))

    def organisation(self) -> str:
        org, _home = self.rng.choice(ORGANIZATIONS)
        other, _ = self.rng.choice(ORGANIZATIONS)
        agency, seat = self.rng.choice(AGENCIES)
        place = f" in {seat}" if seat else ""
        return self.rng.choice((
            f"{org} supplies {self.material()} to {other}.",
            f"The {agency}{place} published the rules on {self.when()}.",
        ))

    def filler(self) -> str:
        return self.rng.choice(FILLERS).format(n=self.number(), small=self.number(3, 12))


_KINDS: tuple[Callable[[_Writer], str], ...] = (
    _Writer.restriction, _Writer.restriction, _Writer.status_change, _Writer.dependency,
    _Writer.dependency, _Writer.production, _Writer.agreement, _Writer.person,
    _Writer.organisation, _Writer.filler, _Writer.filler,
)
HEADLINES = (
    "{c} tightens grip on {m} exports",
    "{c} and {d} reach deal on {m} supplies",
    "Carmakers warn of {m} shortages as controls bite",
    "{c} suspends {m} measures after talks with {d}",
    "New {m} plant in {c} aims to break reliance on imports",
)


def _article(writer: _Writer, words_target: int) -> tuple[str, str, str]:
    c, d = writer.two_countries()
    headline = writer.rng.choice(HEADLINES).format(c=c.name, d=d.name, m=writer.material())
    paragraphs: list[str] = []
    words = 0
    while words < words_target:
        sentences: list[str] = []
        for _ in range(writer.rng.randint(3, 5)):
            sentence = writer.rng.choice(_KINDS)(writer)
            sentences.append(sentence)
            words += len(sentence.split())
            if words >= words_target:
                break
        paragraphs.append(" ".join(sentences))
    return headline, writer.date().isoformat(), "\n\n".join(paragraphs)


def generate_corpus(n: int, seed: int = 0) -> list[Document]:
    """``n`` distinct synthetic articles, identical for identical ``n`` and ``seed``."""
    if n < 0:
        raise ValueError(f"n must be 0 or more, not {n}")
    writer = _Writer(random.Random(seed))
    documents: list[Document] = []
    seen: set[str] = set()
    while len(documents) < n:
        headline, published, body = _article(writer, writer.rng.randint(260, 420))
        doc = Document(
            text=f"{headline}\n{published}\n\n{body}\n",
            title=headline,
            published=published,
            path=f"synthetic/{seed}/{len(documents):05d}.txt",
        )
        if doc.id in seen:
            continue
        seen.add(doc.id)
        documents.append(doc)
    return documents


def corpus_words(documents: list[Document]) -> int:
    """Total whitespace-separated words, the unit of the words-per-second figures."""
    return sum(len(doc.text.split()) for doc in documents)


def write_corpus(documents: list[Document], out_dir: Path) -> list[Path]:
    """Write each document as ``NNNNN.txt`` (headline, date, blank line, body)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for number, doc in enumerate(documents):
        path = out_dir / f"{number:05d}.txt"
        path.write_text(doc.text, encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description="Write a synthetic rare-earth news corpus.")
    parser.add_argument("n", type=int, help="number of articles")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, required=True, help="folder for NNNNN.txt files")
    args = parser.parse_args()
    documents = generate_corpus(args.n, args.seed)
    write_corpus(documents, args.out)
    print(f"wrote {len(documents)} articles, {corpus_words(documents)} words, to {args.out}")


if __name__ == "__main__":
    main()
