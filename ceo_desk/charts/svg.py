"""A chart as SVG bytes, for the window (QtSvg) to show the same drawing the PDF embeds."""

from __future__ import annotations

import re

from reportlab.graphics import renderSVG
from reportlab.graphics.shapes import Drawing

# renderSVG clips the whole drawing to its own bounds with a <clipPath>; QtSvg (SVG Tiny) does not
# know clip paths and paints the clip rectangle as a black box over the chart. The drawing never
# leaves its bounds, so the clip is dropped.
_CLIP_PATH = re.compile(r"<clipPath\b.*?</clipPath>\s*", re.S)
_CLIP_STYLE = re.compile(r'\s*style="clip-path: url\(#clip\)"')


def to_svg(drawing: Drawing) -> bytes:
    text = renderSVG.drawToString(drawing)
    return _CLIP_STYLE.sub("", _CLIP_PATH.sub("", text)).encode("utf-8")
