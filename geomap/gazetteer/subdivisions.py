"""The world's first-level regions (states, provinces, oblasts) for the world index.

Data comes from the ``iso3166-2`` package (ISO 3166-2 codes with names, English
and local names, types and a centre point). Only top-level subdivisions of the
kinds news names are read (states, provinces, regions, governorates, districts;
not municipalities, parishes or city wards), under their official name and their
short other names ("Crimea" for the Autonomous Republic of Crimea, "Yakutia" for
Sakha). An English or official name is a place wherever it stands; a name in another
language only after a place cue ("in Al Jazirah", not "Al Jazeera reported").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any

from geomap.textfold import fold
from geomap.words import lowercase_words

KINDS = {
    "State": "state", "Province": "province", "Governorate": "province", "Oblast": "province",
    "Prefecture": "province", "Department": "province", "Voivodship": "province", "Canton": "province",
    "Land": "province", "Region": "region", "Administrative region": "region", "Republic": "region",
    "Autonomous republic": "region", "Autonomous region": "region", "Autonomous community": "region",
    "Regional state": "region", "Metropolitan region": "region", "Territory": "region",
    "Union territory": "region", "Autonomous province": "region", "Federal district": "region",
    "Country": "region", "Pakistan administered area": "region", "Entity": "region",
    "District": "district", "Rayon": "district", "County": "district", "Division": "district",
    "Popularate": "district", "Administrative territory": "region",
    "Autonomous territorial unit": "region", "Parish": "parish", "Metropolitan department": "province",
    "Two-tier county": "district", "Council area": "district", "Unitary authority": "district",
    "Metropolitan collectivity with special status": "region",
}  # fmt: skip
"""ISO 3166-2 subdivision types read, and the place kind each becomes; others are skipped."""

LABELS = {
    "State": ("State",), "Province": ("Province",), "Governorate": ("Governorate",),
    "Oblast": ("Oblast", "Region"), "Region": ("Region",), "Administrative region": ("Region",),
    "Prefecture": ("Prefecture",), "Department": ("Department",), "Republic": ("Republic",),
    "Regional state": ("Region",), "County": ("County",), "District": ("District",),
    "Rayon": ("District", "Rayon"), "Parish": ("Parish",), "Metropolitan department": ("Department",),
}  # fmt: skip
"""The words that follow a region's name in English as part of it: "Shan State",
"Sagaing Region", "Donetsk Oblast" (read only when written with a capital)."""
OBLAST_COUNTRIES = frozenset({"UA", "RU", "BY", "KZ", "KG", "BG"})
"""Countries whose regions news calls oblasts, whatever ISO names their type."""
_TYPE_SUFFIX = re.compile(
    r"(?i)\s+(?:oblast'?|sheng|zizhiqu|shi|kraj|krai|governorate|province|region|state)$"
)
_CHINESE_TYPE = re.compile(r" (?:Sheng|Shi|Zizhiqu)$")
"""The type word after a Chinese region's official name: "Hebei Sheng", "Beijing Shi"."""
SECOND_LEVEL = frozenset(
    {
        "Province", "Prefecture", "Governorate", "State", "Region", "Metropolitan department",
        "Two-tier county", "Council area", "Unitary authority",
    }
)  # fmt: skip
"""Types read inside a first-level region too (Burkina Faso's provinces in its regions,
France's departments in its regions, England's counties); their one-word names need a cue."""
MAX_WORDS = 3
ENGLISH_NAMES = {"DE-RP": ("Rhineland-Palatinate",), "GB-AGY": ("Anglesey",), "ES-NC": ("Navarre",)}
"""English names the ISO 3166-2 data lacks (it spells the German state
"Rheinland-Palatinate" and calls Navarre only "Chartered Community of Navarre")."""
AREA_TYPES = frozenset({"Council area", "Unitary authority"})
"""Britain's single-tier councils: most are cities (read as GeoNames towns), so only those
of :data:`COUNTY_AREAS` are read."""
COUNTY_AREAS = frozenset(
    {
        # Scotland's council areas that are counties, not cities nor island groups
        "GB-ABD", "GB-AGB", "GB-CLK", "GB-DGY", "GB-EAY", "GB-EDU", "GB-ELN", "GB-ERW", "GB-FIF",
        "GB-HLD", "GB-IVC", "GB-MLN", "GB-MRY", "GB-NAY", "GB-NLK", "GB-PKN", "GB-RFW", "GB-SAY",
        "GB-SCB", "GB-SLK", "GB-WDU", "GB-WLN",
        # England's unitary counties
        "GB-BKM", "GB-CBF", "GB-CHE", "GB-CHW", "GB-CON", "GB-ERY", "GB-HEF", "GB-IOS", "GB-IOW",
        "GB-NBL", "GB-NNH", "GB-RUT", "GB-SHR", "GB-WIL", "GB-WNH",
        # Wales's counties
        "GB-AGY", "GB-BGW", "GB-CGN", "GB-CMN", "GB-DEN", "GB-FLN", "GB-GWN", "GB-MON", "GB-NTL",
        "GB-PEM", "GB-POW", "GB-RCT", "GB-TOF",
    }
)  # fmt: skip
"""The council areas and unitary authorities read: counties (Cornwall, Shropshire, the
Highland council area, Pembrokeshire), not cities (Plymouth, Aberdeen City, Cardiff), island
groups, which news names as islands (Orkney, Shetland, the Western Isles), areas named by a
first name (Angus) nor "The Vale" (of Glamorgan)."""
IRISH_COUNTIES = frozenset(
    {
        "IE-CE", "IE-CN", "IE-CO", "IE-CW", "IE-D", "IE-DL", "IE-G", "IE-KE", "IE-KK", "IE-KY",
        "IE-LD", "IE-LH", "IE-LK", "IE-LM", "IE-LS", "IE-MH", "IE-MN", "IE-MO", "IE-OY", "IE-RN",
        "IE-SO", "IE-TA", "IE-WD", "IE-WH", "IE-WW", "IE-WX",
    }
)  # fmt: skip
"""Ireland's counties, which ISO 3166-2 puts inside the four provinces: news names them
("Donegal", "Co Mayo") far more than the provinces. They are read as counties, ranked as
provinces are (a county outweighs a village of its name: Donegal is not Donegal town)."""
_OTHER_NAME = re.compile(r"\s*(.+?) \((\w{3})\)\s*$")
_OTHER_TYPE = re.compile(r"\s+(?:National\s+)?Regional\s+State$")
"""A type phrase after an other name: "Amhara National Regional State" is "Amhara"."""
_NOT_A_NAME = re.compile(r"[(\[,]|\b(?:of|the|State|gate|Dawn)\b")
"""Other names that are descriptions or nicknames ("Republic of Sakha [Yakutia]",
"The Lone Star State", "Eastern gate of Ukraine")."""


@dataclass(frozen=True)
class Subdivision:
    """One first-level subdivision: its code, names, kind and centre."""

    code: str
    country: str
    names: tuple[tuple[str, str], ...]
    """Each name with what it is: "official", "inverted" (official, written "X, type":
    "Saha, Respublika" is "Saha"), "eng" (English) or "other"."""
    kind: str
    lat: float
    lon: float
    siblings: int
    """How many subdivisions its country has (of the kinds read)."""

    labels: tuple[str, ...] = ()
    """What may follow its names as part of them ("State" in "Shan State")."""
    level: int = 1
    """1 for a country's first-level regions, 2 for the provinces inside them."""

    def titled_names(self) -> list[str]:
        """Its official and English names with their label: "Shan State", "Donetsk Oblast"."""
        out = []
        for name, what in self.names:
            if what == "other" or _TYPE_SUFFIX.search(name):  # not "Yunnan Sheng Province"
                continue
            out += [f"{name} {label}" for label in self.labels]
        return out

    @property
    def display_name(self) -> str:
        """The official name when it is one or two plain words ("England", "West Darfur",
        "Hebei" for "Hebei Sheng": Chinese type words go),
        else the first English one ("Crimea" for "Avtonomna Respublika Krym", "Yakutia"
        for "Saha, Respublika"), unless that one only translates the official name into
        English words: "Rio Grande do Sul", not "Great Southern River"."""
        official, what = self.names[0]
        if what == "official" and official.isascii() and len(official.split()) <= 2:
            return _CHINESE_TYPE.sub("", official)  # "Hebei Sheng" is Hebei
        english = next((n for n, what in self.names if what == "eng"), official)
        if what == "official" and english != official and _a_translation(english, official):
            return official
        return english


_BRACKETED_AFTER = re.compile(r"\s+\((?!EH)[^()]*\)$")
"""A bracketed note after an official name: "Bicol (Region V)", "Maritime (Région)" (not
the "(EH)" that marks the Western Sahara provinces Morocco claims, read as written)."""
_ROMANIZED = re.compile("[āēīōūĀĒĪŌŪ‘’ʿʾţşḩḑẕŢŞḨ]")
"""Marks of a romanized Arabic, Persian or similar name ("Ţarābulus", "Būr Sa‘īd"):
readers know such a region by its English name (Tripoli, Port Said)."""
_SAINTS = ("São ", "Santo ", "Santa ", "San ", "Sankt ")
TRANSLATION_MAX_LIKENESS = 0.6
"""How alike (difflib's ratio, folded) an English name may be to the official one and
still be a translation rather than a spelling ("Tartar" for "Tərtər" is a spelling)."""


def _a_translation(english: str, official: str) -> bool:
    """True when ``english`` is made of ordinary English words that translate the
    official name ("Holy Spirit" for "Espírito Santo", "Black River" for "Río Negro")
    and the official name is one English readers can read as it stands."""
    if _ROMANIZED.search(official):
        return False
    if english.startswith("Saint ") and official.startswith(_SAINTS):
        return True  # "Saint Paul" for "São Paulo"
    words = re.findall(r"[^\W\d_]+", fold(english).lower())
    every = lowercase_words()
    if not words or not all(w in every or w in ("the", "of", "and", "to") for w in words):
        return False
    likeness = SequenceMatcher(None, fold(official).lower(), fold(english).lower()).ratio()
    return likeness < TRANSLATION_MAX_LIKENESS


def subdivisions() -> Iterator[Subdivision]:
    """Every top-level subdivision of the kinds in :data:`KINDS`, and the second-level
    ones of the kinds in :data:`SECOND_LEVEL`, by code."""
    from iso3166_2 import Subdivisions

    data = Subdivisions()
    for cc in sorted(data.all):
        country: Any = data[cc]  # a mapping of code -> row (typed as a union)
        rows = [
            (code, row)
            for code, row in sorted(country.items())
            if row.get("type") in KINDS
            and (row.get("type") not in AREA_TYPES or code in COUNTY_AREAS)
            and row.get("latLng")
            and (row.get("parentCode") is None or row.get("type") in SECOND_LEVEL or code in IRISH_COUNTIES)
        ]
        top = sum(1 for _, row in rows if row.get("parentCode") is None)
        for code, row in rows:
            lat, lon = row["latLng"][:2]
            labels = LABELS.get(row["type"], ())
            if cc in OBLAST_COUNTRIES and "Oblast" not in labels:
                labels = ("Oblast", *labels)
            level = 1 if row.get("parentCode") is None else 2
            names = _names(row["name"], row.get("localOtherName") or "")
            names += tuple((name, "eng") for name in ENGLISH_NAMES.get(code, ()))
            kind = "county" if code in IRISH_COUNTIES else KINDS[row["type"]]
            yield Subdivision(
                code, cc, names, kind,
                float(lat), float(lon), top, labels, level,
            )  # fmt: skip


def _names(name: str, others: str) -> tuple[tuple[str, str], ...]:
    """The official names ("Catalunya [Cataluña]" is two; "Asturias, Principado de" is
    "Asturias"; "Bicol (Region V)" is "Bicol"), then the short other names. An other name
    that opens the official one before "de" is its common short form, read as an English
    one: "Coahuila" for "Coahuila de Zaragoza", "Veracruz" for "Veracruz de Ignacio de la
    Llave"."""
    out = []
    for n in name.split(" ["):
        n = _BRACKETED_AFTER.sub("", n.strip(" ]"))  # "Bicol (Region V)" is "Bicol"
        short = n.split(", ")[0]
        if short[:1].isupper():  # not "wallonne, Région"
            out.append((short, "official" if short == n else "inverted"))
    # "Yunnan Sheng", "Kurskaja oblast'": the name without its type word too
    out += [(short, what) for n, what in list(out) if (short := _TYPE_SUFFIX.sub("", n)) != n and short]
    seen = {n for n, _ in out}
    for item in others.split(", "):
        m = _OTHER_NAME.match(item)
        if not m:
            continue
        other = _OTHER_TYPE.sub("", m.group(1).strip())
        if len(other.split()) > MAX_WORDS or _NOT_A_NAME.search(other) or other in seen:
            continue
        seen.add(other)
        is_short = any(n.startswith(f"{other} de ") for n, what in out if what == "official")
        out.append((other, "eng" if m.group(2) == "eng" or is_short else "other"))
    # "Saint Elizabeth" is written "St Elizabeth" and "St. Elizabeth" as often
    out += [(short, what) for n, what in list(out) for short in saint_written_short(n)]
    return tuple(out)


def saint_written_short(name: str) -> tuple[str, ...]:
    """The ways news shortens a name that opens with "Saint ": "St Lucia", "St. Lucia"; and
    a French one joined by hyphens: "Baie-St-Paul", "Ste-Anne-des-Monts"."""
    out: tuple[str, ...] = ()
    if name.startswith("Saint "):
        out = (f"St {name[6:]}", f"St. {name[6:]}")
    if "Saint-" in name or "Sainte-" in name:
        out += (name.replace("Sainte-", "Ste-").replace("Saint-", "St-"),)
    return out
