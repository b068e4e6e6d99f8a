"""Rows of the bundled gazetteer that settle names the world index gets wrong."""

from __future__ import annotations

from pathlib import Path

import pytest

from geomap.build import make_context
from geomap.gazetteer import Gazetteer
from geomap.ingest import Source
from geomap.pipeline import Context, process

ROOT = Path(__file__).parents[1]


@pytest.fixture(scope="module")
def ctx() -> Context:
    return make_context(Gazetteer.load(ROOT / "gazetteer.csv"), world=True)


def resolved(ctx: Context, tmp_path: Path, text: str) -> list[tuple[str, str]]:
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    return [(r.mention.surface, r.place.id) for r in process(Source(path, "a.txt"), ctx).resolved]


def test_cycling_races_are_no_places(ctx: Context, tmp_path: Path) -> None:
    text = (
        "Stage won\n\nLILLE - The Tour de France started in Lille, a week after the winners of "
        "Paris-Roubaix and Milan-San Remo met in Paris.\n"
    )
    got = [surface for surface, _ in resolved(ctx, tmp_path, text)]
    assert got == ["LILLE", "Lille", "Paris"]  # no France, Roubaix, Milan or San Remo


def test_brandenburg_is_the_state_at_potsdam(ctx: Context, tmp_path: Path) -> None:
    text = "Vote count\n\nPOTSDAM - The SPD stayed ahead of the AfD in Brandenburg on Sunday.\n"
    assert ("Brandenburg", "brandenburg") in resolved(ctx, tmp_path, text)  # not Brandenburg an der Havel


def test_kzn_and_nelson_mandela_bay(ctx: Context, tmp_path: Path) -> None:
    text = "MK gains\n\nDURBAN - The MK party surged in KZN, while the ANC held Nelson Mandela Bay.\n"
    got = resolved(ctx, tmp_path, text)
    assert ("KZN", "kwazulu-natal") in got and ("Nelson Mandela Bay", "nelson-mandela-bay") in got


def test_chernobyl_is_the_town_under_either_spelling(ctx: Context, tmp_path: Path) -> None:
    text = (
        "Drone strike\n\nKYIV - A drone hit the shelter over the Chernobyl plant's reactor; the town of "
        "Chornobyl lies 15 km away.\n"
    )
    got = resolved(ctx, tmp_path, text)
    assert ("Chernobyl", "chornobyl") in got
    assert ("Chornobyl", "chornobyl") in got


def test_nsw_is_new_south_wales_in_capitals_only(ctx: Context, tmp_path: Path) -> None:
    text = (
        "Floods\n\nTAREE - NSW Premier Chris Minns toured the flooded town. Rain was heaviest in New "
        "South Wales, and the nsw-bound trains stopped.\n"
    )
    got = resolved(ctx, tmp_path, text)
    assert ("NSW", "new-south-wales") in got
    assert ("New South Wales", "new-south-wales") in got
    assert [surface for surface, _ in got].count("nsw") == 0


def test_norways_new_counties_merseyside_and_wood_buffalo(ctx: Context, tmp_path: Path) -> None:
    text = (
        "Winter roads\n\nKIRKENES - Snow closed roads across Finnmark and Troms on Monday. "
        "Police in Merseyside warned drivers, and in Alberta, Wood Buffalo opened shelters.\n"
    )
    got = resolved(ctx, tmp_path, text)
    for pair in (("Finnmark", "finnmark"), ("Troms", "troms"), ("Merseyside", "merseyside")):
        assert pair in got
    assert ("Wood Buffalo", "wood-buffalo") in got  # not Buffalo, New York
    assert all(surface != "Buffalo" for surface, _ in got)


def test_countries_by_their_own_and_formal_names(ctx: Context, tmp_path: Path) -> None:
    text = (
        "Island votes\n\nVoters in Føroyar and in Kalaallit Nunaat went to the polls, and the "
        "Republic of China sent observers.\n"
    )
    got = dict(resolved(ctx, tmp_path, text))
    assert got.get("Føroyar") == "geonames:2622320"  # the Faroe Islands
    assert got.get("Kalaallit Nunaat") == "geonames:3425505"  # Greenland
    assert got.get("Republic of China") == "geonames:1668284"  # Taiwan, not China
