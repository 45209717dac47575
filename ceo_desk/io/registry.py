"""One reader per file format, behind a small registry (extensions, description, dialog filter)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from ceo_desk.io.delimited import read_csv
from ceo_desk.io.excel import read_xlsx
from ceo_desk.io.raw import RawTable
from ceo_desk.io.sav import read_sav
from ceo_desk.model.errors import InputError


@dataclass(frozen=True)
class Reader:
    extensions: tuple[str, ...]
    description_nl: str
    description_en: str
    read: Callable[[Path], RawTable]


READERS = (
    Reader((".sav", ".zsav"), "SPSS-bestanden", "SPSS files", read_sav),
    Reader((".xlsx", ".xlsm", ".xls"), "Excel-werkmappen", "Excel workbooks", read_xlsx),
    Reader((".csv", ".txt", ".tsv"), "CSV-bestanden", "CSV files", read_csv),
)

SUPPORTED_EXTENSIONS = tuple(ext for r in READERS for ext in r.extensions)


def reader_for(path: Path) -> Reader:
    suffix = path.suffix.lower()
    for reader in READERS:
        if suffix in reader.extensions:
            return reader
    raise InputError(path, f"bestanden van het type '{suffix or '(geen extensie)'}' kan CEO Desk niet lezen.",
                     "Gebruik een SPSS-bestand (.sav), een Excel-werkmap (.xlsx) of een CSV-bestand (.csv).")


def read_raw(path: Path) -> RawTable:
    path = Path(path)
    if not path.exists():
        raise InputError(path, "het bestand bestaat niet (meer).", "Controleer de naam en de map.")
    if path.is_dir():
        raise InputError(path, "dit is een map, geen bestand.", "Kies een bestand in de map.")
    return reader_for(path).read(path)


def dialog_filter(lang: str = "nl") -> str:
    """File-dialog filter string, e.g. 'Enquêtebestanden (*.sav *.xlsx *.csv);;SPSS-bestanden (*.sav)'."""
    all_label = "Survey files" if lang == "en" else "Enquêtebestanden"
    everything = " ".join(f"*{e}" for e in SUPPORTED_EXTENSIONS)
    parts = [f"{all_label} ({everything})"]
    for r in READERS:
        desc = r.description_en if lang == "en" else r.description_nl
        parts.append(f"{desc} ({' '.join('*' + e for e in r.extensions)})")
    return ";;".join(parts)
