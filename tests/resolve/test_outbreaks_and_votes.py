"""Names in news of epidemics and elections: diseases, breeds, parties, surnames."""

from __future__ import annotations

from pathlib import Path

from tests.resolve.test_us_places import ctx, found

__all__ = ["ctx"]  # the module's fixture: the small gazetteer with the world one

ATLANTA_GA = "geonames:4180439"
MICHIGAN = "geonames:5001836"


def places(ctx, tmp_path: Path, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    return {surface for surface, _ in found(ctx, tmp_path, text)}


def test_a_disease_named_after_a_place_is_no_place(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ebola outbreak declared\n\nKAMPALA - Uganda confirmed an outbreak of Sudan virus disease on "
        "Thursday. Hong Kong flu killed a million people in 1968.\n"
    )
    assert places(ctx, tmp_path, text) == {"KAMPALA", "Uganda"}


def test_a_country_named_after_its_disease_is_still_a_country(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = "Ebola in Uganda\n\nUganda is fighting Sudan virus disease. Refugees from Sudan keep arriving.\n"
    assert [s for s, _ in found(ctx, tmp_path, text)].count("Sudan") == 1


def test_a_breed_named_after_a_place_is_no_place(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Dairy herds hit\n\nAMARILLO - Farmers described herds of Holstein and Jersey cows giving "
        "less milk, and flocks of Leghorn hens culled. Texas cattle were moved north.\n"
    )
    got = places(ctx, tmp_path, text)
    assert not {"Holstein", "Jersey", "Leghorn"} & got
    assert "Texas" in got


def test_a_sentence_opening_ordinal_is_no_first_name(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Second Michigan dairy worker infected with bird flu\n\nA worker on a Michigan dairy farm has "
        "been infected, officials said. Michigan’s dairy industry has been hit hard.\n"
    )
    assert ("Michigan", MICHIGAN) in found(ctx, tmp_path, text)


def test_a_surname_with_a_suffix_stays_a_person(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Funeral in Texas\n\nSEMINOLE, Texas - A second child has died of measles, officials said.\n\n"
        "Health Secretary Robert F. Kennedy Jr. travelled to Gaines County for the service. "
        "Kennedy said the vaccine was effective.\n"
    )
    assert "Kennedy" not in places(ctx, tmp_path, text)


def test_a_middle_name_does_not_make_a_town_a_person(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Road closed\n\nOfficials said food parcels had arrived from Cúcuta on Monday.\n\n"
        "A mother of four, Yolanda Cúcuta Ramírez, said her family would stay.\n"
    )
    assert "Cúcuta" in places(ctx, tmp_path, text)


def test_the_province_of_a_town_is_a_place_cue(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Outbreak grows\n\nCARPI, Italy - Infections in the province of Modena have risen to 63, "
        "the health authority said.\n\nThe patients are well, according to Ausl Modena.\n"
    )
    assert "Modena" in places(ctx, tmp_path, text)


def test_a_state_department_is_an_organisation(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Liverwurst recalled\n\nJARRATT, Va. - Samples that the Maryland Department of Health took "
        "from a store matched the strain, the U.S. Department of Agriculture said.\n"
    )
    got = places(ctx, tmp_path, text)
    assert "Maryland" not in got and "U.S." not in got
    assert "Va." in got


def test_a_region_of_the_main_country_beats_a_city_abroad(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Canada loses its status\n\nCanada is no longer free of measles, the Ottawa-based Public Health "
        "Agency of Canada said on Monday, ending a status the country had held since 1998.\n\n"
        "Ontario has carried the heaviest load, with close to 2,400 cases. Alberta is still recording "
        "new infections.\n\nTo regain its status, Canada must show that the strain has stopped "
        "circulating.\n\nThe decision is watched closely to the south, where outbreaks in Texas, Utah "
        "and South Carolina have pushed case counts up.\n"
    )
    assert ("Ontario", "iso3166-2:CA-ON") in found(ctx, tmp_path, text)  # not Ontario, California


def test_a_major_city_beats_a_small_town_of_a_named_state_that_needs_a_cue(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Outbreak over\n\nAUSTIN, Texas - Texas declared its measles outbreak over on Monday. Texas "
        "counted 762 cases, the Atlanta-based Centers for Disease Control said.\n"
    )
    assert ("Atlanta", ATLANTA_GA) in found(ctx, tmp_path, text)


def test_a_region_named_by_common_words_counts_in_an_article_on_its_country(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "ANC loses its majority\n\nCAPE TOWN - South Africa's ANC lost ground in the Western Cape "
        "and the Free State, while the DA held Cape Town.\n\nIn Germany, the Free State of Saxony "
        "voted too.\n"
    )
    got = found(ctx, tmp_path, text)
    assert ("Western Cape", "iso3166-2:ZA-WC") in got
    assert [s for s, p in got if p == "iso3166-2:ZA-FS"] == ["Free State"]  # not Saxony's title


def test_parties_named_for_a_country_are_no_places(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Populists gain\n\nBERLIN - The Alternative for Germany won in Thuringia, and Reform UK "
        "gained seats.\n"
    )
    got = places(ctx, tmp_path, text)
    assert "Germany" not in got and "UK" not in got
    assert "Thuringia" in got


def test_a_town_of_a_state_is_not_a_hamlet_named_after_it(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Two hopefuls shot dead in Michoacán town\n\nMARAVATÍO, Feb. 27 (Wire) - Two men who hoped to "
        "become mayor of Maravatío, in the western state of Michoacán, were shot dead on Monday.\n"
    )
    got = found(ctx, tmp_path, text)
    assert [p for s, p in got if s == "Michoacán"] == ["iso3166-2:MX-MIC"] * 2


def test_coalitions_nicknamed_after_countries_are_no_places(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Coalition talks\n\nERFURT - The so-called Kenya coalition of CDU, Greens and SPD has ended; "
        'German politics already knows "Jamaica" and "Kenya" coalitions.\n'
    )
    assert not {"Kenya", "Jamaica"} & places(ctx, tmp_path, text)


def test_a_region_of_several_words_speaks_for_its_government(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Costs rise\n\nVANCOUVER - The provincial government of British Columbia argued that the "
        "tournament will repay much of the outlay.\n"
    )
    assert ("British Columbia", "iso3166-2:CA-BC") in found(ctx, tmp_path, text)


def test_a_first_name_before_a_surnames_particle_is_no_place(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = "Stage won\n\nCAEN - The attack took the yellow jersey from Mathieu van der Poel in Caen.\n"
    assert "Mathieu" not in places(ctx, tmp_path, text)


def test_the_games_of_a_city_name_the_city(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Medal won\n\nThe ride was one of the highlights of the Paris Games, and of the Paris Paralympics.\n"
    )
    assert [s for s, _ in found(ctx, tmp_path, text)] == ["Paris", "Paris"]


def test_an_institution_of_a_part_of_a_place_is_no_place(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = "Campus grows\n\nPYLA - Villagers say the University of Central Lancashire campus keeps growing.\n"
    assert "Lancashire" not in places(ctx, tmp_path, text)


def test_a_party_named_like_a_town_stays_the_party(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Vote in Acapulco\n\nACAPULCO - López, who ran for the ruling Morena party, said she had won. "
        "She had joined Morena in 2018.\n"
    )
    assert "Morena" not in places(ctx, tmp_path, text)


def test_a_name_with_a_lower_case_prefix_is_found(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = "Vote count\n\nDURBAN - The MK party won in eThekwini, and voters in eSwatini watched.\n"
    got = places(ctx, tmp_path, text)
    assert {"eThekwini", "eSwatini"} <= got


def test_a_party_named_after_its_country_leaves_the_country(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Attacks in Dagestan\n\nThe attacks were the worst bloodshed Russia’s south had seen in years. "
        "The district head was expelled from the ruling United Russia party.\n"
    )
    assert "Russia" in places(ctx, tmp_path, text)
