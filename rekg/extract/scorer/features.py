"""The features of one candidate pair: strings that the linear models weigh.

Features are mostly ones that transfer to phrasings the corpus lacks: the word classes of
``patterns/words.yaml`` ("rely_verbs", "produce_verbs"...) standing between and around the pair
rather than the words themselves, distance, order, lists, sentence shape and negation or modal
cues. Words are stemmed crudely ("uses", "used", "using" -> "us") so that a trigger seen in one
inflection counts for the others; words inside other mentions are replaced by their label, so
"magnets for electric vehicles and wind turbines" generalises beyond the names it saw.
Features that depend on direction carry the order (S: source first, T: target first).
Features come in named groups (``ALL_GROUPS``); a weights file names the groups it was trained
with and scoring computes those. Bump ``FEATURE_VERSION`` whenever a feature of an existing
group changes: the weights then no longer fit.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from rekg.extract.scorer.buckets import COUNTS, LENGTHS, distance_bucket, size_bucket
from rekg.extract.scorer.word_classes import CUE_WORDS, word_classes


# Not frozen (one per candidate pair: a frozen dataclass costs twice as much to make), but
# hashable like one: treat it as read-only.
@dataclass(slots=True, unsafe_hash=True)
class PairInput:
    """One ordered candidate pair in one sentence, as the candidates stage sees it."""

    words: tuple[str, ...]  # lower-cased singular words of the sentence
    source: tuple[int, int]  # token span [start, end) of the source mention
    target: tuple[int, int]
    source_label: str  # a Label value; restriction triggers ("ban", "tariff") are "Restriction"
    target_label: str
    source_kind: str | None  # lexicon kind (element, magnet, sector...) or None
    target_kind: str | None
    in_list_source: bool  # the mention is one item of a coordinated list
    in_list_target: bool
    cues: tuple[str, ...] = ()  # modality cue names (negation, hedge, modal...)
    # (start, end, label) of the sentence's other mentions; it may also hold the pair's own
    # two, so that one tuple of all the mentions serves every pair of the sentence
    others: tuple[tuple[int, int, str], ...] = ()
    # features the pair's generator adds: a cross-sentence pair says how the sentences join
    extra: tuple[str, ...] = ()


FEATURE_VERSION = 10


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


Span = tuple[int, int, str]  # (start, end, label) of a mention

BETWEEN_WINDOW = 3  # words between taken from each end (measured on dev: more overfits)
SHORT_GAP = 6  # up to this many tokens between, the whole masked sequence is one feature
_LIST_GLUE = frozenset({"and", "or", "nor", "as", "well", "plus", "also"})
_GLUE_STEMS = frozenset(stem(w) for w in _LIST_GLUE)
_N_BETWEEN = tuple(f"n_between:{k}" for k in range(4))


_CLAUSE = frozenset({"which", "that", "who", "whose", "while", "whereas", "but", "although",
                     "though", "because", "after", "before", "when", "where"})
CUE_WINDOW = 3  # words before the first mention and after the second whose classes count


@dataclass(frozen=True, slots=True)
class SentenceInfo:
    """What the pairs of one sentence share: per token its stem, or the label of the mention
    that starts there ("" inside a mention), and where the cue words are."""

    stems: tuple[str, ...]
    masked: tuple[str, ...]  # the stem, "<Label>" where a mention starts, "" inside one
    labels: tuple[str, ...]  # the label of the mention starting at each token, else ""
    cover: tuple[str, ...]  # the label of the mention covering each token, else ""
    cues: tuple[tuple[str, tuple[int, ...]], ...]  # (cue name, positions), present cues only
    classes: tuple[tuple[str, ...], ...] = ()  # per token, its word classes (words.yaml)
    shape: tuple[str, ...] = ()  # features of the whole sentence


def mention_spans(pair: PairInput) -> tuple[Span, ...]:
    """All the mentions of the pair's sentence, in order, once each: the pair's two and the
    others (which may or may not repeat the pair's two)."""
    return tuple(sorted(span_set(pair)))


def span_set(pair: PairInput) -> frozenset[Span]:
    return frozenset(((*pair.source, pair.source_label), (*pair.target, pair.target_label),
                      *pair.others))


def sentence_info(words: Sequence[str], spans: Sequence[Span],
                  groups: frozenset[str] | None = None) -> SentenceInfo:
    stems = [stem(w) for w in words]
    masked = list(stems)
    labels = [""] * len(words)
    cover = [""] * len(words)
    k = 0
    for start, end, label in spans:  # sorted; a span inside an earlier one is skipped
        # an unsaid mention (no width, focus_subject.py) stands before its word: it masks none
        if start < k or end > len(words) or end == start:
            continue
        masked[start] = f"<{label}>"
        labels[start] = label
        masked[start + 1:end] = [""] * (end - start - 1)
        cover[start:end] = [label] * (end - start)
        k = end
    cues = []
    present = set(words)
    for name, lexicon in CUE_WORDS:
        if not lexicon.isdisjoint(present):
            cues.append((name, tuple(i for i, w in enumerate(words) if w in lexicon)))
    groups = DEFAULT_GROUPS if groups is None else groups
    shape: tuple[str, ...] = ()
    if "shape" in groups:
        n_mentions = sum(1 for label in labels if label)
        shape = (f"slen:{size_bucket(len(words), LENGTHS)}",
                 f"nm:{size_bucket(n_mentions, COUNTS)}")
    return SentenceInfo(tuple(stems), tuple(masked), tuple(labels), tuple(cover), tuple(cues),
                        word_classes(words) if "class" in groups else (), shape)


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


@lru_cache(maxsize=4096)
def _fixed(sl: str, tl: str, sk: str | None, tk: str | None, order: str, bucket: str,
           lists: int) -> tuple[str, ...]:
    """The features that depend on labels, kinds, order, distance and lists only."""
    feats = [f"pair:{sl}>{tl}", f"sk:{sl}:{sk}", f"tk:{tl}:{tk}", "ord:" + order,
             "dist:" + bucket, f"ord_dist:{order}{bucket}"]
    if lists & 1:
        feats.append("list:S")
    if lists & 2:
        feats.append("list:T")
    if lists & 3 == 3:
        feats.append("list:both")
    if lists & 4:
        feats.append("via_list")
    return tuple(feats)


_PREFIXES = {order: {kind: f"{kind}:{order}:" for kind in (
    "ob", "bf", "bl", "bseq", "l1", "r1", "cb", "cf", "cl", "cL", "cR")} for order in "ST"}

# Feature groups. "lex" (the words between and beside the pair) fits the training articles'
# phrasings closely; "class" (word classes of words.yaml between and around the pair), "shape"
# (sentence length, mentions, clauses) and "near" (cues next to the pair) are meant to transfer.
# Weights without a list of groups were trained on DEFAULT_GROUPS.
DEFAULT_GROUPS = frozenset({"lex", "head", "cue"})
ALL_GROUPS = frozenset({"lex", "head", "cue", "class", "shape", "near"})


def pair_features(pair: PairInput, info: SentenceInfo | None = None,
                  groups: frozenset[str] = DEFAULT_GROUPS) -> list[str]:
    """Every feature of ``pair``; the same function serves training and scoring. ``info``
    (``sentence_info(pair.words, mention_spans(pair))``) may be shared by pairs whose sentence
    and mentions are the same."""
    fixed, rest = feature_parts(pair, info, groups)
    return [*fixed, *rest]


def feature_parts(pair: PairInput, info: SentenceInfo | None = None,
                  groups: frozenset[str] = DEFAULT_GROUPS) -> tuple[tuple[str, ...], list[str]]:
    """The features of ``pair`` in two parts: those fixed by labels, kinds, order, distance
    and lists (one shared tuple per combination, so a model can cache their sum), and the rest.
    """
    if info is None:
        info = sentence_info(pair.words, mention_spans(pair), groups)
    stems, masked_all = info.stems, info.masked
    (s_start, s_end), (t_start, t_end) = pair.source, pair.target
    sl, tl = pair.source_label, pair.target_label
    if s_start <= t_start:
        order, first_start, first_end, second_start, second_end = (
            "S", s_start, s_end, t_start, t_end)
        first_list, second_list, first_label, second_label = (
            pair.in_list_source, pair.in_list_target, sl, tl)
    else:
        order, first_start, first_end, second_start, second_end = (
            "T", t_start, t_end, s_start, s_end)
        first_list, second_list, first_label, second_label = (
            pair.in_list_target, pair.in_list_source, tl, sl)
    prefix = _PREFIXES[order]

    # A list on either side counts as one unit: "magnets rely on neodymium, praseodymium and
    # dysprosium" puts "rely on" between the magnets and each of the three.
    lo, hi = first_end, second_start
    cover = info.cover
    if second_list:
        while hi > lo and (cover[hi - 1] == second_label
                           or (not cover[hi - 1] and stems[hi - 1] in _GLUE_STEMS)):
            hi -= 1
    if first_list:
        while lo < hi and (cover[lo] == first_label
                           or (not cover[lo] and stems[lo] in _GLUE_STEMS)):
            lo += 1
    lists = pair.in_list_source + 2 * pair.in_list_target \
        + (4 if (lo, hi) != (first_end, second_start) else 0)
    fixed = _fixed(sl, tl, pair.source_kind, pair.target_kind, order, distance_bucket(hi - lo),
                   lists)
    feats = [f"sh:{sl}:{stems[s_end - 1]}", f"th:{tl}:{stems[t_end - 1]}"] \
        if "head" in groups else []

    # The words between (other mentions masked by their label): a few from each end, the
    # first and the last, and the whole sequence when it is short.
    if "lex" in groups:
        if hi - lo <= 2 * BETWEEN_WINDOW:
            near = [m for m in masked_all[lo:hi] if m]
        else:
            near = [m for m in masked_all[lo:lo + BETWEEN_WINDOW] if m]
            near.extend([m for m in masked_all[hi - BETWEEN_WINDOW:hi] if m])
        if near:
            ob = prefix["ob"]
            # each word once, in text order: a set's order would follow the hash seed, and
            # with it the last bits of the score's sum
            feats.extend(dict.fromkeys([ob + m for m in near]))
            feats.append(prefix["bf"] + near[0])
            feats.append(prefix["bl"] + near[-1])
        if hi - lo <= SHORT_GAP:
            feats.append(prefix["bseq"] + "_".join(near))
    between = info.labels[first_end:second_start]
    mentions_between = len(between) - between.count("")
    if mentions_between:
        if sl in between:
            feats.append("same_between:S")
        if tl in between:
            feats.append("same_between:T")
    feats.append(_N_BETWEEN[min(mentions_between, 3)])

    # The word on each side of the pair (of the whole list when an end is a list item).
    left, right, n = first_start - 1, second_end, len(stems)
    if first_list:
        while left >= 0 and (cover[left] == first_label
                             or (not cover[left] and stems[left] in _GLUE_STEMS)):
            left -= 1
    if second_list:
        while right < n and (cover[right] == second_label
                             or (not cover[right] and stems[right] in _GLUE_STEMS)):
            right += 1
    if "lex" in groups:
        feats.append(prefix["l1"] + (stems[left] if left >= 0 else "^"))
        feats.append(prefix["r1"] + (stems[right] if right < n else "$"))

    # Word classes between the two (the first and last class-bearing word apart), and just
    # before the pair and after it: "X, which relies on Y" and "Y, used in X" alike.
    if "class" in groups:
        classes = info.classes
        inner = [c for c in classes[lo:hi] if c]
        if inner:
            cb = prefix["cb"]
            feats.extend(dict.fromkeys(cb + name for c in inner for name in c))
            feats.extend(prefix["cf"] + name for name in inner[0])
            feats.extend(prefix["cl"] + name for name in inner[-1])
        else:
            feats.append(prefix["cb"] + "-")
        cl, cr = prefix["cL"], prefix["cR"]
        before = classes[max(0, left - CUE_WINDOW + 1):left + 1]
        feats.extend(dict.fromkeys(cl + name for c in before for name in c))
        feats.extend(dict.fromkeys(cr + name for c in classes[right:right + CUE_WINDOW]
                                   for name in c))
    if "shape" in groups:
        feats.extend(info.shape)
        if left < 0:
            feats.append("opens_sentence")
        if not _CLAUSE.isdisjoint(pair.words[lo:hi]):
            feats.append(prefix["cb"] + "clause")

    # Negation, modality and hedges: in the sentence, and between the two mentions.
    if "cue" in groups:
        close = "near" in groups
        for name, positions in info.cues:
            feats.append("cue_s:" + name)
            for p in positions:
                if first_end <= p < second_start:
                    feats.append("cue_b:" + name)
                    if close and any(hi - CUE_WINDOW <= p < hi for p in positions):
                        feats.append("cue_t:" + name)  # "..., excluding holmium and erbium"
                    break
            else:
                if close and any(left - CUE_WINDOW < p <= left for p in positions):
                    feats.append("cue_l:" + name)
        if pair.cues:
            feats.extend(["cue:" + cue for cue in pair.cues])
    if pair.extra:
        feats.extend(pair.extra)
    return fixed, feats
