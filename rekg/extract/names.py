"""Names the lexicon lacks: organisations (name suffixes, prefixes and company cues), people
(titles before or after the name, speech verbs) and agreements (capitalised agreement nouns).
"""

from __future__ import annotations

import re

from rekg.extract import agreement_titles
from rekg.extract.context import Mention, SentenceView
from rekg.extract.name_coordination import coordinated_names, suffixed_head
from rekg.extract.name_coordination import placed_and as _placed_and
from rekg.extract.patterns import WordSet, word_sets
from rekg.loaders.lexicon import Lexicon
from rekg.schema import Label, node_id

_NAME_WORD = re.compile(r"^[A-Z][a-zA-ZÀ-ÿ'’\-]*[a-zA-ZÀ-ÿ]$|^[A-Z]$|^[A-Z][A-Z0-9]+$")
_CONNECTORS = frozenset({"of", "and", "for", "the", "de"})
_NOT_NAMES = frozenset({
    "the", "a", "an", "but", "and", "in", "on", "at", "for", "with", "under", "after", "before",
    "as", "if", "when", "while", "both", "its", "their", "this", "that", "these", "those", "it",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "he", "she", "they", "we", "i", "so", "yet", "still", "meanwhile",
    "however", "some", "many", "most", "one", "two", "three", "last", "next", "since", "by",
    "from", "to", "of", "analysts", "officials", "shares", "prices", "exports", "imports", "there",
    "about", "contact", "notes", "editors", "source", "update", "breaking", "exclusive",
    "neither", "nor", "either", "once", "whether", "although", "though", "because", "unless",
})
_OF_HEADS = frozenset({"ministry", "department", "bureau", "office", "bank", "university",
                       "institute", "agency", "association", "chamber", "federation", "society",
                       "council", "commission", "secretary", "minister", "state", "republic",
                       "union", "board", "court", "house", "league", "organization",
                       "organisation", "school", "academy", "division", "directorate"})
_NOT_PEOPLE = frozenset({"release", "statement", "report", "data", "news", "times", "post",
                         "journal", "daily", "wire", "review", "survey", "shipping", "line",
                         "street", "house", "hall", "square", "road", "index", "week", "day"})
_LED = frozenset({"led", "headed", "chaired", "founded", "co-founded", "directed"})
_SPEECH = frozenset({"said", "say", "told", "wrote", "added", "noted", "warned", "argued",
                     "explained", "stated", "according"})


def _run_end(view: SentenceView, start: int) -> int:
    """End of a run of capitalised words, with 'of', 'and', 'for' inside, from ``start``."""
    tokens = view.tokens
    end = start
    while end < len(tokens):
        gap = view.gaps[end]
        # "the Philippines' Vessen Mining": an apostrophe before a space is a possessive
        if end > start and (gap not in ("", "-", "&", "'", "’") or (
                gap in ("'", "’") and view.text[tokens[end].start - 1] == " ")):
            break
        text = tokens[end].text
        connector = end > start and text.lower() in _CONNECTORS and end + 1 < len(tokens) \
            and _NAME_WORD.match(tokens[end + 1].text) is not None and view.gaps[end + 1] == "" \
            and (text.lower() != "of" or view.words[end - 1] in word_sets()["org_suffixes"]
                 or view.words[end - 1] in _OF_HEADS) and not _placed_and(view, start, end)
        if _NAME_WORD.match(text) or connector:
            end += 1
        else:
            break
    while end > start and tokens[end - 1].text.lower() in _CONNECTORS:
        end -= 1
    return end


def _add(view: SentenceView, found: list[Mention], label: Label, start: int, end: int,
         **props: str) -> Mention | None:
    if any(m.start < end and start < m.end for m in found):
        return None
    name = view.span_text(start, end)
    mention = Mention(label, node_id(label, name), name, start, end, name, "rule",
                      props=dict(props))
    found.append(mention)
    return mention


def _organisations(view: SentenceView, sets: dict[str, WordSet], found: list[Mention]) -> None:
    low, tokens = view.words, view.tokens
    suffixes, prefixes = sets["org_suffixes"], sets["org_prefixes"]
    titles, openers = sets["person_titles"], sets["name_openers"]
    known = {m.start for m in view.mentions if m.entry is not None and m.end - m.start > 1}
    i = 0
    while i < len(tokens):
        if not _NAME_WORD.match(tokens[i].text):
            i += 1
            continue
        end = agreement_titles.title_end(view, i, _run_end(view, i), _run_end)
        start = i
        while start < end and (low[start] in _NOT_NAMES or low[start] in titles
                               or low[start] in openers) and start not in known:
            start += 1  # a title word that opens a known name ("General Motors") stays
        if end - start >= 2 and all(t.text.isupper() for t in tokens[start:end]) \
                and any(len(t.text) >= 4 for t in tokens[start:end]) \
                and tuple(low[start:start + 2]) not in prefixes.phrases:
            i = end  # a heading or kicker in capitals ("WEEK IN CRITICAL MINERALS")
            continue
        if start < end < len(tokens) and low[start] in ("ministry", "department", "minister") \
                and view.gaps[end] == ",":
            more = _run_end(view, end)  # "Ministry of Economy, Trade and Industry"
            if "and" in low[end:more] and more - end <= 5:
                end = more
        if end - start >= 2:
            words = low[start:end]
            inside = view.covered(start, end)
            whole = [m for m in inside if m.start <= start and m.end >= end]
            legal = next((m for m in inside if m.start == start and m.label is
                          Label.ORGANIZATION), None)
            is_org = (words[-1] in suffixes and not _generic_site(view, sets, start, end, inside)
                      and not _title_tail(view, sets, start)) \
                or any(tuple(words[k:k + 2]) in prefixes.phrases for k in range(len(words) - 1)
                       if k == 0 or not any(m.label is Label.COUNTRY and m.start == start
                                            and m.end == start + k for m in inside))
            is_agreement = agreement_titles.is_agreement(view, start, end, sets)
            if legal is not None and legal.end < end and all(
                    w in ("ltd", "limited", "inc", "corp", "co", "plc", "llc", "ag", "sa", "group",
                          "holding", "corporation", "company") for w in low[legal.end:end]):
                legal.end, legal.surface = end, view.span_text(start, end)
            elif not whole and (is_org or is_agreement) and not (
                    "and" in words and sum(1 for m in inside if m.entry is not None) >= 2) \
                    and not _body_of_known(words, start, end, inside):
                label = Label.AGREEMENT if is_agreement else Label.ORGANIZATION
                country = next((m for m in inside if m.label is Label.COUNTRY), None)
                for m in inside:
                    view.mentions.remove(m)
                for part_start, part_end in coordinated_names(words, start, end, suffixes):
                    mention = _add(view, found, label, part_start, part_end)
                    if mention is not None and country is not None:
                        mention.props["country"] = country.node_id
            elif not whole and not is_agreement and (k := suffixed_head(words, suffixes)) \
                    and not any(m.entry is not None for m in view.covered(start, start + k)) \
                    and not _generic_site(view, sets, start, start + k, inside):
                for m in view.covered(start, start + k):
                    view.mentions.remove(m)
                _add(view, found, Label.ORGANIZATION, start, start + k)
                if start + k + 1 < end and not view.covered(start + k + 1, end):
                    _add(view, found, Label.ORGANIZATION, start + k + 1, end)  # "... and BXC"
            i = end
            continue
        i = max(end, i + 1)


def _title_tail(view: SentenceView, sets: dict[str, WordSet], start: int) -> bool:
    """"the Minister of Natural Resources", "Regulations on the Administration of Rare Earths",
    "a Strategic Partnership on Raw Materials": capitalised words after "of", "for" or "on"
    that follow a capitalised word (not a company officer's title, "Chairman of ...") are the
    tail of a title, a portfolio or a document's name, not an organisation of their own."""
    k = start - 1
    if k > 0 and view.words[k] == "the":
        k -= 1
    return k > 1 and view.words[k] in ("of", "for", "on") and view.gaps[k] == "" \
        and view.gaps[start] == "" and _NAME_WORD.match(view.tokens[k - 1].text) is not None \
        and view.words[k - 1] not in sets["corporate_titles"].singles \
        and not view.covered(k - 1, k)


def _generic_site(view: SentenceView, sets: dict[str, WordSet], start: int, end: int,
                  inside: list[Mention]) -> bool:
    if view.words[end - 1] not in sets["site_suffixes"]:
        return False
    covered = {k for m in inside if m.label in (Label.MATERIAL, Label.PRODUCT)
               for k in range(m.start, m.end)}
    return all(k in covered or view.words[k] in sets["process_steps"]
               for k in range(start, end - 1))


def _body_of_known(words: list[str], start: int, end: int, inside: list[Mention]) -> bool:
    """"the Board of Lynas Rare Earths Ltd": a body "of" an organisation the lexicon knows is
    that organisation's, not a new one."""
    k = words.index("of") + 1 if "of" in words else 0
    return k > 0 and any(m.entry is not None and m.label is Label.ORGANIZATION
                         and m.start == start + k and m.end >= end - 1 for m in inside)


def _named_for_metals(view: SentenceView) -> None:
    """"Talison Lithium", "Impala Platinum", "Anglo American Platinum": capitalised name words
    right before a capitalised material name make a company named for its metal. Not in a
    title-case headline (the word after is capitalised too), and not after a country's name
    ("Congo Cobalt" is Congo's cobalt)."""
    low, tokens = view.words, view.tokens
    for metal in [m for m in view.mentions if m.label is Label.MATERIAL and m.form == "name"
                  and m.end - m.start == 1 and tokens[m.start].text[:1].isupper()]:
        if metal.end < len(tokens) and tokens[metal.end].text[:1].isupper():
            continue
        start = metal.start
        while start > 0 and view.gaps[start] == "" and _NAME_WORD.match(tokens[start - 1].text) \
                and low[start - 1] not in _NOT_NAMES and low[start - 1] not in _CONNECTORS \
                and all(m.form == "demonym" for m in view.covered(start - 1, start)):
            start -= 1
        if start == metal.start:
            continue
        for m in view.covered(start, metal.end):
            view.mentions.remove(m)
        name = view.span_text(start, metal.end)
        view.mentions.append(Mention(Label.ORGANIZATION, node_id(Label.ORGANIZATION, name), name,
                                     start, metal.end, name, "rule"))


def _site_names(view: SentenceView) -> None:
    """"Perpetua's Stibnite project", "the Lithium site": a lower-case material of the lexicon
    written with a capital inside a sentence, after a lower-case word or a possessive and before
    a lower-case one, names a site or a project, not the material."""
    tokens = view.tokens
    for m in [m for m in view.mentions if m.label is Label.MATERIAL and m.entry is not None
              and m.end - m.start == 1 and m.start > 1 and m.entry.name.islower()]:
        before = tokens[m.start - 1].text
        after = tokens[m.end].text if m.end < len(tokens) else ""
        word = tokens[m.start].text
        if word[:1].isupper() and word[1:].islower() and view.gaps[m.start] in ("", "'", "’") \
                and (before.islower() or before in ("'s", "’s", "'", "’")) \
                and before not in ("of", "and", "for", "to", "de") \
                and after.islower() and view.gaps[m.end] in ("", "-"):
            view.mentions.remove(m)  # not in a title-case name ("Iron and Steel (Group)")


_LEGAL = frozenset({"ltd", "limited", "inc", "corp", "co", "plc", "llc", "ag", "sa", "corporation",
                    "company", "bhd", "pte", "tbk", "nv", "bv", "gmbh", "jsc"})


def _parenthesised_seat(view: SentenceView) -> None:
    """"IREL (India) Limited", "Sinosteel (Shanghai) Co": a company name, a seat or group in
    brackets, then a legal suffix is one name. The bracketed word names no country of its own
    and the suffix no restriction ("Limited")."""
    low, tokens = view.words, view.tokens
    for m in [m for m in view.mentions if m.label is Label.ORGANIZATION and m.form != "anaphor"]:
        seat = m.end
        if seat + 1 >= len(low) or not view.gaps[seat].strip().endswith("(") \
                or view.gaps[seat + 1].strip() != ")" or not tokens[seat].text[:1].isupper():
            continue
        end = seat + 1
        while end < len(low) and end - seat <= 3 and low[end] in _LEGAL \
                and view.gaps[end].strip() in ("", ")", ".", ",", ".,"):
            end += 1
        if end == seat + 1:
            continue  # "Kachin Independence Army (KIA)": a short name, not part of it
        for other in view.covered(seat, end):
            if other is not m:
                view.mentions.remove(other)
        m.end, m.surface = end, view.span_text(m.start, end)
        if m.form == "rule":
            m.name, m.node_id = m.surface, node_id(Label.ORGANIZATION, m.surface)


# Words after "Argentina's Catamarca", "China's Regulations" or "Greenland's Tanbreez deposit"
# that make it no company.
_NOT_AFTER_COMPANY = frozenset({"on", "of", "for", "province", "state", "region", "county",
                                "prefecture", "district", "government", "law", "act", "rule",
                                "deposit", "deposits", "project", "projects", "mine", "mines",
                                "prospect", "field", "complex"})


def _possessed_company(view: SentenceView, sets: dict[str, WordSet]) -> None:
    """"Belgium's Campine process antimony", "Japan's Dowa recovers gallium": one unknown
    capitalised word after a country's possessive, before a lowercase word, is a company of
    that country (a person after a country's possessive comes with a title or a first name)."""
    low, tokens = view.words, view.tokens
    titles = sets["person_titles"]
    for m in [m for m in view.mentions if m.label is Label.COUNTRY and m.form != "place"]:
        k = m.end + 1
        if k + 1 >= len(low) or low[m.end] != "'s" or view.gaps[k] != "" \
                or _NAME_WORD.match(tokens[k].text) is None or len(tokens[k].text) < 3 \
                or low[k] in _NOT_NAMES or low[k] in titles or view.covered(k, k + 1) \
                or not tokens[k + 1].text[:1].islower() or view.gaps[k + 1] not in ("", ",") \
                or low[k + 1] in _NOT_AFTER_COMPANY:
            continue
        name = tokens[k].text
        mention = Mention(Label.ORGANIZATION, node_id(Label.ORGANIZATION, name), name, k, k + 1,
                          name, "rule", props={"country": m.node_id})
        view.mentions.append(mention)


def _name_after(view: SentenceView, start: int, limit: int = 4) -> int:
    tokens = view.tokens
    end = start
    particles = word_sets()["name_particles"]
    hyphen_words = word_sets()["name_hyphen_words"]
    limit *= start >= len(tokens) or view.gaps[start] not in ("'", "’")  # "CEO'S REVIEW"
    while end < len(tokens) and end - start < limit and (end == start or view.gaps[end] in (
            "", "-") or (view.gaps[end] == "." and len(tokens[end - 1].text) == 1)):
        text = tokens[end].text
        name_word = _NAME_WORD.match(text) is not None and text.lower() not in _NOT_NAMES \
            and text.lower() not in _CONNECTORS
        particle = end > start and text in particles and end + 1 < len(tokens) \
            and _NAME_WORD.match(tokens[end + 1].text) is not None
        syllable = end > start and view.gaps[end] == "-" and text.isalpha() \
            and text.islower() and len(text) <= 5 and text not in hyphen_words
        if name_word or particle or syllable:
            end += 1
        else:
            break
    return end


def _people(view: SentenceView, sets: dict[str, WordSet], found: list[Mention]) -> None:
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
            _add(view, found, Label.PERSON, start, end, role=" ".join(title), title_start=str(i))
            taken.update(range(start, end))
            if " ".join(title) in _ORG_TITLES:
                _employer_before(view, i, taken, found)
            i = end
            continue
        i += 1
    # "Jane Doe, chief executive of ..." and "Jane Doe said" / "said Jane Doe"
    for i in range(n):
        if i in taken or (i > 0 and _NAME_WORD.match(tokens[i - 1].text) and view.gaps[i] == ""):
            continue
        if not _NAME_WORD.match(tokens[i].text):
            continue  # no name starts here: _name_after would stop at once
        end = _name_after(view, i, 3)
        if end - i < 2 or taken & set(range(i, end)):
            continue
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
            _add(view, found, Label.PERSON, i, end)
            taken.update(range(i, end))


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
            and _NAME_WORD.match(tokens[start - 1].text) and low[start - 1] not in _NOT_NAMES \
            and low[start - 1] not in _NOT_EMPLOYERS and low[start - 1] not in _CONNECTORS:
        start -= 1
    if start < title and not any(m.start < title and start < m.end for m in view.mentions):
        _add(view, found, Label.ORGANIZATION, start, title)
        taken.update(range(start, title))


def _company_cues(view: SentenceView, sets: dict[str, WordSet], found: list[Mention]) -> None:
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
            _add(view, found, Label.ORGANIZATION, start, end)
            taken.update(range(start, end))


def name_mentions(view: SentenceView, lexicon: Lexicon) -> None:
    sets = word_sets()
    found: list[Mention] = []
    _organisations(view, sets, found)
    view.mentions.extend(found)
    _named_for_metals(view)
    _site_names(view)
    _parenthesised_seat(view)
    _possessed_company(view, sets)
    found = []
    _people(view, sets, found)
    _company_cues(view, sets, found)
    view.mentions.extend(found)
