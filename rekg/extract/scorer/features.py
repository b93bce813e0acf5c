"""The features of one candidate pair: strings that the linear models weigh.

Words are stemmed crudely ("uses", "used", "using" -> "us") so that a trigger seen in one
inflection counts for the others; words inside other mentions are replaced by their label, so
"magnets for electric vehicles and wind turbines" generalises beyond the names it saw.
Features that depend on direction carry the order (S: source first, T: target first).
Bump ``FEATURE_VERSION`` whenever a feature changes: the weights then no longer fit.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rekg.extract.scorer.model import PairInput

FEATURE_VERSION = 5

NEGATION = frozenset({"not", "no", "never", "neither", "nor", "without", "deny", "denied",
                      "denie", "exclude", "excluded", "except", "excluding", "none", "rather",
                      "instead", "unaffected", "exempt", "spared", "cannot", "didn't", "don't",
                      "doesn't", "won't", "isn't", "wasn't", "weren't", "aren't", "hasn't",
                      "haven't"})
MODAL = frozenset({"may", "might", "could", "would", "should", "can", "plan", "planned",
                   "consider", "considering", "threaten", "threatened", "propose", "proposed",
                   "if", "unless", "possible", "potential", "potentially", "expected", "seek"})
HEDGE = frozenset({"reportedly", "allegedly", "rumour", "rumor", "speculation", "unconfirmed",
                   "report", "claim", "claimed", "suggest", "suggested"})
LIFTED = frozenset({"lift", "lifted", "suspend", "suspended", "paused", "pause", "scrap",
                    "scrapped", "removed", "eased", "ease", "waive", "waived", "halted"})
_CUE_WORDS = (("neg", NEGATION), ("modal", MODAL), ("hedge", HEDGE), ("lifted", LIFTED))
_DISTANCE_BUCKETS = ((0, "0"), (1, "1"), (2, "2"), (4, "3-4"), (7, "5-7"), (12, "8-12"),
                     (20, "13-20"))


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude suffix stem; good enough to join inflections of trigger verbs and nouns."""
    if len(word) < 3 or not word.isalpha():
        return word
    if word.endswith("ied") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("ing") and len(word) >= 5:
        word = word[:-3]
    elif word.endswith("ed") and len(word) >= 4 and word[-3] != "e":
        word = word[:-2]
    if word.endswith("e") and len(word) >= 3:
        word = word[:-1]
    return word


def distance_bucket(gap: int) -> str:
    for limit, name in _DISTANCE_BUCKETS:
        if gap <= limit:
            return name
    return "21+"


Span = tuple[int, int, str]  # (start, end, label) of a mention


@dataclass(frozen=True, slots=True)
class SentenceInfo:
    """What the pairs of one sentence share: per token its stem, or the label of the mention
    that starts there ("" inside a mention), the between-word features of both orders, and
    where the cue words are."""

    stems: tuple[str, ...]
    masked: tuple[str, ...]
    labels: tuple[str, ...]  # the label of the mention starting at each token, else ""
    cover: tuple[str, ...]  # the label of the mention covering each token, else ""
    between: dict[str, tuple[str, ...]]  # order -> "ob:<order>:<masked token>" per token
    cues: tuple[tuple[str, tuple[int, ...]], ...]  # (cue name, positions), present cues only


def mention_spans(pair: PairInput) -> tuple[Span, ...]:
    """All the mentions of the pair's sentence, in order: the pair's two and the others."""
    return tuple(sorted(((*pair.source, pair.source_label), (*pair.target, pair.target_label),
                         *pair.others)))


def sentence_info(words: Sequence[str], spans: Sequence[Span]) -> SentenceInfo:
    stems = tuple(stem(w) for w in words)
    masked = list(stems)
    labels = [""] * len(words)
    cover = [""] * len(words)
    k = 0
    for start, end, label in spans:  # sorted; a span inside an earlier one is skipped
        if start < k or end > len(words):
            continue
        masked[start] = f"<{label}>"
        labels[start] = label
        for i in range(start + 1, end):
            masked[i] = ""
        for i in range(start, end):
            cover[i] = label
        k = end
    cues = []
    for name, lexicon in _CUE_WORDS:
        positions = tuple(i for i, w in enumerate(words) if w in lexicon)
        if positions:
            cues.append((name, positions))
    between = {order: tuple(f"ob:{order}:{m}" if m else "" for m in masked) for order in "ST"}
    return SentenceInfo(stems, tuple(masked), tuple(labels), tuple(cover), between, tuple(cues))


_LIST_GLUE = frozenset({"and", "or", "nor", "as", "well", "plus", "also"})


_GLUE_STEMS = frozenset(stem(w) for w in _LIST_GLUE)


def same_list(pair: PairInput) -> bool:
    """Two items of one coordinated list ("gallium, germanium and antimony"): never related
    to each other, so neither trained on nor scored."""
    if not (pair.in_list_source and pair.in_list_target
            and pair.source_label == pair.target_label):
        return False
    first_end, second_start = (pair.source[1], pair.target[0]) \
        if pair.source[0] <= pair.target[0] else (pair.target[1], pair.source[0])
    covered: set[int] = set()
    for start, end, label in pair.others:
        if first_end <= start and end <= second_start:
            if label != pair.source_label:
                return False
            covered.update(range(start, end))
    return all(i in covered or pair.words[i] in _LIST_GLUE for i in range(first_end, second_start))


def pair_features(pair: PairInput, info: SentenceInfo | None = None) -> list[str]:
    """Every feature of ``pair``; the same function serves training and scoring. ``info``
    (``sentence_info(pair.words, mention_spans(pair))``) may be shared by pairs whose sentence
    and mentions are the same."""
    if info is None:
        info = sentence_info(pair.words, mention_spans(pair))
    stems = info.stems
    (s_start, s_end), (t_start, t_end) = pair.source, pair.target
    source_first = s_start <= t_start
    order = "S" if source_first else "T"
    if source_first:
        first_start, first_end, second_start, second_end = s_start, s_end, t_start, t_end
    else:
        first_start, first_end, second_start, second_end = t_start, t_end, s_start, s_end
    sl, tl = pair.source_label, pair.target_label
    # A list on either side counts as one unit: "magnets rely on neodymium, praseodymium and
    # dysprosium" puts "rely on" between the magnets and each of the three.
    lo, hi = first_end, second_start
    cover, glue = info.cover, _GLUE_STEMS
    if pair.in_list_target if source_first else pair.in_list_source:
        label = tl if source_first else sl
        while hi > lo and (cover[hi - 1] == label or (not cover[hi - 1]
                                                        and stems[hi - 1] in glue)):
            hi -= 1
    if pair.in_list_source if source_first else pair.in_list_target:
        label = sl if source_first else tl
        while lo < hi and (cover[lo] == label or (not cover[lo] and stems[lo] in glue)):
            lo += 1
    bucket = distance_bucket(hi - lo)
    feats = [
        f"pair:{sl}>{tl}",
        f"sk:{sl}:{pair.source_kind}",
        f"tk:{tl}:{pair.target_kind}",
        "ord:" + order,
        "dist:" + bucket,
        f"ord_dist:{order}{bucket}",
    ]
    if pair.in_list_source:
        feats.append("list:S")
        if pair.in_list_target:
            feats.append("list:both")
    if pair.in_list_target:
        feats.append("list:T")
    if (lo, hi) != (first_end, second_start):
        feats.append("via_list")
    feats.append(f"sh:{sl}:{stems[s_end - 1]}")
    feats.append(f"th:{tl}:{stems[t_end - 1]}")

    # The words between, with other mentions masked by their label.
    between = set(info.between[order][lo:hi])
    between.discard("")
    feats.extend(between)
    masked = [m for m in info.masked[lo:hi] if m]
    if masked:
        feats.append(f"bf:{order}:{masked[0]}")
        feats.append(f"bl:{order}:{masked[-1]}")
        if len(masked) >= 2:
            feats.append(f"bf2:{order}:{masked[0]}_{masked[1]}")
            feats.append(f"bl2:{order}:{masked[-2]}_{masked[-1]}")
        if len(masked) <= 5:
            feats.append(f"bseq:{order}:{'_'.join(masked)}")
    else:
        feats.append(f"bseq:{order}:")
    between_labels = [label for label in info.labels[first_end:second_start] if label]
    if between_labels:
        if sl in between_labels:
            feats.append("same_between:S")
        if tl in between_labels:
            feats.append("same_between:T")
    feats.append(f"n_between:{min(len(between_labels), 3)}")

    # A few words outside the pair.
    n = len(stems)
    feats.append(f"l1:{order}:{stems[first_start - 1] if first_start >= 1 else '^'}")
    feats.append(f"l2:{order}:{stems[first_start - 2] if first_start >= 2 else '^'}")
    feats.append(f"r1:{order}:{stems[second_end] if second_end < n else '$'}")
    feats.append(f"r2:{order}:{stems[second_end + 1] if second_end + 1 < n else '$'}")

    # Negation, modality and hedges: in the sentence, and between the two mentions.
    for name, positions in info.cues:
        feats.append("cue_s:" + name)
        if any(first_end <= p < second_start for p in positions):
            feats.append("cue_b:" + name)
    for cue in pair.cues:
        feats.append("cue:" + cue)
    return feats
