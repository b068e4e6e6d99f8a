"""Untrusted text (articles, front matter, gazetteer, --title) never becomes markup or code.

A real build of hostile articles and a hostile gazetteer; then ``map.html`` is
parsed: the payloads are present (so the test sees them) but only inside the
JSON data blocks, in escaped form; no script element holds them raw, no link
points to ``javascript:`` or ``data:``, no template syntax is left outside the
data. ``mentions.csv`` keeps the text verbatim: a CSV file is data.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import lxml.html
import pytest

from tests.conftest import SMALL_GAZETTEER

from .helpers import build_args, read_csv, run_geomap

SCRIPT = "<script>alert(1)</script>"
BREAKOUT = "</script><script>window.__pwned=1</script>"
IMG = "<img src=x onerror=alert(1)>"
TEMPLATE_JS = "${7*6}"
TEMPLATE_JINJA = "{{ 7*7 }}"
BACKTICKS = "`${document.cookie}`"
BACKSLASHES = "C:\\new\\table\\x3cscript\\u003e"
COMMENT = "<!-- --><!--<script>"
PAYLOADS = (SCRIPT, BREAKOUT, IMG, TEMPLATE_JS, TEMPLATE_JINJA, BACKTICKS, BACKSLASHES, COMMENT)
JS_URL = "javascript:alert(1)"
DATA_URL = "data:text/html,<script>window.__pwned=1</script>"

HOSTILE_TEXT = " ".join(PAYLOADS)
TITLE = f"{SCRIPT} {BREAKOUT} {IMG} {TEMPLATE_JS} {TEMPLATE_JINJA}"
PAGE_TITLE = f"{TITLE} {BACKTICKS} </title><script>window.__pwned=1</script>"  # --title


def _front_matter(url: str, date: str) -> str:
    def q(s: str) -> str:
        return json.dumps(s)  # a JSON string is a valid YAML double-quoted scalar

    return (
        f"---\ntitle: {q(TITLE)}\ndate: {date}\nurl: {q(url)}\nsource: {q(IMG + ' ' + BREAKOUT)}\n---\n"
        f"Shelling hit Ganja overnight. {HOSTILE_TEXT} Residents of Evilton sheltered.\n"
    )


def _hostile_gazetteer() -> str:
    def cell(s: str) -> str:
        return '"' + s.replace('"', '""') + '"'

    aliases = "|".join(["Evilville", SCRIPT, BREAKOUT, IMG, TEMPLATE_JS, TEMPLATE_JINJA, BACKTICKS])
    notes = HOSTILE_TEXT + " " + JS_URL
    row = ["evilton", "Evilton", cell(aliases), "town", "40.5", "46.5", "", "AZ", "", "", cell(notes)]
    return SMALL_GAZETTEER + ",".join(row) + "\n"


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("hostile")
    (root / "in").mkdir()
    (root / "in" / "js.md").write_text(_front_matter(JS_URL, "2020-10-04"), encoding="utf-8")
    (root / "in" / "data.md").write_text(_front_matter(DATA_URL, "2020-10-05"), encoding="utf-8")
    (root / "in" / "plain.txt").write_text(
        f"Date: 2020-10-06\n\n{HOSTILE_TEXT} near Ganja.\n", encoding="utf-8"
    )
    gazetteer = root / "gazetteer.csv"
    gazetteer.write_text(_hostile_gazetteer(), encoding="utf-8")
    run = run_geomap(
        *build_args(["in"], gazetteer, "out", "--title", PAGE_TITLE, "--tiles", "none"), cwd=root
    )
    assert run.returncode == 0, run.stderr
    return root / "out"


def _scripts(page: str) -> list[lxml.html.HtmlElement]:
    return list(lxml.html.document_fromstring(page).iter("script"))


def _strings(value: object) -> list[str]:
    """Every string (keys too) inside a decoded JSON value."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in (k, *_strings(v))]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def _is_data(script: lxml.html.HtmlElement) -> bool:
    return (script.get("type") or "").lower() == "application/json"


def test_payloads_reach_the_page_only_as_json_data(hostile_build: Path) -> None:
    page = (hostile_build / "map.html").read_text(encoding="utf-8")
    scripts = _scripts(page)
    decoded = "\n".join(_strings([json.loads(s.text or "null") for s in scripts if _is_data(s)]))
    for payload in PAYLOADS:
        assert payload in decoded, f"{payload!r} did not reach the map data: the test would prove nothing"
    for payload in (SCRIPT, BREAKOUT, IMG, COMMENT, "</title><script>"):
        assert payload not in page, f"raw {payload!r} in map.html"
    for script in scripts:
        text = script.text or ""
        assert "</script" not in text.lower()
        assert "<!--" not in text
        if not _is_data(script):
            assert "__pwned" not in text and "alert(1)" not in text


def test_no_injected_elements_or_handlers(hostile_build: Path) -> None:
    tree = lxml.html.document_fromstring((hostile_build / "map.html").read_text(encoding="utf-8"))
    assert not tree.xpath("//img[@onerror] | //*[@src='x']")
    for element in tree.iter():
        for name, value in element.attrib.items():
            assert not (name.lower().startswith("on") and "alert" in value), (element.tag, name)
    assert tree.findtext(".//title") == PAGE_TITLE  # shown as text, nothing evaluated


def test_no_javascript_or_data_links(hostile_build: Path) -> None:
    page = (hostile_build / "map.html").read_text(encoding="utf-8")
    tree = lxml.html.document_fromstring(page)
    for element in tree.iter():
        for attr in ("href", "src", "action", "formaction", "xlink:href"):
            value = re.sub(r"[\s\x00-\x1f]", "", element.get(attr) or "").lower()
            assert not value.startswith(("javascript:", "data:text", "vbscript:")), (element.tag, attr, value)
    payload = next(json.loads(s.text) for s in tree.iter("script") if s.get("id") == "geomap-data")
    urls = {a["path"]: a["url"] for a in payload["articles"]}
    assert urls["js.md"] == "" and urls["data.md"] == ""


def test_template_syntax_only_inside_json(hostile_build: Path) -> None:
    """Outside the JSON data only the escaped <title> text (the --title) may hold it."""
    page = (hostile_build / "map.html").read_text(encoding="utf-8")
    outside = re.sub(
        r'<script[^>]*type="application/json"[^>]*>.*?</script>', "", page, flags=re.DOTALL | re.IGNORECASE
    )
    outside = re.sub(r"<title>.*?</title>", "", outside, count=1, flags=re.DOTALL)
    for payload in (TEMPLATE_JS, TEMPLATE_JINJA, "7*7", "7*6", "document.cookie"):
        assert payload not in outside, f"{payload!r} outside the JSON data"


def test_mentions_csv_keeps_text_verbatim(hostile_build: Path) -> None:
    rows = read_csv(hostile_build / "mentions.csv")
    by_article = {r["article"]: r for r in rows if r["place_id"] == "ganja"}
    assert by_article["js.md"]["title"] == TITLE
    assert HOSTILE_TEXT in by_article["plain.txt"]["passage"]
    assert {r["place_id"] for r in rows if r["article"] == "js.md"} >= {"ganja", "evilton"}
