"""An "it" that stands for no party, for the coreference stage: the dummy subject of a clause
put after the verb ("It is expected that prices will rise", "It was reported that ...", "It
remains to be seen whether ...", "It seems that ...", "It takes years to build a mine").
Such an "it" must not take the company or country in focus.
"""

from __future__ import annotations

from rekg.extract.context import SentenceView

# The words of a view are singular forms: "seems" is "seem", "takes" "take", "years" "year".
_BE = frozenset({"is", "was", "'s", "has", "had", "been", "being", "be", "will", "would",
                 "may", "might", "could", "remain", "remained", "seem", "seemed", "appear",
                 "appeared", "not", "now", "also", "widely", "generally", "still", "already"})
# A participle that, after "it is", announces the clause the "it" stands for.
_CLAIMED = frozenset({"expected", "estimated", "believed", "thought", "reported", "said",
                      "feared", "hoped", "understood", "known", "assumed", "rumoured",
                      "rumored", "anticipated", "projected", "forecast", "argued", "alleged",
                      "claimed", "suggested", "likely", "unlikely", "clear",
                      "unclear", "possible", "impossible", "uncertain", "doubtful",
                      "worth"})
# "to" is left out: "it is expected to start output" speaks of the company.
_OPENING = frozenset({"that", "whether", "if", "how", "when", "why"})
_RAISING = frozenset({"seem", "seemed", "appear", "appeared", "remain", "remained"})
_TAKING = (["take"], ["took"], ["will", "take"], ["can", "take"], ["could", "take"],
           ["would", "take"], ["may", "take"])
_SPANS = frozenset({"year", "month", "decade", "time", "week", "while"})


def dummy_subject(view: SentenceView, i: int) -> bool:
    """Whether the "it" at ``i`` is a dummy subject standing for a clause after the verb."""
    low = view.words
    if low[i] != "it" or i + 2 >= len(low):
        return False
    following = low[i + 1:i + 6]
    if following[0] in _RAISING and (following[1] in _OPENING | {"unclear", "uncertain"}
                                     or following[1:4] == ["to", "be", "seen"]):
        return True  # "it seems that", "it remains unclear", "it remains to be seen"
    if following[:1] in _TAKING or following[:2] in _TAKING:  # "it takes years to build"
        return not _SPANS.isdisjoint(following[1:4])
    k = i + 1
    while k < len(low) and low[k] in _BE and k - i <= 4:
        k += 1
    if k == i + 1 or k >= len(low) or low[k] not in _CLAIMED:
        return False
    return k + 1 < len(low) and low[k + 1] in _OPENING
