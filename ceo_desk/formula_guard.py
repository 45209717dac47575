"""Cells that a spreadsheet must never run as formulas (CSV injection, OWASP): one rule for every
table this program writes or copies to the clipboard."""

from __future__ import annotations

import io
import re
from pathlib import Path

#: The first characters that make a spreadsheet read a cell as a formula (OWASP, CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


_PLAIN_NUMBER = re.compile(r"[+-]?\d[\d.,]*(\s?%)?")


def formula_safe(value):
    """A text that begins with = + - @ tab or CR gets a leading apostrophe (the OWASP rule for CSV and
    pasted text), unless it is a plain number such as '-3,2'; anything else is returned as it is."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS) and not _PLAIN_NUMBER.fullmatch(value):
        return "'" + value
    return value


def neutralise_formulas(frame):
    """Text cells (and headers) of a DataFrame that a spreadsheet would run as a formula get a leading
    apostrophe."""
    import pandas as pd
    text = [c for c in frame.columns if frame[c].dtype == object or pd.api.types.is_string_dtype(frame[c])]
    out = frame.copy()
    for column in text:
        out[column] = out[column].map(formula_safe)
    out.columns = [formula_safe(c) for c in out.columns]
    return out


def write_xlsx_text_safe(frame, path: Path, sheet_name: str) -> None:
    """xlsx in which every text is a text cell: xlsxwriter never turns '=...' into a formula or a URL.

    The workbook is built in memory and written with one plain write, so a full disk is one ``OSError``
    (no half-closed zip that complains again when it is collected).
    """
    import pandas as pd
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="xlsxwriter",
                        engine_kwargs={"options": {"strings_to_formulas": False, "strings_to_urls": False,
                                                     "in_memory": True}}) as writer:
        frame.to_excel(writer, index=False, sheet_name=sheet_name[:31])
    path.write_bytes(buffer.getvalue())
