"""The extraction pipeline: the order of the stages, written once.

tokens -> list leads -> mentions -> name memory -> bare kinds -> coreference -> bare
concentrates -> bare forms -> unsaid subjects -> candidates -> compound inputs -> host
ores -> use nouns -> colon members -> frames (restrictions) -> agreements -> owners named in
appositions -> modality ->
facts denied elsewhere -> quota goods -> deals sought -> stance holders -> shared subjects ->
site countries -> dependency cycles -> made-with ends -> fragment.
Each stage reads and extends the one ``ArticleContext``; no stage reaches back up.
"""

from __future__ import annotations

from collections.abc import Callable

from rekg.extract import (
    bare_concentrate,
    bare_forms,
    bare_kinds,
    coreference,
    focus_subject,
    list_leads,
    mentions,
    name_memory,
    tokens,
)
from rekg.extract.context import ArticleContext, SentenceView
from rekg.loaders.document import Document
from rekg.loaders.lexicon import Lexicon, load_lexicon

Stage = Callable[[ArticleContext], None]

MENTION_STAGES: tuple[Stage, ...] = (tokens.run, list_leads.run, mentions.run, name_memory.run,
                                     bare_kinds.run, coreference.run, bare_concentrate.run,
                                     bare_forms.run, focus_subject.run)


def stages() -> tuple[Stage, ...]:
    from rekg.extract import (
        agreement_sought,
        agreements,
        candidates,
        colon_members,
        compound_inputs,
        dependency_cycles,
        fragment,
        frames,
        host_ores,
        made_with,
        modality,
        owner_appositions,
        quota_goods,
        refused_elsewhere,
        shared_subject,
        site_countries,
        stance_holders,
        use_nouns,
    )

    return (*MENTION_STAGES, candidates.run, compound_inputs.run, host_ores.run,
            use_nouns.run, colon_members.run, frames.run, agreements.run,
            owner_appositions.run, modality.run,
            refused_elsewhere.run, quota_goods.run, agreement_sought.run, stance_holders.run,
            shared_subject.run, site_countries.run, dependency_cycles.run,
            made_with.refuse_dependencies, fragment.run)


def run(doc: Document, lexicon: Lexicon | None = None) -> ArticleContext:
    ctx = ArticleContext(doc, lexicon or load_lexicon())
    for stage in stages():
        stage(ctx)
    return ctx


def mentions_for(doc: Document, lexicon: Lexicon | None = None) -> list[SentenceView]:
    """The sentences of ``doc`` with their mentions, after coreference (for the scorer)."""
    ctx = ArticleContext(doc, lexicon or load_lexicon())
    for stage in MENTION_STAGES:
        stage(ctx)
    return ctx.sentences
