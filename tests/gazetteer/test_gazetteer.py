"""``Gazetteer.load``: lookups by any spelling, and the GeoDataFrame."""

from __future__ import annotations

from pathlib import Path

import pytest
import shapely
from shapely.geometry import LineString, Point

from geomap.errors import GazetteerError
from geomap.gazetteer import Gazetteer

from .helpers import HEADER

ROWS = [
    "terter,Tərtər,Tartar|Terter,town,40.34179,46.93242,,AZ,,147288,",
    'lachin-corridor,Lachin corridor,Lachin road,corridor,39.6,46.5,"LINESTRING (46.42 39.8, 46.55 39.64, 46.68 39.55)",AZ,,,',
    "minsk-group,Minsk Group,,ignore,,,,,,,",
]  # fmt: skip


@pytest.fixture
def gaz(tmp_path: Path) -> Gazetteer:
    path = tmp_path / "gazetteer.csv"
    path.write_text("\n".join((HEADER, *ROWS)) + "\n", encoding="utf-8")
    return Gazetteer.load(path)


@pytest.mark.parametrize(
    ("name", "ids"),
    [
        pytest.param("Tərtər", ["terter"], id="native"),
        pytest.param("TARTAR", ["terter"], id="alias-upper"),
        pytest.param("terter", ["terter"], id="ascii-lower"),
        pytest.param("Lachin  road", ["lachin-corridor"], id="double-space"),
        pytest.param("Minsk Group", [], id="ignore-row"),
        pytest.param("Barda", [], id="unknown"),
    ],
)
def test_lookup(gaz: Gazetteer, name: str, ids: list[str]) -> None:
    assert [p.id for p in gaz.lookup(name)] == ids


def test_lookup_lists_a_place_once(gaz: Gazetteer) -> None:
    assert [p.id for p in gaz.lookup("Terter")] == ["terter"]


def test_ignore_phrases(gaz: Gazetteer) -> None:
    assert gaz.ignored == {"minsk group"}


def test_geodataframe(gaz: Gazetteer) -> None:
    gdf = gaz.to_geodataframe()
    assert gdf.crs.to_epsg() == 4326
    assert list(gdf["id"]) == ["terter", "lachin-corridor"]
    terter, corridor = gdf.geometry
    # lon/lat order: x is the longitude
    assert terter.equals(Point(46.93242, 40.34179))
    assert (terter.x, terter.y) == (46.93242, 40.34179)
    assert isinstance(corridor, LineString)
    assert corridor.equals(shapely.from_wkt("LINESTRING (46.42 39.8, 46.55 39.64, 46.68 39.55)"))


def test_load_raises_with_every_problem(tmp_path: Path) -> None:
    path = tmp_path / "g.csv"
    path.write_text(HEADER + "\na,A,,town,95,46,,,,,\nb,,,town,40,46,,,,,\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"g\.csv:2: lat '95'.* \(and 1 more problem\(s\)\)"):
        Gazetteer.load(path)
    warned = Gazetteer.load(path, on_invalid="warn")
    assert warned.places == []
    assert len(warned.errors) == 2 and warned.warnings == []


def test_a_valid_file_loads_again_from_the_cache(tmp_path: Path, cache: Path) -> None:
    path = tmp_path / "gazetteer.csv"
    path.write_bytes(("\ufeff" + "\n".join((HEADER, *ROWS)) + "\n").encode("utf-8"))
    first = Gazetteer.load(path)
    assert list(cache.glob("gazetteer-*.pickle"))
    again = Gazetteer.load(path)
    assert repr(again.places) == repr(first.places)  # repr: the ignore row's NaN != NaN
    assert again.warnings == first.warnings
    assert again.by_key.keys() == first.by_key.keys()


def test_an_edited_file_is_read_again(tmp_path: Path) -> None:
    path = tmp_path / "gazetteer.csv"
    path.write_text("\n".join((HEADER, *ROWS)) + "\n", encoding="utf-8")
    assert Gazetteer.load(path).lookup("Terter")[0].lat == pytest.approx(40.34179)
    path.write_text(
        "\n".join((HEADER, ROWS[0].replace("40.34179", "40.5"), *ROWS[1:])) + "\n", encoding="utf-8"
    )
    assert Gazetteer.load(path).lookup("Terter")[0].lat == pytest.approx(40.5)


def test_an_invalid_file_is_refused_every_time(tmp_path: Path, cache: Path) -> None:
    path = tmp_path / "gazetteer.csv"
    path.write_text("\n".join((HEADER, ROWS[0].replace("40.34179", "north"))) + "\n", encoding="utf-8")
    for _ in range(2):
        with pytest.raises(GazetteerError, match="lat 'north' is not a number"):
            Gazetteer.load(path)
    assert not list(cache.glob("gazetteer-*.pickle"))
