"""Files that read without error but would give silently wrong figures: each gets an error or a warning
that says exactly what was assumed, through `analyze` and `report`."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pandas as pd
import pytest

import hostile_corpus as corpus
from ceo_desk.cli import main


def run(capsys, *argv):
    code = main(list(map(str, argv)))
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


def problems(err):
    return [line for line in err.splitlines() if line.startswith("fout:")]


def test_codebook_is_never_taken_for_the_survey(tmp_path, capsys):
    path = corpus.codebook_workbook(tmp_path)
    code, out, err = run(capsys, "analyze", path)
    assert code == 0
    assert "gelezen is blad 'Blad1' (daar staan de antwoorden), niet 'Codeboek'" in err
    assert corpus.Q1 in out and "Label" not in out and "Code " not in out
    rows = [line for line in out.splitlines() if line.startswith("Q")]
    assert len(rows) == 2 and all(" 36 " in r for r in rows)              # n = 36: the survey's rows


def test_formula_cells_without_stored_values_are_named(tmp_path, capsys):
    path = corpus.honest_xlsx(tmp_path)
    book = openpyxl.load_workbook(path)
    sheet = book.active
    sheet.cell(row=1, column=5, value="Ik wist waar ik terecht kon.")
    for row in range(2, 38):                                    # openpyxl stores formulas without results
        sheet.cell(row=row, column=5, value=f'=IF(C{row}="Altijd","Ja","Nee")')
    book.save(path)
    code, _, err = run(capsys, "analyze", path)
    assert code == 0 and "36 cellen met een formule maar zonder opgeslagen uitkomst (kolom E)" in err


def test_year_column_with_text_or_dates(tmp_path, capsys):
    text = corpus.honest_frame()
    text["jaar"] = ["2O23"] * 30 + ["tweeduizend drieëntwintig"] * 6
    text.to_csv(tmp_path / "tekst.csv", sep=";", index=False)
    dates = corpus.honest_frame()
    dates["jaar"] = dt.datetime(2023, 3, 1)
    dates.to_excel(tmp_path / "datums.xlsx", index=False)
    for command in (["analyze"], ["report", "-o", tmp_path / "r.pdf"]):
        code, _, err = run(capsys, *command, tmp_path / "tekst.csv", tmp_path / "datums.xlsx")
        assert code == 2
        found = problems(err)
        assert len(found) == 2
        assert "tekst.csv, kolom 'jaar'" in found[0] and "'2O23'" in found[0] and "--year tekst.csv=" in found[0]
        assert "datums.xlsx, kolom 'jaar'" in found[1] and "datums" in found[1]
    assert not (tmp_path / "r.pdf").exists()
    code, out, _ = run(capsys, "analyze", tmp_path / "tekst.csv", "--year", "tekst.csv=2023")
    assert code == 0 and "2023" in out


def _reference(tmp_path, n, percent):
    path = tmp_path / "referentie.csv"
    pd.DataFrame({"Vraag": [corpus.Q1, corpus.Q2], "Jaar": [2023, 2023], "N": n, "Percentage positief": percent}
                 ).to_csv(path, sep=";", index=False)
    return path


@pytest.mark.parametrize("n, percent, words", [
    ([3000, -30], ["76", "75"], ["kolom 'N'", "negatieve getallen ('-30')"]),
    ([3000, 3000], ["76", "0,75"], ["kolom 'Percentage positief'", "'0,75'", "zoals 76"]),
], ids=["negative n", "fraction among percentages"])
def test_reference_numbers_that_cannot_be_right(tmp_path, capsys, n, percent, words):
    survey = corpus.honest_csv(tmp_path)
    reference = _reference(tmp_path, n, percent)
    for command in (["analyze"], ["report", "-o", tmp_path / "r.pdf"]):
        code, _, err = run(capsys, *command, survey, "-r", reference)
        assert code == 2
        found = [p for p in problems(err) if "referentie.csv" in p]
        assert len(found) == 1 and all(w in found[0] for w in words), err


def test_percentages_all_as_fractions_still_read(tmp_path, capsys):
    """0,76 and 0,70 together are fractions, as before: only a mix is refused."""
    survey = corpus.honest_csv(tmp_path)
    code, out, _ = run(capsys, "analyze", survey, "-r", _reference(tmp_path, [3000, 3000], ["0,76", "0,70"]))
    assert code == 0 and " 76 " in out


def test_duplicate_headers_never_become_a_new_question(tmp_path, capsys):
    frame = corpus.honest_frame()
    same = frame.copy()
    same.insert(4, "x", same[corpus.Q1])
    same.columns = [*same.columns[:4], corpus.Q1]
    same.to_csv(tmp_path / "zelfde_2023.csv", sep=";", index=False)
    other = frame.copy()
    other.insert(4, "x", other[corpus.Q2])
    other.columns = [*other.columns[:4], corpus.Q1]
    other.to_excel(tmp_path / "anders_2023.xlsx", index=False)
    code, out, err = run(capsys, "analyze", tmp_path / "zelfde_2023.csv", tmp_path / "anders_2023.xlsx")
    assert code == 2 and ".1" not in out
    assert "kolom E herhaalt kolom C (zelfde kop, zelfde antwoorden) en is weggelaten" in err
    found = problems(err)
    assert len(found) == 1 and "anders_2023.xlsx" in found[0] and "kolommen C en E" in found[0]
    assert len([line for line in out.splitlines() if line.startswith("Q")]) == 2


def _lines(frame):
    return frame.to_csv(sep=";", index=False).splitlines()


def test_weak_messages_made_precise(tmp_path, capsys):
    frame = corpus.honest_frame()
    lines = _lines(frame)
    lines[5] += ";extra;meer"                                         # a line with two fields too many
    lines[9] = lines[9].rsplit(";", 2)[0]                             # and one with two too few
    (tmp_path / "rafelig_2023.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    nvt = frame.assign(**{corpus.Q1: "n.v.t.", corpus.Q2: "Weet niet"})
    nvt.to_csv(tmp_path / "nvt_2023.csv", sep=";", index=False)
    mixed = "\r\n".join(lines[:10]).encode("utf-8") + "\r\n11;2023;Cliënt;Vaak;Vaak\r\n".encode("utf-8") + \
        "\r\n".join(lines[12:] + ["40;2023;Cliënt;Soms"]).encode("cp1252") + b"\r\n"
    (tmp_path / "gemengd_2023.csv").write_bytes(mixed)
    code, _, err = run(capsys, "analyze", tmp_path / "rafelig_2023.csv", tmp_path / "nvt_2023.csv",
                       tmp_path / "gemengd_2023.csv")
    assert code == 2
    found = problems(err)
    assert len(found) == 3, err
    assert "rafelig_2023.csv" in found[0] and "6 (6), 10 (2)" in found[0] and "tabel heeft er 4" in found[0]
    assert "nvt_2023.csv" in found[1] and "alleen 'niet van toepassing'" in found[1]
    assert "gemengd_2023.csv" in found[2] and "regel 11 is UTF-8" in found[2] and "CSV UTF-8" in found[2]


def test_text_files_that_read_as_they_are(tmp_path, capsys):
    """UTF-16 without its byte-order mark is text, and a title line above the header is no question."""
    frame = corpus.honest_frame()
    text = frame.to_csv(sep=";", index=False)
    (tmp_path / "utf16_2023.csv").write_bytes(text.encode("utf-16-le"))
    (tmp_path / "utf16be_2024.csv").write_bytes(text.replace("2023", "2024").encode("utf-16-be"))
    (tmp_path / "titel_2025.csv").write_text("Cliëntervaringsonderzoek Jeugd 2025\n" + text.replace("2023", "2025"),
                                             encoding="utf-8")
    code, out, err = run(capsys, "analyze", tmp_path / "utf16_2023.csv", tmp_path / "utf16be_2024.csv",
                         tmp_path / "titel_2025.csv")
    assert code == 0 and not problems(err), err
    rows = [line for line in out.splitlines() if line.startswith("Q1")]
    assert len(rows) == 3 and all(f" {year} " in row for year, row in zip((2023, 2024, 2025), rows))
    assert all(" 36 " in r and "66,7" in r for r in rows)


def _sheet_zip(path, sheet: bytes):
    import zipfile
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", sheet)
    return path


@pytest.mark.parametrize("formula", ["SUM(A{r}:D{r})", "CONCATENATE(" + ",".join(['"x"'] * 150) + ",A{r})"],
                         ids=["short", "longer than 512 bytes"])
def test_formula_cells_are_counted_wherever_the_inflated_chunks_split_them(tmp_path, formula):
    """The workbook guard inflates a sheet 1 MiB at a time: a formula cell cut by that boundary at any byte
    (between '<' and 'f' too) is counted once."""
    from ceo_desk.io.guards import check_zip

    import random

    cells = b"".join(f'<c r="E{r}"><f>{formula.format(r=r)}</f></c>'.encode() for r in range(1, 4))
    chunk = 1 << 20
    draw = random.Random(1)                         # answers as an agency's sheet holds them: no zip bomb
    answers = b"<sheetData>" + b"".join(f'<c r="A{r}"><v>{draw.randint(1, 9)}</v></c>'.encode()
                                        for r in range(10, 60_000))
    first = len(cells) // 3
    # the boundary at each of the first cell's opening bytes ('<c r=..><' | 'f' among them), then through it
    for shift in sorted(set(range(16)) | set(range(0, first + 1, 7))):
        sheet = answers[:chunk - shift] + cells + b'<c r="A9"><v>1</v></c></sheetData>'
        assert check_zip(_sheet_zip(tmp_path / f"s{shift}.xlsx", sheet)) == {"E": 3}, shift
