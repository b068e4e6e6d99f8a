"""Telling a person's name from a place's: first names, surnames, ages and speakers.

"Moshe Berlin, 71", "said Marina London", "Sevan, 47, a driver", "Robert F. Kennedy
Jr.": the words around a name that make it a person's, for the names that are places too.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from geomap.resolve.candidates import Candidate
from geomap.resolve.context import own_key
from geomap.resolve.cues import (
    AGE_WORD,
    CALENDAR,
    COMPASS,
    FUNCTION_WORDS,
    PLACE_WORDS,
    SENTENCE_ADVERBS,
    a_described_speaker,
    after_a_speech_verb,
    described_as_place,
    opens_sentence,
    strong_place_cue,
    word_before,
)
from geomap.words import COUNTY_WORDS, lowercase_words

SUFFIX_AFTER = re.compile(r" (?:Jr|Sr)\.?(?!\w)| I{2,3}\b")
"""A suffix after a surname: "Robert F. Kennedy Jr.", "Martin Luther King III"."""
INITIAL_BEFORE = re.compile(r"\b[A-Z][a-z]+ [A-Z]\. $")
"""A first name and a middle initial right before a name: "Robert F. Kennedy"."""
_AGE_AFTER = re.compile(rf", (?:\d{{1,3}}(?:,| years)|{AGE_WORD}|an? \d{{1,3}}-year-old)")
"""A person's age after the name: "Moshe Berlin, 71, who lives ...", "Elvin Lankaran, a
34-year-old engineer"."""
AGE_AND_ROLE = re.compile(r", \d{1,2}, (?:a|an|the) [a-z]")
"""An age, then what the person does: "Sevan, 47, a driver" (not "Ganja, 12, Barda, 21")."""
EPITHET = re.compile(
    r" the (?:Great|Elder|Younger|Terrible|Magnificent|Conqueror|Baptist|Evangelist|Apostle|Illuminator)\b"
)
"""A ruler's or a saint's epithet: "Constantine the Great" (then "Constantine's crown" is his
too), "the church of St John the Baptist" (not San Juan, whose English name is St John)."""
_SURNAME = re.compile(r" [A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?\b")


def a_full_name_and_age(text: str, end: int) -> bool:
    """True when a surname and an age follow the name ending at ``end``: "Sevan Hakobyan,
    34," (the name is the person's first name)."""
    m = _SURNAME.match(text, end)
    return m is not None and _AGE_AFTER.match(text, m.end()) is not None


_PERSONS_AGE_AFTER = re.compile(r", an? \d{1,2}-year-old ([A-Za-z]+)")
_WHO_AFTER = re.compile(r", who(?:se)?\b")
_A_DESCRIPTION_AFTER = re.compile(r", an? (?:[A-Z][a-z]+ )?[a-z]")
"""A description after a first name and a curated name: "Rachel London, a researcher",
"Tom London, a British teacher"."""


def described_as_a_person(text: str, start: int, end: int, headline: Callable[[], bool]) -> bool:
    """True when what follows the comma after a curated name makes it a person's: an age
    after a first name ("Moshe Berlin, 71", "Elvin Lankaran, a 34-year-old engineer"),
    a person's age anywhere ("Tatev, a 23-year-old student"; not "a 12-year-old
    village"), "who", "whose" or a description after a first name ("Lusine Abovyan, who
    runs a charity", "Lilit London, whose grandfather", "Rachel London, a researcher"; not
    "Greater London, a county"), a
    description after a speaker ("said Masis, a lorry driver"); not after a strong place
    cue ("In Sisian, a 34-year-old accountant said": the sentence's subject, not Sisian)."""
    if strong_place_cue(text, start):
        return False
    if _a_persons_age(text, end) or a_described_speaker(text, start, end):
        return True
    if (
        _AGE_AFTER.match(text, end)
        or _WHO_AFTER.match(text, end)
        or (_A_DESCRIPTION_AFTER.match(text, end) and not described_as_place(text, end))
    ):
        return after_a_first_name(text, start, headline)
    return False


def _a_persons_age(text: str, end: int) -> bool:
    m = _PERSONS_AGE_AFTER.match(text, end)
    return m is not None and m.group(1).lower() not in PLACE_WORDS


def aged_like_a_person(text: str, start: int, end: int) -> bool:
    """True when a person's age follows the name after a comma: "Jordan, a 27-year-old
    Honduran" (not "Gyumri, a 12-year-old town", nor "In Sisian, a 34-year-old accountant
    said", where the age is the subject's)."""
    return _a_persons_age(text, end) and not strong_place_cue(text, start)


def named_like_a_surname(curated: Sequence[Candidate], key: str) -> bool:
    """True when every curated place of ``key`` is a village that ``key`` names only by
    another of its names ("Karki" for Tigranashen) or by an Armenian surname (Shahumyan,
    named after the Bolshevik Stepan Shahumyan), or an island ("Marta Kos", the EU
    commissioner, is not the island): after a first name, a surname."""
    return all(
        (c.place.kind == "village" and (own_key(c.place.name) != key or key.endswith("yan")))
        or c.place.kind == "island"
        for c in curated
    )


def a_named_speaker(text: str, start: int, headline: Callable[[], bool]) -> bool:
    """True for a curated name after a speech verb and a first name: "said Marina London"."""
    before = word_before(text, start)
    return (
        before[:1].isupper()
        and after_a_speech_verb(text, start - len(before) - 1)
        and after_a_first_name(text, start, headline)
    )


def after_a_first_name(text: str, start: int, headline: Callable[[], bool]) -> bool:
    """True when a capitalized word that is no function word stands right before the
    name, inside a sentence: "Moshe Berlin", not "In Berlin" or "Ukraine's Kursk"."""
    before = word_before(text, start)
    return (
        before[:1].isupper()
        and before.lower() not in FUNCTION_WORDS
        and before.lower() not in SENTENCE_ADVERBS  # "Even Mazatlán, the resort town"
        and not before.endswith(("'s", "’s"))  # "Ukraine's Kursk incursion"
        and before not in COUNTY_WORDS  # "County Kerry", "Co Donegal": a county
        and not _describes(before)  # "Neighbouring Tunisia said", "War-torn Sudan"
        and not _A_POINT_OF_THE_COMPASS.fullmatch(before)  # "the South Kentucky cooperative"
        and not _a_time(text, start - len(before) - 1, before)  # "on Wednesday Bangkok recalled"
        and not opens_sentence(text, start)
        and not headline()
    )


_A_POINT_OF_THE_COMPASS = re.compile(rf"{COMPASS}(?:ern)?", re.I)
"""A point of the compass before a name names a part of the place: "South Kentucky"."""
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_TIME_BEFORE = re.compile(r"(?:\d|\b(?:on|in|since|until|till|by|last|next|this|early|late|mid)) $", re.I)


def _a_time(text: str, start: int, word: str) -> bool:
    """True when ``word`` (at ``start``) says when, not who: a weekday ("on Wednesday
    Bangkok recalled"), or a month after a time word or a day ("in March Kherson",
    "on 3 May Kyiv"; not "April Ryan")."""
    low = word.lower()
    if low in _WEEKDAYS:
        return True
    return low in CALENDAR and _TIME_BEFORE.search(text, max(0, start - 8), start) is not None


_DESCRIBING_ENDINGS = ("ing", "ed", "ern")
_PART_WORDS = frozenset({"Greater", "Upper", "Lower", "Inner", "Outer", "Central", "Metropolitan"})
"""Words before a place's name that make a part or a wider area of it ("Greater London")."""


def _describes(word: str) -> bool:
    """True for a capitalized word that describes rather than names: a hyphen compound
    with a lower-case part ("War-torn", "Oil-rich") or a lower-case English word with an
    adjective's ending ("Neighbouring", "Landlocked", "Southern"), or a part of a place
    ("Greater", "Upper"); not "Ted" or "Fred"."""
    if "-" in word:
        return any(part[:1].islower() for part in word.split("-")[1:])
    if word in _PART_WORDS:  # "Greater London, whose mayor"
        return True
    return len(word) >= 6 and word.endswith(_DESCRIBING_ENDINGS) and word.lower() in lowercase_words()
