"""Helpers for reading rendered map pages in unit tests."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from typing import Any

_BLOB = re.compile(r'<script type="application/json" id="geomap-data">(.*?)</script>', re.DOTALL)


def blob(html: str) -> Any:
    """The map's JSON data block, parsed (exactly one must exist)."""
    found = _BLOB.findall(html)
    assert len(found) == 1
    return json.loads(found[0])


class Tags(HTMLParser):
    """Collects (tag, attributes) of every start tag, as a browser's tokenizer sees them."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self._in_script = False
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"
        if self._in_script:
            self.scripts.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts[-1] += data

    def names(self) -> list[str]:
        """Tag names in document order."""
        return [t for t, _ in self.tags]
