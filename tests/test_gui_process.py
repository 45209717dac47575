"""The real `ceo-desk gui` process (offscreen) interrupted while it writes. SIGTERM in the middle of a
report (the user asked for the PDF: report dialog OK, save dialog answered with the path): the process
ends as SIGTERM ends a program, leaves no `.part` file, and the older report is intact. A full disk
during a table export: one message naming the file, no traceback, the older file intact."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from gui_support import write_data  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]

# The process: `ceo-desk gui FILES` itself (ceo_desk.cli.main), with a timer that acts as the user once
# the files are loaded: Ctrl+E, OK in the report dialog, the path in the save dialog.
_DRIVER = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog
from PySide6.QtTest import QTest
from PySide6.QtCore import Qt
target, files = sys.argv[1], sys.argv[2:]
QFileDialog.getSaveFileName = staticmethod(lambda *a, **k: (target, ""))
qapp = QApplication(sys.argv[:1])

def window():
    from ceo_desk.gui.main_window import MainWindow
    return next((w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()), None)

def press_ok():
    dialog = qapp.activeModalWidget()
    if isinstance(dialog, QDialog) and dialog.isVisible():
        from PySide6.QtWidgets import QDialogButtonBox
        box = dialog.findChild(QDialogButtonBox)
        QTest.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
        print("report asked", flush=True)
    else:
        QTimer.singleShot(50, press_ok)

def act():
    w = window()
    if w is None or w.session.analysis is None or w.runner.busy:
        QTimer.singleShot(100, act)
        return
    QTimer.singleShot(50, press_ok)
    w.export_pdf_action.trigger()

QTimer.singleShot(100, act)
from ceo_desk.cli import main
sys.exit(main(["gui", *files]))
"""


def _child_env(tmp_path) -> dict:
    """A window process of its own: this checkout, offscreen, settings and log in the test's folder."""
    return {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen",
            "XDG_CONFIG_HOME": str(tmp_path / "config"), "CEO_DESK_LOG": str(tmp_path / "ceo-desk.log")}


def test_sigterm_while_the_window_writes_a_report(tmp_path):
    data = write_data(tmp_path / "data", years=(2022, 2023, 2024))
    out = tmp_path / "uit"
    out.mkdir()
    target = out / "rapport.pdf"
    target.write_bytes(b"het rapport van vorige week")
    env = _child_env(tmp_path)
    files = [data / "ceo_2022.xlsx", data / "ceo_2023.xlsx", data / "ceo_2024.sav", data / "referentie.xlsx"]
    child = subprocess.Popen([sys.executable, "-c", _DRIVER, str(target), *map(str, files)], env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 120
        parts: list[Path] = []
        while not parts and time.monotonic() < deadline and child.poll() is None:
            parts = [p for p in out.iterdir() if p.name.endswith(".part")]
            time.sleep(0.01)
        assert parts, (child.poll(), child.stderr.read() if child.poll() is not None else "")
        assert parts[0].name.startswith(".rapport.pdf.")            # the window is writing the report now
        child.send_signal(signal.SIGTERM)
        assert child.wait(timeout=30) == -signal.SIGTERM           # ended as SIGTERM ends a program
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    stdout, stderr = child.communicate()
    assert "report asked" in stdout and "Traceback" not in stderr, stderr
    assert sorted(p.name for p in out.iterdir()) == ["rapport.pdf"]
    assert target.read_bytes() == b"het rapport van vorige week"


# The same process with a full disk (a file-size limit: writing past it fails with EFBIG, as ENOSPC
# does): the user exports the table; message boxes print their text instead of waiting for a click.
_FULL_DISK_DRIVER = """
import resource, signal, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
target, files = sys.argv[1], sys.argv[2:]
QFileDialog.getSaveFileName = staticmethod(lambda *a, **k: (target, ""))
def box(kind):
    def show(parent, title, text, *args, **kwargs):
        print(f"BOX {kind}: {text}".replace("\\n", " "), flush=True)
        return QMessageBox.StandardButton.Ok
    return staticmethod(show)
for kind in ("warning", "critical", "information"):
    setattr(QMessageBox, kind, box(kind))
qapp = QApplication(sys.argv[:1])
state = {"exported": False}

def act():
    from ceo_desk.gui.main_window import MainWindow
    w = next((w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()), None)
    if w is None or w.session.analysis is None or w.runner.busy:
        QTimer.singleShot(100, act)
        return
    if state["exported"]:
        qapp.exit(0)                 # as the session ends, without the save-changes question
        return
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (2048, 2048))
    state["exported"] = True
    w.export_table_action.trigger()
    QTimer.singleShot(300, act)

QTimer.singleShot(100, act)
from ceo_desk.cli import main
sys.exit(main(["gui", *files]))
"""


def test_full_disk_while_the_window_exports_one_message_and_the_old_file(tmp_path):
    data = write_data(tmp_path / "data")
    out = tmp_path / "uit"
    out.mkdir()
    target = out / "resultaten.xlsx"
    target.write_bytes(b"old")
    env = _child_env(tmp_path)
    files = [data / "ceo_2023.xlsx", data / "ceo_2024.sav", data / "referentie.xlsx"]
    done = subprocess.run([sys.executable, "-c", _FULL_DISK_DRIVER, str(target), *map(str, files)], env=env,
                          capture_output=True, text=True, timeout=120)
    boxes = [line for line in done.stdout.splitlines() if line.startswith("BOX")]
    assert len(boxes) == 1 and boxes[0].startswith("BOX warning:"), (boxes, done.stderr)
    assert "resultaten.xlsx" in boxes[0] and "ongewijzigd" in boxes[0], boxes
    assert "Traceback" not in done.stderr and "Traceback" not in boxes[0], done.stderr
    assert sorted(p.name for p in out.iterdir()) == ["resultaten.xlsx"] and target.read_bytes() == b"old"
