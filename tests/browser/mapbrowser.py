"""Helpers for browser tests: open geomap maps in Chromium and inspect them.

Usable for any map page, including an output folder made by ``geomap.build``:
see :func:`find_map_file` and the ``open_map`` fixture in ``conftest.py``.
"""

from __future__ import annotations

import importlib.util
import sys
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from playwright.sync_api import Page

from geomap.render import MapOptions, render_map

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
READY = "html[data-geomap-ready=true]"
"""Selector that matches once the map has drawn every selected layer."""
MAP_NAMES = ("index.html", "map.html")


def _sample_module() -> ModuleType:
    """tests/render/sample_data.py, shared with the unit tests."""
    if "sample_data" in sys.modules:
        return sys.modules["sample_data"]
    path = Path(__file__).resolve().parents[1] / "render" / "sample_data.py"
    spec = importlib.util.spec_from_file_location("sample_data", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["sample_data"] = module
    spec.loader.exec_module(module)
    return module


sample_data = _sample_module()


@dataclass
class MapPage:
    """An open map tab and what it did."""

    page: Page
    url: str
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def js(self, expression: str, arg: Any = None) -> Any:
        """Evaluate a JavaScript function expression.

        Playwright evaluates through DevTools, which the page's
        Content-Security-Policy does not restrict (``wait_for_function`` would be
        blocked, so wait with selectors or :func:`eventually` instead).
        """
        return self.page.evaluate(expression, arg)


def find_map_file(target: Path) -> Path:
    """``target`` itself if a file, else the map page inside an output folder."""
    if target.is_file():
        return target
    for name in MAP_NAMES:
        if (target / name).is_file():
            return target / name
    pages = sorted(target.glob("*.html"))
    if len(pages) != 1:
        raise AssertionError(f"no single map page in {target}: {[p.name for p in pages]}")
    return pages[0]


def write_map(path: Path, sample: Any, **options: Any) -> Path:
    """Render ``sample`` to ``path`` (self-contained, no tiles unless overridden)."""
    settings: dict[str, Any] = {"title": "Caucasus <i>test</i>", "tiles": "none"}
    settings.update(options)
    html = render_map(sample.articles, sample.resolved, MapOptions(self_contained=True, **settings))
    path.write_text(html, encoding="utf-8")
    return path
