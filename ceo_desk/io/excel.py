"""Spreadsheets (.xlsx, .xls, .ods): the question text is the column header, answers are written out as text."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import numpy as np
import pandas as pd

from ceo_desk.io.guards import check_columns
from ceo_desk.io.plausible import survey_sheet
from ceo_desk.io.raw import RawTable
from ceo_desk.io.tabular import table_from_grid
from ceo_desk.model.errors import InputError

_ZIPPED = {".xlsx", ".xlsm", ".ods"}


def _cell(value):
    """A cell as pandas' calamine reader gives it: whole floats as int, dates as datetime; blank as NaN."""
    if isinstance(value, float):
        return int(value) if value.is_integer() else value
    if isinstance(value, (dt.datetime, dt.timedelta, dt.time)):
        return value
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day)
    return np.nan if value == "" else value


def _column(cells: tuple) -> np.ndarray:
    column = np.empty(len(cells), dtype=object)
    if set(map(type, cells)) <= {str}:        # the usual answer column: words only, one pass in C
        column[:] = cells
        column[column == ""] = np.nan
    else:
        column[:] = [_cell(v) for v in cells]
    return column


def _grid(rows: list[list]) -> pd.DataFrame:
    """Rows of cells to a grid frame (positions as labels); only an empty cell is blank, as in a CSV."""
    width = max(map(len, rows), default=0)
    if any(len(row) != width for row in rows):
        rows = [list(row) + [""] * (width - len(row)) for row in rows]
    return pd.DataFrame({j: _column(cells) for j, cells in enumerate(zip(*rows))}, dtype=object,
                        index=pd.RangeIndex(len(rows)), columns=pd.RangeIndex(width))


def read_sheets(path: Path) -> dict[str, pd.DataFrame]:
    """All sheets as grids of raw cells (no row taken as header); a clear error when the file is no workbook.

    python-calamine directly, not through ``pd.read_excel``: pandas converts every cell in Python,
    which took most of the time of a large workbook.
    """
    from python_calamine import CalamineWorkbook

    suffix = path.suffix.lower()
    if suffix in _ZIPPED and not zipfile.is_zipfile(path):
        raise InputError(path, key="err.core.xlsx_not_zip", action_key="err.core.xlsx_not_zip_action")
    try:
        book = CalamineWorkbook.from_path(str(path))
        sheets = {name: book.get_sheet_by_name(name).to_python(skip_empty_area=False) for name in book.sheet_names}
    except Exception as exc:
        raise InputError(path, key="err.core.xlsx_unreadable", params={"reason": str(exc)},
                         action_key="err.core.xlsx_unreadable_action") from None
    check_columns(path, max((len(row) for rows in sheets.values() for row in rows[:1]), default=0))
    return {name: _grid(rows) for name, rows in sheets.items()}


def read_xlsx(path: Path, header_row: int | None = None) -> RawTable:
    _, grid, notice = survey_sheet(read_sheets(path), path)      # by content: never a codebook
    table = table_from_grid(path, "Excel", grid, header_row=header_row)
    if notice is not None:
        table.warnings.append(notice)
    return table
