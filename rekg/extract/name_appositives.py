"""Names that an appositive calls a company: "CAMYEN, a company owned by the province",
"Tarrow Minerals, a Perth-based miner that listed last year", "Humain, the new AI company
backed by the fund". The appositive's head noun must be a company word that ends its phrase
("Ida Holm, a company spokeswoman" names a person); the name is a run of capitalised words
that no other mention covers, not after "in" or "at" (a place), and not a lone word opening the
sentence ("Separately, a firm said ...").
"""

from __future__ import annotations

from rekg.extract.context import Mention, SentenceView
from rekg.extract.name_words import CONNECTORS, NAME_WORD, NOT_NAMES
from rekg.extract.patterns import word_sets
from rekg.schema import Label, node_id

_ARTICLES = frozenset({"a", "an", "the"})
# "the plant in Ust-Kamenogorsk, a subsidiary of ...": after these the name is a place and the
# appositive describes what stands before it.
_PLACE_WORDS = frozenset({"in", "at", "near", "outside", "inside", "into", "across"})
_MAX_NAME = 4
_MAX_MODIFIERS = 4


def _head(view: SentenceView, article: int) -> int | None:
    """The company noun that ends the appositive opened by ``article``, if one does."""
    nouns, tails = word_sets()["appositive_company_nouns"], word_sets()["appositive_tails"]
    words, tokens, gaps = view.words, view.tokens, view.gaps
    for k in range(article + 1, min(article + 2 + _MAX_MODIFIERS, len(words))):
        if k > article + 1 and gaps[k] not in ("", "-"):
            return None
        if words[k] in nouns and tokens[k].text.islower():
            closed = k + 1 == len(words) or gaps[k + 1] not in ("", "-") or words[k + 1] in tails
            return k if closed else None
        text = tokens[k].text
        plain = text.islower() or text.isdigit() or (text.isupper() and len(text) <= 4) \
            or any(m.label is Label.COUNTRY for m in view.covered(k, k + 1))
        if not plain:
            return None
    return None


def _name_before(view: SentenceView, comma: int) -> int:
    """Where the run of name words that ends right before token ``comma`` begins."""
    tokens, gaps, low = view.tokens, view.gaps, view.words
    start = comma
    while start > 0 and comma - start < _MAX_NAME and NAME_WORD.match(tokens[start - 1].text) \
            and (start == comma or gaps[start] in ("", "-", "&")):
        start -= 1
    while start < comma and (low[start] in NOT_NAMES or low[start] in CONNECTORS):
        start += 1
    return start


def opening_word_is_name(view: SentenceView, start: int, end: int) -> bool:
    """A one-word name at the start of the sentence, unless it is an adverb or a connective."""
    if start != 0 or end != 1:
        return True
    word = view.words[0]
    return word not in NOT_NAMES and word not in word_sets()["name_openers"] \
        and word not in word_sets()["discourse_openers"] and not word.endswith("ly") \
        and len(word) >= 3


def _lone_opener(view: SentenceView, head: int) -> bool:
    """"Kovohute, a Czech smelter, makes ...": a lone word opening the sentence is a name when
    the appositive closes with a comma and the word is no sentence adverb ("Separately, a
    firm said")."""
    return head + 1 < len(view.words) and view.gaps[head + 1] == "," \
        and opening_word_is_name(view, 0, 1)


def appositive_companies(view: SentenceView) -> None:
    words, gaps = view.words, view.gaps
    for article in range(1, len(words) - 1):
        if words[article] not in _ARTICLES or gaps[article] != ",":
            continue
        head = _head(view, article)
        if head is None:
            continue
        start = _name_before(view, article)
        if start == article or view.covered(start, article) \
                or (start == 0 and article == 1 and not _lone_opener(view, head)) \
                or gaps[start] == "-" \
                or (start > 0 and words[start - 1] in _PLACE_WORDS):
            continue
        name = view.span_text(start, article)
        view.mentions.append(Mention(Label.ORGANIZATION, node_id(Label.ORGANIZATION, name), name,
                                     start, article, name, "rule"))
