"""A file read that reports progress and stops waiting within a tenth of a second when cancelled.

Readers of SPSS (ReadStat), Excel (calamine) and CSV (pandas) run in native code and cannot report
progress or stop half-way. The read runs on a worker thread; this thread reports an estimate from the
file's size and the reader's usual speed, and on cancel returns at once (the abandoned read finishes in
the background and its result is dropped). At most ``MAX_READS`` reads run at once, abandoned ones
included: a read beyond them waits (cancellable) until one ends, and a read cancelled while waiting
never starts, so cancelling one large file after another leaves no unbounded pile of reading threads.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from ceo_desk.model.progress import OperationCancelled

T = TypeVar("T")

# Bytes per second, measured with benchmarks/ on a 2-core machine; only used to move the bar.
_SPEED = {".sav": 90e6, ".zsav": 30e6, ".por": 10e6, ".xlsx": 4e6, ".xlsm": 4e6, ".xls": 4e6, ".ods": 2e6}
_DEFAULT_SPEED = 30e6
_POLL = 0.1
MAX_READS = 4                 # the read the user waits for, beside at most three abandoned ones
_reads = threading.BoundedSemaphore(MAX_READS)


def expected_seconds(path: Path) -> float:
    try:
        size = path.stat().st_size
    except OSError:
        return 1.0
    return max(size / _SPEED.get(path.suffix.lower(), _DEFAULT_SPEED), 0.05)


def read_watched(read: Callable[[], T], path: Path, progress: Callable[[float, str], None],
                 cancelled: Callable[[], bool]) -> T:
    """``read()`` on a worker thread; ``progress(fraction, 'name · 3 s')`` while it runs.

    Raises OperationCancelled when ``cancelled()`` turns true, and re-raises what ``read()`` raised.
    """
    outcome: dict[str, object] = {}
    done = threading.Event()

    def work() -> None:
        try:
            while not _reads.acquire(timeout=_POLL):
                if cancelled():
                    return                              # cancelled before it started: nothing is read
            try:
                outcome["value"] = read()
            finally:
                _reads.release()
        except BaseException as exc:  # noqa: BLE001 - handed to the waiting thread as it is
            outcome["error"] = exc
        finally:
            done.set()

    threading.Thread(target=work, name=f"read {path.name}", daemon=True).start()
    expected, start = expected_seconds(path), time.monotonic()
    while not done.wait(_POLL):
        if cancelled():
            raise OperationCancelled
        elapsed = time.monotonic() - start
        progress(min(0.95, elapsed / expected), f"{path.name} · {elapsed:.0f} s")
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    if "value" not in outcome:
        raise OperationCancelled
    return outcome["value"]  # type: ignore[return-value]
