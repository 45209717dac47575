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
        raise InputError(path, "dit is een oud Excel-bestand (.xls) dat CEO Desk niet leest.",
                         "Open het in Excel en sla het op als Excel-werkmap (.xlsx).")
    if not zipfile.is_zipfile(path):
        raise InputError(path, "dit is geen Excel-werkmap (.xlsx); de inhoud is van een ander soort.",
                         "Controleer of u het goede bestand koos, of sla het in Excel op als .xlsx of .csv.")
    try:
        return pd.read_excel(path, sheet_name=None, engine=_engine(), dtype=object)
    except Exception as exc:
        raise InputError(path, f"de Excel-werkmap is niet te lezen ({exc}).",
                         "Open het bestand in Excel, sla het opnieuw op als .xlsx en probeer het nog eens.") from None


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
