"""What the window tests share: the data files, the application fixture (which fails a test on any
unexpected exception), and helpers that act as a user does: drop files, click and double-click
cells, pick in the combo-box editors, answer real dialogs."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QTimer, QUrl  # noqa: E402
from PySide6.QtGui import QDropEvent  # noqa: E402
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QMessageBox, QPushButton  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from builders import (Q1, Q2, Q3, FREQ_LABELS, YESNO_LABELS, answers, survey_frame, to_codes,  # noqa: E402
                      write_reference, write_sav, write_xlsx)
from ceo_desk import services  # noqa: E402
from ceo_desk.gui import crash  # noqa: E402
from ceo_desk.gui.app import Application  # noqa: E402
from ceo_desk.gui.settings import OPEN_PDF_AFTER_EXPORT, Preferences  # noqa: E402

TIMEOUT = 60_000
Q2_REF = "De hulp die ik krijg helpt me."          # a drifted wording: suggested, never paired


def freq(seed, **counts):
    return answers(seed=seed, **counts)


def write_data(folder: Path, years=(2023, 2024)) -> Path:
    """Surveys (xlsx 2023, sav 2024, optionally xlsx 2022) and a reference table in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    if 2022 in years:
        f2022 = survey_frame({Q1: freq(11, Altijd=50, Vaak=50, Soms=25, Nooit=25),
                              Q2: freq(12, Altijd=40, Vaak=40, Soms=40, Nooit=30),
                              Q3: answers(seed=13, Ja=100, Nee=50)}, year=2022)
        write_xlsx(folder / "ceo_2022.xlsx", f2022)
    f2023 = survey_frame({Q1: freq(1, Altijd=60, Vaak=40, Soms=30, Nooit=20, **{"Niet van toepassing": 10}),
                          Q2: freq(2, Altijd=50, Vaak=50, Soms=40, Nooit=20),
                          Q3: answers(seed=3, Ja=120, Nee=40),
                          "Hoe vaak kwam u?": answers(seed=4, Eenmaal=80, Tweemaal=50, Vaker=30)},
                         year=2023)
    write_xlsx(folder / "ceo_2023.xlsx", f2023)
    q1_2024 = freq(5, Altijd=40, Vaak=30, Soms=50, Nooit=30)
    q2_2024 = freq(6, Altijd=70, Vaak=50, Soms=20, Nooit=10)
    q3_2024 = answers(seed=7, Ja=90, Nee=60)
    write_sav(folder / "ceo_2024.sav",
              {"respnr": list(range(1, 151)), "jaar": [2024] * 150, "v1": to_codes(q1_2024), "v2": to_codes(q2_2024),
               "v3": to_codes(q3_2024, YESNO_LABELS)},
              labels={"v1": Q1, "v2": Q2, "v3": Q3},
              value_labels={"v1": FREQ_LABELS, "v2": FREQ_LABELS, "v3": YESNO_LABELS}, user_missing={"v1": [9]})
    write_reference(folder / "referentie.xlsx",
                    [(Q1, 2022, 2900, 69), (Q1, 2023, 3000, 70), (Q1, 2024, 3100, 71),
                     (Q2_REF, 2022, 2900, 61), (Q2_REF, 2023, 3000, 62), (Q2_REF, 2024, 3100, 63),
                     (Q3, 2022, 2800, 73), (Q3, 2023, 2900, 74), (Q3, 2024, 3000, 75)])
    return folder


@pytest.fixture
def data(tmp_path):
    return write_data(tmp_path / "data")


def all_files(data):
    return [data / "ceo_2023.xlsx", data / "ceo_2024.sav", data / "referentie.xlsx"]


def make_application(tmp_path, monkeypatch, settings_name="settings.ini"):
    """The application over settings in ``tmp_path``; message boxes recorded; every unexpected error
    (the crash handler's log call) recorded in ``application.crashes``."""
    monkeypatch.setenv("CEO_DESK_LOG", str(tmp_path / "ceo-desk.log"))
    boxes, crashes = [], []

    def record(kind, answer):
        def box(parent, title, text, *args, **kwargs):
            boxes.append((kind, title, text))
            return answer
        return box

    for kind, answer in (("warning", QMessageBox.StandardButton.Ok), ("critical", QMessageBox.StandardButton.Ok),
                         ("information", QMessageBox.StandardButton.Ok),
                         ("question", QMessageBox.StandardButton.Discard)):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(record(kind, answer)))
    real_log = crash.log_exception
    monkeypatch.setattr(crash, "log_exception", lambda exc, details=None: (crashes.append((exc, details)),
                                                                           real_log(exc, details)))
    prefs = Preferences(QSettings(str(tmp_path / settings_name), QSettings.Format.IniFormat))
    prefs.set(OPEN_PDF_AFTER_EXPORT, False)
    application = Application(QApplication.instance(), prefs)
    application.boxes, application.crashes = boxes, crashes
    return application


def shutdown(application) -> None:
    from PySide6.QtGui import QGuiApplication
    QGuiApplication.clipboard().clear()        # clipboard data left to the end of the process crashes Qt's teardown
    application.runner.cancel()
    application.runner.wait(10_000)
    application.window._discard_on_close = True
    application.window.close()


@pytest.fixture
def app(qtbot, tmp_path, monkeypatch, request):
    """The application with its window shown. A test fails when anything unexpected was raised
    (logged by the crash handler) unless it is marked ``expected_crash``."""
    application = make_application(tmp_path, monkeypatch)
    qtbot.addWidget(application.window)
    application.window.show()
    yield application
    shutdown(application)
    if request.node.get_closest_marker("expected_crash") is None:
        assert not application.crashes, "unexpected error in the window:\n" + "\n".join(
            str(d or e) for e, d in application.crashes)
        assert not [b for b in application.boxes if b[0] == "critical"]


def drop(window, paths):
    """Exactly what a drag from the file manager delivers to the window."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)


def idle(qtbot, app):
    qtbot.waitUntil(lambda: not app.runner.busy, timeout=TIMEOUT)
    QApplication.processEvents()


def load(qtbot, app, paths):
    with qtbot.waitSignal(app.session.analysisChanged, timeout=TIMEOUT):
        drop(app.window, paths)
    idle(qtbot, app)


def core_analysis(paths, overrides=None, options=None):
    outcome = services.load_files(paths, detect_reference=True)
    return services.analyse(outcome.surveys, outcome.reference, options=options, overrides=overrides)


def column_of(model, header) -> int:
    for column in range(model.columnCount()):
        if model.headerData(column, Qt.Orientation.Horizontal) == header:
            return column
    raise KeyError(header)


def cell(model, question_id, header):
    """Display text of the results table cell in the question's row under ``header`` ("2024\\n%")."""
    return model.index(model.row_of(question_id), column_of(model, header)).data()


# --- acting on views like a user ---------------------------------------------------------------

def cell_centre(view, index):
    view.scrollTo(index)
    return view.visualRect(index).center()


def click(qtbot, view, index, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, cell_centre(view, index))


def double_click(qtbot, view, index):
    pos = cell_centre(view, index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def open_editor(qtbot, view, index) -> QComboBox:
    """Double-click the cell; returns the combo-box editor that opens in it."""
    double_click(qtbot, view, index)
    qtbot.waitUntil(lambda: view.viewport().findChild(QComboBox) is not None and
                    view.viewport().findChild(QComboBox).isVisible(), timeout=5000)
    return view.viewport().findChild(QComboBox)


def choose_with_keys(qtbot, view, index, label: str) -> None:
    """Double-click, move with the arrow keys to ``label``, press Enter."""
    editor = open_editor(qtbot, view, index)
    labels = [editor.itemText(i) for i in range(editor.count())]
    target = labels.index(label)
    key = Qt.Key.Key_Down if target > editor.currentIndex() else Qt.Key.Key_Up
    while editor.currentIndex() != target:
        qtbot.keyClick(editor, key)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.viewport().findChild(QComboBox) is None or
                    not view.viewport().findChild(QComboBox).isVisible(), timeout=5000)


def choose_with_mouse(qtbot, view, index, label: str) -> None:
    """Double-click, click the combo box to open its list, click ``label`` in the list."""
    editor = open_editor(qtbot, view, index)
    qtbot.mouseClick(editor, Qt.MouseButton.LeftButton)
    popup = editor.view()
    qtbot.waitUntil(popup.isVisible, timeout=5000)
    row = [editor.itemText(i) for i in range(editor.count())].index(label)
    item = popup.model().index(row, 0)
    popup.scrollTo(item)
    qtbot.wait(QApplication.doubleClickInterval() + 50)    # the list ignores a release this soon after opening
    rect = popup.visualRect(item)
    qtbot.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: view.viewport().findChild(QComboBox) is None or
                    not view.viewport().findChild(QComboBox).isVisible(), timeout=5000)


def choose_in_combo(qtbot, combo, label):
    """Pick ``label`` in a combo box with the arrow keys, as a user does."""
    combo.setFocus()
    labels = [combo.itemText(i) for i in range(combo.count())]
    target = labels.index(label)
    key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, key)


def on_next_dialog(act, kind=QDialog, timeout_ms=10_000):
    """Run ``act(dialog)`` on the next modal dialog of ``kind`` once it is shown (a dialog's ``exec``
    blocks the test, so this is scheduled before the click that opens it)."""
    waited = [0]

    def poll():
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind) and widget.isVisible():
            act(widget)
            return
        waited[0] += 20
        if waited[0] < timeout_ms:
            QTimer.singleShot(20, poll)
    QTimer.singleShot(0, poll)


def press_button(dialog, text: str) -> None:
    """Click the dialog's button whose text (without '&') is ``text``."""
    for button in dialog.findChildren(QPushButton):
        if button.text().replace("&", "") == text:
            QTest.mouseClick(button, Qt.MouseButton.LeftButton)
            return
    raise AssertionError(f"no button {text!r} in {[b.text() for b in dialog.findChildren(QPushButton)]}")


def trigger_shortcut(qtbot, widget, sequence: str) -> None:
    """Press a key sequence such as 'Ctrl+Shift+Z' on ``widget``."""
    from PySide6.QtGui import QKeySequence
    combo = QKeySequence(sequence)[0]
    top = widget.window()
    if not top.isActiveWindow():          # shortcuts go to the active window (as after a real click)
        top.activateWindow()
        qtbot.waitUntil(top.isActiveWindow, timeout=5000)
    qtbot.keyClick(widget, combo.key(), combo.keyboardModifiers())


def type_year(qtbot, dialog, year: int) -> str:
    """In the import dialog: type one year for the whole file and click 'Importeren'; returns the file's name."""
    from PySide6.QtWidgets import QDialogButtonBox
    box = dialog.year_spin.lineEdit()
    dialog.year_spin.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(box, str(year))
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.waitUntil(ok.isEnabled, timeout=5000)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    return Path(dialog.raw.path).name


def switch_language(qtbot, app, name, ok="OK"):
    """Choose the interface language ``name`` in the settings dialog (Ctrl+,) and wait for the rebuilt window."""
    old = app.window

    def choose(dialog):
        choose_in_combo(qtbot, dialog.language, name)
        press_button(dialog, ok)

    on_next_dialog(choose)
    trigger_shortcut(qtbot, old, "Ctrl+,")
    qtbot.waitUntil(lambda: app.window is not old and app.window.isVisible(), timeout=TIMEOUT)
    qtbot.addWidget(app.window)
    idle(qtbot, app)
