"""Hostile, broken and odd input files, generated small: a zip bomb is built from a few kilobytes.

Each writer takes a folder and returns the path it made. Independent of ceo_desk and of ../shared.
"""

from __future__ import annotations

import os
import struct
import zipfile
from pathlib import Path

import pandas as pd

Q1 = "Ik kan de hulp krijgen die ik nodig heb."
Q2 = "De hulp die ik krijg, helpt mij."
ANSWERS = ["Altijd", "Vaak", "Soms", "Nooit", "Altijd", "Vaak"] * 6          # 36 rows


def honest_frame(year: int = 2023, n: int = len(ANSWERS)) -> pd.DataFrame:
    answers = (ANSWERS * (n // len(ANSWERS) + 1))[:n]
    return pd.DataFrame({"respnr": range(1, n + 1), "jaar": year, Q1: answers, Q2: answers[::-1]})


def honest_xlsx(folder: Path, name: str = "enquete_2023.xlsx") -> Path:
    path = Path(folder) / name
    honest_frame().to_excel(path, index=False, sheet_name="Data")
    return path


def honest_csv(folder: Path, name: str = "enquete_2023.csv") -> Path:
    path = Path(folder) / name
    honest_frame().to_csv(path, sep=";", index=False, encoding="utf-8-sig")
    return path


def honest_reference(folder: Path, name: str = "referentie.csv") -> Path:
    path = Path(folder) / name
    pd.DataFrame({"Vraag": [Q1, Q2], "Jaar": [2023, 2023], "N": [3000, 3000], "Percentage positief": [76, 70]}
                 ).to_csv(path, sep=";", index=False, encoding="utf-8-sig")
    return path


# --- special files ---------------------------------------------------------------------------------

def fifo(folder: Path, name: str = "pijp.csv") -> Path:
    path = Path(folder) / name
    os.mkfifo(path)
    return path


def link_to_dev_zero(folder: Path, name: str = "nullen.csv") -> Path:
    path = Path(folder) / name
    path.symlink_to("/dev/zero")
    return path


# --- zip bombs -------------------------------------------------------------------------------------

_SHARED = "xl/sharedStrings.xml"


def _with_huge_shared_string(folder: Path, target: Path, size: int, fill: bytes) -> Path:
    """A real workbook (openpyxl writes its answers as shared strings) with a first shared string of
    ``size`` bytes, streamed: nothing large is held in memory."""
    source = Path(folder) / ".bron.xlsx"
    honest_frame().to_excel(source, index=False, sheet_name="Data")
    block = fill * ((1 << 20) // len(fill))
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as out:
        for info in src.infolist():
            if info.filename != _SHARED:
                out.writestr(info.filename, src.read(info.filename))
        strings = src.read(_SHARED)
        first = strings.index(b"<si>")
        with out.open(_SHARED, "w") as fh:       # the huge string comes first: every cell of string 0 holds it
            fh.write(strings[:first] + b"<si><t>")
            for _ in range(size >> 20):
                fh.write(block)
            fh.write(b"</t></si>" + strings[first:])
    source.unlink()
    return target


def zip_bomb(folder: Path, name: str = "bom_2023.xlsx", size: int = 64 << 20) -> Path:
    """A workbook of about 70 KB whose shared-string part expands to ``size`` bytes (1000-fold)."""
    return _with_huge_shared_string(folder, Path(folder) / name, size, b"A")


def lying_zip(folder: Path, name: str = "liegt_2023.xlsx", size: int = 8 << 20, declared: int = 1024) -> Path:
    """A workbook whose shared-string part declares ``declared`` bytes and expands to ``size``."""
    target = _with_huge_shared_string(folder, Path(folder) / name, size, b"AB")
    data = bytearray(target.read_bytes())
    with zipfile.ZipFile(target) as archive:
        info = archive.getinfo(_SHARED)
    struct.pack_into("<I", data, info.header_offset + 22, declared)          # local header
    central = data.rfind(b"PK\x01\x02", 0, data.rfind(_SHARED.encode()))     # its central-directory entry
    struct.pack_into("<I", data, central + 24, declared)
    target.write_bytes(bytes(data))
    return target


# --- text files ------------------------------------------------------------------------------------

def endless_line(folder: Path, name: str = "lange_regel.csv", fields: int = 1_500_000) -> Path:
    """One header line of about 10 MB: 1.5 million fields."""
    path = Path(folder) / name
    with open(path, "wb") as fh:
        fh.write(b";".join(b"v%d" % i for i in range(fields)) + b"\r\n1;2\r\n")
    return path


def many_columns_csv(folder: Path, name: str = "breed_2023.csv", columns: int = 10_000) -> Path:
    path = Path(folder) / name
    header = ";".join(f"kolom {i}" for i in range(columns))
    row = ";".join("Altijd" for _ in range(columns))
    path.write_text(header + "\n" + row + "\n" + row + "\n", encoding="utf-8")
    return path


def many_columns_xlsx(folder: Path, name: str = "breed_2023.xlsx", columns: int = 10_000) -> Path:
    path = Path(folder) / name
    pd.DataFrame([["Altijd"] * columns] * 2, columns=[f"kolom {i}" for i in range(columns)]).to_excel(
        path, index=False)
    return path


def codebook_workbook(folder: Path) -> Path:
    """A workbook whose first and larger sheet is a codebook (labels that look like answers); the survey
    is the second sheet."""
    path = folder / "werkmap_2023.xlsx"
    codebook = pd.DataFrame({"Variabele": [f"v{i}" for i in range(300)], "Code": range(300),
                             "Label": ["Altijd", "Vaak", "Soms", "Nooit", "Ja", "Nee"] * 50})
    with pd.ExcelWriter(path) as writer:                       # the codebook is the larger sheet, and comes first
        codebook.to_excel(writer, sheet_name="Codeboek", index=False)
        honest_frame().to_excel(writer, sheet_name="Blad1", index=False)
    return path


#: (make the file in a folder, its name, words the refusal says): refused quickly, on every path.
HOSTILE_FILES = [
    (fifo, "pijp.csv", "named pipe"),
    (link_to_dev_zero, "nullen.csv", "/dev/zero"),
    (lambda d: link_to_dev_zero(d, "nullen_2023.xlsx"), "nullen_2023.xlsx", "/dev/zero"),
    (zip_bomb, "bom_2023.xlsx", "zipbom"),
    (lying_zip, "liegt_2023.xlsx", "groter dan het zelf opgeeft"),
    (endless_line, "lange_regel.csv", "regel van meer dan"),
    (many_columns_csv, "breed_2023.csv", "10000 kolommen"),
    (many_columns_xlsx, "breed_2023.xlsx", "10000 kolommen"),
]
#: the ones also dropped on the window (in this order: the first three are dropped beside a good file)
WINDOW_FILES = ("pijp.csv", "nullen.csv", "bom_2023.xlsx", "liegt_2023.xlsx", "lange_regel.csv", "breed_2023.csv")

