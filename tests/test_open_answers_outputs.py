"""What leaves the program about open answers: the report appendix (PDF), the export (xlsx, CSV, JSON),
the project file. Every output is searched for the personal data of the corpus, and the counts in
it are checked against the themes decided by hand (open_answer_corpus)."""

from __future__ import annotations

import json
import zipfile
from collections import Counter

import openpyxl
import pytest
from pypdf import PdfReader

from builders import FREQ_LABELS, Q1, answers, survey_frame, write_csv
from ceo_desk import services
from ceo_desk.cli import main
from ceo_desk.model.options import AnalysisOptions, Overrides
from ceo_desk.openanswers.themes import DEFAULT_THEMES, Theme
from ceo_desk.project import load_project, project_from, save_project
from open_answer_corpus import OPEN_Q, PERSONAL, THEMED, WITH_PERSONAL, write_files

N_ANSWERS = len(THEMED) + len(WITH_PERSONAL)
EXTRA = Counter({"wachttijd": 1, "informatie en communicatie": 1, "eigen bijdrage": 1})   # of WITH_PERSONAL


def expected_count(theme: str) -> int:
    return sum(1 for _, themes in THEMED if theme in themes) + EXTRA[theme]


def assert_no_personal_data(text: str, where: str) -> None:
    for item in PERSONAL:
        assert item not in text, f"{item!r} found in {where}"


def pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


@pytest.fixture
def files(tmp_path):
    return write_files(tmp_path)


def test_report_appendix_counts_quotes_and_no_personal_data(files, tmp_path):
    pdf = tmp_path / "rapport.pdf"
    assert main(["report", *map(str, files), "--open-answers", "-o", str(pdf), "--date", "2025-03-01"]) == 0
    text = pdf_text(pdf)
    assert_no_personal_data(text, "the PDF")
    appendix = text[text.index("Bijlage: open antwoorden"):]
    assert OPEN_Q in appendix
    assert f"{N_ANSWERS} van de 60 respondenten in 2023" in appendix
    assert "2022: minder dan 10 respondenten, daarom niet getoond." in appendix
    flat = " ".join(appendix.split())
    for theme in DEFAULT_THEMES:
        count = expected_count(theme.name)
        share = 100 * count / N_ANSWERS
        cell = f"{count} ({share:.0f}\u00a0%)".replace("\u00a0", " ")
        assert f"{theme.name} {cell} {cell}" in flat.replace("\u00a0", " "), theme.name
    assert "„Mijn zoon [naam] werd goed geholpen, bel [telefoon].”" not in flat   # no theme: no quote
    assert "[iban]" in flat                                   # the IBAN comment is quoted under eigen bijdrage
    # without the option the report has no appendix
    plain = tmp_path / "zonder.pdf"
    assert main(["report", *map(str, files), "-o", str(plain), "--date", "2025-03-01"]) == 0
    assert "Bijlage: open antwoorden" not in pdf_text(plain)


def test_report_with_own_themes_in_english(files, tmp_path):
    themes = tmp_path / "themas.txt"
    themes.write_text("waiting: wacht\nmoney: bijdrage, betaal\n", encoding="utf-8")
    pdf = tmp_path / "report.pdf"
    assert main(["report", *map(str, files), "--open-answers", "--themes", str(themes), "--lang", "en",
                 "-o", str(pdf), "--date", "2025-03-01"]) == 0
    flat = " ".join(pdf_text(pdf).split()).replace("\u00a0", " ")
    assert "Appendix: open answers" in flat
    # "wacht": wachten, gewacht/wachtlijst, wachttijd and the e-mail comment's wachttijd; not "verwacht"
    assert f"waiting 4 ({100 * 4 / N_ANSWERS:.0f} %) 4 ({100 * 4 / N_ANSWERS:.0f} %)" in flat
    # "bijdrage", "betaal": only the eigen-bijdrage comment ("terugbetalen" does not begin with "betaal")
    assert f"money 1 ({100 * 1 / N_ANSWERS:.0f} %)" in flat
    assert "[name]" in flat or "[phone]" in flat or "[iban]" in flat
    assert_no_personal_data(flat, "the English PDF")


def test_export_in_every_format_is_masked(files, tmp_path):
    for suffix in (".xlsx", ".csv", ".json"):
        out = tmp_path / f"open{suffix}"
        assert main(["open-answers", *map(str, files), "-o", str(out)]) == 0
        if suffix == ".xlsx":
            with zipfile.ZipFile(out) as z:
                raw = "\n".join(z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".xml"))
                assert "<f>" not in raw                                  # no formulas
        else:
            raw = out.read_text(encoding="utf-8-sig")
        assert_no_personal_data(raw, out.name)
        assert "[naam]" in raw and "[telefoon]" in raw and "[adres]" in raw
    book = openpyxl.load_workbook(tmp_path / "open.xlsx")
    themes, answers_sheet = book.worksheets
    head = [c.value for c in themes[1]]
    rows = {r[1]: dict(zip(head, r)) for r in themes.iter_rows(min_row=2, values_only=True)}
    for theme in DEFAULT_THEMES:
        assert rows[theme.name]["2024 aantal"] == expected_count(theme.name)
        assert rows[theme.name]["2024 %"] == pytest.approx(round(100 * expected_count(theme.name) / N_ANSWERS, 1))
        assert "2022 aantal" not in head                         # 8 respondents: no counts
    answer_rows = list(answers_sheet.iter_rows(min_row=2, values_only=True))
    assert len(answer_rows) == 2 * N_ANSWERS                      # 2023 and 2024; 2022 is too small
    data = json.loads((tmp_path / "open.json").read_text(encoding="utf-8"))
    assert {row["Jaar"] for row in data} == {2023, 2024}
    assert all(row["stadsdeel"] == "Noord" for row in data)


def test_export_blanks_small_groups_and_neutralises_formulas(tmp_path):
    comments = ["=HYPERLINK(\"http://x\") wachten"] * 3 + ["Goed geholpen, kort gewacht."] * 57
    districts = ["West"] * 4 + ["Zuid"] * 23 + ["Noord"] * 33       # West 4 is hidden with Zuid (4 < 10)
    frame = survey_frame({Q1: answers(seed=1, Altijd=30, Vaak=30), OPEN_Q: comments}, year=2024,
                         stadsdeel=districts)
    path = write_csv(tmp_path / "ceo_2024.csv", frame)
    out = tmp_path / "open.csv"
    assert main(["open-answers", str(path), "-o", str(out)]) == 0
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].split(";")[:4] == ["Vraag", "Jaar", "stadsdeel", "Thema's"]
    labels = Counter(line.split(";")[2] for line in lines[1:])
    assert labels == {"(kleine groep)": 27, "Noord": 33}
    assert all("'=HYPERLINK" in line for line in lines if "HYPERLINK" in line)       # a quote before =
    book_path = tmp_path / "open.xlsx"
    assert main(["open-answers", str(path), "-o", str(book_path)]) == 0
    with zipfile.ZipFile(book_path) as z:
        assert all(b"<f>" not in z.read(n) for n in z.namelist())


def test_project_keeps_the_themes_and_no_answer(files, tmp_path):
    outcome = services.load_files(files)
    themes = [Theme("wachttijd", ("wacht", "duurde lang")), Theme("vervoer", ("taxi",))]
    project = project_from(outcome.surveys, None, AnalysisOptions(), Overrides(), themes=themes)
    path = save_project(project, tmp_path / "p.ceoproj.json")
    text = path.read_text(encoding="utf-8")
    assert_no_personal_data(text, "the project file")
    assert "Terugbetalen" not in text and "wachtlijst" not in text
    assert load_project(path).themes == themes
    assert load_project(save_project(project_from(outcome.surveys, None, AnalysisOptions(), Overrides()),
                                     tmp_path / "q.ceoproj.json")).themes is None


def test_open_answers_command_prints_counts(files, capsys):
    assert main(["open-answers", *map(str, files)]) == 0
    out = capsys.readouterr().out
    assert_no_personal_data(out, "the terminal")
    line = next(l for l in out.splitlines() if l.strip().startswith("wachttijd"))
    count = expected_count("wachttijd")
    assert line.split()[1:] == [str(count), f"({100 * count / N_ANSWERS:.0f}%)"] * 2


def test_table_workbook_has_the_open_answers_masked(files, tmp_path):
    pdf, book = tmp_path / "rapport.pdf", tmp_path / "tabellen.xlsx"
    assert main(["report", *map(str, files), "--open-answers", "--tables", str(book), "-o", str(pdf),
                 "--date", "2025-03-01"]) == 0
    wb = openpyxl.load_workbook(book)
    assert wb.sheetnames[-3:] == ["Open antwoorden - thema's", "Open antwoorden", "Toelichting"]
    cells = [c.value for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value is not None]
    assert_no_personal_data("\n".join(map(str, cells)), "the table workbook")
    answers = wb["Open antwoorden"]
    head = [c.value for c in answers[1]]
    shown = [row for row in answers.iter_rows(min_row=2, values_only=True) if row[head.index("Jaar")] == 2023]
    assert len(shown) == N_ANSWERS                     # 2023 shown; 2022 (under 10 respondents) left out
    assert not any(row[head.index("Jaar")] == 2022 for row in answers.iter_rows(min_row=2, values_only=True))
    with zipfile.ZipFile(book) as package:             # texts as strings, never formulas
        assert not any(b"<f>" in package.read(n) for n in package.namelist() if n.startswith("xl/worksheets/"))
    # without the option the workbook has no open answers
    plain = tmp_path / "zonder.xlsx"
    assert main(["report", *map(str, files), "--tables", str(plain), "-o", str(pdf), "--date", "2025-03-01"]) == 0
    assert not any(name.startswith("Open antwoorden") for name in openpyxl.load_workbook(plain).sheetnames)
