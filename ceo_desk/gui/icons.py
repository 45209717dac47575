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


def settings_icon(colour: str = "#404850") -> QIcon:
    """A gear (the platform has no standard 'settings' pixmap; the information icon said the wrong thing)."""
    import math

    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPolygonF
    icon = QIcon()
    for size in (16, 24, 32, 48):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        centre, outer, inner, hole = size / 2, size * 0.47, size * 0.36, size * 0.15
        points = []
        teeth = 8
        for i in range(teeth * 4):
            angle = 2 * math.pi * i / (teeth * 4)
            radius = outer if i % 4 in (1, 2) else inner
            points.append(QPointF(centre + radius * math.cos(angle), centre + radius * math.sin(angle)))
        path = QPainterPath()
        path.addPolygon(QPolygonF(points))
        path.closeSubpath()
        path.addEllipse(QPointF(centre, centre), hole, hole)
        path.setFillRule(Qt.FillRule.OddEvenFill)
        painter.fillPath(path, QBrush(QColor(colour)))
        painter.end()
        icon.addPixmap(pixmap)
    return icon
