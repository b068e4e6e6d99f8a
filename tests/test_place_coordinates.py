"""The places the bundled examples and typical coverage name resolve to the right point.

Expected coordinates are GeoNames / OpenStreetMap positions of each place's centre,
independent of gazetteer.csv; the tolerance is 15 km (a district or region: 60 km).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from geomap.build import make_context
from geomap.gazetteer import Gazetteer
from geomap.ingest import Source
from geomap.pipeline import process
from tests.conftest import ROOT

EXPECTED = [
    ("Ganja", 40.6828, 46.3606), ("Gəncə", 40.6828, 46.3606), ("Terter", 40.3419, 46.9320),
    ("Tartar", 40.3419, 46.9320), ("Talysh", 40.3814, 46.7408), ("Yerevan", 40.1811, 44.5136),
    ("Stepanakert", 39.8153, 46.7519), ("Khankendi", 39.8153, 46.7519), ("Baku", 40.3777, 49.8920),
    ("Moscow", 55.7558, 37.6173), ("Shusha", 39.7581, 46.7486), ("Shushi", 39.7581, 46.7486),
    ("Goris", 39.5111, 46.3386), ("Kornidzor", 39.5476, 46.5305), ("Hadrut", 39.5200, 47.0300),
    ("Martakert", 40.2100, 46.8200), ("Barda", 40.3744, 47.1266), ("Jermuk", 39.8417, 45.6722),
    ("Vardenis", 40.1833, 45.7306), ("Lachin", 39.6394, 46.5467), ("Mingachevir", 40.7703, 47.0496),
    ("Yevlakh", 40.6172, 47.1500), ("Aghdam", 39.9911, 46.9297), ("Brussels", 50.8503, 4.3517),
    ("Tbilisi", 41.6941, 44.8337), ("Ankara", 39.9199, 32.8543), ("Tehran", 35.6944, 51.4215),
    ("Fuzuli", 39.6003, 47.1431), ("Jabrayil", 39.3999, 47.0245), ("Kalbajar", 40.1098, 46.0445),
    ("Sugovushan", 40.3314, 46.7294), ("Madagiz", 40.3314, 46.7294), ("Adjara", 41.6168, 41.6367),
    ("Alat", 39.9483, 49.4067), ("Ələt", 39.9483, 49.4067), ("Hamamlı", 40.8313, 44.2702),
    ("Yeni Bayazid", 40.3589, 45.1267), ("Dilican", 40.7404, 44.8634), ("Idjevan", 40.8780, 45.1477),
    ("Drmbon", 40.1467, 46.6075), ("Heyvaly", 40.1467, 46.6075), ("Demirli", 40.1788, 46.7652),
    ("Tsaghkashen", 40.1788, 46.7652), ("Chovdar", 40.6136, 46.1086), ("Söyüdlü", 40.5967, 45.8375),
    ("Teghout", 41.1180, 44.8457), ("Teghut", 41.1180, 44.8457), ("Vejnaly", 38.9231, 46.5600),
    ("Sabunchu", 40.4425, 49.9481), ("Mərdəkan", 40.4922, 50.1389), ("Pirshaghi", 40.5608, 49.8892),
    ("Bibiheybat", 40.3067, 49.8225), ("Novkhani", 40.5297, 49.7794), ("Lake Sevan", 40.3170, 45.3500),
    ("Lahıc", 40.8492, 48.3836), ("Nabran", 41.7622, 48.6978), ("Krasnaya Sloboda", 41.3736, 48.5106),
]  # fmt: skip


@pytest.fixture(scope="module")
def ctx():  # type: ignore[no-untyped-def]
    return make_context(Gazetteer.load(ROOT / "gazetteer.csv"), world=True)


@pytest.mark.parametrize(("name", "lat", "lon"), EXPECTED, ids=[e[0] for e in EXPECTED])
def test_place_resolves_near_its_true_position(
    ctx, tmp_path: Path, name: str, lat: float, lon: float
) -> None:  # type: ignore[no-untyped-def]
    from geopy.distance import great_circle

    path = tmp_path / "a.txt"
    path.write_text(f"Reporters travelled to {name} on Monday.", encoding="utf-8")
    out = process(Source(path, "a.txt"), ctx)
    assert [r.mention.surface for r in out.resolved] == [name]
    place = out.resolved[0].place
    assert great_circle((lat, lon), (place.lat, place.lon)).km < 15, place


def test_lachin_corridor_is_a_line_from_stepanakert_towards_goris() -> None:
    import shapely

    gaz = Gazetteer.load(ROOT / "gazetteer.csv")
    line = shapely.from_wkt(gaz.lookup("Lachin Corridor")[0].wkt)
    assert line.geom_type == "LineString"
    assert line.distance(shapely.Point(46.7519, 39.8153)) < 0.1  # Stepanakert
    assert line.distance(shapely.Point(46.5467, 39.6394)) < 0.05  # Lachin
    assert line.distance(shapely.Point(46.3386, 39.5111)) < 0.15  # Goris


def test_nagorno_karabakh_polygon_contains_its_towns() -> None:
    import shapely

    gaz = Gazetteer.load(ROOT / "gazetteer.csv")
    poly = shapely.from_wkt(gaz.lookup("Nagorno-Karabakh")[0].wkt)
    for lon, lat in [(46.7519, 39.8153), (46.7486, 39.7581), (46.82, 40.21), (47.03, 39.52)]:
        assert poly.contains(shapely.Point(lon, lat))
    assert not poly.contains(shapely.Point(44.5136, 40.1811))  # Yerevan
