"""Stage 3: coreference. Mentions that refer back get the node of what they refer to.

* surnames of people named earlier ("Lutnick" after "Howard Lutnick");
* "the company", "the miner", "the ministry" after an organisation of that kind;
* "those metals", "these elements", "them" after a list of materials;
* "the list", "the measures", "the rules" after a restriction: a restriction anaphor that the
  frames stage attaches to the measure in focus;
* appositions: in "Terbium, a heavy rare earth, is ..." the second mention apposes the first,
  and a pattern that binds the second also binds the first (``appositions.py``).
"""

from __future__ import annotations

from rekg.extract import fronted_subjects as fronted
from rekg.extract.appositions import appositions
from rekg.extract.carry import producing_regions, producing_site
from rekg.extract.context import ArticleContext, Mention, SentenceView
from rekg.extract.definite_heads import bare_heads
from rekg.extract.described_orgs import described_owner, described_start
from rekg.extract.described_seats import owned_subject, seated_owner
from rekg.extract.elided_share import elided_makers, elided_share
from rekg.extract.focus import Goods, Salience, elided_goods, goods_object, refer
from rekg.extract.goods_described import goods_described
from rekg.extract.goods_pronouns import goods_pronouns
from rekg.extract.material_anaphors import counted_goods, earlier_materials, fitting
from rekg.extract.object_goods import object_goods
from rekg.extract.org_kinds import business
from rekg.extract.pair_phrases import COMPANY_PAIRS, apposed_pair, pair_phrase
from rekg.extract.pair_references import pair_references, subject_pair
from rekg.extract.site_references import SITE_NOUNS, site_determiner
from rekg.extract.subject_carry import carried_subject
from rekg.extract.titled_staff import titled_staff
from rekg.extract.use_subject import (
    UseSubjects,
    after_products,
    bare_generic_heads,
    build_kinds,
    elided_quantity,
)
from rekg.schema import Label

_DEFINITE = frozenset({"the", "this", "that", "these", "those", "such", "its", "their"})
_ORG_NOUNS = {"company": "company", "firm": "company", "miner": "company", "group": "company",
              "carmaker": "company", "automaker": "company", "producer": "company",
              "manufacturer": "company", "supplier": "company", "refiner": "company",
              "enterprise": "company",
              "ministry": "ministry", "department": "ministry", "agency": "agency",
              "bloc": "bloc", "commission": "bloc"}
_MATERIAL_NOUNS = frozenset({"metal", "element", "material", "mineral", "input", "them"})
_MEASURE_NOUNS = frozenset({"list", "measure", "rule", "regime", "move", "order", "policy",
                            "scheme", "mechanism", "rulebook", "crackdown", "licensing",
                            "decision", "package", "system", "requirement", "regulation",
                            "announcement", "notice", "step", "restriction", "control", "curb"})

_PREPOSITIONS = frozenset({"in", "to", "from", "of", "for", "on", "with", "against", "by", "at",
                           "into", "than", "outside", "over", "about", "like", "between"})
_COUNTS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                     "both", "other", "same", "listed", "affected", "restricted", "controlled"})
_CLAUSE_OPENERS = frozenset({"and", "but", "that", "which", "because", "as", "while", "after",
                             "when", "said", "says", "where", "since", "so", "though",
                             "although", "whereas", "once", "until", "unless", "if"})
_COPULAS = frozenset({"is", "was", "are", "were", "be", "been", "became", "becomes", "remains",
                      "remain"})
_AUXILIARIES = frozenset({"will", "would", "has", "have", "had", "also", "now", "still"})
# Verbs of saying: the "it" after them is the speaker of the sentence.
_REPORTING = frozenset({"said", "say", "says", "told", "added", "stated", "announced",
                        "confirmed", "warned"})
# First words of company names that say too little to stand for the company alone.
_NOT_SHORT = frozenset({"the", "new", "north", "south", "east", "west", "northern", "southern",
                        "eastern", "western", "general", "united", "national", "state", "global",
                        "international", "first", "royal", "central", "great", "rare",
                        "critical", "energy", "american", "british", "european", "asian",
                        "african", "chinese", "japanese", "korean", "indian", "australian",
                        "canadian", "mineral", "metal", "china", "japan", "korea", "india"})
_AGREEMENT_NOUNS = frozenset({"act", "law", "regulation", "legislation", "statute", "directive"})
# A short phrase of time before the subject: "In 2024 it began", "Since May it has".
_FRONTED = frozenset({"in", "since", "last", "earlier", "later", "on", "until", "this", "by",
                      "during"})
_MEASURE_ADJECTIVES = frozenset({"new", "updated", "expanded", "revised", "latest", "same",
                                 "original", "amended", "broader", "wider"})


def _relative_verb(view: SentenceView, i: int) -> bool:
    """"motors that move seats", "firms that control supply": after a plural noun and "that",
    the measure noun is the verb of a relative clause, not "that move" naming a measure."""
    if i < 2 or view.words[i - 1] != "that" or view.gaps[i - 1] or view.gaps[i]:
        return False
    noun = view.tokens[i - 2].text
    return noun.isalpha() and noun.islower() and noun.endswith("s") and not noun.endswith("ss")

# The words that open a reference below (with the article's surnames, short names and the
# kind noun of its last agreement): any other word is skipped at once.
_REFERRING = frozenset({"the", "both", "it", "its", "country", "nation", "them", *_ORG_NOUNS,
                        *SITE_NOUNS, *_MATERIAL_NOUNS, *_AGREEMENT_NOUNS, *_MEASURE_NOUNS})


def _seat_code(view: SentenceView, m: Mention) -> bool:
    """"US", "UK" before a company noun: a country's short code used as a seat word."""
    text = view.tokens[m.start].text
    return m.label is Label.COUNTRY and m.form == "alias" and text.isupper() and len(text) <= 3


def _kind_noun(agreement: Mention) -> str:
    """"mission" of a lexicon agreement of kind mission: "the mission" is that agreement."""
    kind = agreement.entry.properties.get("kind") if agreement.entry is not None else None
    return str(kind).split()[-1] if kind else ""


def _after_fronted_time(view: SentenceView, i: int) -> bool:
    """"it" is the clause's subject after a fronted phrase of time of up to four words that
    names nothing ("In October it took", not "In China it ...")."""
    return 1 < i <= 5 and view.words[0] in _FRONTED and not any(
        m.start < i for m in view.mentions) and (
            any(t.text[:1].isdigit() for t in view.tokens[1:i])
            or any(t.text[:1].isupper() for t in view.tokens[1:i]) or view.words[1] in (
                "year", "week", "month", "now", "march", "may", "june", "july", "april"))


_RELATIVE_OBJECTS = frozenset({"which", "that"})


def _apposed_owner(view: SentenceView, i: int) -> Mention | None:
    """"measures from Chile's mining ministry, the widest expansion of its curbs to date":
    an apposition after a party ("the ..."), however the party is governed, holds its "its"."""
    low, gaps = view.words, view.gaps
    owner = max((m for m in view.mentions if m.end < i and m.label in (
        Label.COUNTRY, Label.ORGANIZATION) and m.form not in ("place", "demonym", "anaphor")),
                key=lambda m: m.end, default=None)
    if owner is None or gaps[owner.end] != "," or low[owner.end] not in ("the", "a", "an"):
        return None
    return owner if all(gaps[k] not in (",", ";", ":") for k in range(owner.end + 1, i + 1)) \
        else None


def _opening_party(view: SentenceView, i: int) -> Mention | None:
    """The company or country the sentence opens with, before word ``i``: "SQM produces
    lithium carbonate, which it sells to ..." (after a comma, not "X said that it ...")."""
    first = min((m for m in view.mentions if m.end <= i), key=lambda m: m.start, default=None)
    if first is None or first.label not in (Label.COUNTRY, Label.ORGANIZATION) \
            or first.form in ("place", "anaphor") or first.start > 1 \
            or (first.start == 1 and view.words[0] != "the") or "," not in view.gaps[i - 1]:
        return None
    return first


def run(ctx: ArticleContext) -> None:
    surnames: dict[str, Mention] = {}
    short_names: dict[str, Mention] = {}
    last_org: dict[str, Mention] = {}
    orgs = Salience()
    last_materials: list[Mention] = []
    seen_restriction = False
    subject: Mention | None = None
    recent_countries: list[Mention] = []
    recent_firms: list[Mention] = []
    firms_last = False  # the last two parties named were companies, not countries
    last_agreement: Mention | None = None
    next_group = 1000
    specific: dict[str, tuple[int, Mention]] = {}
    goods = Goods()
    uses = UseSubjects()
    two_subject: list[Mention] = []  # the two parties the last sentence opened with
    previous: SentenceView | None = None
    for view in ctx.sentences:
        low, tokens = view.words, view.tokens
        added: list[Mention] = []
        producing_regions(view)
        opener_owner = owned_subject(view, orgs) or producing_site(view, orgs)
        if opener_owner is not None:
            added.append(opener_owner)
        taken = {k for m in view.mentions for k in range(m.start, m.end)} | {
            k for m in added for k in range(m.start, m.end)}
        pronouns = goods_pronouns(ctx.sentences, view, uses.last, uses.closing, uses.earlier, taken)
        added.extend(pronouns)  # "It also hardens lead" after a sentence about antimony
        taken |= {m.start for m in pronouns}
        agreement_kind = _kind_noun(last_agreement) if last_agreement is not None else None
        for i, word in enumerate(low):
            if i in taken or (word not in _REFERRING and word not in surnames
                              and word not in short_names and word != agreement_kind):
                continue  # every branch below needs one of these words
            text = tokens[i].text
            before = low[i - 1] if i else ""
            paired = word in ("the", "both")  # what every pair phrase starts with
            pair = pair_phrase(low, i) if paired else 0
            firms = pair_phrase(low, i, COMPANY_PAIRS) if paired and len(recent_firms) >= 2 \
                else 0
            if pair and not firms and firms_last and len(recent_firms) >= 2 \
                    and low[i + pair - 1] == "side":  # "Lynas and Sojitz ... the two sides"
                firms = pair
            apposed = apposed_pair(view, i) if pair and not firms else []
            if (pair and (apposed or len(recent_countries) >= 2)) or firms:
                group = next_group
                next_group += 1
                for country in (recent_firms if firms else apposed or recent_countries)[-2:]:
                    mention = refer(country, view, i, i + (firms or pair))
                    mention.group = group
                    added.append(mention)
            elif word in ("it", "its") and not fronted.no_party(view, i) and (
                    subject is not None or word == "its" or before in _REPORTING or (
                        i == 0 and orgs.focus("company", view.index) is not None) or (
                        before in _RELATIVE_OBJECTS and _opening_party(view, i) is not None)) and (
                    i == 0 or view.gaps[i] == "," or before in _CLAUSE_OPENERS or word == "its"
                    or _after_fronted_time(view, i)):
                near = next((m for m in fronted.actors(view, i) if m.end <= i and m.label in (
                    Label.COUNTRY, Label.ORGANIZATION) and m.form != "place" and (
                        m.start == 0 or low[m.start - 1] not in _PREPOSITIONS)), None)
                said = before in _REPORTING or (before == "that" and not _REPORTING.isdisjoint(
                    low[max(0, i - 6):i - 1]))  # "X announced on May 9 that it would": X
                if word == "it" and said:  # "X said it would": X, not the last
                    near = next((m for m in fronted.actors(view, i) if m.end <= i and m.label in (
                        Label.COUNTRY, Label.ORGANIZATION) and m.form not in ("place", "demonym")
                        and (m.start == 0 or low[m.start - 1] not in _PREPOSITIONS)), None)
                if word == "its" and near is not None and near.end < i \
                        and set(low[near.end:i]) <= _COPULAS | _AUXILIARIES \
                        and not set(low[near.end:i]) <= _AUXILIARIES:
                    near = None  # "Nidec is its largest customer": its is not Nidec's
                if word == "its" and near is None:
                    near = _apposed_owner(view, i)
                if word == "its" and i >= 3 and low[i - 1] == "as":  # "chosen by Y as its": Y's
                    near = next((m for m in view.mentions if m.end == i - 1 and m.start > 0
                                 and low[m.start - 1] == "by" and m.label in (
                                     Label.COUNTRY, Label.ORGANIZATION)), near)
                relative = word == "it" and not said and before in _RELATIVE_OBJECTS
                if relative:
                    near = _opening_party(view, i)  # "X makes Y, which it sells to Z": X
                referent = fronted.fronted_clause_subject(view, i) or fronted.cataphor(view, i) or (
                    near if (word == "its" or said or relative) and near is not None
                    else (subject or orgs.focus("company", view.index)))
                if referent is not None:
                    added.append(refer(referent, view, i, i + 1))
            elif text[:1].isupper() and word in surnames and (
                    i + 1 >= len(low) or not tokens[i + 1].text[:1].isupper()):
                person = surnames[word]
                added.append(refer(person, view, i, i + 1))
            elif text[:1].isupper() and word in short_names and (
                    i > 0 or low[1:2] == ["'s"]) and (
                    i + 1 >= len(low) or not tokens[i + 1].text[:1].isupper()):
                added.append(refer(short_names[word], view, i, i + 1))  # "Cyclic": Cyclic Materials
            elif before in _DEFINITE and word in _ORG_NOUNS and _ORG_NOUNS[word] in last_org \
                    and text.lower() == word and not fronted.paired(ctx.sentences, view, i):
                kn = _ORG_NOUNS[word]  # the subject of the sentence before, else the focus
                if firm := business(word, fronted.company_referent(ctx.sentences, view, kn, i)
                                    or orgs.focus(kn, view.index) or last_org[kn], orgs,
                                    view, i - 1):
                    added.append(refer(firm, view, i - 1, i + 1))
            elif i == 1 and word in SITE_NOUNS and before in ("the", "this") \
                    and text.lower() == word and (owner := orgs.focus("company", view.index)):
                added.append(refer(owner, view, 0, 2))  # "The plant produces ...": its owner
            elif word in SITE_NOUNS and (the := site_determiner(view, i, taken)) > 0 \
                    and (low[the - 1] == "from" or low[i + 1:i + 2] == ["'s"]) \
                    and (owner := orgs.focus("company", view.index)):
                added.append(refer(owner, view, the, i + 1))  # "from the plant", "the plant's"
            elif word in ("country", "nation") and before in ("the", "this") \
                    and text.lower() == word and (land := orgs.focus("country", view.index)):
                added.append(refer(land, view, i - 1, i + 1))
            elif (word in _ORG_NOUNS or word in ("country", "nation")) and text.islower() \
                    and (the := described_start(view, i)) >= 0 and (owner := described_owner(
                        view, the, _ORG_NOUNS.get(word, "country"), orgs, i + 1)):
                added.append(refer(owner, view, the, i + 1))  # "the Perth-based miner"
            elif word in _ORG_NOUNS and i > 1 and low[i - 2] in _DEFINITE \
                    and _ORG_NOUNS[word] in last_org:
                demonym = next((m for m in view.mentions if m.start == i - 1 and m.end == i
                                and (m.form == "demonym" or _seat_code(view, m))), None)
                if demonym is not None:
                    demonym.form = "demonym"  # "the US company": a seat, read as "American"
                owner = seated_owner(view, i - 2, i + 1, last_org[_ORG_NOUNS[word]], orgs)
                named = (i + 1 < len(low) and tokens[i + 1].text[:1].isupper()) or (
                    owner is None and "," in view.gaps[i - 2])  # "the Korean firm X", "X, the"
                if demonym is not None and not named:  # "the Australian miner"
                    view.mentions.remove(demonym)
                    if owner is not None:  # not one seated elsewhere
                        added.append(refer(owner, view, i - 2, i + 1))
            elif word == "them" and after_products(view, i):
                pass  # the products, which the patterns do not take from a pronoun
            elif (word in _MATERIAL_NOUNS and (before in _DEFINITE or word == "them" or (
                    i > 1 and low[i - 2] in _DEFINITE and (before in _COUNTS or (
                        tokens[i - 1].text.isalpha() and tokens[i - 1].text.islower()
                        and i - 1 not in taken))))
                  and (last_materials or earlier_materials(view, i))):
                antecedents = fitting(word, earlier_materials(view, i)) or fitting(
                    word, last_materials) or earlier_materials(view, i, word)
                start = i if word == "them" else (i - 1 if before in _DEFINITE else i - 2)
                group = next_group
                next_group += 1
                for antecedent in antecedents:
                    mention = refer(antecedent, view, start, i + 1)
                    mention.group = group
                    added.append(mention)
            elif before in _DEFINITE and last_agreement is not None and (
                    word in _AGREEMENT_NOUNS or word == _kind_noun(last_agreement)):
                added.append(refer(last_agreement, view, i - 1, i + 1))
            elif word in _MEASURE_NOUNS and seen_restriction and not _relative_verb(view, i) and (
                    before in _DEFINITE or (before in _MEASURE_ADJECTIVES and i > 1
                                            and low[i - 2] in _DEFINITE)):
                start = i - 1 if before in _DEFINITE else i - 2
                text = view.span_text(start, i + 1)
                added.append(Mention(Label.RESTRICTION, "", text.lower(), start, i + 1, text,
                                     "anaphor", props={"anaphor": True}))
        taken |= {k for m in added for k in range(m.start, m.end)}
        added.extend(pair_references(view, two_subject, previous, taken, next_group))
        added.extend(goods_described(ctx.sentences, view, orgs, taken))  # "the tin miner"
        next_group += 1
        view.mentions.extend(added)
        titled_staff(view, orgs)
        elided_goods(view, goods, next_group)
        counted_goods(view, goods, next_group + 6, ctx.sentences)
        goods_object(view, goods, next_group + 1)
        object_goods(view, ctx.sentences[view.index - 1] if view.index else None, next_group + 7)
        uses.resolve(view, next_group + 2, goods)
        elided_quantity(view, goods, next_group + 3)
        elided_share(view, goods, next_group + 4)
        elided_makers(view, goods, next_group + 5)
        next_group += 8
        view.mentions.sort(key=lambda m: (m.start, -m.end))
        bare_heads(view, specific)
        bare_generic_heads(view, specific)
        build_kinds(view, ctx.sentences[view.index - 1] if view.index else None)
        view.mentions.sort(key=lambda m: (m.start, -m.end))
        appositions(view)
        for m in view.mentions:
            if m.form == "rule" and m.end - m.start == 1 and m.label is Label.ORGANIZATION \
                    and (full := short_names.get(low[m.start])) is not None:
                m.node_id, m.name = full.node_id, full.name  # "Arvella Managing Director ..."
            if m.label is Label.PERSON and m.form != "anaphor" and " " in m.name:
                surnames[m.name.split()[-1].lower()] = m
            elif m.label is Label.ORGANIZATION and m.form != "anaphor":
                kind = m.entry.properties.get("kind") if m.entry is not None else None
                first = view.tokens[m.start].text
                if kind in (None, "company"):  # "both companies": the last two named
                    recent_firms = [f for f in recent_firms[-3:] if f.node_id != m.node_id] + [m]
                if m.end - m.start > 1 and kind in (None, "company") and first.isalpha() \
                        and len(first) > 3 and low[m.start] not in _NOT_SHORT:
                    short_names[low[m.start]] = m
                last_org[kind if kind in ("ministry", "agency", "bloc") else "company"] = m
                orgs.add(kind if kind in ("ministry", "agency", "bloc") else "company", m,
                         view.index)
            elif m.label is Label.ORGANIZATION and not m.props.get("elided"):
                orgs.touch(m, view.index)  # "It says ...": still the company in focus
            elif m.label is Label.RESTRICTION:
                seen_restriction = True
            elif m.label is Label.AGREEMENT and m.form != "trigger":
                last_agreement = m
        for m in view.mentions:
            bloc = m.label is Label.ORGANIZATION and m.entry is not None \
                and m.entry.properties.get("kind") == "bloc"  # "the EU and Chile ... both sides"
            if (m.label is Label.COUNTRY or bloc) and m.form not in ("place", "anaphor"):
                if not bloc:
                    orgs.add("country", m, view.index)
                recent_countries = [c for c in recent_countries if c.node_id != m.node_id] + [m]
        here = {id(m) for m in view.mentions}
        last_firm = max((m.start for m in recent_firms if id(m) in here), default=-1)
        last_state = max((m.start for m in recent_countries if id(m) in here), default=-1)
        firms_last = last_firm > last_state if max(last_firm, last_state) >= 0 else firms_last
        subject = carried_subject(view, subject)  # "After X did Y, Z ...": Z
        materials = [m for m in view.mentions if m.label is Label.MATERIAL and m.form != "anaphor"]
        if materials:
            last_materials = materials
        goods.add(view)
        uses.add(view)
        two_subject, previous = subject_pair(view), view


