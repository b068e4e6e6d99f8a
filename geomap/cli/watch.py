"""``geomap build --watch``: rebuild when an article or the gazetteer changes."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import click

from geomap.errors import GeomapError


def watch_and_rebuild(run: Callable[[], Any], paths: Sequence[str], gazetteer: str) -> None:
    """Build once, then again after each change, saying what changed. Ctrl-C stops."""
    from watchfiles import watch

    def once() -> None:
        try:
            run()
        except GeomapError as exc:
            for line in getattr(exc, "problems", [str(exc)]):
                click.echo(line, err=True)
            click.echo("geomap: build failed; fix the input and save to try again", err=True)

    once()
    targets = [str(Path(p)) for p in paths] + [str(Path(gazetteer).resolve().parent)]
    gaz = Path(gazetteer).resolve()
    click.echo("watching for changes (Ctrl-C to stop)...", err=True)
    for changes in watch(*targets):
        relevant = sorted(
            {
                p
                for _, p in changes
                if Path(p) == gaz or Path(p).resolve().parent != gaz.parent or Path(p).suffix != ".tmp"
            }
        )
        relevant = [p for p in relevant if not Path(p).name.startswith(".")]
        if not relevant:
            continue
        click.echo("changed: " + ", ".join(relevant[:5]) + (" ..." if len(relevant) > 5 else ""), err=True)
        once()
