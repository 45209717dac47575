"""Run one Python job as a whole process and measure its wall time and peak memory (RSS).

    from measure import run_measured
    seconds, peak_mb = run_measured(["-m", "ceo_desk", "analyze", FILE, "-o", OUT])

The child prints its own peak RSS at exit, so the figure is that process's, not the benchmark's.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

_WRAPPER = r"""
import atexit, resource, runpy, sys
atexit.register(lambda: print(f"@@peak {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}", file=sys.stderr))
args = sys.argv[1:]
if args[0] == "-m":
    sys.argv = [args[1], *args[2:]]
    runpy.run_module(args[1], run_name="__main__", alter_sys=True)
elif args[0] == "-c":
    sys.argv = ["-c", *args[2:]]
    exec(compile(args[1], "<bench>", "exec"), {"__name__": "__main__"})
else:
    sys.argv = args
    runpy.run_path(args[0], run_name="__main__")
"""


def run_timed(args: list[str], repeat: int = 1) -> tuple[float, float, float]:
    """Best wall time in seconds over ``repeat`` runs, with that run's peak RSS in MB and its CPU seconds
    (user + system, all threads: on a shared machine the steadier figure)."""
    best = (float("inf"), 0.0, 0.0)
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        done = subprocess.run([sys.executable, "-c", _WRAPPER, *args], capture_output=True, text=True)
        seconds = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if done.returncode not in (0, None):
            raise SystemExit(f"{' '.join(args)} failed ({done.returncode}):\n{done.stderr[-2000:]}")
        peak = next(float(line.split()[1]) / 1024 for line in done.stderr.splitlines() if line.startswith("@@peak"))
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        best = min(best, (seconds, peak, cpu))
    return best


def run_measured(args: list[str], repeat: int = 1) -> tuple[float, float]:
    """Best wall time in seconds over ``repeat`` runs and the peak RSS in MB of that run."""
    return run_timed(args, repeat)[:2]


def print_read_and_analyze(path: Path, read_name: str, read_code: str, repeat: int) -> None:
    """The bare read of ``path`` (Python code given ``path`` as sys.argv[1]) and ``ceo-desk analyze`` on it,
    each a whole process, best of ``repeat``: wall time and peak memory side by side."""
    out = Path(tempfile.mkdtemp()) / "results.csv"
    print(f"file: {path.name}, {path.stat().st_size / 1e6:.1f} MB; {os.cpu_count()} cores; "
          f"whole processes, best of {repeat}")
    for name, cmd in ((read_name, ["-c", read_code, str(path)]),
                      ("ceo-desk analyze", ["-m", "ceo_desk", "analyze", str(path), "-o", str(out)])):
        seconds, peak = run_measured(cmd, repeat)
        print(f"  {name:28s} {seconds:6.2f} s   peak {peak:6.0f} MB")


def close_window(window, qapp) -> None:
    """Close a benchmark's main window as a user answering "Don't save" does, and shut Qt down in order (left
    to Python's finalisation, the window's objects crashed it: none_dealloc)."""
    window._discard_on_close = True
    window.close()
    qapp.processEvents()
    qapp.shutdown()
