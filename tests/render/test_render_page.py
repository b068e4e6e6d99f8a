"""The page as a whole: options, base layers, empty input."""

from __future__ import annotations

import pytest
import sample_data
from render_helpers import Tags, blob

from geomap.render import MapOptions, render_map


@pytest.mark.parametrize(
    ("tiles", "has_tiles"),
    [pytest.param("osm", True, id="osm"), pytest.param("none", False, id="none")],
)
def test_tiles_option(sample: sample_data.Sample, tiles: str, has_tiles: bool) -> None:
    out = render_map(sample.articles, sample.resolved, MapOptions(tiles=tiles))  # type: ignore[arg-type]
    assert ("tile.openstreetmap.org/{z}/{x}/{y}.png" in out) is has_tiles
    assert blob(out)["config"]["tiles"] == tiles
    assert ("img-src data: https://tile.openstreetmap.org" in out) is has_tiles


def test_offline_outline_is_inlined(page: str) -> None:
    assert 'id="geomap-outline">{"arcs":' in page
    assert blob(page)["config"]["outline"] == {"inline": True}


@pytest.mark.parametrize("timeline", [True, False], ids=["timeline", "no-timeline"])
def test_timeline_option(sample: sample_data.Sample, timeline: bool) -> None:
    out = render_map(sample.articles, sample.resolved, MapOptions(timeline=timeline))
    assert blob(out)["config"]["timeline"] is timeline


@pytest.mark.parametrize("self_contained", [False, True], ids=["cdn", "self-contained"])
def test_empty_input_gives_a_page(self_contained: bool) -> None:
    out = render_map([], [], MapOptions(self_contained=self_contained, tiles="none"))
    data = blob(out)
    assert data["places"] == [] and data["groups"] == []
    assert "GeomapLib.start(" in out


def test_page_structure(page: str) -> None:
    tags = Tags(page)
    names = tags.names()
    assert names[:2] == ["html", "head"]
    assert names.index("meta") < names.index("script")  # the policy comes before any script
    assert ("html", {"lang": "en"}) in tags.tags
    assert len(tags.scripts) == len([n for n in names if n == "script"])


def test_places_carry_what_the_popup_shows(page: str) -> None:
    places = {p["name"]: p for p in blob(page)["places"]}
    assert places["Ganja"]["verified"] is True and places["Ganja"]["geonames"] == "586523"
    assert places["Goris"]["verified"] is False and places["Goris"]["source"] == "world"
    assert places["Lachin Corridor"]["shape"] == "line"
    assert places["Nagorno-Karabakh"]["shape"] == "area"
    assert places["Ganja"]["geom"] is None
