"""SPSS .sav: value labels are the categories, user-missing codes are missing."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from ceo_desk.io.raw import RawColumn, RawTable
from ceo_desk.model.errors import InputError


def _user_missing(meta, name: str) -> set[float]:
    codes: set[float] = set()
    for rng in (meta.missing_ranges or {}).get(name, []):
        lo, hi = rng.get("lo"), rng.get("hi")
        if isinstance(lo, (int, float)) and isinstance(hi, (int, float)):
            if lo == hi:
                codes.add(float(lo))
            else:
                labelled = (meta.variable_value_labels or {}).get(name, {})
                codes.update(float(v) for v in labelled if lo <= v <= hi)
                codes.update({float(lo), float(hi)})
    for value in (getattr(meta, "missing_user_values", None) or {}).get(name, []):
        if isinstance(value, (int, float)):
            codes.add(float(value))
    return codes


def read_sav(path: Path) -> RawTable:
    """polars-readstat when it reads the file, else pyreadstat (which also gives the error message)."""
    try:
        from ceo_desk.io.sav_polars import read_sav_polars

        return read_sav_polars(path)
    except Exception:  # noqa: BLE001 - any failure of the fast path is retried by the reference reader
        return read_sav_pyreadstat(path)


def read_sav_pyreadstat(path: Path) -> RawTable:
    import pyreadstat

    try:
        if path.suffix.lower() == ".por":      # SPSS portable file; .zsav is read by read_sav itself
            frame, meta = pyreadstat.read_por(str(path), apply_value_formats=False)
        else:
            frame, meta = pyreadstat.read_sav(str(path), user_missing=True, apply_value_formats=False)
    except Exception as exc:  # pyreadstat raises its own ReadstatError and OSError variants
        raise InputError(path, key="err.core.sav_unreadable", params={"reason": str(exc)},
                         action_key="err.core.sav_unreadable_action") from None
    labels = meta.column_names_to_labels or {}
    value_labels = meta.variable_value_labels or {}
    columns = []
    for name in frame.columns:
        series = frame[name]
        if series.dtype.kind in "fiub":
            values = series.to_numpy(dtype=np.float64, na_value=np.nan)
        else:
            values = series.astype(object).where(series.notna(), None).to_numpy(dtype=object)
            values = np.array([v.strip() or None if isinstance(v, str) else v for v in values],
                              dtype=object)
        vl = value_labels.get(name)
        columns.append(RawColumn(
            name=str(name),
            label=(labels.get(name) or str(name)).strip(),
            values=values,
            value_labels={float(k): str(v) for k, v in vl.items()} if vl and series.dtype.kind in "fiub" else None,
            user_missing=_user_missing(meta, name),
        ))
    return RawTable(path=path, format="SPSS", columns=columns, n_rows=len(frame))
