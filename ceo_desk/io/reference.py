"""The reference-group table: long form or years as columns, percent in any usual notation."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pandas as pd

from ceo_desk.io.classify import file_checksum
from ceo_desk.io.delimited import read_text_frame
from ceo_desk.io.excel import pick_sheet, read_sheets
from ceo_desk.io.raw import RawTable
from ceo_desk.io.tabular import clean_text, to_numbers
from ceo_desk.model.errors import InputError, Notice
from ceo_desk.model.reference import REFERENCE_COLUMNS, ReferenceTable
from ceo_desk.model.scales import normalise_label, normalise_text

_QUESTION = ("vraag", "vraagtekst", "question", "stelling", "item", "omschrijving", "indicator", "tekst",
             "text", "statement", "vraag stelling")
_YEAR = ("jaar", "year", "onderzoeksjaar", "meetjaar")
_N = ("n", "aantal", "basis", "count", "respondenten", "aantal respondenten", "n respondenten",
      "ref n", "n ref", "number", "base", "clienten", "aantal clienten", "nobs")
_PERCENT = ("percentage positief", "percent positive", "percentage", "percent", "pct", "positief", "positive",
            "score", "aandeel", "aandeel positief", "share", "share positive", "positief percentage",
            "positive percent", "waarde", "value", "referentie", "reference", "ref percent", "ref")
_YEAR_HEADER = re.compile(r"^(?:(n|aantal|basis|count|%|pct|percentage|percent)\s*)?(20\d\d)(?:\s*(n|aantal|basis|count|%|pct|percentage|percent))?$")


def _role(header: str, names: tuple[str, ...]) -> bool:
    h = normalise_label(header.replace("_", " "))
    return h in names or any(h.startswith(n + " ") for n in names if len(n) > 2)


def _find(headers: list[str], names: tuple[str, ...], taken: set[str]) -> str | None:
    for h in headers:
        if h not in taken and normalise_label(h.replace("_", " ")) in names:
            return h
    for h in headers:
        if h not in taken and _role(h, names):
            return h
    return None


def _percent(values: pd.Series, path: Path, column: str) -> pd.Series:
    text = clean_text(values)
    nums = to_numbers(text)
    bad = text.notna() & nums.isna()
    if bad.any():
        raise InputError(path, key="err.core.ref_percent_text",
                         params={"values": ", ".join(text[bad].astype(str).unique()[:3])},
                         action_key="err.core.ref_percent_text_action", column=column)
    filled = nums.dropna()
    if len(filled) and filled.max() <= 1.0 and not text[text.notna()].str.contains("%").any():
        nums = nums * 100.0   # written as fractions (0.76)
    if ((nums < 0) | (nums > 100)).any():
        raise InputError(path, key="err.core.ref_percent_range", action_key="err.core.check_column_action",
                         column=column)
    return nums


def _counts(values: pd.Series, path: Path, column: str) -> pd.Series:
    text = clean_text(values)
    nums = to_numbers(text)
    if (text.notna() & nums.isna()).any():
        raise InputError(path, key="err.core.ref_n_text", action_key="err.core.ref_n_text_action", column=column)
    return nums


def _long_form(frame: pd.DataFrame, path: Path) -> pd.DataFrame | None:
    headers = [str(c) for c in frame.columns]
    q = _find(headers, _QUESTION, set())
    year = _find(headers, _YEAR, {q})
    n = _find(headers, _N, {q, year})
    pct = _find(headers, _PERCENT, {q, year, n})
    if not (q and year and pct):
        return None
    years = to_numbers(clean_text(frame[year]))
    if years.isna().any():
        raise InputError(path, key="err.core.ref_years", action_key="err.core.ref_years_action", column=year)
    return pd.DataFrame({
        "text": clean_text(frame[q]),
        "year": years.astype("int64"),
        "n": _counts(frame[n], path, n) if n else np.nan,
        "percent": _percent(frame[pct], path, pct),
    })


def _wide_form(frame: pd.DataFrame, path: Path) -> pd.DataFrame | None:
    headers = [str(c) for c in frame.columns]
    q = _find(headers, _QUESTION, set()) or headers[0]
    pct_cols: dict[int, str] = {}
    n_cols: dict[int, str] = {}
    for h in headers:
        m = _YEAR_HEADER.match(normalise_label(h.replace("_", " ")))
        if not m:
            continue
        year = int(m.group(2))
        marker = (m.group(1) or m.group(3) or "")
        if marker in {"n", "aantal", "basis", "count"}:
            n_cols[year] = h
        else:
            pct_cols[year] = h
    if not pct_cols:
        return None
    parts = []
    for year, col in sorted(pct_cols.items()):
        parts.append(pd.DataFrame({
            "text": clean_text(frame[q]),
            "year": year,
            "n": _counts(frame[n_cols[year]], path, n_cols[year]) if year in n_cols else np.nan,
            "percent": _percent(frame[col], path, col),
        }))
    return pd.concat(parts, ignore_index=True)


def _frame_from_file(path: Path) -> pd.DataFrame:
    suffix = path.suffix.lower()
    if suffix in {".xlsx", ".xlsm", ".xls"}:
        _, frame = pick_sheet(read_sheets(path))
        return frame
    if suffix in {".csv", ".txt", ".tsv"}:
        return read_text_frame(path)
    raise InputError(path, key="err.core.ref_type", params={"suffix": suffix},
                     action_key="err.core.ref_type_action")


def parse_reference(frame: pd.DataFrame, path: Path) -> ReferenceTable:
    frame = frame.dropna(how="all")
    frame.columns = [str(c).strip() for c in frame.columns]
    table = _long_form(frame, path)
    if table is None:
        table = _wide_form(frame, path)
    if table is None:
        raise InputError(path, key="err.core.ref_not_table", params={"found": ", ".join(map(str, frame.columns[:8]))},
                         action_key="err.core.ref_not_table_action")
    table = table[table["text"].notna() & table["percent"].notna()].copy()
    if table.empty:
        raise InputError(path, key="err.core.ref_no_percent", action_key="err.core.check_table_action")
    table["text"] = table["text"].astype(str)
    table["key"] = table["text"].map(normalise_text)
    warnings = []
    dup = table.duplicated(["key", "year"], keep="first")
    if dup.any():
        warnings.append(Notice(path, "warn.core.ref_duplicates", {"count": int(dup.sum())}))
        table = table[~dup]
    if table["n"].isna().any():
        warnings.append(Notice(path, "warn.core.ref_no_n", {"count": int(table["n"].isna().sum())}))
    return ReferenceTable(path=path, frame=table[REFERENCE_COLUMNS].reset_index(drop=True),
                          name=path.stem, warnings=warnings)


_MAX_REFERENCE_ROWS = 2000   # a reference table has a row per question and year, not per respondent


def reference_from_raw(raw: RawTable) -> ReferenceTable | None:
    """The file already read as a survey, taken as a reference table if it reads as one; else None."""
    if raw.format == "SPSS" or raw.n_rows > _MAX_REFERENCE_ROWS:
        return None
    frame = pd.DataFrame({c.name: c.values for c in raw.columns})
    try:
        table = parse_reference(frame, raw.path)
    except Exception:          # any table that is not a reference table, whatever it trips over
        return None
    table.checksum = file_checksum(raw.path)
    return table


def read_reference(path: Path | str) -> ReferenceTable:
    path = Path(path)
    if not path.exists():
        raise InputError(path, key="err.core.file_missing", action_key="err.core.file_missing_action")
    table = parse_reference(_frame_from_file(path), path)
    table.checksum = file_checksum(path)
    return table
