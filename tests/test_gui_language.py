"""Switching the interface language rebuilds the window around the same session: every signal
stays connected once (one dialog for one bad file, one PDF viewer for one export), and the chosen
year and question stay chosen."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QDesktopServices  # noqa: E402
from PySide6.QtWidgets import QFileDialog  # noqa: E402

from builders import Q1, write_random_bytes  # noqa: E402
from gui_support import (TIMEOUT, all_files, app, choose_in_combo, click, data, drop, idle, load,  # noqa: E402,F401
                         on_next_dialog, press_button, switch_language, trigger_shortcut)
from ceo_desk.gui.settings import OPEN_PDF_AFTER_EXPORT  # noqa: E402


def test_language_there_and_back_keeps_one_connection_and_the_view(qtbot, app, data, tmp_path, monkeypatch):
    load(qtbot, app, all_files(data))
    window = app.window
    choose_in_combo(qtbot, window.results.year, "2023")
    results = window.results
    q1 = app.session.analysis.catalogue.find(Q1)
    with qtbot.waitSignal(app.runner.finished, timeout=TIMEOUT):
        click(qtbot, results.table, results.proxy.mapFromSource(results.model.index(results.model.row_of(q1.id), 1)))
    assert window.question_view.question_id == q1.id

    switch_language(qtbot, app, "English", "OK")
    window = app.window
    assert window.open_action.text() == "&Open files…"
    assert window.menuBar().actions()[0].text() == "&File"
    assert window.results.model.headerData(1, Qt.Orientation.Horizontal) == "Question"
    assert window.results.chosen_year() == 2023 and window.question_view.question_id == q1.id
    assert window.results.selected_question() == q1.id

    switch_language(qtbot, app, "Nederlands", "OK")
    window = app.window
    assert window.open_action.text() == "Bestanden &openen…"
    assert window.results.chosen_year() == 2023 and window.question_view.question_id == q1.id

    # one bad file: exactly one dialog
    bad = write_random_bytes(tmp_path / "geen_enquete.sav", prefix=b"$FL2")
    drop(window, [bad])
    idle(qtbot, app)
    warnings = [b for b in app.boxes if b[0] == "warning"]
    assert len(warnings) == 1 and "geen_enquete.sav" in warnings[0][2]

    # one export: the PDF is opened once
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    app.prefs.set(OPEN_PDF_AFTER_EXPORT, True)
    target = tmp_path / "rapport.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    on_next_dialog(lambda dialog: press_button(dialog, "Opslaan als…"))
    with qtbot.waitSignal(app.session.exported, timeout=TIMEOUT):
        trigger_shortcut(qtbot, window, "Ctrl+E")
    idle(qtbot, app)
    assert target.exists() and len(opened) == 1
