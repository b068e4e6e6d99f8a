"""The bundled example articles, built by ``geomap.build`` and opened in Chromium."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from mapbrowser import MapPage

import geomap
from geomap.render import MapOptions

pytestmark = pytest.mark.browser
ROOT = Path(__file__).resolve().parents[2]
POPUP = ".leaflet-popup-content .geomap-popup"


@pytest.fixture(scope="module")
def example_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("example")
    geomap.build(
        [str(ROOT / "examples" / "articles")],
        gazetteer=ROOT / "gazetteer.csv",
        out=out,
        map_options=MapOptions(title="geomap examples", tiles="none", self_contained=True),
    )
    return out


def test_example_map_renders_offline(open_map: Callable[..., MapPage], example_out: Path) -> None:
    m = open_map(example_out)
    assert m.errors == [] and m.dialogs == []
    assert [u for u in m.requests if not u.startswith(("file:", "data:"))] == []
    labels = m.page.locator(".geomap-date-list label").all_inner_texts()
    assert [label.split(" (")[0] for label in labels][-1] == "Undated"
    assert len(labels) >= 5


def test_example_search_and_popup_show_the_passage(
    open_map: Callable[..., MapPage], example_out: Path
) -> None:
    m = open_map(example_out)
    m.page.fill("#geomap-search-input", "Ganja")
    m.page.press("#geomap-search-input", "Enter")
    popup = m.page.locator(POPUP)
    popup.wait_for()
    assert popup.locator("h2").inner_text() == "Ganja"
    text = popup.inner_text()
    assert "Gəncə" in text  # a spelling seen in the examples
    assert "Rescue crews in Ganja" in text  # a passage from 01_ganja_night_strike.txt


def test_example_lachin_corridor_is_a_line(open_map: Callable[..., MapPage], example_out: Path) -> None:
    m = open_map(example_out)
    assert m.page.locator('path.geomap-line[aria-label^="Lachin corridor"]').count() >= 1
    assert m.page.locator('path.geomap-area[aria-label^="Nagorno-Karabakh"]').count() >= 1


def test_example_screenshot(open_map: Callable[..., MapPage], example_out: Path, tmp_path: Path) -> None:
    """Saves the README's docs/screenshot.png when GEOMAP_SCREENSHOT=1."""
    target = (
        ROOT / "docs" / "screenshot.png" if os.environ.get("GEOMAP_SCREENSHOT") == "1" else tmp_path / "s.png"
    )
    m = open_map(example_out)
    m.page.fill("#geomap-search-input", "Stepanakert")
    m.page.press("#geomap-search-input", "Enter")
    m.page.wait_for_selector(POPUP)
    m.page.mouse.move(1000, 700)
    m.page.wait_for_timeout(500)
    m.page.screenshot(path=str(target))
    assert target.stat().st_size > 20_000
