"""The results frame as table rows, read on demand: a row per (question, group), a frame position per year.

A regional breakdown's results frame has tens of thousands of rows (343 municipalities × 41 questions ×
5 years); turning all of them into dicts and formatted cells took seconds on the GUI thread. Here the
rows are found with a few vectorised steps, and a row's record is read from the frame's columns (taken
as arrays once) only when a cell of it is asked for (what the view shows, sorts or sizes). ``record``
gives exactly what ``frame.to_dict("records")`` gives for that row: NumPy scalars as Python values, a
nullable column's NA as None, NaN as NaN. ``rows_of`` keeps the rows of the last few frames, so the
background job that made a frame can find its rows before the window shows it.
"""

from __future__ import annotations

import threading
from typing import Any

import numpy as np
import pandas as pd

KEPT = 4                        # frames whose rows are kept (the analyses a breakdown switch goes back to)
_kept: list[tuple[pd.DataFrame, "FrameRows"]] = []
_lock = threading.Lock()


def _python(value: Any) -> Any:
    return value.item() if isinstance(value, np.generic) else value


def _array(series: pd.Series):
    """A column as to_dict reads it: NumPy columns as they are (no copy); nullable ones (Int64, boolean,
    string) as Python objects, their NA as None."""
    dtype = series.dtype
    if not isinstance(dtype, pd.api.extensions.ExtensionDtype):
        return series.to_numpy()
    if getattr(dtype, "na_value", None) is pd.NA:
        return series.to_numpy(dtype=object, na_value=None)
    return series.to_numpy(dtype=object)


class Record:
    """One row of the frame as a read-only mapping (``get`` and ``[]``), read column by column on demand."""

    __slots__ = ("_source", "_position")

    def __init__(self, source: "FrameRows", position: int) -> None:
        self._source, self._position = source, position

    def __getitem__(self, column: str) -> Any:
        return _python(self._source.column(column)[self._position])

    def get(self, column: str, default: Any = None) -> Any:
        if column not in self._source.columns:
            return default
        return self[column]

    def __contains__(self, column: str) -> bool:
        return column in self._source.columns


class FrameRows:
    """Rows of a results frame keyed by (question id, group), in the order of their first appearance
    (the group is "" without a breakdown or where it is not text), each with a frame position per year."""

    def __init__(self, frame: pd.DataFrame | None) -> None:
        frame = frame if frame is not None else pd.DataFrame()
        self.frame = frame
        self.columns = set(frame.columns)
        # the columns as arrays now, so that painting a cell runs no pandas
        self._arrays: dict[str, Any] = {name: _array(series) for name, series in frame.items()}
        n = len(frame)
        self._rows: dict[tuple[str, str], int] | None = None
        self._year_index: dict[int, int] = {}
        if n == 0:
            self.ids, self.groups, self.years = [], [], []
            self._first = np.zeros(0, dtype=np.int64)
            self._positions = np.zeros((0, 0), dtype=np.int64)
            return
        q_codes, q_names = pd.factorize(frame["question_id"], use_na_sentinel=False)
        if "group" in frame:
            g_codes, g_values = pd.factorize(frame["group"], use_na_sentinel=False)
            labels = [g if isinstance(g, str) else "" for g in g_values]
            label_codes, label_names = pd.factorize(pd.Series(labels, dtype=object))
            g_codes = label_codes[g_codes]
        else:
            g_codes, label_names = np.zeros(n, dtype=np.int64), [""]
        row_codes, row_keys = pd.factorize(q_codes.astype(np.int64) * len(label_names) + g_codes)
        y_codes, y_values = pd.factorize(frame["year"].astype(int))
        self.years = [int(y) for y in y_values]
        self._positions = np.full((len(row_keys), len(y_values)), -1, dtype=np.int64)
        self._positions[row_codes, y_codes] = np.arange(n)      # a repeated (question, group, year): the last
        self._first = np.unique(row_codes, return_index=True)[1]
        keys = np.asarray(row_keys, dtype=np.int64)
        q_names, label_names = list(q_names), list(label_names)
        self.ids = [q_names[k] for k in (keys // len(label_names)).tolist()]
        self.groups = [label_names[k] for k in (keys % len(label_names)).tolist()]
        self._year_index = {y: i for i, y in enumerate(self.years)}

    def __len__(self) -> int:
        return len(self.ids)

    def row_of(self, question_id: str, group: str) -> int | None:
        """The row of (question id, group), or None."""
        if self._rows is None:
            self._rows = {key: row for row, key in enumerate(zip(self.ids, self.groups))}
        return self._rows.get((question_id, group))

    def year_rows(self, year: int) -> list[int]:
        """The rows with a record in ``year``, in the frame's order of those records."""
        index = self._year_index.get(year)
        if index is None:
            return []
        positions = self._positions[:, index]
        present = np.flatnonzero(positions >= 0)
        return present[np.argsort(positions[present], kind="stable")].tolist()

    def column(self, name: str):
        return self._arrays[name]

    def first(self, row: int) -> Record:
        """The row's first record in the frame (its question text, kind and scale)."""
        return Record(self, int(self._first[row]))

    def record(self, row: int, year: int) -> Record | None:
        """The row's record of ``year``, or None when the frame holds none."""
        index = self._year_index.get(year)
        if index is None:
            return None
        position = int(self._positions[row, index])
        return None if position < 0 else Record(self, position)


def rows_of(frame: pd.DataFrame | None) -> FrameRows:
    """The frame's rows, built once per frame: the background job that made the frame builds them too, so the
    GUI thread only looks them up (building them for a regional breakdown takes tens of milliseconds)."""
    if frame is None:
        return FrameRows(None)
    with _lock:
        for kept, rows in _kept:
            if kept is frame:
                return rows
    rows = FrameRows(frame)
    with _lock:
        _kept[:] = [entry for entry in _kept if entry[0] is not frame][-(KEPT - 1):] + [(frame, rows)]
    return rows
