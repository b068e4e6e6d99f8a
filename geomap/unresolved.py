"""Names that look like places but that no gazetteer knows.

A capitalized name counts when a place cue stands next to it: "the village of
X", "near X", "in X", "X district". Ordinary words (an English dictionary lists
them in lower case), weekdays and months are not names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from geomap.models import Passage, Unresolved
from geomap.resolve.cues import CALENDAR
from geomap.words import lowercase_words

_REST = r"[\w'’-]*[a-zəüöçşğı](?: [A-Z][\w'’-]*[a-zəüöçşğı]){0,2}"
_NAME = rf"([A-Z]{_REST})"
_CUES = (
    "village of", "town of", "city of", "settlement of", "district of", "region of",
    "province of", "hamlet of", "near", "outside", "in", "at", "from", "into", "toward", "towards",
)  # fmt: skip
# The capital first (consumed: the engine then skips to capitals), then the cue as
# fixed-width lookbehinds that end with that capital: fast on long texts.
_BEFORE = re.compile("([A-Z](?:" + "|".join(rf"(?<=\b{c} [A-Z])" for c in _CUES) + f"){_REST})")
_AFTER = re.compile(_NAME + r" (?:district|province|region|village|town|checkpoint|rayon)\b")


def _is_word(name: str) -> bool:
    first = name.split()[0].lower().rstrip("'’s")
    return first in lowercase_words() or first in CALENDAR or first.endswith(("ian", "ani", "ese", "ish"))


def find_unresolved(
    article: str,
    text: str,
    passages: Sequence[Passage],
    taken: Sequence[tuple[int, int]],
) -> list[Unresolved]:
    """Candidates in ``text`` that overlap none of the ``taken`` spans.

    Names in excluded passages (teasers, credits) and names that run across two
    passages are left out.
    """
    import bisect

    spans = sorted(taken)
    starts = [p.start for p in passages]
    found: dict[int, Unresolved] = {}
    for pattern, reason in ((_BEFORE, "after a place cue"), (_AFTER, "before a place word")):
        for m in pattern.finditer(text):
            start, end = m.span(1)
            if start in found:
                continue
            i = bisect.bisect_right(starts, start) - 1
            if i < 0:
                continue
            passage = passages[i]
            if passage.excluded or end > passage.end:
                continue
            name = m.group(1)
            if _is_word(name) or _overlaps(spans, start, end):
                continue
            found[start] = Unresolved(article, name, start, end, passage, reason)
    return [found[k] for k in sorted(found)]


def _overlaps(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    import bisect

    i = bisect.bisect_right(spans, (end, end))
    return any(s < end and start < e for s, e in spans[max(0, i - 3) : i])
