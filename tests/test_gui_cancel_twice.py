"""Cancelling one large load after another never holds up the next task: the next file loads while the
abandoned reads still run, the window answers at once, what was loaded before is unchanged, and the
threads left to abandoned work are bounded (in the task runner and in the file reads)."""

from __future__ import annotations

import threading
import time

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from builders import Q1, Q2, Q3, answers, survey_frame, write_csv  # noqa: E402
from gui_support import TIMEOUT, all_files, app, cell, data, drop, load  # noqa: E402,F401
from test_gui_cancel_load import write_large_csv  # noqa: E402
from ceo_desk.gui.tasks import MAX_ABANDONED, TaskRunner  # noqa: E402
from ceo_desk.io import watched_read  # noqa: E402
from ceo_desk.model.progress import OperationCancelled  # noqa: E402


def reading(name: str) -> bool:
    """The native read of the file ``name`` still runs (its thread, see ``io.watched_read``)."""
    return any(t.name == f"read {name}" for t in threading.enumerate())


def timed(act) -> tuple[float, float]:
    """Wall time and the GUI thread's own CPU time of ``act()`` (a wait would show as wall time only)."""
    wall, cpu = time.monotonic(), time.thread_time()
    act()
    return time.monotonic() - wall, time.thread_time() - cpu


def earlier_files(app):
    """What the user sees of the files loaded first: their rows in the file list, their figures."""
    tree = app.window.sources.tree
    rows = [tuple(tree.topLevelItem(i).text(c) for c in range(4)) for i in range(tree.topLevelItemCount())]
    model, catalogue = app.window.results.model, app.session.analysis.catalogue
    figures = {(q, h): cell(model, catalogue.find(q).id, h) for q in (Q1, Q2, Q3)
               for h in ("2023\nn", "2023\n%", "2024\nn", "2024\n%")}
    return [r for r in rows if r[0] in ("ceo_2023.xlsx", "ceo_2024.sav")], figures


def drop_and_cancel(qtbot, app, path, durations):
    window = app.window
    durations.append(timed(lambda: drop(window, [path])))
    qtbot.waitUntil(lambda: path.name in window.progress_label.text() and window.progress.value() > 0,
                    timeout=TIMEOUT)
    assert reading(path.name)
    durations.append(timed(lambda: qtbot.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton)))
    assert not app.runner.busy and not window.progress.isVisible()        # given back with the click


def test_two_cancelled_large_loads_do_not_hold_up_a_small_file(qtbot, app, data, tmp_path):
    load(qtbot, app, all_files(data)[:2])
    window = app.window
    before = earlier_files(app)
    big = [write_large_csv(tmp_path / f"groot_{i}_2025.csv") for i in (1, 2)]
    small = write_csv(tmp_path / "klein_2025.csv", survey_frame(
        {Q1: answers(21, Altijd=20, Vaak=10, Soms=5, Nooit=5), Q2: answers(22, Altijd=15, Vaak=15, Soms=5, Nooit=5),
         Q3: answers(23, Ja=30, Nee=10)}, year=2025))

    durations = []
    for path in big:
        drop_and_cancel(qtbot, app, path, durations)
        assert earlier_files(app) == before and not app.boxes
    started = time.monotonic()
    with qtbot.waitSignal(app.session.analysisChanged, timeout=TIMEOUT):
        durations.append(timed(lambda: drop(window, [small])))
    loaded = time.monotonic() - started
    still_reading = [p.name for p in big if reading(p.name)]

    # the small file did not wait for the abandoned reads: the first one still runs
    assert still_reading == [p.name for p in big], (loaded, still_reading)
    assert app.session.analysis.years == [2023, 2024, 2025]
    model, q1 = window.results.model, app.session.analysis.catalogue.find(Q1)
    assert cell(model, q1.id, "2025\nn") == "40" and cell(model, q1.id, "2025\n%") == "75,0"     # 30 of 40
    assert earlier_files(app) == before and not app.boxes
    # each click and drop was handled at once: no wait on the GUI thread, little work on it
    assert all(wall < 0.5 and cpu < 0.1 for wall, cpu in durations), durations

    # the abandoned reads end in the background and change nothing
    qtbot.waitUntil(lambda: not any(reading(p.name) for p in big), timeout=TIMEOUT)
    app.runner.wait(TIMEOUT)
    QApplication.processEvents()
    assert earlier_files(app) == before and cell(model, q1.id, "2025\nn") == "40" and not app.boxes


def stubborn(release: threading.Event, value):
    """Pure work that never looks at the cancel flag (like a native reader)."""
    def work(state):
        release.wait(30)
        return value
    return work


def test_the_runner_never_queues_a_task_behind_abandoned_work_and_bounds_it(qtbot):
    runner = TaskRunner()
    releases = [threading.Event() for _ in range(MAX_ABANDONED + 1)]
    results, cancelled = [], []
    try:
        for i in range(MAX_ABANDONED):           # cancelled one after the other, none of them stops
            runner.start(f"lezen {i}", stubborn(releases[i], f"late {i}"), on_done=results.append,
                         on_cancel=lambda: cancelled.append(True), abandon=True)
            with qtbot.waitSignal(runner.finished, timeout=500):
                runner.cancel()
        assert cancelled == [True] * MAX_ABANDONED and not runner.busy and runner.abandoned == MAX_ABANDONED
        started = time.monotonic()
        with qtbot.waitSignal(runner.finished, timeout=1000):
            runner.start("volgende", lambda state: "next", on_done=results.append)
        assert results == ["next"] and time.monotonic() - started < 1.0

        # the bound: with MAX_ABANDONED still running, Cancel waits for the next read to stop
        last = releases[MAX_ABANDONED]
        runner.start("lezen", stubborn(last, "late"), on_done=results.append,
                     on_cancel=lambda: cancelled.append(True), abandon=True)
        runner.cancel()
        assert runner.busy and runner.abandoned == MAX_ABANDONED
        assert runner.pool.activeThreadCount() <= 1 + MAX_ABANDONED
        with qtbot.waitSignal(runner.finished, timeout=5000):
            last.set()
        assert cancelled == [True] * (MAX_ABANDONED + 1) and results == ["next"]
    finally:
        for release in releases:
            release.set()
        assert runner.wait(5000)
    QApplication.processEvents()
    assert results == ["next"] and runner.abandoned == 0


def test_file_reads_are_bounded_and_a_read_cancelled_while_waiting_never_starts(tmp_path, monkeypatch):
    monkeypatch.setattr(watched_read, "_reads", threading.BoundedSemaphore(watched_read.MAX_READS))  # this test's own
    path = tmp_path / "groot.sav"
    path.write_bytes(b"x")
    release = threading.Event()
    started = []

    def stubborn_read(name):
        def read():
            started.append(name)
            release.wait(30)
            return name
        return read
    try:
        for i in range(watched_read.MAX_READS):      # each cancelled at once, each read runs on
            flag = threading.Event()
            threading.Timer(0.15, flag.set).start()
            with pytest.raises(OperationCancelled):
                watched_read.read_watched(stubborn_read(f"r{i}"), path, lambda f, m: None, flag.is_set)
        assert sorted(started) == [f"r{i}" for i in range(watched_read.MAX_READS)]
        # one more: it waits for a free place, is cancelled there, and never reads
        flag = threading.Event()
        threading.Timer(0.3, flag.set).start()
        with pytest.raises(OperationCancelled):
            watched_read.read_watched(stubborn_read("extra"), path, lambda f, m: None, flag.is_set)
        time.sleep(0.3)
        assert "extra" not in started
        reads = [t for t in threading.enumerate() if t.name == "read groot.sav"]
        assert len(reads) == watched_read.MAX_READS
    finally:
        release.set()
    # once the abandoned reads end, a read starts at once again
    assert watched_read.read_watched(lambda: "klaar", path, lambda f, m: None, lambda: False) == "klaar"
