"""Start reading SPSS files before the program needs them, while the rest of it is still being imported.

Reading a large .sav runs in Rust without Python's lock (about a second for the national file); importing
pandas, scipy and the statistics takes about as long again. ``start(paths)`` begins the read of each
.sav on a thread at once; ``io.registry.read_raw`` then takes the result instead of reading again. A file that changed in between (size or modification
time) is read afresh; a read that failed is read again by the normal path, which reports the error.
Only regular files are read ahead (never a pipe or a device: the guards speak about those).
"""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path
from typing import Callable

#: Files worth reading ahead: the SPSS formats (Excel and CSV read quickly enough).
SUFFIXES = (".sav", ".zsav")

_LOCK = threading.Lock()
_TABLES: dict[tuple, "_Job"] = {}


class _Job:
    """A function run on a daemon thread; ``result()`` waits for it (None if it failed)."""

    def __init__(self, work: Callable[[], object], name: str) -> None:
        self._value: object = None
        self._done = threading.Event()

        def run() -> None:
            try:
                self._value = work()
            except BaseException:  # noqa: BLE001 - the normal read reports the problem
                self._value = None
            finally:
                self._done.set()

        threading.Thread(target=run, name=name, daemon=True).start()

    def result(self) -> object:
        self._done.wait()
        return self._value


def _key(path: Path | str) -> tuple | None:
    """The file's identity now: resolved path, size and modification time; None if it is not a regular file."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    if not stat.S_ISREG(info.st_mode):
        return None
    return (os.path.realpath(path), info.st_size, info.st_mtime_ns)


def _read(path: Path):
    from ceo_desk.io.sav import read_sav

    return read_sav(path)


def _reader_imported() -> bool:
    """The reader's own imports, here: the read then starts at once, while the caller imports the rest
    (two threads importing at the same time only take turns). False without polars-readstat."""
    try:
        import polars_readstat  # noqa: F401
    except ImportError:
        return False
    from ceo_desk.io import sav  # noqa: F401
    return True


def start(paths) -> None:
    """Begin reading the SPSS files among ``paths`` (a new call forgets what an earlier one left untaken)."""
    jobs = {}
    for path in map(Path, paths):
        key = _key(path) if path.suffix.lower() in SUFFIXES else None
        if key is not None and not jobs and not _reader_imported():
            return
        if key is not None and key not in jobs:
            jobs[key] = _Job(lambda p=path: _read(p), f"read ahead {path.name}")
    with _LOCK:
        _TABLES.clear()
        _TABLES.update(jobs)


def table(path: Path | str):
    """The RawTable read ahead for ``path`` (waiting for it), or None: then read it now."""
    key = _key(path)
    with _LOCK:
        job = _TABLES.pop(key, None) if key is not None else None
    if job is None:
        return None
    value = job.result()
    return value if _key(path) == key else None      # changed while it was read: read it again
