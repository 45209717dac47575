"""A grade (rapportcijfer) whose reference gives a mean, SD and n, in the window: the questions list pairs it
with the reference's grade question as it pairs a statement (its tooltip gives the reference's mean grade
per year), the pairing can be changed there with the real editor, and the results table's reference
column shows the reference mean and the Welch test's marker — held against the means and the test
written out here."""

from __future__ import annotations

import os
import statistics

import pytest
from scipy.stats import t as student_t

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402

from formulas import welch_p  # noqa: E402
from gui_support import TIMEOUT, app, cell, choose_with_keys, choose_with_mouse, idle, load  # noqa: E402,F401
from test_grade_reference_chart import GRADE, GRADES, REF_MEAN, files  # noqa: E402,F401
from ceo_desk.gui.catalogue_models import QuestionsModel  # noqa: E402

REF_SD, REF_N = 1.3, 2500


def _welch_significant(year: int) -> bool:
    grades = GRADES[year]
    t, df = welch_p(statistics.mean(grades), statistics.stdev(grades), len(grades), REF_MEAN[year], REF_SD, REF_N)
    return 2 * student_t.sf(abs(t), df) < 0.05


def _reanalysed(qtbot, app, act):
    with qtbot.waitSignal(app.session.analysisChanged, timeout=TIMEOUT):
        act()
    idle(qtbot, app)


def test_grade_with_a_reference_mean_in_the_questions_list_and_results(qtbot, app, files):
    surveys, reference = files
    load(qtbot, app, [*surveys, reference])
    window = app.window
    grade = app.session.analysis.catalogue.find(GRADE)
    questions, table = window.questions.model, window.questions.table
    index = questions.index(questions.row_of(grade.key), QuestionsModel.COLUMNS.index("reference"))
    # paired as a statement is: the reference's question, its mean grade per year in the tooltip
    assert index.data() == GRADE
    assert index.data(Qt.ItemDataRole.ToolTipRole).splitlines() == [
        GRADE, "(zelfde tekst)", "Gemiddeld cijfer: 7,0 (2023), 7,9 (2024)"]
    assert index.data(Qt.ItemDataRole.ForegroundRole) is None
    assert questions.flags(index) & Qt.ItemFlag.ItemIsEditable

    # the results table: the reference mean formatted like the grade, the marker from Welch's test
    results = window.results.model
    marks = {True: {True: "▲", False: "▼"}, False: {True: "", False: ""}}
    for year in (2023, 2024):
        assert cell(results, grade.id, f"{year}\nref") == f"{REF_MEAN[year]:.1f}".replace(".", ",")
        higher = statistics.mean(GRADES[year]) > REF_MEAN[year]
        assert cell(results, grade.id, f"{year}\n▲▼ ref") == marks[_welch_significant(year)][higher]
    assert _welch_significant(2023) and not _welch_significant(2024)     # the data hold both cases

    shot = os.environ.get("CEO_DESK_SHOT")
    if shot:
        window.resize(1400, 900)
        table.setColumnWidth(QuestionsModel.COLUMNS.index("reference"), 260)
        qtbot.wait(200)
        window.grab().save(shot)

    # the user unpairs the grade with the keyboard: no reference in the table any more
    _reanalysed(qtbot, app, lambda: choose_with_keys(qtbot, table, index, "— geen referentie —"))
    index = questions.index(questions.row_of(grade.key), QuestionsModel.COLUMNS.index("reference"))
    assert index.data() == "— geen referentie —"
    assert cell(results, grade.id, "2024\nref") == "" and cell(results, grade.id, "2024\n▲▼ ref") == ""
    # and pairs it again with the mouse
    _reanalysed(qtbot, app, lambda: choose_with_mouse(qtbot, table, index, GRADE))
    assert cell(results, grade.id, "2024\nref") == "7,9" and cell(results, grade.id, "2023\n▲▼ ref") == "▲"
