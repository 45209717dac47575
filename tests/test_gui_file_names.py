"""The names the window proposes for what it saves follow the interface language: in English mode
'results.xlsx', 'report-….pdf' and 'open-answers.xlsx', in Dutch 'resultaten.xlsx', 'rapport-….pdf'
and 'open-antwoorden.xlsx'. Driven through the menu actions and the export button."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtWidgets import QFileDialog  # noqa: E402

from gui_support import TIMEOUT, idle, load, make_application, on_next_dialog, press_button, shutdown  # noqa: E402
from open_answer_corpus import write_files  # noqa: E402
from ceo_desk.gui.dialogs import ReportDialog  # noqa: E402
from ceo_desk.gui.settings import LANGUAGE, Preferences  # noqa: E402

NAMES = {"nl": ("resultaten.xlsx", "rapport-", "open-antwoorden.xlsx", "Opslaan als…"),
         "en": ("results.xlsx", "report-", "open-answers.xlsx", "Save as…")}


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_proposed_file_names_follow_the_language(qtbot, tmp_path, monkeypatch, lang):
    Preferences(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)).set(LANGUAGE, lang)
    app = make_application(tmp_path, monkeypatch)
    qtbot.addWidget(app.window)
    app.window.show()
    try:
        table, report, answers, save_as = NAMES[lang]
        asked = []

        def cancel_save(parent, title, start, *args, **kwargs):
            asked.append(Path(start).name)           # the name the dialog would propose; then Cancel
            return "", ""
        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(cancel_save))
        data = tmp_path / "data"
        data.mkdir()
        load(qtbot, app, write_files(data))
        window = app.window

        window.export_table_action.trigger()
        on_next_dialog(lambda dialog: press_button(dialog, save_as), kind=ReportDialog)
        window.export_pdf_action.trigger()
        window.right_tabs.setCurrentWidget(window.open_answers)
        qtbot.waitUntil(lambda: window.open_answers.data is not None, timeout=TIMEOUT)
        idle(qtbot, app)
        qtbot.mouseClick(window.open_answers.export_button, Qt.MouseButton.LeftButton)

        assert asked[0] == table
        assert asked[1].startswith(report) and asked[1].endswith(".pdf")
        assert asked[2] == answers
    finally:
        shutdown(app)
