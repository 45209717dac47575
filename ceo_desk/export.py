"""Writing files atomically and safely: a temporary file next to the target, renamed over it when
complete; never over one of the user's input files; no cell that a spreadsheet would run as a formula.

A temporary file is named ``.<target>.<pid>-<random>.part``. It is removed on any error, on SIGTERM
and at exit; one left by a process that was killed outright (SIGKILL, power cut) is removed by the
next write to the same target. The file is created with mode 0666 so that the operating system
applies the user's umask itself; the process umask is never changed.
"""

from __future__ import annotations

import atexit
import contextlib
import io
import json
import os
import re
import secrets
import signal
import threading
from pathlib import Path
from typing import Callable, Iterable, Iterator

import pandas as pd

from ceo_desk.i18n import tr
from ceo_desk.model.errors import InputError

EXPORT_FORMATS = {".csv": "CSV", ".xlsx": "Excel", ".json": "JSON"}

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


#: The first characters that make a spreadsheet read a cell as a formula (OWASP, CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


_PLAIN_NUMBER = re.compile(r"[+-]?\d[\d.,]*(\s?%)?")


def formula_safe(value):
    """A text that begins with = + - @ tab or CR gets a leading apostrophe (the OWASP rule for CSV and
    pasted text), unless it is a plain number such as '-3,2'; anything else is returned as it is."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS) and not _PLAIN_NUMBER.fullmatch(value):
        return "'" + value
    return value


def neutralise_formulas(frame: pd.DataFrame) -> pd.DataFrame:
    """Text cells (and headers) that a spreadsheet would run as a formula get a leading apostrophe."""
    text = [c for c in frame.columns if frame[c].dtype == object or pd.api.types.is_string_dtype(frame[c])]
    guard = formula_safe
    out = frame.copy()
    for column in text:
        out[column] = out[column].map(guard)
    out.columns = [guard(c) for c in out.columns]
    return out


def write_xlsx_text_safe(frame: pd.DataFrame, path: Path, sheet_name: str) -> None:
    """xlsx in which every text is a text cell: xlsxwriter never turns '=...' into a formula or a URL.

    The workbook is built in memory and written with one plain write, so a full disk is one ``OSError``
    (no half-closed zip that complains again when it is collected).
    """
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="xlsxwriter",
                        engine_kwargs={"options": {"strings_to_formulas": False, "strings_to_urls": False,
                                                     "in_memory": True}}) as writer:
        frame.to_excel(writer, index=False, sheet_name=sheet_name[:31])
    path.write_bytes(buffer.getvalue())


def write_error(target: Path, err: OSError) -> InputError:
    """A failed write (full disk, no permission, file open in Excel) as one message naming the file."""
    return InputError(target, key="err.hostile.write_failed", params={"reason": err.strerror or str(err)},
                      action_key="err.hostile.write_failed_action")


def _json_ready(frame: pd.DataFrame) -> list[dict]:
    records = []
    for row in frame.astype(object).where(frame.notna(), None).to_dict(orient="records"):
        records.append({k: (v.item() if hasattr(v, "item") else v) for k, v in row.items()})
    return records


#: Percentages and means: four decimals are far below any margin of error, and keep big exports fast.
ROUNDED_COLUMNS = ("percent", "ci_low", "ci_high", "margin", "ref_percent", "diff_ref", "diff_prev", "mean",
                   "mean_ci_low", "mean_ci_high", "sd", "n_eff")
INTERNAL_COLUMNS = ("question_key",)


def results_for_export(frame: pd.DataFrame) -> pd.DataFrame:
    """The results table as users get it: internal keys dropped, percentages to 4 decimals."""
    out = frame.drop(columns=[c for c in INTERNAL_COLUMNS if c in frame])
    rounded = {c: out[c].round(4) for c in ROUNDED_COLUMNS if c in out}
    return out.assign(**rounded)


def export_table(frame: pd.DataFrame, target: Path | str, inputs: Iterable[Path | str | None] = (),
                 lang: str = "nl") -> Path:
    """Results to .csv (UTF-8 with BOM, so Excel opens it), .xlsx (sheet named in ``lang``) or .json, atomically.

    Never over one of ``inputs``; texts that a spreadsheet would run as formulas are written as text.
    """
    target = Path(target)
    suffix = target.suffix.lower()
    if suffix not in EXPORT_FORMATS:
        raise InputError(target, key="err.core.export_format", params={"suffix": suffix or "(…)"},
                         action_key="err.core.export_format_action")
    check_not_input(target, inputs)
    try:
        if suffix == ".csv":
            safe = neutralise_formulas(frame)
            return write_atomic(target, lambda p: safe.to_csv(p, index=False, encoding="utf-8-sig"))
        if suffix == ".xlsx":
            sheet = tr("files.sheet_results", lang)
            return write_atomic(target, lambda p: write_xlsx_text_safe(frame, p, sheet))
        text = json.dumps(_json_ready(frame), ensure_ascii=False, indent=1)
        return write_atomic(target, lambda p: p.write_text(text, encoding="utf-8"))
    except OSError as err:
        raise write_error(target, err) from None
