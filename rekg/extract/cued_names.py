"""Part of the mentions stage: names the lexicon lacks that a title or a cue word points at:
people after or before a title or a speech verb ("chief executive Jane Doe", "Jane Doe said"),
the organisation before an officer's title ("CoTec chief executive Julian Treger"), and companies
after a company noun ("carmaker Maruti Suzuki", "Perth-based Iluka")."""

from __future__ import annotations

from rekg.extract.context import Mention, SentenceView
from rekg.extract.name_words import CONNECTORS, NAME_WORD, NOT_NAMES, add_name
from rekg.extract.patterns import WordSet, word_sets
from rekg.schema import Label

_NOT_PEOPLE = frozenset({"release", "statement", "report", "data", "news", "times", "post",
                         "journal", "daily", "wire", "review", "survey", "shipping", "line",
                         "street", "house", "hall", "square", "road", "index", "week", "day"})
_LED = frozenset({"led", "headed", "chaired", "founded", "co-founded", "directed"})
_SPEECH = frozenset({"said", "say", "told", "wrote", "added", "noted", "warned", "argued",
                     "explained", "stated", "according"})


def _name_after(view: SentenceView, start: int, limit: int = 4) -> int:
    tokens = view.tokens
    end = start
    particles = word_sets()["name_particles"]
    hyphen_words = word_sets()["name_hyphen_words"]
    limit *= start >= len(tokens) or view.gaps[start] not in ("'", "’")  # "CEO'S REVIEW"
    while end < len(tokens) and end - start < limit and (end == start or view.gaps[end] in (
            "", "-") or (view.gaps[end] == "." and len(tokens[end - 1].text) == 1)):
        text = tokens[end].text
        name_word = NAME_WORD.match(text) is not None and text.lower() not in NOT_NAMES \
            and text.lower() not in CONNECTORS
        particle = end > start and text in particles and end + 1 < len(tokens) \
            and NAME_WORD.match(tokens[end + 1].text) is not None
        syllable = end > start and view.gaps[end] == "-" and text.isalpha() \
            and text.islower() and len(text) <= 5 and text not in hyphen_words
        if name_word or particle or syllable:
            end += 1
        else:
            break
    return end


def people(view: SentenceView, sets: dict[str, WordSet], found: list[Mention]) -> None:
    low, tokens = view.words, view.tokens
    titles = sets["person_titles"]
    n = len(tokens)
    taken = {k for m in (*view.mentions, *found) for k in range(m.start, m.end)}
    i = 0
    while i < n:
        size = titles.longest_at(low, i) if low[i] in titles.firsts else 0  # longest title
        title = tuple(low[i:i + size]) if size else None
        if title is None:
            i += 1
            continue
        start = i + len(title) + titles.longest_at(low, i + len(title))  # "spokesman Colonel"
        end = _name_after(view, start)
        if end - start >= 2 and not taken & set(range(start, end)):
            add_name(view, found, Label.PERSON, start, end, role=" ".join(title),
                     title_start=str(i))
            taken.update(range(start, end))
            if " ".join(title) in _ORG_TITLES:
                _employer_before(view, i, taken, found)
            i = end
            continue
        i += 1
    # "Jane Doe, chief executive of ..." and "Jane Doe said" / "said Jane Doe"
    for i in range(n):
        if i in taken or (i > 0 and NAME_WORD.match(tokens[i - 1].text) and view.gaps[i] == ""):
            continue
        if not NAME_WORD.match(tokens[i].text):
            continue  # no name starts here: _name_after would stop at once
        end = _name_after(view, i, 3)
        if end - i < 2 or taken & set(range(i, end)):
            continue
        first = i
        if end - i > 2 and i > 1 and low[i - 1] in ("for", "of") and low[i - 2] in titles:
            first = end - 2  # "Minister for Resources Ann Tarrow said": the portfolio goes first
        if low[end - 1] in sets["org_suffixes"] or low[end - 1] in _NOT_PEOPLE \
                or low[end - 1] in sets["not_person_heads"] or tokens[i].text.isupper() \
                or tuple(low[i:end]) in titles.phrases or low[i] in titles:
            continue  # "..., President and Chief Executive Officer, said": a title, no name
        appositive = end < n and view.gaps[end] == "," and any(  # a whole title, not "trade"
            titles.longest_at(low, k) for k in range(end, min(end + 4, n)))
        speaker = (end < n and low[end] in _SPEECH) or (  # "said Jane Doe", not "said, Tarvik"
            i > 0 and low[i - 1] in _SPEECH and not view.gaps[i])
        leader = i > 1 and low[i - 1] == "by" and low[i - 2] in _LED \
            and not any(w in titles.firsts for w in low[i:end])  # "led by Jane Doe"
        if appositive or speaker or leader:
            add_name(view, found, Label.PERSON, first, end)
            taken.update(range(i, end))
    _honoured(view, taken, found)
    _titled_apposed(view, titles, taken, found)


# Honorifics before a full name: "Mr. Patrick Luabeya", "Shri Dinesh Bhatia".
_HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "shri", "smt", "sri", "prof", "mme"})


def _honoured(view: SentenceView, taken: set[int], found: list[Mention]) -> None:
    tokens = view.tokens
    for i in range(len(tokens) - 2):
        if view.words[i] not in _HONORIFICS or not tokens[i].text[:1].isupper() or i in taken:
            continue
        end = _name_after(view, i + 1)
        if end - i - 1 >= 2 and not taken & set(range(i + 1, end)):
            add_name(view, found, Label.PERSON, i + 1, end)
            taken.update(range(i + 1, end))


def _titled_apposed(view: SentenceView, titles: WordSet, taken: set[int],
                    found: list[Mention]) -> None:
    """"the Prime Minister of Kazakhstan, Olzhas Bektenov,", "the Ambassador of India to
    Argentina, Shri Dinesh Bhatia": a title of a country or body, then a comma and a full
    name closed by a comma or the sentence's end, names the person who holds it."""
    low, tokens, gaps = view.words, view.tokens, view.gaps
    n = len(tokens)
    ends = {m.start: m.end for m in view.mentions}
    for i in range(n):
        size = titles.longest_at(low, i) if low[i] in titles.firsts else 0
        k = i + size
        if not size or not tokens[i].text[:1].isupper():
            continue
        for _ in range(2):  # "of India", "of India to Argentina"
            if k + 1 < n and low[k] in ("of", "to", "for") and not gaps[k] \
                    and k + 1 in ends and not gaps[k + 1]:
                k = ends[k + 1]
            elif k + 2 < n and low[k] in ("of", "to", "for") and low[k + 1] == "the" \
                    and k + 2 in ends:
                k = ends[k + 2]
        if k == i + size or k >= n or gaps[k] != ",":
            continue
        start = k + 1 if low[k] in _HONORIFICS else k
        end = _name_after(view, start)
        if end - start >= 2 and (end >= n or gaps[end] in (",", ".")) \
                and not taken & set(range(start, end)):
            add_name(view, found, Label.PERSON, start, end, role=" ".join(low[i:i + size]),
                     title_start=str(i))
            taken.update(range(start, end))


# Titles held at an organisation (not a country): the name right before one is its employer.
_ORG_TITLES = frozenset({"chief executive", "chief executive officer", "ceo", "chairman",
                         "chairwoman", "managing director", "founder", "president",
                         "spokesman", "spokeswoman", "spokesperson", "chief financial officer",
                         "cfo", "chief operating officer", "coo", "chief technology officer"})
_NOT_EMPLOYERS = frozenset({"former", "acting", "interim", "deputy", "vice", "then", "new",
                            "late", "outgoing", "incoming", "company", "group"})


def _employer_before(view: SentenceView, title: int, taken: set[int],
                     found: list[Mention]) -> None:
    """"CoTec chief executive Julian Treger", "Codelco Chairman Maximo Pacheco": capitalised
    words right before an organisation title, that name nothing known, name the organisation
    the person works for (a country's name there is covered already: "US President")."""
    low, tokens = view.words, view.tokens
    start = title
    while start > 0 and start - 1 not in taken and view.gaps[start] == "" \
            and NAME_WORD.match(tokens[start - 1].text) and low[start - 1] not in NOT_NAMES \
            and low[start - 1] not in _NOT_EMPLOYERS and low[start - 1] not in CONNECTORS:
        start -= 1
    if start < title and not any(m.start < title and start < m.end for m in view.mentions):
        add_name(view, found, Label.ORGANIZATION, start, title)
        taken.update(range(start, title))


def company_cues(view: SentenceView, sets: dict[str, WordSet], found: list[Mention]) -> None:
    """'carmaker Maruti Suzuki', 'Perth-based Iluka', 'turbine makers such as Goldwind',
    'companies like Qorvo'."""
    low, tokens = view.words, view.tokens
    nouns = sets["company_nouns"].singles | sets["appositive_company_nouns"].singles
    taken = {k for m in (*view.mentions, *found) for k in range(m.start, m.end)}
    for i in range(len(tokens) - 1):
        cue = (low[i] in nouns and tokens[i].text.islower()) or (
            low[i] == "based" and view.gaps[i] == "-")
        start = i + 1
        if low[i] in nouns and low[i + 1:i + 3] == ["such", "as"]:
            start = i + 3
        elif low[i] in nouns and low[i + 1] in ("like", "including"):
            start = i + 2
        if not cue or start >= len(tokens):
            continue
        end = _name_after(view, start, 3)
        if end > start and not taken & set(range(start, end)):
            add_name(view, found, Label.ORGANIZATION, start, end)
            taken.update(range(start, end))
