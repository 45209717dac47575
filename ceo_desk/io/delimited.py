"""CSV as Dutch Excel writes it: separator, encoding and decimal comma detected."""

from __future__ import annotations

import csv
import io
from collections import Counter
from pathlib import Path

import pandas as pd

from ceo_desk.io.plausible import mixed_encoding, ragged_lines, utf16_without_bom
from ceo_desk.io.raw import RawTable
from ceo_desk.io.numbers import decimal_hint
from ceo_desk.io.tabular import table_from_grid
from ceo_desk.model.errors import InputError

_SEPARATORS = ";,\t|"
_HEAD_LINES = 40


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
    if (text := utf16_without_bom(data)) is not None:
        return text, "UTF-16"
    if b"\x00" in data[:4096]:
        raise InputError(path, key="err.core.csv_binary", action_key="err.core.csv_binary_action")
    try:
        return data.decode("utf-8-sig"), "UTF-8"
    except UnicodeDecodeError as exc:
        mixed_encoding(path, data, exc)      # partly UTF-8, partly Windows-1252: refused, never mojibake
    try:
        return data.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError as exc:
        raise InputError(path, key="err.core.csv_encoding", params={"byte": exc.start},
                         action_key="err.core.csv_encoding_action") from None


def detect_separator(text: str) -> str:
    """The separator that splits most lines into the same, largest number of fields (title lines aside)."""
    lines = [line for line in _head_lines(text) if line.strip()]
    best, best_score = ",", (0, 0)
    for sep in _SEPARATORS:
        widths = Counter(_width(line, sep) for line in lines)
        width, times = max(widths.items(), key=lambda item: (item[1], item[0])) if widths else (1, 0)
        score = (times * (width - 1), width) if width > 1 else (0, 0)   # fields split consistently
        if score > best_score:
            best, best_score = sep, score
    return best


def _width(line: str, sep: str) -> int:
    return len(next(csv.reader([line], delimiter=sep)))


def read_text_grid(path: Path) -> tuple[pd.DataFrame, str]:
    """The CSV's cells as text (blank = NaN), no row taken as header, and the field separator."""
    text, _ = decode(path)
    sep = detect_separator(text)
    try:
        grid = pd.read_csv(io.StringIO(text), sep=sep, dtype=str, header=None, keep_default_na=False,
                           na_values=[""], skip_blank_lines=False, names=range(_head_width(text, sep)),
                           engine="c")
    except (pd.errors.ParserError, ValueError) as exc:
        raise InputError(path, key="err.core.csv_unreadable", params={"reason": str(exc)},
                         action_key="err.core.csv_unreadable_action") from None
    ragged_lines(path, text, sep)        # a line with more or fewer fields: answers in the wrong column
    return grid, sep


def _head_width(text: str, sep: str) -> int:
    """The table's width from its first lines, so title lines above it (fewer fields) do not set it."""
    lines = [line for line in _head_lines(text) if line.strip()]
    return max((_width(line, sep) for line in lines), default=1)


def _head_lines(text: str) -> list[str]:
    """``text.splitlines()[:_HEAD_LINES]`` without splitting the whole of a large file."""
    size = 1 << 16
    while True:
        lines = text[:size].splitlines()
        if len(lines) > _HEAD_LINES or size >= len(text):
            return lines[:_HEAD_LINES]
        size *= 4


def read_csv(path: Path, header_row: int | None = None) -> RawTable:
    grid, sep = read_text_grid(path)
    return table_from_grid(path, "CSV", grid, header_row=header_row, hint=decimal_hint(sep))
