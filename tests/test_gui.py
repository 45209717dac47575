"""The desktop window, driven for real (offscreen): drop files, wait for the import, compare the
table with the core's results, correct a match and a category, export, save and reopen, bad input.
Dialogs are patched; waits use signals, never sleeps."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt, QThread  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402
from PySide6.QtWidgets import QFileDialog, QMessageBox  # noqa: E402

from builders import Q1, Q3, answers, survey_frame, write_csv, write_random_bytes  # noqa: E402
from gui_support import (TIMEOUT, all_files, app, cell, click, core_analysis, data, drop, freq, idle,  # noqa: E402,F401
                         load, on_next_dialog, trigger_shortcut, type_year)
from ceo_desk.gui.import_dialog import ImportDialog  # noqa: E402
from ceo_desk.gui import crash  # noqa: E402
from ceo_desk.i18n import fmt_number  # noqa: E402
from ceo_desk.model.options import AnalysisOptions  # noqa: E402

def test_dropped_files_give_the_core_results(qtbot, app, data):
    load(qtbot, app, all_files(data))
    analysis = app.session.analysis
    assert len(analysis.surveys) == 2 and analysis.reference is not None        # the reference was recognised
    expected = core_analysis(all_files(data)).results
    model = app.window.results.model
    assert model.rowCount() == expected["question_id"].nunique()
    for row in expected.itertuples():
        y = row.year
        value = row.mean if row.kind == "mean" else row.percent
        assert cell(model, row.question_id, f"{y}\n%") == fmt_number(value, 1, "nl")
        assert cell(model, row.question_id, f"{y}\nn") == fmt_number(row.n, 0, "nl")
        assert cell(model, row.question_id, f"{y}\n±") == fmt_number(row.margin, 1, "nl")
        assert cell(model, row.question_id, f"{y}\nref") == fmt_number(row.ref_percent, 0, "nl")
        mark = cell(model, row.question_id, f"{y}\n▲▼ ref")
        if row.sig_ref is not None and str(row.sig_ref) == "True":
            assert mark == ("▲" if row.diff_ref > 0 else "▼")
        else:
            assert mark == ""
    # the unrecognised column is listed with its categories, not counted
    questions = app.window.questions.model
    unrecognised = [questions.question(r) for r in range(questions.rowCount()) if not questions.question(r).recognised]
    assert [q.text for q in unrecognised] == ["Hoe vaak kwam u?"]
    assert set(unrecognised[0].categories) == {"Eenmaal", "Tweemaal", "Vaker"}
    assert "Teststad" in app.window.windowTitle() and app.session.modified


def test_export_pdf_and_table(qtbot, app, data, tmp_path, monkeypatch):
    from pypdf import PdfReader
    load(qtbot, app, all_files(data))
    target = tmp_path / "out" / "rapport.pdf"
    monkeypatch.setattr("ceo_desk.gui.dialogs.ReportDialog.exec", lambda self: True)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    with qtbot.waitSignal(app.session.exported, timeout=TIMEOUT) as exported:
        app.window.export_report()
    assert exported.args == [str(target)]
    reader = PdfReader(str(target))
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert len(reader.pages) >= 3
    for question in (Q1, Q3):
        assert question[:30] in text.replace("\n", " ")
    table = tmp_path / "out" / "resultaten.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(table), "")))
    with qtbot.waitSignal(app.session.exported, timeout=TIMEOUT):
        app.window.export_table()
    assert table.read_text(encoding="utf-8-sig").splitlines()[0].startswith("question_id,question,year")


def test_corrupt_file_shows_dialog_and_keeps_data(qtbot, app, data, tmp_path):
    load(qtbot, app, all_files(data))
    rows = app.window.results.model.rowCount()
    bad = write_random_bytes(tmp_path / "kapot_2024.sav", prefix=b"$FL2")
    drop(app.window, [bad])
    idle(qtbot, app)
    warnings = [b for b in app.boxes if b[0] == "warning"]
    assert len(warnings) == 1 and "kapot_2024.sav" in warnings[0][2] and "SPSS" in warnings[0][2]
    assert "blijft geladen" in warnings[0][2]
    assert len(app.session.analysis.surveys) == 2 and app.window.results.model.rowCount() == rows


@pytest.mark.expected_crash
def test_unexpected_error_is_logged_and_named(qtbot, app, tmp_path, monkeypatch):
    import sys
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)     # put back after the test
    crash.setup_logging()
    crash.install(app.show_crash_dialog)
    try:
        raise RuntimeError("kapotte invariant")
    except RuntimeError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    log = (tmp_path / "ceo-desk.log").read_text(encoding="utf-8")
    assert "kapotte invariant" in log and "Traceback" in log
    critical = [b for b in app.boxes if b[0] == "critical"]
    assert critical and str(tmp_path / "ceo-desk.log") in critical[0][2]


def test_closing_with_unsaved_changes_asks(qtbot, app, data, monkeypatch):
    load(qtbot, app, all_files(data))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Cancel))
    app.window.close()
    assert app.window.isVisible()


def test_models_never_raise(qtbot, app):
    model = app.window.results.model
    beyond = model.createIndex(model.rowCount() + 5, 5)      # a valid index without a row: data() must not raise
    assert beyond.isValid() and model.data(beyond) is None
    model.set_results(None, [2024])
    assert model.rowCount() == 0 and model.headerData(99, Qt.Orientation.Horizontal) is None


def test_file_without_year_asks_for_it(qtbot, app, data, tmp_path, monkeypatch):
    load(qtbot, app, all_files(data))
    no_year = write_csv(tmp_path / "ceo_zonder_jaar.csv",
                        survey_frame({Q1: freq(9, Altijd=30, Vaak=30, Soms=20, Nooit=20)}).drop(columns="jaar"))
    asked = []
    on_next_dialog(lambda dialog: asked.append(type_year(qtbot, dialog, 2022)), kind=ImportDialog, timeout_ms=TIMEOUT)
    drop(app.window, [no_year])
    qtbot.waitUntil(lambda: len(app.session.analysis.surveys) == 3, timeout=TIMEOUT)
    idle(qtbot, app)
    assert asked == ["ceo_zonder_jaar.csv"] and app.session.analysis.years == [2022, 2023, 2024]
    assert app.session.project().years == {str(no_year): 2022}
    assert not [b for b in app.boxes if b[0] == "warning"]


def test_task_runner_cancels_and_reports_errors(qtbot):
    from ceo_desk.gui.tasks import TaskRunner
    from ceo_desk.services import OperationCancelled
    runner = TaskRunner()
    outcome = []

    def until_cancelled(state):
        while not state.cancelled():
            state.progress(0.5, "bezig")
            QThread.msleep(5)
        raise OperationCancelled

    with qtbot.waitSignal(runner.progress, timeout=TIMEOUT):
        runner.start("x", until_cancelled, on_done=outcome.append, on_cancel=lambda: outcome.append("cancelled"))
    with qtbot.waitSignal(runner.finished, timeout=TIMEOUT):
        runner.cancel()
    assert outcome == ["cancelled"] and not runner.busy

    def broken(state):
        raise ValueError("stuk")

    with qtbot.waitSignal(runner.error, timeout=TIMEOUT) as failed:
        runner.start("y", broken, on_done=outcome.append)
    assert isinstance(failed.args[0], ValueError) and "Traceback" in failed.args[1]


class StubState:
    """What a job sees of the runner, without Qt."""

    def __init__(self):
        self.reports = []

    def progress(self, fraction, message=""):
        self.reports.append(fraction)

    def cancelled(self):
        return False

    def part(self, start, end):
        return lambda fraction, message="": self.progress(start + (end - start) * fraction, message)


def test_load_job_merges_and_keeps_earlier_files(data, tmp_path):
    from ceo_desk.gui import jobs
    state = StubState()
    first = jobs.load_and_analyse(state, [data / "ceo_2023.xlsx", data / "referentie.xlsx"], None, [], None,
                                  AnalysisOptions(), None, {})
    assert [s.path.name for s in first.surveys] == ["ceo_2023.xlsx"] and first.reference is not None
    bad = write_random_bytes(tmp_path / "kapot_2024.sav", prefix=b"$FL2")
    second = jobs.load_and_analyse(state, [data / "ceo_2024.sav", bad], None, first.surveys, first.reference,
                                   AnalysisOptions(), first.analysis.overrides, {})
    assert [s.path.name for s in second.surveys] == ["ceo_2023.xlsx", "ceo_2024.sav"]
    assert second.analysis.years == [2023, 2024] and len(second.errors) == 1
    assert state.reports[-1] == 1.0 and all(0 <= f <= 1 for f in state.reports)
