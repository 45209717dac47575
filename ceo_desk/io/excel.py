"""Spreadsheets (.xlsx, .xls, .ods): the question text is the column header, answers are written out as text."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pandas as pd

from ceo_desk.io.guards import check_columns
from ceo_desk.io.plausible import survey_sheet
from ceo_desk.io.raw import RawTable
from ceo_desk.io.tabular import table_from_grid
from ceo_desk.model.errors import InputError

_ZIPPED = {".xlsx", ".xlsm", ".ods"}


def _engine() -> str:
    try:
        import python_calamine  # noqa: F401  (several times faster than openpyxl)
        return "calamine"
    except ImportError:
        return "openpyxl"


def read_sheets(path: Path) -> dict[str, pd.DataFrame]:
    """All sheets as grids of raw cells (no row taken as header); a clear error when the file is no workbook."""
    suffix = path.suffix.lower()
    if suffix in _ZIPPED and not zipfile.is_zipfile(path):
        raise InputError(path, key="err.core.xlsx_not_zip", action_key="err.core.xlsx_not_zip_action")
    engine = _engine() if suffix in _ZIPPED - {".ods"} else "calamine"
    try:
        sheets = pd.read_excel(path, sheet_name=None, engine=engine, dtype=object, header=None)
    except Exception as exc:
        raise InputError(path, key="err.core.xlsx_unreadable", params={"reason": str(exc)},
                         action_key="err.core.xlsx_unreadable_action") from None
    check_columns(path, max((frame.shape[1] for frame in sheets.values()), default=0))
    return sheets


def read_xlsx(path: Path, header_row: int | None = None) -> RawTable:
    _, grid, notice = survey_sheet(read_sheets(path), path)      # by content: never a codebook
    table = table_from_grid(path, "Excel", grid, header_row=header_row)
    if notice is not None:
        table.warnings.append(notice)
    return table
