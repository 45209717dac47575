"""Starting the desktop application: Qt application, language, error hook, the window, the
files given on the command line, and ``--screenshot`` (render the loaded window to PNG, exit)."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

from ceo_desk import __version__
from ceo_desk.atomic_write import install_sigterm_cleanup
from ceo_desk.gui import crash, dialogs, jobs, modal_guard, translations
from ceo_desk.gui.icons import app_icon
from ceo_desk.gui.main_window import MainWindow
from ceo_desk.gui.session import Session
from ceo_desk.gui.settings import APPLICATION, ORGANISATION, Preferences
from ceo_desk.gui.tasks import TaskRunner

STARTUP_PROBE = "CEO_DESK_STARTUP_PROBE"      # benchmarks/bench_gui_startup.py: print when shown, then quit
SCREENSHOT_SIZE = (1680, 1050)        # wide enough for the chart with its table and sentences beside it


class Application(QObject):
    """Owns the session and the task runner; builds (and on a language change rebuilds) the window."""

    def __init__(self, qapp: QApplication, prefs: Preferences) -> None:
        super().__init__(qapp)
        self.qapp, self.prefs = qapp, prefs
        self.modal_guard = None
        self.runner = TaskRunner(self)
        self.session = Session(self.runner, prefs.analysis_options(), self)
        self.session.optionsChanged.connect(prefs.store_options)
        self.session.remembered_layouts = prefs.import_layouts()     # next year's file opens without asking
        self.session.layoutConfirmed.connect(prefs.remember_layout)
        translations.install(qapp, self.session.lang)
        self.window = self._new_window()

    def _new_window(self) -> MainWindow:
        window = MainWindow(self.session, self.runner, self.prefs)
        window.languageChosen.connect(self.switch_language)
        return window

    def switch_language(self, lang: str) -> None:
        """Install the other language and rebuild the window around the same session."""
        translations.install(self.qapp, lang)
        old = self.window
        old._save_window_state()
        state = old.view_state()
        old.detach()              # the session and runner stay: no second copy of any connection
        self.window = self._new_window()
        self.window.restore_view_state(state)
        self.window.show()
        old._discard_on_close = True
        old.close()
        old.deleteLater()

    def show_crash_dialog(self) -> None:
        dialogs.show_unexpected(self.window, crash.log_path())


def _wait_until_idle(app: QApplication, runner: TaskRunner, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while (runner.busy or runner.pool.activeThreadCount()) and time.monotonic() < deadline:
        app.processEvents()
        runner.wait(20)
    app.processEvents()


def take_screenshot(application: Application, target: Path) -> int:
    window = application.window
    window.resize(*SCREENSHOT_SIZE)
    app = application.qapp
    _wait_until_idle(app, application.runner)
    results = window.results
    if results.model.rowCount():
        results.table.setFocus()
        results.select_question(results.model.question_id(0))
        _wait_until_idle(app, application.runner)
    app.processEvents()
    if application.modal_guard is not None and application.modal_guard.texts:
        return modal_guard.EXIT_DIALOG       # a dialog wanted an answer: its text went to stderr, no picture
    target.parent.mkdir(parents=True, exist_ok=True)
    ok = window.grab().save(str(target))
    print(f"{'wrote' if ok else 'could not write'} {target}", file=sys.stderr)
    return 0 if ok else 1


def run(files: list[Path] | None = None, reference: Path | None = None, project: Path | None = None,
        screenshot: Path | None = None) -> int:
    """``ceo-desk gui``: open the window (with these files or this project) and run until it closes."""
    if screenshot is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    qapp.setOrganizationName(ORGANISATION)
    qapp.setApplicationName(APPLICATION)
    qapp.setApplicationDisplayName("CEO Desk")
    qapp.setApplicationVersion(__version__)
    qapp.setWindowIcon(app_icon())
    crash.setup_logging()
    install_sigterm_cleanup()                   # SIGTERM during an export leaves no .part file
    idle_python = QTimer(qapp)                  # lets Python run its signal handlers while Qt waits
    idle_python.timeout.connect(lambda: None)
    idle_python.start(500)
    application = Application(qapp, Preferences())
    application.modal_guard = modal_guard.ModalGuard(qapp) if screenshot is not None else None
    crash.install(application.show_crash_dialog)
    window = application.window
    if os.environ.get(STARTUP_PROBE):
        QTimer.singleShot(0, lambda: (print(f"shown {time.time():.6f}", flush=True), qapp.quit()))
        window.show()
        return qapp.exec()
    application.runner.start("", jobs.warm_up, on_done=lambda _: None, cancellable=False, quiet=True)
    if project is not None:
        window.open_project(Path(project))
    elif files or reference:
        application.session.open_files([Path(f) for f in files or []], reference=reference)
    if screenshot is not None:
        return take_screenshot(application, Path(screenshot))
    window.show()
    return qapp.exec()
