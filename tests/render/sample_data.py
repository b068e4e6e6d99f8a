"""A small synthetic news set about the South Caucasus, for map tests.

Four dated articles on three dates, one undated article and one hostile
article. Places: Ganja, Baku, Yerevan (points), the Lachin Corridor
(LINESTRING), Nagorno-Karabakh (POLYGON), Goris (a world-fallback place) and
Evilton, a world-fallback place whose name and kind are hostile markup.

Offsets are computed from the text, as the matcher would produce them.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from geomap.models import Article, Mention, Passage, Place, Resolved

D1, D2, D3 = "2023-09-19", "2023-09-20", "2023-09-28"

GANJA = Place(
    "az-ganja",
    "Ganja",
    "city",
    40.6828,
    46.3606,
    aliases=("Gəncə",),
    country="AZ",
    geonames_id="586523",
)
BAKU = Place("az-baku", "Baku", "city", 40.4093, 49.8671, country="AZ", geonames_id="587084")
YEREVAN = Place("am-yerevan", "Yerevan", "city", 40.1872, 44.5152, country="AM")
LACHIN = Place(
    "lachin-corridor",
    "Lachin Corridor",
    "corridor",
    39.63,
    46.55,
    wkt="LINESTRING (46.752 39.815, 46.55 39.64, 46.43 39.57, 46.34 39.52)",
)
KARABAKH = Place(
    "nagorno-karabakh",
    "Nagorno-Karabakh",
    "region",
    39.85,
    46.75,
    wkt="POLYGON ((46.25 39.45, 47.1 39.45, 47.25 40.25, 46.45 40.35, 46.25 39.45))",
)
GORIS = Place("world:174875", "Goris", "town", 39.5111, 46.3386, country="AM", source="world")
EVILTON = Place(
    "world:evil",
    "Evilton<img src=x onerror=\"window.__pwned='place'\">",
    "<script>window.__pwned='kind'</script>",
    41.05,
    45.3,
    source="world",
)

HOSTILE_TEXT = (
    "</script><script>window.__pwned='text'</script> <img src=x onerror=\"window.__pwned='img'\">"
    " ${7*6} `tick` back\\slash \\u003c {{ 7*7 }} {% if x %} near Evilton."
)
HOSTILE_TITLE = "</script><script>window.__pwned='title'</script><b>Bold</b> ${7*6}"


@dataclass(frozen=True)
class Sample:
    """Articles and resolved mentions, plus expected counts per date key."""

    articles: tuple[Article, ...]
    resolved: tuple[Resolved, ...]

    def mentions_by_date(self) -> Counter[str]:
        """Mentions per day key (``undated`` for undated articles)."""
        dates = {a.path: a.date or "undated" for a in self.articles}
        return Counter(dates[r.mention.article] for r in self.resolved)

    def point_mentions_by_date(self) -> Counter[str]:
        """Like :meth:`mentions_by_date`, for point places only (markers)."""
        dates = {a.path: a.date or "undated" for a in self.articles}
        return Counter(dates[r.mention.article] for r in self.resolved if not r.place.wkt)


def _article(
    path: str,
    title: str,
    date: str | None,
    url: str,
    source: str,
    passages: list[tuple[str, list[tuple[str, Place]]]],
) -> tuple[Article, list[Resolved]]:
    text = "\n\n".join(p for p, _ in passages)
    article = Article(path, title, date, "front-matter" if date else "", url, source, text, "md")
    resolved: list[Resolved] = []
    start = 0
    for body, names in passages:
        passage = Passage(start, start + len(body), body)
        for surface, place in names:
            at = start + body.index(surface)
            mention = Mention(path, surface, surface.casefold(), at, at + len(surface), passage)
            resolved.append(Resolved(mention, place, "test"))
        start += len(body) + 2
    return article, resolved


def sample(hostile: bool = True) -> Sample:
    """The sample set (deterministic); ``hostile=False`` leaves out the hostile article."""
    specs = [
        (
            "news/2023-09-19-ganja.md",
            "Shelling reported near Ganja",
            D1,
            "https://example.org/ganja",
            "Example Wire",
            [
                ("Shells landed on the outskirts of Ganja overnight, officials said.", [("Ganja", GANJA)]),
                ("Traffic through the Lachin Corridor was halted.", [("Lachin Corridor", LACHIN)]),
                ("Residents of Gəncə described a sleepless night.", [("Gəncə", GANJA)]),
            ],
        ),
        (
            "news/2023-09-19-baku.md",
            "Statement from Baku",
            D1,
            "http://example.com/baku",
            "Example Daily",
            [
                (
                    "Officials in Baku said operations in Nagorno-Karabakh had ended.",
                    [("Baku", BAKU), ("Nagorno-Karabakh", KARABAKH)],
                ),
            ],
        ),
        (
            "news/2023-09-20-talks.html",
            "Talks resume",
            D2,
            "",
            "Example Radio",
            [
                ("Delegations met again in Baku on Wednesday.", [("Baku", BAKU)]),
                ("Ganja was quiet, residents said.", [("Ganja", GANJA)]),
            ],
        ),
        (
            "news/2023-09-28-exodus.md",
            "Exodus along the corridor",
            D3,
            "https://example.org/exodus",
            "Example Wire",
            [
                (
                    "Thousands crossed the Lachin Corridor towards Goris.",
                    [("Lachin Corridor", LACHIN), ("Goris", GORIS)],
                ),
                ("Aid convoys left Yerevan at dawn for Goris.", [("Yerevan", YEREVAN), ("Goris", GORIS)]),
            ],
        ),
        (
            "background/karabakh.txt",
            "Background: Nagorno-Karabakh",
            None,
            "data:text/html,<script>window.__pwned='data-url'</script>",
            "",
            [
                ("Nagorno-Karabakh has been contested for decades.", [("Nagorno-Karabakh", KARABAKH)]),
                ("Yerevan and Baku both claim to seek peace.", [("Yerevan", YEREVAN), ("Baku", BAKU)]),
            ],
        ),
        (
            "news/hostile.md",
            HOSTILE_TITLE,
            D2,
            "javascript:window.__pwned='url'",
            "<b onmouseover=\"window.__pwned='source'\">Source</b> ${7*6}",
            [(HOSTILE_TEXT, [("Evilton", EVILTON)])],
        ),
    ]
    articles: list[Article] = []
    resolved: list[Resolved] = []
    for spec in specs if hostile else specs[:-1]:
        article, found = _article(*spec)
        articles.append(article)
        resolved.extend(found)
    return Sample(tuple(articles), tuple(resolved))


def many_articles(n: int) -> Sample:
    """``n`` dated articles that each mention Ganja once (for popup paging)."""
    articles: list[Article] = []
    resolved: list[Resolved] = []
    for i in range(n):
        article, found = _article(
            f"news/many-{i:02d}.md",
            f"Report number {i}",
            f"2023-10-{i % 28 + 1:02d}",
            f"https://example.org/many/{i}",
            "Example Wire",
            [(f"Report {i}: quiet night in Ganja.", [("Ganja", GANJA)])],
        )
        articles.append(article)
        resolved.extend(found)
    return Sample(tuple(articles), tuple(resolved))
