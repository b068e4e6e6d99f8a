"""Equal input renders to equal bytes, whatever the input order."""

from __future__ import annotations

import random
import re

import folium
import pytest
import sample_data

from geomap.render import MapOptions, render_map

OPTIONS = [
    pytest.param(MapOptions(), id="cdn-osm"),
    pytest.param(MapOptions(tiles="none", self_contained=True), id="self-contained-offline"),
    pytest.param(MapOptions(group_by="week", timeline=False), id="weekly-no-timeline"),
]


@pytest.mark.parametrize("options", OPTIONS)
def test_render_twice_is_identical(sample: sample_data.Sample, options: MapOptions) -> None:
    first = render_map(sample.articles, sample.resolved, options)
    second = render_map(sample.articles, sample.resolved, options)
    assert first == second


@pytest.mark.parametrize("seed", [1, 2, 3], ids=["seed-1", "seed-2", "seed-3"])
def test_input_order_does_not_matter(sample: sample_data.Sample, seed: int) -> None:
    articles, resolved = list(sample.articles), list(sample.resolved)
    rng = random.Random(seed)
    rng.shuffle(articles)
    rng.shuffle(resolved)
    expected = render_map(sample.articles, sample.resolved, MapOptions())
    assert render_map(articles, resolved, MapOptions()) == expected


def test_no_random_element_ids(page: str) -> None:
    assert not re.search(r"_[0-9a-f]{32}\b", page)
    assert 'id="map_0001"' in page


def test_folium_defaults_are_left_alone(sample: sample_data.Sample) -> None:
    before = list(folium.Map.default_js), list(folium.Map.default_css)
    render_map(sample.articles, sample.resolved, MapOptions(self_contained=True, tiles="none"))
    assert (list(folium.Map.default_js), list(folium.Map.default_css)) == before
    assert "leaflet@1.9.3" in folium.Map().get_root().render()
