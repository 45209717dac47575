"""The document frame: cover and body page templates, "pagina X van Y", outline, progress and cancel."""

from __future__ import annotations

import datetime as dt
from typing import Callable
from xml.sax.saxutils import escape

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, NextPageTemplate, PageTemplate, Paragraph

from ceo_desk.i18n import tr
from ceo_desk.report.styles import MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, PAGE, RULE, styles


def pdf_date(day: dt.date) -> str:
    """A PDF date string for midnight UTC of ``day``: D:20250301000000+00'00'."""
    return f"D:{day:%Y%m%d}000000+00'00'"


def numbered_canvas(footer_text: str, lang: str, date: dt.date | None = None, footer_from: int = 2) -> type[Canvas]:
    """A canvas class that holds every page until the end, so each footer can say "pagina X van Y".

    With ``date`` the PDF's creation and modification dates are that day (the report date), so the
    metadata agrees with the cover and the same inputs and date still give the same bytes.
    """

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []
            if date is not None:
                self.setDateFormatter(lambda *_: pdf_date(date))

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                if number >= footer_from:          # a report's cover carries no footer
                    self._footer(number, total)
                super().showPage()
            super().save()

        def _footer(self, number: int, total: int) -> None:
            st = styles()
            width, _ = PAGE
            y = MARGIN_BOTTOM - 10
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(MARGIN_X, y + 10, width - MARGIN_X, y + 10)
            self.setFont(st.regular, 7.5)
            self.setFillColorRGB(0.35, 0.35, 0.35)
            self.drawString(MARGIN_X, y, footer_text)
            self.drawRightString(width - MARGIN_X, y, tr("report.page", lang, page=number, total=total))
            self.restoreState()

    return NumberedCanvas


class ReportDocument(BaseDocTemplate):
    """Two page templates (cover, body); headings marked with ``outline_level`` become bookmarks."""

    def __init__(self, target, title: str, subject: str, creator: str, author: str,
                 on_flowable: Callable[[object], None] | None = None):
        super().__init__(target, pagesize=PAGE, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
                         topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, title=title, subject=subject,
                         creator=creator, author=author, invariant=1, pageCompression=1)
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate("cover", [frame]), PageTemplate("body", [frame])])
        self._on_flowable = on_flowable
        self._outline_seq = 0

    def afterFlowable(self, flowable) -> None:
        level = getattr(flowable, "outline_level", None)
        if level is not None:
            self._outline_seq += 1
            key = f"o{self._outline_seq}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(flowable.outline_title, key, level=level)
        if self._on_flowable is not None:
            self._on_flowable(flowable)


def body_pages() -> NextPageTemplate:
    return NextPageTemplate("body")


def heading(text: str, style, level: int | None = None, outline: str | None = None) -> Paragraph:
    """A heading paragraph; with ``level`` it also becomes a bookmark in the PDF outline."""
    para = Paragraph(escape(text), style)
    if level is not None:
        para.outline_level = level
        para.outline_title = outline or text
    return para
