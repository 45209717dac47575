"""The table appendix (.xlsx): opened with openpyxl and read cell by cell, as a researcher's Excel would."""

from __future__ import annotations

import zipfile

import pytest
from openpyxl import load_workbook

from builders import Q1, answers, survey_frame, write_csv, write_reference
from ceo_desk.cli import main
from formulas import margin, pooled_z_p, wilson

# A question text that Excel would run as a formula if it were written as one.
FORMULA_Q = '=HYPERLINK("http://example.org","klik") Ik word goed geholpen bij mijn vragen.'
GRADE = "rapportcijfer"
OWN = {Q1: {2023: 130, 2024: 120}, FORMULA_Q: {2023: 150, 2024: 156}}   # positive of n = 200
REF = {Q1: {2023: 74, 2024: 75}}
REF_N = 3000


@pytest.fixture(scope="module")
def workbook(tmp_path_factory):
    folder = tmp_path_factory.mktemp("tables")
    surveys = []
    for year in (2023, 2024):
        columns = {q: answers(seed=year + i, Altijd=own[year], Soms=200 - own[year]) for i, (q, own) in enumerate(OWN.items())}
        frame = survey_frame(columns, year=year, municipality="Teststad", **{GRADE: [7] * 100 + [8] * 100})
        surveys.append(write_csv(folder / f"ceo_teststad_{year}.csv", frame, encoding="utf-8-sig"))
    reference = write_reference(folder / "ref.xlsx", [(q, y, REF_N, p) for q, ys in REF.items() for y, p in ys.items()])
    out = folder / "tabellen.xlsx"
    args = ["report", *map(str, surveys), "-r", str(reference), "-o", str(folder / "r.pdf"), "--date", "2025-03-01",
            "--tables", str(out)]
    assert main(args) == 0
    again = folder / "again.xlsx"
    assert main([*args[:-1], str(again)]) == 0
    return out, again


def _sheet(book, prefix: str):
    return book[next(name for name in book.sheetnames if name.startswith(prefix))]


def test_sheets_and_the_same_bytes(workbook):
    path, again = workbook
    book = load_workbook(path)
    assert book.sheetnames[0] == "Samenvatting" and book.sheetnames[-1] == "Toelichting"
    assert len(book.sheetnames) == 5            # summary, three questions (two statements and the grade), notes
    assert all(len(name) <= 31 for name in book.sheetnames)
    assert again.read_bytes() == path.read_bytes()


def test_question_sheet_numbers_formats_and_frozen_header(workbook):
    path, _ = workbook
    ws = _sheet(load_workbook(path), "1 ")
    assert ws["A1"].value == f"1. {Q1}"
    head = [c.value for c in ws[4]]
    assert head[:4] == ["Jaar", "n", "% positief", "Marge (± procentpunt)"]
    assert "Verschil met referentie (procentpunt)" in head
    row = {h: c for h, c in zip(head, ws[6])}                        # 2024
    assert row["Jaar"].value == 2024
    assert row["n"].value == 200 and row["n"].data_type == "n" and row["n"].number_format == "#,##0"
    assert row["% positief"].value == pytest.approx(60.0) and row["% positief"].number_format == "0.0"
    assert row["Marge (± procentpunt)"].value == pytest.approx(100 * margin(0.6, 200), abs=1e-6)
    low, high = wilson(120, 200)
    assert row["Ondergrens 95%-interval"].value == pytest.approx(100 * low, abs=1e-6)
    assert row["Bovengrens 95%-interval"].value == pytest.approx(100 * high, abs=1e-6)
    assert row["Referentie % positief"].value == 75 and row["Referentie n"].value == REF_N
    assert row["Verschil met referentie (procentpunt)"].value == pytest.approx(-15.0)
    p = pooled_z_p(120, 200, round(0.75 * REF_N), REF_N)
    assert p < 0.05 and row["Toets referentie"].value == "significant lager"
    assert row["p (referentie)"].value == pytest.approx(p, rel=1e-6) and row["p (referentie)"].number_format == "0.000"
    p_prev = pooled_z_p(120, 200, 130, 200)
    assert p_prev > 0.05 and row["Toets vorig jaar"].value == "niet significant"
    assert row["Verschil met vorig jaar (procentpunt)"].value == pytest.approx(-5.0)
    # the error bars of the chart: the interval as distances from the figure
    assert row["Foutbalk omlaag (grafiek)"].value == pytest.approx(60 - 100 * low, abs=1e-6)
    assert ws.freeze_panes == "B5"
    assert ws.column_dimensions["A"].width >= 6 and ws.column_dimensions["O"].width >= 30


def test_texts_are_strings_and_no_cell_is_a_formula(workbook):
    path, _ = workbook
    book = load_workbook(path)
    ws = _sheet(book, "2 ")
    assert ws["A1"].value == f"2. {FORMULA_Q}" and ws["A1"].data_type == "s"
    summary = book["Samenvatting"]
    cell = next(c for c in summary["B"] if c.value == FORMULA_Q)
    assert cell.data_type == "s"
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for c in row:
                assert c.data_type != "f", (sheet.title, c.coordinate, c.value)
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                assert b"<f>" not in z.read(name) and b"<f " not in z.read(name)


def test_native_chart_with_error_bars_in_the_package(workbook):
    path, _ = workbook
    with zipfile.ZipFile(path) as z:
        charts = sorted(n for n in z.namelist() if n.startswith("xl/charts/chart"))
        assert len(charts) == 3                                   # one per question sheet
        xml = z.read(charts[0]).decode()
        drawings = [n for n in z.namelist() if n.startswith("xl/drawings/drawing")]
    assert drawings
    assert "<c:barChart>" in xml and "<c:errBars>" in xml and "<c:errValType val=\"cust\"/>" in xml
    assert xml.count("<c:ser>") == 2                              # municipality and reference
    assert "Gemeente Teststad" in xml and "Referentiegroep" in xml
    assert "$C$5:$C$6" in xml                                     # the % column of the sheet, not a copy


def test_summary_and_notes_sheets(workbook):
    path, _ = workbook
    book = load_workbook(path)
    ws = book["Samenvatting"]
    head = [c.value for c in ws[1]]
    assert head[:4] == ["Nr.", "Vraag", "% positief 2023", "% positief 2024"]
    assert "Verschil met referentie (procentpunt) 2024" in head
    row = {h: c.value for h, c in zip(head, ws[2])}
    assert row["Vraag"] == Q1 and row["% positief 2023"] == pytest.approx(65.0)
    assert row["Vorig jaar 2024"] == pytest.approx(65.0)
    assert row["Toets referentie 2024"] == "significant lager"
    assert ws.freeze_panes == "C2" and ws.column_dimensions["B"].width >= 40
    notes = {r[0].value: r[1].value for r in book["Toelichting"].iter_rows(min_row=2)}
    assert "niet te stellen dat het verschil in de onderzoekspopulatie ook in het echt voorkomt" in notes["Niet significant"]
    assert "ongewogen" in notes["Weging"]
    assert "ceo_teststad_2023.csv" in notes["Bronnen"] and "1 maart 2025" in notes["Bronnen"]
