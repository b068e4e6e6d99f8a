"""A public body named after a region ("Emergency Management Otago") leaves the region a
place; a government "in" a city sits in the major city of its name."""

from __future__ import annotations

from pathlib import Path

from tests.resolve.test_matching import bundled, found

__all__ = ["bundled"]  # the module's fixture


def test_a_body_named_after_a_region_leaves_the_region_a_place(bundled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Rain\n\nQUEENSTOWN, New Zealand - The decision came on advice from Emergency "
        "Management Otago, officials said.\n\nThe band of rain had reached Southland before it "
        "crossed into Otago.\n"
    )
    assert ("Otago", "iso3166-2:NZ-OTA") in found(bundled, tmp_path, text)


def test_a_government_in_a_city_is_in_the_major_city_of_its_name(bundled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Parole ends\n\nMany Cubans settled in Miami. Florida's members of Congress were split, "
        "and the Miami-born secretary of state in Florida has led a harder line toward the "
        "government in Havana.\n"
    )
    (havana,) = [p for s, p in found(bundled, tmp_path, text) if s == "Havana"]
    assert havana == "geonames:3553478"  # Cuba's capital, not Havana, Florida, near Tallahassee
