"""Markdown articles (``.md``) with optional YAML front matter."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from geomap.errors import InputError
from geomap.ingest.base import RawDocument, decode, read_bytes
from geomap.ingest.title import title_of

# Each pattern stops scanning at the next delimiter, so hostile input ("[[[[...",
# "**a **a ...", many blank lines) costs linear time, not quadratic.
_MARKUP = [
    (re.compile(r"!\[[^\[\]]*\]\([^()]*\)"), ""),  # images
    (re.compile(r"\[([^\[\]]+)\]\([^()]*\)"), r"\1"),  # links keep their text
    (re.compile(r"^#{1,6}\s*", re.M), ""),  # headings
    (re.compile(r"(\*\*|__)((?:(?!\1)[^\n])+?)\1"), r"\2"),  # bold
    (re.compile(r"(?<![\w*])\*(?!\s)([^*\n]+?)(?<!\s)\*(?![\w*])"), r"\1"),  # italics
    (re.compile(r"^[ \t]*>[ \t]?", re.M), ""),  # quotes
    (re.compile(r"`([^`]*)`"), r"\1"),
]


def read_markdown(path: Path) -> RawDocument:
    """Read a ``.md`` article; front matter may set title, date, source and url."""
    import frontmatter
    import yaml

    data, cut = read_bytes(path)
    text, note = decode(path, data)
    if cut:
        note = "; ".join(x for x in (note, "larger than 64 MB; only the start was read") if x)
    try:
        post = frontmatter.loads(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise InputError(str(path), f"front matter is not valid YAML{where}") from None
    # Only scalar values: a YAML alias bomb ("title: *a9") must not be str()-ed.
    raw_meta = post.metadata if isinstance(post.metadata, dict) else {}
    meta = {k: v for k, v in raw_meta.items() if isinstance(v, str | int | float | dt.date)}
    body = post.content
    for pattern, repl in _MARKUP:
        body = pattern.sub(repl, body)
    date = meta.get("date", "")
    if isinstance(date, dt.datetime):
        date = date.date().isoformat()
    elif isinstance(date, dt.date):
        date = date.isoformat()
    title = str(meta.get("title") or "") or title_of(body)
    return RawDocument(
        text=body,
        title=title,
        date=str(date or ""),
        date_source="front-matter" if date else "",
        url=str(meta.get("url") or ""),
        source=str(meta.get("source") or ""),
        note=note,
    )
