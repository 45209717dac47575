"""Benchmark: switching the breakdown in the window ("Uitsplitsen naar …") re-uses what was computed.

    python benchmarks/bench_breakdown_switch.py [--respondents 80000] [--repeat 2]

The window calls ``services.reanalyse`` with the new ``by`` on every switch. Every analysis of the same
files shares ``Analysis.reuse``: the counts per (by, weight, questions) and the last few analyses per
(settings, corrections). The first switch to a column counts and tests once; switching back to a
breakdown seen before gives its analysis back. Prints, per step, the wall time of ``reanalyse`` and
whether it counted, next to a full ``analyse`` (count and test from nothing) of the same breakdown.
Not a timed test: run it by hand (the figures depend on the machine).
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_analyze import national_file  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--respondents", type=int, default=80_000)
    parser.add_argument("--repeat", type=int, default=2, help="runs of the full recount (best is shown)")
    args = parser.parse_args()
    path = national_file(args.respondents)

    from ceo_desk import services
    from ceo_desk.stats import counts as counting

    calls = [0]
    original = counting.count_answers

    def counted(*a, **k):
        calls[0] += 1
        return original(*a, **k)
    counting.count_answers = counted

    loaded = services.load_files([path])
    analysis = services.analyse(loaded.surveys, loaded.reference)
    print(f"{path.name}: {sum(s.n_rows for s in loaded.surveys):,} respondents, "
          f"{len(analysis.catalogue.reported())} questions")
    print(f"{'step':<34}{'reanalyse':>12}{'counted':>9}{'full recount':>15}")
    steps = ["doelgroep", None, "doelgroep", "gemeente", None, "gemeente", "doelgroep"]
    for by in steps:
        before = calls[0]
        start = time.perf_counter()
        analysis = services.reanalyse(analysis, options=dataclasses.replace(analysis.options, by=by))
        elapsed = time.perf_counter() - start
        counted_now = calls[0] > before
        full = float("inf")
        for _ in range(args.repeat):
            start = time.perf_counter()
            services.analyse(loaded.surveys, loaded.reference, dataclasses.replace(analysis.options, by=by))
            full = min(full, time.perf_counter() - start)
        label = f"-> {by or 'niets (alle respondenten)'}"
        print(f"{label:<34}{1000 * elapsed:>10.0f} ms{'ja' if counted_now else 'nee':>9}{1000 * full:>13.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
