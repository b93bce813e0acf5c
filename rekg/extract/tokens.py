"""Stage 1: sentences and tokens, with the words normalised and the punctuation between them.

A line ending in a colon followed by short item lines (bulleted, numbered or bare) is read as
one sentence whose list items are separated by commas, so "the controls cover:" and its
items form one list.
"""

from __future__ import annotations

import re

from rekg.extract.context import ArticleContext, SentenceView
from rekg.extract.news_furniture import story
from rekg.extract.patterns import word_sets
from rekg.loaders.text import _WORD, Token, norm_phrase, singular, split_sentences
from rekg.schema import Label

_BULLET = re.compile(r"^\s*(?:[-•*–]|\d+[.)])\s+")
_NUMBER = re.compile(r"\s*\d{1,2}[.)]\s*")
_MAX_BULLET_WORDS = 12
_MAX_NAME_WORDS = 6  # an item alone on its line, with no bullet: a name, not a sentence
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
# (text before the token, the token): the leftmost token each time, as a scan for tokens finds
# it, without a match object per token. Tokens are words and "%": "90% of" is a share, and a
# "%" left in the punctuation between words would read as a break.
_GAP_WORD = re.compile(rf"(.*?)({_WORD.pattern}|%)", re.DOTALL)


def sentence_texts(text: str) -> list[str]:
    """The article's sentences, with short bullet lists folded into the line that opens them."""
    return [sentence for sentence, _ in sentence_paragraphs(text)]


def sentence_paragraphs(text: str) -> list[tuple[str, int]]:
    """``sentence_texts`` with the paragraph (blocks apart by a blank line) of each.

    After a line ending in a colon, a short line is a list item with or without a bullet
    ("- gallium", "2) germanium", or "gallium" alone on its line in the same paragraph), and a
    sentence that goes on along an item's line ("2. germanium. Officials said ...") stays a
    sentence of its own without closing the list."""
    result: list[tuple[str, int]] = []
    head = -1  # the sentence, in result, that opens the list now read
    items: list[str] = []
    paragraph, seen, line_item = 0, 0, False
    number: tuple[str, int] | None = None  # "2." split off the capital that opens its item
    for start, end in split_sentences(text):
        blank = len(_BLANK_LINE.findall(text, seen, start))
        paragraph += blank
        seen = start
        sentence = text[start:end]
        line_start = not text[text.rfind("\n", 0, start) + 1:start].strip()
        if head >= 0 and line_start and _NUMBER.fullmatch(sentence):
            number = (sentence, paragraph)
            continue
        if number is not None:
            item = _list_item(f"- {sentence}", False) if not line_start else ""
            # a longer capitalised item reads as a sentence: the measure stage takes its items
            if item and len(item.split()) <= _MAX_NAME_WORDS and "," not in item:
                items.append(item)
                line_item, number = True, None
                continue
            result.append(number)
            number, line_item = None, False  # a long numbered item ends the list
        item = _list_item(sentence, blank == 0 and line_start) if head >= 0 else ""
        if item and len(item.split()) > _MAX_NAME_WORDS and _label_only(result[head][0]):
            item = ""  # "Key takeaways:" / "- China pauses ...": each point a sentence
        if item and line_start:
            items.append(item)
            line_item = True
            continue
        if head >= 0 and line_item and not line_start:
            result.append((sentence, paragraph))
            continue
        if items:
            result[head] = (_joined(result[head][0], items), result[head][1])
        result.append((sentence, paragraph))
        head = len(result) - 1 if sentence.rstrip().endswith(":") else -1
        items, line_item = [], False
    if items:
        result[head] = (_joined(result[head][0], items), result[head][1])
    if number is not None:
        result.append(number)
    return result


_LABEL_WORDS = 3
_CLAUSE_OPENERS = frozenset({"they", "it", "we", "these", "those", "this", "he", "she", "its",
                             "their", "the", "our", "them"})


def _label_only(lead: str) -> bool:
    """A lead that is a heading of a few words ("Key takeaways:", "Highlights:", "What
    happened:") rather than a clause its items complete ("Its customers include:", "They
    covered:"): its longer items are points of their own."""
    words = [singular(w.lower()) for w in _WORD.findall(lead)]
    leads = word_sets()["list_lead_words"]
    return 0 < len(words) <= _LABEL_WORDS and not any(
        w in _CLAUSE_OPENERS or w in leads for w in words)


def _list_item(sentence: str, unmarked: bool) -> str:
    """The item a line after a colon lists, or "": a short bullet line without a colon of its
    own, or (``unmarked``) a short line with no bullet and no stop at its end."""
    bullet = _BULLET.match(sentence)
    if bullet:
        item = sentence[bullet.end():].strip().rstrip(".;,").strip()
        # "- Battery parts: 25% in 2024" names a field and its value, not one item of the list
        return item if len(item.split()) <= _MAX_BULLET_WORDS and ":" not in item else ""
    item = sentence.strip()
    if unmarked and item[-1:] not in ".!?:" and len(item.split()) <= _MAX_NAME_WORDS:
        return item.rstrip(";,").strip()
    return ""


def _joined(head: str, items: list[str]) -> str:
    # "and" before the last of short names, as a writer would put it, so that they group as one
    # list; lines that read as clauses keep only commas
    named = len(items) > 1 and all(len(i.split()) <= _MAX_NAME_WORDS and "," not in i
                                   for i in items)
    # items with commas of their own ("dysprosium, used in motors") are parted by semicolons,
    # so that one item's comma is not read as the border of the next
    parted = "; " if all("," in i for i in items) else ", "
    listed = ", ".join(items[:-1]) + " and " + items[-1] if named else parted.join(items)
    return f"{head} {listed}"


def _initialism(tokens: list[Token], gaps: list[str]) -> bool:
    """The full stop closes "U.S." or "U.K." before a lower-case word ("U.S. and EU sanctions"):
    no break. Before a capital it stays, so that "U.S." does not join the name after it."""
    return len(tokens) >= 2 and gaps[-1] == "." and all(
        len(t.text) == 1 and t.text.isupper() for t in tokens[-2:])


class _Singulars(dict[str, str]):
    """``singular`` of each word seen, worked out once: most words come back in every article."""

    def __missing__(self, word: str) -> str:
        if len(self) >= 200_000:  # a bound on the memory it holds
            self.clear()
        value = self[word] = singular(word)
        return value


_SINGULARS = _Singulars()


def make_view(index: int, text: str, paragraph: int = 0) -> SentenceView:
    found = _GAP_WORD.findall(text)
    tokens: list[Token] = []
    gaps: list[str] = []
    add_token, add_gap = tokens.append, gaps.append
    end = 0
    for between, word in found:
        if between == " " or not between or not tokens:  # the most words: one space before
            add_gap("")
        else:
            gap = between.strip()
            # "TOYOTA CITY - Toyota": a spaced hyphen is a dash, not a compound
            add_gap("—" if gap == "-" and between != "-" else
                    "" if gap == "." and word.islower() and _initialism(tokens, gaps) else gap)
        start = end + len(between)
        end = start + len(word)
        add_token(Token(word, start, end))
    words = list(map(_SINGULARS.__getitem__, [word for _, word in found]))
    return SentenceView(index, text, tokens, words, gaps, paragraph=paragraph)


def run(ctx: ArticleContext) -> None:
    lexicon = ctx.lexicon

    def is_place(text: str) -> bool:
        key = norm_phrase(text)
        surface = lexicon.surfaces.get(key)
        return key in lexicon.places or (surface is not None
                                         and surface.entry.label is Label.COUNTRY)

    sentences = story(sentence_paragraphs(ctx.doc.text), is_place)
    ctx.sentences = [make_view(i, line.text, line.paragraph) for i, line in enumerate(sentences)]
    ctx.datelines = {i for i, line in enumerate(sentences) if line.dateline}
