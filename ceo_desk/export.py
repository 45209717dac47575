"""Writing files atomically: a temporary file next to the target, renamed over it when complete."""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from pathlib import Path
from typing import Callable, Iterator

import pandas as pd

from ceo_desk.model.errors import InputError

EXPORT_FORMATS = {".csv": "CSV", ".xlsx": "Excel", ".json": "JSON"}


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def atomic_path(target: Path | str) -> Iterator[Path]:
    """Yields a temporary path in the target's folder; on success it replaces the target.

    On any error the temporary file is removed and an existing target stays as it was.
    """
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(fd)
    tmp_path = Path(tmp)
    try:
        yield tmp_path
        with open(tmp_path, "rb+") as fh:
            os.fsync(fh.fileno())
        os.chmod(tmp_path, 0o666 & ~_umask())     # mkstemp makes 0600; give the file the usual rights
        os.replace(tmp_path, target)
    finally:
        if tmp_path.exists():
            tmp_path.unlink()


def write_atomic(target: Path | str, write: Callable[[Path], None]) -> Path:
    with atomic_path(target) as tmp:
        write(tmp)
    return Path(target)


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


def export_table(frame: pd.DataFrame, target: Path | str, sheet_name: str = "Resultaten") -> Path:
    """Results to .csv (UTF-8 with BOM, so Excel opens it), .xlsx or .json, atomically."""
    target = Path(target)
    suffix = target.suffix.lower()
    if suffix not in EXPORT_FORMATS:
        raise InputError(target, key="err.core.export_format", params={"suffix": suffix or "(…)"},
                         action_key="err.core.export_format_action")
    if suffix == ".csv":
        return write_atomic(target, lambda p: frame.to_csv(p, index=False, encoding="utf-8-sig"))
    if suffix == ".xlsx":
        def write_xlsx(p: Path) -> None:
            with pd.ExcelWriter(p, engine="openpyxl") as writer:
                frame.to_excel(writer, index=False, sheet_name=sheet_name[:31])
        return write_atomic(target, write_xlsx)
    text = json.dumps(_json_ready(frame), ensure_ascii=False, indent=1)
    return write_atomic(target, lambda p: p.write_text(text, encoding="utf-8"))
