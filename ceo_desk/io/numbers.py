"""Numbers as a file writes them: one home for reading a column of cells as numbers.

Whether ``.`` and ``,`` are decimal or thousands separators is decided per column from all its
values, never per cell: ``5.210`` in a column that also holds ``12,5`` or ``4.380.100`` is Dutch
thousands, ``0.76`` beside ``0.81`` is a fraction. A cell such as ``5.210`` on its own could be
read both ways; then the file's convention (a ``;``-separated CSV is Dutch), or the column's role
(a count is whole) settles it, and when nothing does the reading is stated in a warning. The
conversion itself is babel's ``parse_decimal`` in the locale that the decision names (its steps taken
directly with that locale's symbols, see ``_convert``).

Each distinct cell is looked at once, however many rows hold it: a column of 50,000 answers has a
handful of distinct cells, and a column the spreadsheet stores as numbers is read without a loop.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from numbers import Number
from pathlib import Path

import numpy as np
import pandas as pd
from babel.numbers import NumberFormatError, get_decimal_symbol, get_group_symbol, parse_decimal

from ceo_desk.model.errors import Notice

DECIMAL_COMMA = ","          # Dutch: 1.234,5
DECIMAL_POINT = "."          # English: 1,234.5
_LOCALE = {DECIMAL_COMMA: "nl", DECIMAL_POINT: "en"}

_STRIP = re.compile(r"[\s\u00a0\u202f\u2009%]")
_INT = re.compile(r"^-?\d+$")
_NL_FULL = re.compile(r"^-?\d{1,3}(?:\.\d{3})+,\d+$")        # 1.234,5
_EN_FULL = re.compile(r"^-?\d{1,3}(?:,\d{3})+\.\d+$")        # 1,234.5
_NL_GROUPS = re.compile(r"^-?\d{1,3}(?:\.\d{3}){2,}$")       # 1.234.567
_EN_GROUPS = re.compile(r"^-?\d{1,3}(?:,\d{3}){2,}$")        # 1,234,567
_ONE_SEP = re.compile(r"^-?(\d*)([.,])(\d+)$")              # 12,5  0.76  5.210  .5
_GROUP_LIKE = re.compile(r"^[1-9]\d{0,2}$")


def _tidy(text: str) -> str:
    text = _STRIP.sub("", text).replace("\u2212", "-")
    return text[1:] if text.startswith("+") else text


def _token(text: str) -> tuple[str, str]:
    """A stripped cell's number token and its kind (``_tidy`` then ``_kind``).

    Plain digits, and digits with one separator (12,5  0.76  5.210, a minus before), need neither:
    nothing to tidy, and only _INT or _ONE_SEP can match them.
    """
    if text.isascii():
        if text.isdigit():                  # 12, 2023
            return text, "int"
        body = text[1:] if text[:1] == "-" else text
        for sep in (DECIMAL_COMMA, DECIMAL_POINT):
            whole, found, frac = body.partition(sep)
            if found and frac.isdigit() and (whole.isdigit() or not whole):
                if len(frac) == 3 and 1 <= len(whole) <= 3 and whole[0] != "0":
                    return text, "amb" + sep     # 5.210 / 5,210: thousands or three decimals
                return text, "nl" if sep == DECIMAL_COMMA else "en"
    token = _tidy(text)
    return token, _kind(token)


def _kind(token: str) -> str:
    """'int', 'nl' (decimal comma), 'en' (decimal point), 'amb,' / 'amb.' (either), or 'bad'."""
    if _INT.match(token):
        return "int"
    if _NL_FULL.match(token) or _NL_GROUPS.match(token):
        return "nl"
    if _EN_FULL.match(token) or _EN_GROUPS.match(token):
        return "en"
    m = _ONE_SEP.match(token)
    if not m:
        return "bad"
    whole, sep, frac = m.groups()
    if len(frac) == 3 and _GROUP_LIKE.match(whole):
        return "amb" + sep                  # 5.210 / 5,210: thousands or three decimals
    return "nl" if sep == DECIMAL_COMMA else "en"


@dataclass
class NumberReading:
    """A column read as numbers: values (NaN where blank or not a number) and how it was read."""

    values: np.ndarray
    filled: np.ndarray                      # the cell holds something
    numeric: np.ndarray                     # the cell was read as a number
    decimal: str | None = None              # the decimal separator used, None when no cell needed one
    percent_sign: bool = False              # some cell was written with %
    ambiguous: list[str] = field(default_factory=list)   # cells that could be read both ways
    settled_by: str = ""                    # "column", "file", "whole", "default": what decided the reading
    conflict: list[str] = field(default_factory=list)    # cells in the other notation than the column's

    @property
    def all_numeric(self) -> bool:
        """Every filled cell is a number (and at least one cell is filled)."""
        return bool(self.filled.any()) and bool(self.numeric[self.filled].all())

    @property
    def needs_warning(self) -> bool:
        """The column could truly be read two ways and only a default or the file's habit decided."""
        return bool(self.ambiguous) and self.settled_by in {"file", "default"}

    def not_numbers(self, limit: int = 3) -> list[str]:
        return list(dict.fromkeys(self._cells[self.filled & ~self.numeric]))[:limit]

    _cells: np.ndarray = field(default=None, repr=False)


@lru_cache(maxsize=None)
def _symbols(decimal: str) -> tuple[str, str]:
    """The locale's group and decimal symbol, as babel gives them (nl: '.' and ','; en: ',' and '.')."""
    return get_group_symbol(_LOCALE[decimal]), get_decimal_symbol(_LOCALE[decimal])


def _convert(token: str, decimal: str) -> float:
    """``parse_decimal(token, locale, strict=False)`` as a float.

    That call drops the group symbol and turns the decimal symbol into a point; done here directly
    (babel looks the locale up again for every cell). A group symbol that is a kind of space, where
    babel does more, goes through babel itself.
    """
    group, point = _symbols(decimal)
    try:
        if group.isspace() or group in "\u00a0\u202f":
            return float(parse_decimal(token, locale=_LOCALE[decimal], strict=False))
        return float(Decimal(token.replace(group, "").replace(point, ".")))
    except (NumberFormatError, InvalidOperation, ValueError):
        return float("nan")


def factorize_cells(cells: pd.Series | np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each cell's position among the distinct cells (-1 where blank), and the distinct cells in order."""
    values = cells.to_numpy(dtype=object) if isinstance(cells, pd.Series) else np.asarray(cells, dtype=object)
    return pd.factorize(values, use_na_sentinel=True)


def _distinct_cells(cell_values: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, list[int]]:
    """Per distinct cell: its number (NaN where none yet), whether it holds something, its text; and
    the positions of the texts still to be read as numbers."""
    n = len(cell_values)
    kind = pd.api.types.infer_dtype(cell_values, skipna=False) if n else "empty"
    if kind in ("integer", "floating", "mixed-integer-float"):   # numbers as the file stores them
        values = np.asarray(cell_values, dtype=np.float64)
        texts = np.empty(n, dtype=object)
        texts[:] = [f"{v:g}" for v in values.tolist()]
        filled = ~np.isnan(values)
        texts[~filled] = ""
        return values, filled, texts, []
    if kind == "string":                    # texts only: strip each
        stripped = [str(cell).strip() for cell in cell_values]
        texts = np.empty(n, dtype=object)
        texts[:] = stripped
        filled = np.fromiter(map(bool, stripped), dtype=bool, count=n)
        return np.full(n, np.nan), filled, texts, np.flatnonzero(filled).tolist()
    unique_values = np.full(n, np.nan)
    unique_filled = np.zeros(n, dtype=bool)
    unique_texts = np.full(n, "", dtype=object)
    text_positions: list[int] = []
    for j, cell in enumerate(cell_values):
        if isinstance(cell, Number) and not isinstance(cell, bool):
            if not np.isnan(float(cell)):
                unique_values[j] = float(cell)
                unique_filled[j] = True
                unique_texts[j] = f"{float(cell):g}"
            continue
        text = str(cell).strip()
        if text:
            unique_filled[j] = True
            unique_texts[j] = text
            text_positions.append(j)
    return unique_values, unique_filled, unique_texts, text_positions


def read_numbers(cells: pd.Series | np.ndarray | list, hint: str | None = None,
                 whole: bool = False, factorized: tuple[np.ndarray, np.ndarray] | None = None) -> NumberReading:
    """Read a column of cells (str, numbers, None) as numbers.

    ``hint`` is the file's decimal separator where the file says (``,`` for a ``;``-separated CSV,
    ``.`` for a ``,``-separated one); ``whole`` says the column holds counts, so ``5.210`` and
    ``5,210`` can only be thousands. ``factorized`` is ``factorize_cells(cells)`` when the caller
    has it already.
    """
    series = cells if isinstance(cells, pd.Series) else pd.Series(list(cells), dtype=object)
    if series.dtype.kind in "fiu":          # a column the file already stores as numbers
        values = series.to_numpy(dtype=np.float64, na_value=np.nan)
        ok = ~np.isnan(values)
        return NumberReading(values=values, filled=ok, numeric=ok.copy(), _cells=np.array([], dtype=object))
    codes, cell_values = factorized if factorized is not None else factorize_cells(series)
    unique_values, unique_filled, unique_texts, text_positions = _distinct_cells(cell_values)
    present = codes >= 0
    filled = np.zeros(len(codes), dtype=bool)
    filled[present] = unique_filled[codes[present]]
    texts = np.full(len(codes), "", dtype=object)
    texts[present] = unique_texts[codes[present]]
    numeric_u = unique_filled & ~np.isnan(unique_values)
    reading = NumberReading(values=np.full(len(codes), np.nan), filled=filled, numeric=np.zeros(len(codes), dtype=bool),
                            _cells=texts)

    def finish() -> NumberReading:
        reading.values[present] = unique_values[codes[present]]
        reading.numeric[present] = numeric_u[codes[present]]
        return reading

    if not text_positions:
        return finish()
    plain = unique_texts[text_positions]
    joined = "".join(plain)
    if joined.isascii() and joined.isdigit():    # every text is plain digits (ids, years): whole numbers
        unique_values[text_positions] = plain.astype(np.float64)
        numeric_u[text_positions] = True
        return finish()
    uniques = list(dict.fromkeys(unique_texts[text_positions]))
    tokens, kinds = {}, {}
    for u in uniques:
        tokens[u], kinds[u] = _token(u)
    reading.percent_sign = any("%" in u for u in uniques)
    seen = set(kinds.values())
    decimal: str | None = None
    if "nl" in seen and "en" in seen:        # the column holds both notations: the minority is suspect
        nl = sum(1 for k in kinds.values() if k == "nl")
        en = sum(1 for k in kinds.values() if k == "en")
        major = "nl" if nl >= en else "en"
        reading.conflict = [u for u, k in kinds.items() if k in {"nl", "en"} and k != major]
        decimal, reading.settled_by = (DECIMAL_COMMA if major == "nl" else DECIMAL_POINT), "column"
    elif "nl" in seen:
        decimal, reading.settled_by = DECIMAL_COMMA, "column"
    elif "en" in seen:
        decimal, reading.settled_by = DECIMAL_POINT, "column"
    elif "amb." in seen or "amb," in seen:
        reading.ambiguous = [u for u, k in kinds.items() if k.startswith("amb")]
        if whole:                            # a count: 5.210 / 5,210 are thousands either way
            decimal = DECIMAL_COMMA if "amb." in seen else DECIMAL_POINT
            reading.settled_by = "whole"
            if "amb." in seen and "amb," in seen:
                reading.conflict = [u for u, k in kinds.items() if k == "amb,"]
        elif hint in _LOCALE:
            decimal, reading.settled_by = hint, "file"
        else:                                # three digits after one separator: read as thousands
            decimal = DECIMAL_COMMA if "amb." in seen else DECIMAL_POINT
            reading.settled_by = "default"
    reading.decimal = decimal
    parsed: dict[str, float] = {}
    for u, k in kinds.items():
        if k == "bad" or u in reading.conflict:
            continue
        parsed[u] = float(int(tokens[u])) if k == "int" else _convert(tokens[u], decimal)
    for j in text_positions:
        value = parsed.get(unique_texts[j])
        if value is not None and not np.isnan(value):
            unique_values[j] = value
            numeric_u[j] = True
    return finish()


def decimal_hint(separator: str | None) -> str | None:
    """The decimal separator a CSV field separator implies: ``;`` is Dutch Excel, ``,`` cannot be decimal."""
    return {";": DECIMAL_COMMA, ",": DECIMAL_POINT}.get(separator or "")


def reading_warning(path: Path | str | None, column: str, reading: NumberReading) -> Notice | None:
    """The notice that says how a column that could be read two ways was read (None when it could not)."""
    if reading.conflict:
        return Notice(path, "io_import.numbers_conflict", {"cells": ", ".join(f"'{c}'" for c in reading.conflict[:3])},
                      column=column)
    if not reading.needs_warning:
        return None
    example = reading.ambiguous[0]
    as_thousands = (reading.decimal == DECIMAL_COMMA) == ("." in example)
    value = reading.values[np.flatnonzero(reading._cells == example)[0]]
    key = "io_import.numbers_read_thousands" if as_thousands else "io_import.numbers_read_decimal"
    return Notice(path, key, {"cell": example, "value": f"{value:g}"}, column=column)
