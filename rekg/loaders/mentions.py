"""Entity mentions in sentences: lexicon matches, cue-based names and simple anaphora."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rekg.loaders.lexicon import Entry, Lexicon, Surface
from rekg.loaders.text import Token, singular, tokenize
from rekg.schema import Label, node_id

LOCATIVE = frozenset({"in", "at", "near", "to", "from", "outside", "inside", "via", "into"})
ORG_SUFFIXES = frozenset(
    [
        "inc", "corp", "corporation", "ltd", "limited", "group", "co", "company", "holding",
        "holdings", "resource", "mining", "metal", "material", "mineral", "magnetic", "motor",
        "technology", "industry", "association", "agency", "administration", "commission",
        "council", "bank", "ministry", "department", "office", "institute", "authority", "bureau",
        "fund", "alliance", "partner", "capital", "earth", "electronic", "energy", "chemical",
        "steel", "federation", "society", "chamber", "manufacturer", "producer", "confederation",
        "international", "robotic", "robotics", "semiconductor", "system", "solution", "lab",
        "tech", "automotive", "aerospace", "dynamic", "dynamics", "army", "militia",
    ]
)
REGION_WORDS = frozenset({"state", "province", "region", "territory", "county", "district",
                          "prefecture", "island", "coast", "valley", "basin", "belt", "city"})
LEGAL_SUFFIXES = frozenset({"ltd", "limited", "inc", "corp", "corporation", "co", "plc", "llc",
                            "ag", "sa", "nv", "bv", "gmbh", "se", "spa", "pty", "bhd", "kk"})
ORG_PREFIXES = (("ministry", "of"), ("department", "of"), ("bureau", "of"), ("alliance", "for"),
                ("association", "of"), ("office", "of"), ("agency", "for"), ("society", "of"),
                ("federation", "of"), ("chamber", "of"), ("institute", "of"), ("ministry", "for"))
COMPANY_NOUNS = frozenset({"maker", "manufacturer", "producer", "company", "firm", "miner",
                           "carmaker", "automaker", "supplier", "refiner", "processor", "chipmaker",
                           "conglomerate", "developer", "giant", "exporter", "group", "startup",
                           "house", "operator"})
FACILITIES = frozenset({"plant", "factory", "mine", "facility", "refinery", "project", "deposit",
                        "site", "port", "complex", "works", "centre", "center"})
NOT_NAMES = frozenset(
    [
        "the", "a", "an", "but", "and", "in", "on", "at", "for", "with", "under", "after", "before",
        "as", "if", "when", "while", "both", "its", "their", "this", "that", "these", "those",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
        "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "he", "she", "it", "they", "we",
    ]
)
PERSON_TITLES: dict[tuple[str, ...], str] = {
    tuple(t.split()): t
    for t in (
        "secretary", "commerce secretary", "treasury secretary", "defense secretary",
        "defence secretary", "energy secretary", "interior secretary", "secretary of state",
        "minister", "commerce minister", "trade minister", "vice minister",
        "vice commerce minister",
        "foreign minister", "industry minister", "finance minister", "prime minister", "premier",
        "vice premier", "president", "vice president", "chief executive", "chief executive officer",
        "ceo", "chairman", "chairwoman", "chair", "managing director", "director", "spokesperson",
        "spokesman", "spokeswoman", "governor", "senator", "ambassador", "commissioner",
        "chancellor", "founder", "executive vice president", "trade representative",
        "chief financial officer", "cfo", "chief operating officer", "coo", "general manager",
        "head", "representative", "envoy", "negotiator", "executive director",
        "chief technology officer", "president and chief executive", "deputy director",
        "secretary general", "director general", "crown prince", "deputy prime minister",
        "deputy minister", "minister of state", "chief minister", "deputy secretary",
        "undersecretary", "under secretary",
    )
}
_TITLE_FIRST = frozenset(title[0] for title in PERSON_TITLES)
_GENERIC_TITLES = frozenset({"minister", "secretary", "commissioner", "spokesman", "spokeswoman"})
CORPORATE_TITLES = frozenset({"chief executive", "chief executive officer", "ceo", "chairman",
                              "chairwoman", "chair", "managing director", "founder", "cfo", "coo",
                              "chief financial officer", "chief operating officer",
                              "general manager", "director"})
AGREEMENT_NOUNS = frozenset({"agreement", "framework", "consensus", "truce", "deal", "accord",
                             "pact", "understanding", "partnership", "arrangement", "memorandum",
                             "mou", "treaty", "ceasefire", "commitment", "act", "law", "plan",
                             "declaration", "charter", "compact", "communique", "alliance",
                             "contract", "venture"})
AGREEMENT_SUFFIXES = frozenset({"act", "agreement", "treaty", "accord", "pact", "partnership",
                                "framework", "initiative", "consensus", "truce", "arrangement"})
_NAME_WORD = re.compile(r"^[A-Z][a-zA-ZÀ-ÿ'’\-]+$|^[A-Z]$")
_CONNECTORS = frozenset({"of", "and", "for", "the", "&", "de"})
_NAME_PARTICLES = frozenset({"bin", "bint", "al", "van", "von", "der", "de", "da", "di", "la",
                             "le", "du", "dos", "ibn"})


@dataclass
class Mention:
    """A span of a sentence's tokens that names (or refers back to) a node."""

    label: Label
    node_id: str
    start: int
    end: int
    surface: str
    form: str  # name, alias, demonym, capital, rule, anaphor
    entry: Entry | None = None
    extra: dict[str, str] = field(default_factory=dict)


@dataclass
class Sentence:
    index: int
    text: str
    tokens: list[Token]
    low: list[str]  # singular, lower-cased words
    mentions: list[Mention] = field(default_factory=list)
    places: list[tuple[int, str, str]] = field(default_factory=list)  # (token, place, iso2)

    def span_text(self, start: int, end: int) -> str:
        return self.text[self.tokens[start].start:self.tokens[end - 1].end]

    def of(self, *labels: Label) -> list[Mention]:
        return [m for m in self.mentions if m.label in labels]

    def has_word(self, *candidates: str) -> bool:
        wanted = set(candidates)
        return any(w in wanted for w in self.low)


def make_sentence(index: int, text: str) -> Sentence:
    tokens = tokenize(text)
    return Sentence(index, text, tokens, [singular(t.text) for t in tokens])


def _case_ok(tokens: list[Token], surface: Surface) -> bool:
    for token, word in zip(tokens, surface.words, strict=False):
        if word[0].isupper() and not token.text[0].isupper():
            return False
        if len(word) == len(token.text) > 2 and token.text.isupper() and not word.isupper():
            return False  # "KIA" (an acronym) is not "Kia"
        if len(word) > 1 and word.isupper():
            text = token.text
            bare = text[:-1] if text.endswith("s") and len(text) > 2 else text
            if not bare.isupper():
                return False
    return True


def lexicon_mentions(sentence: Sentence, lexicon: Lexicon,
                     extra: dict[tuple[str, ...], Surface]) -> None:
    """Longest lexicon match at each position; capitals used as places are kept as places."""
    low, tokens = sentence.low, sentence.tokens
    i, n = 0, len(low)
    while i < n:
        longest = max(lexicon.max_words.get(low[i], 0),
                      max((len(k) for k in extra if k[0] == low[i]), default=0) if extra else 0)
        place_len = 0
        for length in range(min(lexicon.place_first.get(low[i], 0), n - i), 0, -1):
            if tuple(low[i:i + length]) in lexicon.places and tokens[i].text[0].isupper():
                place_len = length
                break
        found: Surface | None = None
        length = 0
        for length in range(min(longest, n - i), 0, -1):
            key = tuple(low[i:i + length])
            surface = lexicon.surfaces.get(key) or extra.get(key)
            if surface is not None and (not surface.case_sensitive
                                        or _case_ok(tokens[i:i + length], surface)):
                if not surface.case_sensitive and i > 0 and tokens[i].text[0].isupper() \
                        and tokens[i - 1].text[0].isupper() and tokens[i - 1].text.isalpha() \
                        and not any(m.end == i for m in sentence.mentions) \
                        and tokens[i - 1].text.lower() not in ("the", "a", "an"):
                    continue  # "Autel Robotics": part of a name the lexicon does not know
                found = surface
                break
        if place_len and (found is None or place_len > length):
            place = sentence.span_text(i, i + place_len)
            sentence.places.append((i, place, lexicon.places[tuple(low[i:i + place_len])]))
            i += place_len
            continue
        if found is None:
            i += 1
            continue
        entry = found.entry
        k = i - 1
        while k > 0 and low[k] in ("the", "a", "an"):
            k -= 1
        previous = low[k] if k >= 0 else ""
        if found.form == "capital" and previous in LOCATIVE:
            iso2 = str(entry.properties.get("iso2", ""))
            sentence.places.append((i, sentence.span_text(i, i + length), iso2))
        elif entry.label is Label.PERSON and i + length < n and low[i + length] in (
                "administration", "era", "government", "team", "official"):
            # "the Biden administration" names the government of the person's country
            country = lexicon.resolve_ref(entry.represents or "")
            if low[i + length] == "administration" and country is not None and \
                    country.label is Label.COUNTRY:
                sentence.mentions.append(Mention(Label.COUNTRY, country.id, i, i + length + 1,
                                                 sentence.span_text(i, i + length + 1), "alias",
                                                 country))
                length += 1
        elif found.form == "demonym" and i + length < n and low[i + length] in (
                "meeting", "summit", "talk", "venue", "capital"):
            pass  # "a previous Swiss meeting" says where, not who
        elif entry.label is Label.COUNTRY and any(
                w in ("province", "prefecture", "county", "district")
                for w in low[i + length:i + length + 2]):
            pass  # "Lao Cai province" is a place name
        elif entry.label is Label.PRODUCT and i + length < n and low[i + length] in (
                "material", "mineral", "metal", "raw"):
            pass  # "battery materials" are materials, not batteries
        else:
            sentence.mentions.append(Mention(entry.label, entry.id, i, i + length,
                                             sentence.span_text(i, i + length), found.form, entry))
            if entry.name == "heavy rare earths" and i >= 2 and low[i - 1] in ("and", "or") \
                    and low[i - 2] == "light":
                light = lexicon.find(Label.MATERIAL, "light rare earths")
                if light is not None:  # "light and heavy rare earths"
                    sentence.mentions.append(Mention(Label.MATERIAL, light.id, i - 2, i - 1,
                                                     "light", "alias", light))
        i += length


def _covered(sentence: Sentence, start: int, end: int) -> list[Mention]:
    return [m for m in sentence.mentions if m.start < end and start < m.end]


def _capitalised_run(sentence: Sentence, start: int) -> int:
    """End of a run of capitalised words (with 'of', 'and', 'for' inside) from ``start``."""
    tokens = sentence.tokens
    end = start
    while end < len(tokens):
        if end > start and sentence.text[tokens[end - 1].end:tokens[end].start].strip() \
                not in ("", "-"):
            break
        text = tokens[end].text
        connector = text.lower() in _CONNECTORS and end + 1 < len(tokens) and end > start \
            and _NAME_WORD.match(tokens[end + 1].text)
        if _NAME_WORD.match(text) or (text.isupper() and len(text) > 1) or connector:
            end += 1
        else:
            break
    while end > start and tokens[end - 1].text.lower() in _CONNECTORS:
        end -= 1
    return end


def rule_mentions(sentence: Sentence, lexicon: Lexicon) -> list[Mention]:
    """Organisations, people and agreements that the lexicon lacks, recognised by cue words."""
    found: list[Mention] = []
    tokens, low = sentence.tokens, sentence.low
    i = 0
    while i < len(tokens):
        if not _NAME_WORD.match(tokens[i].text):
            i += 1
            continue
        end = _capitalised_run(sentence, i)
        if end - i >= 2 and not (i == 0 and end - i == 2 and low[1] in ORG_SUFFIXES
                                 and low[0] in ("the", "a")):
            start = i + 1 if low[i] == "the" else i
            words = low[start:end]
            inside = _covered(sentence, start, end)
            whole_known = any(m.start <= start and m.end >= end for m in inside)
            is_org = (words[-1] in ORG_SUFFIXES
                      or any(tuple(words[:2]) == p for p in ORG_PREFIXES)) and len(words) >= 2
            is_agreement = words[-1] in AGREEMENT_SUFFIXES and len(words) >= 2 \
                and tokens[end - 1].text[0].isupper()
            ends_known = any(m.end == end and m.label in (Label.ORGANIZATION, Label.AGREEMENT)
                             for m in inside)
            known = next((m for m in inside if m.start == start and m.label is
                          Label.ORGANIZATION and m.entry is not None), None)
            if known is not None and known.end < end and all(
                    w in LEGAL_SUFFIXES for w in low[known.end:end]):
                # "Lynas Rare Earths Ltd" is Lynas, not a new company
                known.end = end
                known.surface = sentence.span_text(start, end)
                i = end
                continue
            # "Toyotsu Rare Earths India": a company's local unit named after the country
            subsidiary = len(words) >= 3 and words[-2] in ORG_SUFFIXES and any(
                m.end == end and m.start == end - 1 and m.label is Label.COUNTRY for m in inside)
            hyphenated = len(words) >= 3 and words[-2] in ORG_SUFFIXES and sentence.text[
                tokens[end - 2].end:tokens[end - 1].start] == "-"  # "New Democratic Army-Kachin"
            is_org = is_org or subsidiary or hyphenated
            if not whole_known and not ends_known and (is_org or is_agreement) and not (
                    len(inside) == 1 and inside[0].end == end and not subsidiary):
                label = Label.AGREEMENT if is_agreement else Label.ORGANIZATION
                name = sentence.span_text(start, end)
                mention = Mention(label, node_id(label, name), start, end, name, "rule")
                country = next((m for m in inside if m.label is Label.COUNTRY), None)
                if country is not None:
                    mention.extra["country"] = country.node_id
                sentence.mentions = [m for m in sentence.mentions if m not in inside]
                found.append(mention)
                i = end
                continue
        i = max(end, i + 1)
    found.extend(_title_people(sentence))
    found.extend(_company_cues(sentence, found))
    return found


def _name_run(sentence: Sentence, start: int, step: int) -> tuple[int, int] | None:
    """A run of 1-3 capitalised, unknown words starting at ``start`` going ``step`` (+1/-1)."""
    tokens = sentence.tokens
    k = start
    while 0 <= k < len(tokens) and abs(k - start) < 3 and (
            _NAME_WORD.match(tokens[k].text)
            or (tokens[k].text.isupper() and len(tokens[k].text) > 1)) \
            and tokens[k].text.lower() not in NOT_NAMES:
        k += step
    if k == start:
        return None
    span = (start, k) if step > 0 else (k + 1, start + 1)
    if _covered(sentence, *span):
        return None
    return span


def _company_cues(sentence: Sentence, found: list[Mention]) -> list[Mention]:
    """'ASML, the Dutch maker of ...', 'carmaker Maruti Suzuki', 'Bajaj Auto executive director'."""
    low, tokens, text = sentence.low, sentence.tokens, sentence.text
    spans: list[tuple[int, int]] = []
    for i in range(len(tokens)):
        # "<Name>, the <Dutch> maker"
        if i + 2 < len(tokens) and text[tokens[i].end:tokens[i + 1].start].strip() == "," and \
                low[i + 1] in ("the", "a", "an") and any(
                    w in COMPANY_NOUNS for w in low[i + 2:i + 6]):
            run = _name_run(sentence, i, -1)
            if run is not None and (run[0] == 0 or low[run[0] - 1] not in (
                    "in", "at", "from", "to", "on", "for", "of", "across", "throughout")):
                spans.append(run)
        # "carmaker Maruti Suzuki", "state-run IREL"
        cue = low[i] in COMPANY_NOUNS or (low[i] in ("run", "owned") and i > 0 \
            and low[i - 1] == "state")
        if cue and i + 1 < len(tokens) and not tokens[i].text[0].isupper():
            run = _name_run(sentence, i + 1, 1)
            if run is not None:
                spans.append(run)
        # "Serra Verde, which operates ..."
        if i + 2 < len(tokens) and text[tokens[i].end:tokens[i + 1].start].strip() == "," and \
                low[i + 1] in ("which", "who") and low[i + 2] in (
                    "operate", "own", "run", "make", "mine", "produce", "refine", "build",
                    "develop", "supplie", "supply", "process", "control"):
            run = _name_run(sentence, i, -1)
            if run is not None and (run[0] == 0 or low[run[0] - 1] not in (
                    "in", "at", "from", "to", "on", "for", "of", "its", "their")) \
                    and low[run[1] - 1] not in FACILITIES:
                spans.append(run)
        # "Germany's Vacuumschmelze" (but not "Myanmar's Kachin State", a region)
        if low[i] == "'s" and i > 0 and any(m.label is Label.COUNTRY and m.end == i
                                            for m in sentence.mentions):
            run = _name_run(sentence, i + 1, 1)
            if run is not None and not any(tuple(low[run[0]:run[0] + size]) in PERSON_TITLES
                                           for size in (1, 2, 3)) \
                    and low[run[1] - 1] not in REGION_WORDS:
                spans.append(run)
        # "Pittsburgh-based Alcoa", "a Perth-based miner, Iluka"
        if low[i] == "based" and i > 0 and text[tokens[i - 1].end:tokens[i].start] == "-" \
                and i + 1 < len(tokens) and tokens[i + 1].text[0].isupper():
            run = _name_run(sentence, i + 1, 1)
            if run is not None and low[run[1] - 1] not in REGION_WORDS and not any(
                    tuple(low[run[0]:run[0] + size]) in PERSON_TITLES for size in (1, 2, 3)):
                spans.append(run)
        # "turbine makers such as Goldwind"
        if low[i] in COMPANY_NOUNS and i + 3 < len(tokens) and low[i + 1:i + 3] == ["such", "as"]:
            run = _name_run(sentence, i + 3, 1)
            if run is not None:
                spans.append(run)
    # "<Org Name> executive director <Person>"
    for person in found:
        if person.label is Label.PERSON and "title_start" in person.extra:
            title_start = int(person.extra["title_start"])
            if title_start > 0:
                run = _name_run(sentence, title_start - 1, -1)
                if run is not None:
                    spans.append(run)
    taken = {k for m in found for k in range(m.start, m.end)}
    mentions = []
    for start, end in spans:
        if taken & set(range(start, end)):
            continue
        name = sentence.span_text(start, end)
        mentions.append(Mention(Label.ORGANIZATION, node_id(Label.ORGANIZATION, name), start, end,
                                name, "rule"))
        taken.update(range(start, end))
    return mentions


def _title_people(sentence: Sentence) -> list[Mention]:
    """'Chief Executive Jim Farley', 'Akihiro Ohata, then Japan's trade minister'."""
    people: list[Mention] = []
    tokens, low = sentence.tokens, sentence.low
    for i in range(len(tokens)):
        if low[i] not in _TITLE_FIRST and (i + 1 >= len(low) or low[i + 1] not in _GENERIC_TITLES):
            continue
        if any(p.start <= i < p.end or int(p.extra["title_start"]) <= i < p.start
               for p in people):
            continue
        for size in (4, 3, 2, 1):
            title = tuple(low[i:i + size])
            generic = size == 2 and title[1:] in (("minister",), ("secretary",), ("commissioner",),
                                                  ("spokesman",), ("spokeswoman",)) and \
                tokens[i].text.isalpha() and not _covered(sentence, i, i + 1)
            if title not in PERSON_TITLES and not generic:
                continue
            start = i + size
            end = start
            while end < len(tokens) and end - start < 4 and (
                    (_NAME_WORD.match(tokens[end].text)
                    and tokens[end].text.lower() not in _CONNECTORS)
                    or (end > start and tokens[end].text in _NAME_PARTICLES
                    and end + 1 < len(tokens) and _NAME_WORD.match(tokens[end + 1].text))):
                end += 1
            if end - start >= 2 and not _covered(sentence, start, end):
                name = sentence.span_text(start, end)
                mention = Mention(Label.PERSON, node_id(Label.PERSON, name), start, end, name,
                                  "rule")
                mention.extra["role"] = PERSON_TITLES.get(title, " ".join(title))
                mention.extra["title_start"] = str(i)
                people.append(mention)
            break
    # Apposition: "<Name Name>, (then|the) <Country>'s <title>".
    for i in range(len(tokens) - 3):
        end = i
        while end < len(tokens) and end - i < 3 and _NAME_WORD.match(tokens[end].text):
            end += 1
        if end - i < 2 or end >= len(tokens) or sentence.text[tokens[end - 1].end:
                                                               tokens[end].start].strip() != ",":
            continue
        if _covered(sentence, i, end) or (i > 0 and _NAME_WORD.match(tokens[i - 1].text)):
            continue
        window = low[end:end + 7]
        for size in (4, 3, 2, 1):
            hit = next((k for k in range(len(window))
                        if tuple(window[k:k + size]) in PERSON_TITLES), None)
            if hit is not None:
                name = sentence.span_text(i, end)
                mention = Mention(Label.PERSON, node_id(Label.PERSON, name), i, end, name, "rule")
                mention.extra["role"] = PERSON_TITLES[tuple(window[hit:hit + size])]
                mention.extra["appositive_end"] = str(end + hit)
                mention.extra["appositive_title_end"] = str(end + hit + size)
                people.append(mention)
                break
    return people
