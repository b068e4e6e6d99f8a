"""Datelines that name unknown places, and curated names used for a namesake abroad."""

from __future__ import annotations

from pathlib import Path

from tests.resolve.test_us_places import bundled, ctx, found

__all__ = ["bundled", "ctx"]  # the module's fixtures: the small and the bundled gazetteers

ARARAT_AU = "geonames:2177756"


def test_a_dateline_name_longer_than_a_known_name_is_not_that_name(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = "Fire contained\n\nHALLS GAP, Victoria — The fire that closed the park is out, officials said.\n"
    assert "HALLS" not in [surface for surface, _ in found(ctx, tmp_path, text)]


def test_an_island_in_a_dateline_is_its_namesake_place(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = "Storm passes\n\nCEBU ISLAND, March 9 — The storm weakened before it reached land.\n"
    assert [surface for surface, _ in found(ctx, tmp_path, text)] == ["CEBU"]


def test_a_far_curated_name_is_the_town_of_the_articles_country(bundled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Bushfire\n\nThe fire burned west of Stawell and north of Horsham in Victoria. Hundreds of "
        "people spent the night at relief centres in Stawell and Ararat, and buses left from Ballarat.\n"
    )
    assert ("Ararat", ARARAT_AU) in found(bundled, tmp_path, text)
