"""Corrections made the way a user makes them: double-click a cell, pick in the combo-box editor
with the mouse or the keyboard, tick a box, change a setting in the real dialog, Ctrl+Z and
Ctrl+Shift+Z. Expected figures are written out from the answer counts in ``gui_support``."""

from __future__ import annotations

import json
import math

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QDoubleSpinBox, QFileDialog  # noqa: E402
from scipy.stats import norm  # noqa: E402

from builders import Q1, Q2, Q3  # noqa: E402
from gui_support import (TIMEOUT, all_files, app, cell, choose_with_keys, choose_with_mouse, click, data,  # noqa: E402,F401
                         idle, load, on_next_dialog, press_button, trigger_shortcut)
from ceo_desk.gui.catalogue_models import QuestionsModel  # noqa: E402
from ceo_desk.i18n import fmt_number  # noqa: E402


def type_confidence(qtbot, typed: str):
    """What the user does in the settings dialog: type ``typed`` into the confidence box, press OK."""
    def act(dialog):
        spin = dialog.findChild(QDoubleSpinBox)
        spin.setFocus()
        spin.selectAll()
        qtbot.keyClicks(spin, typed)
        press_button(dialog, "OK")
    return act


def select_question(qtbot, window, text):
    """Click the question's row in the questions table."""
    model = window.questions.model
    row = next(r for r in range(model.rowCount()) if model.question(r).text == text)
    click(qtbot, window.questions.table, model.index(row, 1))
    return model.question(row)


def category_index(window, category):
    model = window.questions.categories
    row = [model.index(r, 0).data() for r in range(model.rowCount())].index(category)
    return model.index(row, 2)


def wait_reanalysed(qtbot, app, act):
    with qtbot.waitSignal(app.session.analysisChanged, timeout=TIMEOUT):
        act()
    idle(qtbot, app)


def margin(p, n, confidence):
    """The conventional margin in percentage points: z · √(p(1−p)/n)."""
    return 100 * norm.ppf(1 - (1 - confidence) / 2) * math.sqrt(p * (1 - p) / n)


def test_telt_als_by_mouse_and_keyboard_then_confidence_and_save(qtbot, app, data, tmp_path, monkeypatch):
    load(qtbot, app, all_files(data))
    window = app.window
    q1 = select_question(qtbot, window, Q1)
    categories = window.questions.category_table
    # 2024: Altijd 40, Vaak 30, Soms 50, Nooit 30 -> 70/150; 'Soms' positive -> 120/150
    assert cell(window.results.model, q1.id, "2024\n%") == fmt_number(100 * 70 / 150, 1, "nl")
    wait_reanalysed(qtbot, app, lambda: choose_with_mouse(qtbot, categories, category_index(window, "Soms"), "Positief"))
    assert category_index(window, "Soms").data() == "Positief"
    assert cell(window.results.model, q1.id, "2024\n%") == fmt_number(100 * 120 / 150, 1, "nl")
    # 2023: Altijd 60, Vaak 40, Soms 30, Nooit 20, n.v.t. 10; n.v.t. counted as negative: 130/160
    wait_reanalysed(qtbot, app, lambda: choose_with_keys(qtbot, categories, category_index(window, "Niet van toepassing"),
                                                         "Negatief"))
    assert category_index(window, "Niet van toepassing").data() == "Negatief"
    assert cell(window.results.model, q1.id, "2023\n%") == fmt_number(100 * 130 / 160, 1, "nl")
    assert cell(window.results.model, q1.id, "2023\nn") == "160"

    # the confidence, typed into the settings dialog (Ctrl+,)
    on_next_dialog(type_confidence(qtbot, "90"))
    wait_reanalysed(qtbot, app, lambda: trigger_shortcut(qtbot, window, "Ctrl+,"))
    assert cell(window.results.model, q1.id, "2024\n±") == fmt_number(margin(120 / 150, 150, 0.90), 1, "nl")
    assert app.session.analysis.options.confidence == pytest.approx(0.90)

    # the settings dialog shows what the results use
    shown = []
    on_next_dialog(lambda dialog: (shown.append(dialog.findChild(QDoubleSpinBox).value()), dialog.reject()))
    trigger_shortcut(qtbot, window, "Ctrl+,")
    assert shown == [pytest.approx(90.0)]

    # save (Ctrl+S): the project holds the corrections and the 90 %
    project = tmp_path / "teststad.ceoproj.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(project), "")))
    trigger_shortcut(qtbot, window, "Ctrl+S")
    saved = json.loads(project.read_text(encoding="utf-8"))
    assert json.dumps(saved).count('"positive"') >= 3 and "0.9" in json.dumps(saved)
    assert not app.session.modified


def test_reference_question_and_telt_mee_through_the_table(qtbot, app, data):
    load(qtbot, app, all_files(data))
    window = app.window
    questions, table = window.questions.model, window.questions.table
    q2 = app.session.analysis.catalogue.find(Q2)
    assert cell(window.results.model, q2.id, "2024\nref") == ""                 # drifted wording: not paired
    ref_column = QuestionsModel.COLUMNS.index("reference")
    index = questions.index(questions.row_of(q2.key), ref_column)
    wait_reanalysed(qtbot, app, lambda: choose_with_mouse(qtbot, table, index, "De hulp die ik krijg helpt me."))
    assert cell(window.results.model, q2.id, "2024\nref") == "63"
    q1 = app.session.analysis.catalogue.find(Q1)
    index = questions.index(questions.row_of(q1.key), ref_column)
    wait_reanalysed(qtbot, app, lambda: choose_with_keys(qtbot, table, index, "— geen referentie —"))
    assert cell(window.results.model, q1.id, "2024\nref") == ""
    # untick 'Telt mee' on Q3 with the mouse on the check box
    q3 = app.session.analysis.catalogue.find(Q3)
    counted = questions.index(questions.row_of(q3.key), QuestionsModel.COLUMNS.index("counted"))
    click(qtbot, table, questions.index(counted.row(), 1))
    wait_reanalysed(qtbot, app, lambda: _click_check(qtbot, table, counted))
    assert window.results.model.row_of(q3.id) == -1
    # the selection stays on Q3 (it does not jump to Q1)
    assert window.questions.selected_key() == q3.key


def _click_check(qtbot, table, index):
    """Click the check box of a checkable cell (left part of the cell)."""
    from gui_support import cell_centre
    centre = cell_centre(table, index)          # scrolls the cell into view first
    rect = table.visualRect(index)
    pos = centre.__class__(rect.left() + 10, centre.y())
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def show_in_results(qtbot, app, question_id):
    """Click the question's row in the results table and wait for its chart and sentences."""
    results = app.window.results
    index = results.proxy.mapFromSource(results.model.index(results.model.row_of(question_id), 1))
    click(qtbot, results.table, index)
    idle(qtbot, app)
    view = app.window.question_view
    qtbot.waitUntil(lambda: view.rendered is not None and view.rendered.question_id == question_id, timeout=TIMEOUT)
    return view


def test_year_chooser_reaches_question_view_and_categories(qtbot, app, data):
    from test_gui_language import choose_in_combo
    load(qtbot, app, all_files(data))
    window = app.window
    q1 = select_question(qtbot, window, Q1)
    soms = category_index(window, "Soms")
    assert window.questions.categories.index(soms.row(), 1).data() == "80"          # 30 in 2023 + 50 in 2024
    view = show_in_results(qtbot, app, q1.id)
    assert "2024" in view.sentences.text() and view.model.rowCount() == 2
    choose_in_combo(qtbot, window.results.year, "2023")
    idle(qtbot, app)
    qtbot.waitUntil(lambda: view.rendered is not None and view.rendered.year == 2023, timeout=TIMEOUT)
    assert "2023" in view.sentences.text() and "2024" not in view.sentences.text()
    assert view.model.rowCount() == 1 and view.model.index(0, 0).data() == "2023"
    assert window.questions.categories.index(soms.row(), 1).data() == "30"
    assert window.questions.categories.headerData(1, Qt.Orientation.Horizontal) == "Antwoorden 2023"
    # 2023, Q1: (60 + 40) positive of 150 valid (n.v.t. left out)
    assert fmt_number(100 * 100 / 150, 1, "nl") in view.sentences.text()


def test_question_view_names_the_positive_categories_as_corrected(qtbot, app, data, tmp_path, monkeypatch):
    from pypdf import PdfReader
    load(qtbot, app, all_files(data))
    window = app.window
    q1 = select_question(qtbot, window, Q1)
    wait_reanalysed(qtbot, app, lambda: choose_with_keys(qtbot, window.questions.category_table,
                                                         category_index(window, "Vaak"), "Negatief"))
    view = show_in_results(qtbot, app, q1.id)
    text = view.sentences.text()
    assert "‘altijd’" in text and "‘vaak’" not in text
    # the PDF page of the same question says the same
    target = tmp_path / "rapport.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    on_next_dialog(lambda dialog: press_button(dialog, "Opslaan als…"))
    with qtbot.waitSignal(app.session.exported, timeout=TIMEOUT):
        trigger_shortcut(qtbot, window, "Ctrl+E")
    pdf = " ".join(" ".join(page.extract_text() for page in PdfReader(str(target)).pages).split())
    first = view.rendered.sentences[0]
    assert " ".join(first.split()) in pdf


def test_undo_and_redo_every_kind_of_correction(qtbot, app, data):
    from ceo_desk.gui.settings import CONFIDENCE
    load(qtbot, app, all_files(data))
    window = app.window
    model = window.results.model
    table = window.results.table
    undo = lambda: wait_reanalysed(qtbot, app, lambda: trigger_shortcut(qtbot, table, "Ctrl+Z"))
    redo = lambda: wait_reanalysed(qtbot, app, lambda: trigger_shortcut(qtbot, table, "Ctrl+Shift+Z"))
    q1 = select_question(qtbot, window, Q1)
    original = cell(model, q1.id, "2024\n%")
    # a category's role
    wait_reanalysed(qtbot, app, lambda: choose_with_keys(qtbot, window.questions.category_table,
                                                         category_index(window, "Soms"), "Positief"))
    assert cell(model, q1.id, "2024\n%") == fmt_number(100 * 120 / 150, 1, "nl")
    assert window.undo_action.isEnabled() and "Soms" in window.undo_action.text()
    undo()
    assert cell(model, q1.id, "2024\n%") == original == fmt_number(100 * 70 / 150, 1, "nl")
    assert category_index(window, "Soms").data() == "Negatief"
    redo()
    assert cell(model, q1.id, "2024\n%") == fmt_number(100 * 120 / 150, 1, "nl")
    # a pairing
    q2 = app.session.analysis.catalogue.find(Q2)
    questions = window.questions.model
    index = questions.index(questions.row_of(q2.key), QuestionsModel.COLUMNS.index("reference"))
    wait_reanalysed(qtbot, app, lambda: choose_with_mouse(qtbot, window.questions.table, index,
                                                          "De hulp die ik krijg helpt me."))
    assert cell(model, q2.id, "2024\nref") == "63"
    undo()
    assert cell(model, q2.id, "2024\nref") == ""
    redo()
    assert cell(model, q2.id, "2024\nref") == "63"
    # 'Telt mee'
    q3 = app.session.analysis.catalogue.find(Q3)
    counted = questions.index(questions.row_of(q3.key), QuestionsModel.COLUMNS.index("counted"))
    wait_reanalysed(qtbot, app, lambda: _click_check(qtbot, window.questions.table, counted))
    assert model.row_of(q3.id) == -1
    undo()
    assert model.row_of(q3.id) >= 0
    # a setting
    on_next_dialog(type_confidence(qtbot, "99"))
    wait_reanalysed(qtbot, app, lambda: trigger_shortcut(qtbot, window, "Ctrl+,"))
    assert app.session.analysis.options.confidence == pytest.approx(0.99) and app.prefs.get(CONFIDENCE) == 0.99
    undo()
    assert app.session.analysis.options.confidence == pytest.approx(0.95) and app.prefs.get(CONFIDENCE) == 0.95
    assert cell(model, q1.id, "2024\n±") == fmt_number(margin(120 / 150, 150, 0.95), 1, "nl")
    # everything undone, step by step, gives the figures of the files as read
    while window.undo_action.isEnabled():
        undo()
    assert cell(model, q1.id, "2024\n%") == original and cell(model, q2.id, "2024\nref") == ""


def test_unticking_telt_mee_on_q9_of_the_demo_keeps_q9_selected(qtbot, app):
    """The demo's eleven questions at 1280×720: a click on Q9's box (the row not selected before) makes
    Q9 the chosen question and it stays chosen through the re-analysis; ticking it again too."""
    from pathlib import Path
    demo = Path(__file__).resolve().parents[1] / "ceo_desk" / "resources" / "demo"
    app.window.resize(1280, 720)
    load(qtbot, app, sorted(p for p in demo.iterdir() if p.suffix in (".sav", ".xlsx", ".csv")))
    window = app.window
    questions, table = window.questions.model, window.questions.table
    assert window.questions.selected_key() is None
    q9 = app.session.analysis.catalogue.by_id("Q9")
    counted = lambda: questions.index(questions.row_of(q9.key), QuestionsModel.COLUMNS.index("counted"))
    wait_reanalysed(qtbot, app, lambda: _click_check(qtbot, table, counted()))
    assert counted().data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert window.results.model.row_of(q9.id) == -1
    assert window.questions.selected_key() == q9.key
    assert questions.index(table.currentIndex().row(), 0).data() == "Q9"
    assert "Q9" in window.questions.category_title.text()
    # tick it again, with Q9 chosen: counted and still the chosen question
    wait_reanalysed(qtbot, app, lambda: _click_check(qtbot, table, counted()))
    assert window.results.model.row_of(q9.id) >= 0
    assert window.questions.selected_key() == q9.key
    # chosen in the results table first, then unticked: the choice stays on Q9
    click(qtbot, window.results.table, window.results.proxy.mapFromSource(
        window.results.model.index(window.results.model.row_of(q9.id), 1)))
    assert window.questions.selected_key() == q9.key
    wait_reanalysed(qtbot, app, lambda: _click_check(qtbot, table, counted()))
    assert window.questions.selected_key() == q9.key and window.results.model.row_of(q9.id) == -1
