"""``geomap gazetteer check`` on broken and unusual files: exact messages, exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest

from .helpers import HEADER, RunCli

ROW = "terter,Tərtər,Tartar,town,40.34179,46.93242,,AZ,,,"


def csv_bytes(*rows: str, header: str = HEADER, newline: str = "\n") -> bytes:
    return newline.join((header, *rows, "")).encode("utf-8")


CASES = [
    pytest.param(
        b"id,name,lat\nterter,Terter,40.3\n",
        ["gazetteer.csv:1: missing column(s) lon (the header has: id, name, lat)",
         "geomap: gazetteer.csv: 1 error(s); 0 valid row(s)"],
        "", 2, id="missing-column",
    ),
    pytest.param(
        csv_bytes(ROW, "barda,Barda,,town,forty,47.12,,AZ,,,"),
        ["gazetteer.csv:3: lat 'forty' is not a number (use decimal degrees, e.g. 40.68)",
         "geomap: gazetteer.csv: 1 error(s); 1 valid row(s)"],
        "", 2, id="lat-not-a-number",
    ),
    pytest.param(
        csv_bytes(ROW, "barda,Barda,,town,47.12,40.37,,AZ,,,", "ganja,Ganja,,city,146.36,40.68,,AZ,,,"),
        ["gazetteer.csv:4: lat '146.36' is outside -90..90 (are lat and lon swapped?)",
         "geomap: gazetteer.csv: 1 error(s); 2 valid row(s)"],
        "", 2, id="lat-out-of-range-swapped",
    ),
    pytest.param(
        csv_bytes("ganja,Ganja,,city,40.68,246.36,,AZ,,,"),
        ["gazetteer.csv:2: lon '246.36' is outside -180..180 (longitude must be -180..180)",
         "geomap: gazetteer.csv: 1 error(s); 0 valid row(s)"],
        "", 2, id="lon-out-of-range",
    ),
    pytest.param(
        csv_bytes('road,Lachin road,,road,39.64,46.55,"LINESTRING (46.55 39.64, 46.6",AZ,,,'),
        ["gazetteer.csv:2: wkt does not parse (ParseException: Expected number but encountered "
         "end of stream; expected e.g. LINESTRING (lon lat, lon lat))",
         "geomap: gazetteer.csv: 1 error(s); 0 valid row(s)"],
        "", 2, id="wkt-does-not-parse",
    ),
    pytest.param(
        # the shape written lat-lon: it lands near the Sea of Azov, 952 km away
        csv_bytes('road,Lachin road,,road,39.64,46.55,"LINESTRING (39.64 46.55, 39.7 46.6)",AZ,,,'),
        ["gazetteer.csv:2: wkt lies 952 km from lat/lon (check the shape or the point; "
         "WKT is 'lon lat')",
         "geomap: gazetteer.csv: 1 error(s); 0 valid row(s)"],
        "", 2, id="wkt-far-from-point",
    ),
    pytest.param(
        csv_bytes(ROW, "terter,Terter city,,town,40.34,46.93,,AZ,,,"),
        ["gazetteer.csv:3: duplicate id 'terter' (first used on line 2)",
         "geomap: gazetteer.csv: 1 error(s); 1 valid row(s)"],
        "", 2, id="duplicate-id",
    ),
    pytest.param(
        csv_bytes(ROW, "barda,,,town,40.37,47.12,,AZ,,,"),
        ["gazetteer.csv:3: name is empty (every row needs the place's name)",
         "geomap: gazetteer.csv: 1 error(s); 1 valid row(s)"],
        "", 2, id="empty-name",
    ),
    pytest.param(
        csv_bytes("shusha,Shusha,Shushi,town,39.76,46.75,,AZ,,,",
                  "martuni,Martuni,Shushi,town,40.14,45.31,,AM,,,"),
        ["gazetteer.csv: warning: the name 'shushi' is on rows 'shusha' and 'martuni', 130 km "
         "apart (ambiguous; context decides, or remove one)"],
        "gazetteer.csv: 2 rows OK, 1 warning(s)\n", 0, id="alias-on-far-apart-rows",
    ),
    pytest.param(
        csv_bytes("martuni-am,Martuni (Armenia),,town,40.14,45.30,,AM,,616438,",
                  "martuni-gk,Martuni,,town,40.14,45.30,,AM,,616438,"),
        ["gazetteer.csv: warning: rows 'martuni-am' and 'martuni-gk' have the same geonames_id "
         "616438 (the same place twice? merge them into one row)"],
        "gazetteer.csv: 2 rows OK, 1 warning(s)\n", 0, id="same-geonames-id",
    ),
    pytest.param(
        b"\xef\xbb\xbf" + csv_bytes(ROW), [], "gazetteer.csv: 1 rows OK\n", 0, id="utf8-bom",
    ),
    pytest.param(
        csv_bytes(ROW.replace(",", ";").replace("40.34179", "40,34179"), header=HEADER.replace(",", ";")),
        [], "gazetteer.csv: 1 rows OK\n", 0, id="semicolon-decimal-comma",
    ),
    pytest.param(
        (HEADER + "\n" + ROW + "\nbarda,Bərdə,Bärda,town,40.37,47.12,,AZ,,,\n")
        .replace("Tərtər", "Terter").replace("Bərdə", "Barda").encode("cp1252"),
        ["gazetteer.csv:3: warning: not UTF-8; read as Windows-1252 (save as 'CSV UTF-8' to "
         "keep non-Latin letters)"],
        "gazetteer.csv: 2 rows OK, 1 warning(s)\n", 0, id="cp1252",
    ),
    pytest.param(
        csv_bytes(ROW, "barda,Barda,,town,40.37,47.12,,AZ,,,", newline="\r\n"),
        [], "gazetteer.csv: 2 rows OK\n", 0, id="crlf",
    ),
    pytest.param(
        b"",
        ["gazetteer.csv:1: the file is empty (expected a header: id,name,aliases,kind,lat,lon,"
         "wkt,country,parent,geonames_id,notes)",
         "geomap: the gazetteer is invalid (1 problem(s)); nothing was written"],
        "", 2, id="empty-file",
    ),
    pytest.param(
        csv_bytes(ROW, 'barda,"Barda,,town,40.37,47.12,,AZ,,,', "ganja,Ganja,,city,40.68,46.36,,AZ,,,"),
        ["gazetteer.csv:3: not valid CSV (unexpected end of data; check for an unclosed quote)",
         "geomap: the gazetteer is invalid (1 problem(s)); nothing was written"],
        "", 2, id="unclosed-quote",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("content", "stderr", "stdout", "code"), CASES)
def test_check_messages(
    workdir: Path, run_cli: RunCli, content: bytes, stderr: list[str], stdout: str, code: int
) -> None:
    (workdir / "gazetteer.csv").write_bytes(content)
    result = run_cli("gazetteer", "check", "gazetteer.csv")
    assert result.stderr.splitlines() == stderr
    assert result.stdout == stdout
    assert result.exit_code == code


def test_check_reports_every_problem_at_once(workdir: Path, run_cli: RunCli) -> None:
    (workdir / "gazetteer.csv").write_bytes(
        csv_bytes(ROW, "a,,,town,91,46.9,,AZ,,,", "terter,Terter,,town,40.3,-181,,AZ,,,")
    )
    result = run_cli("gazetteer", "check", "gazetteer.csv")
    assert result.stderr.splitlines() == [
        "gazetteer.csv:3: name is empty (every row needs the place's name)",
        "gazetteer.csv:3: lat '91' is outside -90..90 (are lat and lon swapped?)",
        "gazetteer.csv:4: duplicate id 'terter' (first used on line 2)",
        "gazetteer.csv:4: lon '-181' is outside -180..180 (longitude must be -180..180)",
        "geomap: gazetteer.csv: 4 error(s); 1 valid row(s)",
    ]
    assert result.exit_code == 2


def test_check_missing_file(workdir: Path, run_cli: RunCli) -> None:
    result = run_cli("gazetteer", "check", "nope.csv")
    assert result.stderr.splitlines()[0] == "nope.csv: no such file (create it or pass --gazetteer)"
    assert result.exit_code == 2


def test_error_quoting_warning_text_still_fails(workdir: Path, run_cli: RunCli) -> None:
    (workdir / "gazetteer.csv").write_bytes(csv_bytes("a,A,,town,see: warning: x,46.9,,AZ,,,"))
    assert run_cli("gazetteer", "check", "gazetteer.csv").exit_code == 2


def test_bom_with_cp1252_bytes_is_a_user_error(workdir: Path, run_cli: RunCli) -> None:
    (workdir / "gazetteer.csv").write_bytes(
        b"\xef\xbb\xbf" + (HEADER + "\na,Caf\xe9,,town,40.3,46.9,,AZ,,,\n").encode("cp1252")
    )
    assert run_cli("gazetteer", "check", "gazetteer.csv").exit_code in (0, 2)


def test_a_shared_name_is_checked_not_repeated_at_every_build(workdir: Path, run_cli: RunCli) -> None:
    """One name on two rows far apart is a warning of ``check`` (and of edits); builds,
    which let context decide between the rows, do not repeat it each time."""
    (workdir / "gazetteer.csv").write_bytes(
        csv_bytes(
            "khojavend,Khojavend,Martuni,town,39.79,47.11,,AZ,,,", "martuni,Martuni,,town,40.14,45.30,,AM,,,"
        )
    )
    (workdir / "in").mkdir()
    (workdir / "in" / "a.txt").write_text(
        "Families from Martuni, east of Stepanakert, left.\n", encoding="utf-8"
    )
    checked = run_cli("gazetteer", "check", "gazetteer.csv")
    assert "the name 'martuni' is on rows 'khojavend' and 'martuni'" in checked.stderr
    built = run_cli("build", "in", "--out", "out")
    assert built.exit_code == 0, built.stderr
    assert "martuni" not in built.stderr.lower()


def test_a_header_cell_with_a_line_break_is_reported_on_one_line(workdir: Path, run_cli: RunCli) -> None:
    (workdir / "gazetteer.csv").write_bytes(b'"id\nname",lat\n1,2\n')
    result = run_cli("gazetteer", "check", "gazetteer.csv")
    assert result.exit_code == 2
    assert result.stderr.splitlines()[0] == (
        "gazetteer.csv:1: missing column(s) id, name, lon (the header has: id\\nname, lat)"
    )
