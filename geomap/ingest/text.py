"""Plain text articles (``.txt``)."""

from __future__ import annotations

import re
from pathlib import Path

from geomap.ingest.base import RawDocument, decode, read_bytes


def read_text(path: Path) -> RawDocument:
    """Read a ``.txt`` article; its first line is taken as the title."""
    data, cut = read_bytes(path)
    text, note = decode(path, data)
    if cut:
        note = "; ".join(x for x in (note, "larger than 64 MB; only the start was read") if x)
    return RawDocument(text=text, title=_first_line(text), note=note)


# Page furniture that PDF printouts and saved pages put above the headline.
_CHROME = re.compile(
    r"^(?:follow us(?: on [\w ]+)?|google cta|share(?: this)?(?: article)?|subscribe(?: now)?|"
    r"sign in|log in|menu|search|advertisement|skip to (?:main )?content|newsletter|print|"
    r"e-?mail|facebook|twitter|x|telegram|whatsapp|linkedin|listen(?: to this article)?|"
    r"home|news|analysis|opinion|cookies?.*|accept(?: all)?(?: cookies)?)$",
    re.IGNORECASE,
)


def _first_line(text: str) -> str:
    """The article's title: its first line that is not page furniture.

    Skipped: lines starting with ``Date:``/``By``/``Source:``/``URL:``, menu and
    sharing words ("Follow us on social", "Share", "Advertisement"), and, after such
    furniture, a short row of capitalized tags with no sentence in it ("Armenia
    Azerbaijan Nagorno-Karabakh") when a longer headline follows.
    """
    lines = [line.strip().strip("#").strip() for line in text.splitlines()[:20]]
    lines = [line for line in lines if line]
    furniture = False  # page furniture seen: a row of tags may follow
    for i, line in enumerate(lines[:12]):
        if line.lower().startswith(("date:", "by ", "source:", "url:")):
            continue
        if _CHROME.match(line):
            furniture = True
            continue
        following = lines[i + 1] if i + 1 < len(lines) else ""
        if furniture and _tag_row(line) and _headline(following) and len(following) > len(line):
            continue
        return line[:200]
    return ""


def _headline(line: str) -> bool:
    """A line that can be a headline: short, and not a sentence of the body."""
    return 0 < len(line) <= 120 and not line.endswith((".", ":"))


def _tag_row(line: str) -> bool:
    words = line.split()
    capitalized = all(w[:1].isupper() for w in words)
    return 2 <= len(words) <= 5 and capitalized and not re.search(r"[.:!?,’'\"]", line)
