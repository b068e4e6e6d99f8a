"""Putting untrusted text into an HTML page without it becoming markup or code.

Article text, titles, URLs, sources and gazetteer fields reach the page only as
JSON inside ``<script type="application/json">`` (see :func:`script_json`); the
page's own scripts build the DOM from it with ``textContent``. Inlined
third-party code goes through :func:`inline_script` / :func:`inline_style`.
"""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import urlsplit

# Characters that must not appear raw inside a <script> element holding JSON:
# '<' '>' '&' stop "</script>", "<!--" and entity tricks; U+2028/2029 are line
# terminators in older JavaScript; lone surrogates cannot be encoded as UTF-8.
_JSON_UNSAFE = re.compile("[<>&\u2028\u2029\ud800-\udfff]")
_SCRIPT_END = re.compile(r"</(script)", re.IGNORECASE)
_STYLE_END = re.compile(r"</(style)", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x20\x7f]")


def _unicode_escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def script_json(value: Any) -> str:
    """Serialize ``value`` as JSON that is safe inside a ``<script>`` element.

    Keys are sorted and the output is compact, so equal values give equal bytes.

    Examples
    --------
    >>> script_json({"text": "</script><b>&"})
    '{"text":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
    """
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False)
    return _JSON_UNSAFE.sub(_unicode_escape, text)


def inline_script(code: str) -> str:
    """Return JavaScript ``code`` ready to sit between ``<script>`` and ``</script>``.

    ``</script`` becomes ``<\\/script`` (the same string or regex in JavaScript)
    and line endings become ``\\n``, as the HTML parser would make them; the
    content-security-policy hash is computed over exactly this text.
    """
    code = code.replace("\r\n", "\n").replace("\r", "\n")
    return _SCRIPT_END.sub(r"<\\/\1", code)


def inline_style(css: str) -> str:
    """Return CSS ready to sit inside ``<style>``: ``</style`` cannot end it early."""
    css = css.replace("\r\n", "\n").replace("\r", "\n")
    return _STYLE_END.sub(r"<\\/\1", css)


def safe_link(url: str) -> str:
    """Return ``url`` if it is an absolute http(s) URL that is safe to link, else ``""``.

    Anything else (``javascript:``, ``data:``, relative paths, URLs with control
    characters or whitespace that browsers would strip) is never made a link.

    Examples
    --------
    >>> safe_link("https://example.org/a?b=1")
    'https://example.org/a?b=1'
    >>> safe_link("javascript:alert(1)")
    ''
    >>> safe_link("java\\tscript:alert(1)")
    ''
    """
    if not url or _CONTROL.search(url):
        return ""
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return ""
    return url
