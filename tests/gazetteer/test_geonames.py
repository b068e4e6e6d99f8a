"""``geomap gazetteer import-geonames`` and the GeoNames dump reader."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from geomap.errors import InputError
from geomap.gazetteer import Gazetteer
from geomap.gazetteer.geonames import GeoName, aliases_of, import_rows, read_geonames

from .helpers import GEONAMES_SAMPLE, HEADER, RunCli


def names(**filters: object) -> list[str]:
    return [g.name for g in read_geonames(GEONAMES_SAMPLE, **filters)]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        pytest.param({"countries": ["AZ"]}, ["Avşar", "Hindarkh", "Faldarlı", "Calut", "Daşüz", "Hacıhüseynli", "Azerbaijan"], id="country"),
        pytest.param({"countries": ["az", " AM"], "min_population": 5000}, ["Avşar", "Hindarkh", "Azerbaijan", "Garni", "Armenia"], id="population"),
        pytest.param({"countries": ["AM"], "feature_classes": ["P"], "min_population": 1000}, ["Zaritap", "Garni"], id="class-P"),
        pytest.param({"feature_classes": ["A"]}, ["Azerbaijan", "Armenia"], id="class-A"),
        pytest.param({"countries": ["GE"]}, [], id="no-match"),
    ],
)  # fmt: skip
def test_filters(filters: dict[str, object], expected: list[str]) -> None:
    assert names(**filters) == expected


def test_parsed_fields() -> None:
    garni = next(g for g in read_geonames(GEONAMES_SAMPLE) if g.name == "Garni")
    assert (garni.geonameid, garni.lat, garni.lon, garni.country) == ("616697", 40.11931, 44.73442, "AM")
    assert (garni.feature_class, garni.feature_code, garni.population) == ("P", "PPL", 8347)


def test_aliases_latin_only_dedup_and_capped() -> None:
    zaritap = next(g for g in read_geonames(GEONAMES_SAMPLE) if g.name == "Zaritap")
    assert aliases_of(zaritap) == (
        "Azizbekov", "Pasali", "Pashaghu", "Pashalu", "Zaritʻapʻ", "Zarrit'ap'", "Zarritap", "Əzizbəyov",
    )  # fmt: skip
    many = GeoName("1", "X", "X", tuple(f"Name{chr(65 + i)}" for i in range(20)), 0, 0, "P", "PPL", "AM", 0)
    assert len(aliases_of(many)) == 12
    assert aliases_of(many, limit=3) == ("NameA", "NameB", "NameC")


def test_import_rows_skip_present_ids() -> None:
    taken = {"garni"}
    rows, skipped, _ = import_rows(read_geonames(GEONAMES_SAMPLE, ["AM"]), taken, {"616697", "174982"})
    assert skipped == 2
    assert [r["id"] for r in rows] == ["zaritap", "akhlatyan", "karenis", "jil", "drakhtik", "bagaran"]
    assert rows[0] == {
        "id": "zaritap", "name": "Zaritap",
        "aliases": "Azizbekov|Pasali|Pashaghu|Pashalu|Zaritʻapʻ|Zarrit'ap'|Zarritap|Əzizbəyov",
        "kind": "village", "lat": "39.63892", "lon": "45.51111", "country": "AM",
        "geonames_id": "174703", "notes": "GeoNames 174703 (P.PPL)",
    }  # fmt: skip
    assert "bagaran" in taken


def test_import_cli_dry_run_then_apply(workdir: Path, run_cli: RunCli) -> None:
    before = (HEADER + "\r\ngarni,Garni,,village,40.11931,44.73442,,AM,,616697,\r\n").encode()
    (workdir / "gazetteer.csv").write_bytes(before)
    args = (
        "gazetteer",
        "import-geonames",
        str(GEONAMES_SAMPLE),
        "--country",
        "AM",
        "--min-population",
        "800",
    )
    dry = run_cli(*args)
    assert dry.exit_code == 0
    assert dry.stdout.splitlines()[0] == "status," + HEADER
    assert [line.split(",")[1] for line in dry.stdout.splitlines()[1:]] == [
        "zaritap",
        "karenis",
        "drakhtik",
        "armenia",
    ]
    assert (
        dry.stderr
        == f"{GEONAMES_SAMPLE}: 4 to add (run with --apply), 1 skipped (already in gazetteer.csv)\n"
    )
    assert (workdir / "gazetteer.csv").read_bytes() == before

    applied = run_cli(*args, "--apply")
    assert applied.exit_code == 0, applied.stderr
    assert applied.stdout == ""
    assert applied.stderr.splitlines() == [
        f"{GEONAMES_SAMPLE}: 4 added, 1 skipped (already in gazetteer.csv)",
        "gazetteer.csv: added 4 row(s) at line(s) 3, 4, 5, 6 (previous version: gazetteer.csv.bak)",
    ]
    after = (workdir / "gazetteer.csv").read_bytes()
    assert after.startswith(before)
    new = after[len(before) :].decode().split("\r\n")
    assert new[-1] == "" and len(new) == 5
    assert (
        new[1]
        == "karenis,Karenis,Glamuzh|Gyumush,village,40.39172,44.60553,,AM,,616570,GeoNames 616570 (P.PPL)"
    )
    assert (
        new[3]
        == "armenia,Armenia,Armenie|Armenien|Hayastan,country,40.25,45.0,,AM,,174982,GeoNames 174982 (A.PCLI)"
    )
    assert (workdir / "gazetteer.csv.bak").read_bytes() == before

    again = run_cli(*args, "--apply")
    assert again.stderr.splitlines() == [
        f"{GEONAMES_SAMPLE}: 0 added, 5 skipped (already in gazetteer.csv)",
        "gazetteer.csv: nothing to add",
    ]
    assert (workdir / "gazetteer.csv").read_bytes() == after


def test_import_does_not_add_a_curated_row_again(workdir: Path, run_cli: RunCli) -> None:
    """A row without a geonames_id but with one of the record's names, 1 km away, is that
    place: not imported twice, and the id to put on it is named. A same-name row far
    away is another place."""
    before = (
        HEADER + "\n"
        "garni-village,Garni village,Garrni,village,40.125,44.73,,AM,,,curated without an id\n"
        "jil-elsewhere,Jil,,village,39.0,46.0,,AM,,,another Jil\n"
    ).encode()
    (workdir / "gazetteer.csv").write_bytes(before)
    args = (
        "gazetteer",
        "import-geonames",
        str(GEONAMES_SAMPLE),
        "--country",
        "AM",
        "--min-population",
        "600",
    )
    dry = run_cli(*args)
    assert dry.exit_code == 0, dry.stderr
    added = [line.split(",")[1] for line in dry.stdout.splitlines()[1:]]
    assert "garni" not in added and "jil" in added
    assert dry.stderr.splitlines()[0] == (
        "gazetteer.csv:2: row 'garni-village' is GeoNames 616697 (Garni, 0.7 km away) by name: "
        "not added again; its geonames_id could be 616697"
    )
    assert (workdir / "gazetteer.csv").read_bytes() == before


def test_imported_rows_load_and_look_up(workdir: Path, run_cli: RunCli) -> None:
    (workdir / "gazetteer.csv").write_text(HEADER + "\n", encoding="utf-8")
    assert run_cli("gazetteer", "import-geonames", str(GEONAMES_SAMPLE), "--apply").exit_code == 0
    gaz = Gazetteer.load(workdir / "gazetteer.csv")
    assert len(gaz.places) == 15
    assert [p.id for p in gaz.lookup("Uzeirkend")] == ["avsar"]
    assert [(p.lat, p.lon) for p in gaz.lookup("Hacihuseynli")] == [(41.45639, 48.64889)]


def test_import_from_zip(workdir: Path, run_cli: RunCli) -> None:
    with zipfile.ZipFile(workdir / "AM.zip", "w") as zf:
        zf.write(GEONAMES_SAMPLE, "AM.txt")
        zf.writestr("readme.txt", "GeoNames readme")
    (workdir / "gazetteer.csv").write_text(HEADER + "\n", encoding="utf-8")
    result = run_cli(
        "gazetteer", "import-geonames", "AM.zip", "--country", "AM", "--feature-class", "A", "--apply"
    )
    assert result.stderr.splitlines()[0] == "AM.zip: 1 added, 0 skipped (already in gazetteer.csv)"


def test_import_needs_geonames_id_column(workdir: Path, run_cli: RunCli) -> None:
    (workdir / "gazetteer.csv").write_text("id,name,lat,lon\n", encoding="utf-8")
    result = run_cli("gazetteer", "import-geonames", str(GEONAMES_SAMPLE))
    assert result.exit_code == 2
    assert result.stderr == (
        "geomap: gazetteer.csv:1: no geonames_id column (add it to the header; imports match on it)\n"
    )


@pytest.mark.parametrize(
    ("content", "message"),
    [
        pytest.param("id,name,lat\n1,2,3\n", "line 1 is not a GeoNames record (expected 19 tab-separated fields starting with a numeric geonameid)", id="csv-not-tsv"),
        pytest.param("", "holds no GeoNames records", id="empty"),
    ],
)  # fmt: skip
def test_bad_dump(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "dump.txt"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as err:
        list(read_geonames(path))
    assert str(err.value) == f"{path}: {message}"


def test_missing_dump(workdir: Path, run_cli: RunCli) -> None:
    (workdir / "gazetteer.csv").write_text(HEADER + "\n", encoding="utf-8")
    result = run_cli("gazetteer", "import-geonames", "AZ.txt")
    assert result.exit_code == 2
    assert result.stderr.startswith("geomap: AZ.txt: cannot read (")
