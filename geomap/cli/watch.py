"""``geomap build --watch``: rebuild when an article or the gazetteer changes."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import click

from geomap.errors import GeomapError


def _relevant(path: str, gazetteer: Path, roots: Sequence[Path]) -> bool:
    p = Path(path)
    if p.name.startswith(".") or p.name.endswith((".tmp", ".bak", "~")):
        return False  # our own atomic writes and backups, editor swap files
    if p.resolve() == gazetteer:
        return True
    return any(p.resolve().is_relative_to(r) for r in roots)


def watch_and_rebuild(run: Callable[[], Any], paths: Sequence[str], gazetteer: str) -> None:
    """Build once, then again after each change, saying what changed. Ctrl-C stops."""
    from watchfiles import watch

    def once() -> None:
        try:
            run()
        except GeomapError as exc:
            for line in getattr(exc, "problems", None) or [str(exc)]:
                click.echo(line, err=True)
            click.echo("geomap: build failed; fix the input and save to try again", err=True)

    once()
    gaz = Path(gazetteer).resolve()
    roots = [Path(p).resolve() for p in paths]
    targets = sorted({str(r) for r in roots} | {str(gaz.parent)})
    announced = False
    for changes in watch(*targets, yield_on_timeout=True, rust_timeout=300):
        if not announced:  # the first (empty) yield: the watcher is running
            click.echo("watching for changes (Ctrl-C to stop)...", err=True)
            announced = True
        changed = sorted({p for _, p in changes if _relevant(p, gaz, roots)})
        if not changed:
            continue
        here = Path.cwd()
        names = [str(Path(p).relative_to(here)) if Path(p).is_relative_to(here) else p for p in changed]
        click.echo("changed: " + ", ".join(names[:5]) + (" ..." if len(names) > 5 else ""), err=True)
        once()
