"""One reader per file format, behind a small registry (extensions, description, dialog filter)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from ceo_desk.i18n import tr
from ceo_desk.io.delimited import read_csv
from ceo_desk.io.excel import read_xlsx
from ceo_desk.io import prefetch
from ceo_desk.io.guards import check_input
from ceo_desk.io.raw import RawTable
from ceo_desk.io.sav import read_sav
from ceo_desk.model.errors import InputError


@dataclass(frozen=True)
class Reader:
    extensions: tuple[str, ...]
    description_key: str            # in ceo_desk.texts, e.g. "files.sav"
    read: Callable[..., RawTable]   # read(path, header_row=None)


READERS = (
    Reader((".sav", ".zsav", ".por"), "files.sav", read_sav),
    Reader((".xlsx", ".xlsm", ".xls", ".ods"), "files.xlsx", read_xlsx),
    Reader((".csv", ".txt", ".tsv"), "files.csv", read_csv),
)

SUPPORTED_EXTENSIONS = tuple(ext for r in READERS for ext in r.extensions)


def reader_for(path: Path) -> Reader:
    suffix = path.suffix.lower()
    for reader in READERS:
        if suffix in reader.extensions:
            return reader
    raise InputError(path, key="err.core.unknown_type", params={"suffix": suffix or "(…)"},
                     action_key="err.core.unknown_type_action")


def read_raw(path: Path, header_row: int | None = None) -> RawTable:
    """The file's columns; ``header_row`` (1 = first row) says where a spreadsheet's header is."""
    path = Path(path)
    notices = check_input(path)     # refuse pipes, devices, zip bombs, endless lines before reading
    reader = reader_for(path)
    if header_row is not None and reader.read is not read_sav:
        table = reader.read(path, header_row=header_row)
    else:
        table = (prefetch.table(path) if reader.read is read_sav else None) or reader.read(path)
    table.warnings[:0] = notices
    return table


def dialog_filter(lang: str = "nl") -> str:
    """File-dialog filter string, e.g. 'Enquêtebestanden (*.sav *.xlsx *.csv);;SPSS-bestanden (*.sav)'."""
    everything = " ".join(f"*{e}" for e in SUPPORTED_EXTENSIONS)
    parts = [f"{tr('files.surveys', lang)} ({everything})"]
    for r in READERS:
        parts.append(f"{tr(r.description_key, lang)} ({' '.join('*' + e for e in r.extensions)})")
    return ";;".join(parts)
