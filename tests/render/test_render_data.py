"""The map's JSON document: aggregation, passages stored once, offsets, geometry."""

from __future__ import annotations

import itertools

import pytest
import sample_data

from geomap.models import Article, Mention, Passage, Place, Resolved
from geomap.render.data import build_map_data
from geomap.render.geometry import place_geometry


def _resolved(article: str, text: str, surface: str, place: Place, at: int | None = None) -> Resolved:
    start = text.index(surface) if at is None else at
    passage = Passage(0, len(text), text)
    mention = Mention(article, surface, surface.lower(), start, start + len(surface), passage)
    return Resolved(mention, place, "test")


def _article(path: str, date: str | None = "2023-09-19") -> Article:
    return Article(path, path.upper(), date, "", "", "", "", "txt")


def test_one_feature_per_place_per_date(sample: sample_data.Sample) -> None:
    data = build_map_data(sample.articles, sample.resolved, "day").payload
    keys = [(f[0], f[1]) for f in data["features"]]
    assert len(keys) == len(set(keys)) == 13
    spans = sorted((f[2], f[3]) for f in data["features"])
    assert spans[0][0] == 0 and spans[-1][1] == len(data["mentions"]) == len(sample.resolved)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(spans))
    ganja = next(i for i, p in enumerate(data["places"]) if p["name"] == "Ganja")
    counts = {data["groups"][f[1]]["key"]: f[3] - f[2] for f in data["features"] if f[0] == ganja}
    assert counts == {"2023-09-19": 2, "2023-09-20": 1}
    assert data["places"][ganja]["spellings"] == ["Ganja", "Gəncə"]
    assert data["places"][ganja]["mentions"] == 3


def test_each_passage_is_stored_once() -> None:
    text = "Baku and Ganja and Baku again."
    baku = sample_data.BAKU
    rows = [
        _resolved("a.txt", text, "Baku", baku),
        _resolved("a.txt", text, "Ganja", sample_data.GANJA),
        _resolved("a.txt", text, "Baku", baku, at=text.rindex("Baku")),
    ]
    data = build_map_data([_article("a.txt")], rows, "auto").payload
    assert data["passages"] == [text]
    assert sorted(m[2:] for m in data["mentions"]) == [[0, 4], [9, 14], [19, 23]]


def test_duplicate_mentions_count_once() -> None:
    row = _resolved("a.txt", "In Ganja today.", "Ganja", sample_data.GANJA)
    data = build_map_data([_article("a.txt")], [row, row], "auto")
    assert [layer.mentions for layer in data.layers] == [1]


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        pytest.param("In Ganja today.", "Ganja", [3, 8], id="ascii"),
        pytest.param("Gəncə və Ganja", "Ganja", [9, 14], id="bmp"),
        pytest.param("🙂 Ganja 🙂", "Ganja", [3, 8], id="astral-is-two-utf16-units"),
    ],
)
def test_offsets_are_utf16_units(text: str, surface: str, expected: list[int]) -> None:
    data = build_map_data([_article("a.txt")], [_resolved("a.txt", text, surface, sample_data.GANJA)], "auto")
    start, end = data.payload["mentions"][0][2:]
    assert [start, end] == expected
    assert text.encode("utf-16-le")[2 * start : 2 * end].decode("utf-16-le") == surface


def test_bad_offsets_fall_back_to_the_surface() -> None:
    row = _resolved("a.txt", "Near Ganja.", "Ganja", sample_data.GANJA, at=40)
    data = build_map_data([_article("a.txt")], [row], "auto")
    assert data.payload["mentions"][0][2:] == [5, 10]


def test_unknown_article_is_kept_with_its_path() -> None:
    row = _resolved("missing.txt", "Near Ganja.", "Ganja", sample_data.GANJA)
    data = build_map_data([], [row], "auto")
    assert data.payload["articles"] == [
        {"date": None, "path": "missing.txt", "source": "", "title": "", "url": ""}
    ]
    assert [layer.key for layer in data.layers] == ["undated"]


def test_duplicate_names_get_unique_labels() -> None:
    a = Place("x1", "Springfield", "town", 39.8, -89.6, country="US")
    b = Place("x2", "Springfield", "town", 42.1, -72.6, country="US")
    c = Place("x3", "Springfield", "city", 37.2, -93.3, country="US")
    rows = [_resolved("a.txt", "Springfield", "Springfield", p) for p in (a, b, c)]
    labels = [p["label"] for p in build_map_data([_article("a.txt")], rows, "auto").payload["places"]]
    assert len(set(labels)) == 3
    assert "Springfield (city, US)" in labels


def test_line_geometry_is_lon_lat_geojson() -> None:
    g = place_geometry(sample_data.LACHIN)
    assert g.shape == "line"
    assert g.geojson is not None and g.geojson["type"] == "LineString"
    assert g.geojson["coordinates"][0] == [46.752, 39.815]  # lon, lat as in WKT
    assert g.bounds == ((39.52, 46.34), (39.815, 46.752))  # (lat, lon) pairs


@pytest.mark.parametrize(
    ("wkt", "shape"),
    [
        pytest.param("", "point", id="empty"),
        pytest.param("POINT (46.3 40.6)", "point", id="wkt-point"),
        pytest.param("POLYGON ((0 0, 1 0, 1 1, 0 0))", "area", id="polygon"),
        pytest.param(
            "MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)), ((2 2, 3 2, 3 3, 2 2)))", "area", id="multipolygon"
        ),
        pytest.param("MULTILINESTRING ((0 0, 1 1), (2 2, 3 3))", "line", id="multilinestring"),
    ],
)
def test_shapes(wkt: str, shape: str) -> None:
    assert place_geometry(Place("p", "P", "k", 40.6, 46.3, wkt=wkt)).shape == shape


def test_unreadable_wkt_is_drawn_as_a_point() -> None:
    with pytest.warns(UserWarning, match="unreadable wkt"):
        g = place_geometry(Place("p", "P", "k", 40.6, 46.3, wkt="LINESTRING (oops)"))
    assert g.shape == "point" and g.bounds == ((40.6, 46.3), (40.6, 46.3))


def test_a_kind_has_the_same_colour_on_every_map_and_the_usual_kinds_differ() -> None:
    from geomap.render.data import KIND_COLORS, _kinds_json

    def place(kind: str) -> Place:
        return Place(id=kind, name=kind.title(), kind=kind, lat=40.0, lon=46.0)

    few = {k["name"]: k["color"] for k in _kinds_json([place("town"), place("village")])}
    many = {k["name"]: k["color"] for k in _kinds_json([place(k) for k in [*KIND_COLORS, "ferry", "dam"]])}
    assert few["town"] == many["town"] and few["village"] == many["village"]
    assert len(set(many.values())) == len(many)  # no two kinds share a colour
