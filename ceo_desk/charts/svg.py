"""A chart as SVG bytes, for the window (QtSvg) to show the same drawing the PDF embeds."""

from __future__ import annotations

from reportlab.graphics import renderSVG
from reportlab.graphics.shapes import Drawing


def to_svg(drawing: Drawing) -> bytes:
    return renderSVG.drawToString(drawing).encode("utf-8")
