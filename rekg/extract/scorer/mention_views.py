"""Where training gets its mentions: the pipeline's mention stage when it is there.

The scorer must be trained on the mentions the pipeline produces at run time, so
``mention_source()`` prefers ``rekg.extract.pipeline.mentions_for``; the older lexicon and cue
mentions of ``rekg.loaders.mentions`` (with restriction triggers from the lexicon) stand in
until then.
"""

from __future__ import annotations

import importlib
from functools import cache

from rekg.extract.context import SentenceView
from rekg.extract.scorer.corpus import MentionSource, MentionView, SentenceMentions, match_key
from rekg.loaders.document import Document
from rekg.loaders.lexicon import Lexicon, load_lexicon
from rekg.loaders.mentions import Sentence, lexicon_mentions, make_sentence, rule_mentions
from rekg.loaders.text import split_sentences

_LIST_GLUE = frozenset({",", "and", "or", ", and", ", or", "as well as", "&", "/"})


def mention_source() -> MentionSource:
    """The pipeline's mention stage, or the older mentions while the pipeline lacks one."""
    try:
        pipeline = importlib.import_module("rekg.extract.pipeline")
    except ImportError:
        return legacy_sentences
    mentions_for = getattr(pipeline, "mentions_for", None)
    if mentions_for is None:
        return legacy_sentences

    def pipeline_sentences(doc: Document) -> list[SentenceMentions]:
        return [views_of(sentence) for sentence in mentions_for(doc)]

    return pipeline_sentences


def views_of(sentence: SentenceView) -> SentenceMentions:
    """Training's view of one sentence that the pipeline's mention stages have filled, with
    the mentions and cues that the candidates stage gives the scorer at run time."""
    from rekg.extract.modality import find_cues

    mentions = tuple(
        MentionView(m.start, m.end, m.label.value, m.kind, m.in_list,
                    frozenset({match_key(m.surface), match_key(m.name)}))
        for m in sorted(sentence.mentions, key=lambda m: (m.start, m.end)) if m.form != "place")
    cues = tuple(sorted({c.name for c in find_cues(sentence) if c.start >= 0}))
    return SentenceMentions(tuple(sentence.words), mentions, cues)


def _restriction_triggers(sentence: Sentence, lexicon: Lexicon) -> list[tuple[int, int, str]]:
    taken = {k for m in sentence.mentions for k in range(m.start, m.end)}
    low = sentence.low
    found = []
    i = 0
    while i < len(low):
        size = min(lexicon.restriction_first.get(low[i], 0), len(low) - i)
        while size > 0:
            key = tuple(low[i:i + size])
            if key in lexicon.restriction_phrases and taken.isdisjoint(range(i, i + size)):
                found.append((i, i + size, lexicon.restriction_phrases[key]))
                break
            size -= 1
        i += max(size, 1)
    return found


def _glue(sentence: Sentence, end: int, start: int) -> str:
    tokens = sentence.tokens
    return " ".join(sentence.text[tokens[end - 1].end:tokens[start].start].split())


@cache
def _legacy_lexicon() -> Lexicon:
    return load_lexicon()


def legacy_sentences(doc: Document) -> list[SentenceMentions]:
    lexicon = _legacy_lexicon()
    result = []
    for index, (a, b) in enumerate(split_sentences(doc.text)):
        sentence = make_sentence(index, doc.text[a:b])
        if not sentence.tokens:
            continue
        lexicon_mentions(sentence, lexicon, {})
        sentence.mentions.extend(rule_mentions(sentence, lexicon))
        spans: list[tuple[int, int, str, str | None, frozenset[str]]] = []
        for m in sentence.mentions:
            keys = {match_key(m.surface)}
            kind = None
            if m.entry is not None:
                keys.add(match_key(m.entry.name))
                raw_kind = m.entry.properties.get("kind") or m.entry.properties.get("sector")
                kind = str(raw_kind) if raw_kind else None
            spans.append((m.start, m.end, m.label.value, kind, frozenset(keys)))
        for start, end, kind in _restriction_triggers(sentence, lexicon):
            spans.append((start, end, "Restriction", kind,
                          frozenset({match_key(sentence.span_text(start, end))})))
        spans.sort()
        in_list = [False] * len(spans)
        for k in range(1, len(spans)):
            previous, current = spans[k - 1], spans[k]
            if previous[2] == current[2] and previous[1] <= current[0] and \
                    _glue(sentence, previous[1], current[0]) in _LIST_GLUE:
                in_list[k - 1] = in_list[k] = True
        mentions = tuple(MentionView(s, e, label, kind, in_list[k], keys)
                         for k, (s, e, label, kind, keys) in enumerate(spans))
        result.append(SentenceMentions(tuple(sentence.low), mentions))
    return result
