"""Browser fixtures: one headless Debian Chromium per session, driven by Playwright.

``open_map(target)`` opens a map file, or an output folder holding one (such as
a ``geomap.build(...)`` result), in a new tab; it records every request,
console error and dialog, blocks all network access, and waits until the map
is drawn. These tests fail, never skip, when Chromium or the map assets are
missing.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from mapbrowser import CHROMIUM_FLAGS, READY, MapPage, find_map_file, sample_data, write_map
from playwright.sync_api import BrowserContext, Page, Route, sync_playwright


@pytest.fixture(scope="session")
def chromium_path() -> str:
    path = shutil.which("chromium")
    if path is None:
        pytest.fail("chromium not found on PATH (Debian: apt-get install chromium)")
    return path


@pytest.fixture(scope="session")
def context(chromium_path: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[BrowserContext]:
    """One Chromium with a fresh profile for the session; the network is blocked."""
    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_playwright() as pw:
        ctx = pw.chromium.launch_persistent_context(
            str(profile),
            executable_path=chromium_path,
            headless=True,
            args=CHROMIUM_FLAGS,
            viewport={"width": 1280, "height": 800},
            reduced_motion="reduce",
        )
        ctx.route("**/*", _local_only)
        yield ctx
        ctx.close()


def _local_only(route: Route) -> None:
    if route.request.url.startswith(("file:", "data:")):
        route.continue_()
    else:
        route.abort("internetdisconnected")


@pytest.fixture(scope="session")
def sample() -> Any:
    return sample_data.sample()


@pytest.fixture(scope="session")
def sample_map(sample: Any, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample rendered self-contained with the offline base layer."""
    return write_map(tmp_path_factory.mktemp("map") / "map.html", sample)


@pytest.fixture
def open_map(context: BrowserContext) -> Iterator[Callable[..., MapPage]]:
    """Open a map file or output folder: ``open_map(target, hash="", wait=True)``."""
    opened: list[Page] = []

    def _open(target: Path, hash: str = "", wait: bool = True) -> MapPage:
        url = find_map_file(Path(target)).resolve().as_uri() + hash
        page = context.new_page()
        opened.append(page)
        result = MapPage(page, url)
        page.on("request", lambda r: result.requests.append(r.url))
        page.on("console", lambda m: m.type == "error" and result.errors.append(m.text))
        page.on("pageerror", lambda e: result.errors.append(f"uncaught: {e}"))
        page.on("dialog", lambda d: (result.dialogs.append(d.message), d.dismiss()))
        page.goto(url)
        if wait:
            page.wait_for_selector(READY, state="attached", timeout=15_000)
        return result

    yield _open
    for page in opened:
        page.close()
