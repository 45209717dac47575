"""Render the icon master (ceo-desk.svg) to the PNG sizes the application loads.

    QT_QPA_PLATFORM=offscreen python resources/icons/render_icons.py
"""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
TARGET = HERE.parent.parent / "ceo_desk" / "resources" / "icons"


def main() -> None:
    app = QGuiApplication([])
    renderer = QSvgRenderer(str(HERE / "ceo-desk.svg"))
    TARGET.mkdir(parents=True, exist_ok=True)
    (TARGET / "ceo-desk.svg").write_bytes((HERE / "ceo-desk.svg").read_bytes())
    for size in (32, 64, 256):
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        image.save(str(TARGET / f"ceo-desk-{size}.png"))
    del app


if __name__ == "__main__":
    main()
