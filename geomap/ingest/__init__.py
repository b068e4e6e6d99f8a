"""Reading articles: one reader per format, chosen by file extension.

:func:`iter_articles` walks the given paths (folders recursively, in sorted
order, following no symlink loops) and yields an :class:`~geomap.models.Article`
for each readable file, or a :class:`Skipped` note for each file it could not use.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from geomap.errors import InputError, UsageError
from geomap.ingest.base import RawDocument, Reader
from geomap.ingest.dates import date_from_text, parse_date
from geomap.ingest.html import read_html
from geomap.ingest.manifest import MANIFEST_NAME, read_manifest
from geomap.ingest.markdown import read_markdown
from geomap.ingest.normalize import normalize
from geomap.ingest.pdf import read_pdf
from geomap.ingest.text import read_text
from geomap.models import Article

READERS: dict[str, tuple[str, Reader]] = {
    ".txt": ("txt", read_text),
    ".text": ("txt", read_text),
    ".md": ("md", read_markdown),
    ".markdown": ("md", read_markdown),
    ".html": ("html", read_html),
    ".htm": ("html", read_html),
    ".pdf": ("pdf", read_pdf),
}
"""Reader per file extension (lower case)."""

IGNORED_NAMES = {MANIFEST_NAME, ".DS_Store", "Thumbs.db"}


@dataclass(frozen=True)
class Skipped:
    """A file that was not used, and why (one line)."""

    path: str
    reason: str
    unsupported: bool = False


@dataclass(frozen=True)
class Source:
    """A file to read: where it is, how to name it, and manifest metadata."""

    file: Path
    display: str
    meta: tuple[tuple[str, str], ...] = ()


def supported_extensions() -> str:
    """The supported extensions, for messages."""
    return ", ".join(sorted(READERS))


def find_sources(
    paths: Iterable[str | os.PathLike[str]],
    manifest: str | None = None,
    exclude: Iterable[Path] = (),
) -> list[Source]:
    """List the files to read under ``paths``, in a stable order.

    Folders in ``exclude`` (the build's own output folder) are not read.
    Raises :class:`UsageError` for a path that does not exist.
    """
    skip = {real_path(Path(p)) for p in exclude}
    extra = read_manifest(Path(manifest)) if manifest else {}
    sources: list[Source] = []
    seen: set[Path] = set()
    for given in paths:
        root = Path(given)
        if not root.exists():
            raise UsageError(f"{given}: no such file or folder")
        if root.is_file():
            files = [(root, _printable(root.name), real_path(root))]
            manifests = [root.parent / MANIFEST_NAME]
        else:
            files = [f for f in _walk(root) if not any(f[2].is_relative_to(s) for s in skip)]
            folders = {str(f.parent): f.parent for f, _, _ in files}  # str: cheaper to hash
            manifests = sorted({d / MANIFEST_NAME for d in folders.values()} | {root / MANIFEST_NAME})
        meta: dict[Path, dict[str, str]] = {}
        for m in manifests:
            if m.is_file():
                meta.update(read_manifest(m))
        meta.update(extra)
        for file, display, real in files:
            if real in seen:
                continue
            seen.add(real)
            sources.append(Source(file, display, tuple(sorted(meta.get(real, {}).items()))))
    return sources


def real_path(path: Path) -> Path:
    """``path`` with symlinks resolved; a symlink loop resolves to itself."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # RuntimeError: "Symlink loop" before Python 3.13
        return path.absolute()


def _walk(root: Path) -> Iterator[tuple[Path, str, Path]]:
    """``(path, display name, real path)`` of every file under ``root``, sorted by name.

    The real path of a file that is not a symbolic link is its folder's real path
    and its name: only links and the root are resolved (one ``stat`` per part each).
    """
    visited: set[tuple[int, int]] = set()

    def walk(folder: Path, real_folder: Path, prefix: str) -> Iterator[tuple[Path, str, Path]]:
        try:
            st = folder.stat()
        except OSError:
            return
        if (st.st_dev, st.st_ino) in visited:
            return
        visited.add((st.st_dev, st.st_ino))
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError:
            yield folder, _printable(prefix[:-1] or "."), real_folder  # shown as a skipped folder
            return
        for entry in entries:
            if entry.name.startswith(".") or entry.name in IGNORED_NAMES:
                continue
            path = Path(entry.path)
            try:
                is_dir = entry.is_dir()
                real = real_path(path) if entry.is_symlink() else real_folder / entry.name
            except OSError:
                is_dir, real = False, real_path(path)
            if is_dir:
                yield from walk(path, real, f"{prefix}{entry.name}/")
            else:
                yield path, _printable(prefix + entry.name), real

    yield from walk(root, real_path(root), "")


_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def _printable(name: str) -> str:
    r"""A file name fit for one line of output and for UTF-8 files.

    Bytes that are not UTF-8 (``caf\xe9.txt`` from an old archive) and control
    characters (a newline in a name) are shown as backslash escapes.
    """
    name = os.fsencode(name).decode("utf-8", "backslashreplace")
    return _UNPRINTABLE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), name)


def read_source(source: Source) -> Article | Skipped:
    """Read and normalize one file; never raises for a bad file."""
    ext = source.file.suffix.lower()
    if source.file.is_dir():  # a folder the walker could not list
        return Skipped(source.display, "cannot list the folder (permission denied?)")
    if ext not in READERS:
        return Skipped(
            source.display,
            f"unsupported file type '{ext or source.file.name}' (supported: {supported_extensions()})",
            unsupported=True,
        )
    fmt, reader = READERS[ext]
    if source.file.is_symlink() and not source.file.exists():
        return Skipped(source.display, "broken symbolic link")
    try:
        raw = reader(source.file)
    except InputError as exc:
        return Skipped(source.display, exc.problem)
    except (RecursionError, MemoryError, UnicodeError, ValueError, OSError) as exc:
        return Skipped(source.display, f"cannot read the file ({type(exc).__name__})")
    except Exception as exc:  # one broken file must not stop the build
        detail = str(exc).split("\n", 1)[0][:120]
        return Skipped(
            source.display,
            f"cannot read the file ({type(exc).__name__}: {detail}); this is probably a bug "
            f"in geomap's {fmt} reader, please report it",
        )
    body = raw.text
    if fmt in ("md", "html") and raw.title and raw.title.strip() not in body[:500]:
        body = raw.title.strip() + "\n\n" + body  # the headline is part of the reporting
    text = normalize(body)
    if not text.strip():
        return Skipped(source.display, "no text found (empty file or no extractable text)")
    return _article(source, fmt, raw, text)


def _article(source: Source, fmt: str, raw: RawDocument, text: str) -> Article:
    meta = dict(source.meta)
    date, date_source = None, ""
    if meta.get("date"):
        date, date_source = meta["date"], "manifest"
    elif raw.date and parse_date(raw.date):
        date, date_source = parse_date(raw.date), raw.date_source
    else:
        found = date_from_text(text)
        if found:
            date, date_source = found
    return Article(
        path=source.display,
        title=(meta.get("title") or raw.title or Path(source.display).stem).strip(),
        date=date,
        date_source=date_source,
        url=meta.get("url") or raw.url,
        source=meta.get("source") or raw.source,
        text=text,
        fmt=fmt,
        notes=(raw.note,) if raw.note else (),
    )


__all__ = ["READERS", "Skipped", "Source", "find_sources", "read_source", "supported_extensions"]
