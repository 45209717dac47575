"""The application icon, from the package's resources (found by importlib.resources, so wheels and
the PyInstaller bundle both find it)."""

from __future__ import annotations

from importlib import resources

from PySide6.QtGui import QIcon, QPixmap


def app_icon() -> QIcon:
    icon = QIcon()
    folder = resources.files("ceo_desk") / "resources" / "icons"
    for name in ("ceo-desk-256.png", "ceo-desk-64.png", "ceo-desk-32.png"):
        try:
            pixmap = QPixmap()
            if pixmap.loadFromData((folder / name).read_bytes()):
                icon.addPixmap(pixmap)
        except (FileNotFoundError, OSError):
            continue
    return icon
