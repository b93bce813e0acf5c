"""The last checks of the modality stage, each over the whole article once the sentence cues
have run: measures that stop supply, output halted or ended, measures only threatened, seats
left."""

from __future__ import annotations

from rekg.extract.context import ArticleContext
from rekg.extract.modality_embargoed import embargoed
from rekg.extract.modality_output import output_ended, output_halted
from rekg.extract.modality_relocated import relocated
from rekg.extract.modality_threatened import threatened, unless_threat
from rekg.extract.modality_unbuilt import unbuilt_output
from rekg.extract.modality_users import used_goods


def late_checks(ctx: ArticleContext, dropped: set[int]) -> None:
    embargoed(ctx, dropped)
    output_halted(ctx, dropped)
    output_ended(ctx, dropped)
    unbuilt_output(ctx, dropped)
    used_goods(ctx, dropped)
    threatened(ctx, dropped)
    unless_threat(ctx, dropped)
    relocated(ctx, dropped)
