"""One question's block: heading, chart, table per year, generated sentences, small-base footnote."""

from __future__ import annotations

from xml.sax.saxutils import escape

import pandas as pd
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from ceo_desk.i18n import fmt_level, fmt_margin, fmt_number, fmt_percent, fmt_percent_as_given, tr
from ceo_desk.model.figures import present
from ceo_desk.report.cells import target_cell, target_head, verdict
from ceo_desk.report.context import ReportContext, Section
from ceo_desk.report.document import heading
from ceo_desk.report.findings import previous_value
from ceo_desk.report.question_view import build_question_view
from ceo_desk.stats.disclosure import shown_count
from ceo_desk.report.styles import FRAME_WIDTH, HEADER_FILL, RULE, styles

CHART_HEIGHT = 165


def _base_style(st) -> list:
    return [("FONTNAME", (0, 0), (-1, -1), st.regular), ("FONTSIZE", (0, 0), (-1, -1), 8),
            ("FONTNAME", (0, 0), (-1, 0), st.bold), ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("ALIGN", (0, 0), (-1, -1), "RIGHT"), ("ALIGN", (0, 0), (0, -1), "LEFT"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]


def _share_table(section: Section, lang: str, st) -> Table:
    rows = section.records
    years = {int(r.year) for r in rows}
    # A previous survey outside the table (a one-year report): show its figure beside the difference.
    outside = any(present(r.diff_prev) and int(r.prev_year) not in years for r in rows)
    head = [tr(k, lang) for k in ("col.year", "col.n", "col.percent", "col.margin")]
    head += [tr("report.col.prev", lang)] if outside else []
    head += [tr(k, lang) for k in ("col.ref_percent", "col.ref_n", "report.col.vs_ref_pp", "report.col.vs_prev_pp")]
    # a policy target set for this question (--targets, the window's dialog): met or not, and its test
    targets = sorted({float(r.target) for r in rows if "target" in r and present(r.target)})
    if targets:
        head.append(target_head(targets, lang))
    data = [[Paragraph(escape(h), st.cell_bold) for h in head]]
    style = _base_style(st)
    diff_col = len(head) - 2 - (1 if targets else 0)
    for i, r in enumerate(rows, start=1):
        n = fmt_number(shown_count(r.n), 0, lang)
        before = []
        if outside:
            value = previous_value(r) if not r.suppressed else None
            before = [f"{fmt_percent(value, 1, lang)} ({int(r.prev_year)})" if value is not None else ""]
        if r.suppressed:
            data.append([str(r.year), n, tr("cell.hidden", lang), ""] + before +
                        [fmt_percent_as_given(r.ref_percent, lang), fmt_number(r.ref_n, 0, lang), "", ""] +
                        ([""] if targets else []))
            continue
        vs_ref, ref_colour = verdict(r.diff_ref, r.sig_ref, lang, "ref", low=r.diff_ref_low, high=r.diff_ref_high)
        vs_prev, prev_colour = verdict(r.diff_prev, r.sig_prev, lang, "prev", low=r.diff_prev_low,
                                       high=r.diff_prev_high)
        data.append([str(r.year), n, fmt_percent(r.percent, 1, lang) + ("*" if r.indicative else ""),
                     fmt_margin(r.margin, r.ci_low, r.ci_high, lang)] + before +
                    [fmt_percent_as_given(r.ref_percent, lang), fmt_number(r.ref_n, 0, lang), vs_ref, vs_prev])
        colours = [(diff_col, ref_colour), (diff_col + 1, prev_colour)]
        if targets:
            text, colour = target_cell(r, len(targets) > 1, lang)
            data[-1].append(text)
            colours.append((diff_col + 2, colour))
        for col, colour in colours:
            if colour is not None:
                style.append(("TEXTCOLOR", (col, i), (col, i), colour))
    if outside and targets:       # a one-year report with a target: ten columns, in a smaller font
        style += [("FONTSIZE", (0, 1), (-1, -1), 7), ("LEFTPADDING", (0, 0), (-1, -1), 3),
                  ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
        fixed, last = [30, 28, 38, 40, 56, 34, 34], [70]
    else:
        fixed = [34, 34, 44, 58]      # the margin column holds an interval at 0 % and 100 %
        fixed = fixed + ([62] if outside else []) + [40, 42]
        last = [78] if targets else []
    rest = (FRAME_WIDTH - sum(fixed) - sum(last)) / 2
    table = Table(data, colWidths=fixed + [rest, rest] + last, repeatRows=1)
    table.setStyle(TableStyle(style))
    return table


def _grade_table(section: Section, ctx: ReportContext, st) -> Table:
    lang = ctx.lang
    level = fmt_level(ctx.options.confidence, lang)
    rows = section.rows
    # a reference that gives the grade's mean (and SD and n): its mean, n and the Welch comparison
    with_ref = "ref_mean" in rows and rows["ref_mean"].notna().any()
    head = [tr("col.year", lang), tr("col.n", lang), tr("col.mean", lang), tr("col.interval", lang, level=level)]
    head += [tr("stats.col.ref_mean", lang), tr("col.ref_n", lang), tr("stats.col.vs_ref_points", lang)] \
        if with_ref else []
    head += [tr("report.col.vs_prev_points", lang)]
    data, style = [[Paragraph(escape(h), st.cell_bold) for h in head]], _base_style(st)
    for i, r in enumerate(section.records, start=1):
        n = fmt_number(shown_count(r.n), 0, lang)
        ref = [fmt_number(r.ref_mean, 1, lang), fmt_number(r.ref_n, 0, lang)] if with_ref else []
        if r.suppressed:
            data.append([str(r.year), n, tr("cell.hidden", lang), ""] + (ref + [""] if with_ref else []) + [""])
            continue
        interval = (f"{fmt_number(r.mean_ci_low, 1, lang)} \u2013 {fmt_number(r.mean_ci_high, 1, lang)}"
                    if present(r.mean_ci_low) else "")
        cells = [(verdict(r.diff_ref, r.sig_ref, lang, "ref", low=r.diff_ref_low, high=r.diff_ref_high)
                  if with_ref else None),
                 verdict(r.diff_prev, r.sig_prev, lang, "prev", low=r.diff_prev_low, high=r.diff_prev_high)]
        cells = [c for c in cells if c is not None]
        data.append([str(r.year), n, fmt_number(r.mean, 1, lang) + ("*" if r.indicative else ""), interval] + ref +
                    [text for text, _ in cells])
        for col, (_, colour) in zip(range(len(head) - len(cells), len(head)), cells):
            if colour is not None:
                style.append(("TEXTCOLOR", (col, i), (col, i), colour))
    fixed = [34, 32, 66, 74] + ([72, 40] if with_ref else [])
    rest = (FRAME_WIDTH - sum(fixed)) / (len(head) - len(fixed))
    table = Table(data, colWidths=fixed + [rest] * (len(head) - len(fixed)))
    table.setStyle(TableStyle(style))
    return table


def question_block(section: Section, number: int, ctx: ReportContext) -> KeepTogether:
    st, lang, options = styles(), ctx.lang, ctx.options
    q, rows = section.question, section.rows
    title = f"{number}. {section.title}"
    view = build_question_view(q, rows, options, lang, ctx.municipality, FRAME_WIDTH, CHART_HEIGHT,
                               variant=number - 1, reference_name=ctx.reference_name)
    table = _grade_table(section, ctx, st) if q.kind == "mean" else _share_table(section, lang, st)
    parts = [heading(title, st.h2, level=1), view.drawing, Spacer(1, 4), table, Spacer(1, 5),
             Paragraph(escape(" ".join(view.sentences)), st.body)]
    if view.notes:
        parts.append(Paragraph(escape(" ".join(view.notes)), st.small))
    parts.append(Spacer(1, 14))
    return KeepTogether(parts)
