"""The window's breakdown chooser ("Uitsplitsen naar …") on the national file: time from choosing a column in
the real combo box until the breakdown is shown, and the longest the GUI thread did not respond meanwhile.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_gui_breakdown.py [--respondents 400000] [--profile N]

The file is dropped on the window; once its results are shown, each step opens the combo box's list with a
mouse click and clicks the column's item, as a user does, then waits until the results table shows that
breakdown (the analysis has the new ``by``, no task runs, the table's rows are those of the new results). A
10 ms timer on the GUI thread records the longest gap between its ticks. ``--profile N`` prints the N most
expensive functions on the GUI thread over all steps (cProfile sees only the thread it runs in).
With ``--question`` the first question is clicked first, so each step also waits for the question's chart
(drawn in the background). The steps can be set in BENCH_STEPS (comma-separated column names, empty for
everyone together, @columns/@rows for the layout chooser); BENCH_SORT sorts the profile (default cumulative).
Targets (issue 15): the first switch to gemeente within ~1 s of the command line's extra cost for
``--by gemeente``; no GUI-thread gap over 100 ms. Not a timed test: run it by hand.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_analyze import national_file  # noqa: E402
from measure import close_window  # noqa: E402

STEPS = [s or None for s in os.environ.get("BENCH_STEPS", ",doelgroep,gemeente,,gemeente,doelgroep,@columns,gemeente,@rows"
                                          ).split(",")]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--respondents", type=int, default=400_000)
    parser.add_argument("--profile", type=int, default=0, help="print the N costliest GUI-thread functions")
    parser.add_argument("--sorted", action="store_true", help="sort the results table by its last %% column first")
    parser.add_argument("--question", action="store_true",
                        help="click the first question first: each step then also waits for its chart")
    args = parser.parse_args()
    path = national_file(args.respondents)

    from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt, QTimer, QUrl
    from PySide6.QtGui import QDropEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from ceo_desk.gui.app import Application
    from ceo_desk.gui.settings import Preferences

    qapp = QApplication.instance() or QApplication([])
    store = QSettings(str(Path(tempfile.mkdtemp()) / "bench.ini"), QSettings.Format.IniFormat)
    application = Application(qapp, Preferences(store))
    window, session, runner = application.window, application.session, application.runner
    window.resize(1600, 900)
    window.show()
    qapp.processEvents()
    from ceo_desk.gui import jobs
    runner.start("", jobs.warm_up, on_done=lambda _: None, cancellable=False, quiet=True)   # as `ceo-desk gui` does

    def wait(condition, limit=300.0) -> None:
        start = time.perf_counter()
        while not condition() and time.perf_counter() - start < limit:
            qapp.processEvents()
            time.sleep(0.002)

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    window.dropEvent(QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                                Qt.KeyboardModifier.NoModifier))
    wait(lambda: session.analysis is not None and not runner.busy and window.results.model.rowCount() > 0)
    combo = window.breakdown_bar.by
    if args.sorted:
        header = window.results.table.horizontalHeader()
        column = max(c for c in range(window.results.model.columnCount())
                     if window.results.model.headerData(c, Qt.Orientation.Horizontal).endswith("\n%"))
        QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         QPoint(header.sectionViewportPosition(column) + header.sectionSize(column) // 2, 5))
        qapp.processEvents()
        print(f"sorted by {window.results.model.headerData(column, Qt.Orientation.Horizontal)!r}: "
              f"{window.results.proxy.sortColumn()}")
    if args.question:
        table = window.results.table
        QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         table.visualRect(table.model().index(0, 3)).center())
        wait(lambda: window.question_view.question_id is not None and not runner.busy)
    print(f"file: {path.name}, {session.analysis.results.shape[0]:,} result rows; {os.cpu_count()} cores; "
          f"chooser: {[combo.itemText(i) for i in range(combo.count())]}")

    gaps, last, bar = [0.0], [time.perf_counter()], set()

    def tick() -> None:
        now = time.perf_counter()
        gaps[0] = max(gaps[0], now - last[0])
        last[0] = now
        if window.progress.isVisible():
            bar.add(window.progress.value())
    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(10)

    profiler = None
    if args.profile:
        import cProfile
        profiler = cProfile.Profile()
    print(f"{'step':<30}{'shown after':>12}{'longest GUI gap':>17}{'bar values':>12}")
    for by in STEPS:
        if by in ("@rows", "@columns"):           # the layout chooser: groups as rows or as columns
            layout = window.breakdown_bar.layout_choice
            layout.setFocus()
            gaps[0], bar = 0.0, set()
            last[0] = start = time.perf_counter()
            if profiler:
                profiler.enable()
            QTest.keyClick(layout, Qt.Key.Key_Down if by == "@columns" else Qt.Key.Key_Up)
            wait(lambda: window.group_columns.isVisible() == (by == "@columns") and not runner.busy)
            shown = time.perf_counter() - start
            if profiler:
                profiler.disable()
            tick()
            print(f"-> {'groups as ' + by[1:]:<27}{shown:>10.2f} s{gaps[0] * 1000:>14.0f} ms{0:>12}")
            continue
        row = combo.findData(by) if by else 0
        combo.showPopup()
        wait(lambda: combo.view().isVisible(), 5)
        popup = combo.view()
        item = popup.model().index(row, 0)
        popup.scrollTo(item)
        qapp.processEvents()
        time.sleep(QApplication.doubleClickInterval() / 1000 + 0.05)   # the list ignores a release this soon
        qapp.processEvents()
        gaps[0], bar = 0.0, set()
        last[0] = start = time.perf_counter()
        if profiler:
            profiler.enable()
        QTest.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         popup.visualRect(item).center())
        wait(lambda: (session.analysis.options.by == by and not runner.busy
                      and window.results.model.rowCount() == session.analysis.results["question_id"].nunique()
                      if by is None else
                      session.analysis.options.by == by and not runner.busy
                      and window.results.model.rowCount() > session.analysis.results["question_id"].nunique()))
        shown = time.perf_counter() - start
        if profiler:
            profiler.disable()
        tick()
        moving = len([v for v in bar if 0 < v < window.progress.maximum()])
        print(f"-> {by or 'niets':<27}{shown:>10.2f} s{gaps[0] * 1000:>14.0f} ms{moving:>12}")
    timer.stop()
    if profiler:
        import pstats
        pstats.Stats(profiler).sort_stats(os.environ.get("BENCH_SORT", "cumulative")).print_stats(args.profile)
    runner.cancel()
    runner.wait(10_000)
    close_window(window, qapp)
    return 0


if __name__ == "__main__":
    sys.exit(main())
