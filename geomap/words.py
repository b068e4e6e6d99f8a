"""English word lists: what is an ordinary word, and how common it is.

Both lists are built once from their packages (``english-words``, ``wordfreq``)
and kept as pickles in geomap's cache folder, so a build does not import
``wordfreq`` or read its data (a third of a second) when the cache is warm.
"""

from __future__ import annotations

import unicodedata
from functools import cache

from geomap.cache import cached

ZIPF_FLOOR = 2.5
"""The lowest Zipf frequency geomap asks about; rarer words are not kept."""
PEOPLES = frozenset(
    "thai lao burmese swiss dutch french british welsh irish scottish danish finnish polish greek "
    "turkish czech slovak filipino afghan bengali saudi emirati kurdish pashtun tamil arab rohingya "
    "mizo karen kachin kuki meitei somali american african european asian roman ottoman byzantine "
    "cebuano ilocano bicolano saxon romans cornish".split()
)
"""Adjectives of peoples that the usual endings (-ian, -ese, -i ...) do not form: "Thai"
is not the village of that name, nor "in Roman times" the Romanian town, nor "the Saxon
capital" Saxon in England, nor "where the Romans kept their fleet" Romans in Italy."""
COUNTY_WORDS = ("County", "Co", "Co.")
"""The words before a county's name in Irish and British news: "County Kerry", "Co Donegal",
"Co. Durham"."""
LANGUAGES = frozenset(
    "arabic hebrew farsi urdu hindi latin german dari pashto pashtu amharic tigrinya".split()
)
"""Languages whose names those endings miss either ("in Arabic")."""
FEASTS = frozenset(
    "ramadan ramazan muharram christmas easter passover hanukkah diwali nowruz novruz navruz newroz".split()
)
"""Feasts and holy months, which some towns bear as another name: "the holy month of Ramadan"
is not Turabah in Saudi Arabia."""
ARABIC_ARTICLE = r"(?:[ae][lnrsdtz]|[ae]sh|ul|ur)"
"""The Arabic article as place names are written in Latin letters: al-, el-, ad-, es-,
ash- ... (a regular expression, without the hyphen or space after it)."""


MODERN_WORDS = frozenset({"metro"})
"""Ordinary words that the two dictionaries, both a century old, do not list: "a Metro
entrance" is no town in Indonesia."""


@cache
def lowercase_words() -> frozenset[str]:
    """English words that dictionaries list in lower case ("reading", not "atlanta")."""
    from importlib.metadata import version

    def build() -> frozenset[str]:
        from english_words import get_english_words_set

        every = get_english_words_set(["web2", "gcide"], lower=False, alpha=True)
        return frozenset(w for w in every if w.islower()) | MODERN_WORDS

    name = f"lowercase-words-{version('english-words')}-{'-'.join(sorted(MODERN_WORDS))}.pickle"
    return cached(name, frozenset, build)


@cache
def _common_zipf() -> dict[str, float]:
    """The Zipf frequency of every letters-only word at :data:`ZIPF_FLOOR` or above."""
    from importlib.metadata import version

    def build() -> dict[str, float]:
        from wordfreq import get_frequency_dict, zipf_frequency

        # Zipf is log10(frequency) + 9, rounded: a word below 10**(floor - 9.1) cannot
        # reach the floor, so only the others are asked (wordfreq's own answer is kept).
        least = 10 ** (ZIPF_FLOOR - 9.1)
        got = {}
        for word, freq in get_frequency_dict("en").items():
            if freq >= least and word.isalpha():
                zipf = zipf_frequency(word, "en")
                if zipf >= ZIPF_FLOOR:
                    got[word] = zipf
        return got

    return cached(f"word-zipf-{version('wordfreq')}.pickle", dict, build)


def zipf_at_least(word: str, level: float) -> bool:
    """True when ``word`` (any case) has a wordfreq Zipf frequency of ``level`` or more.

    The answer is wordfreq's ``zipf_frequency(word, "en") >= level``. A word of
    Latin letters only, in the form wordfreq would bring it to (NFC, case-folded),
    is looked up in the cached list; anything else is asked of wordfreq.

    Examples
    --------
    >>> zipf_at_least("village", 4.5), zipf_at_least("Stepanakert", 4.5)
    (True, False)
    """
    if level >= ZIPF_FLOOR:
        plain = _plain(word)
        if plain is not None:
            return _common_zipf().get(plain, 0.0) >= level
    from wordfreq import zipf_frequency

    return zipf_frequency(word.lower(), "en") >= level


def _plain(word: str) -> str | None:
    """The form wordfreq looks ``word`` up in (NFC, case-folded) when it is Latin
    letters only; None for anything else."""
    if word.isascii():
        return word.lower() if word.isalpha() else None
    word = unicodedata.normalize("NFC", word).casefold()
    if word.isalpha() and all(ord(ch) < 0x250 for ch in word):
        return word
    return None
