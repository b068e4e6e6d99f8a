"""Shared fixtures for the gazetteer tests: the CLI runner, a tiny world index and a
local geocoder that speaks geopy's interface (no network)."""

from __future__ import annotations

import pickle
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

# Imported to register 'geomap build' and 'geomap gazetteer ...' on the cli group.
import geomap.cli.build_cmd
import geomap.cli.gazetteer_cmd  # noqa: F401
from geomap.cli import cli
from geomap.gazetteer import world
from geomap.gazetteer.world import WorldIndex

from .helpers import RunCli, small_world


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run in ``tmp_path`` so messages read ``gazetteer.csv:LINE: ...``."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture(autouse=True)
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A private cache folder (``$GEOMAP_CACHE``), never the user's."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("GEOMAP_CACHE", str(folder))
    monkeypatch.delenv("GEOMAP_USER_AGENT", raising=False)
    world.load_index.cache_clear()
    yield folder
    world.load_index.cache_clear()


@pytest.fixture
def run_cli() -> RunCli:
    """Invoke ``geomap ARGS...`` in-process; stdout and stderr stay separate."""

    def run(*args: str) -> Result:
        return CliRunner().invoke(cli, list(args), catch_exceptions=False)

    return run


@pytest.fixture
def world_index(cache: Path) -> WorldIndex:
    """:func:`small_world`, also stored where ``load_index()`` finds it."""
    index = small_world()
    cache.mkdir(parents=True, exist_ok=True)
    path = cache / f"world-{world._version_tag()}.pickle"
    path.write_bytes(pickle.dumps(index))
    return index
