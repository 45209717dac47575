"""A chart as SVG bytes, for the window (QtSvg) to show the same drawing the PDF embeds."""

from __future__ import annotations

from reportlab.graphics import renderSVG
from reportlab.graphics.shapes import Drawing


def to_svg(drawing: Drawing) -> bytes:
    """``useClip``: the drawing's bounds as a plain ``clip`` attribute instead of a ``<clipPath>``,
    which QtSvg (SVG Tiny) does not know and would paint as a black box over the chart."""
    return renderSVG.drawToString(drawing, useClip=True).encode("utf-8")
