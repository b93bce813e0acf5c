"""After modality: the country a company makes goods in makes them too. "Tarrow Mining refines
gallium at its plant in Malaysia" says Malaysia produces gallium, "Chinese firms mine cobalt in
Congo" that Congo does. The country's fact is read
from the company's surviving one, so a plan, a denial or an ended output of the company gives
the country nothing either; and only the words of a site may stand between the goods and the
place ("makes magnets for buyers in Japan" names where they are sold). Before, what a made good
contains is taken from its maker's output; after, the members the goods are said to have and
goods a time phrase parted from their list are added (``material_examples``), and what a
later sentence says the producer's concentrate contains (``carried_contents``). A country
opening the sentence ("In Australia, X produces ...") is a site too (``fronted_countries``)."""

from __future__ import annotations

from rekg.extract import carried_contents, fronted_countries, material_examples
from rekg.extract.context import ArticleContext, Fact, Mention, SentenceView
from rekg.extract.patterns import word_sets
from rekg.schema import Label, RelType

_SITE_LEADS = frozenset({"at", "in", "from"})
_REACH = 6  # words back from the goods to the verb of making: "refines 5,000 metric tons of"


def _made_here(view: SentenceView, goods: Mention) -> bool:
    """A verb of making stands just before the goods, no clause between."""
    sets = word_sets()
    verbs, filler, units = sets["site_making_verbs"], sets["filler"], sets["mass_units"]
    words, gaps = view.words, view.gaps
    start = goods.start if goods.group < 0 else min(
        m.start for m in view.mentions if m.group == goods.group)
    for k in range(start - 1, max(-1, start - 1 - _REACH), -1):
        if words[k] in verbs:
            return True
        thousands = gaps[k + 1] == "," and words[k][:1].isdigit() and words[k + 1][:1].isdigit()
        if (gaps[k + 1] and not thousands) or not (
                words[k] in filler or words[k][:1].isdigit() or words[k] in units
                or words[k] in ("of", "metric")):
            return False
    return False


def _place_after(view: SentenceView, goods: Mention) -> Mention | None:
    """The country named by "in" after the goods and the words of their site, if any."""
    sets = word_sets()
    site_words = sets["site_nouns"] | sets["site_steps"] | sets["apposition_mods"] | sets["filler"]
    words, gaps, n = view.words, view.gaps, len(view.words)
    k = max((m.end for m in view.mentions if goods.group >= 0 and m.group == goods.group),
            default=goods.end)
    if k + 1 < n and words[k] == "from" and not gaps[k] and not gaps[k + 1]:
        source = next((m.end for m in view.mentions if m.start == k + 1
                       and m.label is Label.MATERIAL), None)
        if source is None and words[k + 1] in sets["source_grounds"]:
            source = k + 2
        k = source or k  # "produces lithium from brine in Chile": the source is won there too
    if k < n and words[k] in _SITE_LEADS and not gaps[k]:
        # the goods a site is named for are words of it: "at its nickel plant in"
        named_for = {i for m in view.mentions if m.label is Label.MATERIAL and m.start > k
                     for i in range(m.start, m.end)}
        j = k + 1
        while j < n and (words[j] in site_words or j in named_for) and not gaps[j]:
            j += 1
        if j > k + 1 and words[j - 1] in sets["site_nouns"]:
            k = j
    if k >= n or words[k] != "in" or gaps[k]:
        return None
    at = {m.start: m for m in view.mentions if m.label is Label.COUNTRY}
    place = at.get(k + 1)
    if place is None and k + 2 < n and words[k + 1] == "the" and not gaps[k + 1]:
        place = at.get(k + 2)  # "in the Philippines"
    if place is not None and place.form == "place" and place.end < n \
            and gaps[place.end] == "," and place.end in at:
        return at[place.end]  # "in Narva, Estonia"
    return place


def _places_after(view: SentenceView, goods: Mention) -> list[Mention]:
    """Every country of the site: a list after "in" ("in Vietnam, Peru and Mexico") and one
    joined by "and (also) in" ("in Japan and also in Mexico"), not a place of another verb
    ("in Vietnam and sells them in Mexico")."""
    place = _place_after(view, goods)
    if place is None:
        return []
    words, gaps, n = view.words, view.gaps, len(view.words)
    at = {m.start: m for m in view.mentions if m.label is Label.COUNTRY}
    places = [place]
    while True:
        last = places[-1]
        if last.group >= 0:
            places.extend(m for m in view.mentions if m.group == last.group
                          and m.label is Label.COUNTRY and m.start > last.start)
            last = places[-1]
        k = last.end
        if k < n and words[k] == "and" and gaps[k] in ("", ","):
            k += 1 + (k + 1 < n and words[k + 1] == "also" and not gaps[k + 1])
            nxt = at.get(k + 1) if k < n and words[k] == "in" and not gaps[k] else None
            if nxt is not None and not gaps[k + 1] and nxt not in places:
                places.append(nxt)
                continue
        return places


def run(ctx: ArticleContext) -> None:
    material_examples.drop_contents(ctx)
    have = {(f.source.node_id, f.target.node_id) for f in ctx.facts if f.rel is RelType.PRODUCES}
    added: list[Fact] = []
    for fact in ctx.facts:
        if fact.rel is not RelType.PRODUCES or fact.origin.startswith("scorer"):
            continue
        view = ctx.sentences[fact.sentence]
        if not _made_here(view, fact.target):
            continue
        for country in _places_after(view, fact.target):
            if country.node_id == fact.source.node_id \
                    or (country.node_id, fact.target.node_id) in have:
                continue
            have.add((country.node_id, fact.target.node_id))
            added.append(fronted_countries.country_output(country, fact, "frame:made-in-country"))
    ctx.facts.extend(added)
    fronted_countries.run(ctx)
    material_examples.run(ctx)
    carried_contents.run(ctx)
