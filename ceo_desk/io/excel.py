"""Excel .xlsx: the question text is the column header, answers are written out as text."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pandas as pd

from ceo_desk.io.raw import RawTable
from ceo_desk.io.tabular import column_from_cells
from ceo_desk.model.errors import InputError

_PREFERRED_SHEETS = ("data", "gegevens", "antwoorden", "dataset", "respons")


def _engine() -> str:
    try:
        import python_calamine  # noqa: F401  (several times faster than openpyxl)
        return "calamine"
    except ImportError:
        return "openpyxl"


def read_sheets(path: Path) -> dict[str, pd.DataFrame]:
    """All sheets as frames of raw cells; a clear error when the file is not a workbook."""
    if path.suffix.lower() == ".xls":
        raise InputError(path, key="err.core.xls_old", action_key="err.core.xls_old_action")
    if not zipfile.is_zipfile(path):
        raise InputError(path, key="err.core.xlsx_not_zip", action_key="err.core.xlsx_not_zip_action")
    try:
        return pd.read_excel(path, sheet_name=None, engine=_engine(), dtype=object)
    except Exception as exc:
        raise InputError(path, key="err.core.xlsx_unreadable", params={"reason": str(exc)},
                         action_key="err.core.xlsx_unreadable_action") from None


def pick_sheet(sheets: dict[str, pd.DataFrame]) -> tuple[str, pd.DataFrame]:
    for name, frame in sheets.items():
        if name.strip().casefold() in _PREFERRED_SHEETS and not frame.empty:
            return name, frame
    filled = [(name, frame) for name, frame in sheets.items() if not frame.empty]
    if not filled:
        return next(iter(sheets.items()))
    return max(filled, key=lambda item: item[1].size)


def read_xlsx(path: Path) -> RawTable:
    sheets = read_sheets(path)
    _, frame = pick_sheet(sheets)
    frame = frame.dropna(how="all")
    columns = [column_from_cells(name, frame[name]) for name in frame.columns
               if not str(name).startswith("Unnamed:") or frame[name].notna().any()]
    return RawTable(path=path, format="Excel", columns=columns, n_rows=len(frame))
