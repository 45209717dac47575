"""Projects as a user keeps them: the end-to-end round trip (three years and a reference, a
category changed, a question paired by hand, undo and redo, PDF, save, close the window, reopen)
and a project whose files moved (point to the file, or skip it)."""

from __future__ import annotations

import shutil

import pandas.testing
import pytest

pytest.importorskip("pytestqt")

from PySide6.QtWidgets import QFileDialog  # noqa: E402

from builders import Q1, Q2  # noqa: E402
from gui_support import (TIMEOUT, all_files, app, cell, choose_with_keys, choose_with_mouse, data, drop, idle,  # noqa: E402,F401
                         load, make_application, on_next_dialog, press_button, shutdown, trigger_shortcut, write_data)
from test_gui_editing import category_index, select_question, wait_reanalysed  # noqa: E402
from ceo_desk.gui.catalogue_models import QuestionsModel  # noqa: E402
from ceo_desk.i18n import fmt_number  # noqa: E402


def shown_state(window):
    """What the user sees: every results cell, every question's reference column and scale."""
    results = window.results.model
    figures = [[results.index(r, c).data() for c in range(results.columnCount())] for r in range(results.rowCount())]
    questions = window.questions.model
    pairs = [(questions.index(r, 1).data(), questions.index(r, QuestionsModel.COLUMNS.index("reference")).data())
             for r in range(questions.rowCount())]
    return figures, pairs


def test_end_to_end_three_years_correct_pair_undo_export_save_reopen(qtbot, tmp_path, monkeypatch):
    from pypdf import PdfReader
    data = write_data(tmp_path / "data", years=(2022, 2023, 2024))
    app = make_application(tmp_path, monkeypatch)
    qtbot.addWidget(app.window)
    app.window.show()
    load(qtbot, app, [data / "ceo_2022.xlsx", data / "ceo_2023.xlsx", data / "ceo_2024.sav", data / "referentie.xlsx"])
    window = app.window
    assert app.session.analysis.years == [2022, 2023, 2024]
    # change a category: 'Vaak' no longer positive on Q1
    q1 = select_question(qtbot, window, Q1)
    wait_reanalysed(qtbot, app, lambda: choose_with_keys(qtbot, window.questions.category_table,
                                                         category_index(window, "Vaak"), "Negatief"))
    assert cell(window.results.model, q1.id, "2024\n%") == fmt_number(100 * 40 / 150, 1, "nl")
    # pair Q2 by hand, undo, redo
    q2 = app.session.analysis.catalogue.find(Q2)
    questions = window.questions.model
    ref = QuestionsModel.COLUMNS.index("reference")
    wait_reanalysed(qtbot, app, lambda: choose_with_mouse(qtbot, window.questions.table,
                                                          questions.index(questions.row_of(q2.key), ref),
                                                          "De hulp die ik krijg helpt me."))
    assert cell(window.results.model, q2.id, "2022\nref") == "61"
    wait_reanalysed(qtbot, app, lambda: trigger_shortcut(qtbot, window.results.table, "Ctrl+Z"))
    assert cell(window.results.model, q2.id, "2022\nref") == ""
    wait_reanalysed(qtbot, app, lambda: trigger_shortcut(qtbot, window.results.table, "Ctrl+Shift+Z"))
    assert cell(window.results.model, q2.id, "2022\nref") == "61"
    assert "✎" in questions.index(questions.row_of(q2.key), ref).data()            # marked as paired by hand
    # export the PDF
    pdf = tmp_path / "out" / "rapport.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(pdf), "")))
    on_next_dialog(lambda dialog: press_button(dialog, "Opslaan als…"))
    with qtbot.waitSignal(app.session.exported, timeout=TIMEOUT):
        trigger_shortcut(qtbot, window, "Ctrl+E")
    idle(qtbot, app)
    assert len(PdfReader(str(pdf)).pages) >= 3
    # save the project, close the window
    project = tmp_path / "teststad.ceoproj.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(project), "")))
    trigger_shortcut(qtbot, window, "Ctrl+S")
    assert project.exists() and not app.session.modified
    before_results = app.session.analysis.results.copy()
    select_question(qtbot, window, Q1)
    roles_before = [category_index(window, c).data() for c in ("Altijd", "Vaak", "Soms", "Nooit")]
    assert roles_before == ["Positief", "Negatief", "Negatief", "Negatief"]
    before = shown_state(window)
    trigger_shortcut(qtbot, window, "Ctrl+Q")
    assert not window.isVisible()
    shutdown(app)
    # a new start: reopen the project from the recent-projects menu
    again = make_application(tmp_path, monkeypatch)
    qtbot.addWidget(again.window)
    again.window.show()
    menu = again.window.recent_menu
    menu.aboutToShow.emit()
    with qtbot.waitSignal(again.session.analysisChanged, timeout=TIMEOUT):
        menu.actions()[0].trigger()
    idle(qtbot, again)
    pandas.testing.assert_frame_equal(again.session.analysis.results, before_results)
    assert shown_state(again.window) == before
    select_question(qtbot, again.window, Q1)
    assert [category_index(again.window, c).data() for c in ("Altijd", "Vaak", "Soms", "Nooit")] == roles_before
    assert not again.session.modified and not again.crashes and not app.crashes
    shutdown(again)


def test_moved_file_located_or_skipped_marks_the_project_changed(qtbot, app, data, tmp_path, monkeypatch):
    load(qtbot, app, all_files(data))
    window = app.window
    project = tmp_path / "teststad.ceoproj.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(project), "")))
    trigger_shortcut(qtbot, window, "Ctrl+S")
    before = app.session.analysis.results.copy()
    moved = tmp_path / "elders"
    moved.mkdir()
    shutil.move(data / "ceo_2024.sav", moved / "ceo_2024.sav")
    # point to the moved file
    texts = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(moved / "ceo_2024.sav"), "")))
    on_next_dialog(lambda box: (texts.append(box.text()), press_button(box, "Zoeken…")))
    with qtbot.waitSignal(app.session.analysisChanged, timeout=TIMEOUT):
        drop(window, [project])
    idle(qtbot, app)
    assert "Overslaan" in texts[0] and "ceo_2024.sav" in texts[0]
    pandas.testing.assert_frame_equal(app.session.analysis.results, before)
    assert app.session.modified and window.isWindowModified()
    trigger_shortcut(qtbot, window, "Ctrl+S")                  # the new place is saved: no question next time
    with qtbot.waitSignal(app.session.analysisChanged, timeout=TIMEOUT):
        drop(window, [project])
    idle(qtbot, app)
    assert not app.session.modified
    # skip a moved file: the project opens without it and is marked changed
    shutil.move(moved / "ceo_2024.sav", tmp_path / "ceo_2024.sav")
    on_next_dialog(lambda box: press_button(box, "Overslaan"))
    with qtbot.waitSignal(app.session.analysisChanged, timeout=TIMEOUT):
        drop(window, [project])
    idle(qtbot, app)
    assert app.session.analysis.years == [2023] and app.session.modified
