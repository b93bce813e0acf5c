"""Where a material occurs: "gallium occurs in trace amounts in bauxite", "germanium is found
in zinc ores", "hafnium always occurs together with zirconium in zircon sand". The material is
won from its host ore, so it depends on the host (DEPENDS_ON material -> host); "found in" read
the other way, as a use of the material in the ore, is refused. Only hosts whose head names an
ore, sand, clay, residue or the like (``host_heads``) count: "neodymium is found in magnets" is
a use.

The stage also reads what a material is made from when told as a value chain ("oxides to
metals, metals to alloys") or an apposed mixture ("ferrocerium, an alloy of iron and cerium"),
see ``value_chain.py``.
"""

from __future__ import annotations

from rekg.extract.context import ArticleContext, Fact, Mention, SentenceView
from rekg.extract.patterns import word_sets
from rekg.extract.value_chain import chain_facts, mixture_facts
from rekg.schema import Label, RelType

_REACH = 7  # words from the verb of occurrence to the host: "occurs in tiny amounts in"
_SUBJECT = 4  # words from the material to that verb: "is mostly found", "always occurs"
_STRONG = (";", ":", ".", "(", ")", "—", "–")


def _host(view: SentenceView, m: Mention) -> bool:
    # an unsaid subject (no width, focus_subject.py) has no head word of its own
    return m.label is Label.MATERIAL and m.end > m.start \
        and view.words[m.end - 1] in word_sets()["host_heads"]


def _verb_before(view: SentenceView, host: Mention) -> int:
    """The verb of occurrence that "in" before the host (or before the first of its list)
    belongs to, or -1: "found in zinc ores and coal"."""
    words, gaps = view.words, view.gaps
    start = host.start if host.group < 0 else min(
        m.start for m in view.mentions if m.group == host.group)
    k = start - 1
    while k >= 0 and words[k] in ("the", "a", "an", "some", "many", "most", "certain"):
        k -= 1
    if k < 1 or words[k] not in ("in", "within"):
        return -1
    occur = word_sets()["occur_words"]
    for j in range(k - 1, max(-1, k - 1 - _REACH), -1):
        if any(c in gaps[j + 1] for c in _STRONG) or "," in gaps[j + 1]:
            return -1
        if words[j] in occur:
            return j
    return -1


def _occurring(view: SentenceView, verb: int) -> list[Mention]:
    """The material (or list) that is the subject of the verb at ``verb``."""
    before = [m for m in view.mentions if m.end <= verb and verb - m.end <= _SUBJECT
              and m.label is Label.MATERIAL and not _host(view, m)]
    if not before:
        return []
    last = max(before, key=lambda m: m.end)
    if any(any(c in view.gaps[k] for c in _STRONG) for k in range(last.end, verb + 1)) or any(
            "," in view.gaps[k] for k in range(last.end, verb + 1) if k != last.end):
        return []  # "thorium, found in monazite sands" is one phrase; "X, it said, is" not
    if last.group < 0:
        return [last]
    return [m for m in view.mentions if m.group == last.group and m.label is Label.MATERIAL]


def run(ctx: ArticleContext) -> None:
    for view in ctx.sentences:
        ctx.facts.extend(chain_facts(view) + mixture_facts(view))
        for host in [m for m in view.mentions if _host(view, m)]:
            verb = _verb_before(view, host)
            if verb < 0:
                continue
            for good in _occurring(view, verb):
                if good.node_id == host.node_id:
                    continue
                ctx.facts.append(Fact(RelType.DEPENDS_ON, good, host, view.index,
                                      "host_ores.occurs-in", 0.8, view.text))
                _refuse_reverse(ctx, view, host, good)


def _refuse_reverse(ctx: ArticleContext, view: SentenceView, host: Mention,
                    good: Mention) -> None:
    def reverse(f: Fact) -> bool:
        return f.rel is RelType.DEPENDS_ON and f.sentence == view.index \
            and f.source.node_id == host.node_id and f.target.node_id == good.node_id

    for fact in [f for f in ctx.facts if reverse(f)]:
        ctx.facts.remove(fact)
        ctx.refuse(fact.rel.value, fact.source, fact.target, view.index,
                   "a host ore holds the material; it does not need it", fact.origin)
