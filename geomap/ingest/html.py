"""HTML articles (``.html``, ``.htm``): main text and metadata via trafilatura."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from geomap.errors import InputError
from geomap.ingest.base import RawDocument, decode, read_bytes

if TYPE_CHECKING:
    from lxml.html import HtmlElement


def read_html(path: Path) -> RawDocument:
    """Read a saved news page; navigation, menus and footers are left out."""
    import trafilatura

    data, cut = read_bytes(path)
    text, note = decode(path, data)
    if cut:
        note = "; ".join(x for x in (note, "larger than 64 MB; only the start was read") if x)
    if not text.strip():
        return RawDocument(text="", note=note)
    tree = _parse(path, text)
    try:
        doc = trafilatura.bare_extraction(
            text,
            include_comments=False,
            include_tables=False,
            with_metadata=True,
            favor_precision=True,
            deduplicate=False,
        )
    except (ValueError, TypeError, RecursionError) as exc:
        raise InputError(str(path), f"cannot parse the HTML ({type(exc).__name__})") from None
    if doc is None:
        return RawDocument(text="", note=note)
    body = getattr(doc, "text", "") or ""
    meta_date = getattr(doc, "date", "") or ""
    # trafilatura guesses dates from URLs and body text too; only trust page metadata.
    date, source = (_meta_date(tree) if tree is not None else None) or ("", "")
    del meta_date
    return RawDocument(
        text=body,
        title=getattr(doc, "title", "") or "",
        date=date,
        date_source=source,
        url=getattr(doc, "url", "") or "",
        source=getattr(doc, "sitename", "") or "",
        note=note,
    )


_DATE_META = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "pubdate",
    "publishdate",
    "sailthru.date",
    "parsely-pub-date",
)


def _parse(path: Path, html: str) -> HtmlElement | None:
    """The lxml tree of ``html``; refuses a page nested too deeply to read whole.

    libxml2 stops at 256 levels and silently drops the rest of the page, so
    trafilatura would return only the text before that point.
    """
    import lxml.etree
    import lxml.html

    parser = lxml.html.HTMLParser(collect_ids=False)
    try:
        try:
            tree = lxml.html.fromstring(html, parser=parser)
        except ValueError:  # a str with an XML encoding declaration
            parser = lxml.html.HTMLParser(collect_ids=False, encoding="utf-8")
            tree = lxml.html.fromstring(html.encode("utf-8", "replace"), parser=parser)
    except (ValueError, lxml.etree.ParserError):
        return None
    if any("Excessive depth" in e.message for e in parser.error_log):
        raise InputError(
            str(path), "the HTML is nested too deeply (over 255 levels) to extract its text; skipped"
        )
    return tree


def _meta_date(tree: HtmlElement) -> tuple[str, str] | None:
    """Publication date from ``<meta>``, ``<time pubdate>`` or JSON-LD, if any."""
    import json

    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if key in _DATE_META and meta.get("content"):
            return meta.get("content", "")[:25], f"html-meta:{key}"
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        items = data if isinstance(data, list) else [data]
        for item in items:
            if isinstance(item, dict) and item.get("datePublished"):
                return str(item["datePublished"])[:25], "html-meta:json-ld"
    for time in tree.xpath("//time[@datetime]"):
        if time.get("pubdate") is not None or "publish" in (time.get("class") or ""):
            return time.get("datetime", "")[:25], "html-meta:time"
    return None
