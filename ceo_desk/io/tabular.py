"""From a grid of cells (Excel, CSV) to raw columns: the header row, names, numbers where every cell is one.

Every spreadsheet-like reader hands over the same thing, a *grid*: a frame of the cells exactly as
the file holds them (str, numbers, None), no row taken as header. The survey reader and the
reference-table reader both start from that grid, so a file reads the same whichever way it came.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from ceo_desk.io.numbers import factorize_cells, read_numbers, reading_warning
from ceo_desk.io.plausible import duplicate_headers
from ceo_desk.io.raw import RawColumn, RawTable
from ceo_desk.model.errors import InputError, Notice

_TITLE_SCAN = 30


def only_texts(distinct: np.ndarray) -> bool:
    """The distinct cells of a column (``factorize_cells``) are all texts (or there are none)."""
    return pd.api.types.infer_dtype(distinct, skipna=False) in ("string", "empty")


def _stripped_texts(codes: np.ndarray, distinct: np.ndarray) -> np.ndarray:
    """A texts-only column stripped, each distinct text once (the usual answers column), not each cell;
    a blank cell or one of spaces only becomes None."""
    stripped = np.empty(len(distinct) + 1, dtype=object)        # the last one for code -1, a blank cell
    stripped[:] = [v.strip() or None for v in distinct] + [None]
    return stripped[codes]


def clean_text(cells: pd.Series) -> pd.Series:
    """Cells as stripped strings (a number cell as it shows, 2023 not 2023.0); blanks become NA."""
    if cells.dtype == object:
        codes, distinct = factorize_cells(cells)
        if only_texts(distinct):
            return pd.Series(pd.array(_stripped_texts(codes, distinct), dtype="string"), index=cells.index)
        cells = cells.map(lambda v: f"{v:g}" if isinstance(v, float) and v == v else v)
    text = cells.astype("string").str.strip()
    return text.mask(text == "")


def column_letter(index: int) -> str:
    """0 -> 'A', 25 -> 'Z', 26 -> 'AA' (as a spreadsheet names its columns)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def filled_mask(grid: pd.DataFrame) -> np.ndarray:
    """Which cells hold something (not None/NaN, not only spaces); the readers give blanks as NaN."""
    mask = ~pd.isna(grid.to_numpy(dtype=object))   # one pass over the cells, not one per column
    if len(grid) <= _TITLE_SCAN:           # small grids (heads, reference tables): spaces count as blank
        values = grid.to_numpy(dtype=object)
        blank = np.vectorize(lambda v: isinstance(v, str) and not v.strip(), otypes=[bool])(values) \
            if values.size else np.zeros(values.shape, dtype=bool)
        mask = mask & ~blank              # to_numpy() may hand out a read-only view
    return mask


def trim_grid(grid: pd.DataFrame) -> pd.DataFrame:
    """Drop rows and columns without a single filled cell; keep the original positions as labels."""
    if grid.empty:
        return grid
    mask = filled_mask(grid)
    rows, columns = mask.any(axis=1), mask.any(axis=0)
    if rows.all() and columns.all():
        return grid                        # nothing to drop: no copy of a large grid
    return grid.loc[rows, columns]


def find_header_row(grid: pd.DataFrame) -> int:
    """Position (0-based, within ``grid``) of the header row: title lines above the table are skipped.

    A title or note line fills at most one cell, while the table is at least three columns wide.
    """
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


def header_names(cells: list[object], columns: list[int]) -> list[str]:
    """Header texts; a blank header is named after its column letter; repeated names get a suffix."""
    names: list[str] = []
    seen: dict[str, int] = {}
    for cell, col in zip(cells, columns):
        text = " ".join(str(cell).split()) if cell is not None and not (isinstance(cell, float) and np.isnan(cell)) else ""
        if isinstance(cell, float) and text.endswith(".0"):
            text = text[:-2]               # a year header stored as 2023.0
        name = text or f"[{column_letter(col)}]"
        if name in seen:
            seen[name] += 1
            name = f"{name}.{seen[name]}"
        else:
            seen[name] = 0
        names.append(name)
    return names


def header_position(grid: pd.DataFrame, header_row: int | None, path: Path) -> int:
    """The header's position in the trimmed grid: the user's row number (1 = first row) or detected."""
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
    label = name
    codes, distinct = factorize_cells(cells)            # once, for the numbers and for the texts
    reading = read_numbers(cells, hint=hint, factorized=(codes, distinct))
    if reading.all_numeric:
        note = reading_warning(path, name, reading)
        if note and warnings is not None:
            warnings.append(note)
        return RawColumn(name=name, label=label, values=reading.values)
    if only_texts(distinct):
        return RawColumn(name=name, label=label, values=_stripped_texts(codes, distinct))
    text = clean_text(cells.astype(object))
    values = text.astype(object).where(text.notna(), None).to_numpy(dtype=object)
    return RawColumn(name=name, label=label, values=values)


def table_from_grid(path: Path, fmt: str, grid: pd.DataFrame, header_row: int | None = None,
                    hint: str | None = None) -> RawTable:
    """The survey's columns: the header row (given or detected), the rows under it, numbers read per column."""
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
