"""Benchmark: the PDF report for the national-scale file (40 questions × 5 years) and for the demo.

    python benchmarks/bench_report.py [--respondents 400000] [--repeat 3]

The national file is the analyze benchmark's (built once, cached in benchmarks/data/). Loading and
analysing are timed apart from the report: the target (issue #3) is the report itself, under 2 s
for 40 questions.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_analyze import national_file  # noqa: E402  (same cached file as the analyze benchmark)

from ceo_desk import services  # noqa: E402
from ceo_desk.cli import demo_folder  # noqa: E402
from ceo_desk.report import ReportOptions  # noqa: E402

OPTIONS = ReportOptions(date=dt.date(2025, 1, 1))


def best_of(fn, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def time_report(label: str, files: list[Path], reference: Path | None, repeat: int) -> None:
    start = time.perf_counter()
    outcome = services.load_files(files, reference=reference)
    analysis = services.analyse(outcome.surveys, outcome.reference)
    prepared = time.perf_counter() - start
    questions = len(analysis.catalogue.reported())
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "rapport.pdf"
        seconds = best_of(lambda: services.write_report(analysis, target, OPTIONS), repeat)
        size = target.stat().st_size
        from pypdf import PdfReader
        pages = len(PdfReader(target).pages)
    print(f"{label}: {questions} questions × {len(analysis.years)} years -> {pages} pages, "
          f"{size / 1024:.0f} KiB; report {seconds:.2f} s (best of {repeat}); load + analyse {prepared:.2f} s")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--respondents", type=int, default=400_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    demo = demo_folder()
    time_report("demo", sorted(demo.glob("ceo_jeugd_voorbeeldstad_*.*")), demo / "referentiegroep_jeugd.xlsx",
                args.repeat)
    time_report("national", [national_file(args.respondents)], None, args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
