"""A country that qualifies an organisation's own site ("its own US factories", "their
Malaysian plant") says where the site is: a place, not a buyer or seller of the sentence
("makes its chips in its own US factories and counts China among its markets" names no US
sale to China). It still seats the organisation there: "at its Malaysian plant"."""

from __future__ import annotations

from rekg.extract.context import ArticleContext, Mention, SentenceView
from rekg.extract.patterns import WordSet, word_sets
from rekg.schema import Label, RelType

_OWNERS = frozenset({"its", "their", "our"})


def owned_site_places(view: SentenceView) -> None:
    words, gaps, sites = view.words, view.gaps, word_sets()["site_nouns"]
    for m in view.mentions:
        if m.label is not Label.COUNTRY or m.form == "anaphor" or m.end >= len(words) \
                or words[m.end] not in sites or gaps[m.end] or m.start == 0:
            continue
        k = m.start - 1
        if words[k] == "own" and k > 0:
            k -= 1
        if words[k] in _OWNERS:
            m.props["site"] = "place"  # a place to every relation but LOCATED_IN


def site_place(m: Mention) -> bool:
    return m.props.get("site") == "place"


def placed(m: Mention, rel: RelType | None = None) -> bool:
    """``m`` says only where, to every relation but LOCATED_IN and the one a capital acts in
    ("a permit from Jakarta" imposes, "aimed at Tokyo" is targeted)."""
    if rel is not None and m.props.get("acts") is rel:
        return False
    return m.form == "place" or site_place(m)


# Words of an operator after a site: "Mountain Pass, owned by MP Materials"; not "then owned by"
_RUNS = frozenset({"run", "operated", "owned", "managed"})
_AT = frozenset({"at", "near"})
_SITES = frozenset({"site", "operation", "complex"})  # words are singular here
_NOT_NAMED = ("anaphor", "capital", "demonym", "place")
_OWNS = frozenset({"own", "operate", "run", "owned", "operated"})
_OWNER_NOUNS = frozenset({"owner", "operator"})
_FORMER = frozenset({"former", "previous", "then", "past", "future", "prospective", "new"})
_POSSESSIVES = frozenset({"its", "their"})
_SITE_REACH = 4  # words from a possessor to its site noun: "Lynas's new heavy separation plant"


def _possessed(view: SentenceView, o: Mention, at: int) -> bool:
    """``o`` is a possessor whose phrase runs on unbroken to ``at``: "Iluka's", "its"."""
    words, gaps = view.words, view.gaps
    if o.form == "anaphor":
        marked = words[o.start] in _POSSESSIVES and o.start < at
    else:
        marked = o.end < len(words) and (words[o.end] == "'s" or gaps[o.end] == "'")
    return marked and o.end <= at and not any(
        c in gaps[k] for k in range(o.end + 1, at + 1) for c in ",;:()—")


def _named_first(view: SentenceView, o: Mention) -> Mention:
    """For "its", the company named last before it in the sentence, if any, else the one
    coreference chose: "Brussels - Solvay opened a line at its La Rochelle site"."""
    return next((x for x in sorted(view.mentions, key=lambda x: -x.start)
                 if x.label is Label.ORGANIZATION and x.node_id and x.end <= o.start
                 and x.form not in _NOT_NAMED), o) if o.form == "anaphor" else o


def _locality(view: SentenceView, m: Mention) -> bool:
    """A place followed by the larger place it lies in: "Fort Worth, Texas"."""
    return m.end < len(view.words) and "," in view.gaps[m.end] and any(
        x.start == m.end and x.label is Label.COUNTRY for x in view.mentions)


def _operator(view: SentenceView, m: Mention, sites: WordSet) -> Mention | None:
    """The organisation the sentence gives as owner or operator of the site ``m``: "Iluka's
    Eneabba refinery", "its White Mesa mill", "Lynas's plant at Kuantan", "a plant run by
    Solvay at La Rochelle", "Mountain Pass, owned by MP Materials"; a site noun must follow a
    possessed place ("MP's Las Vegas offices" is no site), and after "in" the place must be a
    locality ("its plant in Fort Worth, Texas", not "its plant in Texas")."""
    words, gaps = view.words, view.gaps
    orgs = [o for o in view.mentions if o.label is Label.ORGANIZATION and o.node_id
            and o.form not in _NOT_NAMED[1:]]
    e = m.end + (m.end < len(words) and (words[m.end] in sites or words[m.end] in _SITES))
    sited = e > m.end or any(  # "Iluka's Eneabba rare earths refinery"
        words[j] in sites and not any(gaps[i] for i in range(m.end, j + 1))
        for j in range(m.end, min(m.end + _SITE_REACH, len(words))))
    for o in orgs:
        if m.start - o.end <= 1 and sited and _possessed(view, o, m.start):
            return _named_first(view, o)  # "Iluka's Eneabba refinery", "its Eneabba mill"
    k = m.start - 1
    if k >= 2 and (words[k] in _AT or (words[k] == "in" and _locality(view, m))) \
            and not gaps[m.start] and not gaps[k]:
        for o in orgs:  # "Lynas's plant at Kuantan", "its refinery near Eneabba"
            if o.end <= k - 1 and words[k - 1] in sites and k - 1 - o.end <= _SITE_REACH \
                    and _possessed(view, o, k):
                return _named_first(view, o)
        for o in orgs:  # "a plant run by Solvay at La Rochelle"
            if o.end == k and o.start >= 2 and words[o.start - 1] == "by" \
                    and words[o.start - 2] in _RUNS and o.form != "anaphor":
                return o
    if e + 2 < len(words) and "," in gaps[e] and words[e] in _RUNS and words[e + 1] == "by":
        return next((o for o in orgs if o.start == e + 2 and o.form != "anaphor"), None)
    return _owner_of(view, m, orgs) if sited else None


def _owner_of(view: SentenceView, m: Mention, orgs: list[Mention]) -> Mention | None:
    """"MP Materials owns the Mountain Pass mine", "Lynas, which runs the Kalgoorlie plant",
    "MP Materials, the owner of the Mountain Pass mine"."""
    words, gaps = view.words, view.gaps
    k = m.start - 1 - (m.start > 0 and words[m.start - 1] == "the")
    if k < 1 or any(gaps[j] for j in range(k + 1, m.start + 1)):
        return None
    if words[k] in _OWNS:
        lead = k - 1 if words[k - 1] == "which" and "," in gaps[k - 1] else k
    elif words[k] == "of" and words[k - 1] in _OWNER_NOUNS:
        lead = next((j for j in range(k - 1, max(0, k - 6), -1) if "," in gaps[j]), -1)
        if lead < 0 or any(c in gaps[j] for j in range(lead + 1, k) for c in ",;:()—") \
                or any(w in _FORMER for w in words[lead:k]):
            return None
    else:
        return None
    return next((o for o in orgs if o.end == lead and o.form != "anaphor"), None)


def operated_sites(ctx: ArticleContext) -> None:
    """A named site whose owner or operator the article gives once, and only one, acts for
    that operator when it is said to make or sell goods ("White Mesa now separates NdPr oxide"
    after "Energy Fuels' White Mesa mill"): it is a place of that company, not a country."""
    sites = word_sets()["site_nouns"]
    found: dict[str, dict[str, Mention]] = {}
    for view in ctx.sentences:
        spans = {(p.start, p.end) for p in view.places}
        for m in view.mentions:
            if m.label is Label.COUNTRY and (m.start, m.end) in spans:
                o = _operator(view, m, sites)
                if o is not None:
                    found.setdefault(m.surface.lower(), {})[o.node_id] = o
    for view in ctx.sentences:
        for m in view.mentions:
            ops = found.get(m.surface.lower()) if m.form == "place" else None
            if ops and len(ops) == 1:
                o = next(iter(ops.values()))
                m.props["operator"] = Mention(Label.ORGANIZATION, o.node_id, o.name, m.start,
                                              m.end, m.surface, "site", kind=o.kind,
                                              entry=o.entry)


def site_operator(m: Mention) -> Mention | None:
    """The company that runs the site ``m`` names, if the article says which one."""
    op = m.props.get("operator")
    return op if isinstance(op, Mention) else None
