#!/usr/bin/env python3
"""Render eval/holdout/pdf-sources/*.txt into eval/holdout/articles/*.pdf.

Each source line becomes one line in the PDF (the sources are already
hard-wrapped), so hyphenated line breaks in the source are preserved.
The creation date is fixed so the output is reproducible.
"""
import datetime
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
SRC = HERE / "pdf-sources"
OUT = HERE / "articles"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
CREATED = datetime.datetime(2024, 7, 1, 12, 0, 0, tzinfo=datetime.timezone.utc)


def render(src: Path, dst: Path) -> None:
    lines = src.read_text(encoding="utf-8").splitlines()
    pdf = FPDF(format="A4")
    pdf.set_creation_date(CREATED)
    pdf.set_title(lines[0])
    pdf.set_author("holdout eval")
    pdf.add_font("DejaVu", "", FONT)
    pdf.set_margins(20, 20, 20)
    pdf.add_page()
    pdf.set_font("DejaVu", size=14)
    pdf.multi_cell(0, 8, lines[0], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", size=10.5)
    for line in lines[1:]:
        pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(dst))


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for src in sorted(SRC.glob("*.txt")):
        dst = OUT / (src.stem + ".pdf")
        render(src, dst)
        print(f"wrote {dst.relative_to(HERE)}")


if __name__ == "__main__":
    main()
