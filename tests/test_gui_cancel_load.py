"""Loading a large file in the window and cancelling it the way a user does: the file is dropped on the
window, the progress bar moves while it is read, a click on *Annuleren* gives the window back within
half a second, and what was loaded before is untouched (the files, the figures, no dialog)."""

from __future__ import annotations

import threading
import time

import numpy as np
import pandas as pd
import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from gui_support import TIMEOUT, all_files, app, data, drop, idle, load  # noqa: E402,F401
from ceo_desk.gui.tasks import TaskRunner  # noqa: E402


def write_large_csv(path, rows: int = 250_000):
    """A plausible but large survey export: eight frequency questions, ~20 MB of CSV."""
    rng = np.random.default_rng(7)
    labels = np.array(["Altijd", "Vaak", "Soms", "Nooit", "Niet van toepassing"])
    frame = pd.DataFrame({"respnr": np.arange(1, rows + 1), "jaar": 2025})
    for i in range(8):
        frame[f"Vraag {i + 1}: de hulp was goed geregeld."] = labels[rng.integers(0, 5, rows)]
    frame.to_csv(path, sep=";", index=False)
    return path


def what_the_user_sees(window):
    sources = [tuple(window.sources.tree.topLevelItem(i).text(c) for c in range(4))
               for i in range(window.sources.tree.topLevelItemCount())]
    model = window.results.model
    figures = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
    return sources, figures, window.windowTitle()


def test_progress_moves_and_annuleren_gives_the_window_back_within_half_a_second(qtbot, app, data, tmp_path):
    load(qtbot, app, all_files(data))
    window = app.window
    before = what_the_user_sees(window)
    analysis = app.session.analysis
    big = write_large_csv(tmp_path / "groot_2025.csv")

    seen = []
    app.runner.progress.connect(lambda fraction, message: seen.append((window.progress.value(), message)))
    drop(window, [big])
    assert window.progress.isVisible() and window.cancel_button.isVisible()
    # the bar moves while the file is read, and names the file
    qtbot.waitUntil(lambda: len({v for v, _ in seen if v > 0}) >= 2, timeout=TIMEOUT)
    assert app.runner.busy and "groot_2025.csv" in window.progress_label.text()
    values = [v for v, _ in seen]
    assert values == sorted(values) and values[-1] > 0

    ticks = []                                    # the event loop runs while the read goes on
    qtbot.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton)
    clicked = time.monotonic()
    qtbot.waitUntil(lambda: not app.runner.busy and not window.progress.isVisible(), timeout=500)
    given_back = time.monotonic() - clicked
    assert given_back < 0.5, given_back
    from PySide6.QtCore import QTimer
    QTimer.singleShot(0, lambda: ticks.append(time.monotonic()))
    QApplication.processEvents()
    assert ticks and ticks[0] - clicked < 0.5
    assert window.open_action.isEnabled() and window.export_pdf_action.isEnabled()
    assert app.session.analysis is analysis and what_the_user_sees(window) == before
    assert not app.boxes

    # the abandoned read ends in the background and changes nothing
    app.runner.wait(TIMEOUT)
    QApplication.processEvents()
    assert app.session.analysis is analysis and what_the_user_sees(window) == before and not app.boxes


def test_a_read_that_cannot_notice_cancel_is_dropped_at_once(qtbot):
    """The runner stops waiting for pure work (a native reader) at once; its late result is dropped
    and the next task runs."""
    runner = TaskRunner()
    release = threading.Event()
    results, cancelled = [], []

    def stubborn_read(state):
        release.wait(10)          # like ReadStat or calamine: never looks at the cancel flag
        return "late"

    runner.start("lezen", stubborn_read, on_done=results.append, on_cancel=lambda: cancelled.append(True),
                 abandon=True)
    clicked = time.monotonic()
    with qtbot.waitSignal(runner.finished, timeout=500):
        runner.cancel()
    assert time.monotonic() - clicked < 0.5 and cancelled == [True] and not runner.busy
    with qtbot.waitSignal(runner.finished, timeout=5000):
        runner.start("volgende", lambda state: "next", on_done=results.append)
    assert results == ["next"]
    release.set()
    assert runner.wait(5000)
    QApplication.processEvents()
    assert results == ["next"] and not runner._abandoned
