"""The cover: title, municipality, years, respondents, reference group, date."""

from __future__ import annotations

import datetime as dt
from xml.sax.saxutils import escape

from reportlab.platypus import Paragraph, Spacer

from ceo_desk import __version__
from ceo_desk.i18n import fmt_number, municipality_label, tr
from ceo_desk.report.context import ReportContext
from ceo_desk.report.styles import styles


def format_date(day: dt.date, lang: str) -> str:
    month = tr("report.months", lang).split()[day.month - 1]
    return f"{day.day} {month} {day.year}"


def cover(ctx: ReportContext) -> list:
    st, lang = styles(), ctx.lang
    lines = [
        (tr("report.years", lang), ", ".join(str(y) for y in ctx.years)),
        (tr("report.respondents", lang), ", ".join(f"{y}: {fmt_number(n, 0, lang)}"
                                                    for y, n in ctx.respondents.items())),
        (tr("report.cover.compared", lang), ctx.reference_name if ctx.reference_source else tr("report.no_reference", lang)),
        (tr("report.date", lang), format_date(ctx.date, lang)),
    ]
    story: list = [Spacer(1, 150), Paragraph(escape(ctx.title), st.cover_title)]
    if ctx.municipality:
        story.append(Paragraph(escape(municipality_label(ctx.municipality, lang)), st.cover_sub))
    else:
        story.append(Spacer(1, 28))
    for label, value in lines:
        story.append(Paragraph(f"<b>{escape(label)}:</b> {escape(value)}", st.cover_line))
    story += [Spacer(1, 40), Paragraph(escape(tr("report.contents", lang)), st.cover_line),
              Spacer(1, 6), Paragraph(escape(tr("report.made_with", lang, version=__version__)), st.small)]
    return story
