"""``geomap build``."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any, Literal

import click

from geomap.build import BuildResult, build
from geomap.cli import EXIT_OK, EXIT_SKIPPED, cli, guarded
from geomap.render import MapOptions

PROGRESS_THRESHOLD = 20


class _Jobs(click.ParamType):
    """A positive number of worker processes, or ``auto``."""

    name = "N|auto"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, int) or value == "auto":
            return value
        try:
            n = int(value)
        except ValueError:
            self.fail(f"{value!r} is not a number of processes or 'auto'", param, ctx)
        if n < 1:
            self.fail(f"{n} is not 1 or more", param, ctx)
        return n


JOBS = _Jobs()


@cli.command("build")
@click.argument("paths", nargs=-1, type=click.Path(path_type=str))
@click.option("--gazetteer", "-g", default="gazetteer.csv", show_default=True, help="Curated gazetteer CSV.")
@click.option("--out", "-o", default="output", show_default=True, help="Output folder.")
@click.option(
    "--manifest",
    default=None,
    help="CSV of file,title,date,source,url that wins over file metadata.",
)
@click.option("--no-world", is_flag=True, help="Do not use the offline world gazetteer.")
@click.option(
    "--jobs", "-j", default="auto", show_default=True, type=JOBS,
    help="Processes (this one and N-1 workers), or 'auto': one per CPU for 200+ articles, else one.",
)  # fmt: skip
@click.option(
    "--group-by",
    type=click.Choice(["auto", "day", "week", "month"]),
    default="auto",
    show_default=True,
)
@click.option(
    "--tiles",
    type=click.Choice(["osm", "none"]),
    default="osm",
    show_default=True,
    help="Base map tiles.",
)
@click.option("--self-contained", is_flag=True, help="Inline every script and stylesheet (works offline).")
@click.option("--title", default="geomap", show_default=True, help="Title of the map page.")
@click.option("--watch", is_flag=True, help="Rebuild when an article or the gazetteer changes.")
@guarded
def build_command(
    paths: tuple[str, ...],
    gazetteer: str,
    out: str,
    manifest: str | None,
    no_world: bool,
    jobs: int | Literal["auto"],
    group_by: str,
    tiles: str,
    self_contained: bool,
    title: str,
    watch: bool,
) -> None:
    """Build the map and data files from articles (files or folders, recursively).

    Without PATHS, builds the bundled example articles (examples/articles).
    """
    options = MapOptions(title=title, group_by=group_by, tiles=tiles, self_contained=self_contained)  # type: ignore[arg-type]

    def run() -> BuildResult:
        bar = None

        def progress(done: int, total: int) -> None:
            nonlocal bar
            if total < PROGRESS_THRESHOLD or not sys.stderr.isatty():
                return
            if bar is None:
                from tqdm import tqdm

                bar = tqdm(total=total, unit="article", file=sys.stderr, leave=False)
            bar.update(1)

        try:
            result = build(
                list(paths) or None, gazetteer=gazetteer, out=out, world=not no_world,
                manifest=manifest, jobs=jobs, map_options=options, progress=progress,
            )  # fmt: skip
        finally:
            if bar is not None:
                bar.close()
        report(result, Path(out))
        return result

    if watch:
        from geomap.cli.watch import watch_and_rebuild

        watch_and_rebuild(run, list(paths) or ["examples/articles"], gazetteer)
        return
    result = run()
    sys.exit(EXIT_SKIPPED if result.skipped else EXIT_OK)


def report(result: BuildResult, out: Path) -> None:
    """Print the build summary."""
    echo = click.echo
    for w in result.warnings:
        echo(w, err=True)
    for s in result.skipped:
        echo(f"skipped {s.path}: {s.reason}", err=True)
    world = sum(1 for r in result.resolved if r.place.source == "world")
    unresolved = len({u.surface for u in result.unresolved})
    echo(
        f"articles read:   {len(result.articles)}"
        + (f" ({len(result.skipped)} skipped)" if result.skipped else "")
    )
    echo(
        f"mentions:        {len(result.resolved)}"
        + (f" ({world} from the world gazetteer, unverified)" if world else "")
    )
    echo(f"places:          {result.places}")
    if result.excluded:
        echo(f"left out:        {result.excluded} mention(s) in related-article links, teasers and credits")
    undated = result.undated
    echo(f"undated:         {len(undated)}")
    if undated:
        names = ", ".join(a.path for a in undated[:5]) + (" ..." if len(undated) > 5 else "")
        echo(f"  ({names}; date them with a 'Date: YYYY-MM-DD' first line, front matter, or articles.csv)")
    echo(
        f"not placed:      {unresolved} name(s)" + (f" (see {out / 'unresolved.csv'})" if unresolved else "")
    )
    if result.outputs:
        echo(f"map:             {result.outputs['map.html']}")
