"""CSV at scale: a 50,000-respondent × 40-question CSV as Dutch Excel saves it.

    python benchmarks/bench_csv.py [--rows 50000] [--repeat 2]

Builds (once, cached in benchmarks/data/) the same survey as ``bench_excel.py`` as a CSV the way Dutch
Excel writes one: ``;`` between fields, UTF-8 with BOM, answers as words, a weight with a decimal comma
("1,0374") beside a year and a grade. Measures, each as a whole process: reading the file with pandas
alone (``pd.read_csv``, every cell as text), and `ceo-desk analyze` on it (which also decides per column
how its numbers are written).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from measure import print_read_and_analyze  # noqa: E402

DATA = Path(__file__).resolve().parents[1] / "benchmarks" / "data"
ANSWERS = ["Altijd", "Vaak", "Soms", "Nooit", "Niet van toepassing", ""]
PANDAS_READ = ("import sys, pandas as pd; "
               "pd.read_csv(sys.argv[1], sep=';', dtype=str, header=None, encoding='utf-8-sig')")


def csv_file(rows: int, questions: int = 40) -> Path:
    path = DATA / f"csv_{rows}x{questions}.csv"
    if path.exists():
        return path
    DATA.mkdir(parents=True, exist_ok=True)
    print(f"building {path.name} ...", flush=True)
    rng = np.random.default_rng(1)
    codes = rng.choice(len(ANSWERS), size=(rows, questions), p=[0.35, 0.3, 0.15, 0.08, 0.07, 0.05])
    years = rng.choice([2022, 2023, 2024], rows)
    grades = rng.integers(5, 11, rows)
    weights = rng.uniform(0.4, 2.5, rows)
    header = ["Respondent", "Jaar", *(f"Stelling {q + 1}: de hulp die ik kreeg paste bij mij ({q + 1})."
                                      for q in range(questions)), "Rapportcijfer", "Weegfactor"]
    answers = np.array(ANSWERS, dtype=object)[codes]
    lines = [";".join(header)]
    for r in range(rows):
        weight = f"{weights[r]:.4f}".replace(".", ",")
        lines.append(";".join([str(r + 1), str(years[r]), *answers[r], str(grades[r]), weight]))
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8-sig")
    return path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    path = csv_file(args.rows)
    print_read_and_analyze(path, "pandas read_csv alone", PANDAS_READ, args.repeat)


if __name__ == "__main__":
    main()
