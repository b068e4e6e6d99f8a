"""A metropolis over the villages of its name in its own country; a town listed with its
neighbours over a far major city."""

from __future__ import annotations

from pathlib import Path

from tests.resolve.test_matching import bundled, processed
from tests.resolve.test_us_places import ctx, found

__all__ = ["bundled", "ctx", "processed"]  # the module's fixtures and helpers


def test_a_metropolis_beats_a_village_of_its_name_near_the_other_places_of_its_sentence(
    ctx, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Protests spread\n\nStudents marched in Jakarta, Indonesia, on Monday. Clashes were also "
        "reported in Surabaya, Bandung, Yogyakarta and Medan.\n"
    )
    (surabaya,) = [p for s, p in found(ctx, tmp_path, text) if s == "Surabaya"]
    assert surabaya == "geonames:1625822"  # the city of three million, not a West Java village


def test_a_town_listed_after_its_neighbours_is_theirs_not_a_far_major_city(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Algarve vote\n\nFARO, Portugal - Voters in Portugal's south backed the party again. "
        "Rents in towns such as Albufeira, Loulé and Lagos have risen with holiday lets.\n"
    )
    (lagos,) = [p for s, p in found(ctx, tmp_path, text) if s == "Lagos"]
    assert lagos == "geonames:2267226"  # the Algarve town beside Albufeira and Loulé, not Nigeria's
