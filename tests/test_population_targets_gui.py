"""Issue 10 in the window: per year the number of clients (N, finite-population correction) and per
statement a policy target, typed into the dialog's cells with the keyboard; the shown margin is checked
against the FPC formula written out here, the target's p against the exact binomial sum; undo, redo and
the project keep them. A reference with the grade's mean shows it as a grade."""

from __future__ import annotations

import json
import math

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QFileDialog, QLineEdit, QTableWidget  # noqa: E402

from builders import Q1, answers, survey_frame, write_xlsx  # noqa: E402
from formulas import Z95, binomial_two_sided  # noqa: E402
from gui_support import (TIMEOUT, all_files, app, cell_centre, data, idle, load, on_next_dialog,  # noqa: E402,F401
                         press_button)
from test_gui_editing import show_in_results  # noqa: E402

# ceo_2024.sav (gui_support.write_data): Q1 70 positive of 150 valid, 150 respondents
N_2024, POS, N = 400, 70, 150
GRADE = "Welk rapportcijfer geeft u de hulp?"


def _nl(value: float, decimals: int = 1) -> str:
    return f"{value:.{decimals}f}".replace(".", ",")


def _type_in_cell(qtbot, table: QTableWidget, row: int, column: int, text: str) -> None:
    """Double-click the cell, select what is in the editor, type, press Enter — as a user does."""
    index = table.model().index(row, column)
    pos = cell_centre(table, index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    def editor() -> QLineEdit | None:
        found = [e for e in table.viewport().findChildren(QLineEdit) if e.isVisible()]
        return found[0] if found else None
    qtbot.waitUntil(lambda: editor() is not None, timeout=5000)
    editor = editor()
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.item(row, column).text() == text and
                    table.state() != QAbstractItemView.State.EditingState, timeout=5000)


def _row_of(table: QTableWidget, column: int, startswith: str) -> int:
    return next(r for r in range(table.rowCount()) if table.item(r, column).text().startswith(startswith))


def _fill(qtbot, app, population: dict, targets: dict) -> list:
    """Open the dialog from the Edit menu's action, type the values, press OK; the dialog's warnings."""
    seen = []

    def act(dialog):
        table = dialog.findChild(QTableWidget, "population")
        for year, text in population.items():
            _type_in_cell(qtbot, table, _row_of(table, 0, str(year)), 2, text)
        table = dialog.findChild(QTableWidget, "targets")
        for qid, text in targets.items():
            _type_in_cell(qtbot, table, _row_of(table, 0, f"{qid}."), 1, text)
        seen.append(dialog.windowTitle())
        press_button(dialog, "OK")
    on_next_dialog(act)
    app.window.population_action.trigger()
    return seen


def _margin_cell(view, year: int) -> str:
    model = view.model
    column = next(c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == "±")
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == str(year))
    return model.index(row, column).data()


def test_population_and_target_typed_in_the_dialog_change_the_figures(qtbot, app, data, tmp_path, monkeypatch):
    load(qtbot, app, all_files(data))
    q1 = app.session.analysis.catalogue.find(Q1).id
    view = show_in_results(qtbot, app, q1)
    p = POS / N
    plain = 100 * Z95 * math.sqrt(p * (1 - p) / N)
    assert _margin_cell(view, 2024) == _nl(plain)
    with qtbot.waitSignal(app.session.analysisChanged, timeout=TIMEOUT):
        _fill(qtbot, app, {2024: "400"}, {q1: "80"})
    idle(qtbot, app)
    view = show_in_results(qtbot, app, q1)
    # the FPC written out: z·√(p(1−p)/n)·√((N−n)/(N−1))
    corrected = plain * math.sqrt((N_2024 - N) / (N_2024 - 1))
    assert _margin_cell(view, 2024) == _nl(corrected), (_margin_cell(view, 2024), corrected)
    assert _margin_cell(view, 2023) != _nl(corrected)
    results = app.session.analysis.results
    row = results[(results.question_id == q1) & (results.year == 2024)].iloc[0]
    assert row.population == N_2024 and row.target == 80
    # the exact binomial test against the target, with the n the correction implies (rounded)
    n_fpc = N * (N_2024 - 1) / (N_2024 - N)
    assert row.p_target == pytest.approx(binomial_two_sided(round(p * n_fpc), round(n_fpc), 0.80), rel=1e-9)
    assert "streefwaarde" in view.sentences.text()
    # undo takes both back at once, redo restores them
    with qtbot.waitSignal(app.session.analysisChanged, timeout=TIMEOUT):
        app.window.undo_action.trigger()
    idle(qtbot, app)
    assert app.session.options.population == () and app.session.options.targets == ()
    with qtbot.waitSignal(app.session.analysisChanged, timeout=TIMEOUT):
        app.window.redo_action.trigger()
    idle(qtbot, app)
    assert app.session.options.population == ((2024, 400),)
    # kept in the project file
    project = tmp_path / "p.ceoproj.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(project), "")))
    app.window.save_project_as()
    saved = json.loads(project.read_text(encoding="utf-8"))["options"]
    assert saved["population"] == [[2024, 400]] and saved["targets"] == [[Q1, 80.0]]


def test_impossible_entries_are_refused_in_the_dialog(qtbot, app, data):
    load(qtbot, app, all_files(data))
    q1 = app.session.analysis.catalogue.find(Q1).id
    seen = []

    def act(dialog):
        table = dialog.findChild(QTableWidget, "population")
        _type_in_cell(qtbot, table, _row_of(table, 0, "2024"), 2, "120")      # fewer than the 150 respondents
        press_button(dialog, "OK")
        seen.append(list(app.boxes))
        _type_in_cell(qtbot, table, _row_of(table, 0, "2024"), 2, "")
        targets = dialog.findChild(QTableWidget, "targets")
        _type_in_cell(qtbot, targets, _row_of(targets, 0, f"{q1}."), 1, "hoog")
        press_button(dialog, "OK")
        seen.append(list(app.boxes))
        cancel = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel)
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    on_next_dialog(act)
    app.window.population_action.trigger()
    first, second = seen
    assert "2024" in first[-1][2] and "150 respondenten" in first[-1][2], first
    assert "'hoog' is geen percentage" in second[-1][2], second
    assert app.session.options.population == () and app.session.options.targets == ()


def test_grade_against_a_reference_mean_in_the_results_table(qtbot, app, tmp_path):
    import pandas as pd
    grades = [8.0, 8.0, 7.0, 9.0, 9.0, 6.0] * 20                         # mean 7.83, n 120
    survey = write_xlsx(tmp_path / "ceo_2024.xlsx", survey_frame({Q1: answers(seed=3, Altijd=80, Soms=40),
                                                                  GRADE: grades}, year=2024))
    ref = write_xlsx(tmp_path / "referentie.xlsx", pd.DataFrame({
        "Vraag": [Q1, GRADE], "Jaar": [2024, 2024], "N": [3000, 2500], "% positief": [70, None],
        "Gemiddelde": [None, 7.4], "SD": [None, 1.3]}))
    load(qtbot, app, [survey, ref])
    model = app.window.results.model
    grade = next(q for q in app.session.analysis.catalogue if q.kind == "mean").id
    from gui_support import column_of
    ref_cell = model.index(model.row_of(grade), column_of(model, "2024\nref")).data()
    assert ref_cell == "7,4"
    tip = str(model.index(model.row_of(grade), column_of(model, "2024\n▲▼ ref")).data(Qt.ItemDataRole.ToolTipRole))
    assert tip.startswith("Significant hoger dan de referentiegroep: 0,4 punt"), tip
