"""The window with the national file dropped on it: time until the results are shown, and whether the
progress bar moved and the window stayed responsive meanwhile.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_gui_load.py [--respondents 400000]

A real drop event (file URL in the mime data) goes to the main window; a 10 ms timer on the GUI thread
records the longest gap between its ticks (the longest the window did not respond). Targets: results
shown in under 3 s, the bar moving during the read, no gap over 100 ms. Then the first question is clicked
in the results table (the real mouse click): time until its view is shown, and the longest gap meanwhile.
The window's start-up warm-up (importing the core) runs first, as `ceo-desk gui` starts it, and the drop
waits for it (a user looks at the empty window for a moment); `--no-warm-up` drops at once.
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


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--respondents", type=int, default=400_000)
    parser.add_argument("--no-warm-up", action="store_true", help="drop without the start-up warm-up")
    args = parser.parse_args()
    path = national_file(args.respondents)

    from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QTimer, QUrl
    from PySide6.QtGui import QDropEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from ceo_desk.gui.app import Application
    from ceo_desk.gui.settings import Preferences

    qapp = QApplication.instance() or QApplication([])
    store = QSettings(str(Path(tempfile.mkdtemp()) / "bench.ini"), QSettings.Format.IniFormat)
    application = Application(qapp, Preferences(store))
    window = application.window
    window.resize(1600, 900)
    window.show()
    qapp.processEvents()
    if not args.no_warm_up:
        from ceo_desk.gui import jobs
        application.runner.start("", jobs.warm_up, on_done=lambda _: None, cancellable=False, quiet=True)
        while application.runner.busy:
            qapp.processEvents()
            time.sleep(0.01)

    gaps, last, bar = [0.0], [time.perf_counter()], set()

    def tick() -> None:
        now = time.perf_counter()
        gaps[0] = max(gaps[0], now - last[0])
        last[0] = now
        bar.add(window.progress.value())
    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(10)

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    start = time.perf_counter()
    last[0] = start
    window.dropEvent(QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                                Qt.KeyboardModifier.NoModifier))
    model = window.results.model
    while model.rowCount() == 0 and time.perf_counter() - start < 120:
        qapp.processEvents()
        time.sleep(0.002)
    shown = time.perf_counter() - start
    load_gap = gaps[0]
    table = window.results.table
    while application.runner.busy:
        qapp.processEvents()
    gaps[0] = 0.0
    last[0] = clicked = time.perf_counter()
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     table.visualRect(table.model().index(0, 3)).center())
    while (window.question_view.question_id is None or application.runner.busy) and \
            time.perf_counter() - clicked < 60:
        qapp.processEvents()
        time.sleep(0.002)
    question_shown = time.perf_counter() - clicked
    timer.stop()
    moving = sorted(v for v in bar if 0 < v < window.progress.maximum())
    print(f"file: {path.name}, {path.stat().st_size / 1e6:.0f} MB; {os.cpu_count()} cores")
    print(f"  dropped -> results shown    {shown:6.2f} s (target < 3 s), {model.rowCount()} rows")
    print(f"  progress bar values seen    {len(moving)} distinct between 0 and the end "
          f"({', '.join(str(v) for v in moving[:6])}{' …' if len(moving) > 6 else ''})")
    print(f"  longest GUI-thread gap      {load_gap * 1000:6.0f} ms (target <= 100 ms)")
    print(f"  first question clicked -> shown {question_shown:6.2f} s, longest GUI-thread gap "
          f"{gaps[0] * 1000:.0f} ms ({'with' if not args.no_warm_up else 'without'} the start-up warm-up)")
    close_window(window, qapp)
    return 0


if __name__ == "__main__":
    sys.exit(main())
