"""Build the PDF sample articles from their plain-text sources.

For each FOLDER given, every ``FOLDER/pdf-sources/NAME.txt`` becomes
``FOLDER/articles/NAME.pdf``. A source is already hard-wrapped the way a printed
page would be: the first line is the headline, a blank line separates
paragraphs, and every other line becomes one line of type. Output is
deterministic (fixed creation date, no timestamps), so re-running the script
leaves the committed PDFs unchanged.

Usage: python scripts/make_pdfs.py examples eval eval/holdout   (needs fpdf2 and
the DejaVu fonts of Debian's fonts-dejavu-core)
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

from fpdf import FPDF

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_DATE = datetime(2020, 1, 1, tzinfo=UTC)


def build(src: Path, dest: Path) -> None:
    lines = src.read_text(encoding="utf-8").splitlines()
    title, body = lines[0], lines[1:]

    pdf = FPDF(format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title(title)
    pdf.set_author("geomap sample data")
    pdf.set_creator("geomap make_pdfs.py")
    pdf.set_producer("fpdf2")
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_margins(left=20, top=20, right=20)
    pdf.set_auto_page_break(auto=True, margin=20)
    pdf.add_page()

    pdf.set_font("DejaVu", "B", 15)
    pdf.multi_cell(w=0, h=7.5, text=title, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    pdf.set_font("DejaVu", "", 10.5)
    for line in body:
        if not line.strip():
            pdf.ln(3)
            continue
        pdf.cell(w=0, h=5.5, text=line, new_x="LMARGIN", new_y="NEXT")

    pdf.output(str(dest))


def main(folders: list[str]) -> None:
    for folder in map(Path, folders):
        out = folder / "articles"
        out.mkdir(parents=True, exist_ok=True)
        for src in sorted((folder / "pdf-sources").glob("*.txt")):
            dest = out / (src.stem + ".pdf")
            build(src, dest)
            print(f"wrote {dest}")


if __name__ == "__main__":
    main(sys.argv[1:] or ["examples", "eval", "eval/holdout"])
