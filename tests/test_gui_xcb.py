"""The real window on the X11 platform (xcb) under Xvfb, the way `ceo-desk gui` starts on a Linux
desktop; the other window tests use the offscreen platform. It runs as a separate process because
one test process can hold only one Qt platform. Needs the xcb libraries listed in the README
(installed by .ci/run); without Xvfb on the machine the test is skipped."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from gui_support import write_data

pytestmark = pytest.mark.skipif(shutil.which("Xvfb") is None, reason="Xvfb is not installed")


def _run_on_xvfb(args: list[str], tmp_path: Path, extra_env: dict | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "CEO_DESK_LOG": str(tmp_path / "ceo-desk.log"),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), **(extra_env or {})}
    command = [sys.executable, "-m", "ceo_desk", "gui", *args]
    if not env.get("DISPLAY"):                        # pytest-xvfb normally provides one; else start our own
        command = ["xvfb-run", "-a", "-s", "-screen 0 1920x1080x24", *command]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=240)


def test_window_starts_on_xcb_and_shows_the_results(xvfb, tmp_path):
    from PySide6.QtGui import QImage
    data = write_data(tmp_path / "data")
    shown = _run_on_xvfb([], tmp_path, {"CEO_DESK_STARTUP_PROBE": "1",
                                        **({"DISPLAY": f":{xvfb.display}"} if xvfb else {})})
    assert shown.returncode == 0, shown.stderr
    assert "shown" in shown.stdout and "Could not load the Qt platform plugin" not in shown.stderr
    png = tmp_path / "xcb.png"
    done = _run_on_xvfb([str(data / "ceo_2023.xlsx"), str(data / "ceo_2024.sav"), "--reference",
                         str(data / "referentie.xlsx"), "--screenshot", str(png)], tmp_path,
                        {"DISPLAY": f":{xvfb.display}"} if xvfb else {})
    assert done.returncode == 0, done.stderr
    assert "xcb" not in done.stderr.lower() or "could not" not in done.stderr.lower()
    image = QImage(str(png))
    assert image.width() >= 1000 and image.height() >= 600
    colours = {image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 37)}
    assert len(colours) > 20                          # a drawn window, not an empty frame
