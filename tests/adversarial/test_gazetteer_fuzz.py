"""Any bytes as a gazetteer: a loaded Gazetteer or a GazetteerError, never worse.

Random text, random bytes and mutations of a valid file (flipped bytes, deleted,
duplicated and swapped lines, stray delimiters and quotes, other encodings, cut
short) go through ``Gazetteer.load`` and through the checker
(``read_table`` + ``check_table``). Every message must start with the file
name, and a ``:LINE:`` in it must be a line of the file. No example may take more
than a few seconds (SIGALRM).
"""

from __future__ import annotations

import os
import re
import signal
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from geomap.errors import GazetteerError
from geomap.gazetteer import Gazetteer
from geomap.gazetteer.check import check_table
from geomap.gazetteer.csvio import read_table
from tests.conftest import SMALL_GAZETTEER

PROFILE = settings.get_profile(os.environ.get("GEOMAP_HYPOTHESIS_PROFILE", "ci"))
SECONDS = 5
VALID = SMALL_GAZETTEER.encode("utf-8")
LINES = SMALL_GAZETTEER.splitlines(keepends=True)


class Hang(Exception):
    pass


@contextmanager
def time_limit(seconds: int) -> Iterator[None]:
    def expire(signum: int, frame: object) -> None:
        raise Hang(f"took more than {seconds} s")

    old = signal.signal(signal.SIGALRM, expire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def _max_line(data: bytes) -> int:
    """An upper bound of the file's line count, whatever its encoding and line ends."""
    return data.count(b"\n") + data.count(b"\r") + 1


def assert_messages_point_into(messages: Sequence[str], path: Path, data: bytes) -> None:
    for message in messages:
        assert message.startswith(f"{path}:"), message
        assert "\n" not in message, message
        m = re.match(re.escape(str(path)) + r":(\d+):", message)
        if m:
            assert 1 <= int(m.group(1)) <= _max_line(data), message


def load_both_ways(path: Path, data: bytes) -> None:
    """Load ``data`` as a gazetteer at ``path``; only GazetteerError may escape."""
    path.write_bytes(data)
    with time_limit(SECONDS):
        for on_invalid in ("raise", "warn"):
            try:
                gaz = Gazetteer.load(path, on_invalid=on_invalid)  # type: ignore[arg-type]
            except GazetteerError as exc:
                assert exc.problems, "a GazetteerError without messages"
                assert_messages_point_into(exc.problems, path, data)
            else:
                assert isinstance(gaz, Gazetteer)
                assert_messages_point_into(gaz.warnings, path, data)
        try:
            checked = check_table(read_table(path))
        except GazetteerError as exc:
            assert exc.problems, "a GazetteerError without messages"
            assert_messages_point_into(exc.problems, path, data)
        else:
            assert_messages_point_into([*checked.errors, *checked.warnings], path, data)


@st.composite
def flipped_bytes(draw: st.DrawFn) -> bytes:
    data = bytearray(VALID)
    for _ in range(draw(st.integers(1, 24))):
        data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
    return bytes(data)


@st.composite
def edited_lines(draw: st.DrawFn) -> bytes:
    lines = list(LINES)
    for _ in range(draw(st.integers(1, 8))):
        i = draw(st.integers(0, len(lines) - 1))
        op = draw(st.sampled_from(["delete", "duplicate", "swap", "truncate"]))
        if op == "delete" and len(lines) > 1:
            del lines[i]
        elif op == "duplicate":
            lines.insert(i, lines[i])
        elif op == "swap":
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        else:
            lines[i] = lines[i][: draw(st.integers(0, len(lines[i])))]
    return "".join(lines).encode("utf-8")


@st.composite
def stray_delimiters(draw: st.DrawFn) -> bytes:
    text = SMALL_GAZETTEER
    if draw(st.booleans()):
        text = text.replace(",", draw(st.sampled_from([";", "\t", "|", " ", ",,"])))
    inserts = st.sampled_from([",", ";", "\t", '"', "'", '""', "\n", "\r", "\r\n", "|", "\\"])
    for ch in draw(st.lists(inserts, min_size=1, max_size=10)):
        i = draw(st.integers(0, len(text)))
        text = text[:i] + ch + text[i:]
    return text.encode("utf-8")


@st.composite
def other_encodings(draw: st.DrawFn) -> bytes:
    encoding = draw(
        st.sampled_from(
            [
                "utf-8-sig",
                "utf-16",
                "utf-16-le",
                "utf-16-be",
                "utf-32",
                "cp1252",
                "latin-1",
                "koi8-r",
                "cp1251",
                "shift_jis",
                "utf-7",
            ]
        )
    )
    data = SMALL_GAZETTEER.encode(encoding, errors="replace")
    if draw(st.booleans()):
        data = data[: draw(st.integers(0, len(data)))]
    return data


def _mutated() -> st.SearchStrategy[bytes]:
    return st.one_of(flipped_bytes(), edited_lines(), stray_delimiters(), other_encodings())


@pytest.fixture(scope="module")
def fuzz_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


@settings(PROFILE)
@given(data=_mutated())
def test_mutated_gazetteer(fuzz_dir: Path, data: bytes) -> None:
    load_both_ways(fuzz_dir / "gazetteer.csv", data)


@settings(PROFILE)
@given(text=st.text(max_size=2000))
def test_random_text_gazetteer(fuzz_dir: Path, text: str) -> None:
    load_both_ways(fuzz_dir / "random.csv", text.encode("utf-8", "surrogatepass"))


@settings(PROFILE)
@given(
    data=st.binary(max_size=2000),
    prefix=st.sampled_from([b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", VALID[:80]]),
)
def test_random_bytes_gazetteer(fuzz_dir: Path, data: bytes, prefix: bytes) -> None:
    load_both_ways(fuzz_dir / "bytes.csv", prefix + data)


def _gazetteer_with_row(**row: str) -> bytes:
    import csv
    import io

    columns = ["id", "name", "aliases", "kind", "lat", "lon", "wkt"]
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(columns)
    writer.writerow(["ganja", "Ganja", "Gəncə", "city", "40.68", "46.36", ""])
    writer.writerow([row.get(c, "x" if c in ("id", "name") else "") for c in columns])
    return buf.getvalue().encode("utf-8", "surrogatepass")


COORDS = ["40.1", "46.1", "40.2", "46.2", "nan", "inf", "-inf", "1e400", "-0", "1e-320", "", "40,1", " 46.1 "]
_coord = st.one_of(st.sampled_from(COORDS), st.floats().map(str), st.text(max_size=8))
_pair = st.tuples(*[st.one_of(st.sampled_from(COORDS[:10]), st.floats().map(str))] * 2).map(" ".join)
_wkt = st.one_of(
    st.builds(
        "{} ({})".format,
        st.sampled_from(["LINESTRING", "MULTIPOINT", "POINT", "LINESTRING Z", "GEOMETRYCOLLECTION"]),
        st.lists(_pair, min_size=1, max_size=4).map(", ".join),
    ),
    st.builds(
        "POLYGON (({0}, {1}, {2}, {0}))".format,
        *[st.sampled_from(["46.1 40.1", "46.2 40.1", "46.1 nan", "inf 40"])] * 3,
    ),
    st.text(max_size=40),
)


@settings(PROFILE)
@given(lat=_coord, lon=_coord, kind=st.sampled_from(["city", "ignore", "", "REGION"]))
def test_random_coordinates(fuzz_dir: Path, lat: str, lon: str, kind: str) -> None:
    load_both_ways(
        fuzz_dir / "coords.csv", _gazetteer_with_row(id="x", name="X", kind=kind, lat=lat, lon=lon)
    )


@settings(PROFILE)
@given(wkt=_wkt, point=st.sampled_from([("40.1", "46.1"), ("40.1", "46.1"), ("", ""), ("nan", "46.1")]))
@example(wkt="LINESTRING (46.1 nan, 46.2 40.2)", point=("40.1", "46.1"))  # found by this test
def test_random_wkt(fuzz_dir: Path, wkt: str, point: tuple[str, str]) -> None:
    lat, lon = point
    load_both_ways(
        fuzz_dir / "wkt.csv", _gazetteer_with_row(id="x", name="X", kind="road", lat=lat, lon=lon, wkt=wkt)
    )


@settings(PROFILE)
@given(pid=st.text(max_size=12), name=st.text(max_size=30), aliases=st.text(max_size=40))
def test_random_names(fuzz_dir: Path, pid: str, name: str, aliases: str) -> None:
    row = _gazetteer_with_row(id=pid, name=name, aliases=aliases, kind="town", lat="40.5", lon="46.5")
    load_both_ways(fuzz_dir / "names.csv", row)


def test_valid_gazetteer_still_loads(small_gazetteer: Path) -> None:
    gaz = Gazetteer.load(small_gazetteer)
    assert [p.name for p in gaz.lookup("Kirovabad")] == ["Ganja"]
