"""First-level regions from ISO 3166-2 (the iso3166-2 package)."""

from __future__ import annotations

from geomap.distance import distance_km
from geomap.gazetteer import name_key
from geomap.gazetteer.subdivisions import Subdivision, _names, subdivisions
from geomap.gazetteer.world import (
    AFTER_PLACE,
    FREE,
    KIND_AFTER,
    NEEDS_CONTEXT,
    NEEDS_QUALIFIER,
    WorldIndex,
    _region_seats,
    load_index,
)


def test_names_keep_short_other_names_and_drop_nicknames() -> None:
    got = _names("Texas", "Texas (spa), Tejas (spa), The Lone Star State (eng), Lone Star (eng)")
    assert got == (("Texas", "official"), ("Tejas", "other"), ("Lone Star", "eng"))


def test_bracketed_official_names_are_two() -> None:
    assert _names("Catalunya [Cataluña]", "Catalonia (eng)") == (
        ("Catalunya", "official"),
        ("Cataluña", "official"),
        ("Catalonia", "eng"),
    )


def test_a_bracketed_note_after_an_official_name_is_dropped() -> None:
    assert _names("Bicol (Region V)", "Bicolandia (bcl)") == (("Bicol", "official"), ("Bicolandia", "other"))
    assert _names("Aousserd (EH)", "") == (("Aousserd (EH)", "official"),)  # a claimed province: as written


def test_display_name_prefers_english_over_a_long_official_name() -> None:
    crimea = Subdivision(
        "UA-43", "UA", _names("Avtonomna Respublika Krym", "Crimea (eng)"), "region", 45.7, 33.9, 27
    )
    england = Subdivision("GB-ENG", "GB", _names("England", "Albion (eng)"), "region", 52.5, -1.3, 4)
    assert (crimea.display_name, england.display_name) == ("Crimea", "England")


def test_display_name_keeps_an_official_name_over_its_word_for_word_translation() -> None:
    by_code = {s.code: s for s in subdivisions()}
    shown = {code: by_code[code].display_name for code in ("BR-RS", "BR-ES", "BR-SP", "AR-R", "VN-59")}
    assert shown == {
        "BR-RS": "Rio Grande do Sul",  # not "Great Southern River"
        "BR-ES": "Espírito Santo",  # not "Holy Spirit"
        "BR-SP": "São Paulo",  # not "Saint Paul"
        "AR-R": "Río Negro",  # not "Black River"
        "VN-59": "Cà Mau",  # not "Dark water"
    }
    # a spelling, or a romanized official name, still gives way to the English one
    kept = {code: by_code[code].display_name for code in ("AZ-TAR", "LY-TB", "UA-43", "AT-3")}
    assert kept == {"AZ-TAR": "Tartar", "LY-TB": "Tripoli", "UA-43": "Crimea", "AT-3": "Lower Austria"}


def test_only_top_level_subdivisions_of_known_kinds() -> None:
    subs = {s.code: s for s in subdivisions()}
    assert subs["SD-GZ"].kind == "state" and subs["UA-43"].kind == "region"
    assert not any(code.startswith("SI-") for code in subs)  # Slovenia's municipalities
    assert all(s.names and -90 <= s.lat <= 90 and -180 <= s.lon <= 180 for s in subs.values())


def test_names_lose_their_type_word_and_gain_their_label() -> None:
    yunnan = Subdivision(
        "CN-YN", "CN", _names("Yunnan Sheng", ""), "province", 25.0, 101.0, 34, ("Province",)
    )
    assert yunnan.names == (("Yunnan Sheng", "official"), ("Yunnan", "official"))
    assert yunnan.titled_names() == ["Yunnan Province"]


def test_a_key_keeps_each_need_it_is_given() -> None:
    index = WorldIndex(
        names=["Unity", "Bolivar"], lat=[9.0, 9.0], lon=[29.0, -75.0], country=["SS", "CO"],
        admin1=["", ""], population=[0, 0], geonameid=[0, 0], kind=["state", "province"], keys={},
    )  # fmt: skip
    for need in (FREE, NEEDS_CONTEXT, NEEDS_QUALIFIER, AFTER_PLACE, KIND_AFTER):
        index.add(f"key {need}", 1, need)
        index.add(f"key {need}", 0, need)
        assert index.entries(f"key {need}") == ((1, need), (0, need))


def test_a_region_named_like_a_word_needs_its_kind_after_it() -> None:
    index = load_index()
    unity = [(index.names[row], need) for row, need in index.entries("unity") if index.kind[row] == "state"]
    assert unity == [("Unity", KIND_AFTER)]
    # a very common word or a translated phrase would only slow the scan down
    assert all(need != KIND_AFTER for _, need in index.entries("north"))
    assert index.entries("the pretty") == ()


def test_an_official_name_written_with_its_type_after_a_comma() -> None:
    got = _names("Găgăuzia, Unitatea teritorială autonomă (UTAG)", "Gagauzia (ron), Gagauz-Yeri (ron)")
    assert got == (("Găgăuzia", "inverted"), ("Gagauzia", "other"), ("Gagauz-Yeri", "other"))
    assert _names("wallonne, Région", "Wallonia (eng)") == (("Wallonia", "eng"),)
    by_code = {s.code: s for s in subdivisions()}
    assert by_code["RU-SE"].display_name == "North Ossetia"  # not "Severnaja Osetija"
    assert by_code["MD-GA"].kind == "region"


def test_the_short_form_of_a_long_official_name_is_a_place_anywhere() -> None:
    got = _names("Coahuila de Zaragoza", "Coahuila (spa), Nacika (apl)")
    assert got == (("Coahuila de Zaragoza", "official"), ("Coahuila", "eng"), ("Nacika", "other"))
    index = load_index()
    coahuila = [
        (index.names[row], need) for row, need in index.entries("coahuila") if index.kind[row] == "state"
    ]
    assert coahuila == [("Coahuila", FREE)]  # a village named so is no longer all it can be


def _region_point(index: WorldIndex, key: str, code: str) -> tuple[float, float]:
    (row,) = [r for r, _ in index.entries(key) if index.admin1[r] == code]
    return index.lat[row], index.lon[row]


def test_a_region_stands_at_its_seat_not_its_centre() -> None:
    index = load_index()
    seats = {  # (key, ISO code): the seat, then the ISO centre it is no longer at
        ("north darfur", "SD-DN"): (13.63, 25.35),  # El Fasher
        ("balochistan", "PK-BA"): (30.18, 67.00),  # Quetta
        ("gorno badakhshan", "TJ-GB"): (37.49, 71.55),  # Khorog
        ("kurdistan", "IQ-KR"): (36.19, 44.01),  # Erbil
        ("sool", "SO-SO"): (8.48, 47.36),  # Las Anod: a majority of its 5 nearest towns
    }
    for (key, code), seat in seats.items():
        assert distance_km(_region_point(index, key, code), seat) < 5, key


def test_a_region_with_no_seat_of_its_own_keeps_its_centre() -> None:
    towns = [  # name, lat, lon, region code in GeoNames: one region holds both counties
        {"name": n, "latitude": la, "longitude": lo, "countrycode": "GB", "admin1code": "ENG"}
        for n, la, lo in [("London", 51.5, -0.1), ("Maidstone", 51.27, 0.52), ("Guildford", 51.24, -0.57)]
    ]
    kent = Subdivision("GB-KEN", "GB", (("Kent", "official"),), "district", 51.2, 0.7, 2)
    surrey = Subdivision("GB-SRY", "GB", (("Surrey", "official"),), "district", 51.25, -0.4, 2)
    best = {("GB", "ENG"): (51.5, -0.1)}
    assert _region_seats([kent, surrey], towns, best) == {}  # not both at London
    assert _region_seats([kent], towns, best) == {"GB-KEN": (51.5, -0.1)}


def test_a_city_of_a_million_is_named_by_its_own_name() -> None:
    index = load_index()

    def needs(key: str, country: str) -> list[int]:
        return [need for row, need in index.entries(key) if index.country[row] == country]

    # a name news uses very often is still the big city's, and the namesakes of 100,000
    # people and more count too; an ordinary word ("shanghai") wants a place cue
    assert needs("chicago", "US") == [FREE]
    assert needs("sydney", "AU") == needs("sydney", "CA") == [FREE]
    assert needs("shanghai", "CN") == [NEEDS_CONTEXT]


def test_a_us_state_stands_at_its_capital_not_its_largest_city() -> None:
    index = load_index()
    capitals = {"texas": (30.27, -97.74), "california": (38.58, -121.49), "illinois": (39.80, -89.64)}
    for key, capital in capitals.items():
        (row,) = [r for r, _ in index.entries(key) if index.kind[r] == "state" and index.country[r] == "US"]
        assert distance_km((index.lat[row], index.lon[row]), capital) < 10, key  # not Houston, LA, Chicago


def test_a_region_stands_at_its_capital_where_that_is_not_its_largest_town() -> None:
    index = load_index()
    capitals = {  # not Vigo, Vancouver, Kochi, Vienna's suburbs
        "galicia": ("ES", (42.878, -8.544)),
        "british columbia": ("CA", (48.428, -123.365)),
        "kerala": ("IN", (8.486, 76.949)),
        "lower austria": ("AT", (48.208, 15.637)),
    }
    for key, (country, capital) in capitals.items():
        (row,) = [r for r, _ in index.entries(key) if index.kind[r] != "city" and index.country[r] == country]
        assert distance_km((index.lat[row], index.lon[row]), capital) < 10, key


def test_parishes_need_a_cue_and_saints_are_written_short_too() -> None:
    (jamaica,) = [s for s in subdivisions() if s.code == "JM-11"]
    assert jamaica.kind == "parish"
    names = [n for n, _ in jamaica.names]
    assert {"Saint Elizabeth", "St Elizabeth", "St. Elizabeth"} <= set(names)
    index = load_index()
    needs = {n for r, n in index.entries("westmoreland") if index.country[r] == "JM"}
    assert needs == {NEEDS_CONTEXT}  # "St James" and "Hanover" are many other things


def test_old_and_local_names_of_countries_and_states() -> None:
    index = load_index()
    assert [index.country[r] for r, _ in index.entries("nyasaland")] == ["MW"]
    hawaii = [index.kind[r] for r, _ in index.entries(name_key("Hawaiʻi")) if index.country[r] == "US"]
    assert hawaii == ["state"]
    assert all(index.names[r] != "Herāt" for r, _ in index.entries("herati"))  # the people's word


def test_a_second_level_province_stands_at_its_seat_where_no_first_level_region_claims_it() -> None:
    index = load_index()  # Indonesia's first level is its islands; its provinces are the second
    (row,) = [r for r, _ in index.entries("east nusa tenggara") if index.country[r] == "ID"]
    assert distance_km((index.lat[row], index.lon[row]), (-10.17, 123.61)) < 15  # Kupang


def test_french_departments_stand_at_their_prefectures() -> None:
    index = load_index()
    prefectures = {  # not at the departments' centres, tens of kilometres inland
        "alpes maritimes": ((43.703, 7.266), FREE),  # Nice
        "bouches du rhone": ((43.297, 5.381), FREE),  # Marseille
        "gironde": ((44.841, -0.580), NEEDS_CONTEXT),  # Bordeaux; one word: after a cue
    }
    for key, (prefecture, need) in prefectures.items():
        ((row, got),) = [
            (r, n) for r, n in index.entries(key) if index.country[r] == "FR" and index.kind[r] != "city"
        ]
        assert distance_km((index.lat[row], index.lon[row]), prefecture) < 5, key
        assert got == need, key


def test_a_region_named_by_a_rare_word_is_a_name_not_a_phrase() -> None:
    index = load_index()
    needs = {
        key: {n for r, n in index.entries(key) if index.kind[r] != "city"}
        for key in ("nova scotia", "new brunswick", "north sumatra", "western cape")
    }
    assert needs["nova scotia"] == needs["new brunswick"] == needs["north sumatra"] == {FREE}
    assert needs["western cape"] == {KIND_AFTER}  # two common words: "the western Cape" is a phrase


def test_state_seats_of_nigeria_cameroon_kedah_and_the_copperbelt() -> None:
    index = load_index()
    capitals = {  # not Gashua, Hadejia, Sungai Petani, Kitwe, the South-West's centre
        "yobe": ("NG", (11.747, 11.961)),
        "south west": ("CM", (4.153, 9.242)),
        "jigawa": ("NG", (11.756, 9.339)),
        "kedah": ("MY", (6.121, 100.360)),
        "copperbelt": ("ZM", (-12.959, 28.637)),
    }
    for key, (country, capital) in capitals.items():
        (row,) = [r for r, _ in index.entries(key) if index.kind[r] != "city" and index.country[r] == country]
        assert distance_km((index.lat[row], index.lon[row]), capital) < 5, key


def test_english_counties_stand_at_their_county_towns() -> None:
    index = load_index()
    towns = {"essex": (51.736, 0.479), "north yorkshire": (54.339, -1.434), "kent": (51.272, 0.529)}
    for key, town in towns.items():
        (row,) = [r for r, _ in index.entries(key) if index.country[r] == "GB" and index.kind[r] != "city"]
        assert distance_km((index.lat[row], index.lon[row]), town) < 5, key


def test_a_region_stands_at_the_town_that_bears_its_name() -> None:
    index = load_index()
    seats = {  # not Andéranboukan, Kalemyo, Hamamatsu, Iwaki: their most populous towns
        "ML-9": (15.918, 2.402),  # Ménaka
        "MM-01": (21.880, 95.979),  # Sagaing
        "JP-22": (34.976, 138.383),  # Shizuoka
        "JP-07": (37.750, 140.467),  # Fukushima
    }
    for code, seat in seats.items():
        (row,) = [r for r, admin in enumerate(index.admin1) if admin == code and index.kind[r] != "city"]
        assert distance_km((index.lat[row], index.lon[row]), seat) < 5, code


def test_a_region_named_after_a_town_that_is_not_its_capital_stands_at_its_capital() -> None:
    index = load_index()
    capitals = {  # Ibadan, Lafia, Goiânia; Andong, Muan (the Korean provinces' offices moved there)
        "NG-OY": (7.378, 3.906),
        "NG-NA": (8.494, 8.515),
        "BR-GO": (-16.679, -49.254),
        "KR-47": (36.566, 128.723),
        "KR-46": (34.990, 126.479),
    }
    for code, capital in capitals.items():
        (row,) = [r for r, admin in enumerate(index.admin1) if admin == code and index.kind[r] != "city"]
        assert distance_km((index.lat[row], index.lon[row]), capital) < 5, code


def test_a_chinese_province_is_named_without_its_type_word() -> None:
    index = load_index()
    names = {index.names[r] for r, _ in index.entries("hebei") if index.kind[r] == "province"}
    assert names == {"Hebei"}


def test_rhineland_palatinate_is_known_by_its_english_name() -> None:
    index = load_index()
    codes = {index.place(r).id for r, _ in index.entries("rhineland palatinate")}
    assert codes == {"iso3166-2:DE-RP"}


def test_navarre_is_known_by_its_english_name() -> None:
    index = load_index()
    assert "iso3166-2:ES-NC" in {index.place(r).id for r, _ in index.entries("navarre")}


def test_britains_single_tier_counties_stand_at_their_council_towns() -> None:
    index = load_index()
    towns = {"cornwall": (50.265, -5.054), "shropshire": (52.711, -2.753), "pembrokeshire": (51.802, -4.969)}
    for key, town in towns.items():
        (row,) = [r for r, _ in index.entries(key) if index.country[r] == "GB" and index.kind[r] != "city"]
        assert distance_km((index.lat[row], index.lon[row]), town) < 5, key


def test_britains_cities_and_island_groups_are_no_council_areas() -> None:
    index = load_index()
    for key in ("plymouth", "aberdeen city", "cardiff", "orkney islands", "shetland islands", "angus"):
        assert all(index.kind[r] == "city" for r, _ in index.entries(key)), key


def test_scotland_stands_at_edinburgh_not_glasgow() -> None:
    index = load_index()
    (row,) = [r for r, _ in index.entries("scotland") if index.kind[r] != "city"]
    assert distance_km((index.lat[row], index.lon[row]), (55.952, -3.196)) < 5


def test_cambodias_border_provinces_stand_at_their_capitals() -> None:
    index = load_index()
    capitals = {"oddar meanchey": (14.182, 103.518), "banteay meanchey": (13.586, 102.974)}
    for key, town in capitals.items():
        (row,) = [r for r, _ in index.entries(key) if index.kind[r] != "city"]
        assert distance_km((index.lat[row], index.lon[row]), town) < 5, key


def test_a_town_away_from_the_seat_does_not_hide_its_region_by_another_name() -> None:
    index = load_index()
    seats = {"aichi": (35.181, 136.906), "bihar": (25.594, 85.137)}  # Nagoya, Patna
    for key, seat in seats.items():
        regions = [r for r, _ in index.entries(key) if index.kind[r] != "city"]
        assert regions, key  # not only Okazaki or Bihar Sharif, which GeoNames also calls so
        assert distance_km((index.lat[regions[0]], index.lon[regions[0]]), seat) < 10, key
    # Venezuela's Bolívar stands at its capital, Ciudad Bolívar, not at the bigger Ciudad Guayana
    states = [r for r, _ in index.entries("bolivar") if index.country[r] == "VE" and index.kind[r] != "city"]
    assert all(distance_km((index.lat[r], index.lon[r]), (8.124, -63.547)) < 5 for r in states)


def test_a_french_saint_joined_by_hyphens_is_written_short_too() -> None:
    index = load_index()
    rows = [r for r, _ in index.entries("baie st paul") if index.country[r] == "CA"]
    assert rows and distance_km((index.lat[rows[0]], index.lon[rows[0]]), (47.44, -70.50)) < 10


def test_the_philippines_regions_and_provinces_stand_at_their_capitals() -> None:
    index = load_index()
    capitals = {  # each 25-40 km from its ISO centre
        "PH-LEY": (11.243, 125.005),  # Leyte: Tacloban
        "PH-SLE": (10.133, 124.841),  # Southern Leyte: Maasin
        "PH-DAO": (6.955, 126.217),  # Davao Oriental: Mati
        "PH-05": (13.141, 123.741),  # Bicol: Legazpi
        "PH-TAW": (5.029, 119.773),  # Tawi-Tawi: Bongao
    }
    for code, capital in capitals.items():
        (row,) = [r for r, admin in enumerate(index.admin1) if admin == code and index.kind[r] != "city"]
        assert distance_km((index.lat[row], index.lon[row]), capital) < 5, code


def test_regions_stand_at_their_capitals_not_their_biggest_towns() -> None:
    index = load_index()
    capitals = {
        "ID-JB": (-6.922, 107.607),  # West Java: Bandung, not Bekasi
        "ID-RI": (0.517, 101.442),  # Riau: Pekanbaru, not Batam
        "GH-SV": (9.083, -1.819),  # Savannah: Damongo, not Salaga
        "ZW-MW": (-17.367, 30.200),  # Mashonaland West: Chinhoyi, not Kadoma
        "NO-50": (64.015, 11.495),  # Trøndelag: Steinkjer, not Trondheim
        "NZ-BOP": (-37.959, 176.985),  # Bay of Plenty: Whakatāne, not Tauranga
        "NZ-TKI": (-39.338, 174.284),  # Taranaki: Stratford, not New Plymouth
        "IN-TN": (13.088, 80.278),  # Tamil Nadu: Chennai, not its ISO centre
        "IN-JH": (23.343, 85.309),  # Jharkhand: Ranchi, not Jamshedpur
    }
    for code, capital in capitals.items():
        (row,) = [r for r, admin in enumerate(index.admin1) if admin == code and index.kind[r] != "city"]
        assert distance_km((index.lat[row], index.lon[row]), capital) < 5, code


def test_a_country_stands_where_its_government_sits() -> None:
    index = load_index()
    (row,) = [r for r, _ in index.entries("equatorial guinea") if index.kind[r] == "country"]
    assert distance_km((index.lat[row], index.lon[row]), (3.756, 8.782)) < 5  # Malabo
