"""The reading of spreadsheet and CSV cells as it was done cell by cell, kept as the yardstick for the
faster reading in ``ceo_desk.io`` (``test_reading_same_as_cell_by_cell.py``): every value, dtype, name
and warning of the fast reading must equal this one's. Frozen copy of ceo_desk 3cd9dca's
``io/excel.py`` (grid), ``io/tabular.py`` (trim, header, columns) and ``io/numbers.py`` (read_numbers,
conversion by babel's ``parse_decimal``); only what did not change is imported.
"""

from __future__ import annotations

import datetime as dt
from numbers import Number
from pathlib import Path

import numpy as np
import pandas as pd
from decimal import InvalidOperation

from babel.numbers import NumberFormatError, parse_decimal

from ceo_desk.io.delimited import read_text_grid
from ceo_desk.io.numbers import (DECIMAL_COMMA, DECIMAL_POINT, NumberReading, _kind, _tidy, decimal_hint,
                                 reading_warning)
from ceo_desk.io.plausible import duplicate_headers, survey_sheet
from ceo_desk.io.raw import RawColumn, RawTable
from ceo_desk.io.tabular import clean_text, column_letter, header_names
from ceo_desk.model.errors import InputError, Notice

_LOCALE = {DECIMAL_COMMA: "nl", DECIMAL_POINT: "en"}
_TITLE_SCAN = 30


# --- io/excel.py -------------------------------------------------------------------------------

def _cell(value):
    if isinstance(value, float):
        return int(value) if value.is_integer() else value
    if isinstance(value, (dt.datetime, dt.timedelta, dt.time)):
        return value
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day)
    return np.nan if value == "" else value


def _column(cells: tuple) -> np.ndarray:
    column = np.empty(len(cells), dtype=object)
    if set(map(type, cells)) <= {str}:
        column[:] = cells
        column[column == ""] = np.nan
    else:
        column[:] = [_cell(v) for v in cells]
    return column


def grid_of(rows: list[list]) -> pd.DataFrame:
    width = max(map(len, rows), default=0)
    if any(len(row) != width for row in rows):
        rows = [list(row) + [""] * (width - len(row)) for row in rows]
    return pd.DataFrame({j: _column(cells) for j, cells in enumerate(zip(*rows))}, dtype=object,
                        index=pd.RangeIndex(len(rows)), columns=pd.RangeIndex(width))


def read_xlsx(path: Path, header_row: int | None = None) -> RawTable:
    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_path(str(path))
    sheets = {name: grid_of(book.get_sheet_by_name(name).to_python(skip_empty_area=False))
              for name in book.sheet_names}
    _, grid, notice = survey_sheet(sheets, path)
    table = table_from_grid(path, "Excel", grid, header_row=header_row)
    if notice is not None:
        table.warnings.append(notice)
    return table


def read_csv(path: Path, header_row: int | None = None) -> RawTable:
    grid, sep = read_text_grid(path)
    return table_from_grid(path, "CSV", grid, header_row=header_row, hint=decimal_hint(sep))


# --- io/tabular.py -----------------------------------------------------------------------------

def filled_mask(grid: pd.DataFrame) -> np.ndarray:
    mask = grid.notna().to_numpy()
    if len(grid) <= _TITLE_SCAN:
        values = grid.to_numpy(dtype=object)
        blank = np.vectorize(lambda v: isinstance(v, str) and not v.strip(), otypes=[bool])(values) \
            if values.size else np.zeros(values.shape, dtype=bool)
        mask = mask & ~blank
    return mask


def trim_grid(grid: pd.DataFrame) -> pd.DataFrame:
    if grid.empty:
        return grid
    mask = filled_mask(grid)
    return grid.loc[mask.any(axis=1), mask.any(axis=0)]


def find_header_row(grid: pd.DataFrame) -> int:
    head = grid.iloc[:_TITLE_SCAN]
    if head.empty:
        return 0
    counts = filled_mask(head).sum(axis=1)
    if counts.max() < 3:
        return 0
    for position, count in enumerate(counts):
        if count >= 2:
            return position
    return 0


def header_position(grid: pd.DataFrame, header_row: int | None, path: Path) -> int:
    if header_row is None:
        return find_header_row(grid)
    rows = list(grid.index)
    target = header_row - 1
    if header_row < 1 or target not in rows:
        raise InputError(path, key="err.io_import.header_row_missing", params={"row": header_row, "rows": len(rows)},
                         action_key="err.io_import.header_row_missing_action")
    return rows.index(target)


def column_from_cells(name: str, cells: pd.Series, hint: str | None = None, path: Path | None = None,
                      warnings: list[Notice] | None = None) -> RawColumn:
    reading = read_numbers(cells, hint=hint)
    if reading.all_numeric:
        note = reading_warning(path, name, reading)
        if note and warnings is not None:
            warnings.append(note)
        return RawColumn(name=name, label=name, values=reading.values)
    text = clean_text(cells.astype(object))
    values = text.astype(object).where(text.notna(), None).to_numpy(dtype=object)
    return RawColumn(name=name, label=name, values=values)


def table_from_grid(path: Path, fmt: str, grid: pd.DataFrame, header_row: int | None = None,
                    hint: str | None = None) -> RawTable:
    trimmed = trim_grid(grid)
    if trimmed.empty:
        raise InputError(path, key="err.io_import.empty", action_key="err.io_import.empty_action")
    position = header_position(trimmed, header_row, path)
    columns = list(trimmed.columns)
    names = header_names(list(trimmed.iloc[position]), columns)
    body = trimmed.iloc[position + 1:]
    warnings: list[Notice] = []
    raw_columns = [column_from_cells(name, body[col].reset_index(drop=True), hint, path, warnings)
                   for name, col in zip(names, columns)]
    raw_columns = duplicate_headers(path, list(trimmed.iloc[position]), raw_columns,
                                    [column_letter(col) for col in columns], warnings)
    return RawTable(path=path, format=fmt, columns=raw_columns, n_rows=len(body), grid=grid,
                    header_row=int(trimmed.index[position]) + 1, decimal_hint=hint, warnings=warnings)


# --- io/numbers.py -----------------------------------------------------------------------------

def _convert(token: str, decimal: str) -> float:
    try:
        return float(parse_decimal(token, locale=_LOCALE[decimal], strict=False))
    except (NumberFormatError, InvalidOperation, ValueError):
        return float("nan")


def read_numbers(cells: pd.Series | np.ndarray | list, hint: str | None = None,
                 whole: bool = False) -> NumberReading:
    """Read a column of cells (str, numbers, None) as numbers.

    ``hint`` is the file's decimal separator where the file says (``,`` for a ``;``-separated CSV,
    ``.`` for a ``,``-separated one); ``whole`` says the column holds counts, so ``5.210`` and
    ``5,210`` can only be thousands.
    """
    series = cells if isinstance(cells, pd.Series) else pd.Series(list(cells), dtype=object)
    if series.dtype.kind in "fiu":          # a column the file already stores as numbers
        values = series.to_numpy(dtype=np.float64, na_value=np.nan)
        ok = ~np.isnan(values)
        return NumberReading(values=values, filled=ok, numeric=ok.copy(), _cells=np.array([], dtype=object))
    codes, cell_values = pd.factorize(series.astype(object), use_na_sentinel=True)
    cell_values = list(cell_values)
    unique_values = np.full(len(cell_values), np.nan)
    unique_filled = np.zeros(len(cell_values), dtype=bool)
    unique_texts = np.full(len(cell_values), "", dtype=object)
    text_positions: list[int] = []
    for j, cell in enumerate(cell_values):
        if isinstance(cell, Number) and not isinstance(cell, bool):
            if not np.isnan(float(cell)):
                unique_values[j] = float(cell)
                unique_filled[j] = True
                unique_texts[j] = f"{float(cell):g}"
            continue
        text = str(cell).strip()
        if text:
            unique_filled[j] = True
            unique_texts[j] = text
            text_positions.append(j)
    present = codes >= 0
    filled = np.zeros(len(codes), dtype=bool)
    filled[present] = unique_filled[codes[present]]
    texts = np.full(len(codes), "", dtype=object)
    texts[present] = unique_texts[codes[present]]
    numeric_u = unique_filled & ~np.isnan(unique_values)
    reading = NumberReading(values=np.full(len(codes), np.nan), filled=filled, numeric=np.zeros(len(codes), dtype=bool),
                            _cells=texts)

    def finish() -> NumberReading:
        reading.values[present] = unique_values[codes[present]]
        reading.numeric[present] = numeric_u[codes[present]]
        return reading

    if not text_positions:
        return finish()
    uniques = list(dict.fromkeys(unique_texts[text_positions]))
    tokens = {u: _tidy(u) for u in uniques}
    kinds = {u: _kind(t) for u, t in tokens.items()}
    reading.percent_sign = any("%" in u for u in uniques)
    seen = set(kinds.values())
    decimal: str | None = None
    if "nl" in seen and "en" in seen:        # the column holds both notations: the minority is suspect
        nl = sum(1 for k in kinds.values() if k == "nl")
        en = sum(1 for k in kinds.values() if k == "en")
        major = "nl" if nl >= en else "en"
        reading.conflict = [u for u, k in kinds.items() if k in {"nl", "en"} and k != major]
        decimal, reading.settled_by = (DECIMAL_COMMA if major == "nl" else DECIMAL_POINT), "column"
    elif "nl" in seen:
        decimal, reading.settled_by = DECIMAL_COMMA, "column"
    elif "en" in seen:
        decimal, reading.settled_by = DECIMAL_POINT, "column"
    elif "amb." in seen or "amb," in seen:
        reading.ambiguous = [u for u, k in kinds.items() if k.startswith("amb")]
        if whole:                            # a count: 5.210 / 5,210 are thousands either way
            decimal = DECIMAL_COMMA if "amb." in seen else DECIMAL_POINT
            reading.settled_by = "whole"
            if "amb." in seen and "amb," in seen:
                reading.conflict = [u for u, k in kinds.items() if k == "amb,"]
        elif hint in _LOCALE:
            decimal, reading.settled_by = hint, "file"
        else:                                # three digits after one separator: read as thousands
            decimal = DECIMAL_COMMA if "amb." in seen else DECIMAL_POINT
            reading.settled_by = "default"
    reading.decimal = decimal
    parsed: dict[str, float] = {}
    for u, k in kinds.items():
        if k == "bad" or u in reading.conflict:
            continue
        parsed[u] = float(int(tokens[u])) if k == "int" else _convert(tokens[u], decimal)
    for j in text_positions:
        value = parsed.get(unique_texts[j])
        if value is not None and not np.isnan(value):
            unique_values[j] = value
            numeric_u[j] = True
    return finish()
