"""The article's own publication date, and only that.

Evidence, strongest first: the manifest, front matter or HTML metadata (set by
the readers), then a ``Date:``/``Published:`` line or a dateline
(``STEPANAKERT, Oct. 10, 2020 -``) at the top of the text. Dates deeper in the
body (events, deadlines) and dates inside URLs are never used.
"""

from __future__ import annotations

import datetime as dt
import re

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"  # noqa: E501
_FORMS = [
    re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"),
    re.compile(_MONTH + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})", re.I),
    re.compile(r"(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<y>\d{4})", re.I),
    re.compile(r"(?P<d>\d{1,2})[./](?P<m>\d{1,2})[./](?P<y>\d{4})"),
]
_LABEL = re.compile(r"^\s*(?:date|published|posted|updated|dated)\s*(?:on)?\s*[:\-]\s*(.+)$", re.I)
_DATELINE = re.compile(
    r"^\s*(?:[A-Z][A-Za-z'’.-]*[ \t]?){1,4}(?:\([^)]{1,30}\))?,\s*(.{6,40}?)\s*(?:\([^)]{1,40}\))?\s*[-—–:]"
)
_CAPS_DATELINE = re.compile(
    r"(?:^|(?<=[\n.!?] )|(?<=\n)|(?<=[a-z] ))[A-Z][A-Z'’.-]{2,}(?:[ -][A-Z][A-Z'’.-]+){0,3}"
    r"(?: \([^)]{1,30}\))?,\s*(.{6,30}?)\s*(?:\([^)]{1,40}\))?\s*[-—–]"
)
_URL = re.compile(r"\S+://\S+|www\.\S+")


def parse_date(value: str) -> str | None:
    """Return ``value`` as ``YYYY-MM-DD`` if it holds one clear date, else None.

    Examples
    --------
    >>> parse_date("Oct. 10, 2020")
    '2020-10-10'
    >>> parse_date("2020-10-04T08:00:00+00:00")
    '2020-10-04'
    """
    value = _URL.sub(" ", value)
    for form in _FORMS:
        m = form.search(value)
        if not m:
            continue
        parts = m.groupdict()
        month = (
            _MONTHS[parts["mon"].lower()[:4].rstrip(".")]
            if parts.get("mon") and parts["mon"].lower()[:4].rstrip(".") in _MONTHS
            else _MONTHS.get((parts.get("mon") or "").lower()[:3])
        )
        if month is None:
            month = int(parts["m"]) if parts.get("m") else 0
        try:
            return dt.date(int(parts["y"]), month, int(parts["d"])).isoformat()
        except ValueError:
            continue
    return None


def date_from_text(text: str) -> tuple[str, str] | None:
    """Find the publication date at the top of ``text``.

    Looks at the first 8 non-empty lines for a ``Date:`` style line, and at the
    start of the first 4 paragraphs for a dateline. Returns ``(date, source)``.
    """
    lines = [x for x in text.split("\n", 40)[:40] if x.strip()][:8]
    for number, line in enumerate(lines, 1):
        m = _LABEL.match(line)
        if m and "://" not in line:
            date = parse_date(m.group(1))
            if date:
                return date, f"date-line:{number}"
    paragraphs = [p for p in re.split(r"\n\s*\n", text[:6000]) if p.strip()][:4]
    for number, para in enumerate(paragraphs, 1):
        m = _DATELINE.match(para)
        if m:
            date = parse_date(m.group(1))
            if date:
                return date, f"dateline:{number}"
    m = _CAPS_DATELINE.search(text[:600])
    if m:
        date = parse_date(m.group(1))
        if date:
            return date, "dateline"
    return None
