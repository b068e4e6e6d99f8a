"""Names that look like places but that no gazetteer knows.

A capitalized name counts when a place cue stands next to it: "the village of
X", "near X", "in X", "X district". Ordinary words (an English dictionary lists
them in lower case), weekdays and months are not names.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from geomap.gazetteer.world import COMMON_ZIPF, peoples
from geomap.ingest.normalize import compound_part
from geomap.models import Passage, Unresolved
from geomap.resolve.cues import CALENDAR
from geomap.words import ARABIC_ARTICLE, COUNTY_WORDS, LANGUAGES, PEOPLES, lowercase_words, zipf_at_least

# A name runs over at most three words, each capitalized or an Arabic article joined by a
# hyphen to the next word ("Maarat al-Numan", "Deir ez-Zor", "Ras al-Ain").
# Each word ends in a letter that is not an ASCII capital ("Sévaré", not "JNIM" or "M23").
_LOWER_END = r"[^\W\d_A-Z]"
_REST = rf"[\w'’-]*{_LOWER_END}(?: (?:[A-Z]|{ARABIC_ARTICLE}-\w)[\w'’-]*{_LOWER_END}){{0,2}}"
_NAME = rf"([A-Z]{_REST})"
_CUES = (
    "village of", "town of", "city of", "settlement of", "district of", "region of",
    "province of", "hamlet of", "outskirts of", "near", "outside", "in", "at", "from", "into",
    "toward", "towards", "captured", "seized", "entered", "reached",
)  # fmt: skip
# The capital first (consumed: the engine then skips to capitals), then a cheap
# lookbehind for the last letter of some cue, then the cues as fixed-width
# lookbehinds that end with that capital: fast on long texts.
_CUE_ENDS = "".join(sorted({c[-1] for c in _CUES}))
_BEFORE = re.compile(
    f"([A-Z](?<=[{_CUE_ENDS}] [A-Z])(?:" + "|".join(rf"(?<=\b{c} [A-Z])" for c in _CUES) + f"){_REST})"
)
# The next item of a list ("Ganja, Barda and Zrpukhvar"): its separator, then its name.
_LIST_NEXT = re.compile(rf"(, (?:and |or )?| and | or ){_NAME}")
_PLACE_WORD = re.compile(
    r" (?:district|province|region|village|town|checkpoint|crossing|camp|rayon|County)\b"
)  # "County" as written: "Multnomah County", not "the county"
_NAME_AT_END = re.compile(_NAME + r"\Z")


_NOT_NAMES = PEOPLES | LANGUAGES


def _is_word(name: str) -> bool:
    first = name.split()[0].lower().rstrip("'’s").split("-")[0]  # "Russian-language"
    demonym = (
        first.endswith(("ian", "ean", "ican", "ani", "ese", "ish"))
        or first in _NOT_NAMES
        or first in peoples()
    )
    # a word in use, not any the dictionary lists: "Renk" (rare "renk") is a name
    common = first in lowercase_words() and zipf_at_least(first, COMMON_ZIPF)
    return demonym or common or first in CALENDAR


def find_unresolved(
    article: str,
    text: str,
    passages: Sequence[Passage],
    taken: Sequence[tuple[int, int]],
    places: Sequence[tuple[int, int]] = (),
) -> list[Unresolved]:
    """Candidates in ``text`` that no ``taken`` span starts or crosses (see :func:`_overlaps`).

    Names in excluded passages (teasers, credits) and names that run across two
    passages are left out. ``places`` (the spans of resolved places) start lists:
    "Ganja, Barda and Zrpukhvar".
    """
    spans = sorted(taken)
    starts = [p.start for p in passages]
    found: dict[int, Unresolved] = {}
    after_cue = _after_cue(text)
    for spans_found, reason in (
        (after_cue, "after a place cue"),
        (_before_place_word(text), "before a place word"),
        (_listed_after(text, [*after_cue, *places], spans, set(places)), "listed with places"),
    ):
        for start, end in spans_found:
            if start in found:
                continue
            i = bisect.bisect_right(starts, start) - 1
            if i < 0:
                continue
            passage = passages[i]
            if passage.excluded or end > passage.end:
                continue
            name = text[start:end]
            if name.startswith(_COUNTY_WORDS) and " " in name:  # "Co Louth": the county's name
                start = start + name.index(" ") + 1
                name = text[start:end]
            if (
                _is_word(name)
                or _in_compound(text, start, name)
                or _HOLDERS_AFTER.match(text, end)
                or _overlaps(spans, start, end)
            ):
                continue
            found[start] = Unresolved(article, name, start, end, passage, reason)
    return [found[k] for k in sorted(found)]


_COUNTY_WORDS = tuple(f"{word} " for word in COUNTY_WORDS)
"""The words before a county's name, with the space after them: "Co Louth"."""

COUNTY_REASON = "a county neither gazetteer knows (only a far-away town of its name)"
"""The reason given for "X County" when X is only a town far from the article's other
places (see :func:`geomap.resolve.review.counties_of_far_towns`)."""
FAR_REASON = "only a far-away namesake known"
"""The reason given for a name the world gazetteer could only place far from the article's
other places (see :func:`geomap.resolve.review.far_from_the_rest`)."""

_HOLDERS_AFTER = re.compile(r" (?:hands|control|custody|captivity)\b")
"""After a name that holds something, not a place: "in Houthi hands", "in Wagner custody"."""


def _in_compound(text: str, start: int, name: str) -> bool:
    """True for a name in a compound: after a hyphen ("the anti-Houthi camp") or with a
    participle joined to one of its words ("Houthi-held Sanaa", "Kremlin-backed")."""
    if start > 0 and text[start - 1] == "-":
        return True
    return any(compound_part(part) for word in name.split() for part in word.split("-")[1:])


def _after_cue(text: str) -> list[tuple[int, int]]:
    """The spans of the names right after a place cue ("near X"), left to right."""
    return [m.span(1) for m in _BEFORE.finditer(text)]


def _listed_after(
    text: str,
    heads: Sequence[tuple[int, int]],
    known: Sequence[tuple[int, int]],
    places: set[tuple[int, int]],
) -> list[tuple[int, int]]:
    """The spans of the names listed after each of ``heads`` ("X, Y and Z" after X).

    A list counts up to its "and" or "or", and ends there ("In Baku, Ilham Aliyev said"
    is no list; nor is "the ministers of Armenia and Azerbaijan, Zohrab Mnatsakanyan and
    Jeyhun Bayramov"); ", and" ends one only after a ", " ("east of Stepanakert, and Arsen has" is
    a new clause). A known name that is not a place ends it: "Armenia and Azerbaijan,
    Ararat Mirzoyan and Jeyhun Bayramov" lists people.
    """
    out: set[tuple[int, int]] = set()
    for start, end in heads:
        if text[max(0, start - 5) : start].endswith((" and ", " or ")):
            continue  # the head ends a list already
        items: list[tuple[int, int]] = []
        closed, pos = 0, end
        while m := _LIST_NEXT.match(text, pos):
            span, sep = m.span(2), m.group(1)
            if span not in places and _overlaps(known, *span, inside=True):
                break
            if sep.startswith(",") and sep != ", " and not items:
                break
            items.append(span)
            if sep != ", ":  # "and" or "or" ends a list: "Armenia and Azerbaijan, Zohrab ..." is not one
                closed = len(items)
                break
            pos = m.end()
        out.update(items[:closed])
    return sorted(out)


def _before_place_word(text: str) -> list[tuple[int, int]]:
    """The spans of the names right before a place word ("X district"), left to right.

    The place words are searched for first (they are rare); the name is then the
    longest run of at most three capitalized words before one (the leftmost match
    of :data:`_NAME`, not overlapping the previous name and its place word).
    """
    out = []
    last = 0  # where the previous name's place word ends
    for m in _PLACE_WORD.finditer(text):
        end = m.start()
        lo = end
        for _ in range(3):  # a name holds at most two spaces
            lo = text.rfind(" ", last, lo)
            if lo < 0:
                break
        lo = max(last, lo + 1) if lo >= 0 else last
        name = _NAME_AT_END.search(text, lo, end)
        if name is not None:
            out.append((name.start(1), end))
            last = m.end()
    return out


def _overlaps(spans: Sequence[tuple[int, int]], start: int, end: int, inside: bool = False) -> bool:
    """True when a known name starts where the candidate does or runs across its edge.

    A known name inside it counts only if ``inside``: "Maarat al-Numan" is still a
    candidate where "Numan" (a town in Nigeria) is known.
    """
    i = bisect.bisect_right(spans, (end, end))
    return any(
        s < end and start < e and (inside or s <= start or e > end) for s, e in spans[max(0, i - 3) : i]
    )
