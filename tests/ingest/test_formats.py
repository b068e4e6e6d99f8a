"""Each input format, the manifest, and files that are skipped."""

from __future__ import annotations

from pathlib import Path

import pytest

from geomap.ingest import Skipped, find_sources, read_source
from geomap.models import Article
from tests.conftest import write

BODY = "Shelling hit Ganja overnight, officials said. Residents of Terter sheltered in basements."


def read_one(path: Path, root: Path | None = None) -> Article | Skipped:
    sources = find_sources([str(root or path)])
    assert len(sources) == 1
    return read_source(sources[0])


@pytest.mark.parametrize(
    ("head", "title"),
    [
        pytest.param(
            "Follow us on social\n\ngoogle cta\nArmenia Azerbaijan Nagorno-Karabakh\n\n"
            "Fate of Karabakh hangs in the balance\n\nAnalysis\n\n",
            "Fate of Karabakh hangs in the balance",
            id="furniture-and-tags-skipped",
        ),
        pytest.param(
            "Share\nAdvertisement\nGanja Shelled Again\n\n", "Ganja Shelled Again", id="after-furniture"
        ),
        pytest.param(
            "Azerbaijan Launches Offensive\n\n", "Azerbaijan Launches Offensive", id="title-case-headline"
        ),
        pytest.param(
            "Follow us     Share     Print     Save\nWORLD | CAUCASUS | CONFLICT WATCH\nPage 1 of 3\n\n"
            "Photo: Anna Petrosyan/Example Agency\nRelated article: Floods close roads near Kutaisi\n\n"
            "Who rebuilds Ganja now?\n\n",
            "Who rebuilds Ganja now?",
            id="buttons-tags-page-credit-link-skipped",
        ),
        pytest.param(
            "Rescue workers search the rubble of a block of flats in the centre of Ganja on\n"
            "Sunday morning. Ruslan Mammadov / Example / Agency\n\n"
            "Rescuers worked through the night in Ganja after a missile struck a block of flats\n"
            "in the city centre, officials said on Sunday, and more residents were still missing.\n\n",
            "Rescuers worked through the night in Ganja after a missile struck a block of flats in the city"
            " centre, officials said…",
            id="caption-skipped-lead-sentence",
        ),
        pytest.param(
            "Home > World > Caucasus\n[Share] [Tweet] [WhatsApp]\nTopics: Refugees, Housing\n\n"
            "A housing plan for the displaced finds few takers in the old\nfactory towns\n\n",
            "A housing plan for the displaced finds few takers in the old factory towns",
            id="breadcrumb-brackets-topics-and-a-wrapped-headline",
        ),
        pytest.param(
            "ENERGY REVIEW  -  Spring 2024                p. 17\nSPORT / FOOTBALL\n"
            "[Share]  [Save]  [Comments 14]\nShare: Facebook | X | Telegram\n\nOil, gas and the front line\n\n",
            "Oil, gas and the front line",
            id="running-header-section-and-share-rows",
        ),
        pytest.param(
            "GANJA, Oct. 11 (Wire) - Rescue workers dug through the rubble of a block of flats in the city "
            "centre on Sunday after a night of shelling, officials said. More were missing.\n\n",
            "GANJA, Oct. 11 (Wire) - Rescue workers dug through the rubble of a block of flats in the city centre"
            " on Sunday after a…",
            id="one-line-paragraph-gives-its-lead",
        ),
        pytest.param(
            "Talks with Mr. Aliyev and Dr. Ohanyan ran late into the night in Brussels. Both sides "
            "said they would meet again soon, officials said, and the ministers flew home the next day.\n\n",
            "Talks with Mr. Aliyev and Dr. Ohanyan ran late into the night in Brussels.",
            id="lead-sentence-runs-past-abbreviations",
        ),
    ],
)
def test_txt_title_skips_page_furniture(tmp_path: Path, head: str, title: str) -> None:
    a = read_one(write(tmp_path / "a.txt", head + "BAKU, Sept. 19 - " + BODY + " " + BODY))
    assert isinstance(a, Article)
    assert a.title == title


def test_txt(tmp_path: Path) -> None:
    a = read_one(write(tmp_path / "a.txt", "Night of shelling\n\n" + BODY))
    assert isinstance(a, Article)
    assert (a.title, a.fmt, a.date) == ("Night of shelling", "txt", None)
    assert "Ganja" in a.text


def test_markdown_front_matter(tmp_path: Path) -> None:
    md = (
        "---\ntitle: Ganja hit\ndate: 2020-10-11\nsource: Example Wire\nurl: https://example.org/a\n---\n# Heading\n\n**Bold** [link text](https://x.example) "
        + BODY
    )
    a = read_one(write(tmp_path / "a.md", md))
    assert isinstance(a, Article)
    assert (a.title, a.date, a.date_source, a.source, a.url) == (
        "Ganja hit",
        "2020-10-11",
        "front-matter",
        "Example Wire",
        "https://example.org/a",
    )
    assert "Bold link text Shelling" in a.text
    assert "https://x.example" not in a.text


def test_html_main_text_without_navigation(tmp_path: Path) -> None:
    paras = "".join(f"<p>{BODY} Paragraph {i} goes on with more words about the day.</p>" for i in range(4))
    html = (
        "<html><head><title>Ganja under fire | Example</title>"
        '<meta property="article:published_time" content="2020-10-11T09:00:00Z">'
        '<meta property="og:title" content="Ganja under fire"></head><body>'
        '<nav><a href="/">World</a> | <a href="/london">London</a> | <a href="/paris">Paris</a></nav>'
        f"<article><h1>Ganja under fire</h1>{paras}</article>"
        "<footer>Example News, 1 Fleet Street, London. All rights reserved.</footer></body></html>"
    )
    a = read_one(write(tmp_path / "a.html", html))
    assert isinstance(a, Article)
    assert a.date == "2020-10-11" and a.date_source.startswith("html-meta")
    assert "Ganja" in a.text and "Terter" in a.text
    assert "London" not in a.text and "Paris" not in a.text
    assert a.title == "Ganja under fire"


def test_pdf(tmp_path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    pdf.multi_cell(0, 6, "Date: 2020-10-04\n\n" + BODY)
    path = tmp_path / "a.pdf"
    pdf.output(str(path))
    a = read_one(path)
    assert isinstance(a, Article)
    assert a.fmt == "pdf" and a.date == "2020-10-04" and "Ganja" in a.text


def test_a_sentence_that_runs_on_to_the_next_page_stays_one(tmp_path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("helvetica", size=11)
    pdf.add_page()
    pdf.multi_cell(
        0, 6, "Shelling hit Terter overnight.\n\nThe minister, Mario Zamora, toured the stations in"
    )
    pdf.add_page()
    pdf.multi_cell(0, 6, "Ganja two weeks earlier.\n\nA new paragraph ends this page.")
    pdf.add_page()
    pdf.multi_cell(0, 6, "Baku said nothing.")
    path = tmp_path / "a.pdf"
    pdf.output(str(path))
    a = read_one(path)
    assert isinstance(a, Article)
    assert "stations in Ganja two weeks" in a.text  # one sentence across the page break
    assert "this page.\n\nBaku said" in a.text  # after a full stop, a new page is a new paragraph


def test_manifest_wins(tmp_path: Path) -> None:
    write(tmp_path / "a.md", "---\ntitle: From front matter\ndate: 2020-10-11\n---\n" + BODY)
    write(
        tmp_path / "articles.csv",
        "file,title,date,url\na.md,From manifest,2020-10-12,https://example.org/m\n",
    )
    a = read_one(tmp_path, tmp_path)
    assert isinstance(a, Article)
    assert (a.title, a.date, a.date_source, a.url) == (
        "From manifest",
        "2020-10-12",
        "manifest",
        "https://example.org/m",
    )


def test_unknown_type_is_skipped_with_supported_list(tmp_path: Path) -> None:
    s = read_one(write(tmp_path / "notes.docx", "x"))
    assert isinstance(s, Skipped) and s.unsupported
    assert ".txt" in s.reason and ".pdf" in s.reason


def test_paths_are_relative_to_the_folder_given(tmp_path: Path) -> None:
    write(tmp_path / "b" / "two.txt", BODY)
    write(tmp_path / "a" / "one.txt", BODY)
    assert [s.display for s in find_sources([str(tmp_path)])] == ["a/one.txt", "b/two.txt"]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        pytest.param("Gəncə and Tərtər".encode("utf-16"), "Gəncə", id="utf16-bom"),
        pytest.param("Café in Gänjä".encode("cp1252", errors="replace"), "Café", id="cp1252"),
        pytest.param(b"\xef\xbb\xbfGanja", "Ganja", id="utf8-bom"),
    ],
)
def test_encodings(tmp_path: Path, data: bytes, expected: str) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    a = read_one(path)
    assert isinstance(a, Article) and expected in a.text
