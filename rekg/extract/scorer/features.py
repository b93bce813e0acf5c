"""The features of one candidate pair: strings that the linear models weigh.

Words are stemmed crudely ("uses", "used", "using" -> "us") so that a trigger seen in one
inflection counts for the others; words inside other mentions are replaced by their label, so
"magnets for electric vehicles and wind turbines" generalises beyond the names it saw.
Features that depend on direction carry the order (S: source first, T: target first).
Bump ``FEATURE_VERSION`` whenever a feature changes: the weights then no longer fit.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rekg.extract.scorer.model import PairInput

FEATURE_VERSION = 1

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


def pair_features(pair: PairInput) -> list[str]:
    """Every feature of ``pair``; the same function serves training and scoring."""
    words = pair.words
    (s_start, s_end), (t_start, t_end) = pair.source, pair.target
    source_first = s_start <= t_start
    order = "S" if source_first else "T"
    first_start, first_end = (s_start, s_end) if source_first else (t_start, t_end)
    second_start, second_end = (t_start, t_end) if source_first else (s_start, s_end)
    sl, tl = pair.source_label, pair.target_label
    gap = max(0, second_start - first_end)
    bucket = distance_bucket(gap)
    feats = [
        f"pair:{sl}>{tl}",
        f"sk:{sl}:{pair.source_kind}",
        f"tk:{tl}:{pair.target_kind}",
        f"ord:{order}",
        f"dist:{bucket}",
        f"ord_dist:{order}{bucket}",
    ]
    if pair.in_list_source:
        feats.append("list:S")
    if pair.in_list_target:
        feats.append("list:T")
    if pair.in_list_source and pair.in_list_target:
        feats.append("list:both")

    # The words between, with other mentions masked by their label.
    masked: list[str] = []
    between_labels: list[str] = []
    k = first_end
    others = sorted(o for o in pair.others if first_end <= o[0] and o[1] <= second_start)
    for o_start, o_end, o_label in others:
        if o_start < k:
            continue
        masked.extend(stem(w) for w in words[k:o_start])
        masked.append(f"<{o_label}>")
        between_labels.append(o_label)
        k = o_end
    masked.extend(stem(w) for w in words[k:second_start])
    for token in set(masked):
        feats.append(f"b:{token}")
        feats.append(f"ob:{order}:{token}")
    if masked:
        feats.append(f"bf:{order}:{masked[0]}")
        feats.append(f"bl:{order}:{masked[-1]}")
        if len(masked) >= 2:
            feats.append(f"bf2:{order}:{masked[0]}_{masked[1]}")
            feats.append(f"bl2:{order}:{masked[-2]}_{masked[-1]}")
    if len(masked) <= 5:
        feats.append(f"bseq:{order}:{'_'.join(masked)}")
    if sl in between_labels:
        feats.append("same_between:S")
    if tl in between_labels:
        feats.append("same_between:T")
    feats.append(f"n_between:{min(len(between_labels), 3)}")

    # A few words outside the pair.
    for offset in (1, 2):
        left = first_start - offset
        right = second_end + offset - 1
        feats.append(f"l{offset}:{order}:{stem(words[left]) if left >= 0 else '^'}")
        feats.append(f"r{offset}:{order}:{stem(words[right]) if right < len(words) else '$'}")

    # Negation, modality and hedges: in the sentence, and between the two mentions.
    between_raw = words[first_end:second_start]
    for name, lexicon in (("neg", NEGATION), ("modal", MODAL), ("hedge", HEDGE),
                          ("lifted", LIFTED)):
        if not lexicon.isdisjoint(words):
            feats.append(f"cue_s:{name}")
            if not lexicon.isdisjoint(between_raw):
                feats.append(f"cue_b:{name}")
    feats.extend(f"cue:{cue}" for cue in pair.cues)
    return feats
