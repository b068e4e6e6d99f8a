"""PDF articles: text extraction with pypdf."""

from __future__ import annotations

import logging
from pathlib import Path

from geomap.errors import InputError
from geomap.ingest.base import RawDocument, read_bytes
from geomap.ingest.title import title_of


def read_pdf(path: Path) -> RawDocument:
    """Extract the text of every page; encrypted or corrupt files are refused."""
    import io

    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    data, cut = read_bytes(path)
    if cut:  # a PDF cut short would only be reported as corrupt
        raise InputError(str(path), "the PDF is larger than 64 MB; too large to read as an article")
    # pypdf logs recoveries at ERROR level ("Advanced encoding ... not implemented");
    # they would reach stderr as multi-line noise, so only CRITICAL gets through.
    logging.getLogger("pypdf").setLevel(logging.CRITICAL)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                if not reader.decrypt(""):
                    raise InputError(str(path), "the PDF is encrypted; cannot extract text")
            except (NotImplementedError, PyPdfError):
                raise InputError(str(path), "the PDF is encrypted; cannot extract text") from None
        pages = [page.extract_text() or "" for page in reader.pages]
        info = reader.metadata
    except InputError:
        raise
    except RecursionError:
        raise InputError(str(path), "corrupt or unreadable PDF (too deeply nested)") from None
    except Exception as exc:  # pypdf raises many types on broken files
        raise InputError(str(path), f"corrupt or unreadable PDF ({type(exc).__name__})") from None
    text = join_pages(pages)
    title = ""
    if info is not None:
        try:
            title = str(info.title or "")
        except Exception:  # a broken metadata dictionary only costs the title
            title = ""
    return RawDocument(text=text, title=title or title_of(text))


_RUNS_ON = frozenset(",-–—")
"""Marks after which a sentence runs on, as a word does."""


def join_pages(pages: list[str]) -> str:
    r"""The pages' text, a blank line between pages, except where a sentence runs on from
    one page to the next (a word or a comma before the break, no full stop, no page
    number): there a line break, as within a page, so the sentence stays one.

    >>> join_pages(["The convoy reached", "Ganja at dawn.", "Next page."])
    'The convoy reached\nGanja at dawn.\n\nNext page.'
    """
    text = pages[0].rstrip() if pages else ""
    for page in pages[1:]:
        page = page.strip()
        if text and (text[-1].isalpha() or text[-1] in _RUNS_ON) and page[:1].isalnum():
            text += "\n" + page
        else:
            text += "\n\n" + page
    return text
