"""Part of the candidates stage: an official whose title names a ministry of the article
represents it ("Commerce Secretary Gina Raimondo" and the Commerce Department)."""

from __future__ import annotations

from rekg.extract.context import ArticleContext, Fact, Mention, SentenceView
from rekg.loaders.text import singular
from rekg.schema import Label, RelType

# A title's domain word and the words that name that domain in a ministry's name.
_DOMAINS = {"commerce": {"commerce"}, "trade": {"trade", "commerce"}, "treasury": {"treasury"},
            "state": {"state"}, "defense": {"defense", "defence", "war"},
            "defence": {"defense", "defence"}, "war": {"war", "defense"},
            "energy": {"energy"}, "interior": {"interior"}, "foreign": {"foreign"},
            "finance": {"finance"}, "industry": {"industry"}, "mine": {"mine", "mining"},
            "mining": {"mine", "mining"}, "economy": {"economy"},
            "investment": {"investment"}, "resource": {"resource"}}
_UNITS = frozenset({"ministry", "department", "office", "bureau", "directorate"})


def _name_words(m: Mention) -> set[str]:
    return {singular(w) for w in m.name.lower().replace(",", " ").split()}


def _title_words(view: SentenceView, person: Mention) -> set[str]:
    """The words of a person's title: before the name in the text, or the lexicon's role."""
    words: set[str] = set()
    if "title_start" in person.props:
        words.update(view.words[max(0, int(person.props["title_start"]) - 3):person.start])
    if person.entry is not None and person.entry.properties.get("role"):
        words.update(singular(w) for w in str(person.entry.properties["role"]).lower().split())
    return words & _DOMAINS.keys()


def title_facts(ctx: ArticleContext) -> list[Fact]:
    """"Commerce Secretary Gina Raimondo" represents the Commerce Department when the article
    names it: the title's domain word names one ministry of the article."""
    ministries: dict[str, Mention] = {}
    for view in ctx.sentences:
        for m in view.of(Label.ORGANIZATION):
            kind = m.entry.properties.get("kind") if m.entry is not None else None
            if m.form != "anaphor" and (kind in ("ministry", "agency") or _name_words(m) & _UNITS):
                ministries.setdefault(m.node_id, m)
    facts: list[Fact] = []
    for view in ctx.sentences:
        for person in view.of(Label.PERSON):
            domains = _title_words(view, person)
            if not domains or person.form == "anaphor":
                continue
            home = person.entry.represents if person.entry is not None else None
            start = int(person.props.get("title_start", person.start))
            named = next((m for m in view.mentions if start - 3 <= m.end <= start
                          and m.label in (Label.COUNTRY, Label.ORGANIZATION)), None)
            if named is not None and named.label is Label.ORGANIZATION:
                continue  # "EU Trade Commissioner X": the organisation is named, not a ministry
            if named is not None and named.entry is not None:
                home = str(named.entry.properties.get("iso2") or home)
            allowed = [m for m in ministries.values()
                       if home is None or len(home) != 2 or m.entry is None
                       or m.entry.country in (None, home)]
            fits = [m for m in allowed if domains & _name_words(m)] or [
                m for m in allowed if any(_DOMAINS[d] & _name_words(m) for d in domains)]
            if len(fits) == 1:
                facts.append(Fact(RelType.REPRESENTS, person, fits[0], view.index,
                                  "represents.title-names-ministry", 0.8, view.text))
    return facts
