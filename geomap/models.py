"""Frozen records passed between the pipeline's stages.

Data flows one way::

    paths -> ingest -> Article -> passages -> Passage -> match -> Mention
          -> resolve -> Resolved -> frame / render / export

No stage reaches back into an earlier one; each takes and returns these records.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Article:
    """One input document, read and normalized.

    Attributes
    ----------
    path
        The file's path as the user would write it: relative to the PATH argument
        it was found under (or the path given, for a file argument), with ``/``.
    title, url, source
        Metadata; empty strings when unknown.
    date
        Publication date as ISO 8601 ``YYYY-MM-DD``, or ``None`` when undated.
    date_source
        Where the date came from, e.g. ``"manifest"``, ``"front-matter"``,
        ``"html-meta"``, ``"dateline"`` or ``""`` when undated.
    text
        The normalized text (see :mod:`geomap.ingest.normalize`); every offset in
        later records points into it.
    fmt
        The input format: ``"txt"``, ``"md"``, ``"html"`` or ``"pdf"``.
    notes
        What the user should know about how it was read (an unusual encoding,
        a file cut at the size limit).
    """

    path: str
    title: str
    date: str | None
    date_source: str
    url: str
    source: str
    text: str
    fmt: str
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Passage:
    """A sentence or short paragraph of an article.

    ``start``/``end`` are offsets into ``Article.text``. ``excluded`` is empty for
    the article's own reporting, else why its mentions do not count (for instance
    ``"related-link"``, ``"teaser"``, ``"photo-credit"``, ``"tags"``).
    """

    start: int
    end: int
    text: str
    excluded: str = ""


@dataclass(frozen=True)
class Place:
    """A gazetteer entry.

    ``wkt`` is empty for points; otherwise a LINESTRING, POLYGON or MULTIPOLYGON
    in lon/lat order. ``source`` says which gazetteer holds it: ``"gazetteer"``
    (the user's CSV) or ``"world"`` (the offline fallback).
    """

    id: str
    name: str
    kind: str
    lat: float
    lon: float
    aliases: tuple[str, ...] = ()
    wkt: str = ""
    country: str = ""
    parent: str = ""
    geonames_id: str = ""
    notes: str = ""
    source: str = "gazetteer"
    population: int = 0
    extra: tuple[tuple[str, str], ...] = field(default=(), compare=False)

    @property
    def verified(self) -> bool:
        """True for places from the user's curated gazetteer."""
        return self.source == "gazetteer"


@dataclass(frozen=True)
class Mention:
    """A name found in an article, before a place is chosen for it.

    ``key`` is the folded form used for lookup; ``start``/``end`` are offsets into
    the article's normalized text and ``surface`` is that text as written.
    """

    article: str
    surface: str
    key: str
    start: int
    end: int
    passage: Passage


@dataclass(frozen=True)
class Resolved:
    """A mention with the place chosen for it and the reason (``why``)."""

    mention: Mention
    place: Place
    why: str


@dataclass(frozen=True)
class Unresolved:
    """A capitalized name in a place context that no gazetteer knows."""

    article: str
    surface: str
    start: int
    end: int
    passage: Passage
    reason: str
