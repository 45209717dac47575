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
from ceo_desk.io.tabular import only_texts, table_from_grid
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


def _numbers(column: np.ndarray) -> bool:
    """Number cells only (floats, as the sheet stores them): whole ones to int, in place; False if not."""
    values = column.astype(np.float64)
    whole = np.isfinite(values) & (values == np.floor(values))
    if np.abs(values[whole]).max(initial=0.0) >= 2.0 ** 62:
        return False                            # beyond int64: int() per cell
    column[whole] = values[whole].astype(np.int64).astype(object)
    column[~whole] = values[~whole].astype(object)
    return True


def _texts(column: np.ndarray) -> bool:
    """Text cells only: each distinct text once ('' to NaN), in place; False if some cell is no text.

    The column then holds one object per distinct text instead of one per cell, so every later pass
    over it (blank test, factorising) finds them in the cache.
    """
    codes, distinct = pd.factorize(column, use_na_sentinel=True)
    if not only_texts(distinct):
        return False                            # (a text never equals a number or a date)
    lookup = np.empty(len(distinct) + 1, dtype=object)
    lookup[:-1] = distinct
    lookup[:-1][distinct == ""] = np.nan
    lookup[-1] = np.nan                         # a NaN cell, as _cell leaves it
    column[:] = lookup[codes]
    return True


def _column(column: np.ndarray) -> None:
    """One column of the grid, in place, with the values _cell gives: blank to NaN, whole floats to int,
    dates to datetime. Texts and numbers are done a column at a time, only other cells one by one."""
    if len(column) == 0 or (isinstance(column[-1], str) and _texts(column)):
        return
    types = np.fromiter(map(type, column), dtype=object, count=len(column))
    texts, floats = types == str, types == float
    if texts.any():
        part = column[texts]
        part[part == ""] = np.nan
        column[texts] = part
    if floats.any():
        part = column[floats]
        if not _numbers(part):
            part[:] = [_cell(v) for v in part]
        column[floats] = part
    other = ~(texts | floats)
    if other.any():
        part = np.empty(int(other.sum()), dtype=object)
        part[:] = [_cell(v) for v in column[other]]
        column[other] = part


_ZERO_ONE = object()    # stands in for a cell equal to 0 or 1: False, 0 and 0.0 (True, 1, 1.0) differ in type


def _cells_row_by_row(sheet) -> np.ndarray | None:
    """The sheet's cells as ``to_python(skip_empty_area=False)`` gives them, in a 2-D array (column-major).

    Row by row, while calamine's new objects are still in the cache: equal cells become one object
    (a column of 50,000 answers then holds a handful of objects, and the copies are freed at once),
    so no later pass has to go through 50,000 separate ones. Cells are made equal by value, which
    keeps every value and type (a text equals only a text, a date only a date; 2 and 2.0 read the
    same), except for 0 and 1 beside False and True: a row with such a cell keeps its own cells.
    None when the rows do not come as the sheet's dimensions say (read all at once instead).
    """
    if sheet.start is None or sheet.end is None:
        return None
    height, width, skip = sheet.end[0] + 1, sheet.end[1] + 1, sheet.start[1]
    cells = np.empty((width, height), dtype=object).T
    cells[:, :skip] = ""                        # iter_rows leaves out the empty columns on the left
    same = {False: _ZERO_ONE, True: _ZERO_ONE}.setdefault
    count = 0
    for i, row in enumerate(sheet.iter_rows()):
        if i >= height or len(row) != width - skip:
            return None
        one = list(map(same, row, row))
        cells[i, skip:] = row if _ZERO_ONE in one else one
        count += 1
    return cells if count == height else None


def _cells(sheet) -> np.ndarray:
    cells = _cells_row_by_row(sheet)
    if cells is not None:
        return cells
    rows = sheet.to_python(skip_empty_area=False)
    width = max(map(len, rows), default=0)
    if any(len(row) != width for row in rows):
        rows = [list(row) + [""] * (width - len(row)) for row in rows]
    cells = np.empty((width, len(rows)), dtype=object).T     # column by column in memory, as pandas keeps it
    if width:
        cells[:] = rows                         # one 2-D array in C, not a tuple per column
    return cells


def _grid(cells: np.ndarray) -> pd.DataFrame:
    """A sheet's cells to a grid frame (positions as labels); only an empty cell is blank, as in a CSV."""
    for j in range(cells.shape[1]):
        _column(cells[:, j])
    return pd.DataFrame(cells, index=pd.RangeIndex(cells.shape[0]), columns=pd.RangeIndex(cells.shape[1]),
                        dtype=object, copy=False)


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
        sheets = {name: book.get_sheet_by_name(name) for name in book.sheet_names}
    except Exception as exc:
        raise _unreadable(path, exc) from None
    check_columns(path, max((sheet.end[1] + 1 for sheet in sheets.values() if sheet.end is not None), default=0))
    try:
        cells = {name: _cells(sheet) for name, sheet in sheets.items()}
    except Exception as exc:
        raise _unreadable(path, exc) from None
    return {name: _grid(sheet_cells) for name, sheet_cells in cells.items()}


def _unreadable(path: Path, exc: Exception) -> InputError:
    return InputError(path, key="err.core.xlsx_unreadable", params={"reason": str(exc)},
                      action_key="err.core.xlsx_unreadable_action")


def read_xlsx(path: Path, header_row: int | None = None) -> RawTable:
    _, grid, notice = survey_sheet(read_sheets(path), path)      # by content: never a codebook
    table = table_from_grid(path, "Excel", grid, header_row=header_row)
    if notice is not None:
        table.warnings.append(notice)
    return table
