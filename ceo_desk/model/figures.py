"""Reading a figure or a flag from a results row: one rule for every face (report, chart, window, CLI).

A results row holds floats with NaN, pandas' NA (nullable columns) and None where a figure is
missing, and nullable booleans (True, False, NA = not tested) for significance.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd


def figure(value: Any) -> float | None:
    """The number in a results cell, or None when there is none (None, NA, NaN, not a number)."""
    if value is None:
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):       # pandas.NA, text
        return None
    return None if math.isnan(number) else number


def present(value: Any) -> bool:
    return figure(value) is not None


def flag(value: Any) -> bool | None:
    """A nullable flag (sig_ref, sig_prev, indicative): True, False, or None when not tested (NA)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    try:
        return bool(value)
    except TypeError:                     # pandas.NA
        return None


class Row(dict):
    """One results row as plain values: ``row["n"]`` and ``row.n`` read the same cell."""
    __slots__ = ()

    def __getattr__(self, name: str):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None


def rows_of(frame: "pd.DataFrame", by: str | None = None) -> list[Row]:
    """The rows of a results frame as ``Row``s (sorted by ``by`` when given), the values as the cells
    hold them. A results frame has some fifty columns of nullable types; ``itertuples``/``iterrows``
    take each column apart per call (a few ms for three rows), a column at a time is several times faster."""
    if by is not None:
        frame = frame.sort_values(by, kind="stable")
    columns = list(frame.columns)
    values = [frame[c].tolist() for c in columns]
    return [Row(zip(columns, cells)) for cells in zip(*values)]
