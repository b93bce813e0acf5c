"""Organisation names an article introduces once and then repeats. A name the rules found in
one sentence (a legal form, an appositive, a cue such as "shares of") names the same
organisation wherever the article writes it again, whole or short: "Tarrow Minerals Ltd" is
later "Tarrow Minerals" and "Tarrow", "Enercon, the German turbine maker, ..." is later plain
"Enercon". A lexicon company is also named by its first word ("Neo" of "Neo Performance
Materials") unless the article writes that word in lower case too, and a short form that opens
with a country's name is the company, not the country ("China Northern"). A repeat is a run of
capitalised words that no other mention covers and that is no part of a longer name; each
repeat takes the node of the name's first mention. A company's name followed by a country's
("HyProMag USA", "Jervois Finland") names its unit in that country, an organisation of its
own seated there, and so is a metal's name written with a capital after a country's ("Osaka
Titanium").
"""

from __future__ import annotations

from rekg.extract.context import ArticleContext, Mention, SentenceView
from rekg.extract.name_words import NAME_WORD, NOT_NAMES
from rekg.extract.patterns import WordSet, word_sets
from rekg.schema import Label, node_id


def _short_forms(words: tuple[str, ...], legal: WordSet, tails: WordSet
                 ) -> list[tuple[str, ...]]:
    """The name without its legal form, then without the words that only say its trade."""
    forms = [words]
    while len(words) > 1 and words[-1] in legal:
        words = words[:-1]
        forms.append(words)
    while len(words) > 1:
        cut = next((len(p) for p in tails.phrases
                    if len(p) < len(words) and words[-len(p):] == p), 0)
        if not cut:
            break
        words = words[:-cut]
        forms.append(words)
    return forms


def _entry_short_forms(words: tuple[str, ...], legal: WordSet, tails: WordSet,
                       common: set[str]) -> list[tuple[str, ...]]:
    """A lexicon company's shorter forms: "Bajaj" of "Bajaj Auto", "Neo" of "Neo Performance
    Materials"; the whole name is the lexicon's own to find."""
    forms = _short_forms(words, legal, tails)[1:]
    if len(words) > 1 and words[0] not in common:
        forms.append(words[:1])
    return forms


def _usable(form: tuple[str, ...]) -> bool:
    openers = word_sets()["name_openers"]
    return not (len(form) == 1 and (len(form[0]) < 3 or form[0] in NOT_NAMES
                                    or form[0] in openers))


def _known_forms(ctx: ArticleContext) -> dict[tuple[str, ...], Mention]:
    legal, tails = word_sets()["legal_forms"], word_sets()["company_name_tails"]
    known: dict[tuple[str, ...], Mention] = {}
    shared: set[tuple[str, ...]] = set()  # "Ionic" of "Ionic Technologies" and "Ionic Rare Earths"
    owners: dict[tuple[str, ...], str] = {}
    common = {w for view in ctx.sentences for w, t in zip(view.words, view.tokens, strict=True)
              if t.text[:1].islower()}
    for view in ctx.sentences:
        for m in view.mentions:
            if m.label is not Label.ORGANIZATION:
                continue
            words = tuple(view.words[m.start:m.end])
            for size in range(1, len(words)):
                if owners.setdefault(words[:size], m.node_id) != m.node_id:
                    shared.add(words[:size])
            if m.form == "rule" and m.entry is None:
                for form in _short_forms(words, legal, tails):
                    if _usable(form):
                        known.setdefault(form, m)
            elif m.entry is not None and m.kind == "company" and m.form in ("name", "alias"):
                for form in _entry_short_forms(words, legal, tails, common):
                    if _usable(form):
                        known.setdefault(form, m)
    return {form: m for form, m in known.items() if form not in shared}


_HOLDINGS = frozenset({"stake", "interest", "investment", "invest", "invested", "investing",
                       "share", "shares", "holding", "position", "role", "confidence"})


def _placed(words: list[str], k: int) -> bool:
    """"mines near Tallis", "rains in Tallis": a place, unless "a stake in Tallis"."""
    before = words[k - 1] if k > 0 else ""
    return before in ("at", "near", "outside", "across", "inside") \
        or (before == "in" and (k < 2 or words[k - 2] not in _HOLDINGS))


def _is_name_word(view: SentenceView, k: int) -> bool:
    return 0 <= k < len(view.tokens) and NAME_WORD.match(view.tokens[k].text) is not None


def _covered_but_by_prefix(view: SentenceView, k: int, end: int) -> bool:
    """Whether another mention holds part of ``k..end``; a country's name opening a longer
    company form ("China" of "China Northern" after "China Northern Rare Earth") does not."""
    return any(not (m.label is Label.COUNTRY and m.start == k and m.end < end)
               for m in view.covered(k, end))


def _repeats(view: SentenceView, known: dict[tuple[str, ...], Mention],
             sizes: list[int]) -> None:
    words, gaps = view.words, view.gaps
    k = 0
    while k < len(words):
        if not _is_name_word(view, k) or (k > 0 and _is_name_word(view, k - 1)
                                          and gaps[k] in ("", "-")):
            k += 1
            continue
        for size in sizes:
            end = k + size
            first = known.get(tuple(words[k:end])) if end <= len(words) else None
            if first is None or not all(_is_name_word(view, j) for j in range(k, end)) \
                    or any(gaps[j] not in ("", "-", "&") for j in range(k + 1, end)) \
                    or (end < len(words) and _is_name_word(view, end) and gaps[end] == ""
                        and not _country_at(view, end)) \
                    or _covered_but_by_prefix(view, k, end) or _placed(words, k):
                continue
            view.mentions[:] = [m for m in view.mentions if not (k <= m.start and m.end <= end)]
            view.mentions.append(Mention(Label.ORGANIZATION, first.node_id, first.name, k, end,
                                         view.span_text(k, end), "rule", kind=first.kind,
                                         props=dict(first.props)))
            k = end - 1
            break
        k += 1


def _same_node(view: SentenceView, known: dict[tuple[str, ...], Mention]) -> None:
    """A name found again by the rules in a shorter or longer form takes the first one's node."""
    for m in view.mentions:
        first = known.get(tuple(view.words[m.start:m.end]))
        if first is not None and first is not m and m.label is Label.ORGANIZATION \
                and m.form == "rule" and m.entry is None:
            m.node_id, m.name = first.node_id, first.name


def _country_at(view: SentenceView, k: int) -> Mention | None:
    """The country named at word ``k`` right after a name ("USA" in "Lynas USA")."""
    return next((c for c in view.mentions if c.label is Label.COUNTRY and c.start == k
                 and c.form in ("name", "alias") and not view.gaps[k]
                 and view.tokens[k].text[:1].isupper()), None)


def _country_units(view: SentenceView) -> None:
    """"Lynas USA", "Nyrstar Australia": the unit, not the company and a country."""
    for m in [m for m in view.mentions if m.label is Label.ORGANIZATION and m.form != "anaphor"]:
        unit = _country_at(view, m.end) if m.end < len(view.tokens) else None
        if unit is None or m not in view.mentions:
            continue
        name = view.span_text(m.start, unit.end)
        view.mentions.remove(m)
        view.mentions.remove(unit)
        view.mentions.append(Mention(Label.ORGANIZATION, node_id(Label.ORGANIZATION, name), name,
                                     m.start, unit.end, name, "rule", kind=m.kind,
                                     props={"country": unit.node_id}))


# words after "Stibnite Gold" or "Congo Cobalt" that make the name a site's or a trade's
_SITE_WORDS = frozenset({"project", "mine", "plant", "deposit", "complex", "recovery", "works",
                         "operation", "facility", "refinery", "smelter", "site", "price", "output",
                         "production", "export", "import", "shipment", "reserve", "demand",
                         "market", "sector", "industry", "mining", "sale", "trade", "tonne"})


def _metal_names(view: SentenceView) -> None:
    """"United States Antimony", "Osaka Titanium", "Korea Tungsten": a metal's name written
    with a capital right after a country's or a company's is the name of a company seated
    there; "Chinese NdPr", "the Tamarack Nickel project" and a title in capitals are not."""
    for c in [c for c in view.mentions if c.label in (Label.COUNTRY, Label.ORGANIZATION)
              and c.form not in ("demonym", "anaphor") and c.end > c.start]:
        metal = next((m for m in view.mentions if m.label is Label.MATERIAL and m.start == c.end
                      and m.end > m.start and not view.gaps[m.start]), None)
        if metal is None or c not in view.mentions or not all(
                t.text[:1].isupper() and t.text[1:].islower()
                for t in view.tokens[metal.start:metal.end]):
            continue
        after = view.tokens[metal.end].text if metal.end < len(view.tokens) else ""
        if after[:1].isupper() or set(view.words[metal.end:metal.end + 1]) & _SITE_WORDS:
            continue
        name = view.span_text(c.start, metal.end)
        seat = c.node_id if c.label is Label.COUNTRY else c.props.get("country")
        view.mentions.remove(c)
        view.mentions.remove(metal)
        view.mentions.append(Mention(Label.ORGANIZATION, node_id(Label.ORGANIZATION, name), name,
                                     c.start, metal.end, name, "rule",
                                     props={"country": seat} if seat else {}))


def run(ctx: ArticleContext) -> None:
    for view in ctx.sentences:
        _country_units(view)
        _metal_names(view)
    known = _known_forms(ctx)
    if not known:
        return
    sizes = sorted({len(form) for form in known}, reverse=True)
    for view in ctx.sentences:
        _same_node(view, known)
        _repeats(view, known, sizes)
        _country_units(view)
        view.mentions.sort(key=lambda m: (m.start, -m.end))
