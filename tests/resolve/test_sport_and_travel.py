"""Names in news of sport, travel and disasters: clubs named after their towns."""

from __future__ import annotations

from pathlib import Path

from tests.resolve.test_us_places import ctx, found

__all__ = ["ctx"]  # the module's fixture: the small gazetteer with the world one


def places(ctx, tmp_path: Path, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [surface for surface, _ in found(ctx, tmp_path, text)]


def test_a_british_club_named_city_or_town_is_no_place(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Play-off final\n\nLuton Town beat Coventry City on penalties on Saturday. The coach once "
        "assisted Pep Guardiola at Manchester City.\n"
    )
    assert places(ctx, tmp_path, text) == []


def test_the_clubs_town_is_a_place_after_a_cue_or_in_a_dateline(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Promotion sealed\n\nLEICESTER, April 26 (Wire) - Leicester City are back in the Premier "
        "League. Leicester's players watched at home. In Leicester, fans celebrated.\n"
    )
    assert places(ctx, tmp_path, text) == ["LEICESTER", "Leicester"]


def test_a_town_hall_keeps_its_town(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = "Budget cuts\n\nProtesters gathered outside Luton Town Hall on Monday.\n"
    assert places(ctx, tmp_path, text) == ["Luton"]


def test_a_place_named_city_is_one_name(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = "Storm warning\n\nFlights from Davao City and Cebu City to Manila were cancelled.\n"
    assert places(ctx, tmp_path, text) == ["Davao City", "Cebu City", "Manila"]
