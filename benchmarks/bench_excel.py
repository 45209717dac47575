"""Excel at scale: a 50,000-respondent × 40-question workbook, answers written out as text.

    python benchmarks/bench_excel.py [--rows 50000] [--repeat 2]

Builds (once, cached in benchmarks/data/) an .xlsx the way agencies deliver one: a header row of
question texts, the answers as words ("Altijd", "Vaak", …), a year and a grade column. Measures, each as
a whole process: reading the sheet with python-calamine alone, and `ceo-desk analyze` on it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from measure import print_read_and_analyze  # noqa: E402

DATA = Path(__file__).resolve().parents[1] / "benchmarks" / "data"
ANSWERS = ["Altijd", "Vaak", "Soms", "Nooit", "Niet van toepassing", None]
CALAMINE_READ = ("import sys, python_calamine as c; "
                 "c.CalamineWorkbook.from_path(sys.argv[1]).get_sheet_by_index(0).to_python()")


def workbook(rows: int, questions: int = 40) -> Path:
    path = DATA / f"excel_{rows}x{questions}.xlsx"
    if path.exists():
        return path
    import xlsxwriter

    DATA.mkdir(parents=True, exist_ok=True)
    print(f"building {path.name} ...", flush=True)
    rng = np.random.default_rng(1)
    codes = rng.choice(len(ANSWERS), size=(rows, questions), p=[0.35, 0.3, 0.15, 0.08, 0.07, 0.05])
    years = rng.choice([2022, 2023, 2024], rows)
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = book.add_worksheet("Data")
    header = ["Respondent", "Jaar", *(f"Stelling {q + 1}: de hulp die ik kreeg paste bij mij ({q + 1})."
                                      for q in range(questions)), "Rapportcijfer"]
    sheet.write_row(0, 0, header)
    for r in range(rows):
        sheet.write_number(r + 1, 0, r + 1)
        sheet.write_number(r + 1, 1, int(years[r]))
        for q in range(questions):
            answer = ANSWERS[codes[r, q]]
            if answer is not None:
                sheet.write_string(r + 1, 2 + q, answer)
        sheet.write_number(r + 1, 2 + questions, int(rng.integers(5, 11)))
    book.close()
    return path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    path = workbook(args.rows)
    print_read_and_analyze(path, "python-calamine read alone", CALAMINE_READ, args.repeat)


if __name__ == "__main__":
    main()
