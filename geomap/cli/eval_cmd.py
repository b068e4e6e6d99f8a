"""``geomap eval``: score a build against gold annotations."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from geomap.cli import cli, guarded

EXIT_BELOW = 3


@cli.command("eval")
@click.argument("gold", type=click.Path(path_type=str))
@click.argument("paths", nargs=-1, type=click.Path(path_type=str))
@click.option("--gazetteer", "-g", default="gazetteer.csv", show_default=True)
@click.option("--no-world", is_flag=True, help="Do not use the offline world gazetteer.")
@click.option("--min-precision", type=float, default=None, help="Exit 3 when precision is lower.")
@click.option("--min-recall", type=float, default=None, help="Exit 3 when recall is lower.")
@guarded
def eval_command(
    gold: str,
    paths: tuple[str, ...],
    gazetteer: str,
    no_world: bool,
    min_precision: float | None,
    min_recall: float | None,
) -> None:
    """Score geomap on articles (default: the 'articles' folder beside GOLD).

    GOLD is a CSV with the header article,start,end,surface,lat,lon; rows with
    empty start/end are article-level (one row per distinct name per article).
    Prints recognition precision/recall/F1, resolution accuracy within 25 km
    and 161 km, and the misses and false positives by name.
    """
    from geomap.build import build
    from geomap.evaluate import format_scores, read_gold, score

    items = read_gold(gold)
    targets = list(paths) or [str(Path(gold).parent / "articles")]
    result = build(targets, gazetteer=gazetteer, out=None, world=not no_world)
    s = score(items, result.resolved, [a.path for a in result.articles])
    click.echo(f"articles: {len(result.articles)}  gold names: {s.tp + s.fn}")
    click.echo(format_scores(s))
    low = (min_precision is not None and s.precision < min_precision) or (
        min_recall is not None and s.recall < min_recall
    )
    if low:
        click.echo("geomap: scores are below the required minimum", err=True)
        sys.exit(EXIT_BELOW)
