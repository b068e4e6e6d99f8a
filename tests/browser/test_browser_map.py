"""The self-contained map in headless Chromium: what a reader clicks and sees."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from mapbrowser import MapPage, sample_data, write_map

pytestmark = pytest.mark.browser

DATES = [sample_data.D1, sample_data.D2, sample_data.D3, "undated"]

# Mentions drawn as markers, summed over single markers and cluster icons in the DOM.
MARKER_MENTIONS = """() => {
  let total = 0;
  for (const m of document.querySelectorAll('.geomap-marker')) total += Number(m.textContent);
  for (const c of document.querySelectorAll('.marker-cluster .geomap-cluster-count')) {
    total += Number(c.textContent);
  }
  return total;
}"""
VISIBLE_GROUPS = """() => window.geomap.visibleFeatures().map(
  (i) => window.geomap.data.groups[window.geomap.data.features[i][1]].key)"""
POPUP = ".leaflet-popup-content .geomap-popup"
VIEW = (
    "() => { const c = window.geomap.map.getCenter(); return [window.geomap.map.getZoom(), c.lat, c.lng]; }"
)


def eventually(read: Callable[[], Any], expected: Any, timeout: float = 5.0) -> None:
    """Assert that ``read()`` reaches ``expected`` within ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    value = read()
    while value != expected and time.monotonic() < deadline:
        time.sleep(0.05)
        value = read()
    assert value == expected


def open_place(m: MapPage, query: str) -> None:
    m.page.fill("#geomap-search-input", query)
    m.page.locator("#geomap-place-list button").first.click()
    m.page.wait_for_selector(POPUP)


def test_map_renders_without_errors(open_map: Callable[..., MapPage], sample_map: Path) -> None:
    m = open_map(sample_map)
    assert m.errors == []
    assert m.page.title() == "Caucasus <i>test</i>"
    # Goris and Evilton stand alone; Ganja, Baku and Yerevan cluster their date features.
    assert m.page.locator(".geomap-marker").count() == 2
    assert m.page.locator(".marker-cluster").count() == 3
    assert m.js(MARKER_MENTIONS) == sum(sample_data.sample().point_mentions_by_date().values())
    labels = m.page.locator(".geomap-date-list label").all_inner_texts()
    assert [label.split(" (")[0] for label in labels] == [*DATES[:3], "Undated"]
    assert m.page.locator(".geomap-legend").inner_text().count("unverified") >= 1
    # Leaflet's default marker icon works with its stylesheet inlined.
    icon = m.js("() => new L.Icon.Default()._getIconUrl('icon')")
    assert icon.startswith("data:image/png;base64,")


def test_marker_titles_are_unique(open_map: Callable[..., MapPage], sample_map: Path) -> None:
    m = open_map(sample_map)
    titles = m.js("() => window.geomap.featureLayers.map((l) => l.options.title || '')")
    markers = [t for t in titles if t]
    assert len(markers) == len(set(markers)) >= 8


def test_clicking_a_marker_shows_its_passage(open_map: Callable[..., MapPage], sample_map: Path) -> None:
    m = open_map(sample_map)
    m.page.locator('.geomap-marker[title^="Goris"]').click()
    popup = m.page.locator(POPUP)
    popup.wait_for()
    assert popup.locator("h2").inner_text() == "Goris"
    assert "unverified" in popup.locator(".geomap-popup-kind").inner_text()
    passages = popup.locator(".geomap-passage").all_text_contents()
    assert "Thousands crossed the Lachin Corridor towards Goris." in passages
    assert popup.locator("mark").all_text_contents() == ["Goris", "Goris"]
    link = popup.locator(".geomap-article-title a")
    assert link.get_attribute("href") == "https://example.org/exodus"


@pytest.mark.parametrize("key", DATES, ids=DATES)
def test_unticking_a_date_removes_exactly_its_markers(
    open_map: Callable[..., MapPage], sample_map: Path, key: str
) -> None:
    sample = sample_data.sample()
    per_date = sample.point_mentions_by_date()
    total = sum(per_date.values())
    m = open_map(sample_map)
    box = m.page.locator(f'.geomap-date-list input[value="{key}"]')
    shapes = f'path.geomap-shape[data-geomap-group="{key}"]'
    had_shapes = m.page.locator(shapes).count()

    box.uncheck()
    eventually(lambda: m.js(MARKER_MENTIONS), total - per_date[key])
    assert key not in m.js(VISIBLE_GROUPS)
    assert set(m.js(VISIBLE_GROUPS)) == set(DATES) - {key}
    assert m.page.locator(shapes).count() == 0

    box.check()
    eventually(lambda: m.js(MARKER_MENTIONS), total)
    assert set(m.js(VISIBLE_GROUPS)) == set(DATES)
    assert m.page.locator(shapes).count() == had_shapes


def test_select_none_and_all(open_map: Callable[..., MapPage], sample_map: Path) -> None:
    per_date = sample_data.sample().point_mentions_by_date()
    m = open_map(sample_map)
    m.page.click(".geomap-dates button.geomap-none")
    eventually(lambda: m.js(MARKER_MENTIONS), 0)
    assert m.page.locator("path.geomap-shape").count() == 0
    m.page.click(".geomap-dates button.geomap-all")
    eventually(lambda: m.js(MARKER_MENTIONS), sum(per_date.values()))


def test_lachin_corridor_is_drawn_as_a_line(open_map: Callable[..., MapPage], sample_map: Path) -> None:
    m = open_map(sample_map)
    lines = m.page.locator('path.geomap-line[aria-label^="Lachin Corridor"]')
    assert lines.count() == 2  # one per date with mentions (D1, D3)
    d = lines.first.get_attribute("d") or ""
    assert d.startswith("M") and not d.rstrip().lower().endswith("z")
    areas = m.page.locator('path.geomap-area[aria-label^="Nagorno-Karabakh"]')
    assert areas.count() == 2
    assert (areas.first.get_attribute("d") or "").rstrip().lower().endswith("z")
    # The two date copies share the fill: together they look like one area.
    alphas = [float(a.get_attribute("fill-opacity") or 0) for a in areas.all()]
    assert 1 - (1 - alphas[0]) * (1 - alphas[1]) == pytest.approx(0.14, abs=1e-3)
    # Clicking on the line itself opens its popup.
    x, y = m.js(
        """() => {
          const p = document.querySelector('path.geomap-line');
          const pt = p.getPointAtLength(p.getTotalLength() / 2);
          const r = p.ownerSVGElement.createSVGPoint();
          r.x = pt.x; r.y = pt.y;
          const s = r.matrixTransform(p.getScreenCTM());
          return [s.x, s.y];
        }"""
    )
    m.page.mouse.click(x, y)
    assert m.page.locator(POPUP).locator("h2").inner_text() == "Lachin Corridor"


def test_hostile_article_is_shown_literally(open_map: Callable[..., MapPage], sample_map: Path) -> None:
    m = open_map(sample_map)
    open_place(m, "evilton")
    popup = m.page.locator(POPUP)
    assert popup.locator("h2").inner_text() == sample_data.EVILTON.name
    assert popup.locator(".geomap-popup-kind").inner_text().startswith(sample_data.EVILTON.kind)
    assert popup.locator(".geomap-passage").text_content() == sample_data.HOSTILE_TEXT
    assert popup.locator("mark").all_text_contents() == ["Evilton"]
    assert popup.locator(".geomap-article-title").text_content() == sample_data.HOSTILE_TITLE
    assert popup.locator(".geomap-article-title a").count() == 0  # javascript: URL
    assert "${7*6}" in (popup.locator(".geomap-article-meta").text_content() or "")
    assert popup.locator("img, script, b, i, iframe").count() == 0
    m.page.locator(".geomap-marker.geomap-unverified").first.hover()
    for marker in m.page.locator(".geomap-marker").all():
        marker.hover()
    m.page.wait_for_timeout(300)
    assert m.js("() => window.__pwned === undefined")
    assert m.dialogs == []
    assert m.errors == []


def test_dangerous_urls_are_never_links(open_map: Callable[..., MapPage], sample_map: Path) -> None:
    m = open_map(sample_map)
    hrefs: list[str] = []
    count = m.page.locator("#geomap-place-list button").count()
    for i in range(count):
        m.page.locator("#geomap-place-list button").nth(i).click()
        hrefs += m.js("() => [...document.querySelectorAll('.geomap-popup a')].map((a) => a.href)")
    assert hrefs and all(h.startswith(("http://", "https://")) for h in hrefs)
    assert m.js("() => window.__pwned === undefined")


def test_self_contained_map_makes_no_network_request(
    open_map: Callable[..., MapPage], sample_map: Path
) -> None:
    m = open_map(sample_map)
    open_place(m, "Ganja")
    m.page.wait_for_timeout(300)
    assert m.requests == [m.url.split("#")[0]]


def test_with_tiles_only_tiles_are_requested(open_map: Callable[..., MapPage], tmp_path: Path) -> None:
    path = write_map(tmp_path / "osm.html", sample_data.sample(), tiles="osm")
    m = open_map(path)
    m.page.wait_for_timeout(300)
    remote = [u for u in m.requests if not u.startswith("file:")]
    assert remote, "expected tile requests"
    assert {u.split("/")[2] for u in remote} == {"tile.openstreetmap.org"}


def test_search_finds_ganja(open_map: Callable[..., MapPage], sample_map: Path) -> None:
    m = open_map(sample_map)
    m.page.fill("#geomap-search-input", "ganj")
    names = m.page.locator("#geomap-place-list .geomap-place-name").all_inner_texts()
    assert names == ["Ganja"]
    m.page.press("#geomap-search-input", "Enter")
    popup = m.page.locator(POPUP)
    assert popup.locator("h2").inner_text() == "Ganja"
    assert "Gəncə" in popup.locator(".geomap-place-details").inner_text()
    m.page.fill("#geomap-search-input", "Gəncə")  # a spelling seen in the articles
    names = m.page.locator("#geomap-place-list .geomap-place-name").all_inner_texts()
    assert names == ["Ganja"]


def test_place_list_is_keyboard_usable(open_map: Callable[..., MapPage], sample_map: Path) -> None:
    m = open_map(sample_map)
    active = "() => document.activeElement.textContent"
    m.page.focus("#geomap-search-input")
    m.page.keyboard.press("ArrowDown")
    first = m.js(active)
    m.page.keyboard.press("ArrowDown")
    second = m.js(active)
    assert first.startswith("Baku") and second.startswith("Ganja")
    m.page.keyboard.press("Enter")
    m.page.wait_for_selector(POPUP)
    assert m.js("() => document.activeElement.className") == "geomap-popup-title"
    assert m.js(active) == "Ganja"
    m.page.keyboard.press("Escape")
    m.page.locator(POPUP).wait_for(state="detached")
    assert m.js(active) == second
    m.page.keyboard.press("Tab")  # buttons are in the tab order
    assert m.js("() => document.activeElement.tagName") == "BUTTON"


def test_url_hash_round_trips(open_map: Callable[..., MapPage], sample_map: Path) -> None:
    m = open_map(sample_map)
    m.page.locator(f'.geomap-date-list input[value="{sample_data.D2}"]').uncheck()
    m.page.click(".leaflet-control-zoom-in")
    eventually(lambda: "dates=" in m.js("() => location.hash"), True)
    time.sleep(0.3)
    hash_ = m.js("() => location.hash")
    assert f"dates={sample_data.D1},{sample_data.D3},undated" in hash_
    view = m.js(VIEW)

    again = open_map(sample_map, hash=hash_)
    assert again.js("() => location.hash") == hash_
    checked = again.page.locator(".geomap-date-list input:checked")
    assert [c.get_attribute("value") for c in checked.all()] == [sample_data.D1, sample_data.D3, "undated"]
    view2 = again.js(VIEW)
    assert view2[0] == view[0]
    assert view2[1] == pytest.approx(view[1], abs=1e-3)
    assert view2[2] == pytest.approx(view[2], abs=1e-3)
    assert sorted(again.js(VISIBLE_GROUPS)) == sorted(m.js(VISIBLE_GROUPS))


def test_time_slider_shows_one_period_and_does_not_autoplay(
    open_map: Callable[..., MapPage], sample_map: Path
) -> None:
    m = open_map(sample_map)
    m.page.check(".geomap-timeline-toggle")
    assert set(m.js(VISIBLE_GROUPS)) == {sample_data.D1}
    m.page.wait_for_timeout(1800)  # longer than one play step
    assert set(m.js(VISIBLE_GROUPS)) == {sample_data.D1}
    m.page.click(".geomap-timeline .geomap-next")
    assert set(m.js(VISIBLE_GROUPS)) == {sample_data.D2}
    assert m.page.locator(".geomap-timeline-label").inner_text() == sample_data.D2
    m.page.uncheck(".geomap-timeline-toggle")
    assert set(m.js(VISIBLE_GROUPS)) == set(DATES)


def test_popup_pages_many_articles(open_map: Callable[..., MapPage], tmp_path: Path) -> None:
    sample = sample_data.many_articles(12)
    m = open_map(write_map(tmp_path / "many.html", sample))
    open_place(m, "Ganja")
    popup = m.page.locator(POPUP)
    assert popup.locator(".geomap-article").count() == 5
    popup.locator("button.geomap-more").click()
    assert popup.locator(".geomap-article").count() == 10
    popup.locator("button.geomap-more").click()
    assert popup.locator(".geomap-article").count() == 12
    assert popup.locator("button.geomap-more").count() == 0


def test_screenshot(open_map: Callable[..., MapPage], sample_map: Path, tmp_path: Path) -> None:
    """A screenshot of the sample map (the README's comes from test_example_map)."""
    target = tmp_path / "screenshot.png"
    clean = write_map(
        tmp_path / "clean.html", sample_data.sample(hostile=False), title="South Caucasus, September 2023"
    )
    m = open_map(clean)
    m.page.locator('.geomap-marker[title^="Goris"]').click()
    m.page.wait_for_selector(POPUP)
    m.page.mouse.move(1000, 700)  # no tooltip over the popup
    m.page.wait_for_timeout(500)  # popup fade-in
    m.page.screenshot(path=str(target))
    assert target.stat().st_size > 20_000
