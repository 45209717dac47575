"""Workbooks read straight through python-calamine give the grid pandas' calamine reader gives
(with a CSV's rule for blanks: only an empty cell is blank; "NA" or "n/a" stay text)."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest
import xlsxwriter

from ceo_desk.io.excel import read_sheets


def _workbook(path) -> None:
    book = xlsxwriter.Workbook(str(path))
    data = book.add_worksheet("Data")
    data.write(1, 0, "Cliëntervaringsonderzoek Jeugd 2023")            # title above, blank row 0
    data.write_row(3, 0, ["Jaar", "Het was makkelijk om hulp te krijgen.", "Rapportcijfer", "Weegfactor", "Opm."])
    rows = [[2023, "Altijd", 8, 0.93, "NA"], [2023, "Vaak", 7.5, 1.07, "n/a"], [2023, "", 6, 1, "  "],
            [2023, "Niet van toepassing", None, 1.2, "Fijn"]]
    for r, row in enumerate(rows, start=4):
        for c, value in enumerate(row):
            if value is not None and value != "":
                data.write(r, c, value)
    date = book.add_format({"num_format": "dd-mm-yyyy"})
    data.write_datetime(9, 0, dt.datetime(2023, 5, 1), date)
    data.write_boolean(9, 1, True)
    data.write_formula(9, 2, "=1+1", None, 2)
    data.write(12, 4, "Bron: bureau")                                  # note under the table
    codes = book.add_worksheet("Codeboek")
    codes.write_row(0, 0, ["Code", "Label"])
    codes.write_row(1, 0, [1, "Altijd"])
    book.add_worksheet("Leeg")
    book.close()


def test_grid_equals_pandas_reading(tmp_path):
    path = tmp_path / "enquete.xlsx"
    _workbook(path)
    mine = read_sheets(path)
    pandas = pd.read_excel(path, sheet_name=None, engine="calamine", dtype=object, header=None,
                           keep_default_na=False, na_values=[""])
    assert list(mine) == list(pandas) == ["Data", "Codeboek", "Leeg"]
    for name in mine:
        ours, theirs = mine[name], pandas[name]
        assert ours.shape == theirs.shape, name
        assert list(ours.index) == list(theirs.index) and list(ours.columns) == list(theirs.columns)
        for a, b in zip(ours.to_numpy().ravel(), theirs.to_numpy().ravel()):
            assert (a is np.nan or (isinstance(a, float) and np.isnan(a))) == pd.isna(b)
            if not pd.isna(b):
                assert a == b and type(a) is type(b), (name, a, b)


def test_cells_as_agencies_write_them(tmp_path):
    path = tmp_path / "enquete.xlsx"
    _workbook(path)
    grid = read_sheets(path)["Data"]
    assert grid.iat[1, 0] == "Cliëntervaringsonderzoek Jeugd 2023"
    assert pd.isna(grid.iat[0, 0])                                  # the blank first row is kept: row numbers hold
    assert grid.iat[4, 0] == 2023 and type(grid.iat[4, 0]) is int  # a whole number is an int, not 2023.0
    assert grid.iat[5, 2] == 7.5
    assert grid.iat[4, 4] == "NA" and grid.iat[5, 4] == "n/a"       # text that says missing stays text
    assert grid.iat[6, 4] == "  "
    assert grid.iat[9, 0] == dt.datetime(2023, 5, 1) and grid.iat[9, 1] is True
    assert grid.iat[9, 2] == 2                                      # a formula's cached value
    assert (grid.dtypes == object).all()


@pytest.mark.parametrize("content", [b"", b"PK\x03\x04 not really a zip", b"plain text, no workbook"])
def test_broken_workbook_is_one_clear_error(tmp_path, content):
    from ceo_desk.model.errors import InputError

    path = tmp_path / "kapot.xlsx"
    path.write_bytes(content)
    with pytest.raises(InputError) as caught:
        read_sheets(path)
    assert "kapot.xlsx" in str(caught.value)
