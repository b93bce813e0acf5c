"""What a producer's mixed output is said to contain, told in a sentence after the one that
names the producer: "Kestrel turns out a clay concentrate at Tarvin. The concentrate contains
neodymium and terbium." Whoever makes a concentrate or a carbonate makes the elements in it
(unlike a magnet, whose contents its maker buys; ``material_examples``).

How English says it (an inventory, not read off one article):
- the subject is the output itself: "Its concentrate", "Their carbonate" (the owner the
  coreference stage resolved the possessive to), "The concentrate", "This carbonate" (the
  output a surviving production of one producer named in the two sentences before), and the
  subject may follow a speaker: "Kestrel says the concentrate contains ...";
- a relative clause on goods a production of the same sentence names: "sells a clay
  concentrate which is notably rich in terbium";
- the verb is one of containing ("contains", "carries", "holds", "is rich in"), present or
  past, with at most an adverb before it: a negation, a modal or any other word leaves it;
- the contents are the named materials after the verb up to the end of its clause, after a
  colon when one follows a class phrase ("the three metals buyers want: A, B, C"); a
  class noun right before a named material ("the magnet metals neodymium and ...") is no
  content of its own.
Nothing is added when the possessive means no organisation, the definite output has no
producer or two, or the goods are of another kind (a magnet, an alloy, an ore or a feed).
"""

from __future__ import annotations

from rekg.extract.context import ArticleContext, Fact, Mention, SentenceView
from rekg.extract.patterns import word_sets
from rekg.schema import Label, RelType

_ORIGIN = "frame:carried-contents"
_REACH = 2  # sentences back to the production of the output a definite subject means
_DEFINITE = frozenset({"the", "this", "that"})
_POSSESSIVE = frozenset({"its", "their"})
_BE = frozenset({"is", "are", "was", "were"})
_RELATIVE = frozenset({"that", "which"})
_STOPS = frozenset({"which", "while", "but", "whereas", "used", "for", "that", "whose"})
_MODS = 4  # modifiers at most between the determiner and the head


def _verb_end(view: SentenceView, k: int) -> int:
    """The end of a verb of containing that starts at ``k`` (an adverb may stand first),
    else -1."""
    sets = word_sets()
    words, gaps, n = view.words, view.gaps, len(view.words)
    for j in (k, k + 1):
        if j >= n or any(gaps[k:j + 1]):
            return -1
        if words[j] in sets["carried_content_verbs"]:
            return j + 1
        if words[j] in _BE:
            m = j + 1
            if m < n and not gaps[m] and words[m].endswith("ly"):
                m += 1
            if words[m:m + 2] == ["rich", "in"] and not any(gaps[m:m + 2]):
                return m + 2
            return -1
        if j == k and not words[j].endswith("ly") and words[j] not in ("also", "still"):
            return -1
    return -1


def _contents(view: SentenceView, start: int) -> list[Mention]:
    """The named materials listed from ``start`` to the end of the clause."""
    words, gaps, n = view.words, view.gaps, len(view.words)
    end = n
    for k in range(start, n):
        if (k > start and any(p in gaps[k] for p in ";(")) or (
                "," in gaps[k] and words[k] in _STOPS):
            end = k
            break
    colon = next((k for k in range(start + 1, end) if ":" in gaps[k]), -1)
    if colon >= 0:
        start = colon
    found = [m for m in view.mentions if m.label is Label.MATERIAL and start <= m.start
             and m.end <= end and m.form in ("name", "alias")]
    starts = {m.start for m in found}
    return [m for m in found if m.end not in starts or gaps[m.end]]  # "the metals neodymium"


def _subject(view: SentenceView) -> tuple[int, int, str]:
    """(determiner, end of the head, determiner word) of an output that opens the sentence
    or the clause after a speaker ("Kestrel says the concentrate ..."), else (-1, -1, "")."""
    sets = word_sets()
    heads, speech = sets["carried_content_heads"], sets["carried_content_speech"]
    words, gaps, n = view.words, view.gaps, len(view.words)
    opens = [0]
    for k in range(1, min(n, 5)):
        if words[k] in speech and not gaps[k] and any(
                m.end == k and m.label in (Label.ORGANIZATION, Label.COUNTRY)
                and m.start == 0 for m in view.mentions):
            opens.append(k + 1 + (words[k + 1:k + 2] == ["that"]))
    for d in opens:
        if d >= n or words[d] not in _DEFINITE | _POSSESSIVE or (gaps[d] and d):
            continue
        for h in range(d + 1, min(n, d + 2 + _MODS)):
            if gaps[h] not in ("", "-"):
                break
            if words[h] in heads and view.tokens[h].text.islower() and (
                    h + 1 >= n or words[h + 1] not in heads):
                return d, h + 1, words[d]
    return -1, -1, ""


def _producer(ctx: ArticleContext, view: SentenceView, d: int, word: str, head: str,
              made: list[Fact]) -> Mention | None:
    if word in _POSSESSIVE:
        owner = [m for m in view.mentions if m.start == d and m.end == d + 1
                 and m.label is Label.ORGANIZATION]
        return owner[0] if len(owner) == 1 else None
    near = [f for f in made if 0 < view.index - f.sentence <= _REACH
            and ctx.sentences[f.sentence].words[f.target.end - 1] == head]
    makers = {f.source.node_id for f in near}
    return near[-1].source if len(makers) == 1 else None


def run(ctx: ArticleContext) -> None:
    """After modality: each content of a producer's output read as above is made by it."""
    made = [f for f in ctx.facts if f.rel is RelType.PRODUCES and f.target.label is Label.MATERIAL
            and not f.origin.startswith("scorer")]
    have = {(f.source.node_id, f.target.node_id) for f in ctx.facts if f.rel is RelType.PRODUCES}
    heads = word_sets()["carried_content_heads"]
    added: list[Fact] = []
    for view in ctx.sentences:
        found: list[tuple[Mention, list[Mention], float]] = []
        d, end, word = _subject(view)
        verb = _verb_end(view, end) if d >= 0 else -1
        if verb > 0:
            producer = _producer(ctx, view, d, word, view.words[end - 1], made)
            if producer is not None:
                found.append((producer, _contents(view, verb), 0.7))
        for fact in made:  # "sells a concentrate that is rich in terbium"
            goods = fact.target
            if fact.sentence != view.index or not any(m is goods for m in view.mentions) \
                    or view.words[goods.end - 1] not in heads:
                continue
            k = goods.end
            if k < len(view.words) and view.words[k] in _RELATIVE and view.gaps[k] in ("", ","):
                verb = _verb_end(view, k + 1)
                if verb > 0:
                    found.append((fact.source, _contents(view, verb), fact.confidence * 0.9))
        for producer, contents, confidence in found:
            for member in contents:
                key = (producer.node_id, member.node_id)
                if key in have or member.node_id == producer.node_id:
                    continue
                have.add(key)
                added.append(Fact(RelType.PRODUCES, producer, member, view.index, _ORIGIN,
                                  round(confidence, 3), view.text))
    ctx.facts.extend(added)
