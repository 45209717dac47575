"""The report's appendix of open answers (``ceo-desk report --open-answers``): per open question a
table of themes per year (answers and share) and two or three masked example quotes per theme.

Only masked text reaches the PDF; years with fewer respondents than the report's minimum show no
count and no quote (``ceo_desk.openanswers.collect``).
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from ceo_desk.i18n import fmt_number, tr
from ceo_desk.openanswers.collect import NO_THEME, OpenAnswers, collect, theme_label, theme_table
from ceo_desk.openanswers.masking import KINDS, mask_label, render
from ceo_desk.openanswers.themes import DEFAULT_THEMES, Theme
from ceo_desk.report.context import ReportContext
from ceo_desk.report.document import heading
from ceo_desk.report.styles import FRAME_WIDTH, HEADER_FILL, RULE, ZEBRA, styles


def _cell(count: int, share: float | None, lang: str) -> str:
    if share is None:
        return ""
    return f"{fmt_number(count, 0, lang)} ({fmt_number(share, 0, lang)}\u00a0%)"


def _question(data: OpenAnswers, key: str, ctx: ReportContext, themes: tuple[Theme, ...]) -> list:
    st, lang, min_n = styles(), ctx.lang, ctx.options.min_n_report
    question = data.question(key)
    years = [y for y in data.years(key) if y in ctx.years]
    story = [heading(question.text, st.h2, level=1)]
    shown = [y for y in years if data.year_shown(key, y, min_n)]
    hidden = [y for y in years if y not in shown]
    rows = theme_table(data, key, themes, years=shown, min_n=min_n)
    answered = rows[0].answered if rows else {}
    counts = ", ".join(tr("oa.report.answered_year", lang, year=y, n=fmt_number(answered.get(y, 0), 0, lang),
                          total=fmt_number(data.respondents[(key, y)], 0, lang)) for y in shown)
    if counts:
        story.append(Paragraph(escape(tr("oa.report.answered", lang, counts=counts)), st.body))
    if hidden:
        story.append(Paragraph(escape(tr("oa.report.hidden_years", lang, years=", ".join(map(str, hidden)),
                                         n=min_n)), st.body))
    if not shown:
        return story
    head = [tr("oa.col.theme", lang)] + [str(y) for y in shown]
    data_rows = [[Paragraph(escape(h), st.cell_bold) for h in head]]
    style = [("FONTNAME", (0, 0), (-1, -1), st.regular), ("FONTSIZE", (0, 0), (-1, -1), 8),
             ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
             ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL), ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
             ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]
    for i, row in enumerate(rows, start=1):
        data_rows.append([Paragraph(escape(theme_label(row.theme, lang)), st.cell)] +
                         [_cell(row.counts.get(y, 0), row.share(y), lang) for y in shown])
        if i % 2 == 0:
            style.append(("BACKGROUND", (0, i), (-1, i), ZEBRA))
    width = 62
    table = Table(data_rows, colWidths=[FRAME_WIDTH - width * len(shown)] + [width] * len(shown), repeatRows=1)
    table.setStyle(TableStyle(style))
    story += [table, Spacer(1, 2), Paragraph(escape(tr("oa.report.table_note", lang)), st.small)]
    story.append(heading(tr("oa.report.quotes", lang), st.h3))
    for row in rows:
        if row.theme == NO_THEME or not row.quotes:
            continue
        block = [Paragraph(escape(theme_label(row.theme, lang)), st.cell_bold)]
        for year, marked in row.quotes:
            text = tr("oa.report.quote", lang, year=year, text=render(marked, lang))
            block.append(Paragraph(escape(text), st.bullet, bulletText="•"))
        story.append(KeepTogether(block))
    return story


def open_answers_appendix(ctx: ReportContext, themes: tuple[Theme, ...] | None = None,
                          data: OpenAnswers | None = None) -> list:
    """Flowables of the appendix; an empty list when the files hold no open question."""
    data = data if data is not None else collect(ctx.analysis.surveys)
    themes = tuple(themes) if themes else DEFAULT_THEMES
    questions = [q for q in data.questions if any(y in ctx.years for y in q.years)]
    if not questions:
        return []
    st, lang = styles(), ctx.lang
    masks = ", ".join(mask_label(k, lang) for k in KINDS)
    story = [heading(tr("oa.report.heading", lang), st.h1, level=0),
             Paragraph(escape(tr("oa.report.intro", lang, masks=masks, n=ctx.options.min_n_report)), st.body)]
    for question in questions:
        story += _question(data, question.key, ctx, themes)
    return story
