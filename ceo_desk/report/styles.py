"""Page size, margins, colours and paragraph styles of the report, in one place."""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from ceo_desk.charts.fonts import register_fonts

PAGE = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 18 * mm
MARGIN_BOTTOM = 20 * mm
FRAME_WIDTH = PAGE[0] - 2 * MARGIN_X

ACCENT = colors.HexColor("#1f4e79")
RULE = colors.HexColor("#c8c8c8")
HEADER_FILL = colors.HexColor("#e8eef5")
ZEBRA = colors.HexColor("#f6f6f6")
HIGHER = colors.HexColor("#1b6b2f")   # text colour next to ▲ and a word, never on its own
LOWER = colors.HexColor("#a3231f")


class Styles:
    def __init__(self) -> None:
        regular, bold = register_fonts()
        self.regular, self.bold = regular, bold
        base = dict(fontName=regular, textColor=colors.HexColor("#1a1a1a"), alignment=TA_LEFT)
        self.body = ParagraphStyle("body", fontSize=9.5, leading=13, spaceAfter=4, **base)
        self.small = ParagraphStyle("small", fontSize=7.5, leading=9.5, spaceAfter=2, **base)
        self.cell = ParagraphStyle("cell", fontSize=8, leading=10, **base)
        self.cell_bold = ParagraphStyle("cell_bold", parent=self.cell, fontName=bold)
        self.bullet = ParagraphStyle("bullet", parent=self.body, leftIndent=12, bulletIndent=2, spaceAfter=3)
        self.h1 = ParagraphStyle("h1", fontSize=17, leading=21, spaceAfter=8, spaceBefore=0,
                                 **{**base, "fontName": bold, "textColor": ACCENT})
        self.h2 = ParagraphStyle("h2", fontSize=11.5, leading=14.5, spaceAfter=4, spaceBefore=6,
                                 **{**base, "fontName": bold, "textColor": ACCENT})
        self.h3 = ParagraphStyle("h3", fontSize=10, leading=13, spaceAfter=2, spaceBefore=6,
                                 **{**base, "fontName": bold})
        self.cover_title = ParagraphStyle("cover_title", fontSize=26, leading=32, spaceAfter=14,
                                          **{**base, "fontName": bold, "textColor": ACCENT})
        self.cover_sub = ParagraphStyle("cover_sub", fontSize=14, leading=18, spaceAfter=28, **base)
        self.cover_line = ParagraphStyle("cover_line", fontSize=10.5, leading=15, **base)


@lru_cache(maxsize=1)
def styles() -> Styles:
    return Styles()
