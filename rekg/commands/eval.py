"""``rekg eval GOLD_DIR``: extraction scores against gold annotations (DESIGN.md section 6)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from rekg.terminal import printable


@click.command(name="eval")
@click.argument("gold_dir", type=click.Path(path_type=Path))
@click.option("--format", "output_format", type=click.Choice(["table", "json"]), default="table",
              show_default=True, help="Output as a table or as JSON with per-article details.")
@click.option("--details", is_flag=True, help="With the table, list what each article missed.")
@click.option("--by-relation", is_flag=True,
              help="With the table, add fact recall per relation type over the folder.")
def command(gold_dir: Path, output_format: str, details: bool, by_relation: bool) -> None:
    """Score extraction on every NAME.txt with a NAME.gold.json in GOLD_DIR.

    Each article is extracted alone, in memory (no store is used); the report gives entity
    precision, recall and F1, fact recall and the absent facts wrongly extracted, per
    article and in total. The exit status is 0 whatever the scores.
    """
    from rekg.loaders.evaluate import evaluate, format_relation_table, format_table

    report = evaluate(gold_dir)
    for failure in report.failed:
        click.echo(printable(f"warning: {failure}", one_line=True), err=True)
    if output_format == "json":
        click.echo(json.dumps(report.as_dict(), indent=2, ensure_ascii=False))
        return
    click.echo(format_table(report))
    if by_relation:
        click.echo("\n" + format_relation_table(report))
    if details:
        for score in report.articles:
            click.echo(f"\n{score.name}")
            for title, items in (("missed entities", score.missed_entities),
                                 ("extra entities", score.extra_entities),
                                 ("missed facts", score.missed_facts),
                                 ("absent facts extracted", score.absent_extracted)):
                if items:
                    click.echo(f"  {title}: " + "; ".join(items))
