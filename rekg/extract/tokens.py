"""Stage 1: sentences and tokens, with the words normalised and the punctuation between them.

A line ending in a colon followed by short bullet lines is read as one sentence whose list
items are separated by commas, so "the controls cover:" and its bullets form one list.
"""

from __future__ import annotations

import re

from rekg.extract.context import ArticleContext, SentenceView
from rekg.loaders.text import _WORD, Token, singular, split_sentences

_BULLET = re.compile(r"^\s*(?:[-•*–]|\d+[.)])\s+")
_MAX_BULLET_WORDS = 12
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
# (text before the token, the token): the leftmost token each time, as a scan for tokens finds
# it, without a match object per token. Tokens are words and "%": "90% of" is a share, and a
# "%" left in the punctuation between words would read as a break.
_GAP_WORD = re.compile(rf"(.*?)({_WORD.pattern}|%)", re.DOTALL)


def sentence_texts(text: str) -> list[str]:
    """The article's sentences, with short bullet lists folded into the line that opens them."""
    return [sentence for sentence, _ in sentence_paragraphs(text)]


def sentence_paragraphs(text: str) -> list[tuple[str, int]]:
    """``sentence_texts`` with the paragraph (blocks apart by a blank line) of each."""
    result: list[tuple[str, int]] = []
    open_list = False
    paragraph, seen = 0, 0
    for start, end in split_sentences(text):
        paragraph += len(_BLANK_LINE.findall(text, seen, start))
        seen = start
        sentence = text[start:end]
        bullet = _BULLET.match(sentence)
        item = sentence[bullet.end():].strip().rstrip(".;,").strip() if bullet else ""
        if bullet and open_list and len(item.split()) <= _MAX_BULLET_WORDS:
            head = result[-1][0]
            result[-1] = (f"{head} {item}" if head.endswith(":") else f"{head}, {item}",
                          result[-1][1])
            continue
        result.append((sentence, paragraph))
        open_list = sentence.rstrip().endswith(":")
    return result


def _initialism(tokens: list[Token], gaps: list[str]) -> bool:
    """The full stop closes "U.S." or "U.K." before a lower-case word ("U.S. and EU sanctions"):
    no break. Before a capital it stays, so that "U.S." does not join the name after it."""
    return len(tokens) >= 2 and gaps[-1] == "." and all(
        len(t.text) == 1 and t.text.isupper() for t in tokens[-2:])


def make_view(index: int, text: str, paragraph: int = 0) -> SentenceView:
    tokens: list[Token] = []
    gaps: list[str] = []
    end = 0
    for between, word in _GAP_WORD.findall(text):
        if between and tokens:
            gap = between.strip()
            # "TOYOTA CITY - Toyota": a spaced hyphen is a dash, not a compound
            gaps.append("—" if gap == "-" and between != "-" else
                        "" if gap == "." and word.islower() and _initialism(tokens, gaps)
                        else gap)
        else:
            gaps.append("")
        start = end + len(between)
        end = start + len(word)
        tokens.append(Token(word, start, end))
    return SentenceView(index, text, tokens, [singular(t.text) for t in tokens], gaps,
                        paragraph=paragraph)


def run(ctx: ArticleContext) -> None:
    ctx.sentences = [make_view(i, s, p)
                     for i, (s, p) in enumerate(sentence_paragraphs(ctx.doc.text))]
