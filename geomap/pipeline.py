"""Composing the stages: ingest -> passages -> match -> resolve -> outputs.

:func:`process` does the per-article work (in this process or in workers);
:func:`build` in :mod:`geomap.build` adds gazetteer loading and file output.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from geomap.gazetteer import Gazetteer
from geomap.gazetteer.world import WorldIndex
from geomap.ingest import Skipped, Source, read_source
from geomap.match import Matcher
from geomap.models import Article, Resolved, Unresolved
from geomap.passages import split_passages
from geomap.resolve import Candidates, resolve_article
from geomap.unresolved import find_unresolved


@dataclass(frozen=True)
class Outcome:
    """One article's results; ``article.text`` is dropped to keep memory flat."""

    article: Article | None
    skipped: Skipped | None
    resolved: tuple[Resolved, ...] = ()
    unresolved: tuple[Unresolved, ...] = ()
    excluded: int = 0


@dataclass
class Context:
    """What every article needs: the gazetteer, the world index, the matcher."""

    gazetteer: Gazetteer
    world: WorldIndex | None
    matcher: Matcher
    keep_text: bool = False

    def __post_init__(self) -> None:
        self.candidates = Candidates(self.gazetteer, self.world)


def process(source: Source, ctx: Context) -> Outcome:
    """Read, match and resolve one file."""
    got = read_source(source)
    if isinstance(got, Skipped):
        return Outcome(None, got)
    article = got
    passages = split_passages(article.text)
    hits = list(ctx.matcher.find(article.text))
    result = resolve_article(article, passages, hits, ctx.gazetteer, ctx.world, ctx.candidates)
    taken = [(h.start, h.end) for h in hits]
    unresolved = find_unresolved(article.path, article.text, passages, taken)
    light = article if ctx.keep_text else dataclasses.replace(article, text="")
    return Outcome(light, None, tuple(result.resolved), tuple(unresolved), result.excluded)


_WORKER: Context | None = None


def _init_worker(ctx: Context) -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    global _WORKER
    _WORKER = ctx


def _work(source: Source) -> Outcome:
    assert _WORKER is not None
    return process(source, _WORKER)
