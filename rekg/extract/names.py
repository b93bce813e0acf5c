"""Names the lexicon lacks: organisations (name suffixes, prefixes and company cues), people
(titles before or after the name, speech verbs) and agreements (capitalised agreement nouns).
People and company cues are read in ``cued_names.py``, the words of names are in
``name_words.py``.
"""

from __future__ import annotations

from rekg.extract import agreement_titles
from rekg.extract.context import Mention, SentenceView
from rekg.extract.cued_names import company_cues, people
from rekg.extract.name_coordination import coordinated_names, suffixed_head
from rekg.extract.name_coordination import placed_and as _placed_and
from rekg.extract.name_words import CONNECTORS, NAME_WORD, NOT_NAMES, add_name
from rekg.extract.patterns import WordSet, word_sets
from rekg.loaders.lexicon import Lexicon
from rekg.schema import Label, node_id

# a company may be named for what it makes ("Kestor Motors"): such words after its first do not
# stop its name
_GOODS = frozenset({Label.PRODUCT, Label.MATERIAL})

_OF_HEADS = frozenset({"ministry", "department", "bureau", "office", "bank", "university",
                       "institute", "agency", "association", "chamber", "federation", "society",
                       "council", "commission", "secretary", "minister", "state", "republic",
                       "union", "board", "court", "house", "league", "organization",
                       "organisation", "school", "academy", "division", "directorate"})
# Documents titled "X of Y" ("a Memorandum of Understanding (MOU)", "the Memorandum of
# Understanding on Critical Minerals Supply Chains"); before a lower-case topic, or bare after
# "the", they are the agreement nouns of a phrase ("a Memorandum of Understanding on raw
# materials value chains") or a reference back to one
_DOCUMENT_HEADS = frozenset({"memorandum", "letter", "declaration"})


def _run_end(view: SentenceView, start: int) -> int:
    """End of a run of capitalised words, with 'of', 'and', 'for' inside, from ``start``."""
    tokens = view.tokens
    end = start
    while end < len(tokens):
        gap = view.gaps[end]
        # "the Philippines' Vessen Mining": an apostrophe before a space is a possessive; a
        # column of spaces parts two names set side by side ("Ministry of Commerce    General
        # Administration of Customs" under a joint notice)
        if end > start and (gap not in ("", "-", "&", "'", "’") or "  " in view.text[
                tokens[end - 1].end:tokens[end].start] or (
                gap in ("'", "’") and view.text[tokens[end].start - 1] == " ")):
            break
        text = tokens[end].text
        connector = end > start and text.lower() in CONNECTORS and end + 1 < len(tokens) \
            and NAME_WORD.match(tokens[end + 1].text) is not None and view.gaps[end + 1] == "" \
            and (text.lower() != "of" or view.words[end - 1] in word_sets()["org_suffixes"]
                 or view.words[end - 1] in _OF_HEADS or view.words[end - 1] in _DOCUMENT_HEADS) \
            and not _placed_and(view, start, end)
        if NAME_WORD.match(text) or connector:
            end += 1
        else:
            break
    while end > start and tokens[end - 1].text.lower() in CONNECTORS:
        end -= 1
    return end


def _organisations(view: SentenceView, sets: dict[str, WordSet], found: list[Mention]) -> None:
    low, tokens = view.words, view.tokens
    suffixes, prefixes = sets["org_suffixes"], sets["org_prefixes"]
    titles, openers = sets["person_titles"], sets["name_openers"]
    known = {m.start for m in view.mentions if m.entry is not None and m.end - m.start > 1}
    i = 0
    while i < len(tokens):
        if not NAME_WORD.match(tokens[i].text):
            i += 1
            continue
        run = _run_end(view, i)
        end = agreement_titles.title_end(view, i, run, _run_end)
        start = i
        while start < end and (low[start] in NOT_NAMES or low[start] in titles
                               or low[start] in openers) and start not in known:
            start += 1  # a title word that opens a known name ("General Motors") stays
        if end == run and start < end and low[start] in _DOCUMENT_HEADS and (
                (start > 0 and low[start - 1] == "the") or (
                    run + 1 < len(low) and low[run] in ("on", "for")
                    and tokens[run + 1].text.islower())):
            end = start + 1
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
                    mention = add_name(view, found, label, part_start, part_end)
                    if mention is not None and country is not None:
                        mention.props["country"] = country.node_id
            elif not whole and not is_agreement and (k := suffixed_head(words, suffixes)) \
                    and not any(m.entry is not None and (m.label not in _GOODS
                                                         or m.start <= start)
                                for m in view.covered(start, start + k)) \
                    and not _generic_site(view, sets, start, start + k, inside):
                for m in view.covered(start, start + k):
                    view.mentions.remove(m)
                add_name(view, found, Label.ORGANIZATION, start, start + k)
                if words[k] == "and" and start + k + 1 < end \
                        and not view.covered(start + k + 1, end):
                    add_name(view, found, Label.ORGANIZATION, start + k + 1, end)  # "... and BXC"
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
        and view.gaps[start] == "" and NAME_WORD.match(view.tokens[k - 1].text) is not None \
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
        while start > 0 and view.gaps[start] == "" and NAME_WORD.match(tokens[start - 1].text) \
                and low[start - 1] not in NOT_NAMES and low[start - 1] not in CONNECTORS \
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


# Words after "Argentina's Catamarca", "China's Regulations", "Greenland's Tanbreez deposit"
# or "Chile's Pacific coast" that make it no company.
_NOT_AFTER_COMPANY = frozenset({"on", "of", "for", "province", "state", "region", "county",
                                "prefecture", "district", "government", "law", "act", "rule",
                                "deposit", "deposits", "project", "projects", "mine", "mines",
                                "prospect", "field", "complex", "coast", "coastline", "shore",
                                "border", "basin", "peninsula", "sea", "desert", "plateau",
                                "belt", "valley", "river", "highlands"})


def _possessed_company(view: SentenceView, sets: dict[str, WordSet]) -> None:
    """"Belgium's Campine process antimony", "Japan's Dowa recovers gallium": one unknown
    capitalised word after a country's possessive, before a lowercase word, is a company of
    that country (a person after a country's possessive comes with a title or a first name)."""
    low, tokens = view.words, view.tokens
    titles = sets["person_titles"]
    for m in [m for m in view.mentions if m.label is Label.COUNTRY and m.form != "place"]:
        k = m.end + 1
        if k + 1 >= len(low) or low[m.end] != "'s" or view.gaps[k] != "" \
                or NAME_WORD.match(tokens[k].text) is None or len(tokens[k].text) < 3 \
                or low[k] in NOT_NAMES or low[k] in titles or view.covered(k, k + 1) \
                or not tokens[k + 1].text[:1].islower() or view.gaps[k + 1] not in ("", ",") \
                or low[k + 1] in _NOT_AFTER_COMPANY:
            continue
        name = tokens[k].text
        mention = Mention(Label.ORGANIZATION, node_id(Label.ORGANIZATION, name), name, k, k + 1,
                          name, "rule", props={"country": m.node_id})
        view.mentions.append(mention)


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
    people(view, sets, found)
    company_cues(view, sets, found)
    view.mentions.extend(found)
