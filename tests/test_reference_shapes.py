"""Reference tables in the shapes agencies send, read value by value, the same through every path.

Each shape is written from the same figures (question, year, n, percent) the way an agency would:
long and wide, Dutch and English headers, percent as 76, "76%", "76,0 %", 0.76, n as 5210, "5.210",
"5,210", title lines and notes, .xlsx, .xls, .ods, CSV with ; and ,. Ambiguous tables must stop with a
message that names the option that settles them.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
import pytest

from builders import Q1, Q2, Q3, answers, survey_frame, write_xlsx
from ceo_desk import services
from ceo_desk.cli import main
from ceo_desk.io import read_reference
from ceo_desk.io.reference import ReferenceColumnsError
from ceo_desk.model.errors import InputError
from ceo_desk.project import load_project, project_from, save_project

# (question, year, n, percent 0-100): n in the thousands so that a thousands separator matters
FIGURES = [(Q1, 2022, 5210, 76.0), (Q1, 2023, 4380, 75.5), (Q2, 2022, 5210, 82.0), (Q2, 2023, 4380, 81.5),
           (Q3, 2022, 5190, 64.0), (Q3, 2023, 4372, 66.5)]
YEARS = (2022, 2023)


def expected(figures=FIGURES):
    return {(q, y): (float(n), p) for q, y, n, p in figures}


def got(table):
    return {(r.text, r.year): (float(r.n), round(float(r.percent), 6)) for r in table.frame.itertuples()}


def nl(x: float, decimals: int = 1) -> str:
    return f"{x:.{decimals}f}".replace(".", ",")


def nl_thousands(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def write_rows(path: Path, rows: list[list], merge: list[str] = ()) -> Path:
    """A grid of cells as the file type of ``path`` holds it (None = empty cell)."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        raise ValueError("use write_csv_rows")
    if suffix == ".xlsx":
        from openpyxl import Workbook
        wb = Workbook()
        ws = wb.active
        ws.title = "Referentie"
        for row in rows:
            ws.append(row)
        for cells in merge:
            ws.merge_cells(cells)
        wb.save(path)
    elif suffix == ".xls":
        import xlwt
        wb = xlwt.Workbook()
        ws = wb.add_sheet("Referentie")
        for i, row in enumerate(rows):
            for j, cell in enumerate(row):
                if cell is not None:
                    ws.write(i, j, cell)
        wb.save(str(path))
    elif suffix == ".ods":
        width = max(len(r) for r in rows)
        frame = pd.DataFrame([list(r) + [None] * (width - len(r)) for r in rows])
        frame.to_excel(path, engine="odf", header=False, index=False)
    return path


def write_csv_rows(path: Path, rows: list[list], sep: str = ";", encoding: str = "utf-8-sig") -> Path:
    with open(path, "w", newline="", encoding=encoding) as fh:
        writer = csv.writer(fh, delimiter=sep, lineterminator="\r\n")
        for row in rows:
            writer.writerow(["" if c is None else c for c in row])
    return path


def long_rows(headers, n=lambda n: n, p=lambda p: p, figures=FIGURES):
    return [list(headers)] + [[q, y, n(k), p(v)] for q, y, k, v in figures]


def wide_rows(question_header, pct_header, n_header, n=lambda n: n, p=lambda p: p):
    rows = [[question_header] + [pct_header(y) for y in YEARS] + [n_header(y) for y in YEARS]]
    for q in dict.fromkeys(f[0] for f in FIGURES):
        by_year = {y: (k, v) for qq, y, k, v in FIGURES if qq == q}
        rows.append([q] + [p(by_year[y][1]) for y in YEARS] + [n(by_year[y][0]) for y in YEARS])
    return rows


def _shape_files(tmp: Path) -> dict[str, Path]:
    files = {}
    # 1. the headers of issue 8's first defect: only the percent column's header is unusual
    files["nl_xlsx_altijd_vaak"] = write_rows(tmp / "s1.xlsx", long_rows(
        ["Vraagtekst", "Jaar", "Aantal respondenten", "% (altijd/vaak)"]))
    # 2. Dutch CSV: n with a thousands point, percent "76,0 %"
    files["nl_csv_thousands_point"] = write_csv_rows(tmp / "s2.csv", long_rows(
        ["Vraag", "Jaar", "N", "Percentage positief"], n=nl_thousands, p=lambda v: nl(v) + " %"), encoding="cp1252")
    # 3. English CSV with commas: n "5,210", percent "76.0%"
    files["en_csv_thousands_comma"] = write_csv_rows(tmp / "s3.csv", long_rows(
        ["Question", "Year", "N", "Percent positive"], n=lambda k: f"{k:,}", p=lambda v: f"{v:.1f}%"), sep=",")
    # 4. fractions under "Score", n as numbers
    files["xlsx_fraction_score"] = write_rows(tmp / "s4.xlsx", long_rows(
        ["Stelling", "Jaar", "Aantal", "Score"], p=lambda v: v / 100))
    # 5. title lines above and notes under the table
    rows = [["Referentiegroep Jeugd, BMC"], [None], *long_rows(["Vraag", "Jaar", "N", "% positief"]), [None],
            ["Bron: BMC benchmark; percentages: altijd of vaak."], ["* n = aantal cliënten"]]
    files["xlsx_title_and_notes"] = write_rows(tmp / "s5.xlsx", rows)
    # 6. wide: years as percent columns, "N 2022" columns
    files["wide_years_as_headers"] = write_rows(tmp / "s6.xlsx", wide_rows("Vraag", str, lambda y: f"N {y}"))
    # 7. wide: "Score 2022", "Aantal respondenten 2022"
    files["wide_score_year"] = write_rows(tmp / "s7.xlsx", wide_rows(
        "Vraagtekst", lambda y: f"Score {y}", lambda y: f"Aantal respondenten {y}"))
    # 8. wide under a merged group header: "% positief" over the years, "n" over the years
    header_top = [None, "% positief", None, "n", None]
    rows = [["Referentie 2022-2023"], header_top] + [["Stelling", 2022, 2023, 2022, 2023]] + \
        wide_rows("x", str, str)[1:]
    files["wide_merged_group_header"] = write_rows(tmp / "s8.xlsx", rows, merge=["B2:C2", "D2:E2"])
    # 9. old Excel (.xls), percent as "76%" text (one decimal where there is one)
    files["xls_percent_text"] = write_rows(tmp / "s9.xls", long_rows(
        ["Vraag", "Jaar", "N", "Percentage"], p=lambda v: f"{v:g}%"))
    # 10. LibreOffice (.ods), English headers
    files["ods_english"] = write_rows(tmp / "s10.ods", long_rows(["Question", "Year", "Count", "Percent positive"]))
    # 11. Dutch CSV, wide with one year a column pair: "Referentie 2023", "n 2023" (and 2022)
    files["csv_referentie_year"] = write_csv_rows(tmp / "s11.csv", wide_rows(
        "Item", lambda y: f"Referentie {y}", lambda y: f"n {y}", n=str, p=lambda v: nl(v)))
    # 12. columns in another order and an empty column between them
    rows = [["Jaar", None, "Percentage positief", "Stelling", "N"]] + [
        [y, None, v, q, k] for q, y, k, v in FIGURES]
    files["xlsx_shuffled_empty_column"] = write_rows(tmp / "s12.xlsx", rows)
    # 13. headers that say little: content decides (years, counts above 100, percentages with decimals)
    files["xlsx_headers_say_little"] = write_rows(tmp / "s13.xlsx", long_rows(["Tekst", "Periode", "Kolom3", "Kolom4"]))
    # 14. a column that counts municipalities beside the n column
    rows = [["Vraag", "Jaar", "Aantal gemeenten", "Aantal respondenten", "Benchmark"]] + [
        [q, y, 19 if y == 2022 else 30, k, nl(v) + "%"] for q, y, k, v in FIGURES]
    files["csv_municipality_count"] = write_csv_rows(tmp / "s14.csv", rows)
    # 15. English CSV with tabs? no: semicolons but English decimals "76.0", n "5210"
    files["csv_semicolon_english_decimals"] = write_csv_rows(tmp / "s15.csv", long_rows(
        ["Question", "Year", "N", "Percent positive"], n=str, p=lambda v: f"{v:.1f}"))
    # 16. Dutch headers in an .ods with n "5.210" as text and percent "76,0 %"
    files["ods_dutch_text_cells"] = write_rows(tmp / "s16.ods", long_rows(
        ["Vraag", "Jaar", "N", "Percentage positief"], n=nl_thousands, p=lambda v: nl(v) + " %"))
    # 17. .xls wide with fractions
    files["xls_wide_fractions"] = write_rows(tmp / "s17.xls", wide_rows("Vraag", str, lambda y: f"{y} n",
                                                                         p=lambda v: v / 100))
    return files


SHAPES = ["nl_xlsx_altijd_vaak", "nl_csv_thousands_point", "en_csv_thousands_comma", "xlsx_fraction_score",
          "xlsx_title_and_notes", "wide_years_as_headers", "wide_score_year", "wide_merged_group_header",
          "xls_percent_text", "ods_english", "csv_referentie_year", "xlsx_shuffled_empty_column",
          "xlsx_headers_say_little", "csv_municipality_count", "csv_semicolon_english_decimals",
          "ods_dutch_text_cells", "xls_wide_fractions"]


@pytest.fixture(scope="module")
def shapes(tmp_path_factory):
    return _shape_files(tmp_path_factory.mktemp("shapes"))


@pytest.fixture(scope="module")
def survey(tmp_path_factory):
    folder = tmp_path_factory.mktemp("survey")
    return write_xlsx(folder / "ceo_2023.xlsx", survey_frame({Q1: answers(Altijd=30, Soms=10),
                                                             Q2: answers(Vaak=25, Nooit=15)}, year=2023))


@pytest.mark.parametrize("shape", SHAPES)
def test_shape_read_value_by_value(shapes, shape):
    table = read_reference(shapes[shape])
    assert got(table) == expected()
    assert not [w for w in table.warnings if "gelezen als" in str(w)]      # nothing here can be read two ways


@pytest.mark.parametrize("shape", SHAPES)
def test_shape_same_through_every_path(shapes, survey, shape, tmp_path, capsys):
    path = shapes[shape]
    direct = got(read_reference(path))
    dropped = services.load_files([survey, path], detect_reference=True)       # what the window does on a drop
    assert not dropped.errors and len(dropped.surveys) == 1
    assert got(dropped.reference) == direct
    project = project_from(dropped.surveys, dropped.reference, services.AnalysisOptions(),
                           services.Overrides())
    save_project(project, tmp_path / "p.ceoproj.json")
    back = load_project(tmp_path / "p.ceoproj.json")
    reopened = services.load_files([s.path for s in back.surveys], reference=back.reference.path)
    assert got(reopened.reference) == direct
    assert main(["analyze", str(survey), "--reference", str(path)]) == 0      # the command line takes it too
    out = capsys.readouterr().out
    # survey 2023: Q1 30/40 = 75.0 %, Q2 25/40 = 62.5 %; against the reference's 75.5 and 81.5
    assert "-0,5" in out and "-19,0" in out


def test_dutch_thousands_never_read_as_decimals(tmp_path):
    """Issue 8, defect 2: '5.210' in N was read as 5.21 and every test was then skipped."""
    path = write_csv_rows(tmp_path / "r.csv", [["Vraag", "Jaar", "N", "%"], [Q1, 2023, "5.210", "76"],
                                               [Q2, 2023, "480", "70"]])
    assert got(read_reference(path)) == {(Q1, 2023): (5210.0, 76.0), (Q2, 2023): (480.0, 70.0)}


def test_small_percent_with_sign_is_not_a_fraction(tmp_path):
    """Issue 8, defect 3: '0,5%' is half a percent through every path, never 50 %."""
    path = write_csv_rows(tmp_path / "r.csv", [["Vraag", "Jaar", "N", "Percentage positief"],
                                               [Q1, 2023, "400", "0,5%"], [Q2, 2023, "400", "0,8%"]])
    assert got(read_reference(path)) == {(Q1, 2023): (400.0, 0.5), (Q2, 2023): (400.0, 0.8)}
    survey = write_xlsx(tmp_path / "s_2023.xlsx", survey_frame({Q1: ["Altijd", "Nooit"] * 10}))
    assert got(services.load_files([survey, path], detect_reference=True).reference) == got(read_reference(path))


def test_a_percent_read_two_ways_is_said(tmp_path):
    """'76.500' with nothing else in the column to settle it: the file's habit decides, and it is said."""
    rows = [["Vraag", "Jaar", "N", "Score"], [Q1, 2023, "400", "76.500"], [Q2, 2023, "380", "70"]]
    english = write_csv_rows(tmp_path / "en.csv", rows, sep=",")          # a comma file: the point is decimal
    table = read_reference(english)
    assert got(table) == {(Q1, 2023): (400.0, 76.5), (Q2, 2023): (380.0, 70.0)}
    assert any("'76.500'" in str(w) and "76.5" in str(w) and "Score" in str(w) for w in table.warnings)
    dutch = write_csv_rows(tmp_path / "nl.csv", rows, sep=";")            # Dutch: thousands, so no percentage
    with pytest.raises(InputError, match="buiten 0-100"):
        read_reference(dutch)
    fractions = write_csv_rows(tmp_path / "f.csv", [["Vraag", "Jaar", "N", "Score"], [Q1, 2023, "400", "0.765"],
                                                    [Q2, 2023, "380", "0.700"]], sep=";")
    assert got(read_reference(fractions)) == {(Q1, 2023): (400.0, 76.5), (Q2, 2023): (380.0, 70.0)}


AMBIGUOUS = {
    # two unnamed whole-number columns within 0-100: either could be the percentage
    "two_unnamed_numbers": ([["Vraag", "Jaar", "Kolom C", "Kolom D"]] + [[q, y, 40 + i, 70 + i] for i, (q, y, _, _) in
                                                                         enumerate(FIGURES)], "percent", "C", "D"),
    # two columns headed as percentages
    "two_percent_headers": ([["Vraag", "Jaar", "N", "% positief", "Score"]] + [[q, y, k, v, v - 5] for q, y, k, v in
                                                                             FIGURES], "percent", "D", "D"),
    # wide: two percent columns for the same year
    "wide_two_for_one_year": ([["Vraag", "% 2023", "Score 2023"]] + [[q, v, v - 5] for q, y, k, v in FIGURES if
                                                                     y == 2023], "percent", "B", "B"),
}


@pytest.mark.parametrize("name", list(AMBIGUOUS))
def test_ambiguous_table_names_the_option_that_settles_it(tmp_path, survey, name, capsys):
    rows, role, first, settle = AMBIGUOUS[name]
    path = write_rows(tmp_path / f"{name}.xlsx", rows)
    with pytest.raises(ReferenceColumnsError) as err:
        read_reference(path)
    message = err.value.render("nl")
    assert f"--reference-columns {role}={first}" in message and path.name in message
    assert err.value.candidates[role] and len(err.value.candidates[role]) >= 2
    assert main(["analyze", str(survey), "--reference", str(path)]) == 2
    assert f"--reference-columns {role}={first}" in capsys.readouterr().err
    if name == "wide_two_for_one_year":
        return
    table = read_reference(path, columns=f"{role}={settle}")
    col = {"C": 2, "D": 3}[settle]
    assert table.frame.percent.tolist() == [float(r[col]) for r in rows[1:]]
    assert main(["analyze", str(survey), "--reference", str(path), "--reference-columns", f"{role}={settle}"]) == 0


def test_columns_given_by_header_letter_or_number(tmp_path):
    rows = [["Omschrijving", "Periode", "A1", "B1"]] + [[q, y, k, v] for q, y, k, v in FIGURES]
    path = write_rows(tmp_path / "r.xlsx", rows)
    for spec in ("question=Omschrijving,year=Periode,n=A1,percent=B1", "question=A,year=B,n=C,percent=D",
                 "question=1,year=2,n=3,percent=4"):
        assert got(read_reference(path, columns=spec)) == expected()
    with pytest.raises(InputError, match="'Z'"):
        read_reference(path, columns="percent=Z")


def test_one_fixed_year_for_a_table_without_years(tmp_path, survey, capsys):
    rows = [["Vraag", "N", "Percentage positief"]] + [[q, k, v] for q, y, k, v in FIGURES if y == 2023]
    path = write_rows(tmp_path / "r.xlsx", rows)
    with pytest.raises(ReferenceColumnsError) as err:
        read_reference(path)
    assert "--reference-columns year=" in err.value.render("nl")
    table = read_reference(path, columns="year=2023")
    assert got(table) == expected([f for f in FIGURES if f[1] == 2023])
    assert main(["analyze", str(survey), "--reference", str(path), "--reference-columns", "year=2023"]) == 0


def test_no_n_column_when_the_user_says_so(tmp_path):
    """``n=-``: the column the program would take as n is not used (the window's 'not used' on that column)."""
    path = write_rows(tmp_path / "r.xlsx", long_rows(["Vraag", "Jaar", "N", "Percentage positief"]))
    table = read_reference(path, columns="n=-")
    assert table.frame.n.isna().all()
    assert {k: v[1] for k, v in got(table).items()} == {k: v[1] for k, v in expected().items()}
    with pytest.raises(InputError, match="percent=-"):
        read_reference(path, columns="percent=-")
