"""Writing a file atomically and safely: a temporary file next to the target, renamed over it when
complete; never over one of the user's input files. The report, the table exports, the open answers
and the project file all write through ``write_atomic``.

A temporary file is named ``.<target>.<pid>-<random>.part``. It is removed on any error, on SIGTERM
and at exit; one left by a process that was killed outright (SIGKILL, power cut) is removed by the
next write to the same target. The file is created with mode 0666 so that the operating system
applies the user's umask itself; the process umask is never read or changed.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import re
import secrets
import signal
import threading
from pathlib import Path
from typing import Callable, Iterable, Iterator

from ceo_desk.model.errors import InputError

_ACTIVE: set[Path] = set()                       # temporary files being written now, by any thread
_LOCK = threading.Lock()
_PART = re.compile(r"^\.(?P<name>.+)\.(?P<pid>\d+)-[0-9a-f]{8}\.part$")


def _remove_active_parts() -> None:
    with _LOCK:
        parts = list(_ACTIVE)
    for part in parts:
        with contextlib.suppress(OSError):
            os.unlink(part)


def _on_sigterm(signum, frame) -> None:
    """Remove our temporary files, then end as SIGTERM would have (exit status 143)."""
    _remove_active_parts()
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    os.kill(os.getpid(), signal.SIGTERM)


def install_sigterm_cleanup() -> None:
    """Once, from the main thread, and only where nobody else handles SIGTERM (the window calls it at
    start, since its writes run on worker threads)."""
    if threading.current_thread() is not threading.main_thread():
        return
    with contextlib.suppress(ValueError, OSError):
        if signal.getsignal(signal.SIGTERM) in (signal.SIG_DFL, None):
            signal.signal(signal.SIGTERM, _on_sigterm)


atexit.register(_remove_active_parts)


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:                 # exists, owned by someone else
        return True
    return True


def remove_stale_parts(target: Path) -> list[Path]:
    """Temporary files of earlier writes to ``target`` whose process is gone; removed, and returned."""
    removed = []
    with contextlib.suppress(OSError):
        for entry in os.scandir(target.parent):
            match = _PART.match(entry.name)
            if match and match["name"] == target.name and entry.is_file(follow_symlinks=False) \
                    and not _pid_alive(int(match["pid"])):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)
                    removed.append(Path(entry.path))
    return removed


def _new_part(target: Path) -> Path:
    while True:
        part = target.parent / f".{target.name}.{os.getpid()}-{secrets.token_hex(4)}.part"
        try:
            fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:
            continue
        os.close(fd)
        return part


@contextlib.contextmanager
def atomic_path(target: Path | str) -> Iterator[Path]:
    """Yields a temporary path in the target's folder; on success it replaces the target.

    On any error, on SIGTERM and at exit the temporary file is removed and an existing target stays
    as it was.
    """
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    install_sigterm_cleanup()
    remove_stale_parts(target)
    tmp_path = _new_part(target)
    with _LOCK:
        _ACTIVE.add(tmp_path)
    try:
        yield tmp_path
        with open(tmp_path, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp_path, target)
    finally:
        with _LOCK:
            _ACTIVE.discard(tmp_path)
        with contextlib.suppress(FileNotFoundError):
            tmp_path.unlink()


def write_atomic(target: Path | str, write: Callable[[Path], None]) -> Path:
    with atomic_path(target) as tmp:
        write(tmp)
    return Path(target)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.realpath(a) == os.path.realpath(b)


def check_not_input(target: Path | str, inputs: Iterable[Path | str | None]) -> None:
    """Refuse an output path that is (a link to) one of the input files: the user's data is never written over."""
    target = Path(target)
    for source in inputs:
        if source is not None and _same_file(target, Path(source)):
            raise InputError(target, key="err.hostile.output_is_input", params={"input": Path(source).name},
                             action_key="err.hostile.output_is_input_action")


def write_error(target: Path, err: OSError) -> InputError:
    """A failed write (full disk, no permission, file open in Excel) as one message naming the file."""
    return InputError(target, key="err.hostile.write_failed", params={"reason": err.strerror or str(err)},
                      action_key="err.hostile.write_failed_action")
