"""Names that are part of another name (a dateline's unknown place, a river, a council), and
curated names used for a namesake abroad."""

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


HEBEI = "iso3166-2:CN-HE"
HENAN = "iso3166-2:CN-HA"


def test_a_province_is_meant_over_a_village_or_another_name_of_a_city(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Mine blast\n\nRescuers in Henan searched a coal mine on Tuesday. Floods hit Hebei "
        "province last summer, and Hebei sent help.\n"
    )
    got = found(ctx, tmp_path, text)
    assert ("Henan", HENAN) in got
    assert got.count(("Hebei", HEBEI)) == 2


def test_residents_of_a_place_are_no_person(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Quake felt far away\n\nThe quake struck Shandong on Sunday. A resident of neighbouring "
        "Hebei wrote online that the shaking rocked her flat.\n"
    )
    assert "Hebei" in [surface for surface, _ in found(ctx, tmp_path, text)]


def test_a_river_named_after_a_place_is_no_mention_of_it(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Floods\n\nThe smoke could be seen across the Ohio River in Indiana. In Louisville, "
        "Kentucky, the Ohio River was rising. Ships waited at Gatun Lake in Panama.\n"
    )
    got = [surface for surface, _ in found(ctx, tmp_path, text)]
    assert "Ohio" not in got
    assert "Gatun" not in got


def test_a_council_named_shire_is_not_the_town_of_shire(bundled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Flood\n\nINGHAM, Queensland - The town is the seat of the Hinchinbrook Shire. In Tigray, "
        "fighting reached Shire last year.\n"
    )
    assert [surface for surface, _ in found(bundled, tmp_path, text)].count("Shire") == 1


def test_a_far_curated_name_not_listed_with_the_rest_keeps_its_place(bundled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Election\n\nOTTAWA, April 29 - Mark Carney won Nepean, in Ottawa, on Monday. Before entering "
        "politics he ran the Bank of England in London. Voters in Toronto and Montreal backed him.\n"
    )
    assert ("London", "london") in found(bundled, tmp_path, text)


LONDON_ON = "geonames:6058560"


def test_a_curated_name_follows_its_namesake_placed_by_a_dateline(bundled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "London riding turns Conservative\n\nLONDON, Ont. - Kurt Holman won the east-end riding on "
        "Monday. His parents came from England.\n"
    )
    got = found(bundled, tmp_path, text)
    assert got[0] == ("London", LONDON_ON)  # the headline's, as the dateline says
    assert ("London", "london") not in got


def test_the_end_of_a_longer_romance_name_is_not_that_place(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Shootout\n\nRIO DE JANEIRO - Gunfire closed the road near Parada de Lucas, and police raided "
        "Recreio dos Bandeirantes in the west of Rio de Janeiro and the Complexo de Israel.\n"
    )
    got = [surface for surface, _ in found(ctx, tmp_path, text)]
    assert "Israel" not in got
    assert "Lucas" not in got
    assert "Bandeirantes" not in got
    assert "Rio de Janeiro" in got


BELEM_PA = "geonames:3405870"


def test_a_city_twenty_two_times_bigger_wins_over_a_namesake_nearer_the_rest(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Raid in Rio\n\nPolice raided the North Zone of Rio de Janeiro on Tuesday, a few weeks before "
        "world leaders gather in Belém for the climate conference.\n"
    )
    assert ("Belém", BELEM_PA) in found(ctx, tmp_path, text)


VENICE_IT = "venice"
VENICE_FL = "geonames:4176380"


def test_venice_is_the_italian_city_not_dayton(bundled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = "Festival\n\nThe film won the Golden Lion in Venice last year and opened in New York.\n"
    assert ("Venice", VENICE_IT) in found(bundled, tmp_path, text)


def test_a_far_curated_name_is_the_town_of_the_state_that_holds_the_rest(bundled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Hurricane\n\nThe storm came ashore near Siesta Key, off the city of Sarasota, and spared "
        "Tampa. Crews worked across Sarasota County. In Venice, about a dozen miles down the coast, "
        "the city shut off its water.\n"
    )
    assert ("Venice", VENICE_FL) in found(bundled, tmp_path, text)


def test_a_village_after_the_article_is_a_river_or_a_range(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Christmas market\n\nMagdeburg, a city of about 240,000 on the Elbe, had prepared for a quiet "
        "end to the year. Pirna, a town on the Elbe, chose a new mayor.\n"
    )
    got = [surface for surface, _ in found(ctx, tmp_path, text)]
    assert "Magdeburg" in got and "Pirna" in got
    assert "Elbe" not in got


def test_a_name_after_the_article_in_a_list_of_regions_is_a_modifier(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = "Front\n\nMarines fought in the Kherson and Zaporizhzhia regions of Ukraine.\n"
    got = [surface for surface, _ in found(ctx, tmp_path, text)]
    assert "Kherson" in got and "Zaporizhzhia" in got


def test_a_russian_positional_prefix_makes_a_longer_name(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from geomap.ingest import Source
    from geomap.pipeline import process

    path = tmp_path / "a.txt"
    path.write_text(
        "Tsunami\n\nWaves reached the Kurils on Wednesday, officials in Russia said. People in "
        "Severo-Kurilsk fled uphill.\n",
        encoding="utf-8",
    )
    outcome = process(Source(path, "a.txt"), ctx)
    assert "Kurilsk" not in [r.mention.surface for r in outcome.resolved]
    assert "Severo-Kurilsk" in [u.surface for u in outcome.unresolved]


def test_a_norwegian_prefix_makes_a_longer_name(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Bears\n\nNorway tightened its rules on Svalbard. Visitors to Ny-Ålesund must now keep 300 "
        "metres from polar bears.\n"
    )
    assert "Ålesund" not in [surface for surface, _ in found(ctx, tmp_path, text)]
