"""The fast reading of workbooks and CSV files gives exactly what reading cell by cell gave.

The yardstick is ``reading_cell_by_cell`` (the former code, frozen). Workbooks and CSV files are
generated here the way they arrive, with every kind of cell a column can hold: answers as words with
stray spaces, blanks and cells of spaces only, whole and fractional numbers, numbers beyond int64,
0/1 beside booleans, dates, times, Dutch and English number notations written as text ("5.210",
"12,5", "1.234,5", "76 %"), columns that mix them, title lines, blank rows and columns, duplicate
headers, a codebook sheet, formula cells without a stored value. Compared: every column's name,
label, values (type and value of each cell), dtype, the warnings, the header row and the grid.
"""

from __future__ import annotations

import csv
import datetime as dt
import random
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from babel.numbers import parse_decimal

import reading_cell_by_cell as before
from ceo_desk.io.delimited import read_csv
from ceo_desk.io.excel import read_xlsx
from ceo_desk.io.numbers import _convert, read_numbers
from ceo_desk.model.errors import InputError

WORDS = ["Altijd", "Vaak", "Soms", "Nooit", "Niet van toepassing", " Vaak ", "altijd", "Ja", "Nee",
         "Weet niet", "   ", "", "Helemaal mee eens", "Weet\u00a0niet "]
DUTCH = ["5.210", "12,5", "1.234,5", "0,76", "76 %", "4.380.100", "-3", "+4", "\u22122,5", "1 234", "7"]
ENGLISH = ["1,234.5", "0.76", "5,210", "12.5", "3,400,000", "81%", ".5"]


def _cell_maker(kind: str, rng: random.Random):
    """A function giving one cell of a column of this kind (None = empty cell)."""
    makers = {
        "words": lambda: rng.choice(WORDS),
        "ints": lambda: rng.randint(-5, 3000),
        "floats": lambda: rng.choice([rng.uniform(-10, 10), float(rng.randint(0, 9)), 0.5, -0.0, 1e15 + 0.5]),
        "grades": lambda: rng.randint(1, 10),
        "huge": lambda: rng.choice([1e19, -2.0 ** 63, 2.0 ** 62, 123456789012345.0, 3.0]),
        "bools": lambda: rng.choice([True, False, 1, 0, 1.0, 0.0]),
        "dates": lambda: rng.choice([dt.date(2023, 1, rng.randint(1, 28)), dt.datetime(2024, 5, 6, 7, 8, 9),
                                     dt.time(12, 30), dt.datetime(2022, 2, 2)]),
        "dutch": lambda: rng.choice(DUTCH),
        "english": lambda: rng.choice(ENGLISH),
        "ambiguous": lambda: rng.choice(["5.210", "1.500", "12.000", "3"]),
        "mixed": lambda: rng.choice([*WORDS[:4], 3, 2.5, "12,5", True, dt.date(2023, 3, 3), "5.210"]),
        "weights": lambda: f"{rng.uniform(0.3, 2.5):.4f}".replace(".", ","),
        "digits": lambda: rng.choice(["007", "12345678901234567890123", str(rng.randint(0, 10 ** 6)),
                                      "9007199254740993", "\u0661\u0662", "²"]),
    }
    make = makers[kind]

    def cell():
        return None if rng.random() < 0.1 else make()
    return cell


KINDS = ["words", "ints", "floats", "grades", "huge", "bools", "dates", "dutch", "english", "ambiguous",
         "mixed", "weights", "digits"]


def _layout(seed: int, rows: int | None = None) -> tuple[list[list], dict]:
    rng = random.Random(seed)
    kinds = [rng.choice(KINDS) for _ in range(rng.randint(3, 9))]
    n = rows or rng.randint(1, 80)
    header = [f"Vraag {j}" for j in range(len(kinds))]
    if rng.random() < 0.3:
        header[rng.randrange(len(header))] = rng.choice(["", 2023, "Vraag 0", " Vraag  1 "])
    body = [[_cell_maker(k, random.Random(seed * 100 + j))() for j, k in enumerate(kinds)] for _ in range(n)]
    extra = {"title": rng.random() < 0.3, "blank_row": rng.random() < 0.3, "offset": rng.randint(0, 2),
             "codebook": rng.random() < 0.3, "formula": rng.random() < 0.3}
    return [header, *body], extra


def _write_workbook(path: Path, table: list[list], extra: dict) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Data"
    row0 = 1
    if extra["title"]:
        sheet.cell(row=1, column=1, value="Klanttevredenheid 2023")
        row0 = 3
    for i, row in enumerate(table):
        if extra["blank_row"] and i == 2:
            row0 += 1
        for j, value in enumerate(row):
            if value is not None:
                sheet.cell(row=row0 + i, column=1 + extra["offset"] + j, value=value)
    if extra["formula"]:
        sheet.cell(row=row0 + 1, column=1 + extra["offset"] + len(table[0]), value="=A1+1")
    if extra["codebook"]:
        codes = book.create_sheet("Codeboek")
        for i, label in enumerate(["Altijd", "Vaak", "Soms"], start=1):
            codes.append([i, label])
    book.save(path)
    return path


def _write_csv(path: Path, table: list[list], extra: dict, seed: int) -> Path:
    rng = random.Random(seed)
    sep = rng.choice([";", ";", ",", "\t"])
    encoding = rng.choice(["utf-8-sig", "cp1252", "utf-8"])

    def text(value) -> str:
        if value is None:
            return ""
        if isinstance(value, bool):
            return rng.choice(["WAAR", "ONWAAR", "1"])
        if isinstance(value, float):
            return repr(value).replace(".", ",") if sep == ";" else repr(value)
        if isinstance(value, (dt.date, dt.time)):
            return value.isoformat()
        return str(value).replace("\u22122", "-2") if encoding == "cp1252" else str(value)
    with open(path, "w", encoding=encoding, errors="replace", newline="") as fh:
        writer = csv.writer(fh, delimiter=sep, quoting=rng.choice([csv.QUOTE_MINIMAL, csv.QUOTE_ALL]))
        if extra["title"]:
            fh.write("Klanttevredenheid 2023\r\n\r\n")
        for row in table:
            writer.writerow([text(v) for v in row])
    return path


def _cells(values: np.ndarray) -> list:
    return [(type(v).__name__, repr(v)) for v in values.tolist()]


def _same(fast, slow) -> None:
    assert [c.name for c in fast.columns] == [c.name for c in slow.columns]
    for a, b in zip(fast.columns, slow.columns):
        assert (a.label, a.values.dtype, a.value_labels, a.user_missing) == \
            (b.label, b.values.dtype, b.value_labels, b.user_missing), a.name
        assert _cells(a.values) == _cells(b.values), a.name
    assert (fast.n_rows, fast.header_row, fast.decimal_hint, fast.format) == \
        (slow.n_rows, slow.header_row, slow.decimal_hint, slow.format)
    assert [(w.key, w.params, w.column) for w in fast.warnings] == [(w.key, w.params, w.column) for w in slow.warnings]
    assert list(fast.grid.columns) == list(slow.grid.columns) and list(fast.grid.index) == list(slow.grid.index)
    assert list(fast.grid.dtypes) == list(slow.grid.dtypes)
    assert _cells(fast.grid.to_numpy(dtype=object).ravel()) == _cells(slow.grid.to_numpy(dtype=object).ravel())


def _outcome(read, path: Path, header_row: int | None = None):
    try:
        return read(path, header_row=header_row)
    except InputError as err:
        return (err.key, err.params)


def _compare(fast_read, slow_read, path: Path, header_row: int | None = None) -> None:
    fast, slow = _outcome(fast_read, path, header_row), _outcome(slow_read, path, header_row)
    if isinstance(slow, tuple) or isinstance(fast, tuple):
        assert fast == slow
    else:
        _same(fast, slow)


@pytest.mark.parametrize("seed", range(60))
def test_a_workbook_reads_as_cell_by_cell(tmp_path, seed):
    table, extra = _layout(seed)
    path = _write_workbook(tmp_path / f"enquete_{seed}.xlsx", table, extra)
    _compare(read_xlsx, before.read_xlsx, path)
    _compare(read_xlsx, before.read_xlsx, path, header_row=1 + 2 * extra["title"])


@pytest.mark.parametrize("seed", range(60))
def test_a_csv_reads_as_cell_by_cell(tmp_path, seed):
    table, extra = _layout(seed)
    path = _write_csv(tmp_path / f"enquete_{seed}.csv", table, extra, seed)
    _compare(read_csv, before.read_csv, path)


def test_a_large_workbook_and_csv_read_as_cell_by_cell(tmp_path):
    """Beyond the 30 rows in which title lines are looked for, and many cells per distinct text."""
    table, extra = _layout(7, rows=3000)
    table = [row + [random.Random(i).choice(WORDS), float(i), f"{i / 7:.3f}".replace(".", ",")]
             for i, row in enumerate(table)]
    table[0][-3:] = ["Stelling", "Respondent", "Weegfactor"]
    _compare(read_xlsx, before.read_xlsx, _write_workbook(tmp_path / "groot.xlsx", table, extra))
    _compare(read_csv, before.read_csv, _write_csv(tmp_path / "groot.csv", table, extra, 3))


@pytest.mark.parametrize("seed", range(40))
def test_a_column_reads_as_numbers_as_cell_by_cell(seed):
    rng = random.Random(seed)
    kinds = rng.sample(KINDS, rng.randint(1, 3))
    makers = [_cell_maker(k, random.Random(seed + j)) for j, k in enumerate(kinds)]
    cells = [rng.choice(makers)() for _ in range(rng.randint(0, 200))]
    cells += rng.sample([np.nan, None, pd.NA, "", "  "], 2)
    for hint in (None, ",", "."):
        for whole in (False, True):
            for form in (pd.Series(cells, dtype=object), cells):
                fast, slow = read_numbers(form, hint=hint, whole=whole), before.read_numbers(form, hint=hint, whole=whole)
                assert _cells(fast.values) == _cells(slow.values)
                assert np.array_equal(fast.filled, slow.filled) and np.array_equal(fast.numeric, slow.numeric)
                assert (fast.decimal, fast.percent_sign, fast.ambiguous, fast.settled_by, fast.conflict) == \
                    (slow.decimal, slow.percent_sign, slow.ambiguous, slow.settled_by, slow.conflict)
                assert _cells(fast._cells) == _cells(slow._cells)
                assert fast.not_numbers() == slow.not_numbers()


def test_numbers_convert_as_babel_parses_them():
    rng = random.Random(3)
    digits = "0123456789"
    tokens = ["5.210", "5,210", "-0,5", ",5", ".5", "1.234.567", "1,234,567", "00012,50", "-0", "1.2.3", "1,,2",
              "\u0661\u0662,\u0665", "12.", "12,", "-.5"]
    for _ in range(3000):
        whole = "".join(rng.choice(digits) for _ in range(rng.randint(0, 7)))
        frac = "".join(rng.choice(digits) for _ in range(rng.randint(1, 6)))
        tokens.append(rng.choice(["", "-"]) + whole + rng.choice([".", ","]) + frac)
    for token in tokens:
        for decimal, locale in ((",", "nl"), (".", "en")):
            try:
                expected = float(parse_decimal(token, locale=locale, strict=False))
            except Exception:
                expected = float("nan")
            got = _convert(token, decimal)
            assert repr(got) == repr(expected), (token, decimal)


@pytest.mark.parametrize("seed", range(20))
def test_a_workbook_read_all_at_once_reads_the_same(tmp_path, seed, monkeypatch):
    """When calamine's rows do not come as the sheet's dimensions say, the sheet is read all at once."""
    from ceo_desk.io import excel

    monkeypatch.setattr(excel, "_cells_row_by_row", lambda sheet: None)
    table, extra = _layout(seed)
    path = _write_workbook(tmp_path / f"enquete_{seed}.xlsx", table, extra)
    _compare(read_xlsx, before.read_xlsx, path)


def _random_text(rng: random.Random, sep: str) -> str:
    """CSV-like text: lines of varying width, blank lines, title lines, sometimes quotes or a lone CR."""
    width = rng.randint(2, 6)
    lines = []
    for _ in range(rng.randint(0, 60)):
        shape = rng.random()
        if shape < 0.08:
            lines.append("")
        elif shape < 0.14:
            lines.append("Titel van de tabel")
        elif shape < 0.2:
            lines.append(sep.join(["x"] * rng.randint(2, 8)))           # a line of another width
        else:
            lines.append(sep.join(rng.choice(["Ja", "Nee", "", " 5,2 ", "Vaak"]) for _ in range(width)))
    ending = rng.choice(["\n", "\r\n"])
    text = ending.join(lines) + rng.choice(["", ending])
    if rng.random() < 0.15:
        text = text.replace("Vaak", f'"Va{sep}ak"', 1)
    if rng.random() < 0.1:
        text = text.replace("Nee", "N\ree", 1)
    return text


@pytest.mark.parametrize("seed", range(150))
def test_ragged_lines_found_without_parsing_as_with_the_csv_module(seed, monkeypatch):
    from ceo_desk.io import plausible

    rng = random.Random(seed)
    sep = rng.choice([";", ",", "\t"])
    text = _random_text(rng, sep)

    def outcome():
        try:
            plausible.ragged_lines(Path("x.csv"), text, sep)
        except InputError as err:
            return err.key, err.params
        except Exception as err:       # the csv module's own errors (a lone CR) must stay the same
            return type(err).__name__, str(err)
        return None
    fast = outcome()
    monkeypatch.setattr(plausible, "_same_width_unquoted", lambda text, sep: False)
    assert fast == outcome()


@pytest.mark.parametrize("seed", range(30))
def test_the_head_lines_are_those_of_splitting_the_whole_text(seed):
    from ceo_desk.io.delimited import _HEAD_LINES, _head_lines

    rng = random.Random(seed)
    pieces = ["a;b", "x" * rng.choice([10, 70_000, 300_000]), "", "\u00e9;\u2028;c", "q\x0bq", "z\x1cz"]
    ends = ["\n", "\r\n", "\r", "\u2028", "\x85"]
    text = "".join(rng.choice(pieces) + rng.choice(ends) for _ in range(rng.randint(0, 90)))
    assert _head_lines(text) == text.splitlines()[:_HEAD_LINES]


def _placed(table: list[list], extra: dict) -> list[list]:
    """The rows as they stand in the sheet: title line, blank row, blank columns on the left."""
    rows = [["Klanttevredenheid 2023"], []] if extra["title"] else []
    for i, row in enumerate(table):
        if extra["blank_row"] and i == 2:
            rows.append([])
        rows.append([None] * extra["offset"] + list(row))
    return rows


@pytest.mark.parametrize("seed", range(15))
@pytest.mark.parametrize("suffix", [".xls", ".ods"])
def test_an_older_or_libreoffice_workbook_reads_as_cell_by_cell(tmp_path, seed, suffix):
    table, extra = _layout(seed)
    rows = _placed(table, extra)
    path = tmp_path / f"enquete_{seed}{suffix}"
    if suffix == ".xls":
        import xlwt

        book = xlwt.Workbook()
        sheet = book.add_sheet("Data")
        for i, row in enumerate(rows):
            for j, value in enumerate(row):
                if value is not None:
                    sheet.write(i, j, value.isoformat() if isinstance(value, (dt.date, dt.time)) else value)
        book.save(str(path))
    else:
        width = max(map(len, rows))
        frame = pd.DataFrame([row + [None] * (width - len(row)) for row in rows], dtype=object)
        frame.to_excel(path, engine="odf", header=False, index=False)
    _compare(read_xlsx, before.read_xlsx, path)


def test_a_number_token_is_tidied_and_kinded_as_by_the_regexes():
    from ceo_desk.io.numbers import _kind, _tidy, _token

    rng = random.Random(5)
    alphabet = "0123456789" * 3 + ".,-+ %\u2212\u00a0\n" + "\u0661\u00b2"
    tokens = ["5.210", "5,210", "05,210", "1234,567", ",5", ".5", "-,5", "-5.210", "--5", "5,", "5.", "-",
              "1.234,5", "1,234.5", "1.234.567", "12,5%", "+4", "\u22122,5", "5.210\n", "0,000", "100.000"]
    tokens += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 9))) for _ in range(20_000)]
    for text in tokens:
        text = text.strip()
        if text:
            assert _token(text) == (_tidy(text), _kind(_tidy(text))), repr(text)
