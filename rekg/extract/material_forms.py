"""The shape a material is made or sold in names a material of its own: "copper pipes",
"titanium dioxide pigment", "gallium bars" are forms of the material before
them, as the news and its annotators name them. The form word alone ("a fact sheet", "a bar
chart") names nothing; only a material mention right before it, with no
punctuation between, makes the form word a mention of that form (words of
``material_form_heads``), and the material before it stays a mention of its own, as a bare
"concentrate" does after its material.
"""

from __future__ import annotations

from rekg.extract.context import Mention, SentenceView
from rekg.extract.patterns import word_sets
from rekg.loaders.lexicon import Lexicon
from rekg.loaders.text import singular
from rekg.schema import Label, node_id


def material_forms(view: SentenceView) -> None:
    forms = word_sets()["material_form_heads"].singles
    low, tokens = view.words, view.tokens
    n = len(low)
    starts = {m.start for m in view.mentions}
    added: list[Mention] = []
    for m in view.mentions:
        end = m.end
        if m.label is not Label.MATERIAL or m.form == "anaphor" or end >= n or m.start == end \
                or low[end] not in forms or view.gaps[end] or end in starts \
                or not tokens[end].text.islower() or not tokens[end - 1].text[-1:].isalpha():
            continue
        if end + 1 < n and view.gaps[end + 1] in ("", "-") and low[end + 1] in forms | {
                "maker", "producer", "price", "export", "import", "market", "plant", "line"}:
            continue  # "copper plate makers": the form is a modifier itself
        surface = view.span_text(m.start, end + 1)
        last = tokens[end].text.lower()
        name = surface[:len(surface) - len(last)].lower() + singular(last)
        added.append(Mention(Label.MATERIAL, node_id(Label.MATERIAL, name), name, end, end + 1,
                             tokens[end].text, "open", kind="other", group=m.group))
    view.mentions.extend(added)
    view.mentions.sort(key=lambda m: (m.start, -m.end))


# Bare heads the lexicon names that an open name may still take over when words before them
# make one: "heap-leach ore", "ionic-clay ores" (a bare one is read in bare_concentrate.py).
OPEN_BARE = frozenset({"ore", "carbonate"})


def bound(bare: Mention, head: str) -> bool:
    """``bare``, the lexicon's mention over ``head``, keeps the words before it out of any
    open name: all but a one-word "ore" or "carbonate"."""
    return bare.end - bare.start > 1 or head not in OPEN_BARE


# the forms a material's name may be shared over in a list: "bismuth ores, metal and salts"
_SHARED = frozenset({"ore", "metal", "oxide", "compound", "concentrate", "alloy", "powder",
                     "ingot", "salt", "carbonate", "hydroxide", "sulphate", "sulfate",
                     # the smelter's and refiner's forms a metal's trade rules list
                     "cathode", "anode", "matte", "scrap"})
# words after the last form that end the list
_AFTER = frozenset({"and", "or", "from", "since", "in", "on", "to", "for", "at", "by", "with",
                    "as", "under", "until", "after", "before", "that", "which", "were", "are",
                    "was", "is", "will", "would", "have", "has", "had", "need", "needed", "used"})
_JOINS = ("and", "or")
# the shapes semi-finished metal is sold in, listed after one that names the metal
_SHAPES = frozenset({"pipe", "tube", "rod", "sheet", "wire", "plate", "bar", "foil", "strip"})
# the forms that take the name across "and" alone: salts and oxides, not "metal and ingots" or
# "oxides and compounds", which the news reads as one kind of goods
_JOINED = frozenset({"oxide", "hydroxide", "carbonate", "sulphate", "sulfate"})


def _forms_after(view: SentenceView, m: Mention) -> frozenset[str]:
    """The forms a material mention lends its name to: other forms after "bismuth ores", other
    shapes after "copper pipes" (named by its material, the shape its span), else none."""
    last = view.words[m.end - 1]
    if m.end - m.start >= 2 and last in _SHARED:
        return _SHARED
    if last in _SHAPES and m.name.endswith(f" {last}"):
        return _SHAPES
    return frozenset()


def shared_forms(view: SentenceView, lexicon: Lexicon) -> None:
    """"permits for bismuth ores, metal and salts": a material named with one form lends
    its name to the bare forms listed after it (bismuth metal, bismuth salt), which join
    its list, and so does one joined by "and" alone ("tin metal and oxide"); a material's
    shape does so to the shapes after it ("copper pipes, rods and tubes"). A form with a noun
    after it ("ores, metal prices") is no item."""
    low, tokens, n = view.words, view.tokens, len(view.words)
    named = [(m, forms) for m in view.mentions if m.label is Label.MATERIAL
             and m.form != "anaphor" and m.end < n
             and (forms := _forms_after(view, m)) and (low[m.end] in forms or (
                 low[m.end] in _JOINS and m.end + 1 < n and low[m.end + 1] in _JOINED))]
    if not named:
        return
    # a one-word lexicon form ("anodes", "concentrates") is the listed material's form instead
    bare = {m.start: m for m in view.mentions if m.end - m.start == 1 and m.entry is not None
            and low[m.start] in _SHARED}
    taken = {k for m in view.mentions for k in range(m.start, m.end)} - bare.keys()
    added: list[Mention] = []
    replaced: set[int] = set()
    group = max((m.group for m in view.mentions), default=-1) + 1
    for m, forms in named:
        j, found = m.end + (low[m.end] in _JOINS), []
        while j < n and (view.gaps[j] == "," or low[j - 1] in ("and", "or")) \
                and low[j] in forms and j not in taken and tokens[j].text.islower() \
                and (j + 1 == n or view.gaps[j + 1] not in ("", "-") or low[j + 1] in _AFTER):
            found.append(j)
            j += 2 if j + 1 < n and low[j + 1] in ("and", "or") else 1
        if not found or (len(found) < 2 and low[found[0] - 1] not in ("and", "or")):
            continue
        if m.group < 0:
            m.group, group = group, group + 1
        head = view.span_text(m.start, m.end - 1).lower() if forms is _SHARED \
            else m.name.rsplit(" ", 1)[0]
        for k in found:
            if k in bare:
                replaced.add(id(bare[k]))
            name = f"{head} {low[k]}"
            entry = lexicon.find(Label.MATERIAL, name)
            added.append(Mention(Label.MATERIAL, entry.id if entry else node_id(
                Label.MATERIAL, name), entry.name if entry else name, k, k + 1,
                tokens[k].text, "open", kind="other", group=m.group, entry=entry))
    if replaced:
        view.mentions[:] = [m for m in view.mentions if id(m) not in replaced]
    view.mentions.extend(added)
    view.mentions.sort(key=lambda m: (m.start, -m.end))
