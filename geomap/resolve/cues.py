"""Reading the words around a hit: is it a place at all, and what kind?"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from geomap.gazetteer.world import peoples
from geomap.passages import RANKS, sentence_around
from geomap.words import ARABIC_ARTICLE, COUNTY_WORDS, lowercase_words, zipf_at_least

PLACE_WORDS = {
    "city", "town", "village", "district", "province", "region", "republic", "oblast",
    "rayon", "corridor", "road", "highway", "bridge", "checkpoint", "border", "airport",
    "valley", "river", "mountains", "heights", "square", "street", "county", "state",
    "area", "municipality", "governorate", "marz", "krai", "settlement", "pass", "lake", "department",
    "parish", "prefecture",
}  # fmt: skip
PARTY_REASON = "followed by 'party' (a political party)"
"""What :func:`part_of_name` says of a name before "party"."""
HOSTED_EVENTS = frozenset({"game", "olympic", "paralympic"})
"""Events named after the city that hosts them (compared without a final "s"): "the Paris
Games", "the Paris Paralympics"."""
OFFICES = frozenset({"mayor", "governor", "chief", "president"})
"""Offices held over a place, written after its name: "Kyiv Mayor Vitali Klitschko",
"Khyber Pakhtunkhwa Chief Minister Ali Amin Gandapur", "Puntland President Said Deni"."""
CALENDAR = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
}  # fmt: skip
ORG_WORDS = {
    "group", "times", "post", "united", "city fc", "fc", "airlines", "airways",
    "university", "institute", "agency", "news", "journal", "herald", "tribune",
    "gazette", "telegraph", "process", "format", "principles", "declaration",
    "protocol", "accords", "statement", "club", "football", "symphony", "orchestra",
    "philharmonic", "bank", "exchange", "stock", "company", "corporation", "inc",
    "ltd", "media", "television", "tv", "radio", "channel", "review", "daily", "weekly", "sc", "fk", "sk",
    "magazine", "press", "hotel", "hilton", "convention", "treaty", "syndrome", "survey",
    "llc", "cjsc", "ojsc", "jsc", "plc", "gmbh", "gaa", "police", "patrol", "court", "council",
    "hospital", "prison",
}  # fmt: skip
COMPASS = r"(?:(?:north|south)(?:-?(?:east|west))?|east|west)"
"""A point of the compass as a regular expression: "north", "south-east", "northwest"."""
CONTEXT_BEFORE = re.compile(
    r"(?:\b(?:in|near|at|from|to|into|outside|around|toward|towards|via|of|across|through|past|beyond|"
    r"village|town|city|district|province|region|settlement|capital|outskirts|"
    r"between|and|reached|entered|shelled|captured|visited|struck|hit|"
    r"as far(?: north| south| east| west| away)? as)\s+(?:the\s+)?"
    rf"(?:{COMPASS}(?:ern)?\s+|central\s+|neighbou?ring\s+|nearby\s+)?)$",  # "in western Tigray"
    re.I,
)
KIND_BEFORE = re.compile(
    r"\b(the\s+)?(town|city|village|district|province|region|country|state)\s+of\s+$", re.I
)
SENTENCE_ADVERBS = frozenset(
    "even only later then now also still yet meanwhile elsewhere today yesterday here there "
    "once soon just already instead indeed nearby overnight earlier afterwards eventually".split()
)
"""Words that open a sentence before a name without being a first name: "Even Mazatlán"."""
FUNCTION_WORDS = frozenset(
    "the a an this that these those in at on of from to into onto near outside across via "
    "through toward towards between around and but or nor for by with as after before since "
    "when while if both all some every each no our their its his her your my several many "
    "most few other more two three four five six seven eight nine ten another first second "
    "third fourth fifth last next eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds "
    "thousands dozen dozens".split()
)
"""Words that, capitalized at a sentence start ("The Baku ...", "Second Michigan dairy worker
infected"), are not part of a name."""
_PEOPLE_ENDINGS = ("ians", "anis", "ese")
"""Endings of a people's name in the plural (Armenians, Azerbaijanis, Lebanese); other
plurals count when their singular is a people's ("Americans", "Afghans", not "Sultans")."""
CLUB_WORDS = frozenset({"fc", "fk", "sc", "sk", "afc", "cf"})
"""Words that make a name a sports club's ("Qarabag FK", "FC Barcelona")."""
CLUB_PREFIXES = frozenset({
    "real", "atletico", "atlético", "dynamo", "dinamo", "spartak", "lokomotiv", "sporting",
    "olympique", "inter", "borussia", "fc", "maccabi", "hapoel", "beitar", "bnei", "bayern",
    "rubin", "torpedo", "zenit", "shakhtar", "zorya", "metalist",
})  # fmt: skip
"""Words before a name that make the club the place's namesake ("Real Madrid ... Madrid
won")."""
ORG_PREFIXES = CLUB_PREFIXES | {
    "bank", "radio", "hotel", "air", "ahly", "ahli", "university", "college", "polytechnic", "academy",
    "camp", "parks", "environment", "statistics", "health", "elections", "tourism", "sport", "historic",
    "transport", "reform", "management",
}  # fmt: skip
"""Words before a name that make it part of an organisation's name: a club's, a bank's, a
station's, a hotel's, an airline's, a university's or a camp's ("Camp Mystic"); a public
body's named after its country or region ("Parks Canada", "Environment Canada", "Sport
England", "Emergency Management Otago"). Only the clubs' are the place's namesakes for the
rest of the article: "Federal University Gusau" leaves later "Gusau" a place, and so does
"Al Ahly Benghazi", the club "Al Ahly" of Benghazi."""
_SPANISH_LINKS = ("de", "del", "la", "las", "los", "el")
"""Spanish words between an institution's word and a place: "Deportivo de La Coruña"."""
_ORG_OF_MIDDLE = frozenset(
    "Central North South East West Northern Southern Eastern Western Upper Lower".split()
)
"""Words between "of" and a name in an institution's name: "University of Central Lancashire"."""
_ORG_PREFIX_ENDINGS = tuple(
    sorted(ORG_PREFIXES | {"of", "for", "the", "holy", *_SPANISH_LINKS, *(w.lower() for w in _ORG_OF_MIDDLE)})
)
"""Words :func:`part_of_name` reads before a hit (none is over 12 characters)."""
_ORG_FOR = re.compile(
    r"\b(Alternative|Alliance|Movement|Party|Coalition|Committee|Council|Campaign|Centre|Center|Fund"
    r"|Front|Union|Foundation|Society|Association|Commission|Office|Forum|Action|Together) for (?:the )?$"
)
"""An organisation named for a place: "Alternative for Germany", "Movement for Ukraine"."""
# "the Bank of Georgia", "University of Texas": an institution named after a place.
_ORG_OF = re.compile(
    r"\b(Bank|University|College|Institute|Academy|Museum|School|Conservatory|Library"
    r"|Treaty|Peace|Congress|Declaration|Protocol|Convention|Edict|Alliance|League|Association|Party"
    r"|Movement|See|Times|Voice|Order|Service|Diocese|Archdiocese|Eparchy|Patriarchate|Centre|Center"
    r"|Hospital) of (?:the |Holy )?"
    rf"(?:(?:{'|'.join(sorted(_ORG_OF_MIDDLE))}) )?$"
)
# "Deportivo de La Coruña", "Universidad de Chile": a club or an institution in Spanish.
_ORG_DE = re.compile(
    r"\b(Deportivo|Club|Universidad|Banco|Colegio|Instituto|Atlético|Atletico) del? (?:la |las |los |el )?$"
)
_UPPER = "".join(ch for ch in map(chr, range(0x41, 0x250)) if ch.isupper())
"""The capital letters of the Latin script, accented ones included ("Ç", "Ş", "Ə")."""
_WORD_AFTER = re.compile(rf"^ ([{_UPPER}][\w'’-]*)")
_WORDS_AFTER = re.compile(rf"((?: [{_UPPER}][\w'’-]*){{1,3}})")
_WORD_BEFORE = re.compile(r"(?s).*?([^\W\d_][\w'’-]*)(\.?)")


def word_after(text: str, end: int) -> str:
    """The capitalized word right after ``end`` (one space between), else ''."""
    m = _WORD_AFTER.match(text[end : end + 40])
    return m.group(1) if m else ""


def word_before(text: str, start: int) -> str:
    """The word right before ``start`` (one space between), else ''.

    Only the last token before the space is read (a search of a window anchored at
    its end would try every position of the window).
    """
    if start < 2 or text[start - 1] != " ":
        return ""
    token_start = max(text.rfind(" ", 0, start - 1) + 1, start - 40)
    m = _WORD_BEFORE.fullmatch(text, token_start, start - 1)
    if not m or m.group(2):
        return ""
    return m.group(1)


def is_headline(sentence: str) -> bool:
    """True when most words of ``sentence`` are capitalized (a title, a teaser), unless it
    ends with a period after two lower-case words or more (a sentence full of names)."""
    if len(sentence) > 160:
        return False
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", sentence) if len(w) > 3]
    if len(words) < 3:
        return True
    caps = sum(1 for w in words if w[0].isupper())
    if sentence.rstrip().endswith(".") and len(words) - caps >= 2:
        return False  # a sentence dense with names: "Russian President Vladimir Putin has not commented."
    return caps / len(words) >= 0.6


def part_of_name(
    text: str, start: int, end: int, in_headline: Callable[[], bool], any_capital: bool = True
) -> str:
    """Why the hit looks like part of a longer proper name, or ''.

    "Paris Hilton", "Minsk Group", "Washington Post", "Moscow State University": a
    capitalized word after the hit that is an organisation word ("party" too, in lower
    case: "the ruling Morena party"), or any capitalized word that is not a place word or
    a weekday/month, in running text (not in a headline: ``in_headline`` is asked only
    then). "Real Madrid": a club word before.
    "the Bank of Georgia", "the Treaty of Kars": an institution's or an agreement's word
    and "of" before. "New Julfa", "Little Armenia": "New" or "Little" before, inside a
    sentence.
    """
    if (
        start >= 2
        and text[start - 1] == " "
        and text[start - 2].isalpha()
        # the word before can only be one of these if the text there ends with it
        and text[max(0, start - 13) : start - 1].lower().endswith(_ORG_PREFIX_ENDINGS)
    ):
        before = word_before(text, start)
        if before[:1].isupper() and before.lower() in ORG_PREFIXES:
            return f"after {before!r} (a club or company)"
        if (
            before in ("of", "the", "Holy") or before in _ORG_OF_MIDDLE
        ):  # "the Mother See of Holy Etchmiadzin"
            m = _ORG_OF.search(text, max(0, start - 40), start)
            if m:
                return f"after {m.group(1)!r} of (an organisation)"
        elif before == "for":
            m = _ORG_FOR.search(text, max(0, start - 30), start)
            if m:
                return f"after {m.group(1)!r} for (an organisation)"
        elif before in _SPANISH_LINKS:
            m = _ORG_DE.search(text, max(0, start - 30), start)
            if m:
                return f"after {m.group(1)!r} de (an organisation)"
    if text[start - 1 : start] == "-" and _POSITIONAL_PREFIX_BEFORE.search(text, max(0, start - 11), start):
        return "after a positional prefix (a longer name)"  # "Severo-Kurilsk" is no Kurilsk
    if start >= 4 and text[start - 1] == " " and _club_name_before(text, start):
        return "the end of a club's full name"  # "FC Gandzasar Kapan"
    if start >= 4 and text[start - 1] == " " and text[start - 2] in _ANOTHER_PLACE_ENDS:
        before = text[max(0, start - 7) : start - 1]
        word = next((w for w in _ANOTHER_PLACE_BEFORE if before.endswith(w)), "")
        at = start - 1 - len(word)
        if word and not text[at - 1 : at].isalnum() and not opens_sentence(text, at) and not in_headline():
            return f"after {word!r} (another place's name)"  # "New Julfa" is no Julfa
    if text[end + 1 : end + 2].isupper() and _longer_dateline_name(text, start, end):
        return "followed by more of a dateline's name in capitals"  # "HALLS GAP, Victoria —"
    if text[end : end + 1] == "-" and text[end + 1 : end + 2].isupper():
        compound = _COMPOUND_NAME_AFTER.match(text, end, end + 80)  # "the Athens-Macedonian News Agency"
        return _followed_by_an_organisation_word(compound.group(1).split() if compound else [])
    if (
        text[start:end] in _KIND_NAMES
        and start >= 2
        and _CAPITALIZED_BEFORE.search(text, max(0, start - 30), start)
    ):
        return "after a name, as its kind ('Hinchinbrook Shire')"
    if _COALITION_AFTER.match(text, end):
        return "followed by 'coalition' (a coalition's nickname)"  # the "Kenya" coalition
    if text[end : end + 1] != " ":
        return ""
    if text[end + 1 : end + 2] in ("R", "L") and _RIVER_AFTER.match(text, end):
        return "followed by 'River' or 'Lake' (a river's or a lake's name)"  # "the Ohio River"
    if not text[end + 1 : end + 2].isupper():
        if _ARTICLE_NAME_AFTER.match(text, end, end + 12):
            return "followed by an Arabic article and a name (a longer name)"  # "Busra al-Sham"
        if text.startswith(" party", end) and not text[end + 6 : end + 7].isalpha():
            return PARTY_REASON  # "the ruling Morena party"
        if _PARTICLE_NAME_AFTER.match(text, end, end + 16):
            return "followed by a surname's particle (a person)"  # "Mathieu van der Poel"
        return ""
    following = _WORDS_AFTER.match(text, end, end + 60)
    words = following.group(1).split() if following else []
    org = _followed_by_an_organisation_word(words)
    if org:
        return org
    if words and words[0] == "Department" and text.startswith(" of ", end + len(" Department")):
        return "followed by 'Department of' (an organisation)"  # "the Maryland Department of Health"
    after = words[0] if words and any_capital else ""
    if after:
        low = after.lower().rstrip("'’s")
        if (
            low not in PLACE_WORDS
            and low not in OFFICES
            and low not in CALENDAR
            and low not in HOSTED_EVENTS  # "the Paris Games": the city that hosts them
            and not after.isupper()
            and not _a_people(after)  # "Karabakh Armenians", "Moscow Azerbaijanis"
            and not in_headline()
        ):
            return f"followed by the capitalized word {after!r} (a person or organisation)"
    return ""


_POSITIONAL_PREFIX_BEFORE = re.compile(
    r"\b(?:Severo|Yuzhno|Zapadno|Vostochno|Novo|Staro|Nizhne|Verkhne|Sredne|Ust|Bolshe|Malo|Ny)-$"
)
"""A Russian (or Norwegian) prefix that makes a longer name of a town's: "Severo-Kurilsk"
(North Kurilsk), "Yuzhno-Sakhalinsk", "Ust-Luga" (the mouth of the Luga), "Ny-Ålesund"."""
_CAPITALS_RUN_AFTER = re.compile(r"(?: [A-Z][A-Z'’.-]+)+")
_OWN_PARTS = PLACE_WORDS | {"island", "islands"}
"""Words after a name in a dateline that name the place itself or a part of it."""


def _longer_dateline_name(text: str, start: int, end: int) -> bool:
    """True when a name in capitals opening a line goes on in capitals up to a dateline's
    end: "HALLS GAP, Victoria —" is one place, not Halls (but "BRIBIE ISLAND" is Bribie's
    island: a place word)."""
    if not (start == 0 or text[start - 1] == "\n") or not text[start:end].isupper():
        return False
    run = _CAPITALS_RUN_AFTER.match(text, end, end + 60)
    if run is None or run.group().split()[0].lower() in _OWN_PARTS:  # "BRIBIE ISLAND": Bribie's
        return False
    return _DATELINE_AFTER.match(text, run.end(), run.end() + 60) is not None


_RIVER_AFTER = re.compile(r" (?:River|Lake)\b")
"""A river or a lake named after a place: "the Ohio River", "Gatun Lake" (a place named
so, "Hay River", "Cross River", is one name in the gazetteers and never comes here)."""
_KIND_NAMES = frozenset({"Shire"})
"""Places named by a word that is also a kind of place ("Shire" in Ethiopia)."""
_CAPITALIZED_BEFORE = re.compile(r"(?<![.!?:]\s)\b[A-Z][a-z]{2,}(?:['’]s)? $")
"""A capitalized word right before, inside a sentence: "Hinchinbrook Shire", "Barcoo Shire's"."""


def _followed_by_an_organisation_word(words: Sequence[str]) -> str:
    """Why ``words``, the capitalized words after a hit, make it part of an organisation's
    name ("Washington Post", "Virginia State Police"), or ''."""
    for word in words:
        if word.lower().rstrip("'’s") in ORG_WORDS:
            return f"followed by {word!r} (an organisation)"
    return ""


_PARTICLE_NAME_AFTER = re.compile(rf" (?:van|von)(?: de[nr]?| dem)? [{_UPPER}]")
"""A Dutch or German surname's particle after a first name: "Mathieu van der Poel"."""
_COALITION_AFTER = re.compile(r"[”\"’']?(?: and [“\"‘']?[A-Z][\w-]*[”\"’']?)? coalitions?\b")
"""A coalition nicknamed after a country for its colours: the "Kenya" coalition, the
"Jamaica" and "Kenya" coalitions."""
_COMPOUND_NAME_AFTER = re.compile(rf"-[{_UPPER}][\w'’]*((?: [{_UPPER}][\w'’-]*){{1,3}})")
"""The capitalized words after a hyphen compound that opens a longer name: "Athens-Macedonian
News Agency"."""
_CLUB_NAME_BEFORE = re.compile(r"\b(?:FC|FK|SC|SK|AFC|CF) (?:[A-Z][\w’'-]+ ){1,2}$")
"""A club word and the club's own name before a hit: the town the club's full name ends
with ("FC Gandzasar Kapan", "FC Urartu Yerevan")."""


def _club_name_before(text: str, start: int) -> bool:
    """True after a club word and the club's own name (see :data:`_CLUB_NAME_BEFORE`); the
    regular expression runs only where a club word can end ("C " or "K "), as it does for
    every hit."""
    window = text[max(0, start - 50) : start]
    return ("C " in window or "K " in window) and _CLUB_NAME_BEFORE.search(window) is not None


_ANOTHER_PLACE_BEFORE = ("New", "Little")
"""Capitalized words that make a longer name of another place inside a sentence ("New
Julfa" in Isfahan, "Little Armenia" in Los Angeles)."""
_ANOTHER_PLACE_ENDS = frozenset(word[-1] for word in _ANOTHER_PLACE_BEFORE)
"""Their last letters: a quick test before reading the word."""


def opens_sentence(text: str, pos: int) -> bool:
    """True when ``pos`` starts the text, a line, a sentence or what follows a dash."""
    before = text[max(0, pos - 3) : pos].rstrip(" “\"‘'(")
    return not before or before[-1] in ".!?:\n—–-"


_LOWER_WORD_AFTER = re.compile(r" [a-z]")
PLURAL_WORD_ZIPF = 3.5
"""How common the singular must be: "Rivers", "Farmers", "Vineyards" (not "Wales": a
dictionary lists "wale")."""


def a_plural_word_opening_a_sentence(text: str, start: int, end: int) -> bool:
    """True for the plural of an ordinary word opening a sentence before a lower-case word:
    "Rivers rose fast" is no mention of Nigeria's Rivers state, nor "Wells ran dry" of
    Wells in Somerset."""
    word = text[start:end]
    return (
        len(word) > 4
        and word.endswith("s")
        and word[1:].islower()
        and opens_sentence(text, start)
        and _LOWER_WORD_AFTER.match(text, end) is not None
        and word[:-1].lower() in lowercase_words()
        and zipf_at_least(word[:-1].lower(), PLURAL_WORD_ZIPF)
    )


_ARTICLE_NAME_AFTER = re.compile(rf" {ARABIC_ARTICLE}-[A-Z]")
"""An Arabic article and a capitalized word after a name: it goes on ("Busra al-Sham")."""


def _a_people(word: str) -> bool:
    """True for a people's name in the plural: "Armenians", "Afghans" (not "Sultans")."""
    return word.endswith(_PEOPLE_ENDINGS) or (word.endswith("s") and word[:-1].lower() in peoples())


def has_place_context(text: str, start: int, end: int) -> bool:
    """True after a place cue ("in X", "the village of X", "County X") or before "X district"."""
    return (
        bool(CONTEXT_BEFORE.search(text[max(0, start - 30) : start]))
        or place_word_follows(text, end)
        or after_county(text, start)
    )


class WordsBefore:
    """Tells whether one of some ``words`` stands right before a name, one space between and
    a word's edge before it: "Mount Iwate", "Co Donegal", "Via Napoli". A ``mid_sentence``
    word does not count after a sentence's end ("Via Rome, the flight ...").

    The last letters of the words are a quick way out for every other name, as the test
    runs for every one.
    """

    def __init__(self, *words: str, mid_sentence: bool = False) -> None:
        self.words = words
        self.ends = frozenset(w[-1] for w in words)
        self.mid_sentence = mid_sentence

    def __call__(self, text: str, start: int) -> bool:
        if text[start - 2 : start - 1] not in self.ends or text[start - 1 : start] != " ":
            return False
        for word in self.words:
            at = start - 1 - len(word)
            if at >= 0 and text.startswith(word, at):
                edge = text[at - 1 : at]
                if edge.isalnum() or edge == "_":
                    continue
                return not (self.mid_sentence and text[at - 2 : at] in _SENTENCE_ENDS)
        return False


_SENTENCE_ENDS = frozenset({". ", "! ", "? ", ": "})

after_county = WordsBefore(*COUNTY_WORDS)
"""True after "County" or its abbreviation "Co" or "Co.", as Irish and British news write a
county's name: "County Kerry", "Co Donegal", "Co. Durham"."""


_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b"
)
"""A month's name, whole or abbreviated, as a regular expression."""
_DATELINE_AFTER = re.compile(
    r"(?:,? [A-Z][A-Za-z.]+){0,2}(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b|,\s*\d{1,2}\s+"
    + _MONTH
    + r"|(?: \([^)\n]{1,30}\))? ?[-—–] )"
)


def opens_a_dateline(text: str, start: int, end: int) -> bool:
    """True for a name in capitals that opens a line as a dateline does: "KUFRA, Oct 8
    (Wire) -", "SALLOUM, Egypt, Sept. 14 -", "GAO (Agency) -"."""
    return (
        (start == 0 or text[start - 1] == "\n")
        and text[start:end].isupper()
        and _DATELINE_AFTER.match(text, end, end + 60) is not None
    )


_LOWER_WORD_AFTER = re.compile(r" ([a-z]+)")


def place_word_follows(text: str, end: int) -> bool:
    """True when a lower-case place word follows the name: "X district", "X region";
    not "town of" and another name: in "the mostly Ismaili town of Salamiyah" the town is
    Salamiyah."""
    m = _LOWER_WORD_AFTER.match(text, end, end + 20)
    if not (m and m.group(1) in PLACE_WORDS):
        return False
    after = m.end()
    named = text[after : after + 4] == " of " and text[after + 4 : after + 5].isupper()
    return not (named and m.group(1) in _SETTLEMENTS)


SETTLEMENT_WORDS = ("town", "city", "village")
"""The words that call a named place a town (:func:`geomap.resolve.choose.choose` reads
them after a name, as these expressions do)."""
_SETTLEMENTS = frozenset({*SETTLEMENT_WORDS, "settlement"})
_A_REGIONS_SETTLEMENT = re.compile(
    rf" (?:{'|'.join(SETTLEMENT_WORDS)})\b(?! (?:council|hall|cent(?:re|er)|administration|government|"
    r"authorities|officials|police|mayor|limits|court|hospital|municipality|assembly|prosecutor)\b)"
)
"""A settlement word after a name, not that of the city's own institutions ("the Kharkiv
city council")."""
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an) $", re.I)


def kind_cue(text: str, start: int, end: int) -> str:
    """A kind named next to the hit: "X province", "the town of X"; else ''.

    Not before a possessive: in "the capital of Sudan's West Darfur state" the capital
    is West Darfur's.
    """
    m = re.match(r"^ ([A-Za-z]+)", text[end : end + 20])
    if m and m.group(1).lower() in PLACE_WORDS:
        if _A_REGIONS_SETTLEMENT.match(text, end) and _ARTICLE_BEFORE.search(text, max(0, start - 4), start):
            return ""  # "the Coahuila city facing Eagle Pass": a city of the region Coahuila
        return m.group(1).lower()
    if text[end : end + 1] in ("'", "’"):
        return ""
    m2 = KIND_BEFORE.search(text[max(0, start - 30) : start])
    if m2:
        return m2.group(2).lower()
    m3 = _KIND_APPOSITIVE.match(text, end, end + 40)  # "Costa Rica, a town of 25,000 people"
    return m3.group(1) if m3 else ""


_KIND_APPOSITIVE = re.compile(rf", (?:a|an) (?:[a-z]+ ){{0,2}}?({'|'.join(SETTLEMENT_WORDS)})\b")


_NICKNAME = re.compile(r' ["“][A-Z][^"”]{0,28}["”] [A-Z]')
"""A quoted nickname between a first name and a surname: Joaquín "El Chapo" Guzmán."""
_IN_NICKNAME_QUOTES = re.compile(r'["”] [A-Z]')
_BEFORE_NICKNAME = re.compile(r'[A-Z][\w\'’-]* ["“]$')
_AFTER_NICKNAME = re.compile(r'\b[A-Z][\w\'’-]* ["“][A-Z][^"”]{0,28}["”] $')
"""A first name and a quoted nickname before a surname: Jorge "Tuto" Quiroga."""
_NAME_GIVEN_BEFORE = re.compile(
    r"\b(?:(?:(?:first|last|family|given) name|surname)(?: only)?(?: as)?"
    r"|(?:gave|give|gives|giving) (?:his|her|their) (?:first |full )?name(?: only)? as"
    r"|(?:named|identified) only as|alias|call ?sign|nom de guerre),?\s+$",
    re.I,
)
"""A person's name announced: "who gave only his first name, Hamid", "gave her name only
as Paris", "gave her first name as Madina", "the commander who goes by the alias Calarcá",
"a drone operator who uses the call sign Tokyo"."""
_ANNOUNCING_WORDS = ("name", " as ", "alias", "sign", "guerre")


def name_announced(text: str, start: int) -> bool:
    """True when the text announces the name at ``start`` as a person's."""
    window = text[max(0, start - 24) : start]
    return any(w in window for w in _ANNOUNCING_WORDS) and _NAME_GIVEN_BEFORE.search(window) is not None


_CLAUSE_VERB_AFTER = re.compile(r" (?:was|were|is|are|had|has|would|will|could|remained|remains)\b")
"""A verb right after the name: it is the subject of what was said, not the speaker."""
_SPEECH_BEFORE = re.compile(r"\b(?:said|says|told|asked|added|recalled|explained|according to) +$", re.I)
AGE_WORD = (  # an age in words, then a comma: "Tabriz, nine, had"
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?|one|two|three|four"
    r"|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen),"
)
_APPOSITIVE_AFTER = re.compile(
    r"^,\s+(?:(?:(?:a|an)(?!\s+(?:day|week|month|year|decade|fortnight|few|step|move|measure|decision"
    r"|sign|record|first|blow|figure|rise|jump|drop|fall|increase)\b)|who|whose)\b"
    rf"|\d{{1,3}}\b(?!\.?\s+{_MONTH})|{AGE_WORD})"
)
"""A person described after a comma ("Aydin, 54", "Tabriz, nine,", "Aydin, a retired
teacher"), but not a time or a date after a place ("... still call Gisenyi, a day after
the shelling", "Dhaka, 17 July 2025"), nor a remark on the whole clause ("an alert for
Coyhaique, a step that would release more funds", "Kherson, a first since the war")."""
_A_SPEAKER_AFTER = re.compile(r",\s+an?\s+(?:[\w-]+\s+){1,3}(?:told|said|says|added)\b")
"""The subject of a new clause after a comma, not an appositive: "the border with Iraq, a
deputy governor told state television"."""
_OPPONENT_BEFORE = re.compile(
    r"\b(?:against|vs\.?|v\.|beat|beating|defeated|drew with|draw with|(?:lost|losing|lose)(?: \w+)? to|"
    r"win over|victory over|defeat by|knocked out|(?:will )?meet|meets|faced|face)\s+$",
    re.I,
)


_PLACE_APPOSITIVE = re.compile(
    r",\s+(?:a|an|the)\s+(?:(?!(?:in|of|from|at|for|with|on|by)\s)[\w-]+(?:['’]s)?\s+){0,3}?(?:town|city|village|province|region|district|state|country|"
    r"port|capital|hub|settlement|camp|enclave|municipality|county|oblast|governorate|frontier|island)\b(?!['’])"
    r"(?! (?:leader|leaders|governor|police|officials?|prosecutors?|government|council|"
    r"legislature|assembly|media|television|broadcaster|agency|department|ministry|secretary|"
    r"president|chief|head|spokes(?:man|woman|person)|deputy|lawmakers?|party|company)\b)"
)
"""An appositive that says what place a name is: "Yunnan, a landlocked province", "Mocha,
the governorate's port" (not "the city's football club", "López, a commander in the
state police", nor "Valencia, the state leader of a party")."""
_DISTANCE_APPOSITIVE = re.compile(
    rf",\s+(?:about |some |roughly )?(?:a short (?:drive|walk|ride)|an? (?:hour|day)'s (?:drive|walk)|"
    rf"[\d,.]+ ?(?:km|kilometres|kilometers|miles))\s+(?:{COMPASS}\s+)?(?:of|from)\s"
)
"""An appositive that places a name by its distance from another: "Konduga, a short drive
south-east of Maiduguri", "Bama, 70 km from the border"."""


def described_as_place(text: str, end: int) -> bool:
    """True when an appositive after the name says it is a place: "Mora, the nearest large
    Cameroonian town", "Konduga, 35 km south-east of Maiduguri"."""
    return text[end : end + 1] == "," and bool(
        _PLACE_APPOSITIVE.match(text, end, end + 60) or _DISTANCE_APPOSITIVE.match(text, end, end + 60)
    )


_FROM_BEFORE = re.compile(
    r"\b(?:[A-Za-z]+ from|(?:residents?|people|citizens|villagers|farmers|families|officials|authorities)"
    r" (?:of|in))(?: neighbou?ring| nearby)? $"
)
"""Where the name ends a "from" phrase of the speaker before it, or names where the speakers
live: "a wholesaler from X said", "a resident of neighbouring Hebei wrote"."""
_SPEECH_AFTER = re.compile(r"^(?:'s)?\s+(?:said|says|told|added|argued|wrote|tweeted|spoke)\b")
_TEAM_AFTER = re.compile(
    r"^(?:['’]s \d{1,2}[-–]\d{1,2} (?:win|victory|defeat|loss|draw)|, (?:captained|coached|managed) by"
    r"|\s+(?:beat|beats|defeated|thrashed|edged|drew with)\s+(?:[A-Z][\w.]*\s+){1,3}\d{1,2}[-–]\d{1,2})\b"
)
"""A team: "Chelsea's 4-1 win", "Liverpool, captained by ...", "Liverpool beat Newcastle 4-2"."""


def looks_like_person(text: str, start: int, end: int, speech: bool = True, opponent: bool = True) -> bool:
    """A speaker ("said Aydin", "Michel said"; only if ``speech``: a country or a big
    city speaks for its government, "Sudan said", "said Kinshasa would", unless the
    sentence ends after it: "said Medina."), a sports opponent or team ("against
    Liverpool", "lost twice to Chelsea", "Chelsea's 4-1 win"; only if ``opponent``:
    "sanctions against Rwanda"; a country is not described by "whose" either),
    a name announced as a person's ("gave only his first name, Hamid"),
    or a person described after a comma ("Aydin, a retired teacher"; not after a
    place cue: "a nurse from Savannah, Georgia, who...")."""
    before, after = text[max(0, start - 20) : start], text[end : end + 12]
    if (
        (text[end : end + 2] in (' "', " “") and _NICKNAME.match(text, end, end + 40))
        or (
            text[end : end + 1] in ('"', "”")
            and _IN_NICKNAME_QUOTES.match(text, end, end + 4)
            and _BEFORE_NICKNAME.search(text, max(0, start - 30), start)
        )
        or (
            text[start - 2 : start] in ('" ', "” ")
            and _AFTER_NICKNAME.search(text, max(0, start - 50), start)
        )
    ):
        return True  # Joaquín "El Chapo" Guzmán, Jorge "Tuto" Quiroga: a person, whatever the cues
    person = (
        # "said Medina." is a person even where a city's name; "said Kinshasa would" is not
        (
            _SPEECH_BEFORE.search(before)
            and (speech or text[end : end + 1] in (".", ","))
            and not _CLAUSE_VERB_AFTER.match(text, end, end + 12)  # "said Dagestan was calm"
        )
        or name_announced(text, start)
        or a_relative_named(text, start)
        or (
            speech and _SPEECH_AFTER.match(after) and not _FROM_BEFORE.search(text, max(0, start - 40), start)
        )
        or (opponent and (_OPPONENT_BEFORE.search(before) or _TEAM_AFTER.match(text[end : end + 48])))
        or (
            _APPOSITIVE_AFTER.match(after)
            and not (not opponent and after.startswith(", whose"))  # "Bosnia, whose institutions"
            and not _A_SPEAKER_AFTER.match(text, end, end + 60)  # "with Iraq, a governor told"
            and not has_place_context(text, start, end)
            and not described_as_place(text, end)  # "Yunnan, a landlocked province"
        )
    )
    # Checked last (it is rare that a rule above matched): "the border town of Mae Sot said".
    return bool(person) and not (
        strong_place_cue(text, start) or KIND_BEFORE.search(text[max(0, start - 30) : start])
    )


_KIN = frozenset(
    "son daughter grandson granddaughter child grandchild wife husband brother sister mother "
    "father cousin uncle aunt nephew niece friend neighbour neighbor".split()
)
_POSSESSIVES = frozenset({"his", "her", "their", "our", "my"})
_NOT_FAMILY = frozenset({"friend", "neighbour", "neighbor", "brother", "sister"})
"""Kin words that a country or a city is also called by another: "Turkey's brother Azerbaijan"."""
_KIN_ADJECTIVES = frozenset("younger older elder eldest youngest little big baby late twin".split())


_A_FAMILY_AFTER = re.compile(r" (?:brothers|sisters|family|clan|dynasty)\b")


def a_family_named(text: str, start: int, end: int) -> bool:
    """True for a family's name: "the Mikoyan brothers", "the Aliyev family"."""
    return (
        text[max(0, start - 4) : start] in ("the ", "The ") and _A_FAMILY_AFTER.match(text, end) is not None
    )


def a_relative_named(text: str, start: int) -> bool:
    """True when the name at ``start`` follows a relative: "Her grandson, Tabriz", "his
    brother Israfil", "her younger brother Jordan" (a person)."""
    if start < 6 or text[start - 1] != " ":
        return False
    end = start - 2 if text[start - 2] == "," else start - 1
    space = text.rfind(" ", 0, end)
    if space < 0 or text[space + 1 : end] not in _KIN:
        return False
    before = text.rfind(" ", 0, space)
    word = text[before + 1 : space].lower()
    if word in _KIN_ADJECTIVES:  # "her younger brother Jordan"
        space, before = before, text.rfind(" ", 0, before)
        word = text[before + 1 : space].lower() if space > 0 else ""
    # "Hathaleen's cousin Ahmad"; not "Russia's neighbour Georgia", "Turkey's brother Azerbaijan"
    family = text[space + 1 : end] not in _NOT_FAMILY
    return word in _POSSESSIVES or (family and word.endswith(("'s", "’s")))


_A_PERSON_AFTER = re.compile(r", (?:an? [a-z]|who\b)")


def after_a_speech_verb(text: str, at: int) -> bool:
    """True when "said", "told" or the like ends right before ``at``."""
    return _SPEECH_BEFORE.search(text[max(0, at - 20) : at]) is not None


def a_described_speaker(text: str, start: int, end: int) -> bool:
    """True for a name after "said" that a comma and a description follow: "said Masis,
    a lorry driver" (not "said Masis, a town south of Yerevan")."""
    return (
        text[end : end + 1] == ","
        and _A_PERSON_AFTER.match(text, end, end + 6) is not None
        and after_a_speech_verb(text, start)
        and not described_as_place(text, end)
    )


def names_a_club(text: str, start: int, end: int) -> bool:
    """True when the name at ``start:end`` is part of a sports club's name: a club
    word after it ("Qarabag FK") or a club word before it ("FC Qarabag", "Real Madrid")."""
    before = word_before(text, start)
    return word_after(text, end).lower() in CLUB_WORDS or (
        before[:1].isupper() and before.lower() in CLUB_PREFIXES
    )


PRODUCT_WORDS = (
    "brandy", "cognac", "vodka", "beer", "lager", "mineral water", "cigarettes", "brand", "label",
    "soap", "magazine", "newspaper", "news agency", "news site", "news website", "news portal",
    "agreement", "agreements", "accord", "accords", "protocol",
    "memorandum", "communique", "communiqué", "declaration", "treaty", "pact", "process",
    "militia", "militias", "battalion", "battalions", "brigade", "brigades", "regiment", "regiments",
    "cartel", "cartels", "gang", "gangs", "award", "bloc", "blocs",
    "armoured car", "armoured cars", "armored car", "armored cars", "armoured vehicles",
    "armored vehicles", "troop carrier", "troop carriers", "rifle", "rifles", "pistachio", "pistachios",
    "shirt", "shirts", "jersey", "jerseys", "scarf", "scarves", "midfielder", "striker", "goalkeeper",
    "winger", "format", "culture", "cultures",
    "china", "porcelain", "carpet", "carpets", "rug", "rugs", "nut", "nuts",
)  # fmt: skip
"""Words after a name that make it a brand, a title, an agreement, an armed group or a
weapon: "Ararat brandy", "Time magazine", "the Minsk agreements", "the Fano militia", "the
Hayastan bloc" (a party list), "the 1899 Paris award", "Cascavel armoured cars", "Antep
pistachios", a club's shirts and players ("Qarabağ shirts", "a Shirak scarf", "a former
Gandzasar Kapan midfielder"), a diplomatic format ("the Brussels format"), wares ("Gzhel
china", "Shirvan carpets"), an archaeological culture ("the Maykop culture")."""
_WIND_AFTER = re.compile(r" (?:winds|gusts)\b(?! down| up)")
"""A wind named after a place: "dry Santa Ana winds", "Santa Ana gusts" (not "as Russia
winds down")."""
_PRODUCT_AFTER = re.compile(rf" (?:football )?(?:{'|'.join(PRODUCT_WORDS)})\b")
_PRODUCT_INITIALS = frozenset(w[0] for w in PRODUCT_WORDS)
_KIT = r"(?:shirt|shirts|jersey|jerseys|scarf|scarves)"
"""A club's kit, as a regular expression."""
_CLUB_KIT_AFTER = re.compile(rf"(?:-[A-Z][\w’']*)+ (?:(?:football )?{_KIT}|cultures?)\b")
"""A club's kit after a hyphenated club name ("an Ararat-Armenia football shirt"), and an
archaeological culture after a hyphenated pair of sites ("the Khojaly-Gadabay culture")."""
_MATCH_REPORT = re.compile(
    r"\b(?:Champions League|Europa League|Conference League|Premier League|Super League"
    r"|(?:beat|beats|beating|drew|lost|won) "
    rf"(?:[A-Z][\w’'-]* )+\d{{1,2}}-\d{{1,2}}|[A-Z][\w’'-]* (?:match|matches|fixture|fixtures))\b"
    rf"|\b(?:{_KIT}|league title|straight title|cup final|derby)\b"
)
"""A sentence that reports a football match or shows a club's kit: "in the Europa League",
"to beat Benfica 3-2", "replaying a Qarabağ match", "a Qarabağ scarf", "the Premier League
title", "a fourth straight title"."""


_TEAM_MODIFIER = r"(?:youth|reserve|women's|women’s)"
"""A word that makes "side", "team" or "academy" a club's: "the youth side of Qarabag"."""
_TEAM_BEFORE = re.compile(rf"\b(?:champions|(?:{_TEAM_MODIFIER} )?(?:side|squad|academy) of) $")
_YOUTH_TEAM_BEFORE = re.compile(rf"\b{_TEAM_MODIFIER} (?:side|squad|team|academy) of $")


def after_a_youth_team(text: str, start: int) -> bool:
    """True after a club's youth or reserve team: "the youth team of Urartu" (not "the eastern
    side of Mek'ele" or "the team of Ağdam", which name the town)."""
    if not text.startswith("of ", start - 3):
        return False  # a quick way out: the hot path asks this of every name
    return _YOUTH_TEAM_BEFORE.search(text, max(0, start - 24), start) is not None


def after_a_team_word(text: str, start: int) -> bool:
    """True after a word that makes the name a team's: "the Azerbaijani champions Qarabağ",
    "the youth side of Qarabag"."""
    return _TEAM_BEFORE.search(text, max(0, start - 24), start) is not None


_RESULT_VERBS = (
    r"(?:beat|beats|edged|edges|drew with|draws with|lost to|loses to|defeated|defeats|thrashed|routed)"
)
_SIDE_BEFORE_RESULT = re.compile(rf" (?:later |then |narrowly |also )?{_RESULT_VERBS} [A-Z]")
_SIDE_AFTER_RESULT = re.compile(rf"\b{_RESULT_VERBS} $")
_SCORE = re.compile(r"\b\d{1,2}-\d{1,2}\b|\bthe same score\b|\bon penalties\b")


def a_side_in_a_result(text: str, start: int, end: int) -> bool:
    """True for a team named after its country or city in a match result: "Mali beat
    Tunisia 1-0", "Gambia later edged Mauritania by the same score" (a score in the
    sentence; not "Azerbaijan defeated Armenia in 2020")."""
    side = _SIDE_BEFORE_RESULT.match(text, end, end + 20) or _SIDE_AFTER_RESULT.search(
        text, max(0, start - 16), start
    )
    return side is not None and _SCORE.search(sentence_around(text, start, end)) is not None


def about_a_match(passage: str) -> bool:
    """True for a passage that reports a football match or shows a club's kit somewhere."""
    return _MATCH_REPORT.search(passage) is not None


def reports_a_match(text: str, start: int, end: int) -> bool:
    """True when the sentence around ``text[start:end]`` is about a football match or a
    club's kit (see :data:`_MATCH_REPORT`): a club named after a place is meant there
    ("watch Qarabag in the Europa League"), but not in the next sentence of the paragraph
    ("Families returned to Qarabağ")."""
    return _MATCH_REPORT.search(sentence_around(text, start, end)) is not None


_SERVED_BEFORE = re.compile(r"\b(?:bottles?|glass|glasses|crates?|sips?|shots?|makers?) of $")
"""A drink's measure or maker before a name: "a bottle of Jermuk" (the mineral water), "two
glasses of Ararat", "the maker of Ararat" (the brandy)."""


def served_as_a_drink(text: str, start: int) -> bool:
    """True for a brand of drink named after a place, after its measure or its maker: "a
    bottle of Borjomi" is the mineral water, not the town."""
    return _SERVED_BEFORE.search(text, max(0, start - 12), start) is not None


_MOVEMENT_AFTER = re.compile(r" for the (?:Homeland|Motherland|Fatherland)\b")
"""A movement named after a place: "Tavush for the Homeland", "Shirak for the Homeland"."""


def names_a_product(text: str, end: int) -> bool:
    """True when a product word follows the name: "Ararat brandy", "Jermuk mineral water"
    (a brand named after a place, not a mention of it); or a language: "Talysh-speaking";
    a club's kit ("an Ararat-Armenia football shirt"); a movement ("Tavush for the
    Homeland"); a wind ("dry Santa Ana winds")."""
    if text[end : end + 1] == "-":
        return (
            text.startswith(("-speaking", "-language"), end) or _CLUB_KIT_AFTER.match(text, end) is not None
        )
    if text[end : end + 1] == " " and _MOVEMENT_AFTER.match(text, end):
        return True
    if text.startswith((" winds", " gusts"), end):
        return bool(_WIND_AFTER.match(text, end))
    return text[end + 1 : end + 2] in _PRODUCT_INITIALS and bool(_PRODUCT_AFTER.match(text, end))


_ROUTE_NUMBER_AFTER = re.compile(
    r" (?:(?:Route|Highway|Hwy\.?) )?\d{1,3}"
    r"(?![\d-]|[.,]\d|%| (?:million|billion|trillion|per ?cent|percent)\b)"
)
"""A road's number after a country's or a state's initials: "U.S. 27", "US Route 66"."""


def numbers_a_road(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]``, a name in initials ("U.S.", "US"), is followed by a
    road's number: "along U.S. 27" is a highway, not the country (not "US 400 million")."""
    return (
        end - start <= 4
        and text[start:end].replace(".", "").isupper()
        and bool(_ROUTE_NUMBER_AFTER.match(text, end))
    )


_PHRASE_ENDS_AFTER = re.compile(
    r"(?:,(?! [A-Z])|[.;:!?)]|['’]s\b|\s+(?:(?:and|or)(?! [A-Z])|in|on|at|to|from|for|with|by|near"
    r"|that|which|where|was|were|is|are|has|had|have|will|would|could|can|as|into|through|between"
    r"|river|valley|basin|delta"
    r"|mountains|range|plateau|desert|lagoon)\b)"
)


def after_the_article(text: str, start: int, end: int) -> bool:
    """True when a lower-case "the" stands right before the name and the noun phrase ends
    with it: "a city on the Elbe", "up and down the Andes", "the Isar river" (news puts a
    river, a range or a region after "the", not a small town, except as a modifier: "the
    Pirna mayor", "the Kherson and Zaporizhzhia regions", "the Ventura, California-based
    company")."""
    return (
        text[start - 4 : start] == "the "
        and not text[start - 5 : start - 4].isalnum()
        and _PHRASE_ENDS_AFTER.match(text, end) is not None
    )


def names_a_style(text: str, end: int) -> bool:
    """True when "-style" follows the name: "a Westminster-style parliament" is a format,
    not a mention of the place (the caller keeps a country's: "an El Salvador-style
    crackdown" is about the country)."""
    return text.startswith("-style", end)


ROMANCE_PARTICLES = ("de", "da", "do", "dos", "das", "del", "della", "di", "du", "des")
"""The particles inside Portuguese, Spanish, Italian and French place names."""
ROMANCE_ARTICLES = ("la", "las", "los", "el", "le", "les")
"""The articles that may follow them ("San Juan de la Maguana")."""
_ROMANCE_LINK_AFTER = re.compile(r" (?:de|del|da|do|dos|das)(?: (?:la|las|los))? [A-ZÁÉÍÓÚÑÇ]")
_ROMANCE_NAME_BEFORE = re.compile(
    rf"\b[A-ZÀ-Ý][\w'’-]+ (?:{'|'.join(ROMANCE_PARTICLES)})(?: {'| '.join(ROMANCE_ARTICLES)})? $"
)
"""The start of a longer Romance name before a name: "Parada de Lucas" (a Rio
neighbourhood, not Lucas), "Recreio dos Bandeirantes"."""
_ROMANCE_LINKS = tuple(f" {w} " for w in (*ROMANCE_PARTICLES, *ROMANCE_ARTICLES))
"""The words that end the start of such a name, with the spaces around them."""


def ends_a_romance_name(text: str, start: int) -> bool:
    """True when the name at ``start`` ends a longer Portuguese, Spanish, Italian or
    French name ("Parada de Lucas", "Complexo de Israel"); the word before is read first,
    as this is asked of every name."""
    if not text.endswith(_ROMANCE_LINKS, max(0, start - 7), start):
        return False
    return _ROMANCE_NAME_BEFORE.search(text, max(0, start - 40), start) is not None


def goes_on_in_romance(text: str, end: int) -> bool:
    """True when a Spanish or Portuguese link word and a capitalized word follow: the
    name goes on ("San Juan de Lurigancho" is a district of Lima, not San Juan; "Santa
    Ana de Hacarí" is no Santa Ana). The caller asks only for world names: a longer name
    the world knows is matched whole, so the shorter one is another place."""
    return text[end + 1 : end + 2] == "d" and bool(_ROMANCE_LINK_AFTER.match(text, end, end + 12))


_WORK_AFTER = re.compile(
    r" (?:comedy|comedies|play|plays|novel|novels|poem|poems|drama|opera|ballet|readings)\b"
)
_DETERMINER_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he|his|her|their|its) $")


_WORKS_OF_BEFORE = re.compile(
    r"\b(?:verses|poems|poetry|novels|plays|writings|lyrics) of "
    r"(?:(?:[A-Z][\w’'-]+,? )+(?:and|or) )?$"
)


def names_a_work(text: str, start: int, end: int) -> bool:
    """True for an author's name before a kind of work, after a determiner: "a Chekhov
    comedy", "the Chekhov play" (Chekhov is also a town near Moscow); or after the works
    "of" it: "the verses of Fuzuli and Nizami" (poets, not the town and the village)."""
    before = _DETERMINER_BEFORE.search(text, max(0, start - 6), start)
    if before is not None and _WORK_AFTER.match(text, end) is not None:
        return True
    return text[start - 3 : start] in ("of ", "nd ", "or ") and bool(
        _WORKS_OF_BEFORE.search(text, max(0, start - 60), start)
    )


_A_PEOPLE_AFTER = re.compile(
    r", (?:an?|the) (?:[\w-]+ ){0,2}?(?:people|peoples|minority|ethnic group|tribe|clan)\b"
)


def names_a_people(text: str, start: int, end: int) -> bool:
    """True for a people that bears a place's name, described as one: "the Talysh, a
    minority people who live far to the south" (not the village of Talysh)."""
    return text[max(0, start - 4) : start] in ("the ", "The ") and bool(_A_PEOPLE_AFTER.match(text, end))


_SHIPS = (
    r"(?:aircraft carrier|carrier|destroyer|frigate|warship|cruiser|corvette|submarine|tanker|freighter"
    r"|icebreaker)"
)
_SHIP_BEFORE = re.compile(
    rf"\b(?:{_SHIPS}s?|ferry|vessel|(?:missile|cargo|container|landing|patrol|supply|feeder) ships?)"
    r"(?:, the)? $"
)
"""A ship's type before its name: "the carrier Shandong", "the ferry Kaunas", "the vessel,
the Kaunas,", "the missile ships Tatarstan and ..." (not in the comma pattern after a name:
"Poti, the vessel's home port")."""
_ROUTE_AFTER = re.compile(r"[-–—][A-Z]")
"""A route after the name: "a new ferry Poti-Burgas line" names the ports."""
_SHIP_APPOSITIVE = re.compile(rf", (?:an?|the|[A-Z]\w+['’]s)(?: [\w-]+){{0,3}}? {_SHIPS}\b")


def names_a_ship(text: str, start: int, end: int) -> bool:
    """True for a ship named after a place: after its type ("the carrier Shandong") or
    described as one after a comma ("the Fujian, China's third carrier"); not a name in
    capitals ("... hits bulk carrier DJIBOUTI, March 8": a dateline), nor a place cued as
    one before the comma ("after the crash near Aktau, the carrier suspended flights")."""
    return not text[start:end].isupper() and bool(
        (_SHIP_BEFORE.search(text, max(0, start - 24), start) and not _ROUTE_AFTER.match(text, end))
        or (
            text[end : end + 1] == ","
            and _SHIP_APPOSITIVE.match(text, end, end + 60)
            and not strong_place_cue(text, start)
        )
    )


_DISEASE_AFTER = re.compile(
    r"[ -](?:(?:haemorrhagic|hemorrhagic) )?(?:virus|viruses|ebolavirus|fever|flu|influenza|encephalitis"
    r"|disease|variant|strain)\b"
)
_SEROTYPE_BEFORE = re.compile(r"\bSalmonella $")


def names_a_disease(text: str, start: int, end: int) -> bool:
    """True for a disease, virus or variant named after a place: "Marburg virus", "Lassa
    fever", "Sudan virus disease", "Crimean-Congo haemorrhagic fever", "Hong Kong flu", the
    "Kent variant", "Salmonella Montevideo"."""
    return bool(_DISEASE_AFTER.match(text, end) or _SEROTYPE_BEFORE.search(text, max(0, start - 11), start))


_BREED_AFTER = re.compile(
    r"(?: and [A-Z][\w-]*(?: [A-Z][\w-]*){0,2})? (?:cows?|cattle|heifers?|bulls?|steers?|calves"
    r"|hens?|chickens?|roosters?|pigs?|hogs?|sows?|sheep|ewes?|rams?|goats?|horses?|ponies|breeds?)\b"
)


def names_a_breed(text: str, end: int) -> bool:
    """True for a breed named after a place, before the animal: "Holstein and Jersey cows",
    "Leghorn and Rhode Island Red hens", "Hereford cattle"."""
    return _BREED_AFTER.match(text, end) is not None


_TEAM_APPOSITIVE = re.compile(
    r"(?:-[A-Z][\w’']*)*, (?:an?|the) (?:[\w-]+(?:['’]s)? ){0,3}?(?:football |basketball |volleyball )?"
    r"(?:club|team|champions)"
    r"(?=[,.;]| (?:that|which|whose|based|founded)\b)"
)


_PLAYER_BEFORE = re.compile(
    r"\b(?:(?:goalkeeper|striker|midfielder|defender|winger|footballer|coach) (?:with|for|at)"
    r"|(?:winger|striker|midfielder|defender|goalkeeper|player)[^.;]{0,30} (?:signed|bought|loaned) from"
    r"|on loan (?:from|at)) $"
)
"""A player's club: "a striker with Dinamo", "the winger signed from Ajax", "on loan from Zenit"."""


def described_as_a_team(text: str, start: int, end: int) -> bool:
    """True for a club's name, or a part of one, that an appositive calls a club:
    "Ararat-Armenia, the Premier League football club" (both names), "Qarabağ, the
    Azerbaijani champions"; or that a player plays for: "a goalkeeper with Ararat-Armenia"."""
    return (
        text[end : end + 1] in (",", "-") and _TEAM_APPOSITIVE.match(text, end, end + 80) is not None
    ) or (
        text[max(0, start - 6) : start - 1].endswith(("with", "for", "at", "from"))
        and _PLAYER_BEFORE.search(text, max(0, start - 64), start) is not None
    )


_THING_NAMED_BEFORE = re.compile(r"(?<!so-)\b(?:named|dubbed|code-?named|called) [\"“‘']$", re.I)


def a_given_name(text: str, start: int, end: int) -> bool:
    """True for a name given to a thing, in quotes after "named" or "called": a drone
    the group has named "Yafa" (not "the so-called 'Lachin corridor'"); a title or a
    nickname ("the title Turkmenbashi", "styled Hero-Arkadag"); or a person's, after a
    title ("Mrs London") or what the person does: "the poet Lermontov", "the striker
    Jordan"."""
    before = max(0, start - 16)
    if text[end : end + 1] in ('"', "”", "’", "'") and _THING_NAMED_BEFORE.search(text, before, start):
        return True
    if _HONORIFIC_BEFORE.search(text, before, start):
        return True  # "Mrs London", "Dr. Berlin"
    if _STYLED_BEFORE.search(text, max(0, start - 24), start):
        return True  # "the title Turkmenbashi", "styled Hero-Arkadag"
    return text[start - 2 : start - 1].islower() and bool(_CALLING_BEFORE.search(text, before, start))


_HONORIFIC_BEFORE = re.compile(rf"\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|(?:{'|'.join(RANKS)})\.)\.? $")
"""A person's title right before the name: "Mrs London", "Dr. Berlin", "Spc. Kennedy Sanders"."""

OFFICE_TITLES = ("President", "Minister", "Ambassador", "Senator")
"""Offices written before a person's name and after a country's initials ("US President")."""
_AN_OFFICE_BEFORE = re.compile(
    rf"\b(?:{'|'.join(OFFICE_TITLES)}|Premier|Chancellor|General|Governor|Mayor|Judge"
    r"|Commissioner|Chairman|King|Queen|Prince|Emir|Sheikh) $"
)


def after_an_office(text: str, start: int) -> bool:
    """True when an office stands right before a person's full name: "Prime Minister Abiy
    Ahmed" (Abiy is then his first name for the rest of the article)."""
    return _AN_OFFICE_BEFORE.search(text, max(0, start - 24), start) is not None


_STYLED_BEFORE = re.compile(r"\b(?:title|styled|dubbed|nicknamed) (?:[A-Z][a-z]+-)?$")
"""A title or nickname given to a person or thing: "the self-awarded title Turkmenbashi",
"officially styled Hero-Arkadag"."""


_CALLING_BEFORE = re.compile(
    r"\b(?:poet|writer|novelist|composer|painter|singer|philosopher|footballer|striker|midfielder|"
    r"goalkeeper|journalist|photographer|activist|sculptor|actor|actress|author|historian|"
    r"filmmaker|rapper|priest|hero|revolutionary) $"
)
"""What a person does or was, in lower case right before the name: "the poet Lermontov",
"the independence hero José María Morelos" (not the town named after him)."""


_STRONG_BEFORE = re.compile(
    r"(?:\b(?:in|near|outside)(?: neighbou?ring| nearby)?"
    r"|\b(?:town|city|village|municipality|province|region|district|county|department) of"
    rf"|\b{COMPASS} of) $",
    re.I,
)


def strong_place_cue(text: str, start: int) -> bool:
    """True right after "in", "near" or "outside" (with "neighbouring" or "nearby" after
    them too), "the town of", "the province of" or "east of": a capitalized word there is a
    place even when it is also a common word ("in Valence", "In Fresno,", "east of Acre", "in
    neighbouring Fajardo", "the province of Modena")."""
    return bool(_STRONG_BEFORE.search(text, max(0, start - 16), start))
