"""The window with the national file dropped on it: time until the results are shown, and whether the
progress bar moved and the window stayed responsive meanwhile.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_gui_load.py [--respondents 400000]

A real drop event (file URL in the mime data) goes to the main window; a 10 ms timer on the GUI thread
records the longest gap between its ticks (the longest the window did not respond). Targets: results
shown in under 3 s, the bar moving during the read, no gap over 100 ms.
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


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--respondents", type=int, default=400_000)
    args = parser.parse_args()
    path = national_file(args.respondents)

    from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QTimer, QUrl
    from PySide6.QtGui import QDropEvent
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
    timer.stop()
    moving = sorted(v for v in bar if 0 < v < window.progress.maximum())
    print(f"file: {path.name}, {path.stat().st_size / 1e6:.0f} MB; {os.cpu_count()} cores")
    print(f"  dropped -> results shown    {shown:6.2f} s (target < 3 s), {model.rowCount()} rows")
    print(f"  progress bar values seen    {len(moving)} distinct between 0 and the end "
          f"({', '.join(str(v) for v in moving[:6])}{' …' if len(moving) > 6 else ''})")
    print(f"  longest GUI-thread gap      {gaps[0] * 1000:6.0f} ms (target <= 100 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
