"""The schema of ``patterns/modality.yaml``: each cue's words, effect, reach and examples.

Kept apart from the modality stage, which is compiled in the fast build (pydantic models are
not).
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from rekg.schema import RelType


class CueExamples(BaseModel):
    model_config = ConfigDict(extra="forbid")
    apply: list[str] = Field(min_length=1)
    not_apply: list[str] = Field(default_factory=list)


class CueException(BaseModel):
    """Phrases in which the cue word says something else: "not only", or for restrictions
    "shall not be permitted" (a prohibition, not a negation)."""
    model_config = ConfigDict(extra="forbid")
    words: list[str] = Field(min_length=1)
    relations: list[RelType] = Field(default_factory=list)


class CueSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str = Field(pattern=r"^modality\.[a-z_-]+$")
    words: list[str] = Field(min_length=1)
    inflect: str | None = Field(default=None, pattern="^verb$")
    effect: str = Field(pattern="^(drop|status)$")
    status: str | None = Field(default=None,
                               pattern="^(announced|in_force|alleged|suspended|lifted)$")
    relations: list[RelType] = Field(default_factory=list)
    window: int = Field(default=6, ge=0, le=99)
    before: int | None = Field(default=None, ge=0, le=99)  # reach before the fact; default window
    # reach measured from; measure: only before the fact's restriction ("aims to ban");
    # subject: in the verb group of the fact's subject or before its clause; tail: in the
    # sentence's last comma clause, after the fact ("..., sources said") (modality_claim)
    around: str = Field(default="fact", pattern="^(fact|target|measure|subject|tail)$")
    # found apart from the sentence's other cues (apart_cues), seen by this stage alone
    apart: bool = False
    # imposer: the cue disclaims for the measure's imposer in every sentence of the article
    # seller: the supply the cue halts ends in every sentence of the article
    scope: str = Field(default="sentence", pattern="^(sentence|imposer|seller)$")
    unless: list[CueException] = Field(default_factory=list)
    # clause: the cue does not reach over ":", ";" or ", but" to the fact
    clause: bool = False
    # contrast: after a comma (", not from The Hague,") the cue speaks only up to the next comma
    contrast: bool = False
    # cue phrases that do not apply when the sentence gives a start date ("from September 15")
    dated: list[str] = Field(default_factory=list)
    # words that, between a cue and the fact after it, open another clause the cue does not reach
    stops: list[str] = Field(default_factory=list)
    # own_clause: a cue after the fact does not reach back over a comma or "and" ("X, the
    # largest producer of Y, is building a plant": the apposition states what is, not what is
    # planned), nor a cue before it forward over ", and" ("A is developing projects, and B
    # recovers scandium")
    own_clause: bool = False
    # the cue speaks of the fact only with the fact's measure at most this many words after it
    measure_after: int | None = Field(default=None, ge=0, le=9)
    examples: CueExamples


class ModalityFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    cues: list[CueSpec] = Field(min_length=1)
