"""Import the statistics (scipy.special and the results code: a few tenths of a second) on a thread while
the files are read.

The SPSS read runs in Rust without the GIL, so the import costs nothing there. Whoever needs the
statistics calls ``wait()`` first, so a module is never imported by two threads at once.
"""

from __future__ import annotations

import importlib
import threading

_STATISTICS = "ceo_desk.stats.results"
_thread: threading.Thread | None = None


def start() -> None:
    global _thread
    if _thread is None:
        import numpy  # noqa: F401 - shared by both threads: import it here, before the thread starts
        import pandas  # noqa: F401

        _thread = threading.Thread(target=_import_quietly, name="ceo-desk-warmup", daemon=True)
        _thread.start()


def _import_quietly() -> None:
    try:
        importlib.import_module(_STATISTICS)
    except Exception:  # noqa: BLE001 - the real import in wait()'s caller reports any problem
        pass


def wait() -> None:
    if _thread is not None:
        _thread.join()
