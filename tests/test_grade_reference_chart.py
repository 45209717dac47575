"""A grade (rapportcijfer) compared with a reference that gives its mean, SD and n: the reference's mean
grade is drawn beside the municipality's, as a percentage's reference is — in the PDF's chart, the
window's chart and the table workbook's native chart — and the legend names the reference as the user
did. The drawn values are held against the reference table's means and the grades written out here."""

from __future__ import annotations

import os
import re
import zipfile

import pandas as pd
import pytest
from openpyxl import load_workbook
from reportlab.graphics.shapes import Rect, String

from builders import answers, survey_frame, write_csv, write_xlsx
from ceo_desk import services
from ceo_desk.charts import question_chart
from ceo_desk.charts.bars import MUNICIPALITY, REFERENCE
from ceo_desk.cli import main

pytest.importorskip("pytestqt")
from gui_support import TIMEOUT, app, click, column_of, load  # noqa: E402,F401

Q1 = "Ik kan de hulp krijgen die ik nodig heb."
GRADE = "Welk rapportcijfer geeft u de hulp?"
GRADES = {2023: [7.0, 8.0, 6.0, 9.0, 7.0] * 24, 2024: [8.0, 8.0, 7.0, 9.0, 9.0, 6.0] * 20}
REF_MEAN = {2023: 7.0, 2024: 7.9}          # the reference table's mean grade (SD 1,3, n 2.500)
NAME = "BMC Jeugd"


def _mean(values: list[float]) -> float:
    return sum(values) / len(values)


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    d = tmp_path_factory.mktemp("grade_chart")
    surveys = [write_csv(d / f"teststad_{year}.csv",
                         survey_frame({Q1: answers(seed=year, Altijd=a, Soms=s), GRADE: GRADES[year]}, year=year))
               for year, (a, s) in {2023: (70, 50), 2024: (60, 60)}.items()]
    rows = [{"Vraag": Q1, "Jaar": y, "N": 3000, "% positief": p, "Gemiddelde": None, "SD": None}
            for y, p in {2023: 76, 2024: 75}.items()]
    rows += [{"Vraag": GRADE, "Jaar": y, "N": 2500, "% positief": None, "Gemiddelde": m, "SD": 1.3}
             for y, m in REF_MEAN.items()]
    return surveys, write_xlsx(d / "referentie.xlsx", pd.DataFrame(rows))


def _walk(node):
    yield node
    for child in getattr(node, "contents", []):
        yield from _walk(child)


def _bars(drawing, fill) -> list[float]:
    """Heights of the bars filled with ``fill``, left to right."""
    rects = [n for n in _walk(drawing) if isinstance(n, Rect) and n.fillColor == fill and n.height > 20]
    return [r.height for r in sorted(rects, key=lambda r: r.x)]


def _check_drawing(drawing, lang: str, name: str = NAME) -> None:
    own, ref = _bars(drawing, MUNICIPALITY), _bars(drawing, REFERENCE)
    assert len(own) == len(ref) == 2
    # one y axis for both: each reference bar stands to the municipality's bar as the means do
    for year, own_h, ref_h in zip((2023, 2024), own, ref):
        assert ref_h / own_h == pytest.approx(REF_MEAN[year] / _mean(GRADES[year]), rel=1e-9)
    strings = [n.text for n in _walk(drawing) if isinstance(n, String)]
    shown = {"nl": ["7,0", "7,9"], "en": ["7.0", "7.9"]}[lang]
    assert all(value in strings for value in shown), strings
    assert name in strings                   # the legend names the reference as the user did


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_pdf_chart_draws_the_reference_mean_grade(files, lang):
    surveys, reference = files
    out = services.load_files([*surveys, reference], detect_reference=True)
    analysis = services.analyse(out.surveys, out.reference)
    rows = analysis.results[analysis.results["kind"] == "mean"]
    assert sorted(rows["ref_mean"]) == [REF_MEAN[2023], REF_MEAN[2024]]
    _check_drawing(question_chart(rows, lang, reference_name=NAME), lang)
    # without a reference mean the grade stands alone, as before
    alone = question_chart(rows.assign(ref_mean=float("nan")), lang, reference_name=NAME)
    assert _bars(alone, REFERENCE) == [] and NAME not in [n.text for n in _walk(alone) if isinstance(n, String)]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_workbook_chart_has_the_reference_mean_series(files, tmp_path, lang):
    surveys, reference = files
    tables = tmp_path / f"tabellen_{lang}.xlsx"
    assert main(["report", *map(str, surveys), "-r", str(reference), "-o", str(tmp_path / "r.pdf"),
                 "--tables", str(tables), "--lang", lang, "--reference-name", NAME]) == 0
    with zipfile.ZipFile(tables) as z:
        charts = [z.read(n).decode() for n in sorted(z.namelist()) if n.startswith("xl/charts/chart")]
    grade_chart = next(xml for xml in charts if GRADE in xml)
    series = re.findall(r"<c:ser>.*?</c:ser>", grade_chart, re.S)
    assert len(series) == 2 and NAME in series[1]
    ranges = re.findall(r"<c:val><c:numRef><c:f>'([^']+)'!\$([A-Z]+)\$(\d+):\$[A-Z]+\$(\d+)</c:f>", series[1])
    (sheet, column, first, last), = ranges
    cells = load_workbook(tables)[sheet][f"{column}{first}:{column}{last}"]
    assert [row[0].value for row in cells] == [REF_MEAN[2023], REF_MEAN[2024]]


def test_window_chart_draws_the_reference_mean_grade(qtbot, app, files):
    surveys, reference = files
    load(qtbot, app, [*surveys, reference])
    results = app.window.results
    grade = next(q.id for q in app.session.analysis.catalogue if q.kind == "mean")
    index = results.proxy.mapFromSource(results.model.index(results.model.row_of(grade),
                                                            column_of(results.model, "2024\n%")))
    click(qtbot, results.table, index)
    view = app.window.question_view
    qtbot.waitUntil(lambda: view.rendered is not None and view.rendered.question_id == grade, timeout=TIMEOUT)
    _check_drawing(view.rendered.drawing, "nl", name="Referentiegroep")      # no name given: the default
    assert b"7,9" in view.rendered.svg
    shot = os.environ.get("CEO_DESK_SHOT")
    if shot:
        app.window.resize(1400, 900)
        qtbot.wait(200)
        app.window.grab().save(shot)
