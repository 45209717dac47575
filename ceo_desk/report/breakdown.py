"""The report of a breakdown (``report --by COLUMN``): per question the groups' chart, table and sentences,
the notable group differences for the summary, and the groups with their n for the method page.

Everything here reads the breakdown frame after disclosure control; a hidden cell prints as
"niet getoond" and nothing else (no n, no difference, no test).
"""

from __future__ import annotations

from xml.sax.saxutils import escape

import numpy as np
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from ceo_desk.charts.groups import breakdown_chart
from ceo_desk.i18n import fmt_number, fmt_percent, tr
from ceo_desk.model.figures import flag
from ceo_desk.model.scales import Role
from ceo_desk.report.cells import verdict
from ceo_desk.report.context import ReportContext, Section
from ceo_desk.report.document import heading
from ceo_desk.report.sentences import group_sentences, question_sentences, rest_word
from ceo_desk.report.styles import FRAME_WIDTH, HEADER_FILL, RULE, styles
from ceo_desk.stats.counts import by_columns
from ceo_desk.stats.disclosure import shown_count
from ceo_desk.stats.groups import GROUP_KINDS, kind_of

CHART_HEIGHT = 185
#: The summary names at most this many group differences (largest first).
MAX_DIFFERENCES = 8


def is_breakdown(ctx: ReportContext) -> bool:
    return ctx.analysis.breakdown is not None and "group_level" in ctx.results


def _rows(ctx: ReportContext, section: Section):
    return ctx.results[ctx.results["question_id"] == section.question.id]


def _value(row, lang: str) -> str:
    if bool(row["suppressed"]):
        return tr("cell.hidden", lang)
    if row["kind"] == "mean":
        text = fmt_number(row["mean"], 1, lang)
    else:
        text = fmt_percent(row["percent"], 1, lang)
    return text + ("*" if bool(row["indicative"]) else "")


def _rest_word(ctx: ReportContext) -> str:
    return rest_word(ctx.options.by, ctx.lang)


def _table(ctx: ReportContext, rows, groups: list[str]) -> Table:
    st, lang = styles(), ctx.lang
    years = ctx.years
    latest = years[-1]
    value_head = tr("breakdown.col.mean_short", lang) if rows["kind"].iloc[0] == "mean" else "%"
    comparisons = [tr("breakdown.col.vs_rest", lang), tr("breakdown.col.vs_ref", lang), tr("breakdown.col.vs_prev", lang)]
    first = [tr("breakdown.col.group", lang)] + [c for y in years for c in (str(y), "")] + [str(latest), "", ""]
    second = [""] + ["n", value_head] * len(years) + comparisons
    data = [[Paragraph(escape(h), st.cell_bold) for h in first], [Paragraph(escape(h), st.cell_bold) for h in second]]
    last = 1 + 2 * len(years)
    style = [("FONTNAME", (0, 0), (-1, -1), st.regular), ("FONTSIZE", (0, 0), (-1, -1), 7),
             ("BACKGROUND", (0, 0), (-1, 1), HEADER_FILL), ("ALIGN", (1, 2), (-1, -1), "RIGHT"),
             ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
             ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
             ("FONTNAME", (0, 2), (-1, 2), st.bold), ("SPAN", (0, 0), (0, 1)), ("SPAN", (last, 0), (last + 2, 0))]
    style += [("SPAN", (1 + 2 * i, 0), (2 + 2 * i, 0)) for i in range(len(years))]
    order = [tr("breakdown.total", lang)] + groups
    for i, group in enumerate(order, start=1):
        part = rows[rows["group"] == group].set_index("year")
        if part.empty:
            continue
        line = [Paragraph(escape(group), st.cell_bold if i == 1 else st.cell)]
        for y in years:
            if y in part.index:
                r = part.loc[y]
                line += [fmt_number(shown_count(r["n"]), 0, lang), _value(r, lang)]
            else:
                line += ["", ""]
        r = part.loc[latest] if latest in part.index else None
        cells = []
        for col, diff, sig, versus in ((0, "diff_rest", "sig_rest", "ref"), (1, "diff_ref", "sig_ref", "ref"),
                                       (2, "diff_prev", "sig_prev", "prev")):
            if r is None or bool(r["suppressed"]):
                cells.append("")
                continue
            text, colour = verdict(r[diff], r[sig], lang, versus)
            cells.append(text)
            if colour is not None:
                style.append(("TEXTCOLOR", (1 + 2 * len(years) + col, len(data)), (1 + 2 * len(years) + col, len(data)),
                              colour))
        data.append(line + cells)
    rest = FRAME_WIDTH - len(years) * 62 - 3 * 72          # the group's name gets what the figures leave
    widths = [max(rest, 60)] + [25, 37] * len(years) + [72, 72, 72]
    table = Table(data, colWidths=widths, repeatRows=2)
    table.setStyle(TableStyle(style))
    return table


def _sentences(ctx: ReportContext, section: Section, rows, number: int) -> list[list[str]]:
    """The total's sentences (reference, previous year, earlier years), then the groups' (n, margin, against
    the rest): one sentence builder with the plain pages, its phrasing varied from question to question."""
    positive = section.question.labels_with(Role.POSITIVE) or None
    total = rows[rows["group_level"] == "total"]
    out = question_sentences(total, section.question.text, ctx.options, ctx.lang, positive, variant=number,
                             reference_name=ctx.reference_name)
    return [out, group_sentences(rows, ctx.latest_year, ctx.options, ctx.lang, positive, variant=number)]


def breakdown_block(section: Section, number: int, ctx: ReportContext) -> KeepTogether:
    """One question: heading, chart of the groups, the table, sentences, notes."""
    st, lang, options = styles(), ctx.lang, ctx.options
    rows = _rows(ctx, section)
    groups = ctx.analysis.breakdown.groups
    chart = breakdown_chart(rows, groups, lang, width=FRAME_WIDTH, height=CHART_HEIGHT,
                            municipality=ctx.municipality, options=options, reference_name=ctx.reference_name)
    parts = [heading(f"{number}. {section.question.text}", st.h2, level=1), chart, Spacer(1, 4),
             _table(ctx, rows, groups), Spacer(1, 5)]
    parts += [Paragraph(escape(" ".join(part)), st.body) for part in _sentences(ctx, section, rows, number) if part]
    notes = []
    if rows["indicative"].any():
        notes.append(tr("footnote.indicative", lang, test=options.min_n_test))
    if rows["suppressed"].any():
        notes.append(tr("breakdown.footnote.hidden", lang, n=options.min_n_report))
    if notes:
        parts.append(Paragraph(escape(" ".join(notes)), st.small))
    parts.append(Spacer(1, 12))
    return KeepTogether(parts)


def breakdown_summary(ctx: ReportContext) -> list:
    """The summary's paragraph on groups: significant differences from the rest in the latest year."""
    st, lang, year = styles(), ctx.lang, ctx.latest_year
    rows = ctx.results[(ctx.results["year"] == year) & (ctx.results["group_level"] == "group")]
    rows = rows[rows["sig_rest"].fillna(False).astype(bool) & ~rows["suppressed"].astype(bool)]
    story = [heading(tr("breakdown.summary.heading", lang, by=_by_text(ctx)), st.h2)]
    if rows.empty:
        story.append(Paragraph(escape(tr("breakdown.summary.none", lang, year=year, rest=_rest_word(ctx))), st.body))
        return story
    rows = rows.reindex(rows["diff_rest"].abs().sort_values(ascending=False).index)
    for r in rows.head(MAX_DIFFERENCES).itertuples(index=False):
        grade = r.kind == "mean"
        show = (lambda v: fmt_number(v, 1, lang)) if grade else (lambda v: fmt_percent(v, 1, lang))
        rest_value = r.rest_mean if grade else r.rest_percent
        key = "breakdown.summary.higher" if r.diff_rest > 0 else "breakdown.summary.lower"
        story.append(Paragraph(escape(tr(key, lang, group=r.group, question=r.question, value=show(
            r.mean if grade else r.percent), rest=_rest_word(ctx), rest_value=show(rest_value))),
            st.bullet, bulletText="•"))
    if len(rows) > MAX_DIFFERENCES:
        story.append(Paragraph(escape(tr("breakdown.summary.more", lang, count=len(rows) - MAX_DIFFERENCES)),
                               st.bullet, bulletText="•"))
    return story


def _by_text(ctx: ReportContext) -> str:
    names = []
    for column in by_columns(ctx.options.by):
        kind = kind_of(column)
        names.append(tr(f"breakdown.kind.{kind}", ctx.lang) if kind in GROUP_KINDS else column)
    return f" {tr('summary.and', ctx.lang)} ".join(names)


def breakdown_method(ctx: ReportContext) -> list:
    """The method page's section on the groups: which, how many respondents, which tests, what is hidden."""
    st, lang, info, options = styles(), ctx.lang, ctx.analysis.breakdown, ctx.options
    paragraphs = [tr("breakdown.method.groups", lang, by=_by_text(ctx), rest=_rest_word(ctx)),
                  tr("breakdown.method.ref_group" if info.reference_by_group else "breakdown.method.ref_overall", lang,
                     **ctx.reference_words)]
    if info.merged:
        paragraphs.append(tr("breakdown.method.merged", lang, n=options.min_n_report, other=info.other,
                             groups=", ".join(info.merged)))
    paragraphs.append(tr("breakdown.method.disclosure", lang, n=options.min_n_report))
    body = [Paragraph(escape(p), st.body) for p in paragraphs]
    story = [KeepTogether([heading(tr("breakdown.method.h", lang), st.h3), body[0]]), *body[1:]]  # no lone heading
    years = [y for y in info.years if y in ctx.years]
    data = [[Paragraph(escape(tr("breakdown.col.group", lang)), st.cell_bold)] + [str(y) for y in years]]
    for g, counts in zip(info.groups, info.respondents):
        line = [Paragraph(escape(g), st.cell)]
        for y in years:
            value = counts[info.years.index(y)]
            line.append(tr("cell.hidden", lang) if np.isnan(value) else fmt_number(value, 0, lang))
        data.append(line)
    table = Table(data, colWidths=[FRAME_WIDTH - 60 * len(years)] + [60] * len(years), repeatRows=1)
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), st.regular), ("FONTSIZE", (0, 0), (-1, -1), 8),
                               ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL), ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                               ("FONTNAME", (0, 0), (-1, 0), st.bold), ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    story.append(KeepTogether([Paragraph(escape(tr("breakdown.method.respondents", lang)), st.body), table]))
    return story
