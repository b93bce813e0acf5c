"""Part of the agreements stage: a title in apposition before a person's name.

"The AFC's chief executive, Samaila Zubairu, argued ...", "Tarrow Metals' chair, Ida Holm,
...", "Its president, Ida Holm, said ...", "Japan's trade minister, Ken Sato, met ...", "the
Prime Minister of Kazakhstan, Olzhas Bektenov, ...": the organisation or country whose title
the possessive or the "of" gives is the one the person represents.
The patterns read the title right before the name; the comma of the apposition parts them.
"""

from __future__ import annotations

from rekg.extract.context import ArticleContext, Fact, Mention, SentenceView
from rekg.extract.patterns import word_sets
from rekg.schema import Label, RelType

_OWNERS = (Label.ORGANIZATION, Label.COUNTRY)
_MAX_TITLE = 4


def _title_start(view: SentenceView, end: int) -> int | None:
    """Where the title that ends right before token ``end`` begins (the longest one)."""
    titles = word_sets()["person_titles"].phrases
    for size in range(min(_MAX_TITLE, end), 0, -1):
        start = end - size
        if tuple(view.words[start:end]) in titles and all(
                view.gaps[k] == "" for k in range(start + 1, end)):
            return start
    return None


def _owner(view: SentenceView, title: int) -> Mention | None:
    """"the AFC's", "Japan's", or "Its" opening the sentence (the organisation the last one was
    about, as the coreference stage resolved it; "from its founder" inside a clause may speak of
    a project)."""
    k = title - 1
    if k >= 0 and view.words[k] in ("'s", "’s"):
        return next((m for m in view.mentions if m.end == k and m.label in _OWNERS
                     and m.form != "place"), None)
    if k >= 0 and view.gaps[title] in ("'", "’"):  # "Kestrel Minerals' chief executive"
        return next((m for m in view.mentions if m.end == title and m.label in _OWNERS
                     and m.form != "place"), None)
    return next((m for m in view.mentions if m.start == k == 0 and m.end == title
                 and m.label is Label.ORGANIZATION and m.form == "anaphor"
                 and view.words[k] == "its"), None)


def _owner_after(view: SentenceView, person: Mention) -> Mention | None:
    """"the Prime Minister of Kazakhstan, Olzhas Bektenov": the country or body after the
    "of" of a title that the mentions stage read before the name (not the one after "to": an
    ambassador to Argentina represents India)."""
    start, role = person.props.get("title_start"), person.props.get("role")
    if start is None or role is None:
        return None
    k = int(start) + len(role.split())
    if k + 1 >= person.start or view.words[k] not in ("of", "for"):
        return None
    k += 2 if view.words[k + 1] == "the" else 1
    return next((m for m in view.mentions if m.start == k and m.label in _OWNERS
                 and m.end < person.start), None)


def run(ctx: ArticleContext) -> None:
    for view in ctx.sentences:
        for person in view.of(Label.PERSON):
            if person.form == "anaphor" or person.start < 2 or view.gaps[person.start] != ",":
                continue
            title = _title_start(view, person.start)
            owner = _owner(view, title) if title is not None else _owner_after(view, person)
            if owner is not None and owner.node_id:
                ctx.facts.append(Fact(RelType.REPRESENTS, person, owner, view.index,
                                      "frame:title-in-apposition", 0.8, view.text))
