"""Sentence-level relation rules over trigger words and the order of entities.

``ArticleState`` reads one article sentence by sentence, keeping what later sentences refer
back to (the last countries, companies, materials, the restriction and agreement in focus),
and turns the rules' findings into a GraphFragment with provenance.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from rekg.loaders.document import Document
from rekg.loaders.lexicon import Entry, Lexicon, Surface
from rekg.loaders.mentions import (
    AGREEMENT_NOUNS,
    CORPORATE_TITLES,
    LOCATIVE,
    PERSON_TITLES,
    Mention,
    Sentence,
    lexicon_mentions,
    make_sentence,
    rule_mentions,
)
from rekg.loaders.text import norm_phrase, singular, words
from rekg.schema import (
    Agreement,
    GraphFragment,
    Label,
    NodeBase,
    Relationship,
    RelType,
    make_node,
    short_hash,
)

L = Label
COMPANY_SUFFIXES = frozenset({"resource", "magnetic", "material", "metal", "mining", "mineral",
                              "inc", "corp", "ltd", "limited", "group", "holding", "technology",
                              "robotic", "robotics", "energy", "earth"})
SPEECH = frozenset({"said", "say", "says", "stated", "told", "tell", "noted",
                    "argued", "warned", "mentioned", "explained", "wrote", "confirmed", "estimated",
                    "estimate", "estimates", "predicted", "believe", "believes", "expect",
                    "expects", "think", "thinks", "reported"})
_CONTRACTED = ("didn't", "doesn't", "don't", "won't", "isn't", "wasn't", "aren't", "weren't",
               "hasn't", "haven't", "hadn't", "can't", "couldn't", "wouldn't", "shouldn't")
NEGATIONS = frozenset({"not", "no", "never", "n't", "without", "denied", "deny", "denie", "non",
                       "rather", "instead", "neither", "nor", "nothing", "none", "cannot",
                       *_CONTRACTED, *(w.replace("'", "’") for w in _CONTRACTED)})
MONTHS = frozenset([
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
])
EXPORTISH = frozenset({"export", "exports", "shipment", "shipments", "sale", "sales", "supply",
                       "supplies", "access", "delivery", "deliveries", "cargo", "cargoes",
                       "outflow", "purchase", "purchases", "import", "imports"})
IMPOSING = frozenset({"imposed", "introduced", "applied", "announced", "put", "enforced", "took",
                      "adopted", "placed", "brought", "unveiled", "issued", "set", "rolled",
                      "launched", "enacted", "began", "started", "imposes", "introduces"})
IMPOSE_VERBS = frozenset({"impose", "imposed", "imposing", "introduce", "introduced", "apply",
                          "applied", "place", "placed", "put", "extend", "extended", "adopt",
                          "adopted", "announce", "announced", "include", "included", "any", "a",
                          "an", "new", "planned", "plan", "cap", "the"})
GATED_VERBS = frozenset({"halt", "block", "stall", "delay", "withhold", "throttle", "limit",
                         "tighten", "curb", "stop", "hold"})
GATED_NOUNS = frozenset({"delay", "slowdown", "stoppage", "limit", "curb"})
TARGET_NOUNS = frozenset({"company", "companie", "firm", "good", "import", "product", "entity",
                          "automaker", "carmaker", "buyer", "customer", "importer",
                          "entitie", "exporter", "chipmaker", "business", "businesse", "supplier",
                          "manufacturer", "shipment", "citizen", "national", "industry",
                          "industrie", "defense", "defence", "military", "user"})
CONTINUATION_NOUNS = frozenset({"measure", "list", "rule", "control", "package", "regime", "move",
                                "restriction", "ban", "curb", "licensing", "requirement", "policy",
                                "system", "order", "decision", "tariff", "levy", "duty", "quota"})
CESSATION = ("halt", "halted", "halting", "halts", "stopped", "stop", "stops", "stopping",
             "ceased", "cease", "suspended", "suspend", "suspends", "suspending", "cut", "ended",
             "no longer", "stalled", "wound down", "winding down")
COUNTRY_PAIRS = ("the two sides", "both sides", "both nations", "the two nations", "both countries",
                 "the two countries", "the two superpowers", "both participating countries",
                 "the two governments", "both governments", "the two economies")
ORG_ANAPHORS = {"company": "company", "firm": "company", "miner": "company", "carmaker": "company",
                "automaker": "company", "producer": "company", "manufacturer": "company",
                "group": "company", "department": "ministry", "ministry": "ministry",
                "agency": "agency", "bloc": "bloc"}
MATERIAL_ANAPHOR_NOUNS = frozenset({"material", "mineral", "metal", "element", "input"})
COMPOSITES = frozenset({"magnet", "alloy", "oxide", "metal"})
GOVERNMENT_KINDS = frozenset({"ministry", "agency", "bloc", None})

# Dependency triggers. "used": the things before it go into the things after it;
# "needs": the things before it need the things after it.
USED_TRIGGERS = [tuple(singular(w) for w in t.split()) for t in (
    "essential in", "essential for", "essential to", "used in", "used for", "needed for",
    "needed in", "vital for", "vital to", "vital in", "critical for", "critical in", "critical to",
    "crucial to", "crucial for", "crucial in", "key to", "key for", "found in", "important for",
    "important to", "required for", "required in", "go into", "goes into", "role in",
    "favoured in", "favored in", "replace in", "replaced in",
    "ingredient of", "ingredient in", "component of",
    "component in", "input for", "input to", "input in", "added to", "added", "add to",
    "unable to make", "unable to produce", "unable to build", "indispensable for",
    "indispensable in", "integral to", "power", "powers", "underpin", "underpins",
    "embedded in", "incorporated in", "installed in", "employed in", "central to", "to make",
    "to produce", "to build", "to manufacture", "make up", "makes up", "made up", "sit in",
    "sits in", "building block of", "building block for", "building block in",
    "key material in", "key material for", "key input for", "key input in", "used to",
    "goes in", "go in", "found inside", "ingredient for", "enable", "enables")]
NEEDS_TRIGGERS = [tuple(singular(w) for w in t.split()) for t in (
    "depend on", "depends on", "dependent on", "rely on", "relies on", "reliant on",
    "rely heavily on", "relies heavily on", "need", "needs", "require", "requires", "use",
    "uses", "contain", "contains", "containing", "made with", "made from", "made of",
    "built with", "ran out of", "run out of", "runs out of", "short of", "shortage of",
    "shortages of", "incorporate", "incorporates", "carry", "carries", "built from",
    "made using", "manufactured from", "manufactured with", "produced from", "consist of",
    "consists of", "composed of", "based on", "rely upon", "relies upon", "depend upon",
    "depends upon")]
_USED_PAIRS = frozenset(t for t in USED_TRIGGERS if len(t) == 2)
_TRIGGER_INDEX: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _family, _table in (("used", USED_TRIGGERS), ("needs", NEEDS_TRIGGERS)):
    for _trigger in _table:
        _TRIGGER_INDEX.setdefault(_trigger[0], []).append((_trigger, _family))
SHORTAGE = frozenset({("ran", "out", "of"), ("run", "out", "of"), ("runs", "out", "of"),
                      ("short", "of"), ("shortage", "of")})

PRODUCE_WORDS = frozenset({
    "produce", "produces", "produced", "producing", "production", "producer", "mine", "mines",
    "mined", "mining", "miner", "refine", "refines", "refined", "refining", "refiner", "refinery",
    "process", "processes", "processed", "processing", "processor", "separate", "separates",
    "separated", "separating", "separation", "dominate", "dominates", "dominated", "dominating",
    "dominance", "output", "extract", "extracts", "extracted", "extraction", "manufacture",
    "manufactures", "manufactured", "makes", "make", "made", "supplier", "supply", "supplies",
    "account", "accounts", "source", "controls", "control"})
PRODUCE_PASSIVE = frozenset({"produced", "mined", "refined", "processed", "separated",
                             "extracted", "manufactured", "made"})
FUTURE = frozenset({"intend", "intends", "plan", "plans", "planned", "aim", "aims", "could",
                    "would", "may", "might", "hope", "hopes", "seek", "seeks", "want", "wants",
                    "begin", "expect", "expects", "if", "wanted", "hoped", "aimed", "intended",
                    "build", "building", "construct", "constructing", "develop", "developing",
                    "sought"})
NOT_YET = frozenset({"will", "designed", "slated", "proposed", "planned", "yet", "future",
                     "eventually", "potential", "possible", "prospective"})
AGENT_NOUNS = frozenset({"refinery", "refiner", "miner", "producer", "processor", "process",
                         "supplier", "smelter", "output"})
DIRECTIVES = frozenset({"asked", "ordered", "told", "instructed", "directed", "required",
                        "urged", "asks", "orders", "tells", "instructs"})
COPULAS = frozenset({"is", "was", "are", "were", "become", "became", "remains", "remained",
                     "remain", "has", "be"})
SOURCE_ADJECTIVES = frozenset({"main", "leading", "top", "key", "major", "chief", "principal",
                               "dominant", "sole", "only", "primary", "single", "outside",
                               "foreign", "overseas", "external", "biggest", "largest", "second",
                               "third", "important", "critical", "reliable", "alternative",
                               "new", "other"})
SUPPLY_NOUN_CUES = frozenset({"for", "of", "the", "its", "their", "new", "more", "alternative",
                              "secure", "global", "world", "our", "scarce", "tight", "limited",
                              "these", "those", "such", "diversified", "stable", "reliable"})
BLOCKING = frozenset({"banned", "bans", "ban", "barred", "bars", "bar", "blocked", "blocks",
                      "prohibited", "prohibits", "restricted", "restricts", "restricting",
                      "curbed", "curbs", "curbing", "halted", "halts", "suspended", "suspends",
                      "suspend", "stop", "stopped", "halt", "banning", "barring"})
_PAST_ONLY = re.compile(r"\b(?:until recently|until (?:january|february|march|april|may|june|"
                        r"july|august|september|october|november|december|last)\b|used to|"
                        r"formerly|no longer)")
ADVERBS = frozenset({"also", "still", "now", "already", "mainly", "mostly", "largely",
                     "primarily", "chiefly", "heavily", "partly", "typically", "usually",
                     "often", "generally", "entirely", "currently", "then", "further", "even",
                     "only", "principally", "predominantly", "increasingly"})
CUSTOMER_NOUNS = frozenset({"maker", "makers", "buyer", "user", "customer", "consumer",
                            "importer", "manufacturer", "demand", "market", "price"})
PLANNED = frozenset({"draft", "proposal", "proposed", "debating", "debate", "considering",
                     "weighing", "weighs", "mulls", "mulling", "could", "might", "threatens",
                     "threatening", "threatened", "consider", "considers", "proposes"})
SELL_VERBS = frozenset({"sell", "sells", "sold", "selling", "supply", "supplies", "supplied",
                        "supplying", "ship", "ships", "shipped", "shipping", "export", "exports",
                        "exported", "deliver", "delivers", "delivered", "provide", "provides",
                        "earmarked", "make", "makes", "will"})
BUY_VERBS = frozenset({"receive", "receives", "received", "receiving",
                       "buy", "buys", "bought", "buying", "purchase", "purchases", "purchased",
                       "import", "imports", "imported", "source", "sources", "sourced", "obtain",
                       "obtains", "get", "gets", "offtake", "take"})
RELY_FOR = frozenset({"relied", "rely", "relies", "dependent", "depend", "depends", "reliant",
                      "dependence", "reliance"})


def _forms(verbs: dict[str, str]) -> dict[str, str]:
    forms: dict[str, str] = {}
    for verb, kind in verbs.items():
        stem = verb[:-1] if verb.endswith("e") else verb
        for form in (verb, verb + "s", stem + "ed", stem + "ing", verb + verb[-1] + "ed",
                     verb + verb[-1] + "ing", verb + "d"):
            forms[form] = kind
    return forms


@dataclass
class RestrictionDraft:
    imposer: str  # node id of a Country or Organization
    kind: str
    anchor: str | None
    status: str = "announced"
    status_rank: int = 0
    materials: dict[str, str] = field(default_factory=dict)  # node id -> evidence
    targets: dict[str, str] = field(default_factory=dict)
    evidence: list[str] = field(default_factory=list)
    surfaces: list[str] = field(default_factory=list)
    announced: str | None = None
    effective: str | None = None
    hs_codes: list[str] = field(default_factory=list)


@dataclass
class AgreementDraft:
    node_id: str
    parties: set[str] = field(default_factory=set)


STATUS_CUES = (
            ("lifted", ("lift", "lifted", "lifting", "scrap", "scrapped", "scrapping", "removed",
                        "revoked", "rescinded", "abolished", "dropped", "withdrawn", "rolled back",
                        "resumed", "expired", "repealed", "ended", "not go ahead",
                        "no longer in force")),
            ("suspended", ("suspend", "suspended", "suspends", "suspending", "suspension", "pause",
                           "paused", "pauses", "pausing", "put off", "postpone", "postponed",
                           "deferred", "defer", "on hold", "shelved", "shelve", "freeze",
                           "freezes", "froze", "frozen")),
            ("in_force", ("in force", "took effect", "take effect", "takes effect",
                          "remain in place", "remains in effect", "still govern",
                          "still governs",
                          "still in place", "stays in place", "remains in place", "in effect",
                          "came into force", "already under", "effective immediately",
                          "still need", "still needs", "still require", "still requires",
                          "remains in force", "remain in force")),
            ("alleged", ("accused", "accuse", "accuses", "alleged", "allegedly", "claimed",
                         "claims", "perceives")),
        )
_STATUS_INDEX: dict[str, list[tuple[str, list[str]]]] = {}
for _status, _phrases in STATUS_CUES:
    for _phrase in _phrases:
        _STATUS_INDEX.setdefault(_phrase.split()[0], []).append((_status, _phrase.split()))
_PAIR_INDEX: dict[str, list[tuple[str, ...]]] = {}
for _pair in COUNTRY_PAIRS:
    _key = tuple(singular(w) for w in _pair.split())
    _PAIR_INDEX.setdefault(_key[0], []).append(_key)

_STATUS_RANK = {"announced": 0, "alleged": 1, "in_force": 2, "suspended": 3, "lifted": 3}
_HS = re.compile(r"\b(?:HS|tariff)\s+(?:codes?|headings?|numbers?)\s+((?:\d{4}(?:\.\d{2,4})*"
                 r"(?:,\s*|\s+and\s+|\s+)?)+)", re.IGNORECASE)
_HS_CODE = re.compile(r"\d{4}(?:\.\d{2,4})*")
_DATE = re.compile(r"\b(January|February|March|April|May|June|July|August|September|October|"
                   r"November|December)\s+(\d{1,2})(?:,?\s+(\d{4}))?")
_PERCENT = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s?%")


class ArticleState:
    """Everything one article's sentences share while they are read in order."""

    def __init__(self, doc: Document, lexicon: Lexicon) -> None:
        self.doc = doc
        self.lexicon = lexicon
        self.fragment = GraphFragment()
        self.article = doc.article_node()
        self.fragment.add_node(self.article)
        self.extra_surfaces: dict[tuple[str, ...], Surface] = {}
        self.recent: list[Mention] = []  # every mention so far, in reading order
        self.last_materials: list[Mention] = []
        self.restrictions: list[RestrictionDraft] = []
        self.focus_restriction: RestrictionDraft | None = None
        self.agreements: dict[str, AgreementDraft] = {}
        self.agreement_by_party: dict[str, str] = {}
        self.focus_agreement: str | None = None
        self.focus_kind: str | None = None  # which of the two was named last
        self.focus_sentence = -1  # index of the sentence that last touched the restriction
        self.sentences_seen: list[str] = []
        self.pending_agreement_mentions: list[tuple[str, str]] = []
        self.previous_sentence_orgs: list[Mention] = []
        self.subject_country: Mention | None = None
        self.verbs = _forms(lexicon.restriction_verbs)
        self.year = (doc.published or "")[:4] if (doc.published or "")[:4].isdigit() else None
        self.dependency_facts: list[tuple[str, str, str]] = []
        self.supplies: list[tuple[str, str, list[str], str]] = []
        self._trigger_cache: tuple[Sentence | None, list[tuple[int, int, str]]] = (None, [])
        self._co_imposer: str | None = None
        self.previous_subject: Mention | None = None  # a country or company opening a sentence
        self.previous_items: list[Mention] = []  # a material or product opening a sentence

    # ----------------------------------------------------------------- nodes and edges
    def node(self, mention: Mention) -> NodeBase:
        existing = self.fragment.nodes.get(mention.node_id)
        surface = [mention.surface] if mention.form != "anaphor" else []
        if existing is not None:
            node: NodeBase = existing
            if surface and surface[0] not in existing.aliases:  # nothing new: skip the merge
                self.fragment.add_node(node.model_copy(update={"aliases": surface}))
            return node
        if mention.entry is not None:
            entry = mention.entry
            node = make_node(entry.label, entry.name, id=entry.id, aliases=surface,
                             **entry.properties)
        else:
            fields: dict[str, str] = {}
            if mention.label is L.PERSON and mention.extra.get("role"):
                fields["role"] = mention.extra["role"]
            node = make_node(mention.label, mention.surface, id=mention.node_id,
                             aliases=surface, **fields)
        return self.fragment.add_node(node)

    def entry_node(self, entry: Entry) -> NodeBase:
        existing = self.fragment.nodes.get(entry.id)
        if existing is not None:
            return existing
        return self.fragment.add_node(make_node(entry.label, entry.name, id=entry.id,
                                                **entry.properties))

    def link(self, rel_type: RelType, source: str, target: str, evidence: str,
             confidence: float = 0.8) -> None:
        if source == target:
            return
        src, dst = self.fragment.nodes.get(source), self.fragment.nodes.get(target)
        if src is None or dst is None:
            return
        allowed_from, allowed_to = _endpoints(rel_type)
        if src.label not in allowed_from or dst.label not in allowed_to:
            return
        # the endpoint rule was checked just above; skip re-validating in the hot path
        self.fragment.add_relationship(Relationship.model_construct(
            type=rel_type, source=source, target=target, source_label=src.label,
            target_label=dst.label, sources=[self.doc.id], evidence=[evidence],
            confidence=confidence, properties={}))

    def label_of(self, node_id: str) -> Label | None:
        node = self.fragment.nodes.get(node_id)
        return node.label if node is not None else None

    def kind_of(self, node_id: str) -> str | None:
        node = self.fragment.nodes.get(node_id)
        return getattr(node, "kind", None) if node is not None else None

    # ----------------------------------------------------------------- sentences
    def add_sentence(self, text: str) -> None:
        sentence = make_sentence(len(self.recent), text)
        lexicon_mentions(sentence, self.lexicon, self.extra_surfaces)
        found = rule_mentions(sentence, self.lexicon)  # may replace sentence.mentions
        sentence.mentions.extend(found)
        self._register_surnames(sentence)
        self._drop_name_prefixes(sentence)
        self._distribute_heads(sentence)
        self._technologies(sentence)
        self._anaphora(sentence)
        sentence.mentions.sort(key=lambda m: (m.start, -m.end))
        for mention in sentence.mentions:
            self.node(mention)
        self._people(sentence)
        self._located(sentence)
        self._dependencies(sentence)
        self._produces(sentence)
        self._supplies(sentence)
        self._restrictions(sentence)
        self._agreements(sentence)
        self.recent.extend(sentence.mentions)
        self.sentences_seen.append(sentence.text)
        materials = sentence.of(L.MATERIAL)
        if materials:
            self.last_materials = materials
        opening = sorted((m for m in sentence.of(L.MATERIAL, L.PRODUCT) if m.start <= 3),
                         key=lambda m: m.start)[:1]  # the subject a next "They" refers to
        self.previous_items = opening if opening and (opening[0].start == 0 or sentence.low[
            opening[0].start - 1] in ("the", "these", "such", "most", "many")) else []
        orgs = sentence.of(L.ORGANIZATION)
        if orgs:
            self.previous_sentence_orgs = orgs
        opener = next((m for m in sentence.mentions if m.start <= 1), None)
        self.previous_subject = opener if opener is not None and opener.label in (
            L.COUNTRY, L.ORGANIZATION) else None
        subject = next((m for m in sentence.of(L.COUNTRY) if m.form != "anaphor"
                        and _previous_word(sentence.low, m.start) not in (
                            "outside", "from", "than", "to", "in", "on", "against", "for")), None)
        if subject is not None:
            self.subject_country = subject

    def _technologies(self, sentence: Sentence) -> None:
        """'technology to extract and separate rare earths', 'rare earth refining technology'."""
        low = sentence.low
        for k, word in enumerate(low):
            if word != "technology" or any(m.start <= k < m.end for m in sentence.mentions):
                continue
            stems = ("extract", "separat", "refin", "process", "mine", "mining", "smelt")
            before = low[k - 1] if k else ""
            j = k + 1
            while j < len(low) and j - k <= 3 and low[j] in ("used", "that", "which", "is",
                                                             "are", "being", "needed"):
                j += 1  # "technologies used to extract and separate rare earths"
            after = low[j + 1:j + 4] if j < len(low) and low[j] in ("to", "for") else []
            process = before.startswith(stems) or any(w.startswith(stems) for w in after)
            following = next((m for m in sentence.of(L.MATERIAL) if k < m.start <= k + 8), None)
            magnet = not process and (before == "magnet" or any(
                w in ("making", "make", "manufacturing") for w in after) or (
                any(w.startswith("produc") for w in after) and following is not None
                and self.kind_of(following.node_id) == "magnet"))
            metal = not (process or magnet) and any(w.startswith("produc") for w in after)
            if not (process or magnet or metal):
                continue
            if not any(k - 3 <= m.start <= k + 8 for m in sentence.of(L.MATERIAL)):
                continue  # "processing technology" alone names no rare-earth technology
            verbs = [before, *after]
            if magnet:
                name = "magnet manufacturing technology"
            elif metal:
                name = "rare earth metal and alloy production technology"
            elif any(w.startswith("separat") for w in verbs):
                name = "rare earth separation technology"
            elif any(w.startswith(("extract", "mine", "mining")) for w in verbs):
                name = "rare earth extraction technology"
            elif any(w.startswith(("refin", "smelt")) for w in verbs):
                name = "rare earth refining technology"
            else:
                name = "rare earth separation technology"
            entry = self.lexicon.find(L.PRODUCT, name)
            if entry is None:
                continue
            end = k + 1
            position = k
            for m in sentence.of(L.MATERIAL):
                if k < m.start <= k + 5 or k - 3 <= m.start < k or (
                        position > k and m.start > position and len(low[position:m.start]) <= 2
                        and all(w in ("and", "or", "of", "the") for w in low[position:m.start])):
                    m.extra["consumed"] = "technology"  # the material names the technology
                    end = max(end, m.end) if m.start > k else end
                    position = max(position, m.end) if m.start > k else position
            if end < len(low) - 1 and low[end] in ("and", "or") and low[end + 1] in (
                    "alloy", "metal", "oxide", "compound"):
                end += 2  # "technology for producing rare earth metals and alloys"
            start = k - 3 if k >= 3 and any(m.start == k - 3 or m.start == k - 2
                                             for m in sentence.of(L.MATERIAL)) else k
            sentence.mentions.append(Mention(L.PRODUCT, entry.id, start, end,
                                             sentence.span_text(start, end), "alias", entry))
        # "magnet manufacturing technology for samarium-cobalt and NdFeB magnets"
        for tech in sentence.of(L.PRODUCT):
            if tech.entry is None or tech.entry.properties.get("sector") != "technology" or \
                    tech.end >= len(low) or low[tech.end] not in ("for", "to", "of"):
                continue
            position = tech.end + 1
            for m in sorted(sentence.of(L.MATERIAL), key=lambda x: x.start):
                gap = low[position:m.start]
                if m.start >= position and len(gap) <= 2 and all(
                        w in ("and", "or", "the", "making", "producing") for w in gap):
                    m.extra["consumed"] = "technology"
                    position = m.end

    def _distribute_heads(self, sentence: Sentence) -> None:
        """'samarium-cobalt, neodymium-iron-boron and cerium magnets': each modifier group that
        the lexicon knows with the shared head noun ('samarium-cobalt magnet') names that."""
        low, tokens, text = sentence.low, sentence.tokens, sentence.text
        for head in [m for m in sentence.of(L.MATERIAL)
                     if low[m.end - 1] in ("magnet", "alloy", "oxide", "metal")]:
            noun = low[head.end - 1]
            k = head.start
            # the last modifier group sits right before the head noun: skip it
            while head.end - head.start == 1 and k > 0 and head.start - k < 4 and \
                    low[k - 1] not in ("and", "or") and \
                    "," not in text[tokens[k - 1].end:tokens[k].start]:
                k -= 1
            if (k == head.start and head.end - head.start == 1) or k == 0:
                continue
            for _ in range(4):
                if low[k - 1] in ("and", "or"):
                    k -= 1
                elif "," not in text[tokens[k - 1].end:tokens[k].start]:
                    break
                stop = k
                k -= 1
                while k > 0 and stop - k < 4 and low[k - 1] not in ("and", "or") and \
                        "," not in text[tokens[k - 1].end:tokens[k].start] and \
                        low[k - 1] not in ("for", "of", "on", "in", "the", "and", "or"):
                    k -= 1
                surface = None
                for begin in range(k, stop):
                    surface = self.lexicon.surfaces.get((*low[begin:stop], noun))
                    if surface is not None:
                        k = begin
                        break
                if surface is None or surface.entry.label is not L.MATERIAL:
                    break
                sentence.mentions = [m for m in sentence.mentions
                                     if not (k <= m.start and m.end <= stop)]
                sentence.mentions.append(Mention(L.MATERIAL, surface.entry.id, k, stop,
                                                 sentence.span_text(k, stop), "alias",
                                                 surface.entry))
                if k == 0:
                    break

    def _drop_name_prefixes(self, sentence: Sentence) -> None:
        """'US Export-Import Bank': the country there is part of an organisation's name."""
        for country in sentence.of(L.COUNTRY):
            if country.form not in ("name", "alias"):
                continue
            org = next((m for m in sentence.of(L.ORGANIZATION) if m.start == country.end), None)
            if org is not None and org.entry is not None and org.entry.country and \
                    self.lexicon.countries_by_iso2.get(org.entry.country) is not None and \
                    self.lexicon.countries_by_iso2[org.entry.country].id == country.node_id:
                sentence.mentions.remove(country)

    def _register_surnames(self, sentence: Sentence) -> None:
        for mention in sentence.mentions:
            if mention.label is L.ORGANIZATION and mention.form == "rule":
                key = tuple(sentence.low[mention.start:mention.end])
                entry = Entry(L.ORGANIZATION, mention.surface, mention.node_id, {})
                if key not in self.lexicon.surfaces and key not in self.extra_surfaces:
                    self.extra_surfaces[key] = Surface(entry, tuple(words(mention.surface)),
                                                       "alias", True)
                first = words(mention.surface)[0]
                # "Syrah Resources" ... "Syrah": companies are shortened to their first word
                if len(key) >= 2 and key[-1] in COMPANY_SUFFIXES and len(first) >= 4 and \
                        (key[0],) not in self.lexicon.surfaces and first[0].isupper():
                    self.extra_surfaces.setdefault((key[0],), Surface(entry, (first,), "alias",
                                                                      True))
            if mention.label is L.PERSON and mention.form == "rule":
                surname = words(mention.surface)[-1]
                entry = Entry(L.PERSON, mention.surface, mention.node_id,
                              {"role": mention.extra["role"]} if "role" in mention.extra else {})
                key = (surname.lower(),)
                if key not in self.lexicon.surfaces:
                    self.extra_surfaces[key] = Surface(entry, (surname,), "alias", True)

    def _recent_of(self, label: Label, kinds: Iterable[str | None] | None = None,
                   country: str | None = None) -> Mention | None:
        wanted = set(kinds) if kinds is not None else None
        for mention in reversed(self.recent):
            if mention.label is not label:
                continue
            if wanted is not None and self.kind_of(mention.node_id) not in wanted:
                continue
            if country is not None and self._country_of(mention.node_id) != country:
                continue
            return mention
        return None

    def _recent_countries(self, count: int) -> list[Mention]:
        seen: dict[str, Mention] = {}
        for mention in reversed(self.recent):
            if mention.label is L.COUNTRY and mention.node_id not in seen:
                seen[mention.node_id] = mention
            if len(seen) == count:
                break
        return list(seen.values())

    def _country_of(self, node_id: str) -> str | None:
        """The country id an organisation belongs to, from the lexicon or LOCATED_IN so far."""
        entry = self.lexicon.entries.get(node_id)
        if entry is not None and entry.country:
            country = self.lexicon.countries_by_iso2.get(entry.country)
            return country.id if country else None
        for rel in self.fragment.relationships.values():
            if rel.source == node_id and rel.type is RelType.LOCATED_IN:
                return rel.target
        return None

    def _anaphora(self, sentence: Sentence) -> None:
        low = sentence.low
        text_low = " ".join(low)
        covered = {i for m in sentence.mentions for i in range(m.start, m.end)}
        for i in range(len(low)):
            for key in _PAIR_INDEX.get(low[i], ()):
                if tuple(low[i:i + len(key)]) == key:
                    for country in self._recent_countries(2):
                        sentence.mentions.append(Mention(L.COUNTRY, country.node_id, i,
                                                         i + len(key), "", "anaphor",
                                                         country.entry))
        for i, word in enumerate(low):
            if i in covered or (i == 0 and word not in ("it",)):
                pass
            previous = low[i - 1] if i else ""
            if word in ORG_ANAPHORS and previous in ("the", "its") and i not in covered:
                self._org_anaphor(sentence, i, ORG_ANAPHORS[word])
            elif word in ORG_ANAPHORS and i >= 2 and low[i - 2] == "the":
                demonym = next((m for m in sentence.mentions if m.label is L.COUNTRY
                                and m.start == i - 1 and m.form == "demonym"), None)
                if demonym is not None:
                    found = self._recent_of(L.ORGANIZATION, country=demonym.node_id)
                    if found is not None:  # "the Australian miner": Lynas, which is Australian
                        sentence.mentions.append(Mention(L.ORGANIZATION, found.node_id, i,
                                                         i + 1, "", "anaphor", found.entry))
            elif word in ("government", "authorities", "authority") and previous == "the" \
                    and i not in covered and self.subject_country is not None:
                # "the government asked IREL to ...": the government of the country in focus
                sentence.mentions.append(Mention(L.COUNTRY, self.subject_country.node_id, i - 1,
                                                 i + 1, "", "anaphor",
                                                 self.subject_country.entry))
            elif word in ("country", "kingdom", "republic", "nation") and previous == "the" \
                    and i not in covered:
                antecedent = next((m for m in reversed(sentence.mentions) if m.label is L.COUNTRY
                                   and m.end <= i - 1), None) or self.subject_country \
                    or self._recent_of(L.COUNTRY)
                if antecedent is not None:
                    sentence.mentions.append(Mention(L.COUNTRY, antecedent.node_id, i - 1, i + 1,
                                                     "", "anaphor", antecedent.entry))
            elif word in MATERIAL_ANAPHOR_NOUNS and i not in covered and i >= 1:
                j = i - 1
                while j >= 0 and (low[j] in ("strategic", "critical", "key", "rare", "important",
                                             "essential", "scarce", "three", "four", "five", "six",
                                             "seven", "eight", "nine", "ten", "two")
                                  or low[j].isdigit()):
                    j -= 1
                if (j >= 0 and low[j] in ("these", "those", "the", "such", "both") and j < i - 1) \
                        or (j >= 0 and low[j] in ("these", "those", "such", "both")):
                    for material in self._material_antecedents(sentence, j):
                        sentence.mentions.append(Mention(L.MATERIAL, material.node_id, j, i + 1,
                                                         "", "anaphor", material.entry))
            elif i == 0 and word in ("they", "these") and i not in covered and \
                    self.previous_items and not any(
                        m.start <= 2 for m in sentence.of(L.MATERIAL, L.PRODUCT)):
                # "The magnets are key parts of motors. They are made mainly from neodymium."
                for item in self.previous_items:
                    sentence.mentions.append(Mention(item.label, item.node_id, 0, 1, "",
                                                     "anaphor", item.entry))
            elif word == "them" and i not in covered and _has_any(text_low, ("contain", "use",
                                                                              "need", "replace")):
                for material in self._material_antecedents(sentence, i):
                    sentence.mentions.append(Mention(L.MATERIAL, material.node_id, i, i + 1,
                                                     "", "anaphor", material.entry))

    def _material_antecedents(self, sentence: Sentence, position: int) -> list[Mention]:
        before = [m for m in sentence.mentions if m.label is L.MATERIAL and m.end <= position
                  and m.form != "anaphor"]
        if before:
            return []  # an antecedent in the same sentence: leave the phrase alone
        return [m for m in self.last_materials if m.form != "anaphor"] or \
            [m for m in self.last_materials]

    def _org_anaphor(self, sentence: Sentence, i: int, kind: str) -> None:
        kinds: tuple[str | None, ...]
        if kind == "company":
            kinds = ("company", None)
        elif kind == "bloc":
            kinds = ("bloc",)
        else:
            kinds = (kind, "agency", "ministry")
        found = self._recent_of(L.ORGANIZATION, kinds)
        if found is not None:
            sentence.mentions.append(Mention(L.ORGANIZATION, found.node_id, i - 1, i + 1, "",
                                             "anaphor", found.entry))

    # ----------------------------------------------------------------- people
    def _people(self, sentence: Sentence) -> None:
        low = sentence.low
        for person in sentence.of(L.PERSON):
            targets: list[str] = []
            title_start = int(person.extra.get("title_start", person.start))
            if person.form != "rule":
                for size in (4, 3, 2, 1):
                    if person.start - size >= 0 and tuple(
                            low[person.start - size:person.start]) in PERSON_TITLES:
                        title_start = person.start - size
                        person.extra.setdefault("role", PERSON_TITLES[
                            tuple(low[person.start - size:person.start])])
                        break
            role = person.extra.get("role")
            # "<Country/Org>('s) <title> <Name>"
            for mention in sentence.mentions:
                if mention.end < len(sentence.tokens) and "," in sentence.text[
                        sentence.tokens[mention.end - 1].end:sentence.tokens[mention.end].start]:
                    continue  # "..., chief executive X said": the comma ends the phrase
                if mention.label in (L.COUNTRY, L.ORGANIZATION) and mention.form != "anaphor" and (
                        mention.end == title_start
                        or (mention.end == title_start - 1 and (
                            low[mention.end] == "'s"
                            or sentence.tokens[mention.end].text.islower()))):
                    targets.append(mention.node_id)
            # "<Name> of <Country/Org>"
            if person.end < len(low) and low[person.end] == "of":
                after = next((m for m in sentence.mentions if m.start == person.end + 1
                              and m.label in (L.COUNTRY, L.ORGANIZATION)), None)
                if after is not None:
                    targets.append(after.node_id)
            # "<Name>, then Japan's trade minister"
            if "appositive_end" in person.extra:
                limit = int(person.extra["appositive_end"])
                targets.extend(m.node_id for m in sentence.mentions
                               if m.label in (L.COUNTRY, L.ORGANIZATION)
                               and person.end <= m.start < limit)
                # "Lin Jian, a spokesperson for China's foreign ministry", "X, president of Y"
                title_end = int(person.extra.get("appositive_title_end", limit))
                if not targets and title_end < len(low) and low[title_end] in ("of", "for",
                                                                                "at"):
                    following = [m for m in sentence.mentions
                                 if m.label in (L.COUNTRY, L.ORGANIZATION)
                                 and title_end < m.start <= title_end + 6]
                    orgs = [m for m in following if m.label is L.ORGANIZATION]
                    targets.extend(m.node_id for m in (orgs[:1] or following[:1]))
            if not targets and role in CORPORATE_TITLES:
                company = next((m for m in sentence.mentions if m.label is
                                L.ORGANIZATION and m.end <= person.start), None) or next(
                    (m for m in sentence.mentions if m.label is L.ORGANIZATION), None) \
                    or self._recent_of(L.ORGANIZATION, ("company", None))
                if company is not None:
                    targets.append(company.node_id)
            entry = person.entry
            if entry is not None and entry.represents:
                ref = self.lexicon.resolve_ref(entry.represents)
                if ref is not None and self._mentioned(ref.id, sentence):
                    targets.append(ref.id)
                elif ref is not None:
                    continue  # linked at the end if the text names ref at all
            if not targets and role is not None and role not in CORPORATE_TITLES:
                country = next((m for m in sentence.mentions if m.label is L.COUNTRY), None)
                if country is not None:
                    targets.append(country.node_id)
                elif person.form == "rule" and any(w in role for w in (
                        "minister", "secretary", "premier", "ambassador")) and \
                        self.subject_country is not None:
                    # "Union Minister X told reporters": the government of the country in focus
                    targets.append(self.subject_country.node_id)
            for target in targets:
                self.link(RelType.REPRESENTS, person.node_id, target, sentence.text, 0.8)

    def _mentioned(self, node_id: str, sentence: Sentence) -> bool:
        return node_id in self.fragment.nodes or any(m.node_id == node_id
                                                      for m in sentence.mentions)

    # ----------------------------------------------------------------- LOCATED_IN
    def _located(self, sentence: Sentence) -> None:
        low = sentence.low
        for org in sentence.of(L.ORGANIZATION):
            if org.form == "anaphor":
                continue
            if "country" in org.extra:
                entry = self.lexicon.entries.get(org.extra["country"])
                if entry is not None:
                    self.entry_node(entry)
                self.link(RelType.LOCATED_IN, org.node_id, org.extra["country"], sentence.text)
            for country in sentence.of(L.COUNTRY):
                gap = low[country.end:org.start]
                if country.form != "anaphor" and country.end <= org.start and (
                        gap == ["'s"] or (not gap and country.form in ("demonym", "name", "alias"))
                        or (len(gap) <= 3 and gap[:1] == ["'s"])
                        or (country.form == "demonym" and 0 < len(gap) <= 2
                        and all(w.islower() for w in gap))):
                    self.link(RelType.LOCATED_IN, org.node_id, country.node_id, sentence.text)
            # "state-run IREL", "Kazatomprom, the state uranium miner": the country in focus
            state_owned = (org.start >= 2 and low[org.start - 2:org.start] in (
                ["state", "run"], ["state", "owned"])) or low[org.end:org.end + 2] == [
                "the", "state"]
            if state_owned and self.subject_country is not None:
                self.link(RelType.LOCATED_IN, org.node_id, self.subject_country.node_id,
                          sentence.text, 0.6)
            # "Shenzhen-based drone maker Autel Robotics"
            for k in range(max(0, org.start - 5), org.start):
                if low[k] == "based" and k >= 1:
                    place = next((p for p in sentence.places if 0 < k - p[0] <= 2), None)
                    if place is not None:
                        self._locate_in_iso(org.node_id, place[2], sentence)
            # "<Org>, the Las Vegas-based ...", "Dearborn, Michigan-based"
            window = range(org.end, min(len(low), org.end + 12))
            for k in window:
                if low[k] == "based" and k >= 1:
                    place = next((p for p in sentence.places if p[0] < k and k - p[0] <= 3), None)
                    base = next((m for m in sentence.mentions if m.label is L.COUNTRY
                                 and 0 < k - m.end + 1 <= 2), None)
                    if base is not None:
                        self.link(RelType.LOCATED_IN, org.node_id, base.node_id, sentence.text)
                    elif place is not None:
                        self._locate_in_iso(org.node_id, place[2], sentence)
                    break
            # "<Org> ... plant/factory/refinery in <Country>"
            for k in window:
                if low[k] in ("plant", "factory", "refinery", "facility", "operation",
                              "headquarter", "headquartered", "mine", "hub") and k + 1 < len(low) \
                        and low[k + 1] == "in" and not any(
                            w in NOT_YET or w in ("planned", "proposed")
                            for w in low[max(org.end, k - 3):k]):  # "its planned plant in"
                    host = next((m for m in sentence.mentions if m.label is L.COUNTRY
                                 and k + 2 <= m.start <= k + 5 and all(
                                     t.text[0].isupper() or t.text == "the"
                                     for t in sentence.tokens[k + 2:m.start])),
                                None)
                    if host is not None and self._prior_company(sentence, org, k):
                        self.link(RelType.LOCATED_IN, org.node_id, host.node_id, sentence.text,
                                  0.6)
                    place = next((p for p in sentence.places if p[0] in (k + 2, k + 3)), None)
                    place_country = self.lexicon.countries_by_iso2.get(place[2]) if place else None
                    if host is None and place_country is not None and place_country.id in \
                            self.fragment.nodes and self._prior_company(sentence, org, k):
                        self.link(RelType.LOCATED_IN, org.node_id, place_country.id,
                                  sentence.text, 0.6)
            # "Malaysia is home to Lynas's plant"
            if org.start >= 3 and low[org.start - 2:org.start] == ["home", "to"]:
                host = next((m for m in sentence.of(L.COUNTRY) if m.end <= org.start - 2
                             and org.start - m.end <= 4), None)
                if host is not None:
                    self.link(RelType.LOCATED_IN, org.node_id, host.node_id, sentence.text, 0.7)
        # "Lynas ... announced first output at its processing facility in Kuantan, Malaysia"
        subject = next((m for m in sentence.of(L.ORGANIZATION) if m.start <= 1
                        and m.form != "anaphor"), None)
        if subject is None:
            return
        for k in range(subject.end + 1, len(low) - 1):
            if low[k] not in ("plant", "factory", "refinery", "facility", "mine", "operation") \
                    or low[k + 1] != "in" or not any(w in ("its", "their")
                                                    for w in low[max(0, k - 5):k]):
                continue
            if any(m.end <= k and m.start > subject.end and m.label is L.ORGANIZATION
                   for m in sentence.mentions) or any(w in FUTURE or w in NOT_YET
                                                      for w in low[max(0, k - 6):k]):
                continue  # another company's plant, or one not yet built
            host = next((m for m in sentence.of(L.COUNTRY) if k + 2 <= m.start <= k + 5
                         and m.form != "demonym"), None)
            if host is not None:
                self.link(RelType.LOCATED_IN, subject.node_id, host.node_id, sentence.text, 0.6)

    def _prior_company(self, sentence: Sentence, org: Mention, k: int) -> bool:
        """Is ``org`` the nearest organisation before position ``k``?"""
        nearest = [m for m in sentence.of(L.ORGANIZATION) if m.end <= k]
        return bool(nearest) and nearest[-1] is org

    def _locate_in_iso(self, org_id: str, iso2: str, sentence: Sentence) -> None:
        country = self.lexicon.countries_by_iso2.get(iso2)
        if country is not None:
            self.entry_node(country)
            self.link(RelType.LOCATED_IN, org_id, country.id, sentence.text, 0.7)

    # ----------------------------------------------------------------- DEPENDS_ON
    def _dependencies(self, sentence: Sentence) -> None:
        low = sentence.low
        items = [m for m in sentence.of(L.MATERIAL, L.PRODUCT)]
        if not items:
            return
        triggers: list[tuple[int, int, str]] = []
        i = 0
        while i < len(low):
            hit = None
            for trig, family in _TRIGGER_INDEX.get(low[i], ()):
                end = _match_skipping_adverbs(low, i, trig)
                if end and (hit is None or len(trig) > hit[1] - hit[0]) and not any(
                        m.start <= i < m.end for m in sentence.mentions):
                    hit = (i, end, family)
            if hit is not None:
                triggers.append(hit)
                i = hit[1]
            else:
                i += 1
        used: set[int] = set()
        recycling = any(w.startswith(("recycl", "recover", "salvag", "reclaim")) for w in low)
        # "<material> in <product>": magnets in wind turbines, magnets in F-35 fighter jets
        for a in items:
            for b in items:
                if a.label is L.MATERIAL and b.label is L.PRODUCT and b.start > a.end and \
                        b.start - a.end <= 3 and (low[a.end] in ("in", "for", "inside")
                                                 or (low[a.end] == "from" and recycling)):
                    self._depends(b, a, sentence)
                    used.add(id(b))
                    last = b  # "magnets in power seats, speakers and braking sensors"
                    for c in items:
                        if c.label is L.PRODUCT and c.start >= last.end and (
                                c.start == last.end or (c.start - last.end <= 2
                                and low[last.end] in ("and", "or"))):
                            self._depends(c, a, sentence)
                            used.add(id(c))
                            last = c
                if a.label is L.PRODUCT and b.label is L.PRODUCT and b.start > a.end and \
                        b.start - a.end <= 2 and low[a.end] in ("of", "in") and \
                        all(w in ("the", "their", "its", "a", "an", "many", "most", "all")
                            for w in low[a.end + 1:b.start]) and not (
                            a.start and low[a.start - 1] in ("demand", "sale", "sales")):
                    # "traction motors of electric vehicles", "the batteries in electric cars"
                    self._depends(b, a, sentence)
            # "magnets in many vehicle parts, including: power steering, wiper motors ..."
            if a.label is L.MATERIAL and a.end < len(low) and low[a.end] in ("in", "for") and \
                    id(a) not in used:
                cue = next((k for k in range(a.end, min(len(low), a.end + 10))
                            if low[k] == "including" or low[k:k + 2] == ["such", "as"]), None)
                if cue is not None and not any(a.end < m.start < cue for m in items):
                    first = cue + (1 if low[cue] == "including" else 2)
                    for c in _chain_forward([m for m in items if m.start >= first], first, low,
                                            sentence):
                        if c.label is L.PRODUCT:
                            self._depends(c, a, sentence)
                            used.add(id(c))
        self._disruption(sentence, items)
        if not triggers:
            return
        previous_dependents: list[Mention] = []
        previous_left: list[Mention] = []
        tokens, text = sentence.tokens, sentence.text
        semicolons = [k for k in range(1, len(tokens))
                      if ";" in text[tokens[k - 1].end:tokens[k].start]] if ";" in text else []
        for index, (start, end, family) in enumerate(triggers):
            left_edge = triggers[index - 1][1] if index else 0
            right_edge = triggers[index + 1][0] if index + 1 < len(triggers) else len(low)
            if family == "used":  # "X are a component of Y, and Z sit in W": stop at the clause
                right_edge = min([right_edge, *(b for b in self._clause_breaks(sentence)
                                                if b >= end)])
            # "X rely on A; the Bs in C are built from D": a semicolon ends every clause
            right_edge = min([right_edge, *(b for b in semicolons if b >= end)])
            left_edge = max([left_edge, *(b for b in semicolons if b <= start)])
            if _negated(low, start, 4) or low[end:end + 1] in (["no"], ["none"]):
                continue  # "ferrite magnets, which contain no rare earths"
            left = [m for m in items if left_edge <= m.start and m.end <= start]
            if family == "needs" and not any(self._composite(m) for m in left):
                left += [m for m in items if m.end <= left_edge and self._composite(m)
                         and not any(m.end <= b <= start for b in semicolons)]
            right = [m for m in items if end <= m.start < right_edge]
            reduced = family == "used" and start >= 1 and low[start] in ("used", "found") \
                and "," in text[tokens[start - 1].end:tokens[start].start]
            if reduced and left:
                # "gallium, used in chips, and germanium, used in solar cells"
                left = _chain_back(left, low)
                right = [m for m in _chain_forward(right, end, low)
                         if m.label is L.PRODUCT or self._composite(m)]
            shared = index > 0 and _shares_subject(low, max(left_edge, start - 5), start)
            if family == "used" and shared and previous_left:
                left = previous_left  # "magnets are parts of X, and are also used in Y"
            elif family == "used" and not left:
                left = previous_dependents or [m for m in items if m.end <= start]
            previous_left = left if family == "used" else []
            subject = [m for m in items if m.end <= start]
            relative = family == "needs" and subject and subject[-1].start >= 1 and low[
                subject[-1].start - 1] in ("that", "which") and len(subject) >= 2 \
                and subject[-1].end >= start - 1
            which = family == "needs" and start >= 1 and low[start - 1] in ("which", "that") \
                and subject and subject[-1].end >= start - 1
            if relative:
                # "the rare earths that permanent magnets need": the object comes first
                dependents, dependencies = [subject[-1]], [subject[-2]]
            elif which:
                # "wind turbines and hard drives, which contain neodymium": the antecedent
                chain = [subject[-1]]
                for m in reversed(subject[:-1]):
                    if chain[0].start - m.end <= 1:
                        chain.insert(0, m)
                    else:
                        break
                for dependent in chain:
                    for dependency in right:
                        self._depends(dependent, dependency, sentence)
                continue
            elif family == "needs" and tuple(low[start:end]) in SHORTAGE:
                dependents = [m for m in items if m.label is L.PRODUCT and m.end <= start]
                dependents += [m for m in items if m.label is L.PRODUCT and m.start >= end]
                dependencies = [m for m in right if m.label is L.MATERIAL]
            elif family == "used":
                dependencies, dependents = left, right
            else:
                dependents, dependencies = left, right
            dependents = [m for m in dependents if id(m) not in used or m.label is L.MATERIAL]
            composite_dependents = [m for m in dependents if self._composite(m)]
            for dependent in dependents:
                candidates = dependencies
                composites = [d for d in dependencies if self._composite(d)]
                if dependent.label is L.PRODUCT and composites and family == "used" and \
                        len(composites) < len(dependencies) and self._composed(composites,
                                                                             dependencies):
                    candidates = composites
                if dependent.label is L.MATERIAL and not self._composite(dependent):
                    continue
                if dependent.label is L.PRODUCT and composite_dependents:
                    for composite in composite_dependents:
                        self._depends(dependent, composite, sentence)
                    continue
                for dependency in candidates:
                    if dependency.node_id != dependent.node_id:
                        self._depends(dependent, dependency, sentence)
            previous_dependents = [m for m in dependents if self._composite(m)] or dependents

    def _disruption(self, sentence: Sentence, items: list[Mention]) -> None:
        """'production of X could be hit because ... magnets': X depends on what it lacks."""
        low = sentence.low
        if not any(w in ("production", "output", "assembly", "plant", "line") for w in low):
            return
        if not any(w in ("hit", "halted", "halt", "idled", "cut", "disrupted", "stopped", "shut",
                         "suspended", "slowed", "curtailed") for w in low):
            return
        cause = next((k for k, w in enumerate(low) if w in ("because", "after", "amid", "due")),
                     None)
        if cause is None:
            return
        products = [m for m in items if m.label is L.PRODUCT and m.end <= cause]
        lacking = [m for m in items if m.label is L.MATERIAL and m.start > cause]
        composites = [m for m in lacking if self._composite(m)]
        for product in products:
            for material in composites or lacking:
                self._depends(product, material, sentence)

    def _clause_breaks(self, sentence: Sentence) -> list[int]:
        """Token positions that start a new clause: ', and ...', ', but ...', '; ...'."""
        breaks = []
        tokens, text = sentence.tokens, sentence.text
        for k in range(1, len(tokens)):
            gap = text[tokens[k - 1].end:tokens[k].start]
            verb_follows = any(w in ("is", "are", "was", "were", "sit", "sits", "has", "have",
                                     "go", "goes", "contain", "contains", "need", "needs")
                               for w in sentence.low[k + 1:k + 7])
            if ";" in gap or ("," in gap and verb_follows and sentence.low[k] in (
                    "and", "but", "while", "whereas", "although", "though", "yet")):
                breaks.append(k)
        return breaks

    def _composed(self, composites: list[Mention], dependencies: list[Mention]) -> bool:
        """Were the non-composite dependencies said (here) to go into the composites?"""
        for composite in composites:
            for other in dependencies:
                if (composite.node_id, other.node_id) in {(s, t) for s, t, _ in
                                                          self.dependency_facts}:
                    return True
        return False

    def _composite(self, mention: Mention) -> bool:
        return mention.label is L.MATERIAL and self.kind_of(mention.node_id) in COMPOSITES

    def _depends(self, dependent: Mention, dependency: Mention, sentence: Sentence) -> None:
        if dependent.node_id == dependency.node_id:
            return
        if dependent.label is L.MATERIAL and self.kind_of(dependency.node_id) in COMPOSITES \
                and self.kind_of(dependent.node_id) not in COMPOSITES:
            return
        self.dependency_facts.append((dependent.node_id, dependency.node_id, sentence.text))
        self.link(RelType.DEPENDS_ON, dependent.node_id, dependency.node_id, sentence.text, 0.75)

    # ----------------------------------------------------------------- PRODUCES
    def _produces(self, sentence: Sentence) -> None:
        low = sentence.low
        materials = [m for m in sentence.of(L.MATERIAL)]
        if not materials:
            return
        producers = [m for m in sentence.of(L.COUNTRY, L.ORGANIZATION)]
        raw = [t.text.lower() for t in sentence.tokens]
        for k, word in enumerate(raw):
            if word not in PRODUCE_WORDS or any(m.start <= k < m.end for m in sentence.mentions):
                continue
            if word in ("account", "accounts") and not (k + 1 < len(raw) and raw[k + 1] == "for"):
                continue
            if k + 1 < len(raw) and raw[k + 1] in (
                    "ministry", "company", "companies", "firm", "firms", "giant", "group",
                    "industry", "sector", "project", "projects", "licence", "license", "rights",
                    "stocks", "shares", "town", "region", "hub", "equipment"):
                continue  # "its mining ministry": a modifier, not production
            if word in ("make", "makes", "made", "manufacture", "manufactures") and (not any(
                    0 < m.start - k <= 8 for m in materials) or "subject" in raw[k:k + 12]):
                continue
            if word in ("supply", "supplies") and not _has_any(
                    " ".join(raw[max(0, k - 3):k + 7]),
                    ("global", "world", "dominat", "all of", "most of", "bulk")):
                continue
            if word in ("source", "supplier") and not (k + 1 < len(raw) and raw[k + 1] == "of"):
                continue
            if word in ("controls", "control") and not (k >= 1 and raw[k - 1] in (
                    "which", "that", "it", "also", "still") and _has_any(
                        " ".join(raw[k:k + 8]), ("world", "global", "most", "%", "market"))):
                continue
            window = raw[max(0, k - 4):k]
            if any(w in NEGATIONS or w in ("little", "lack", "few") for w in window):
                continue
            if any(w in FUTURE or w in NOT_YET for w in raw[max(0, k - 4):k]):
                continue
            if k + 1 < len(raw) and raw[k + 1] in ("outside", "abroad"):
                continue
            if any(w in ("none", "nothing", "little", "no") for w in raw[k + 1:k + 3]) and \
                    word not in ("production", "output", "producer", "processing", "refining"):
                continue  # "makes almost none of the magnets it uses"
            if k >= 1 and raw[k - 1] in ("economic", "industrial", "factory", "car", "vehicle",
                                         "auto", "manufacturing", "food", "crop"):
                continue  # "US economic output" is no mineral output
            j = k + 1
            while j < len(low) and low[j] in ADVERBS:
                j += 1
            if word in ("made", "produced", "manufactured", "built") and j < len(low) and \
                    low[j] in ("from", "with", "using", "of"):
                continue  # "they are made mainly from neodymium": what goes in, not who makes
            own: list[Mention] | None = None
            if word in AGENT_NOUNS or (word in ("mine", "mines") and k >= 1 and raw[k - 1] in (
                    "the", "a", "its", "their", "this", "that")):
                # "an alumina refinery", "a producer of rare earths", "miner Ma'aden": the
                # noun's own material, not every material of the sentence
                own = [m for m in materials if m.end == k or (
                    m.end == k - 1 and low[k - 1] not in ("and", "or", "the", "a"))
                    or (k + 1 < len(low) and low[k + 1] == "of" and k + 2 <= m.start <= k + 4)]
                if not own:
                    continue
            chosen: list[Mention] = []
            passive = word in PRODUCE_PASSIVE and (
                (k + 1 < len(raw) and raw[k + 1] in ("in", "by", "at", "from", "inside"))
                or (k >= 1 and raw[k - 1] in ("are", "is", "was", "were", "be", "been")))
            located = None
            if k + 1 < len(raw) and raw[k + 1] in ("in", "at", "inside") and word in (
                    "mine", "mines", "mining", "production", "output", "deposit", "deposits",
                    "separation", "refining", "processing"):
                located = next((m for m in producers if m.start in (k + 2, k + 3)
                                and m.label is L.COUNTRY), None)
            if passive:
                after = [m for m in producers if m.start > k and m.start - k <= 8]
                chosen = after[:1]
                if not chosen:
                    place = next((p for p in sentence.places if 0 < p[0] - k <= 8), None)
                    country = self.lexicon.countries_by_iso2.get(place[2]) if place else None
                    if country is not None and country.id in self.fragment.nodes:
                        for material in self._produced(materials, k, sentence):
                            self.link(RelType.PRODUCES, country.id, material.node_id,
                                      sentence.text, 0.6)
            elif word.endswith(("ion", "ing", "ance", "put")) and k + 1 < len(raw) and \
                    raw[k + 1] in ("in", "inside"):
                after = [m for m in producers if m.start > k and m.start - k <= 3]
                chosen = after[:1]
            owned = any(w in ("its", "their") for w in raw[max(0, k - 3):k])
            if not chosen and not passive and owned:
                owner = [m for m in producers if m.end <= k and m.label is L.ORGANIZATION
                         and m.form != "demonym"]
                chosen = owner[-1:]
                if not chosen:
                    continue
            if not chosen and not passive:
                subject = self._clause_subject(sentence, producers, k)
                if subject is not None:
                    chosen = [subject]
            if not chosen and not passive:
                before = [m for m in producers if m.end <= k and k - m.end <= 10
                          and _previous_word(low, m.start) not in ("from", "to", "with", "for",
                                                                   "by", "of", "under", "off")
                          and not any(w in FUTURE for w in raw[m.end:k])]
                if before:
                    chosen = [before[-1]]
                elif word in ("mine", "mining", "production", "refining", "processing",
                              "dominance", "output", "mines", "separation"):
                    after = [m for m in producers if m.start > k and m.start - k <= 4
                             and low[m.start - 1] in ("in", "inside")]
                    chosen = after[:1]
                    if k + 1 < len(raw) and raw[k + 1] == "in":
                        chosen = [m for m in producers if m.start in (k + 2, k + 3)][:1]
            if located is not None and located not in chosen:
                chosen.append(located)
            if located is None and chosen and chosen[0].label is L.ORGANIZATION:
                where = next((m for m in producers if m.label is L.COUNTRY and 0 < m.start - k <= 8
                              and low[m.start - 1] == "in"), None)
                if where is not None:  # "began producing ... in Malaysia": it operates there
                    self.link(RelType.LOCATED_IN, chosen[0].node_id, where.node_id,
                              sentence.text, 0.5)
            for producer in chosen:
                if producer.form == "capital" and producer.start and low[producer.start - 1] in \
                        LOCATIVE:
                    continue
                for material in self._produced(own if own is not None else materials, k,
                                               sentence):
                    self.link(RelType.PRODUCES, producer.node_id, material.node_id,
                              sentence.text, 0.7)
        # "Indonesian nickel", "Chinese germanium": the country's own output
        for m in materials:
            demonym = next((c for c in producers if c.form == "demonym" and c.end == m.start),
                           None)
            following = low[m.end] if m.end < len(low) else ""
            if demonym is not None and following not in (
                    "buyer", "importer", "user", "consumer", "demand", "market", "customer",
                    "maker", "manufacturer", "company", "companie", "firm", "producer"):
                self.link(RelType.PRODUCES, demonym.node_id, m.node_id, sentence.text, 0.5)
        # "buys X from C", "relied on C for X", "dependent on C for X"
        for k, word in enumerate(raw):
            if word in ("supplies", "shipments", "exports", "flows", "deliveries", "imports",
                        "imported", "import") and k + 1 < len(raw) and raw[k + 1] == "of":
                source = next((m for m in producers if m.start > k and m.start - k <= 10 and
                               low[m.start - 1] == "from"), None)
                if source is not None and not _negated(low, k, 3):
                    for material in materials:
                        if k < material.start < source.start:
                            self.link(RelType.PRODUCES, source.node_id, material.node_id,
                                      sentence.text, 0.6)
                    buyer = self.subject_country
                    if word in ("imports", "imported", "import") and len(producers) == 1 and \
                            buyer is not None and buyer.node_id != source.node_id and \
                            source.label is L.COUNTRY and buyer.node_id in self.fragment.nodes:
                        # "imports of rare earth material from Laos have risen": the country
                        # the article is about buys from Laos
                        self._supply(source.node_id, buyer.node_id, materials, sentence)
            if word in BUY_VERBS or word in RELY_FOR:
                if _negated(low, k, 3):
                    continue
                source = next((m for m in producers if m.start > k and m.start - k <= 20 and
                               m.start >= 1 and low[m.start - 1] in ("from", "on")), None)
                if source is None:
                    continue
                span = [m for m in materials if k < m.start < source.start + 14]
                if word in RELY_FOR:
                    span = [m for m in materials if m.start > source.end and
                            "for" in raw[source.end:m.start]]
                for material in span:
                    self.link(RelType.PRODUCES, source.node_id, material.node_id, sentence.text,
                              0.6)

    def _produced(self, materials: list[Mention], k: int, sentence: Sentence) -> list[Mention]:
        low = sentence.low
        near = [m for m in materials if abs(m.start - k) <= 16]
        return [m for m in near if not _negated(low, m.start, 3) and not (
            m.end < len(low) and low[m.end] in CUSTOMER_NOUNS)  # "for magnet makers"
            and not (m.form == "anaphor" and m.start == 0 and k - m.end > 3)]  # "They ..."

    def _clause_subject(self, sentence: Sentence, producers: list[Mention],
                        k: int) -> Mention | None:
        """The subject of a relative clause or pronoun right before the verb at ``k``:
        'IREL, the state-run miner under the ministry, which mines ...' -> IREL;
        'China produced ... and it dominates ...' -> China."""
        low = sentence.low
        j = k - 1
        while j >= 0 and low[j] in ADVERBS:
            j -= 1
        if j < 0:
            return None
        if low[j] in ("which", "who") and j >= 1:
            last = next((m for m in reversed(producers) if m.end == j), None)
            if last is None:
                return None
            if _previous_word(low, last.start) in ("under", "of", "at", "by", "for", "with",
                                                   "from", "to", "in", "within"):
                head = next((m for m in producers if m.end < last.start and m.end + 1 < len(low)
                             and low[m.end] in ("the", "a", "an") and sentence.text[
                                 sentence.tokens[m.end - 1].end:sentence.tokens[m.end].start
                             ].strip() == ","), None)
                if head is not None and last.start - head.end <= 10:
                    return head  # the appositive's noun phrase names the antecedent
            return last
        if low[j] == "and" and j >= 1 and "," in sentence.text[
                sentence.tokens[j - 1].end:sentence.tokens[j].start] and low[0] in ("it", "they"):
            # "It mines ore at Mount Weld, and refines it into oxides": the same subject
            return self.previous_subject
        if low[j] in ("it", "they") and (j == 0 or low[j - 1] in ("and", "but", "while")):
            first = producers[0] if producers and producers[0].start <= 1 else None
            if first is not None and first.end <= j:
                return first
            if j == 0 and self.previous_subject is not None:
                return self.previous_subject
        return None

    # ----------------------------------------------------------------- SUPPLIES
    def _supplies(self, sentence: Sentence) -> None:
        low = sentence.low
        raw = [t.text.lower() for t in sentence.tokens]
        text_low = " ".join(raw)
        padded = f" {text_low} "
        parties = [m for m in sentence.of(L.COUNTRY, L.ORGANIZATION)]
        if any(f" {c} " in padded for c in CESSATION) or _PAST_ONLY.search(text_low):
            self._retract_supplies(sentence, parties)
            return
        materials = sentence.of(L.MATERIAL)
        self._source_of(sentence, parties, materials)
        for k, word in enumerate(raw):
            if word in SELL_VERBS and word not in ("will", "make", "makes"):
                if _negated(low, k, 3):
                    continue
                if word in ("supply", "supplies", "export", "exports") and k >= 1 and raw[
                        k - 1] in SUPPLY_NOUN_CUES:
                    continue  # "hunts for supplies", "its exports": a noun, not a sale
                if any(w in BLOCKING for w in raw[max(0, k - 3):k]):
                    continue  # "banned exports of gallium to the United States"
                seller = next((m for m in reversed(parties) if m.end <= k and k - m.end <= 20
                               and m.label is L.ORGANIZATION), None) or next(
                    (m for m in reversed(parties) if m.end <= k and k - m.end <= 8), None)
                passive = k >= 1 and (raw[k - 1] in ("is", "are", "was", "were", "been", "be")
                                      or (k >= 2 and raw[k - 2] in ("is", "are", "was", "were")
                                          and raw[k - 1] in ADVERBS))
                if passive and "its" in raw[max(0, k - 8):k] and parties and \
                        parties[0].start <= 1:
                    seller = parties[0]  # "Australia ... but most of its ore is shipped to China"
                buyer = next((m for m in parties if (m.start > k and m.start - k <= 16 and (
                    low[m.start - 1] in ("to", "for", "with") or (m.start >= 2 and
                    low[m.start - 1] == "the" and low[m.start - 2] in ("to", "for", "with"))
                    or (m.start >= 2 and low[m.start - 1] == "in" and low[m.start - 2] in (
                        "buyer", "customer", "client", "refinery", "refinerie", "plant"))))
                    or (m.start > k and m.form == "demonym" and m.start - k <= 2)
                    or (m.start > k and m.start - k <= 8 and m.end < len(low)
                        and low[m.end] == "'s")), None)
                if seller is None and buyer is not None:
                    company = self._recent_of(L.ORGANIZATION, ("company",))
                    seller = company if company and company.node_id != buyer.node_id else None
                if seller is not None and buyer is not None:
                    self._supply(seller.node_id, buyer.node_id, materials, sentence)
                through = next((m for m in parties if m.start > k and m.start - k <= 12
                                and low[m.start - 1] == "through" and m.label is L.ORGANIZATION),
                               None)
                if seller is not None and through is not None:
                    self._supply(seller.node_id, through.node_id, materials, sentence)
            elif word in BUY_VERBS and not _negated(low, k, 3):
                buyer = next((m for m in reversed(parties) if m.end <= k and k - m.end <= 6),
                             None) or next((m for m in parties if m.end <= k and m.form ==
                                            "anaphor" and m.label is L.ORGANIZATION), None)
                if buyer is None and k >= 1 and low[k - 1] in ("it", "they"):
                    buyer = next((m for m in parties if m.end <= k
                                  and m.label is L.ORGANIZATION), None)  # "X said it buys"
                    if buyer is None and k == 1:
                        buyer = self.previous_subject
                    elif buyer is None:
                        buyer = parties[0] if parties and parties[0].start <= 1 else None
                seller = next((m for m in parties if m.start > k and m.start - k <= 20 and (
                    low[m.start - 1] == "from" or ("from" in low[k:m.start]
                    and m.label is L.ORGANIZATION and "including" in low[k:m.start]))), None)
                if buyer is not None and seller is None:
                    partner = self._agreement_partner(buyer.node_id)
                    if partner is not None:
                        self._supply(partner, buyer.node_id, materials, sentence)
                        continue
                if buyer is not None and seller is not None:
                    self._supply(seller.node_id, buyer.node_id, materials, sentence)
        # "made Sojitz its exclusive distributor", "<X> for Apple products"
        for k in range(len(low)):
            if low[k] in ("distributor", "supplier") and k >= 2 and low[k - 2] in ("its", "their") \
                    and not (k >= 3 and low[k - 3] in COPULAS):
                buyer = next((m for m in parties if m.end == k - 2 or m.end == k - 3), None)
                seller = next((m for m in reversed(parties) if buyer and m.end <= buyer.start
                               and m is not buyer and m.label is L.ORGANIZATION), None) or next(
                    (m for m in reversed(parties) if buyer and m.end <= buyer.start
                     and m is not buyer), None) or self._recent_of(L.ORGANIZATION, ("company",))
                if buyer is not None and seller is not None and seller.node_id != buyer.node_id:
                    self._supply(seller.node_id, buyer.node_id, materials, sentence)
            if low[k] in ("supplied", "provided", "delivered") and k + 1 < len(low) and \
                    low[k + 1] == "by":
                seller = next((m for m in parties if k + 1 < m.start <= k + 4), None)
                buyer = next((m for m in parties if m.end <= k
                              and m.label is L.ORGANIZATION), None)
                if seller is not None and buyer is not None:
                    self._supply(seller.node_id, buyer.node_id, materials, sentence)
            if low[k] in ("distributor", "reseller", "customer", "buyer") and k + 1 < len(low) \
                    and low[k + 1] == "of":
                seller = next((m for m in parties if m.start in (k + 2, k + 3)), None)
                buyer = next((m for m in reversed(parties) if m.end <= k), None)
                if buyer is not None and seller is not None:
                    self._supply(seller.node_id, buyer.node_id, materials, sentence)
            if low[k] == "for" and k + 2 < len(low) and low[k + 2] in ("product", "customer",
                                                                      "device"):
                buyer = next((m for m in parties if m.start == k + 1), None)
                seller = next((m for m in parties if m.end <= k and m is not buyer
                               and m.label is L.ORGANIZATION), None)
                if buyer is not None and seller is not None:
                    self._supply(seller.node_id, buyer.node_id, materials, sentence)

    def _source_of(self, sentence: Sentence, parties: list[Mention],
                   materials: list[Mention]) -> None:
        """'Myanmar has become China's biggest source of ...', 'China is its main supplier'."""
        low = sentence.low
        if (len(parties) < 2 and not self.previous_subject) or _SOURCE_NOUNS.isdisjoint(low):
            return
        for k, word in enumerate(low):
            if word not in _SOURCE_NOUNS or k < 2:
                continue
            j = k - 1
            while j >= 0 and (low[j] in SOURCE_ADJECTIVES or low[j].endswith("est")):
                j -= 1
            if j < 1:
                continue
            if low[j] == "'s":
                buyer = next((m for m in parties if m.end == j), None)
                j = buyer.start - 1 if buyer is not None else -1
            elif low[j] in ("its", "their"):
                subject = next((m for m in reversed(parties) if m.end <= j), None)
                buyer = next((m for m in reversed(parties) if subject is not None
                              and m.end <= subject.start and m.node_id != subject.node_id),
                             None) or self.previous_subject
                j -= 1
            else:
                continue
            while j >= 0 and low[j] in ADVERBS:
                j -= 1
            if j < 1 or buyer is None or low[j] not in COPULAS:
                continue
            if low[j] == "become" and j >= 1 and low[j - 1] in ("has", "have", "had"):
                j -= 1
            seller = next((m for m in parties if m.end == j), None)
            if seller is not None and seller.node_id != buyer.node_id and \
                    not _negated(low, j + 1, 3):
                self._supply(seller.node_id, buyer.node_id, materials, sentence)

    def _retract_supplies(self, sentence: Sentence, parties: list[Mention]) -> None:
        """'IREL has since stopped those shipments': what it supplied before is no longer so."""
        low = sentence.low
        raw = [t.text.lower() for t in sentence.tokens]
        objects = [k for k in range(1, len(low)) if low[k] in (
            "shipment", "export", "sale", "supplie", "supply", "deliverie", "delivery")
            and any(w in CESSATION for w in raw[max(0, k - 4):k])
            and any(w in ("those", "these", "its", "their", "the", "all") for w in low[k - 2:k])]
        if not objects:
            return
        opener = parties[0] if parties and parties[0].start <= 1 else None
        if opener is None and low and low[0] in ("it", "they"):
            opener = self.previous_subject
        if opener is None:
            return
        destination = next((m.node_id for m in parties if m.start > objects[0]
                            and low[m.start - 1] == "to"), None)
        for key, rel in list(self.fragment.relationships.items()):
            if rel.type is RelType.SUPPLIES and rel.source == opener.node_id and \
                    destination in (None, rel.target) and \
                    rel.evidence and rel.evidence[0] != sentence.text:
                del self.fragment.relationships[key]
        self.supplies = [s for s in self.supplies if s[0] != opener.node_id
                         or destination not in (None, s[1])]

    def _agreement_partner(self, party: str) -> str | None:
        for draft in reversed(list(self.agreements.values())):
            if party in draft.parties and len(draft.parties) == 2:
                return next(p for p in draft.parties if p != party)
        return None

    def _recent_seller_ok(self, company: Mention, sentence: Sentence) -> bool:
        return self.kind_of(company.node_id) == "company"

    def _supply(self, seller: str, buyer: str, materials: list[Mention],
                sentence: Sentence) -> None:
        if seller == buyer:
            return
        self.link(RelType.SUPPLIES, seller, buyer, sentence.text, 0.65)
        self.supplies.append((seller, buyer, [m.node_id for m in materials], sentence.text))

    # ----------------------------------------------------------------- restrictions
    def _restriction_triggers(self, sentence: Sentence) -> list[tuple[int, int, str]]:
        if self._trigger_cache[0] is sentence:
            return self._trigger_cache[1]
        found = self._find_restriction_triggers(sentence)
        self._trigger_cache = (sentence, found)
        return found

    def _find_restriction_triggers(self, sentence: Sentence) -> list[tuple[int, int, str]]:
        low = sentence.low
        raw = [t.text.lower() for t in sentence.tokens]
        found: list[tuple[int, int, str]] = []
        i = 0
        covered = {k for m in sentence.mentions if m.label is not L.MATERIAL and not (
                   m.entry is not None and m.entry.properties.get("sector") == "technology")
                   for k in range(m.start, m.end)}  # "export of technology for ..." stays
        while i < len(low):
            hit = None
            longest = self.lexicon.restriction_first.get(low[i], 0)
            for size in range(min(longest, len(low) - i), 0, -1):
                key = tuple(low[i:i + size])
                if key in self.lexicon.restriction_phrases and not covered & set(
                        range(i, i + size)):
                    hit = (i, i + size, self.lexicon.restriction_phrases[key])
                    break
            if hit is None and raw[i] in self.verbs and i not in covered:
                hit = (i, i + 1, self.verbs[raw[i]])
            if hit is not None:
                word = low[hit[0]] if hit[1] - hit[0] == 1 else ""
                stem = _stem(raw[hit[0]])
                gated = (stem in GATED_VERBS or word in GATED_NOUNS) and hit[1] - hit[0] == 1
                if gated and not any(w in EXPORTISH for w in raw[max(0, i - 4):i + 9]):
                    hit = (hit[0], hit[1], "")  # not a trade measure, but it owns what follows
            if hit is not None and hit[1] - hit[0] == 1 and low[hit[0]] == "control" and (
                    (hit[0] >= 1 and low[hit[0] - 1] in (
                        "which", "that", "who", "it", "also", "still"))
                    or any(m.end == hit[0] for m in sentence.mentions)):
                hit = None  # "China, which controls most of the world's processing"
            if hit is not None and hit[1] - hit[0] == 1 and low[hit[0]] in ("license", "licence") \
                    and ((hit[0] >= 1 and low[hit[0] - 1] == "to") or (hit[1] < len(low) and low[
                        hit[1]] in ("agreement", "deal", "fee", "holder", "technology", "know"))):
                hit = None  # "to license Chinese know-how" is no measure
            if hit is not None and low[hit[0]] in ("control",) and hit[0] >= 1 and \
                    low[hit[0] - 1] == "under" and hit[1] - hit[0] == 1:
                hit = (hit[0], hit[1], "export_licensing")
            if hit is not None:
                found.append(hit)
                i = hit[1]
            else:
                i += 1
        return found

    def _retract_targets(self, sentence: Sentence) -> None:
        """'the move is not directed at Japan': the measure in focus does not target Japan."""
        low = sentence.low
        if self.focus_restriction is None or "not" not in low:
            return
        for k in range(len(low) - 2):
            if low[k] == "not" and low[k + 1] in ("directed", "aimed", "targeted", "target") \
                    and low[k + 2] in ("at", "against"):
                for m in sentence.of(L.COUNTRY, L.ORGANIZATION):
                    if k + 2 < m.start <= k + 5:
                        for draft in self.restrictions:
                            if draft.imposer == self.focus_restriction.imposer:
                                draft.targets.pop(m.node_id, None)

    def _continuation(self, sentence: Sentence) -> bool:
        low = sentence.low
        if not low or self.focus_restriction is None or self.focus_kind == "agreement":
            return False
        if low[0] in ("it", "they"):
            # "They are made from neodymium": 'they' named the magnets, not the measure
            return not any(m.start == 0 and m.form == "anaphor" and m.label in (
                L.MATERIAL, L.PRODUCT) for m in sentence.mentions)
        for k, w in enumerate(low):
            if w in ("covered", "included", "covers", "includes") and not _negated(low, k, 3):
                return True
        return low[0] in ("the", "these", "this", "that") and any(
            w in CONTINUATION_NOUNS for w in low[1:4]) and not any(
            m.start < 4 and m.label in (L.COUNTRY, L.ORGANIZATION) for m in sentence.mentions)

    def _restrictions(self, sentence: Sentence) -> None:
        low = sentence.low
        raw = [t.text.lower() for t in sentence.tokens]
        text_low = " ".join(raw)
        self._retract_targets(sentence)
        triggers = self._restriction_triggers(sentence)
        touched: list[RestrictionDraft] = []
        positions: dict[int, int] = {}  # id(draft) -> trigger position in this sentence
        continuation = self._continuation(sentence)
        if continuation and self.focus_restriction is not None:
            touched.append(self.focus_restriction)
        else:
            for start, end, kind in triggers:
                if not kind:
                    continue
                if self._trigger_negated(low, raw, start, end) or "denied" in raw[:start] \
                        or "deny" in raw[:start]:
                    continue
                if any(w in ("could", "would", "might") for w in raw[end:end + 2]) or \
                        "if" in raw[max(0, start - 6):start] or \
                        any(w in PLANNED for w in raw[max(0, start - 8):start]):
                    continue  # a hypothetical or only planned measure
                if start <= 3 and any(w in ("could", "would", "might") for w in
                                      raw[end:end + 6]):
                    continue  # "Duties on such inputs could raise costs": a hypothetical
                if any(raw[j] == "would" and raw[j + 1] == "have"
                       for j in range(max(0, start - 12), start - 1)) and not any(
                        w in (",", "and") for w in raw[start - 1:start]):
                    continue  # "the rule would have required a licence": it never applied
                if 1 <= start <= 2 and low[start - 1] in ("a", "an") and not sentence.of(
                        L.COUNTRY, L.ORGANIZATION, L.PERSON):
                    continue  # "A tariff on a magnet is just a tax": generic, no measure
                imposer, alleged = self._imposer(sentence, start, end)
                if imposer is None and kind.startswith("export"):
                    imposer = self._exporters_country(sentence)
                if imposer is None:
                    definite = start >= 1 and low[start - 1] in ("the", "these", "its", "this",
                                                                 "that", "those")
                    same_kind = [d for d in self.restrictions if d.kind == kind]
                    latest = same_kind[-1] if same_kind else self.focus_restriction
                    recent = latest is not None and (
                        (latest is self.focus_restriction
                        and self.focus_sentence >= len(self.sentences_seen) - 2)
                        or (bool(same_kind) and not sentence.of(L.COUNTRY)))
                    if (definite or recent) and latest is not None and latest not in touched:
                        touched.append(latest)
                        positions[id(latest)] = start
                    continue
                anchor = self._anchor(sentence, start, end)
                co_imposer, self._co_imposer = self._co_imposer, None
                agents = self._more_agents(sentence, end, imposer)
                if co_imposer is not None and co_imposer != imposer:
                    agents.append(co_imposer)
                for agent in agents:
                    other = self._draft(agent, kind, anchor, start, low)
                    other.surfaces.append(sentence.span_text(start, end))
                    if other not in touched:
                        touched.append(other)
                        positions[id(other)] = start
                draft = self._draft(imposer, kind, anchor, start, low)
                draft.surfaces.append(sentence.span_text(start, end))
                if alleged:
                    self._set_status(draft, "alleged")
                if draft not in touched:
                    touched.append(draft)
                    positions[id(draft)] = start
        cues = self._status_cues(sentence)
        if not touched:
            focus = self.focus_restriction
            if cues and focus is not None and any(m.node_id == focus.imposer
                                                  for m in sentence.mentions) and \
                    self.focus_sentence >= len(self.sentences_seen) - 1:
                for status, _, override in cues:
                    self._set_status(focus, status, override)
            return
        for status, position, override in cues:
            placed = [d for d in touched if id(d) in positions]
            if placed:
                nearest = min(placed, key=lambda d: abs(positions[id(d)] - position))
                self._set_status(nearest, status, override)
            for draft in touched:
                if id(draft) not in positions:
                    self._set_status(draft, status, override)
        targets = self._targets(sentence)
        restricted = [m for m in sentence.of(L.MATERIAL, L.PRODUCT)
                      if not _excluded(low, m.start) and not self._dependency_context(low, m.start)
                      and "consumed" not in m.extra]
        owner: dict[int, list[RestrictionDraft]] = {}
        anchored = sorted((positions[id(d)], i) for i, d in enumerate(touched)
                          if id(d) in positions)
        idle = [start for start, _, kind in triggers if not kind]
        if len(anchored) > 1 or (idle and anchored):
            for m in restricted:
                earlier = [(pos, i) for pos, i in anchored if pos < m.start]
                if any(earlier[-1][0] < pos < m.start for pos in idle) if earlier else any(
                        pos < m.start for pos in idle):
                    owner[id(m)] = []
                    continue
                nearest_pos = earlier[-1][0] if earlier else anchored[0][0]
                owner[id(m)] = [touched[i] for pos, i in anchored if pos == nearest_pos]
        for draft in touched:
            draft.evidence.append(sentence.text)
            for m in restricted:
                if id(m) in owner and draft not in owner[id(m)]:
                    continue
                if draft.kind in ("import_tariff", "sanction", "entity_listing") and "on" not in \
                        low[max(0, m.start - 3):m.start]:
                    continue
                draft.materials.setdefault(m.node_id, sentence.text)
            if "not directed" not in text_low and "not aimed" not in text_low and \
                    "not targeted" not in text_low and "not target" not in text_low:
                for target in targets:
                    if target != draft.imposer:
                        draft.targets.setdefault(target, sentence.text)
            self._dates(draft, sentence)
        self.focus_restriction = touched[0]
        self.focus_kind = "restriction"
        self.focus_sentence = len(self.sentences_seen)

    def _dependency_context(self, low: list[str], position: int) -> bool:
        """Is the item what something is used in ('used in semiconductors'), relies on, or
        what makers make ('makers of electric vehicles')?"""
        window = low[max(0, position - 8):position]
        for k in range(len(window) - 1):
            pair = (window[k], window[k + 1])
            if pair in (("required", "for"), ("needed", "for")) and any(
                    w in ("licence", "license", "permit", "approval", "licensing")
                    for w in window[max(0, k - 3):k]):
                continue  # "licences are required for magnets": the magnets are restricted
            if pair in _USED_PAIRS or pair in (
                    ("rely", "on"), ("relie", "on"), ("depend", "on"), ("maker", "of"),
                    ("producer", "of"), ("user", "of"), ("manufacturer", "of")):
                return True
        return False

    def _exporters_country(self, sentence: Sentence) -> str | None:
        """'Chinese suppliers have not received export permits': the exporters' government."""
        low = sentence.low
        for m in sentence.of(L.COUNTRY):
            if m.end < len(low) and low[m.end] in ("supplier", "exporter", "producer", "company",
                                                   "companie", "firm", "manufacturer", "maker"):
                return m.node_id
        return None

    def _more_agents(self, sentence: Sentence, end: int, first: str) -> list[str]:
        """'curbs by Japan and the United States': every agent after 'by' but the first."""
        low = sentence.low
        if end >= len(low) or low[end] != "by":
            return []
        agents = []
        for m in sentence.of(L.COUNTRY, L.ORGANIZATION):
            if end < m.start <= end + 8:
                authority = self._authority(m)
                if authority is not None and authority != first and authority not in agents:
                    agents.append(authority)
        return agents

    def _trigger_negated(self, low: list[str], raw: list[str], start: int, end: int) -> bool:
        """'did not restrict', 'no ban', 'rather than a ban'; not 'have not received permits'."""
        window = low[max(0, start - 5):start]
        if not any(w in NEGATIONS for w in window):
            return False
        is_verb = end - start == 1 and raw[start] in self.verbs and raw[start] not in (
            "ban", "embargo", "curb", "limit", "sanction", "delay", "blacklist")
        if is_verb or (start and low[start - 1] in ("no", "non", "not")):
            return True
        if any(w in ("rather", "instead") for w in window):
            return True
        last = max(k for k in range(max(0, start - 5), start) if low[k] in NEGATIONS)
        between = raw[last + 1:start]
        return not between or any(w in IMPOSE_VERBS for w in between)

    def _draft(self, imposer: str, kind: str, anchor: str | None, start: int,
               low: list[str]) -> RestrictionDraft:
        article = next((w for w in reversed(low[max(0, start - 3):start])
                        if w in ("a", "an", "the", "its", "their", "this", "these")), None)
        if article in ("a", "an") and anchor is None:
            # "China lifted a ban on fertiliser exports": another measure than the one in focus
            fresh = RestrictionDraft(imposer=imposer, kind=kind, anchor=anchor)
            self.restrictions.append(fresh)
            return fresh
        for draft in self.restrictions:
            if draft.imposer == imposer and draft.kind == kind and (
                    draft.anchor == anchor or (anchor is None and draft is self.focus_restriction)):
                return draft
        for draft in self.restrictions:
            if draft.imposer == imposer and draft.kind == kind and anchor is None and \
                    draft.anchor is None:
                return draft
        draft = RestrictionDraft(imposer=imposer, kind=kind, anchor=anchor)
        self.restrictions.append(draft)
        return draft

    def _imposer(self, sentence: Sentence, start: int, end: int) -> tuple[str | None, bool]:
        low = sentence.low
        candidates = [m for m in sentence.mentions
                      if m.label in (L.COUNTRY, L.ORGANIZATION, L.PERSON)]
        # "accused China of ..."
        nearest_before = [m for m in candidates if m.end <= start]
        for m in nearest_before[-1:]:
            if m.start >= 1 and low[m.start - 1] in ("accused", "accuse", "accuses", "accusing") \
                    and m.end < len(low) and low[m.end] == "of":
                return self._authority(m), True
        # "curbs by Japan and the United States"
        if end < len(low) and low[end] == "by":
            agents = [m for m in candidates if end < m.start <= end + 6]
            if agents:
                authority = self._authority(agents[0])
                if authority is not None:
                    return authority, False
        # "the export quotas China then applied"
        for m in candidates:
            if end <= m.start <= end + 1 and m.end + 1 < len(low) and (
                    low[m.end] in IMPOSING or low[m.end] in ("then", "had", "has")):
                authority = self._authority(m)
                if authority:
                    return authority, False
        by_clause = any(low[j] == "by" and sentence.tokens[j + 1].text.endswith("ing")
                        for j in range(max(0, start - 3), start))
        before = [m for m in candidates if m.end <= start and not self._target_context(sentence, m)
                  and not self._speaker(low, m.end, start)
                  and not (by_clause and self._owns_earlier_trigger(sentence, m, start))]
        verb = end - start == 1 and sentence.tokens[start].text.lower() in self.verbs
        if verb and before and start - before[-1].end <= 2 and \
                self._authority(before[-1]) is None:
            return None, False  # "the company halted shipments": a business decision
        for m in reversed(before):
            authority = self._authority(m)
            if authority is not None:
                partner = next((p for p in before if p.end == m.start - 1
                                and low[m.start - 1] == "and"), None)
                if partner is not None and self._authority(partner):
                    self._co_imposer = self._authority(partner)
                return authority, False
        # "the Section 301 increases that the Biden administration announced"
        for m in candidates:
            if end <= m.start and m.end < len(low) and low[m.end] in IMPOSING:
                authority = self._authority(m)
                if authority:
                    return authority, False
        after = [m for m in candidates if m.start >= end and m.start >= 1 and (
            (low[m.start - 1] in ("by", "between") and not self._target_context(sentence, m))
            or (low[m.start - 1] == "from" and m.start - end <= 2))]  # "a permit from Beijing"
        for m in after:
            authority = self._authority(m)
            if authority is not None:
                return authority, False
        return None, False

    def _owns_earlier_trigger(self, sentence: Sentence, mention: Mention, start: int) -> bool:
        """'Beijing answered US tariffs by restricting ...': 'US' owns the tariffs, not this."""
        low = sentence.low  # called only for "... by restricting/imposing ..." clauses
        owner_end = mention.end + 1 if mention.end < len(low) and \
            low[mention.end] == "'s" else mention.end
        return any(begin in (owner_end, owner_end + 1) and end <= start and kind
                   for begin, end, kind in self._restriction_triggers(sentence)) and any(
            m.label in (L.COUNTRY, L.ORGANIZATION) and m.end <= start
            and m.node_id != mention.node_id for m in sentence.mentions)

    def _speaker(self, low: list[str], after: int, trigger: int) -> bool:
        """Is a speech verb between a mention and the trigger, not followed by 'it'/'we'?"""
        for k in range(after, trigger):
            if low[k] in SPEECH:
                return not (k + 1 < len(low) and low[k + 1] in ("it", "they", "we", "its"))
        return False

    def _authority(self, mention: Mention) -> str | None:
        """The country (or bloc) that a mention stands for as a maker of trade measures."""
        if mention.label is L.COUNTRY:
            return mention.node_id
        if mention.label is L.PERSON:
            entry = mention.entry
            if entry is not None and entry.represents:
                ref = self.lexicon.resolve_ref(entry.represents)
                if ref is not None and ref.label is L.COUNTRY:
                    self.entry_node(ref)
                    return ref.id
            return None
        kind = self.kind_of(mention.node_id)
        if kind == "bloc":
            return mention.node_id
        if kind in ("ministry", "agency") or (mention.form == "rule" and kind is None):
            return self._country_of(mention.node_id)
        return None

    def _target_context(self, sentence: Sentence, mention: Mention) -> bool:
        low = sentence.low
        previous = _previous_word(low, mention.start)
        following = low[mention.end] if mention.end < len(low) else ""
        after = low[mention.end + 1] if mention.end + 1 < len(low) else ""
        if following == "'s" and mention.end + 1 < len(low) and self._trigger_at(sentence,
                                                                                 mention.end + 1):
            return False  # "China's export controls": the owner of the measure
        if self._trigger_at(sentence, mention.end):
            return False  # "Chinese export controls", "US tariffs": the owner of the measure
        if previous in ("on", "against", "targeting", "from", "to", "toward", "towards",
                        "over", "at", "in", "for", "into") or following in TARGET_NOUNS:
            return True
        return following == "'s" and after in ("access", "export", "import", "companie",
                                               "company", "firm", "good", "product")

    def _trigger_at(self, sentence: Sentence, position: int) -> bool:
        return any(start == position and kind
                   for start, _, kind in self._restriction_triggers(sentence))

    def _targets(self, sentence: Sentence) -> list[str]:
        low = sentence.low
        found: list[str] = []
        for m in sentence.of(L.COUNTRY, L.ORGANIZATION):
            previous = _previous_word(low, m.start)
            following = low[m.end] if m.end < len(low) else ""
            after = low[m.end + 1] if m.end + 1 < len(low) else ""
            if m.label is L.ORGANIZATION and self.kind_of(m.node_id) in ("ministry", "agency"):
                continue
            after_item = any(i.end == m.start - 1 for i in sentence.of(L.MATERIAL, L.PRODUCT))
            hit = previous in ("against", "targeting", "on") or (following in TARGET_NOUNS \
                and following not in ("industry", "industrie")) \
                or (following == "'s" and after in ("access", "companie", "company", "firm")) \
                or (previous == "from" and after_item) \
                or (previous == "from" and m.start >= 2 and low[m.start - 2] in (
                    "good", "import", "product", "shipment", "export", "all", "imported",
                    "made", "sourced", "originating")) \
                or (previous == "to" and any(w in ("export", "shipment", "sale", "deliverie",
                                                  "delivery") for w in low[max(0, m.start - 12):
                                                                           m.start]))
            listing = m.label is L.ORGANIZATION and self.kind_of(m.node_id) in ("company", None) \
                and not m.surface.startswith(("Ministry", "Department", "Bureau", "Office")) \
                and any(
                kind in ("entity_listing", "sanction")
                for _, _, kind in self._restriction_triggers(sentence))
            if hit or listing:
                found.append(m.node_id)
        return found

    def _anchor(self, sentence: Sentence, start: int, end: int) -> str | None:
        low = sentence.low
        for k in range(max(0, start - 3), min(len(low), end + 6)):
            if low[k] not in MONTHS:
                continue
            between = low[end:k]
            if k < start or (any(w in IMPOSING for w in between) and "suspend" not in between):
                return low[k]
        # "the regime Beijing introduced on April 4, which requires licences": its date
        for k in range(max(0, start - 12), max(0, start - 3)):
            if low[k] in MONTHS and k >= 2 and low[k - 1] in ("on", "in", "since") and \
                    low[k - 2] in IMPOSING and "which" in low[k:start]:
                return low[k]
        percent = _PERCENT.search(sentence.text[max(0, sentence.tokens[start].start - 12):
                                                sentence.tokens[start].start])
        if percent:
            return percent.group(1) + "%"
        k = start - 1
        modifiers: list[str] = []
        while k >= 0 and low[k] not in ("the", "a", "an", "its", "their", "this", "that") and \
                start - k <= 3:
            if not any(m.start <= k < m.end for m in sentence.mentions):
                modifiers.insert(0, low[k])
            k -= 1
        if k >= 0 and low[k] == "the" and modifiers and all(w.isalpha() for w in modifiers) \
                and not set(modifiers) & {"export", "new", "extra", "additional", "expanded",
                                          "relevant", "current", "trade", "existing"}:
            return " ".join(modifiers)
        return None

    def _status_cues(self, sentence: Sentence) -> list[tuple[str, int, bool]]:
        """(status, token position, overriding) for every status cue of the sentence."""
        raw = [t.text.lower() for t in sentence.tokens]
        found: list[tuple[str, int, bool]] = []
        # "the suspension leaves intact the April regime": what the sentence names stays
        kept: bool | None = None
        for k, word in enumerate(raw):
            for status, phrase in _STATUS_INDEX.get(word, ()):
                if status in ("lifted", "suspended"):
                    if kept is None:
                        kept = not _KEPT.isdisjoint(raw)
                    if kept:
                        continue
                if raw[k:k + len(phrase)] != phrase:
                    continue
                after = raw[k + len(phrase):k + len(phrase) + 4]
                if status in ("lifted", "suspended") and any(w in (
                        "production", "output", "work", "operations", "talks", "plans",
                        "negotiations", "assembly", "issuing", "granting", "approving",
                        "approvals", "purchases", "buying") for w in after):
                    continue  # "suspended production" is about a factory, not a measure
                before = raw[max(0, k - 4):k]
                if status in ("lifted", "suspended") and k >= 1 and raw[k - 1] == "to" and any(
                        w in DIRECTIVES for w in raw[max(0, k - 5):k]):
                    continue  # "asked IREL to suspend its exports": an order, not a status
                if status in ("lifted", "suspended") and phrase != ["not", "go", "ahead"] and any(
                        w in NEGATIONS for w in before):
                    found.append(("in_force", k, True))
                else:
                    explicit = phrase in (["remain", "in", "force"], ["remains", "in", "force"],
                                          ["still", "in", "place"], ["remains", "in", "place"],
                                          ["remain", "in", "place"])
                    found.append((status, k, explicit))
        return found

    def _status(self, sentence: Sentence) -> str | None:
        best: str | None = None
        for status, _, override in self._status_cues(sentence):
            if override:
                return status
            if best is None or _STATUS_RANK[status] > _STATUS_RANK[best]:
                best = status
        return best

    def _set_status(self, draft: RestrictionDraft, status: str, override: bool = False) -> None:
        if override or _STATUS_RANK[status] >= draft.status_rank:
            draft.status = status
            draft.status_rank = _STATUS_RANK[status]

    def _dates(self, draft: RestrictionDraft, sentence: Sentence) -> None:
        for match in _DATE.finditer(sentence.text):
            year = match.group(3) or self.year
            if not year:
                continue
            month = list(MONTHS).index(match.group(1).lower()) if False else [
                "january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december"].index(match.group(1).lower()) + 1
            iso = f"{year}-{month:02d}-{int(match.group(2)):02d}"
            before = sentence.text[max(0, match.start() - 20):match.start()].lower()
            if any(w in before for w in ("from", "effective", "starting", "effect on", "as of")):
                draft.effective = draft.effective or iso
            elif "announced" in before or "on" in before.split()[-1:]:
                draft.announced = draft.announced or iso
        for match in _HS.finditer(sentence.text):
            for code in _HS_CODE.findall(match.group(1)):
                if code not in draft.hs_codes:
                    draft.hs_codes.append(code)

    # ----------------------------------------------------------------- agreements
    def _agreements(self, sentence: Sentence) -> None:
        low = sentence.low
        raw = [t.text.lower() for t in sentence.tokens]
        resolved: list[tuple[int, str]] = []  # (token position, agreement node id)
        self._claimed_places: dict[int, int] = {}  # noun position -> its place's position
        by_party: set[str] = set()  # agreements named by their parties: no other parties
        used_places: set[int] = set()
        for m in sentence.of(L.AGREEMENT):
            self._ensure_agreement(m.node_id)
            resolved.append((m.start, m.node_id))
        covered = {k for m in sentence.mentions for k in range(m.start, m.end)}
        for k, word in enumerate(low):
            if word in AGREEMENT_NOUNS and low[k + 1:k + 2] and low[k + 1] in (
                    "reached", "agreed", "signed", "struck", "concluded", "sealed"):
                claim = next((p for p in sentence.places if p[0] in (k + 3, k + 4)), None)
                if claim is not None:
                    self._claimed_places[k] = claim[0]
        for k, word in enumerate(low):
            if word not in AGREEMENT_NOUNS or k in covered:
                continue
            token = sentence.tokens[k].text
            if token.lower() != word and token.lower().endswith("s"):
                continue  # plural: "two deals"
            previous = low[k - 1] if k else ""
            if previous in ("in", "to", "great", "good", "and") and word != "framework":
                continue
            if word in ("act", "law", "commitment", "understanding", "arrangement") and not (
                    previous in ("the", "this", "that", "new", "mutual") or word == "commitment"):
                continue
            if word == "contract" and "with" not in low[k + 1:k + 3]:
                continue  # only "a contract with X" names an agreement
            if word == "venture" and previous != "joint":
                continue  # "a joint venture" is an agreement; "the venture" may be a plant
            if word == "plan" and previous != "action" and not (
                    previous == "the" and self.focus_agreement is not None
                    and getattr(self.fragment.nodes[self.focus_agreement], "kind", None) == "plan"):
                continue  # "plans to build" is no agreement; "an action plan" is
            surface = self._agreement_surface(sentence, k)
            agreement = self._resolve_agreement(sentence, k, word, surface, used_places)
            if agreement is None:
                if word not in ("act", "law", "commitment"):
                    self.pending_agreement_mentions.append((surface, sentence.text))
                continue
            node = self.fragment.nodes[agreement]
            bare = self._agreement_surface(sentence, k, extend=False)
            self.fragment.add_node(node.model_copy(update={"aliases": [surface, bare]}))
            resolved.append((k, agreement))
            if agreement in self.agreement_by_party.values():
                by_party.add(agreement)
        if not resolved:
            self._agreement_list(sentence)
            return
        self.focus_kind = "agreement"
        for _, agreement in resolved:
            self.focus_agreement = agreement
            if self.pending_agreement_mentions:
                node = self.fragment.nodes[agreement]
                for surface, _text in self.pending_agreement_mentions:
                    self.fragment.add_node(node.model_copy(update={"aliases": [surface]}))
                self.pending_agreement_mentions.clear()
        parties = self._sentence_parties(sentence)
        materials = [m for m in sentence.of(L.MATERIAL, L.PRODUCT)
                     if not _excluded(low, m.start)]
        negated = any(w in ("not", "no", "never", "neither", "nor") for w in raw) and any(
            w in ("reach", "reached", "sign", "signed", "agree", "agreed", "signatory",
                  "signatories", "party", "join", "joined", "member") for w in raw)
        for _, agreement in resolved:
            draft = self.agreements[agreement]
            if not negated:
                for party in (draft.parties if agreement in by_party else parties | draft.parties):
                    self.link(RelType.PARTY_TO, party, agreement, sentence.text, 0.7)
            for m in materials:
                self.link(RelType.ADDRESSES, agreement, m.node_id, sentence.text, 0.65)
            self._agreement_status(agreement, raw)
        ordered = sorted(resolved)
        for k in range(len(raw)):
            if raw[k] in ("implement", "implementing", "implements", "implemented") or \
                    raw[k:k + 2] in (["carry", "out"], ["carries", "out"], ["carrying", "out"]) or \
                    raw[k:k + 3] == ["put", "into", "effect"] or \
                    raw[k:k + 3] == ["give", "effect", "to"]:
                before = [a for pos, a in ordered if pos < k]
                after = [a for pos, a in ordered if pos > k]
                if before and after and before[-1] != after[0]:
                    self.link(RelType.IMPLEMENTS, before[-1], after[0], sentence.text, 0.75)

    def _agreement_list(self, sentence: Sentence) -> None:
        """'... sit on the strategic list alongside lithium': the list of the act in focus."""
        low = sentence.low
        if self.focus_kind != "agreement" or self.focus_agreement is None:
            return
        if not any(w == "list" and "the" in low[max(0, k - 3):k] for k, w in enumerate(low)):
            return
        for m in sentence.of(L.MATERIAL, L.PRODUCT):
            if not _excluded(low, m.start):
                self.link(RelType.ADDRESSES, self.focus_agreement, m.node_id, sentence.text, 0.6)

    def _agreement_surface(self, sentence: Sentence, k: int, extend: bool = True) -> str:
        low = sentence.low
        start = k
        while start > 0 and k - start < 3 and low[start - 1] not in (
                "the", "a", "an", "this", "that", "its", "their", "of", "to", "for", "on", "in",
                "and", "with", "under", "which") and sentence.tokens[start - 1].text.isalpha() \
                and not (low[start - 1].endswith("ly") and low[start - 1] not in (
                    "supply", "assembly", "family", "rally", "monopoly")):
            start -= 1
        end = k + 1
        if low[end:end + 2] == ["of", "understanding"]:
            end += 2
        if not extend:
            return sentence.span_text(start, end)
        if (end + 1 < len(low) and low[end] in ("in", "with", "from") and any(
                m.start == end + 1 or m.start == end + 2 for m in sentence.mentions)) or \
                (end + 1 < len(low) and low[end] == "in" and any(p[0] == end + 1
                                                                for p in sentence.places)):
            mention = next((m for m in sentence.mentions if m.start in (end + 1, end + 2)), None)
            place = next((p for p in sentence.places if p[0] == end + 1), None)
            stop = mention.end if mention else (place[0] + len(words(place[1])) if place else end)
            end = stop
        return sentence.span_text(start, end)

    def _ensure_agreement(self, node_id: str) -> AgreementDraft:
        draft = self.agreements.get(node_id)
        if draft is None:
            draft = AgreementDraft(node_id)
            self.agreements[node_id] = draft
        return draft

    def _resolve_agreement(self, sentence: Sentence, k: int, word: str, surface: str,
                           used_places: set[int]) -> str | None:
        low = sentence.low
        # 1. a place next to the noun: "talks in London", "the truce in Busan"
        talks = any(w in ("talk", "negotiation", "meeting", "summit", "met", "round")
                    for w in low) or word in ("framework", "consensus", "truce")
        if word not in ("partnership", "commitment", "act", "law") and talks:
            claimed = set(self._claimed_places.values())
            own = self._claimed_places.get(k)
            places = sorted((abs(p[0] - k), p) for p in sentence.places
                            if p[0] not in used_places and abs(p[0] - k) <= 24
                            and norm_phrase(p[1]) in self.lexicon.places
                            and (p[0] == own if own is not None else p[0] not in claimed))
            if places:
                place = places[0][1]
                used_places.add(place[0])
                for entry in self.lexicon.entries.values():
                    if entry.label is L.AGREEMENT and entry.place and \
                            entry.place.lower() == place[1].lower():
                        self.entry_node(entry)
                        self._ensure_agreement(entry.id)
                        return entry.id
                name = f"{place[1]} {word}"
                node = make_node(L.AGREEMENT, name, kind=word, place=place[1], aliases=[name])
                self.fragment.add_node(node)
                self._ensure_agreement(node.id)
                return node.id
        # 2. a party named next to the noun: "the Apple deal", "partnership with the Pentagon"
        party = next((m for m in sentence.of(L.ORGANIZATION, L.COUNTRY)
                      if m.end == k and m.form != "demonym"), None)
        link_word = next((j for j in range(k + 1, min(len(low), k + 6))
                          if low[j] in ("with", "from")), None)
        if party is None and link_word is not None:
            party = next((m for m in sentence.of(L.ORGANIZATION, L.COUNTRY)
                          if m.start in (link_word + 1, link_word + 2, link_word + 3)), None)
        if party is not None:
            existing = self.agreement_by_party.get(party.node_id)
            if existing is not None:
                return existing
            other = next((m for m in sentence.of(L.ORGANIZATION)
                          if m.node_id != party.node_id and m.start < k), None) or next(
                (m for m in sentence.of(party.label)
                 if m.node_id != party.node_id and m.start < k), None) or next(
                (m for m in sentence.of(L.ORGANIZATION, L.COUNTRY)
                 if m.node_id != party.node_id and m.start < k), None)
            party_node = self.fragment.nodes[party.node_id]
            name = f"{party_node.name} {word}"
            aliases = [surface]
            if other is not None:
                name = f"{party_node.name}-{self.fragment.nodes[other.node_id].name} {word}"
                aliases.append(self._pair_name([party.node_id, other.node_id], word))
            node = make_node(L.AGREEMENT, name, kind=word, aliases=aliases)
            self.fragment.add_node(node)
            draft = self._ensure_agreement(node.id)
            draft.parties.add(party.node_id)
            if other is not None:
                draft.parties.add(other.node_id)
            self.agreement_by_party[party.node_id] = node.id
            return node.id
        # 3. the agreement in focus, or the one whose party this sentence names
        named = {m.node_id for m in sentence.of(L.ORGANIZATION, L.COUNTRY)}
        for agreement_id, draft in reversed(list(self.agreements.items())):
            if draft.parties & named and len(draft.parties) <= 2 and \
                    agreement_id in self.agreement_by_party.values():
                return agreement_id
        if self.focus_agreement is not None:
            return self.focus_agreement
        # 4. the one known agreement of this kind between the parties the sentence names
        parties = self._sentence_parties(sentence)
        described = set(norm_phrase(surface)) - {singular(word), "the", "a", "an", "new"}
        known = [e for e in self.lexicon.entries.values() if e.label is L.AGREEMENT and
                 len(e.parties) >= 2 and e.properties.get("kind") == word and
                 {self._ref_id(r) for r in e.parties} <= parties and described & set(
                     norm_phrase(e.name))]
        if len(known) == 1:
            self.entry_node(known[0])
            self._ensure_agreement(known[0].id)
            return known[0].id
        # 5. a new agreement between the organisations in play
        if (word in ("agreement", "deal", "partnership", "arrangement", "pact", "accord",
                     "venture")
                and low[k - 1:k] in (["new"], ["the"], ["a"], ["an"])) or (
                word in ("agreement", "deal") and k >= 2 and low[k - 2] in ("new",)) or (
                word == "venture" and k >= 2 and low[k - 2] in ("a", "an", "the", "new")):
            orgs = [m for m in sentence.of(L.ORGANIZATION)
                    if self.kind_of(m.node_id) not in ("international", "bloc")]
            others = [m for m in self.previous_sentence_orgs
                      if self.kind_of(m.node_id) in ("company", None)]
            members: list[Mention] = []
            for m in orgs:
                if all(m.node_id != x.node_id for x in members) and len(members) < 2:
                    members.append(m)
            for m in others:
                if all(m.node_id != x.node_id for x in members) and len(members) < 2:
                    members.insert(0, m)
            if len(members) == 2:
                names = "-".join(self.fragment.nodes[m.node_id].name for m in members)
                node = make_node(L.AGREEMENT, f"{names} {word}", kind=word, aliases=[
                    surface, self._pair_name([m.node_id for m in members], word)])
                self.fragment.add_node(node)
                draft = self._ensure_agreement(node.id)
                draft.parties.update(m.node_id for m in members)
                return node.id
        # 6. "X and Y signed a framework": a new agreement between the two
        states = sorted(p for p in parties if self.label_of(p) is L.COUNTRY
                        or self.kind_of(p) == "bloc")
        agreeing = any(w in ("sign", "signed", "reach", "reached", "struck", "strike", "agreed",
                             "concluded", "sealed", "announced", "unveiled", "launched",
                             "formed", "established", "inked", "agree", "sign") for w in low)
        prospective = any(w in ("broader", "wider", "final", "future", "comprehensive", "possible",
                                "potential", "eventual", "larger", "bigger", "full")
                          for w in low[max(0, k - 3):k])
        if len(states) == 2 and not self._definite(low, k) and agreeing and not prospective:
            names = "-".join(self.fragment.nodes[p].name for p in states)
            node = make_node(L.AGREEMENT, f"{names} {word}", kind=word, aliases=[surface])
            self.fragment.add_node(node)
            self._ensure_agreement(node.id).parties.update(states)
            return node.id
        # 7. "the G7 agreed to an action plan": a bloc's own agreement
        blocs = [p for p in parties if self.kind_of(p) in ("bloc", "international")]
        if len(blocs) == 1 and len(states) <= 1 and not self._definite(low, k) and agreeing \
                and not prospective:
            name = f"{self.fragment.nodes[blocs[0]].name} {surface}"
            node = make_node(L.AGREEMENT, name, kind=word, aliases=[surface])
            self.fragment.add_node(node)
            self._ensure_agreement(node.id).parties.add(blocs[0])
            return node.id
        return None

    def _pair_name(self, parties: list[str], word: str) -> str:
        """'JARE-Lynas agreement': the parties' short names in alphabetical order."""
        names = []
        for party in parties:
            node = self.fragment.nodes[party]
            entry = self.lexicon.entries.get(party)
            short = node.name
            if entry is not None and len(node.name.split()) >= 3:
                short = _short_names(self.lexicon).get(entry.id, short)
            names.append(short)
        return "-".join(sorted(names, key=str.lower)) + f" {word}"

    def _definite(self, low: list[str], k: int) -> bool:
        """Does the noun phrase ending at ``k`` start with 'the', 'this' or 'that'?"""
        j = k - 1
        while j >= 0 and k - j <= 4 and low[j] not in ("the", "this", "that", "a", "an"):
            j -= 1
        return j >= 0 and low[j] in ("the", "this", "that")

    def _ref_id(self, ref: str) -> str:
        entry = self.lexicon.resolve_ref(ref)
        return entry.id if entry is not None else ref

    def _sentence_parties(self, sentence: Sentence) -> set[str]:
        low = sentence.low
        parties: set[str] = set()
        for m in sentence.mentions:
            k = m.start - 1
            while k > 0 and low[k] in ("the", "a", "an", "its", "their"):
                k -= 1
            previous = low[k] if k >= 0 else ""
            if m.label in (L.COUNTRY, L.ORGANIZATION):
                leaders = previous == "of" and k >= 1 and low[k - 1] in (
                    "leader", "member", "minister", "official", "head", "representative",
                    "negotiator", "delegation", "government")
                if previous in ("in", "at", "from", "on", "against", "than", "over", "outside",
                                "near", "of", "to", "beyond", "without", "except", "toward",
                                "towards") and m.form != "anaphor" and not leaders:
                    continue
                if m.form == "demonym" and m.end < len(low) and low[m.end] in (
                        "market", "goods", "import", "export", "curb", "control", "official",
                        "company", "companie", "firm", "mineral", "supplier", "material",
                        "product", "producer", "competition", "rival", "ore", "metal",
                        "supply", "buyer", "exporter", "manufacturer", "maker"):
                    continue
                if m.label is L.ORGANIZATION and self.kind_of(m.node_id) == "international":
                    continue
                parties.add(m.node_id)
            elif m.label is L.PERSON:
                if m.entry is not None and m.entry.represents:
                    ref = self.lexicon.resolve_ref(m.entry.represents)
                    if ref is not None:
                        self.entry_node(ref)
                        parties.add(ref.id)
                for rel in self.fragment.relationships.values():
                    if rel.source == m.node_id and rel.type is RelType.REPRESENTS:
                        parties.add(rel.target)
        return parties

    def _agreement_status(self, agreement: str, raw: list[str]) -> None:
        node = self.fragment.nodes[agreement]
        text = " ".join(raw)
        status = None
        if any(w in raw for w in ("preliminary", "tentative", "initial")) or "in principle" in text:
            status = "preliminary"
        if "entered into force" in text or "in force" in text:
            status = "in_force"
        if any(w in raw for w in ("collapsed", "collapse")):
            status = "collapsed"
        if status and isinstance(node, Agreement) and node.status in (None, "preliminary"):
            node.status = status  # type: ignore[assignment]

    # ----------------------------------------------------------------- the end
    def finish(self) -> GraphFragment:
        self._lexicon_facts()
        self._restriction_nodes()
        self._agreements_from_supplies()
        self._lift_to_groups()
        for node in list(self.fragment.nodes.values()):
            if node.label is not L.ARTICLE:
                # MENTIONS may end at any label: no endpoint check to make
                self.fragment.add_relationship(Relationship.model_construct(
                    type=RelType.MENTIONS, source=self.article.id, target=node.id,
                    source_label=L.ARTICLE, target_label=node.label, sources=[self.doc.id],
                    evidence=[], confidence=1.0, properties={}))
        return self.fragment

    def _lexicon_facts(self) -> None:
        present = set(self.fragment.nodes)
        for node_id in list(present):
            entry = self.lexicon.entries.get(node_id)
            if entry is None:
                continue
            evidence = f"lexicon: {entry.name}"
            if entry.label is L.ORGANIZATION and entry.country:
                country = self.lexicon.countries_by_iso2.get(entry.country)
                if country is not None and country.id in present:
                    self.link(RelType.LOCATED_IN, node_id, country.id, evidence, 0.9)
            if entry.label is L.PERSON and entry.represents:
                target = self.lexicon.resolve_ref(entry.represents)
                if target is not None and target.id in present:
                    self.link(RelType.REPRESENTS, node_id, target.id, evidence, 0.8)
            if entry.label is L.AGREEMENT:
                for ref in entry.parties:
                    party = self.lexicon.resolve_ref(ref)
                    if party is not None and party.id in present:
                        self.link(RelType.PARTY_TO, party.id, node_id, evidence, 0.9)
                for name in entry.addresses:
                    target = self.lexicon.find(L.MATERIAL, name) or self.lexicon.find(
                        L.PRODUCT, name)
                    if target is not None and target.id in present:
                        self.link(RelType.ADDRESSES, node_id, target.id, evidence, 0.6)

    def _restriction_nodes(self) -> None:
        for draft in self.restrictions:
            imposer = self.fragment.nodes.get(draft.imposer)
            if imposer is None:
                continue
            key = short_hash(self.doc.id, draft.imposer, draft.kind, draft.anchor or "")
            slug = imposer.id.split(":", 1)[1]
            restriction_id = f"restriction:{slug}-{draft.kind.replace('_', '-')}-{key}"
            name = f"{imposer.name} {draft.kind.replace('_', ' ')}"
            if draft.anchor:
                name += f" ({draft.anchor})"
            node = make_node(L.RESTRICTION, name, id=restriction_id,
                             aliases=sorted(set(draft.surfaces)), kind=draft.kind,
                             status=draft.status, announced=draft.announced,
                             effective=draft.effective, hs_codes=draft.hs_codes)
            self.fragment.add_node(node)
            evidence = draft.evidence[0] if draft.evidence else name
            confidence = 0.6 if draft.status == "alleged" else 0.8
            self.link(RelType.IMPOSES, imposer.id, restriction_id, evidence, confidence)
            if draft.status in ("suspended", "lifted"):
                continue  # the temporal rule: no longer restricts anything at the article's date
            for material, sentence in draft.materials.items():
                self.link(RelType.RESTRICTS, restriction_id, material, sentence, confidence)
            for target, sentence in draft.targets.items():
                self.link(RelType.TARGETS, restriction_id, target, sentence, confidence)

    def _agreements_from_supplies(self) -> None:
        """A supply deal between an agreement's two parties is what the agreement addresses."""
        for seller, buyer, materials, sentence in self.supplies:
            for agreement, draft in self.agreements.items():
                if {seller, buyer} <= draft.parties:
                    for material in materials:
                        self.link(RelType.ADDRESSES, agreement, material, sentence, 0.6)

    def _lift_to_groups(self) -> None:
        """Producing a rare-earth element is producing rare earths, when the text names them."""
        group = self.lexicon.find(L.MATERIAL, "rare earth elements")
        if group is None or group.id not in self.fragment.nodes:
            return
        for rel in list(self.fragment.relationships.values()):
            if rel.type is RelType.PRODUCES and rel.confidence > 0.5:
                entry = self.lexicon.entries.get(rel.target)
                if entry is not None and entry.group in ("light", "heavy"):
                    self.link(RelType.PRODUCES, rel.source, group.id, rel.evidence[0], 0.6)


_KEPT = frozenset({"intact", "unaffected", "untouched"})
_SOURCE_NOUNS = frozenset({"source", "supplier", "provider", "exporter"})
_SHORT_NAMES: dict[int, dict[str, str]] = {}


def _short_names(lexicon: Lexicon) -> dict[str, str]:
    """Entry id -> its acronym alias ('JARE', 'DoD'), computed once per lexicon."""
    found = _SHORT_NAMES.get(id(lexicon))
    if found is None:
        found = {}
        for surface in lexicon.surfaces.values():
            form = " ".join(surface.words)
            if surface.form == "alias" and " " not in form and 2 <= len(form) <= 6 and \
                    sum(c.isupper() for c in form) >= 2:
                found.setdefault(surface.entry.id, form)
        _SHORT_NAMES[id(lexicon)] = found
    return found


def _endpoints(rel_type: RelType) -> tuple[frozenset[Label], frozenset[Label]]:
    from rekg.schema import ENDPOINTS

    return ENDPOINTS[rel_type]


def _previous_word(low: list[str], position: int) -> str:
    """The word before ``position``, skipping articles: 'to the United States' -> 'to'."""
    k = position - 1
    while k > 0 and low[k] in ("the", "a", "an", "all"):
        k -= 1
    return low[k] if k >= 0 else ""


def _shares_subject(low: list[str], start: int, end: int) -> bool:
    """Do the words before a trigger open a coordinated verb phrase ('..., and are also')?"""
    segment = low[start:end]
    if "and" not in segment:
        return False
    rest = segment[len(segment) - segment[::-1].index("and"):]
    return bool(rest) and all(w in ("are", "is", "were", "was", "also", "can", "be", "often",
                                    "widely", "commonly") for w in rest)


def _chain_back(items: list[Mention], low: list[str]) -> list[Mention]:
    """The coordinated items that end the list ``items`` ('X, Y and Z' before a comma)."""
    chain = [items[-1]]
    for m in reversed(items[:-1]):
        gap = low[m.end:chain[0].start]
        if m.label is chain[0].label and len(gap) <= 1 and all(w in ("and", "or") for w in gap):
            chain.insert(0, m)
        else:
            break
    return chain


def _chain_forward(items: list[Mention], end: int, low: list[str],
                   sentence: Sentence | None = None) -> list[Mention]:
    """The coordinated items that open the list ``items`` right after position ``end``."""
    chain: list[Mention] = []
    position = end
    for m in items:
        gap = low[position:m.start]
        limit = 4 if not chain else 3
        if chain and sentence is not None and 0 < len(gap) <= 3 and "," in sentence.text[
                sentence.tokens[m.start - 1].end:sentence.tokens[m.start].start]:
            # "wheel-speed sensors for braking systems, loudspeakers": a modifier, then a comma
            chain.append(m)
            position = m.end
            continue
        if len(gap) <= limit and all(w in ("and", "or", "in", "the", "a", "an", "for", "as",
                                           "well", "other", "some", "many", "most", "high",
                                           "end", "system", "unit", "module", "part",
                                           "component", "assembly", "small", "large")
                                  for w in gap):
            chain.append(m)
            position = m.end
        else:
            break
    return chain


def _match_skipping_adverbs(low: list[str], i: int, trigger: tuple[str, ...]) -> int:
    """End of ``trigger`` matched at ``i``, an adverb allowed inside ('made mainly from')."""
    if tuple(low[i:i + len(trigger)]) == trigger:
        return i + len(trigger)
    if len(trigger) < 2:
        return 0
    k, matched = i, 0
    skipped = False
    while k < len(low) and matched < len(trigger):
        if low[k] == trigger[matched]:
            matched += 1
        elif matched and not skipped and low[k] in ADVERBS:
            skipped = True
        else:
            return 0
        k += 1
    return k if matched == len(trigger) else 0


def _negated(low: list[str], position: int, window: int) -> bool:
    return any(w in NEGATIONS for w in low[max(0, position - window):position])


def _excluded(low: list[str], position: int) -> bool:
    """Is the word at ``position`` listed as left out ('not included', 'except', 'excluding')?"""
    before = low[max(0, position - 4):position]
    after = " ".join(low[position:position + 12])
    if any(w in ("except", "excluding", "exclude", "besides") for w in before):
        return True
    wider = " ".join(low[max(0, position - 6):position])
    if any(p in wider for p in ("not cover", "not include", "not apply to", "not extend to",
                                "not restrict", "not affect", "not ban", "not target")):
        return True
    return " not included" in " " + after or " were left out" in after or " not covered" in after \
        or " not on the list" in after or " not part of the list" in after \
        or " exempt" in " " + after[:40] or any(
            cue in " " + after for cue in (" need no ", " require no ", " needs no ",
                                           " requires no ", " continue under existing"))


def _has_any(text: str, needles: Iterable[str]) -> bool:
    return any(n in text for n in needles)


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            base = word[: -len(suffix)]
            if len(base) > 3 and base[-1] == base[-2]:
                base = base[:-1]
            return base
    return word
