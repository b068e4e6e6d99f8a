"""Cutting an article into passages: sentences, or short paragraphs whole.

Some passages are not the article's own reporting and are marked ``excluded``:
"Related article:" lines and teaser blocks of other stories ("Keep reading",
"More stories", ...), photo credits, bylines and lines of tags ("Tags: ...").
"""

from __future__ import annotations

import re

from geomap.models import Passage

SHORT_PARAGRAPH = 320
"""Paragraphs up to this many characters are one passage."""

RANKS = ("Sgt", "Spc", "Cpl", "Pfc", "Pvt", "Capt", "Maj", "Col", "Lt", "Gen", "Adm")
"""Military ranks as abbreviated before a name ("Spc. Kennedy Sanders"): no sentence ends
after them, and the name after them is a person's (see :mod:`geomap.resolve.cues`)."""
_ABBREVIATIONS = frozenset(
    (
        "Mr Mrs Ms Dr St Gov Sen Rep Jan Feb Mar Apr Aug Sep Sept Oct Nov Dec "
        "No Nos vs U.S U.N U.K E.U Jr Sr Prof Rev Mt Ft"
    ).split()
) | frozenset(RANKS)
_SENTENCE = re.compile(r"""[.!?]["”’)]*\s+(?=["“‘(]?[A-Z0-9])""")
_WORD_BEFORE_DOT = re.compile(r"([\w.]+)$")
_TEASER_LINE = re.compile(
    r"^\s*(related(?: articles?| stories| coverage)?|read more|read also|see also|also read|"
    r"recommended|most read|keep reading|more stories|more from|you may also like|"
    r"more on this|trending|popular|latest news)\b\s*[:|>»-]?",
    re.I,
)
_TEASER_TAIL = re.compile(
    r"^\s*(keep reading|more stories|more from|you may also like|most read|recommended|"
    r"latest news|trending now|read next|related stories)(?:\b|(?=[A-Z]))",
    re.I,
)
TAG_LABELS = r"tags|topics|keywords|filed under|categories"
"""The labels of a line of tags, as a regular expression (ingest keeps such lines apart too)."""
_TAG_LINE = re.compile(rf"^\s*(?:{TAG_LABELS})\s*:", re.I)
"""A line of tags or topics at the top or foot of a page: "Tags: Karabakh, landmines"."""
_BYLINE = re.compile(r"^\s*(by|reporting by|written by|edited by)\s+[A-Z][^\n]{0,80}$", re.I)
NAME_SLASH_AGENCY = r"(?:[A-Z][\w'’-]*\.? ){1,3}[A-Z][\w'’-]+ ?/ ?[A-Z][\w&.]*(?: ?/ ?[A-Z][\w&.]*)*"
"""A photo credit's "Name / Agency" (or "Name / Agency / Agency") as a regular expression."""
_CREDIT = re.compile(
    r"(?:(?<=[.!?”\"] )|^)"
    r"(?:(?i:(?:top )?(?:photo|image|photograph|picture|credit)s?(?: credit)?\s*(?:by)?\s*[:©])"
    r"[^\n]{0,200}$"
    r"|©[^\n]{0,80}$"
    rf"|{NAME_SLASH_AGENCY}\s*$)"
)
_IMAGE_CREDIT_LINE = re.compile(r"^\s*(?:top )?(?:image|photo) credit", re.I)


def split_passages(text: str) -> list[Passage]:
    """Return the passages of ``text`` in order; offsets point into ``text``."""
    out: list[Passage] = []
    in_tail = False
    for m in re.finditer(r"[^\n]+", text):
        para, start = m.group(0), m.start()
        if _TEASER_TAIL.match(para) and len(para) < 80:
            if not in_tail:
                _mark_teaser_block(out, text)
            in_tail = True
        if in_tail:
            out.append(Passage(start, m.end(), para, "teaser"))
            continue
        if _TEASER_LINE.match(para):
            out.append(Passage(start, m.end(), para, "related-link"))
            continue
        if _TAG_LINE.match(para) and len(para) < 200:
            out.append(Passage(start, m.end(), para, "tags"))
            continue
        if _BYLINE.match(para) and len(para) < 100:
            out.append(Passage(start, m.end(), para, "byline"))
            continue
        out.extend(_split_paragraph(para, start))
    return out


CARD_PARAGRAPHS = 5
"""At most this many lines (headline, section, paragraphs) follow a teaser card's credit."""


def _mark_teaser_block(out: list[Passage], text: str, limit: int = 12) -> None:
    """Mark the block a "keep reading" line closes as teaser, back to its image credit.

    Teaser cards of other stories (headline, image credit, section, a few
    paragraphs, "keep reading") are only recognised when such a credit line opens
    the block; otherwise nothing before the marker is touched.
    """
    window = range(len(out) - 1, max(-1, len(out) - 1 - limit), -1)
    credit = next((i for i in window if _IMAGE_CREDIT_LINE.match(out[i].text)), None)
    if credit is None or not _opens_a_card(out[credit + 1 :], text):
        return
    first = credit
    for j in range(credit - 1, max(-1, credit - 3), -1):
        if len(out[j].text) < 90 and not out[j].text.rstrip().endswith((".", ",")):
            first = j
        else:
            break
    for i in range(first, len(out)):
        p = out[i]
        out[i] = Passage(p.start, p.end, p.text, p.excluded or "teaser")


def _opens_a_card(after: list[Passage], text: str) -> bool:
    """True when what follows an image credit is a card: a headline (short, no closing
    period) and a few lines. The story's own photo credit is followed by its body
    ("Photo credit: Wire / Handout", then the first paragraph)."""
    if not after:
        return True
    headline = after[0].text.rstrip()
    paragraphs = {text.rfind("\n", 0, p.start) for p in after}
    return len(headline) < 90 and not headline.endswith((".", ",")) and len(paragraphs) <= CARD_PARAGRAPHS


_RELATED_INLINE = re.compile(
    r"(?<=[.!?”\"] )(?:Related (?:article|stories|story|coverage)|Read more|See also):", re.I
)


MAX_PASSAGE = 600
"""A sentence longer than this (text with no sentence breaks) is cut at spaces."""


def _capped(para: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out = []
    for a, b in spans:
        while b - a > MAX_PASSAGE:
            cut = para.rfind(" ", a + MAX_PASSAGE // 2, a + MAX_PASSAGE)
            cut = cut if cut > a else a + MAX_PASSAGE
            out.append((a, cut))
            a = cut
        out.append((a, b))
    return out


def first_sentence(para: str) -> str:
    """The first sentence of ``para``, by the rules passages are split by ("Oct. 11",
    "Mr. Aliyev" and initials do not end a sentence)."""
    for m in _SENTENCE.finditer(para):
        if para[m.start()] == "." and _abbreviation(para, m.start()):
            continue
        return para[: m.start() + 1]
    return para


def sentence_around(text: str, start: int, end: int, reach: int = 400) -> str:
    """The sentence of ``text`` that holds ``text[start:end]``, by the same rules (at most
    ``reach`` characters on either side; a line break ends a sentence too)."""
    lo = max(0, text.rfind("\n", 0, start) + 1, start - reach)
    hi = text.find("\n", end)
    hi = min(len(text) if hi < 0 else hi, end + reach)
    begin = lo
    for m in _SENTENCE.finditer(text, lo, hi):
        if text[m.start()] == "." and _abbreviation(text, m.start()):
            continue
        if m.end() <= start:
            begin = m.end()
        elif m.start() >= end:
            return text[begin : m.start() + 1]
    return text[begin:hi]


def _abbreviation(para: str, dot: int) -> bool:
    """True when the '.' at ``dot`` ends an abbreviation ("Oct.", "Mr.") or an initial."""
    m = _WORD_BEFORE_DOT.search(para, max(0, dot - 12), dot)
    if not m:
        return False
    word = m.group(1)
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isupper())


def _split_paragraph(para: str, offset: int) -> list[Passage]:
    related = _RELATED_INLINE.search(para) if ":" in para else None  # every form ends in ':'
    if related:
        head = _split_paragraph(para[: related.start()].rstrip(), offset)
        tail = para[related.start() :]
        return [*head, Passage(offset + related.start(), offset + len(para), tail, "related-link")]
    window = max(0, len(para) - 240)
    # Every credit form holds ':', '©' or '/': most paragraphs skip the search.
    hint = para.find(":", window) >= 0 or para.find("©", window) >= 0 or para.find("/", window) >= 0
    credit = _CREDIT.search(para, window) if hint else None
    if credit and credit.start() > 0 and para[: credit.start()].rstrip()[-1:] not in '.!?”"':
        credit = None
    body_end = credit.start() if credit else len(para)
    pieces: list[Passage] = []
    if body_end <= SHORT_PARAGRAPH:
        spans = [(0, body_end)]
    else:
        spans, last = [], 0
        for m in _SENTENCE.finditer(para, 0, body_end):
            if para[m.start()] == "." and _abbreviation(para, m.start()):
                continue
            spans.append((last, m.start() + 1))
            last = m.end()
        spans.append((last, body_end))
    for a, b in _capped(para, spans):
        seg = para[a:b]
        lead = len(seg) - len(seg.lstrip())
        seg = seg.strip()
        if seg:
            pieces.append(Passage(offset + a + lead, offset + a + lead + len(seg), seg))
    if credit:
        seg = para[credit.start() :].strip()
        start = offset + para.index(seg, credit.start())
        pieces.append(Passage(start, start + len(seg), seg, "photo-credit"))
    return pieces
