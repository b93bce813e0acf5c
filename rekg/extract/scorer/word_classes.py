"""The classes of words the scorer's features count: negation, modal, hedge and "lifted" cue
words, and the word classes of ``patterns/words.yaml`` ("rely_verbs", "produce_verbs"...) that
name a relation rather than build mentions."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

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
CUE_WORDS = (("neg", NEGATION), ("modal", MODAL), ("hedge", HEDGE), ("lifted", LIFTED))

# Word sets that build mentions or pad patterns, not cues of a relation.
_NOT_CUES = frozenset({"filler", "product_heads", "material_heads", "generic_heads", "np_skip",
                       "org_suffixes", "org_prefixes", "name_particles", "covered_countries",
                       "list_stops", "pause_verbs", "work_nouns", "verb_auxiliaries",
                       "cross_openers", "price_nouns", "price_links",
                       "buyer_nouns", "reporting_verbs", "clause_joins",
                       "contain_verbs", "vendor_nouns",
                       "inquiry_nouns", "np_skip_degree", "np_skip_events",
                       "verb_subjects", "perfect_auxiliaries", "figure_before",
                       "figure_after", "figure_objects", "to_prepositions",
                       "discourse_openers", "class_heads", "class_adjective_endings",
                       "ambiguous_metals", "alloying_words", "np_skip_acts",
                       "np_skip_judging", "know_how_nouns", "link_leads",
                       # moved from agreement_verbs.py after the weights were fitted
                       "deal_past_verbs", "deal_trade_verbs", "deal_subject_gap_words",
                       "deal_object_end_words", "deal_earlier_words",
                       # modality sets added after the weights were fitted
                       "threat_words", "carried_out", "told_to_come", "measure_changed",
                       "measure_exceptions", "relocation_cues", "former_seat_cues"})


@cache
def class_index() -> dict[str, tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]]:
    """First word -> (phrase, word classes of words.yaml it belongs to), longest first."""
    from rekg.extract.patterns import word_sets

    by_phrase: dict[tuple[str, ...], set[str]] = {}
    for name, word_set in word_sets().items():
        if name not in _NOT_CUES:
            for phrase in word_set.phrases:
                by_phrase.setdefault(phrase, set()).add(name)
    index: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
    for phrase, names in sorted(by_phrase.items(), key=lambda item: (-len(item[0]), item[0])):
        index.setdefault(phrase[0], []).append((phrase, tuple(sorted(names))))
    return {word: tuple(found) for word, found in index.items()}


def word_classes(words: Sequence[str]) -> tuple[tuple[str, ...], ...]:
    """Per token, the word classes of the longest phrase that covers it from its start."""
    index = class_index()
    classes: list[tuple[str, ...]] = [()] * len(words)
    n = len(words)
    for i, word in enumerate(words):
        for phrase, names in index.get(word, ()):
            size = len(phrase)
            if i + size <= n and (size == 1 or tuple(words[i:i + size]) == phrase):
                for k in range(i, i + size):
                    classes[k] = tuple(sorted({*classes[k], *names})) if classes[k] else names
                break
    return tuple(classes)
