"""Hostile article files next to a good one: the build goes on, names the file once.

Every case is a real folder built with the real command: the bad file plus
``good.txt``. A file geomap cannot use gives exit code 1 and exactly one line on
stderr (``skipped NAME: problem``); a file it can read gives exit code 0 and no
stderr at all. Either way there is no traceback and the good article is mapped.
"""

from __future__ import annotations

import io
import os
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from .helpers import GOOD_ARTICLE, build_args, mapped, obey_permissions, problem_lines, read_csv, run_geomap

LACHIN = "Date: 2020-10-05\n\nFighting was reported near Lachin."


def _pdf_bytes(text: str = "Shelling was reported in Stepanakert.") -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(text=text)
    return bytes(pdf.output())


def _encrypted_pdf() -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(_pdf_bytes())).pages:
        writer.add_page(page)
    writer.encrypt("secret")
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def _yaml_bomb() -> str:
    lines = ["---", 'a0: &a0 ["x", "x", "x", "x", "x", "x", "x", "x", "x"]']
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 10)]
    return "\n".join([*lines, "title: *a9", "date: 2020-10-05", "---", "Fighting near Lachin.", ""])


@dataclass(frozen=True)
class Case:
    """A bad file: how to make it, what the build should say and map."""

    make: Callable[[Path], str]  # writes into the folder, returns the name geomap shows
    code: int
    problem: str = ""  # for code 1: the reason on the one stderr line
    places: frozenset[str] = field(default_factory=frozenset)  # for code 0: mapped from it
    passages: frozenset[str] | None = None  # for code 0: its passages, exactly
    preexec: bool = False  # the child must obey file permissions (root too)


def _write(name: str, data: bytes | str) -> Callable[[Path], str]:
    def make(folder: Path) -> str:
        path = folder / name
        if isinstance(data, str):
            path.write_text(data, encoding="utf-8")
        else:
            path.write_bytes(data)
        return name

    return make


def _unreadable(folder: Path) -> str:
    path = folder / "secret.txt"
    path.write_text(LACHIN, encoding="utf-8")
    path.chmod(0)
    return "secret.txt"


def _unlistable(folder: Path) -> str:
    sub = folder / "locked"
    sub.mkdir()
    (sub / "inside.txt").write_text(LACHIN, encoding="utf-8")
    sub.chmod(0)
    return "locked"


def _fifo(folder: Path) -> str:
    os.mkfifo(folder / "pipe.txt")
    return "pipe.txt"


def _dangling(folder: Path) -> str:
    (folder / "gone.txt").symlink_to(folder / "never-existed.txt")
    return "gone.txt"


def _self_link(folder: Path) -> str:
    (folder / "self.txt").symlink_to("self.txt")
    return "self.txt"


def _loop(folder: Path) -> str:
    (folder / "sub").mkdir()
    (folder / "sub" / "loop").symlink_to("..")  # sub/loop -> the folder itself
    return "sub/loop"


def _non_utf8_name(folder: Path) -> str:
    with open(os.path.join(os.fsencode(folder), b"caf\xe9.txt"), "wb") as fh:
        fh.write(LACHIN.encode())
    return "caf\\xe9.txt"


def _newline_name(folder: Path) -> str:
    (folder / "two\nlines.txt").write_bytes(b"")
    return "two\\nlines.txt"


_RNG = random.Random(20201004)
_CP1252 = "Date: 2020-10-05\n\nThe café near Lachin was “shelled” – twice.\n"
_LACHIN = frozenset({"lachin"})
_CAFE = frozenset({"The café near Lachin was “shelled” – twice."})
_LATIN1_LONG = (
    "Date: 2020-10-05\n\nLe café près de Lachin était fermé. "
    + "Le comité a siégé à nouveau mardi et a discuté du budget. " * 20
)

CASES = {
    "empty-file": Case(_write("bad.txt", b""), 1, "no text found"),
    "binary-as-txt": Case(
        _write("bad.txt", bytes(_RNG.randrange(256) for _ in range(4096)) + b"\0"), 1, "binary file"
    ),
    "utf16-with-bom": Case(_write("bad.txt", _CP1252.encode("utf-16")), 0, places=_LACHIN, passages=_CAFE),
    "cp1252": Case(_write("bad.txt", _CP1252.encode("cp1252")), 0, places=_LACHIN, passages=_CAFE),
    "latin1-long": Case(
        _write("bad.txt", _LATIN1_LONG.encode("latin-1")),
        0,
        places=_LACHIN,
        passages=frozenset({"Le café près de Lachin était fermé."}),
    ),
    "mixed-line-endings": Case(
        _write("bad.txt", b"Date: 2020-10-05\r\n\r\nFighting near\rStepanakert.\nMore in Lachin.\r\n"),
        0,
        places=frozenset({"stepanakert", "lachin"}),
        passages=frozenset({"Fighting near Stepanakert. More in Lachin."}),  # \r is a line break
    ),
    "html-100k-nested-divs": Case(
        _write(
            "bad.html", "<html><body>" + "<div>" * 100_000 + "Lachin" + "</div>" * 100_000 + "</body></html>"
        ),
        1,
        "nested too deeply",
    ),
    "html-malformed": Case(
        _write(
            "bad.html",
            "<html><body><p>Shelling hit Stepanakert <b><i>again</p></div></table><p attr='\"><<>>&#x;",
        ),
        0,
        places=frozenset({"stepanakert"}),
    ),
    "pdf-random-bytes": Case(
        _write("bad.pdf", bytes(_RNG.randrange(256) for _ in range(5000))), 1, "corrupt or unreadable PDF"
    ),
    "pdf-truncated": Case(_write("bad.pdf", _pdf_bytes()[:600]), 1, "corrupt or unreadable PDF"),
    "pdf-encrypted": Case(_write("bad.pdf", _encrypted_pdf()), 1, "the PDF is encrypted"),
    "unreadable-file": Case(_unreadable, 1, "permission denied", preexec=True),
    "unlistable-folder": Case(_unlistable, 1, "cannot list the folder", preexec=True),
    "fifo-named-txt": Case(_fifo, 1, "not a regular file"),
    "dangling-symlink": Case(_dangling, 1, "broken symbolic link"),
    "symlink-to-itself": Case(_self_link, 1, "broken symbolic link"),
    "folder-symlink-loop": Case(_loop, 0),
    "name-with-spaces": Case(_write("with  spaces .txt", LACHIN), 0, places=frozenset({"lachin"})),
    "name-non-ascii": Case(_write("Gəncə.txt", LACHIN), 0, places=frozenset({"lachin"})),
    "name-leading-dash": Case(_write("-rf.txt", LACHIN), 0, places=frozenset({"lachin"})),
    "name-not-utf8": Case(_non_utf8_name, 0, places=frozenset({"lachin"})),
    "name-with-newline": Case(_newline_name, 1, "no text found"),
    "unsupported-extension": Case(_write("notes.docx", b"PK\x03\x04"), 1, "unsupported file type '.docx'"),
    "front-matter-invalid-yaml": Case(
        _write("bad.md", "---\ntitle: [unclosed\n---\nLachin\n"), 1, "front matter is not valid YAML"
    ),
    "front-matter-yaml-bomb": Case(_write("bomb.md", _yaml_bomb()), 0, places=frozenset({"lachin"})),
    "markdown-quadratic-brackets": Case(
        _write(
            "brackets.md", "Date: 2020-10-05\n\nNear Lachin. " + "[" * 300_000 + "\n\n" + "**a " * 100_000
        ),
        0,
        places=frozenset({"lachin"}),
    ),
}


@pytest.mark.parametrize("case", [pytest.param(c, id=k) for k, c in CASES.items()])
def test_bad_file_beside_a_good_one(tmp_path: Path, small_gazetteer: Path, case: Case) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD_ARTICLE, encoding="utf-8")
    name = case.make(folder)
    preexec = obey_permissions() if case.preexec else None

    run = run_geomap(*build_args(["in"], small_gazetteer), cwd=tmp_path, timeout=120, preexec_fn=preexec)

    assert "Traceback" not in run.stderr
    assert run.returncode == case.code, run.stderr
    lines = problem_lines(run.stderr)
    if case.code == 1:
        assert len(lines) == 1, lines
        assert lines[0].startswith(f"skipped {name}: ") and case.problem in lines[0], lines
        assert "(1 skipped)" in run.stdout
    else:
        # a readable file may earn one note (e.g. "read as cp1252, not UTF-8"), never more
        assert all(line.startswith(f"{name}: ") for line in lines) and len(lines) <= 1, lines
        assert mapped(tmp_path / "out", name) >= case.places
        if case.passages is not None:
            rows = read_csv(tmp_path / "out" / "mentions.csv")
            assert {r["passage"] for r in rows if r["article"] == name} == case.passages
    assert mapped(tmp_path / "out", "good.txt") == {"ganja", "terter"}
    rows = read_csv(tmp_path / "out" / "mentions.csv")
    assert len([r for r in rows if r["article"] == "good.txt"]) == 2  # read once, loop or not


def test_leading_dash_path_after_double_dash(tmp_path: Path, small_gazetteer: Path) -> None:
    (tmp_path / "-rf.txt").write_text(LACHIN, encoding="utf-8")
    (tmp_path / "good.txt").write_text(GOOD_ARTICLE, encoding="utf-8")
    args = build_args([], small_gazetteer)

    run = run_geomap(*args, "--", "-rf.txt", "good.txt", cwd=tmp_path)

    assert run.returncode == 0, run.stderr
    assert mapped(tmp_path / "out", "-rf.txt") == {"lachin"}
    assert mapped(tmp_path / "out", "good.txt") == {"ganja", "terter"}
    assert (tmp_path / "-rf.txt").exists()
