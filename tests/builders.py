"""Small, explicit fixture writers for the tests: exact answers in, known counts out.

Independent of ../shared and of ceo_desk; only numpy, pandas, pyreadstat and openpyxl.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Iterable, Mapping, Sequence

import numpy as np
import pandas as pd
import pyreadstat

FREQ_LABELS = {1: "Altijd", 2: "Vaak", 3: "Soms", 4: "Nooit", 5: "Niet van toepassing", 9: "Geen antwoord"}
YESNO_LABELS = {1: "Ja", 2: "Nee", 3: "Weet niet", 9: "Geen antwoord"}
AGREE_LABELS = {1: "Helemaal mee eens", 2: "Mee eens", 3: "Neutraal", 4: "Niet mee eens",
                5: "Helemaal niet mee eens", 6: "Weet niet / niet van toepassing", 9: "Geen antwoord"}
DUTCH_HEADERS = ("Vraag", "Jaar", "N", "Percentage positief")
ENGLISH_HEADERS = ("Question", "Year", "N", "Percent positive")
Q1 = "Ik kan de hulp krijgen die ik nodig heb."
Q2 = "De hulp die ik krijg, helpt mij."
Q3 = "Ik wist waar ik terecht kon met mijn vragen."


# --- answers ------------------------------------------------------------------------------------

def answers(seed: int = 0, blank: int = 0, **counts: int) -> list[str | None]:
    """Deterministically shuffled answer list, e.g. answers(Altijd=40, Vaak=30, blank=2)."""
    out: list[str | None] = [label for label, k in counts.items() for _ in range(k)] + [None] * blank
    random.Random(seed).shuffle(out)
    return out


def to_codes(values: Iterable[str | None], value_labels: Mapping[int, str] = FREQ_LABELS) -> list[float | None]:
    """Answer texts -> numeric codes via value labels (None stays None)."""
    lookup = {label: float(code) for code, label in value_labels.items()}
    return [None if v is None else lookup[v] for v in values]


def survey_frame(questions: Mapping[str, Sequence], year: int = 2023, municipality: str = "Teststad",
                 **extra: Sequence) -> pd.DataFrame:
    """Survey frame: respnr, gemeente, jaar, then one column per question (header = text), then extras."""
    n = len(next(iter(questions.values())))
    if any(len(v) != n for v in [*questions.values(), *extra.values()]):
        raise ValueError("all columns must have the same length")
    frame = pd.DataFrame({"respnr": range(1, n + 1), "gemeente": municipality, "jaar": year})
    for name, values in {**questions, **extra}.items():
        frame[name] = pd.Series(list(values))
    return frame


# --- survey files -------------------------------------------------------------------------------

def write_sav(path, columns: Mapping[str, Sequence], labels: Mapping[str, str] | None = None,
              value_labels: Mapping[str, Mapping[int, str]] | None = None,
              user_missing: Mapping[str, Sequence[float]] | None = None) -> Path:
    """SPSS .sav from columns of codes (None = system missing) or strings, with labels and user-missing."""
    frame = pd.DataFrame({
        name: (pd.Series(list(vals), dtype=object) if any(isinstance(v, str) for v in vals)
               else pd.Series([np.nan if v is None else float(v) for v in vals], dtype="float64"))
        for name, vals in columns.items()
    })
    vlabels = {col: {float(k): v for k, v in lab.items()} for col, lab in (value_labels or {}).items()}
    pyreadstat.write_sav(frame, str(path), column_labels=dict(labels or {}), variable_value_labels=vlabels,
                         missing_ranges={col: list(v) for col, v in (user_missing or {}).items()})
    return Path(path)


def write_xlsx(path, frame: pd.DataFrame, sheet_name: str = "Data") -> Path:
    """One-sheet .xlsx, no index, NaN/None as empty cells."""
    frame.to_excel(path, sheet_name=sheet_name, index=False, engine="openpyxl")
    return Path(path)


def write_csv(path, frame: pd.DataFrame, sep: str = ";", encoding: str = "cp1252", decimal: str = ",") -> Path:
    """Dutch-Excel CSV: semicolon, Windows-1252 (or "utf-8-sig" for a BOM), decimal comma, CRLF."""
    frame.to_csv(path, sep=sep, encoding=encoding, decimal=decimal, index=False, lineterminator="\r\n")
    return Path(path)


# --- reference tables ---------------------------------------------------------------------------

def _percent(p: float, style: str):
    """Format a percentage (0-100) as int 76 (half up), decimal 76.0, fraction 0.76 or text "76,0%"."""
    return {"int": lambda: int(np.floor(p + 0.5)), "decimal": lambda: float(p), "fraction": lambda: round(p / 100, 6),
            "text": lambda: f"{p:.1f}%".replace(".", ",")}[style]()


def reference_frame(rows: Iterable[tuple[str, int, int, float]], form: str = "long", percent: str = "int",
                    headers: Sequence[str] = DUTCH_HEADERS) -> pd.DataFrame:
    """Reference table from (question, year, n, percent 0-100) rows; form "long" or "wide" (years as columns)."""
    q, y, n, p = headers
    long = pd.DataFrame([{q: r[0], y: r[1], n: r[2], p: _percent(r[3], percent)} for r in rows])
    if form == "long":
        return long
    spread = lambda col: long.pivot_table(index=q, columns=y, values=col, aggfunc="first", sort=False)
    wide = spread(p).rename(columns=str).join(spread(n).rename(columns=lambda c: f"{n} {c}")).reset_index()
    wide.columns.name = None
    return wide


def write_reference(path, rows: Iterable[tuple[str, int, int, float]], form: str = "long", percent: str = "int",
                    headers: Sequence[str] = DUTCH_HEADERS, sheet_name: str = "Referentiegroep",
                    sep: str = ";", encoding: str = "utf-8-sig") -> Path:
    """Reference table as .xlsx or .csv (by suffix); wide form has columns Vraag, 2022, 2023, N 2022, N 2023."""
    frame = reference_frame(rows, form=form, percent=percent, headers=headers)
    if Path(path).suffix.lower() == ".csv":
        return write_csv(path, frame, sep=sep, encoding=encoding, decimal=",")
    return write_xlsx(path, frame, sheet_name=sheet_name)


# --- bad inputs ---------------------------------------------------------------------------------

def write_random_bytes(path, size: int = 4096, seed: int = 0, prefix: bytes = b"") -> Path:
    """A corrupt file: `prefix` (e.g. b"$FL2" for a fake .sav header) then random bytes."""
    Path(path).write_bytes(prefix + np.random.default_rng(seed).bytes(size))
    return Path(path)


def write_text_as(path, text: str = "Dit is geen Excel-bestand.\n") -> Path:
    """A plain text file under any name (e.g. data.xlsx or data.sav)."""
    Path(path).write_text(text, encoding="utf-8")
    return Path(path)


def write_empty(path) -> Path:
    """A zero-byte file."""
    Path(path).write_bytes(b"")
    return Path(path)


def write_utf16_csv(path, frame: pd.DataFrame) -> Path:
    """A semicolon CSV in UTF-16 (with BOM), as Excel's 'Unicode text' export does."""
    return write_csv(path, frame, encoding="utf-16")


def write_undecodable_csv(path) -> Path:
    """A semicolon CSV with bytes invalid in UTF-8 and undefined in Windows-1252 (0x81, 0x8D, 0x9D)."""
    Path(path).write_bytes(b"respnr;" + Q1.encode() + b"\r\n1;Altijd\r\n2;Va\x81\x8dk\x9d\r\n3;Soms\r\n")
    return Path(path)


def no_question_frame(n: int = 5) -> pd.DataFrame:
    """Only background columns (respnr, gemeente, jaar, doelgroep, weegfactor): no question to find."""
    return pd.DataFrame({"respnr": range(1, n + 1), "gemeente": "Teststad", "jaar": 2023,
                         "doelgroep": ["Jongere", "Ouder/verzorger"] * (n // 2) + ["Jongere"] * (n % 2),
                         "weegfactor": 1.0})


def write_no_questions(path) -> Path:
    """A survey file without question columns, as .sav, .xlsx or .csv by suffix."""
    frame, suffix = no_question_frame(), Path(path).suffix.lower()
    if suffix == ".sav":
        return write_sav(path, {c: frame[c].tolist() for c in frame.columns})
    if suffix == ".csv":
        return write_csv(path, frame)
    return write_xlsx(path, frame)


def read_export(path: Path):
    """A results export (.csv, .xlsx or .json) read back as a DataFrame."""
    import json
    if path.suffix == ".csv":
        return pd.read_csv(path)
    if path.suffix == ".xlsx":
        return pd.read_excel(path, engine="openpyxl")
    return pd.DataFrame(json.loads(path.read_text(encoding="utf-8")))

