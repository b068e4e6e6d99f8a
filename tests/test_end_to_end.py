"""A whole build of the bundled examples, checked row by row, and its determinism."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest

import geomap
from tests.conftest import ROOT

EXPECTED_ROWS = [
    # article, surface, place_id, date, date_source prefix
    ("01_ganja_night_strike.txt", "GANJA", "ganja", "2020-10-11", "dateline"),
    ("01_ganja_night_strike.txt", "Gəncə", "ganja", "2020-10-11", "dateline"),
    ("02_talysh_front_line.txt", "Talysh", "talish", "2020-10-04", "date-line"),
    ("03_terter_underground.txt", "Tartar", "tartar", "", ""),
    ("03_terter_underground.txt", "Terter", "tartar", "", ""),
    ("04_moscow_truce_talks.txt", "MOSCOW", "moscow", "2020-10-10", "dateline"),
    ("05_shusha_taken.md", "Shushi", "shusha", "2020-11-09", "front-matter"),
    (
        "06_lachin_corridor_blockade.md",
        "Lachin Corridor",
        "lachin-corridor",
        "2023-01-23",
        "front-matter",
    ),
    ("07_exodus_via_kornidzor.html", "Khankendi", "stepanakert", "2023-09-26", "html-meta"),
    ("07_exodus_via_kornidzor.html", "Kornidzor", "kornidzor", "2023-09-26", "html-meta"),
    ("08_one_day_offensive.html", "Stepanakert", "stepanakert", "2023-09-20", "html-meta"),
    ("09_border_attacks_aftermath.pdf", "Jermuk", "jermuk", "2022-09-28", "dateline"),
    ("10_shusha_two_histories.pdf", "Shusha", "shusha", "", ""),
    ("01_ganja_night_strike.txt", "Yerevan", "yerevan", "2020-10-11", "dateline"),
]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("out")
    geomap.build([str(ROOT / "examples" / "articles")], gazetteer=ROOT / "gazetteer.csv", out=out)
    return out


def rows(out: Path) -> list[dict[str, str]]:
    with (out / "mentions.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.mark.parametrize("expected", EXPECTED_ROWS, ids=lambda e: f"{e[0][:2]}-{e[1]}")
def test_expected_rows(built: Path, expected: tuple[str, str, str, str, str]) -> None:
    article, surface, place_id, date, date_source = expected
    match = [r for r in rows(built) if r["article"] == article and r["surface"] == surface]
    assert match, f"{surface} not found in {article}"
    r = match[0]
    assert (r["place_id"], r["date"], r["source"]) == (place_id, date, "gazetteer")
    assert r["date_source"].startswith(date_source)
    assert surface in r["passage"]


def test_columns(built: Path) -> None:
    header = (built / "mentions.csv").read_text(encoding="utf-8").split("\n", 1)[0]
    assert header == (
        "article,title,date,date_source,place_id,place,surface,kind,lat,lon,start,end,passage,source,why"
    )


def test_no_trap_mentions(built: Path) -> None:
    surfaces = {r["surface"] for r in rows(built)}
    assert not surfaces & {"Armenian", "Azerbaijani", "Minsk Group", "London"}


def test_every_article_has_mentions_and_dates_are_not_from_urls(built: Path) -> None:
    by_article: dict[str, set[str]] = {}
    for r in rows(built):
        by_article.setdefault(r["article"], set()).add(r["date"])
    assert len(by_article) == 10
    assert by_article["03_terter_underground.txt"] == {""}


def test_geojson_is_lon_lat(built: Path) -> None:
    doc = json.loads((built / "mentions.geojson").read_text(encoding="utf-8"))
    assert doc["type"] == "FeatureCollection"
    ganja = next(f for f in doc["features"] if f["properties"]["place_id"] == "ganja")
    lon, lat = ganja["geometry"]["coordinates"]
    assert 46 < lon < 47 and 40 < lat < 41
    assert len(doc["features"]) == len(rows(built))


def test_same_input_gives_identical_files(built: Path, tmp_path: Path) -> None:
    copy = tmp_path / "articles"
    shutil.copytree(ROOT / "examples" / "articles", copy)
    geomap.build([str(copy)], gazetteer=ROOT / "gazetteer.csv", out=tmp_path / "again")
    for name in ("map.html", "mentions.csv", "mentions.geojson", "unresolved.csv"):
        assert (tmp_path / "again" / name).read_bytes() == (built / name).read_bytes(), name


def test_jobs_give_identical_output(built: Path, tmp_path: Path) -> None:
    geomap.build(
        [str(ROOT / "examples" / "articles")],
        gazetteer=ROOT / "gazetteer.csv",
        out=tmp_path / "j2",
        jobs=2,
    )
    for name in ("mentions.csv", "map.html"):
        assert (tmp_path / "j2" / name).read_bytes() == (built / name).read_bytes(), name


@pytest.mark.parametrize(
    ("articles", "cpus", "workers"),
    [(10, 8, 1), (199, 2, 1), (200, 2, 2), (250, 8, 2), (5000, 2, 2), (5000, 64, 8), (5000, 1, 1)],
)
def test_auto_jobs(articles: int, cpus: int, workers: int) -> None:
    from geomap.build import auto_jobs

    assert auto_jobs(articles, cpus) == workers


def test_auto_jobs_on_many_articles_gives_identical_output(tmp_path: Path) -> None:
    """Past the threshold, ``jobs="auto"`` starts workers (on a machine with 2+ CPUs)
    and the files are the same as from one process."""
    from geomap.build import AUTO_MIN_ARTICLES

    folder = tmp_path / "many"
    folder.mkdir()
    towns = ["Ganja", "Terter", "Barda", "Goris", "Kapan", "Jermuk", "Stepanakert", "Yerevan"]
    for i in range(AUTO_MIN_ARTICLES):
        text = f"Report {i}\n\nShelling was reported near {towns[i % 8]} and in {towns[(i * 3) % 8]}.\n"
        (folder / f"a{i:03d}.txt").write_text(text, encoding="utf-8")
    outs = {}
    for jobs in (1, "auto"):
        out = tmp_path / f"out-{jobs}"
        result = geomap.build([str(folder)], gazetteer=ROOT / "gazetteer.csv", out=out, jobs=jobs)
        assert len(result.resolved) == 2 * AUTO_MIN_ARTICLES
        outs[jobs] = out
    for name in ("mentions.csv", "mentions.geojson", "map.html", "unresolved.csv"):
        assert (outs["auto"] / name).read_bytes() == (outs[1] / name).read_bytes(), name


def test_jobs_without_fork_run_in_one_process(
    built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where processes cannot be forked (Windows), --jobs builds in this process: same files."""
    import multiprocessing
    import sys

    monkeypatch.setattr(multiprocessing, "get_all_start_methods", lambda: ["spawn"])
    started = []
    monkeypatch.setattr(sys.modules["geomap.build"], "run_parallel", lambda *a: started.append(a) or iter(()))
    geomap.build(
        [str(ROOT / "examples" / "articles")],
        gazetteer=ROOT / "gazetteer.csv",
        out=tmp_path / "j2",
        jobs=2,
    )
    assert not started
    for name in ("mentions.csv", "map.html"):
        assert (tmp_path / "j2" / name).read_bytes() == (built / name).read_bytes(), name
