"""Benchmark: `ceo-desk analyze` on a national-scale SPSS file against the bare read and a naive loop.

    python benchmarks/bench_analyze.py [--respondents 400000] [--repeat 2] [--quick]

Builds (once, cached in benchmarks/data/) a synthetic SPSS file: 400,000 respondents in total over
5 years (80,000 a year), 40 frequency-scale questions with value labels and user-missing 9, a grade,
343 municipalities. Then measures, side by side in one run, each as a whole process (wall time and
peak RSS, start-up and imports included):
  1. reading the file with pyreadstat alone, and with polars-readstat alone,
  2. `ceo-desk analyze FILE -o results.csv` (the full job: read, classify, count, test, write),
  3. a straightforward loop: pyreadstat read, then pandas value_counts + statsmodels per question and year,
and the same per municipality (`--by gemeente`, 343 × 5 × 40 cells) against the loop per cell.
"""

from __future__ import annotations

import argparse
import compileall
import importlib.util
import os
import platform
import sys
import tempfile
from pathlib import Path

import numpy as np
import pyreadstat
from statsmodels.stats.proportion import proportion_confint, proportions_ztest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from measure import run_timed  # noqa: E402

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


BARE_READ = "import pyreadstat, sys; pyreadstat.read_sav(sys.argv[1], user_missing=True)"
POLARS_READ = "import polars_readstat, sys; polars_readstat.read_readstat(sys.argv[1])"
LOOP = """
import sys
sys.path.insert(0, {bench!r})
from bench_analyze import bare_read, naive_loop
frame, meta = bare_read(sys.argv[1])
naive_loop(frame, meta, by=sys.argv[2] if len(sys.argv) > 2 else None)
"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--respondents", type=int, default=400_000)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--quick", action="store_true", help="skip the slow per-municipality loop")
    args = parser.parse_args()
    # as installed (a wheel or the bundle), the program's modules are compiled once, not at every start
    compileall.compile_dir(ROOT / "ceo_desk", quiet=1)
    path = national_file(args.respondents)
    out = Path(tempfile.mkdtemp()) / "results.csv"
    print(f"file: {path.name}, {path.stat().st_size / 1e6:.0f} MB; {os.cpu_count()} cores, "
          f"{platform.machine()}, Python {sys.version.split()[0]}; whole processes, best of {args.repeat}")
    loop_code = LOOP.format(bench=str(Path(__file__).resolve().parent))
    analyze = ["-m", "ceo_desk", "analyze", str(path), "-o", str(out)]
    rows = {
        "pyreadstat read alone": run_timed(["-c", BARE_READ, str(path)], args.repeat),
        "polars-readstat read alone": run_timed(["-c", POLARS_READ, str(path)], args.repeat),
        "ceo-desk analyze": run_timed(analyze, args.repeat),
        "per-cell loop (read + loop)": run_timed(["-c", loop_code, str(path)], args.repeat),
        "ceo-desk analyze --by gemeente": run_timed(analyze + ["--by", "gemeente"], args.repeat),
    }
    if not args.quick:
        rows["per-cell loop --by gemeente"] = run_timed(["-c", loop_code, str(path), "gemeente"], 1)
    for name, (seconds, peak, cpu) in rows.items():
        print(f"  {name:32s} {seconds:6.2f} s   cpu {cpu:6.2f} s   peak {peak:6.0f} MB")
    bare, mine, loop = (rows[k] for k in ("pyreadstat read alone", "ceo-desk analyze", "per-cell loop (read + loop)"))
    by = rows["ceo-desk analyze --by gemeente"]
    print(f"\nanalyze / pyreadstat read = {mine[0] / bare[0]:.2f} (target <= 0.75; cpu {mine[2] / bare[2]:.2f})")
    print(f"analyze / per-cell loop   = {mine[0] / loop[0]:.2f} (target <= 0.35; cpu {mine[2] / loop[2]:.2f})")
    print(f"--by gemeente costs        {by[0] - mine[0]:+.2f} s (target <= 1 s; cpu {by[2] - mine[2]:+.2f} s)")
    print(f"peak memory of analyze     {mine[1]:.0f} MB (target < 2048 MB)")
    if "per-cell loop --by gemeente" in rows:
        print(f"analyze --by / loop --by   = {by[0] / rows['per-cell loop --by gemeente'][0]:.2f}")
    print(f"load average now           {' '.join(f'{v:.1f}' for v in os.getloadavg())}")


if __name__ == "__main__":
    main()
