"""Turning a frame of cells (Excel, CSV) into raw columns: numbers where every cell is one."""

from __future__ import annotations

import numpy as np
import pandas as pd

from ceo_desk.io.raw import RawColumn


def clean_text(cells: pd.Series) -> pd.Series:
    """Cells as stripped strings; blanks become NA."""
    text = cells.astype("string").str.strip()
    return text.mask(text == "")


def to_numbers(text: pd.Series) -> pd.Series:
    """'7', '7,5', '7.5', '1.234,5', '76 %' -> float; anything else -> NaN (vectorised)."""
    s = text.astype("string").str.replace(r"[\s\u00a0%]", "", regex=True)
    has_comma = s.str.contains(",", regex=False).fillna(False)
    s = s.where(~has_comma, s.str.replace(".", "", regex=False).str.replace(",", ".", regex=False))
    return pd.to_numeric(s, errors="coerce").astype("float64")


def column_from_cells(name: object, cells: pd.Series) -> RawColumn:
    label = " ".join(str(name).split())
    if cells.dtype.kind in "fiub":
        return RawColumn(name=str(name), label=label, values=cells.to_numpy(dtype=np.float64, na_value=np.nan))
    text = clean_text(cells)
    filled = text.notna()
    numbers = to_numbers(text)
    if filled.any() and numbers[filled].notna().all():
        return RawColumn(name=str(name), label=label, values=numbers.to_numpy(dtype=np.float64, na_value=np.nan))
    values = text.astype(object).where(filled, None).to_numpy(dtype=object)
    return RawColumn(name=str(name), label=label, values=values)
