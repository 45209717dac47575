"""Answers written as words are classified once per distinct text (a 50,000-row workbook holds a handful of
texts per column): the codes are those of classifying cell by cell, blanks and spelling variants included."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from ceo_desk.io import classify
from ceo_desk.io.raw import RawColumn
from ceo_desk.io.tabular import clean_text

WORDS = ["Altijd", "vaak ", " Soms", "NOOIT", None, "Niet van toepassing", "Altijd", "Weet niet", None, "soms"]


def test_distinct_texts_give_the_codes_of_cell_by_cell(monkeypatch):
    values = np.array(WORDS * 500, dtype=object)
    column = RawColumn(name="j01", label="Ik kan de hulp krijgen die ik nodig heb.", values=values)
    fast = classify.classify_column(column, Path("x.csv"), [])
    monkeypatch.setattr(classify, "_distinct_texts", lambda values: None)     # the cell-by-cell path
    slow = classify.classify_column(column, Path("x.csv"), [])
    assert fast.kind == slow.kind and fast.scale == slow.scale and fast.categories == slow.categories
    assert fast.codes.dtype == slow.codes.dtype and np.array_equal(fast.codes, slow.codes)
    assert (fast.codes[values == None] == -1).all()  # noqa: E711


def test_stripping_texts_once_is_stripping_every_cell():
    cells = pd.Series(["  Ja", "Nee ", "", "   ", None, "Ja", np.nan, "Weet\u00a0niet "] * 50, dtype=object)
    reference = cells.astype("string").str.strip()
    reference = reference.mask(reference == "")
    assert clean_text(cells).equals(reference)
    mixed = pd.Series(["Ja", 2023.0, None, " 7 "], dtype=object)             # not only texts: cell by cell
    assert clean_text(mixed).tolist() == ["Ja", "2023", pd.NA, "7"]
