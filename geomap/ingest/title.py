"""Finding the headline of a plain-text article (a ``.txt`` file, a PDF's text).

Saved pages and PDF printouts put page furniture above the headline: sharing
buttons, topic tags, page numbers, photo captions with their credits, links to
other stories. :func:`title_of` skips all of it.
"""

from __future__ import annotations

import re

from geomap.passages import NAME_SLASH_AGENCY, first_sentence

_CHROME = re.compile(
    r"^(?:follow us(?: on [\w ]+)?|google cta|share(?: this)?(?: article)?|subscribe(?: now)?|"
    r"sign in|log in|menu|search|advertisement|skip to (?:main )?content|newsletter|print|save|"
    r"comments?(?: \(?\d+\)?)?|e-?mail|facebook|twitter|x|telegram|whatsapp|linkedin|"
    r"listen(?: to this article)?|"
    r"tweet|pin|reddit|copy link|save for later|share(?: on|:) \w+|print this(?: article| page)?|"
    r"home|news|analysis|opinion|cookies?.*|accept(?: all)?(?: cookies)?|page \d+(?: of \d+)?)$",
    re.IGNORECASE,
)
"""One piece of page furniture: a menu or sharing word, a page number."""
_PIECES = re.compile(r"\s{2,}|\s*[|·•]\s*|\s+[>›»/]\s+|(?<=\])\s+(?=\[)")
"""What separates the pieces of a row of buttons, tags or a breadcrumb ("Share   Print",
"A | B", "Home > World", "SPORT / FOOTBALL")."""
_TRAIL = re.compile(r"\s+[>›»/]\s+")
_MARKER = re.compile(
    r"^(?:(?:p|pp|no|vol)\.\s*\d+|(?:page|issue)\s+\d+|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|autumn|fall|winter)[a-z]*\.?\s+\d{4})$",
    re.IGNORECASE,
)
"""A page number, issue number or issue date in a running header ("p. 17", "Spring 2024")."""
_SKIPPED = re.compile(
    r"^(?:date:|by |source:|url:|(?:top )?(?:photo|image|photograph|picture)(?: credit)?s?\s*(?:by)?\s*[:©]|"
    r"related(?: articles?| stories| coverage)?\s*[:|>»-]|read (?:more|also|next)\s*[:|>»-]|"
    r"(?:topics?|tags?|filed under|categor(?:y|ies)|section)\s*:)",
    re.IGNORECASE,
)
"""Lines that are never the headline: metadata, a byline, a photo credit, a link."""
_CREDIT_END = re.compile(rf"(?:^|[.!?”\"’] ){NAME_SLASH_AGENCY}$")
"""A photo credit ending a caption: "... early 1990s. Vahram Baghdasaryan / AP /TASS"."""
MAX_LEN = 200
LEAD_LEN = 120


def title_of(text: str) -> str:
    """The article's headline: its first line that is not page furniture.

    Skipped: lines starting with ``Date:``, ``By``, ``Source:``, ``URL:``, ``Topics:``, a
    photo credit or a "Related article:" link; rows made only of menu and sharing words
    ("Follow us   Share   Print", "[ Share ] [ Tweet ]", "Page 1 of 2"); a row of tags
    separated by ``|`` ("CAUCASUS | HERITAGE | RELIGION"); a breadcrumb ("Home > World",
    "SPORT / FOOTBALL"); a running header with an issue date or page ("ENERGY REVIEW
    Spring 2024   p. 17"), and, after other furniture, a short row of
    capitalized tags ("Armenia Azerbaijan Nagorno-Karabakh") when a longer headline
    follows; a photo caption that ends with its credit ("... Name / AP / TASS").
    When the first line left is the start of a wrapped body paragraph rather than a
    headline, the title is that paragraph's first sentence (cut at ``LEAD_LEN``).
    """
    lines = [line.strip().strip("#").strip() for line in text.splitlines()[:40]]
    furniture = False  # page furniture seen: a row of tags may follow
    i, seen = 0, 0
    while i < len(lines) and seen < 14:
        line = lines[i]
        if not line:
            i += 1
            continue
        seen += 1
        caption = _caption_length(lines, i)
        if caption:
            i += caption
            continue
        if _SKIPPED.match(line):
            i += 1
            continue
        if _furniture_row(line):
            furniture = True
            i += 1
            continue
        following = next((x for x in lines[i + 1 :] if x), "")
        if furniture and _tag_row(line) and _headline(following) and len(following) > len(line):
            i += 1
            continue
        if _body_start(lines, i) or len(line) > LEAD_LEN:  # a paragraph, not a headline
            return _lead(lines, i)
        return _wrapped_headline(lines, i)[:MAX_LEN]
    return ""


def _furniture_row(line: str) -> bool:
    pieces = [p.strip("[]() ") for p in _PIECES.split(line)]
    pieces = [p for p in pieces if p and p not in ("-", "–", "—")]
    if not pieces:
        return False
    if all(_CHROME.match(p) for p in pieces):
        return True
    short = all(len(p.split()) <= 3 and not re.search(r"[:,.?!]$|[:,?!] ", p) for p in pieces)
    # "CAUCASUS | HERITAGE | RELIGION": tags between bars, none of them a sentence
    if "|" in line and len(pieces) >= 3 and short:
        return True
    # "Home > World", "SPORT / FOOTBALL": a breadcrumb or section path
    if _TRAIL.search(line) and len(pieces) >= 2 and short:
        return True
    # "ENERGY & SECURITY REVIEW  -  Spring 2024   p. 17": a running header
    return len(pieces) >= 2 and any(_MARKER.match(p) for p in pieces)


def _caption_length(lines: list[str], i: int) -> int:
    """How many lines from ``i`` make a photo caption ending in its credit, else 0."""
    joined = ""
    for k in range(i, min(i + 4, len(lines))):
        if not lines[k]:
            break
        joined = f"{joined} {lines[k]}".strip()
        if _CREDIT_END.search(joined):
            return k - i + 1
    return 0


def _headline(line: str) -> bool:
    """A line that can be a headline: short, and not a sentence of the body."""
    return 0 < len(line) <= 120 and not line.endswith((".", ":"))


def _tag_row(line: str) -> bool:
    words = line.split()
    capitalized = all(w[:1].isupper() for w in words)
    return 2 <= len(words) <= 5 and capitalized and not re.search(r"[.:!?,’'\"]", line)


def _body_start(lines: list[str], i: int) -> bool:
    """True when line ``i`` is the first of a hard-wrapped body paragraph: long,
    running on into the next line mid-sentence, and in lower case there."""
    line = lines[i]
    nxt = lines[i + 1] if i + 1 < len(lines) else ""
    return len(line) >= 70 and not line.endswith((".", "!", "?", ":", "”", '"')) and nxt[:1].islower()


def _wrapped_headline(lines: list[str], i: int) -> str:
    """The headline at line ``i`` with up to two lines it runs on into ("... finds few
    takers in old" / "factory towns"): a continuation starts in lower case. A longer
    block that runs on so is a body paragraph: its first sentence stands in."""
    block = 0
    while i + block < len(lines) and lines[i + block]:
        block += 1
    if block > 3 and lines[i + 1][:1].islower():  # a wrapped paragraph, not a headline
        return _lead(lines, i)
    title = lines[i]
    for line in lines[i + 1 : i + 3]:
        if not line[:1].islower() or len(title) + len(line) >= MAX_LEN:
            break
        title = f"{title} {line}"
    return title


def _lead(lines: list[str], i: int) -> str:
    """The first sentence of the paragraph starting at line ``i``, at most ``LEAD_LEN``."""
    para = []
    for line in lines[i:]:
        if not line:
            break
        para.append(line)
    sentence = first_sentence(" ".join(para))
    if len(sentence) <= LEAD_LEN:
        return sentence
    return sentence[: sentence.rfind(" ", 0, LEAD_LEN)].rstrip(",;:") + "…"
