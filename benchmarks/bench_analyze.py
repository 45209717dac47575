"""Benchmark: `ceo-desk analyze` on a national-scale SPSS file against the bare read and a naive loop.

    python benchmarks/bench_analyze.py [--respondents 400000] [--quick]

Builds (once, cached in benchmarks/data/) a synthetic SPSS file: 400,000 respondents in total over
5 years (80,000 a year), 40 frequency-scale questions with value labels and user-missing 9, a grade,
343 municipalities. Then times, in one run:
  1. reading the file with pyreadstat alone (the floor),
  2. `ceo-desk analyze FILE -o results.csv` (in-process, the full job: read, classify, count, test, write),
  3. a straightforward loop: pandas value_counts + statsmodels per question and year,
and the same per municipality (`--by gemeente`, 343 × 5 × 40 cells) against the loop per cell.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pyreadstat
from statsmodels.stats.proportion import proportion_confint, proportions_ztest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data"


def national_file(respondents: int) -> Path:
    path = DATA / f"national_{respondents}.sav"
    if path.exists():
        return path
    spec = importlib.util.spec_from_file_location("make_demo_data", ROOT / "resources" / "make_demo_data.py")
    demo = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(demo)
    DATA.mkdir(parents=True, exist_ok=True)
    print(f"building {path.name} ...", flush=True)
    frame, labels, value_labels, missing = demo.build_national_frame(n_respondents=respondents)
    demo.write_sav(frame, path, labels, value_labels, missing)
    return path


def timed(fn, repeat: int = 1) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
    return best, result


def bare_read(path: Path):
    return pyreadstat.read_sav(str(path), user_missing=True)


def naive_loop(frame, meta, by: str | None = None) -> int:
    """What one writes by hand: per (group,) question and year, value_counts, then statsmodels."""
    questions = [c for c in frame.columns if c.startswith("j")]
    missing = {c: {r["lo"] for r in meta.missing_ranges.get(c, [])} for c in questions}
    cells = 0
    groups = [(None, frame)] if by is None else list(frame.groupby(by))
    for _, part in groups:
        previous: dict[str, tuple[int, int]] = {}
        for year, sub in part.groupby("jaar"):
            for q in questions:
                counts = sub[q].value_counts()
                counts = counts[~counts.index.isin(missing[q])]
                pos = int(counts.get(1.0, 0) + counts.get(2.0, 0))
                n = int(pos + counts.get(3.0, 0) + counts.get(4.0, 0))
                if n == 0:
                    continue
                proportion_confint(pos, n, method="wilson")
                if n >= 30:
                    proportions_ztest([pos, round(0.75 * 3000)], [n, 3000])
                    if q in previous and previous[q][1] >= 30:
                        proportions_ztest([pos, previous[q][0]], [n, previous[q][1]])
                previous[q] = (pos, n)
                cells += 1
    return cells


def run_cli(args: list[str]) -> int:
    from ceo_desk.cli import main
    return main(args)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--respondents", type=int, default=400_000)
    parser.add_argument("--quick", action="store_true", help="skip the slow per-municipality loop")
    args = parser.parse_args()
    path = national_file(args.respondents)
    out = Path(tempfile.mkdtemp()) / "results.csv"
    print(f"file: {path.name}, {path.stat().st_size / 1e6:.0f} MB; machine: {sys.platform}, Python {sys.version.split()[0]}")

    bare, (frame, meta) = timed(lambda: bare_read(path), repeat=2)
    analyze, code = timed(lambda: run_cli(["analyze", str(path), "-o", str(out)]), repeat=2)
    assert code == 0
    loop, cells = timed(lambda: naive_loop(frame, meta))
    print(f"\nper question and year ({cells} cells)")
    print(f"  pyreadstat read alone      {bare:6.2f} s")
    print(f"  ceo-desk analyze           {analyze:6.2f} s   (read + {analyze - bare:.2f} s; target <= read + 1 s)")
    print(f"  naive loop                 {loop:6.2f} s   + read = {loop + bare:.2f} s "
          f"(analyze / (read + loop) = {analyze / (loop + bare):.2f}; target <= 0.5)")

    by, code = timed(lambda: run_cli(["analyze", str(path), "--by", "gemeente", "-o", str(out)]), repeat=2)
    assert code == 0
    print(f"\nper municipality (--by gemeente)")
    print(f"  ceo-desk analyze --by      {by:6.2f} s   (read + {by - bare:.2f} s; target <= read + 2 s)")
    if not args.quick:
        loop_by, cells_by = timed(lambda: naive_loop(frame, meta, by="gemeente"))
        print(f"  naive loop per cell        {loop_by:6.2f} s   ({cells_by} cells) + read = {loop_by + bare:.2f} s")


if __name__ == "__main__":
    main()
