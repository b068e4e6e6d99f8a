"""A road's number after a country's initials ("U.S. 27"); the plural of a word opening a
sentence ("Rivers rose"); a range after "the" that only towns needing context are named
like ("the Andes"); a gulf, a strait or a sea of a place ("the Gulf of Mexico"); a clinic
or a diocese "of" a place; a list member placed in the country of its one unambiguous
neighbour when the article is about that country."""

from __future__ import annotations

from pathlib import Path

from geomap.resolve.cues import numbers_a_road
from tests.resolve.test_matching import bundled, found

__all__ = ["bundled"]  # the module's fixture


def test_a_highway_number_after_the_countrys_initials_is_no_mention(bundled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Tornado damage\n\nSOMERSET, Ky. - Crews cleared debris along U.S. 27 south of town. "
        "Drivers heading north on US 127 were sent around the closure.\n"
    )
    assert [s for s, _ in found(bundled, tmp_path, text) if s.startswith("U")] == []


def test_the_countrys_initials_before_an_amount_or_a_year_are_the_country() -> None:
    for text in (
        "a US 400 million deal",
        "the U.S. 2024 election",
        "U.S. 10-year bonds",
        "a U.S. 3.5 percent rise",
    ):
        start = text.index("U")
        assert not numbers_a_road(text, start, text.index(" ", start)), text
    text = "drive in on U.S. 400 past the plants"
    assert numbers_a_road(text, text.index("U"), text.index(" 400"))


def test_a_range_named_like_towns_that_need_context_is_no_town(bundled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Lithium rush\n\nMining companies from China have bought into projects up and down the "
        "Andes for a decade, from Argentina to Chile.\n"
    )
    assert [s for s, _ in found(bundled, tmp_path, text) if s == "Andes"] == []


def test_a_list_member_goes_with_its_unambiguous_neighbour_in_the_articles_country(
    bundled, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Olive harvest\n\nMENDOZA, Argentina - Argentina's olive growers had a dry year, and "
        "growers in Argentina blamed the heat. Spain's harvest recovered, and Spain's prices fell."
        "\n\nThe trees came from Spain with the first settlers. Most groves lie in the dry "
        "foothills, in the provinces of Catamarca, La Rioja, San Juan and Mendoza, where Spain's "
        "varieties still grow.\n"
    )
    (san_juan,) = [p for s, p in found(bundled, tmp_path, text) if s == "San Juan"]
    assert san_juan == "geonames:3837213"  # the Argentine city, not San Juan, Puerto Rico


def test_the_plural_of_a_word_opening_a_sentence_is_no_place(bundled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Floods in Lori\n\nVANADZOR, Armenia - Heavy rain fell overnight. Rivers rose fast and "
        "burst their banks. Farmers said the harvest was lost. Wales sent aid.\n"
    )
    surfaces = [s for s, _ in found(bundled, tmp_path, text)]
    assert "Rivers" not in surfaces and "Farmers" not in surfaces  # not Nigeria's Rivers state
    assert "Wales" in surfaces  # "wale" is too rare a word


def test_a_gulf_a_strait_or_a_sea_of_a_place_is_no_mention_of_it(bundled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Storm season\n\nHAVANA, Cuba - The storm moved out over the Gulf of Mexico. Ships waited "
        "in the Strait of Malacca and the Sea of Azov, and a second storm crossed the Bay of "
        "Biscay.\n"
    )
    surfaces = {s for s, _ in found(bundled, tmp_path, text)}
    assert not surfaces & {"Mexico", "Malacca", "Azov", "Biscay"}


def test_a_clinic_or_a_diocese_of_a_place_is_an_organisation(bundled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Collapse\n\nNOVI SAD, Serbia - Three people were treated at the Clinical Centre of "
        "Vojvodina. The Diocese of Raška said it would pray for them.\n"
    )
    surfaces = {s for s, _ in found(bundled, tmp_path, text)}
    assert not surfaces & {"Vojvodina", "Raška"}
