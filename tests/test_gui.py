"""The desktop window, driven for real (offscreen): drop files, wait for the import, compare the
table with the core's results, correct a match and a category, export, save and reopen, bad input.
Dialogs are patched; waits use signals, never sleeps."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QThread, QUrl  # noqa: E402
from PySide6.QtGui import QDropEvent, QGuiApplication  # noqa: E402
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox  # noqa: E402

from builders import (Q1, Q2, Q3, FREQ_LABELS, YESNO_LABELS, answers, survey_frame, to_codes,  # noqa: E402
                      write_csv, write_random_bytes, write_reference, write_sav, write_xlsx)
from ceo_desk import services  # noqa: E402
from ceo_desk.gui import crash  # noqa: E402
from ceo_desk.gui.app import Application  # noqa: E402
from ceo_desk.gui.catalogue_models import QuestionsModel  # noqa: E402
from ceo_desk.gui.settings import OPEN_PDF_AFTER_EXPORT, Preferences  # noqa: E402
from ceo_desk.i18n import fmt_number  # noqa: E402
from ceo_desk.model.scales import Role  # noqa: E402

TIMEOUT = 60_000
Q2_REF = "De hulp die ik krijg helpt me."          # a drifted wording: suggested, never paired


def _freq(seed, **counts):
    return answers(seed=seed, **counts)


@pytest.fixture
def data(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    f2023 = survey_frame({Q1: _freq(1, Altijd=60, Vaak=40, Soms=30, Nooit=20, **{"Niet van toepassing": 10}),
                          Q2: _freq(2, Altijd=50, Vaak=50, Soms=40, Nooit=20),
                          Q3: answers(seed=3, Ja=120, Nee=40),
                          "Hoe vaak kwam u?": answers(seed=4, Eenmaal=80, Tweemaal=50, Vaker=30)},
                         year=2023)
    write_xlsx(folder / "ceo_2023.xlsx", f2023)
    q1_2024 = _freq(5, Altijd=40, Vaak=30, Soms=50, Nooit=30)
    q2_2024 = _freq(6, Altijd=70, Vaak=50, Soms=20, Nooit=10)
    q3_2024 = answers(seed=7, Ja=90, Nee=60)
    write_sav(folder / "ceo_2024.sav",
              {"respnr": list(range(1, 151)), "jaar": [2024] * 150, "v1": to_codes(q1_2024), "v2": to_codes(q2_2024),
               "v3": to_codes(q3_2024, YESNO_LABELS)},
              labels={"v1": Q1, "v2": Q2, "v3": Q3},
              value_labels={"v1": FREQ_LABELS, "v2": FREQ_LABELS, "v3": YESNO_LABELS}, user_missing={"v1": [9]})
    write_reference(folder / "referentie.xlsx",
                    [(Q1, 2023, 3000, 70), (Q1, 2024, 3100, 71), (Q2_REF, 2023, 3000, 62), (Q2_REF, 2024, 3100, 63),
                     (Q3, 2023, 2900, 74), (Q3, 2024, 3000, 75)])
    return folder


@pytest.fixture
def app(qtbot, tmp_path, monkeypatch):
    """The application with its window shown; settings and log in tmp_path; message boxes recorded."""
    monkeypatch.setenv("CEO_DESK_LOG", str(tmp_path / "ceo-desk.log"))
    boxes = []

    def record(kind, answer):
        def box(parent, title, text, *args, **kwargs):
            boxes.append((kind, title, text))
            return answer
        return box

    for kind, answer in (("warning", QMessageBox.StandardButton.Ok), ("critical", QMessageBox.StandardButton.Ok),
                         ("information", QMessageBox.StandardButton.Ok),
                         ("question", QMessageBox.StandardButton.Discard)):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(record(kind, answer)))
    prefs = Preferences(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    prefs.set(OPEN_PDF_AFTER_EXPORT, False)
    application = Application(QApplication.instance(), prefs)
    application.boxes = boxes
    qtbot.addWidget(application.window)
    application.window.show()
    yield application
    application.runner.cancel()
    application.runner.wait(10_000)
    application.window._discard_on_close = True
    application.window.close()


def drop(window, paths):
    """Exactly what a drag from the file manager delivers to the window."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)


def idle(qtbot, app):
    qtbot.waitUntil(lambda: not app.runner.busy, timeout=TIMEOUT)


def load(qtbot, app, paths):
    with qtbot.waitSignal(app.session.analysisChanged, timeout=TIMEOUT):
        drop(app.window, paths)
    idle(qtbot, app)


def all_files(data):
    return [data / "ceo_2023.xlsx", data / "ceo_2024.sav", data / "referentie.xlsx"]


def core_analysis(paths, overrides=None):
    outcome = services.load_files(paths, detect_reference=True)
    return services.analyse(outcome.surveys, outcome.reference, overrides=overrides)


def cell(model, question_id, header):
    """Display text of the results table cell in the question's row under ``header`` ("2024\\n%")."""
    row = model.row_of(question_id)
    for column in range(model.columnCount()):
        if model.headerData(column, Qt.Orientation.Horizontal) == header:
            return model.index(row, column).data()
    raise KeyError(header)


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


def test_change_match_and_category_updates_figures(qtbot, app, data):
    load(qtbot, app, all_files(data))
    session, window = app.session, app.window
    q2 = session.analysis.catalogue.find(Q2)
    assert cell(window.results.model, q2.id, "2024\nref") == ""                 # drifted wording: not paired
    # pick the suggested reference question in the questions table (what the combo-box delegate does)
    questions = window.questions.model
    ref_key = session.analysis.matching.suggestions[q2.key]
    index = questions.index(questions.row_of(q2.key), QuestionsModel.COLUMNS.index("reference"))
    with qtbot.waitSignal(session.analysisChanged, timeout=TIMEOUT):
        assert questions.setData(index, ref_key, Qt.ItemDataRole.EditRole)
    idle(qtbot, app)
    assert cell(window.results.model, q2.id, "2024\nref") == "63"
    # unpair Q1 from its reference
    q1 = session.analysis.catalogue.find(Q1)
    index = questions.index(questions.row_of(q1.key), QuestionsModel.COLUMNS.index("reference"))
    with qtbot.waitSignal(session.analysisChanged, timeout=TIMEOUT):
        questions.setData(index, "", Qt.ItemDataRole.EditRole)
    idle(qtbot, app)
    assert cell(window.results.model, q1.id, "2024\nref") == ""
    # 'Vaak' no longer counts as positive for Q1
    before = cell(window.results.model, q1.id, "2024\n%")
    window.questions.select_key(q1.key)
    categories = window.questions.categories
    row = [categories.index(r, 0).data() for r in range(categories.rowCount())].index("Vaak")
    with qtbot.waitSignal(session.analysisChanged, timeout=TIMEOUT):
        categories.setData(categories.index(row, 2), Role.NEGATIVE, Qt.ItemDataRole.EditRole)
    idle(qtbot, app)
    expected = core_analysis(all_files(data), session.overrides).results
    q1_2024 = expected[(expected.question_id == q1.id) & (expected.year == 2024)].iloc[0]
    assert cell(window.results.model, q1.id, "2024\n%") == fmt_number(q1_2024.percent, 1, "nl") != before
    assert q1_2024.percent == pytest.approx(100 * 40 / 150)
    assert categories.index(row, 2).data() == "Negatief"


def test_unrecognised_column_gets_a_scale_and_not_a_question_hides_a_row(qtbot, app, data):
    load(qtbot, app, all_files(data))
    session, window = app.session, app.window
    visits = session.analysis.catalogue.find("Hoe vaak kwam u?")
    assert window.results.model.row_of(visits.id) == -1
    for category, role in (("Eenmaal", Role.NEGATIVE), ("Tweemaal", Role.POSITIVE), ("Vaker", Role.POSITIVE)):
        with qtbot.waitSignal(session.analysisChanged, timeout=TIMEOUT):
            session.set_role(visits.key, category, role)
        idle(qtbot, app)
    assert cell(window.results.model, visits.id, "2023\n%") == fmt_number(100 * 80 / 160, 1, "nl")
    questions = window.questions.model
    q3 = session.analysis.catalogue.find(Q3)
    index = questions.index(questions.row_of(q3.key), QuestionsModel.COLUMNS.index("counted"))
    with qtbot.waitSignal(session.analysisChanged, timeout=TIMEOUT):
        questions.setData(index, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    idle(qtbot, app)
    assert window.results.model.row_of(q3.id) == -1


def test_filter_year_copy_and_question_view(qtbot, app, data):
    load(qtbot, app, all_files(data))
    results = app.window.results
    results.filter.setText("hulp krijgen")
    assert results.proxy.rowCount() == 1
    results.filter.clear()
    results.year.setCurrentIndex(results.year.findData(2024))
    assert results.model.columnCount() == 2 + len(results.model.YEAR_FIELDS)
    q1 = app.session.analysis.catalogue.find(Q1)
    with qtbot.waitSignal(app.runner.finished, timeout=TIMEOUT):
        results.select_question(q1.id)
    idle(qtbot, app)
    view = app.window.question_view
    assert view.question_id == q1.id and view.chart.renderer.isValid()
    assert "2024" in view.sentences.text() and view.model.rowCount() == 2
    results.table.selectRow(results.proxy.mapFromSource(results.model.index(results.model.row_of(q1.id), 0)).row())
    results.copy_selection()
    lines = QGuiApplication.clipboard().text().splitlines()
    assert lines[0].split("\t")[:2] == ["Nr.", "Vraag"]
    assert lines[1].split("\t")[1] == Q1 and "," in lines[1].split("\t")[3]


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


def test_save_and_reopen_project(qtbot, app, data, tmp_path, monkeypatch):
    load(qtbot, app, all_files(data))
    session = app.session
    q1 = session.analysis.catalogue.find(Q1)
    q2 = session.analysis.catalogue.find(Q2)
    with qtbot.waitSignal(session.analysisChanged, timeout=TIMEOUT):
        session.set_match(q2.key, session.analysis.matching.suggestions[q2.key])
    with qtbot.waitSignal(session.analysisChanged, timeout=TIMEOUT):
        session.set_role(q1.key, "Vaak", Role.NEGATIVE)
    idle(qtbot, app)
    before = session.analysis.results.copy()
    overrides = session.overrides.to_json()
    project = tmp_path / "gemeente.ceoproj.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(project), "")))
    assert app.window.save_project()
    assert not session.modified and "gemeente" in app.window.windowTitle()
    app.window.close_all()
    assert session.analysis is None and app.window.stack.currentIndex() == 0
    with qtbot.waitSignal(session.analysisChanged, timeout=TIMEOUT):
        drop(app.window, [project])
    idle(qtbot, app)
    assert session.overrides.to_json() == overrides and not session.modified
    import pandas.testing
    pandas.testing.assert_frame_equal(session.analysis.results, before)
    assert str(project.resolve()) in app.prefs.recent_projects()
    # a moved file: the user points to it, the state comes back the same
    moved = tmp_path / "elders"
    moved.mkdir()
    shutil.move(data / "ceo_2024.sav", moved / "ceo_2024.sav")
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Open))
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(moved / "ceo_2024.sav"), "")))
    with qtbot.waitSignal(session.analysisChanged, timeout=TIMEOUT):
        app.window.open_project(project)
    idle(qtbot, app)
    pandas.testing.assert_frame_equal(session.analysis.results, before)


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


def test_unexpected_error_is_logged_and_named(qtbot, app, tmp_path):
    crash.setup_logging()
    crash.install(app.show_crash_dialog)
    import sys
    try:
        raise RuntimeError("kapotte invariant")
    except RuntimeError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    log = (tmp_path / "ceo-desk.log").read_text(encoding="utf-8")
    assert "kapotte invariant" in log and "Traceback" in log
    critical = [b for b in app.boxes if b[0] == "critical"]
    assert critical and str(tmp_path / "ceo-desk.log") in critical[0][2]


def test_settings_reanalyse_and_language_switches_to_english(qtbot, app, data, monkeypatch):
    load(qtbot, app, all_files(data))
    q1 = app.session.analysis.catalogue.find(Q1)
    margin_95 = app.session.analysis.results.query("question_id == @q1.id and year == 2024").margin.iloc[0]
    from ceo_desk.gui import dialogs
    original = dialogs.SettingsDialog.values
    monkeypatch.setattr(dialogs.SettingsDialog, "exec", lambda self: True)
    monkeypatch.setattr(dialogs.SettingsDialog, "values", lambda self: {**original(self), "confidence": 0.99, "lang": "en"})
    with qtbot.waitSignal(app.session.analysisChanged, timeout=TIMEOUT):
        app.window.edit_settings()
    idle(qtbot, app)
    results = app.session.analysis.results
    assert results.query("question_id == @q1.id and year == 2024").margin.iloc[0] > margin_95
    assert app.prefs.get(__import__("ceo_desk.gui.settings", fromlist=["CONFIDENCE"]).CONFIDENCE) == 0.99
    window = app.window                                  # rebuilt in English around the same session
    qtbot.addWidget(window)
    assert window.open_action.text() == "&Open files…"
    assert window.menuBar().actions()[0].text() == "&File"
    assert window.results.model.headerData(1, Qt.Orientation.Horizontal) == "Question"
    assert window.results.model.rowCount() == len(results["question_id"].unique())


def test_closing_with_unsaved_changes_asks(qtbot, app, data, monkeypatch):
    load(qtbot, app, all_files(data))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Cancel))
    app.window.close()
    assert app.window.isVisible()


def test_models_never_raise(qtbot, app):
    model = app.window.results.model
    assert model.data(model.index(5, 5)) is None
    model.set_results(None, [2024])
    assert model.rowCount() == 0 and model.headerData(99, Qt.Orientation.Horizontal) is None


def test_file_without_year_asks_for_it(qtbot, app, data, tmp_path, monkeypatch):
    load(qtbot, app, all_files(data))
    no_year = write_csv(tmp_path / "ceo_zonder_jaar.csv",
                        survey_frame({Q1: _freq(9, Altijd=30, Vaak=30, Soms=20, Nooit=20)}).drop(columns="jaar"))
    asked = []
    monkeypatch.setattr("ceo_desk.gui.dialogs.ask_year", lambda parent, name: asked.append(name) or 2022)
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
                                  {"lang": "nl"}, None, {})
    assert [s.path.name for s in first.surveys] == ["ceo_2023.xlsx"] and first.reference is not None
    bad = write_random_bytes(tmp_path / "kapot_2024.sav", prefix=b"$FL2")
    second = jobs.load_and_analyse(state, [data / "ceo_2024.sav", bad], None, first.surveys, first.reference,
                                   {"lang": "nl"}, first.analysis.overrides, {})
    assert [s.path.name for s in second.surveys] == ["ceo_2023.xlsx", "ceo_2024.sav"]
    assert second.analysis.years == [2023, 2024] and len(second.errors) == 1
    assert state.reports[-1] == 1.0 and all(0 <= f <= 1 for f in state.reports)
