"""Untrusted text reaches the page only as inert JSON; dangerous URLs are never links."""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re

import pytest
import sample_data
from render_helpers import Tags, blob

from geomap.render import MapOptions, render_map
from geomap.render.safety import inline_script, inline_style, safe_link, script_json

HOSTILE = [
    pytest.param("</script><script>alert(1)</script>", id="script-end"),
    pytest.param("</SCRIPT >", id="script-end-upper"),
    pytest.param("<!-- <script>", id="comment-open"),
    pytest.param("<img src=x onerror=alert(1)>", id="img-onerror"),
    pytest.param("a & b &amp; &lt;", id="ampersands"),
    pytest.param("${7*6} `tick` \\ \\u003c", id="template-literal"),
    pytest.param("{{ 7*7 }} {% if x %} {# c #}", id="jinja"),
    pytest.param("line\u2028sep\u2029para", id="js-line-terminators"),
    pytest.param("lone \ud800 surrogate", id="lone-surrogate"),
    pytest.param("\x00 nul", id="nul"),
]


@pytest.mark.parametrize("text", HOSTILE)
def test_script_json_cannot_leave_its_script_element(text: str) -> None:
    out = script_json({"text": text, "list": [text]})
    assert not re.search("[<>&\u2028\u2029\ud800-\udfff]", out)
    assert json.loads(out) == {"list": [text], "text": text}
    out.encode("utf-8")  # writable as UTF-8


@pytest.mark.parametrize(
    "url",
    [
        pytest.param("https://example.org/a?b=1#c", id="https"),
        pytest.param("http://example.com/", id="http"),
        pytest.param("HTTPS://EXAMPLE.ORG/", id="upper-case-scheme"),
    ],
)
def test_safe_link_keeps_http_urls(url: str) -> None:
    assert safe_link(url) == url


@pytest.mark.parametrize(
    "url",
    [
        pytest.param("javascript:alert(1)", id="javascript"),
        pytest.param("JavaScript:alert(1)", id="javascript-mixed-case"),
        pytest.param(" javascript:alert(1)", id="leading-space"),
        pytest.param("java\tscript:alert(1)", id="tab-inside"),
        pytest.param("java\nscript:alert(1)", id="newline-inside"),
        pytest.param("data:text/html,<script>alert(1)</script>", id="data"),
        pytest.param("vbscript:msgbox(1)", id="vbscript"),
        pytest.param("file:///etc/passwd", id="file"),
        pytest.param("//evil.example/x", id="protocol-relative"),
        pytest.param("articles/a.md", id="relative"),
        pytest.param("https://", id="no-host"),
        pytest.param("https://exa mple.org", id="space"),
        pytest.param("", id="empty"),
    ],
)
def test_safe_link_rejects_everything_else(url: str) -> None:
    assert safe_link(url) == ""


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        pytest.param('s = "</script>";', 's = "<\\/script>";', id="lower"),
        pytest.param("s = '</SCRIPT'", "s = '<\\/SCRIPT'", id="upper"),
        pytest.param("a\r\nb\rc", "a\nb\nc", id="line-endings"),
    ],
)
def test_inline_script(code: str, expected: str) -> None:
    assert inline_script(code) == expected


def test_inline_style() -> None:
    assert inline_style("a{}</style><script>") == "a{}<\\/style><script>"


def test_hostile_article_is_data_only(page: str) -> None:
    tags = Tags(page)
    assert "img" not in tags.names() and "b" not in tags.names() and "i" not in tags.names()
    scripts = [attrs for name, attrs in tags.tags if name == "script"]
    # Only geomap's own scripts: inline code (no attributes) and the two JSON blocks.
    assert all(a in ({}, {"type": "application/json", "id": a.get("id")}) for a in scripts)
    assert sorted(a["id"] or "" for a in scripts if a) == ["geomap-data", "geomap-outline"]
    assert "__pwned" not in "".join(s for s, a in zip(tags.scripts, scripts, strict=True) if not a)
    data = blob(page)
    assert sample_data.HOSTILE_TEXT in data["passages"]
    titles = [a["title"] for a in data["articles"]]
    assert sample_data.HOSTILE_TITLE in titles


def test_jinja_syntax_in_text_is_not_evaluated(page: str) -> None:
    passages = blob(page)["passages"]
    assert any("{{ 7*7 }} {% if x %}" in p for p in passages)
    assert "{{ 7*7 }}" in page and "49" not in "".join(passages)


def test_dangerous_urls_are_dropped_from_the_data(page: str) -> None:
    urls = {a["path"]: a["url"] for a in blob(page)["articles"]}
    assert urls["news/hostile.md"] == ""
    assert urls["background/karabakh.txt"] == ""
    assert urls["news/2023-09-19-ganja.md"] == "https://example.org/ganja"


def test_page_title_is_escaped(page: str) -> None:
    assert "<title>Caucasus &lt;i&gt;test&lt;/i&gt;</title>" in page


def test_content_security_policy_admits_exactly_the_inline_scripts(page: str) -> None:
    tags = Tags(page)
    meta = [a for n, a in tags.tags if n == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    assert len(meta) == 1
    policy = html.unescape(meta[0]["content"] or "")
    assert "default-src 'none'" in policy and "'unsafe-eval'" not in policy
    script_src = next(d for d in policy.split("; ") if d.startswith("script-src "))
    allowed = set(script_src.split()[1:])
    scripts = [a for n, a in tags.tags if n == "script"]
    code = [s for s, a in zip(tags.scripts, scripts, strict=True) if not a]
    digests = {
        "'sha256-" + base64.b64encode(hashlib.sha256(c.encode()).digest()).decode() + "'" for c in code
    }
    assert allowed == digests
    assert "'unsafe-inline'" not in script_src


def test_hostile_title_option(sample: sample_data.Sample) -> None:
    title = "</title><script>alert(1)</script>"
    out = render_map(sample.articles, sample.resolved, MapOptions(title=title))
    assert "<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>" in out
    assert blob(out)["title"] == title
