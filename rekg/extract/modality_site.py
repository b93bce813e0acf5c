"""Part of the modality stage: a plan that names an existing site as its place does not make
that site's output planned. In "Alcoa will build a gallium unit at its alumina refinery" the
gallium is to come, the alumina is made now; so too "at Alcoa's Wagerup alumina refinery", the
site named."""

from __future__ import annotations

from rekg.extract.context import Cue, Fact, SentenceView
from rekg.extract.patterns import word_sets
from rekg.schema import RelType

_AT = frozenset({"at", "beside", "alongside"})
_OWN = frozenset({"its", "their", "the", "company", "group", "'s", "existing", "current"})
_NEW = frozenset({"planned", "proposed", "new", "future", "upcoming", "second", "first"})


def existing_site(view: SentenceView, cue: Cue, fact: Fact) -> bool:
    """The fact's item names the producer's own site a planned work stands at: "at its alumina
    refinery"."""
    if fact.rel is not RelType.PRODUCES or cue.name not in ("prospective", "site-prospective"):
        return False
    sets = word_sets()
    words, target = view.words, fact.target
    if cue.name == "site-prospective" and any(
            w in ("its", "their", "'s") for w in words[max(0, target.start - 2):target.start]):
        return True  # "to be built by X alongside its alumina operations", "at X's alumina
        # refinery": what X owns now
    k = target.end
    while k < len(words) and words[k] in sets["site_steps"].singles:
        k += 1
    if k >= len(words) or words[k] not in sets["site_nouns"].singles:
        return False
    j, owners = target.start, set()
    while j > 0:
        owner = next((m for m in view.mentions if m.end == j and m.start < j), None)
        if owner is not None and owner.start < target.start:
            owners.add(owner.node_id)
            j = owner.start
        elif words[j - 1] in _OWN or words[j - 1] in _NEW:
            j -= 1
            if words[j] in _NEW:
                return False
        elif j == target.start and j > 1 and view.tokens[j - 1].text[:1].isupper() \
                and not view.gaps[j - 1] and not any(m.start < j <= m.end for m in view.mentions):
            j -= 1  # the site's own name: "at Alcoa's Wagerup alumina refinery"
        else:
            break
    # the site must be the producer's own: "at its refinery", "at Alcoa's refinery"
    return j > 0 and words[j - 1] in _AT and cue.end <= j - 1 and fact.source.node_id in owners
