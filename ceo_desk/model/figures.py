"""Reading a figure or a flag from a results row: one rule for every face (report, chart, window, CLI).

A results row holds floats with NaN, pandas' NA (nullable columns) and None where a figure is
missing, and nullable booleans (True, False, NA = not tested) for significance.
"""

from __future__ import annotations

import math
from typing import Any


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
