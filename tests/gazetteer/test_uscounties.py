"""US counties in the world index, from the postal code list."""

from __future__ import annotations

from geomap.distance import distance_km
from geomap.gazetteer import name_key
from geomap.gazetteer.world import FREE, load_index


def counties(name: str) -> dict[str, tuple[float, float, str]]:
    """The counties called ``name`` in the world index, by state: point and place id."""
    index = load_index()
    out = {}
    for row, need in index.entries(name_key(name)):
        if index.kind[row] == "county":
            assert need == FREE
            out[index.admin1[row]] = (index.lat[row], index.lon[row], index.place(row).id)
    return out


def test_a_county_stands_at_its_main_town() -> None:
    haywood = counties("Haywood County")
    assert set(haywood) == {"NC", "TN"}
    lat, lon, place_id = haywood["NC"]
    assert place_id == "fips:37087"
    assert distance_km((lat, lon), (35.4887, -82.9887)) < 5  # Waynesville, its seat
    assert distance_km(counties("Cocke County")["TN"][:2], (35.9670, -83.1877)) < 5  # Newport


def test_names_spelled_differently_in_the_two_lists_are_found() -> None:
    assert set(counties("St. Louis County")) == {"MN", "MO"}
    assert "GA" in counties("DeKalb County")
    assert "NM" in counties("Doña Ana County")
    assert "LA" in counties("Orleans Parish")


def test_the_most_populous_namesake_is_the_most_prominent() -> None:
    index = load_index()
    rows = [r for r, _ in index.entries("orange county") if index.kind[r] == "county"]
    biggest = max(rows, key=lambda r: index.population[r])
    assert index.admin1[biggest] == "CA"
    assert index.place(biggest).parent == "US.CA"


def test_of_towns_with_as_many_zip_codes_the_most_populous_is_the_main_one() -> None:
    # Gaines County has one ZIP code each for Loop, Seagraves and Seminole, its seat
    assert distance_km(counties("Gaines County")["TX"][:2], (32.719, -102.645)) < 5
    assert distance_km(counties("Dawson County")["TX"][:2], (32.738, -101.951)) < 5  # Lamesa
