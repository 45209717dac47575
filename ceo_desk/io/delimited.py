"""CSV as Dutch Excel writes it: separator, encoding and decimal comma detected."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pandas as pd

from ceo_desk.io.raw import RawTable
from ceo_desk.io.tabular import column_from_cells
from ceo_desk.model.errors import InputError

_SEPARATORS = ";,\t|"


def decode(path: Path) -> tuple[str, str]:
    """The file's text and the encoding it was in: UTF-8 (with or without BOM), UTF-16, Windows-1252."""
    data = path.read_bytes()
    if not data.strip():
        raise InputError(path, key="err.core.csv_empty", action_key="err.core.choose_answers_action")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "UTF-16"
        except UnicodeDecodeError:
            pass
    if b"\x00" in data[:4096]:
        raise InputError(path, key="err.core.csv_binary", action_key="err.core.csv_binary_action")
    try:
        return data.decode("utf-8-sig"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError as exc:
        raise InputError(path, key="err.core.csv_encoding", params={"byte": exc.start},
                         action_key="err.core.csv_encoding_action") from None


def detect_separator(text: str) -> str:
    sample = "\n".join(text.splitlines()[:50])
    try:
        return csv.Sniffer().sniff(sample, delimiters=_SEPARATORS).delimiter
    except csv.Error:
        first = text.splitlines()[0] if text else ""
        counts = {sep: first.count(sep) for sep in _SEPARATORS}
        best = max(counts, key=counts.get)
        return best if counts[best] else ","


def read_text_frame(path: Path) -> pd.DataFrame:
    text, _ = decode(path)
    sep = detect_separator(text)
    try:
        return pd.read_csv(io.StringIO(text), sep=sep, dtype=str, keep_default_na=False,
                           skip_blank_lines=True, engine="c")
    except (pd.errors.ParserError, ValueError) as exc:
        raise InputError(path, key="err.core.csv_unreadable", params={"reason": str(exc)},
                         action_key="err.core.csv_unreadable_action") from None


def read_csv(path: Path) -> RawTable:
    frame = read_text_frame(path)
    columns = [column_from_cells(name, frame[name]) for name in frame.columns]
    return RawTable(path=path, format="CSV", columns=columns, n_rows=len(frame))
