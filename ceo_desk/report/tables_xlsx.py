"""The table appendix: a workbook a researcher reuses (xlsxwriter).

A summary sheet (one row per question, the latest year in detail); a sheet per question with its
table and a native, editable Excel chart of the municipality and the reference per year with the
interval as error bars; a "Toelichting" sheet with the definitions. Figures are numbers with a
number format (Excel shows them in the user's locale: 67,5 in Dutch), never text; texts are
written as strings, so a question that begins with = + − @ never becomes a formula.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import BinaryIO

import xlsxwriter
from xlsxwriter.utility import xl_col_to_name

from ceo_desk import __version__
from ceo_desk.i18n import fmt_level, municipality_label, tr
from ceo_desk.model.figures import figure, flag
from ceo_desk.model.scales import Role
from ceo_desk.report.cells import fmt_alpha
from ceo_desk.report.context import ReportContext, Section
from ceo_desk.report.cover import format_date
from ceo_desk.report.findings import previous_value
from ceo_desk.report.method import multiple_testing_text, scale_lines, weighting_text

HEADER_ROW = 3            # 0-based row of a question sheet's table header (title and definition above it)
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")


def sheet_name(number: int, section: Section, used: set[str]) -> str:
    """'3 Ik kan de hulp krijgen die…' within Excel's 31 characters, unique, without []:*?/\\."""
    text = _BAD_SHEET_CHARS.sub(" ", f"{number} {section.title}").strip().strip("'")
    name = text if len(text) <= 31 else text[:30].rstrip() + "…"
    base, i = name, 2
    while name.casefold() in used:
        suffix = f" ({i})"
        name, i = base[:31 - len(suffix)] + suffix, i + 1
    used.add(name.casefold())
    return name


class _Formats:
    def __init__(self, book: xlsxwriter.Workbook) -> None:
        self.header = book.add_format({"bold": True, "bg_color": "#E8EEF5", "text_wrap": True, "valign": "top",
                                       "border": 1, "border_color": "#C8C8C8"})
        self.title = book.add_format({"bold": True, "font_size": 13, "font_color": "#1F4E79"})
        self.text = book.add_format({"text_wrap": True, "valign": "top"})
        self.plain = book.add_format({"valign": "top"})
        self.one = book.add_format({"num_format": "0.0", "valign": "top"})
        self.whole = book.add_format({"num_format": "#,##0", "valign": "top"})
        self.year = book.add_format({"num_format": "0", "valign": "top"})
        self.p = book.add_format({"num_format": "0.000", "valign": "top"})


def _col(index: int) -> str:
    return xl_col_to_name(index)


def _print_setup(ws) -> None:
    """Printed or converted to PDF: landscape, A4, as wide as one page."""
    ws.set_landscape()
    ws.set_paper(9)
    ws.fit_to_pages(1, 0)


def _verdict(diff, sig, lang: str, n_test: int) -> str:
    if figure(diff) is None:
        return ""
    significant = flag(sig)
    if significant is None:
        return tr("report.tables.not_tested", lang)
    if not significant:
        return tr("report.tables.not_sig", lang)
    return tr("report.tables.sig_higher" if figure(diff) > 0 else "report.tables.sig_lower", lang)


def _note(row, ctx: ReportContext) -> str:
    if bool(row["suppressed"]):
        return tr("report.tables.hidden", ctx.lang, n=ctx.options.min_n_report)
    if bool(row["indicative"]):
        return tr("report.tables.indicative", ctx.lang, n=ctx.options.min_n_test)
    return ""


def _put(ws, row: int, col: int, value, fmt) -> None:
    """A number as a number (blank when missing), anything else as a string, never a formula."""
    if isinstance(value, str):
        ws.write_string(row, col, value, fmt)
        return
    number = figure(value)
    if number is None:
        ws.write_blank(row, col, None, fmt)
    else:
        ws.write_number(row, col, number, fmt)


def _question_sheet(book, ws, name: str, number: int, section: Section, ctx: ReportContext, f: _Formats) -> None:
    lang, grade = ctx.lang, section.question.kind == "mean"
    level = fmt_level(ctx.options.confidence, lang)
    ws.write_string(0, 0, f"{number}. {section.title}", f.title)
    if not grade:
        labels = ", ".join(f"‘{label.lower()}’" for label in section.question.labels_with(Role.POSITIVE))
        ws.write_string(1, 0, tr("report.tables.positive", lang, labels=labels), f.plain)
    # a reference that gives the grade's mean (and SD and n): its mean, n and the Welch comparison
    grade_ref = grade and "ref_mean" in section.rows and section.rows["ref_mean"].notna().any()
    if grade:
        columns = [("report.tables.year", "year", f.year, 7), ("report.tables.n", "n", f.whole, 8),
                   ("report.tables.mean", "mean", f.one, 11), ("report.tables.low", "mean_ci_low", f.one, 13),
                   ("report.tables.high", "mean_ci_high", f.one, 13)]
        if grade_ref:
            columns += [("report.tables.ref_mean", "ref_mean", f.one, 12), ("report.tables.ref_n", "ref_n", f.whole, 11),
                        ("report.tables.diff_ref_points", "diff_ref", f.one, 14),
                        ("report.tables.sig_ref", "sig_ref", f.plain, 16), ("report.tables.p_ref", "p_ref", f.p, 10)]
        columns += [("report.tables.diff_prev_points", "diff_prev", f.one, 14),
                   ("report.tables.sig_prev", "sig_prev", f.plain, 16), ("report.tables.p_prev", "p_prev", f.p, 10),
                   ("report.tables.note", "note", f.text, 34), ("report.tables.bar_minus", "minus", f.one, 12),
                   ("report.tables.bar_plus", "plus", f.one, 12)]
    else:
        columns = [("report.tables.year", "year", f.year, 7), ("report.tables.n", "n", f.whole, 8),
                   ("report.tables.percent", "percent", f.one, 10), ("report.tables.margin", "margin", f.one, 11),
                   ("report.tables.low", "ci_low", f.one, 13), ("report.tables.high", "ci_high", f.one, 13),
                   ("report.tables.ref_percent", "ref_percent", f.one, 12), ("report.tables.ref_n", "ref_n", f.whole, 11),
                   ("report.tables.diff_ref", "diff_ref", f.one, 14), ("report.tables.sig_ref", "sig_ref", f.plain, 16),
                   ("report.tables.p_ref", "p_ref", f.p, 10), ("report.tables.diff_prev", "diff_prev", f.one, 14),
                   ("report.tables.sig_prev", "sig_prev", f.plain, 16), ("report.tables.p_prev", "p_prev", f.p, 10),
                   ("report.tables.note", "note", f.text, 34), ("report.tables.bar_minus", "minus", f.one, 12),
                   ("report.tables.bar_plus", "plus", f.one, 12)]
    for col, (key, _, _, width) in enumerate(columns):
        ws.write_string(HEADER_ROW, col, tr(key, lang, level=level), f.header)
        ws.set_column(col, col, width)
    rows = section.records
    for i, r in enumerate(rows, start=HEADER_ROW + 1):
        hidden = bool(r["suppressed"])
        centre = figure(r["mean" if grade else "percent"])
        low, high = figure(r["mean_ci_low" if grade else "ci_low"]), figure(r["mean_ci_high" if grade else "ci_high"])
        bars = not hidden and None not in (centre, low, high)
        for col, (_, field, fmt, _) in enumerate(columns):
            if field in ("minus", "plus"):       # the interval as distances from the figure: the chart's error bars
                value = (centre - low if field == "minus" else high - centre) if bars else None
            elif field == "note":
                value = _note(r, ctx)
            elif field in ("sig_ref", "sig_prev"):
                value = _verdict(r["diff_ref" if field == "sig_ref" else "diff_prev"], r[field], lang,
                                 ctx.options.min_n_test) if not hidden else ""
            elif hidden and field not in ("year", "ref_percent", "ref_mean", "ref_n"):
                value = None
            else:
                value = r[field]
            _put(ws, i, col, value, fmt)
    ws.freeze_panes(HEADER_ROW + 1, 1)
    ws.set_row(HEADER_ROW, 45)
    _print_setup(ws)
    last = HEADER_ROW + len(rows)
    if not rows:
        return
    value_col = 2
    fields = [c[1] for c in columns]
    chart = book.add_chart({"type": "column"})
    own = municipality_label(ctx.municipality, lang) if ctx.municipality else tr("chart.municipality_unnamed", lang)
    chart.add_series({
        "name": tr("chart.grade", lang) if grade else own,
        "categories": [name, HEADER_ROW + 1, 0, last, 0],
        "values": [name, HEADER_ROW + 1, value_col, last, value_col],
        "fill": {"color": "#1F4E79"},
        "data_labels": {"value": True, "num_format": "0.0", "position": "inside_base", "font": {"color": "white"}},
        "y_error_bars": {"type": "custom", "end_style": 1,
                         "plus_values": f"='{name}'!${_col(fields.index('plus'))}${HEADER_ROW + 2}:"
                                        f"${_col(fields.index('plus'))}${last + 1}",
                         "minus_values": f"='{name}'!${_col(fields.index('minus'))}${HEADER_ROW + 2}:"
                                         f"${_col(fields.index('minus'))}${last + 1}"},
    })
    if grade_ref or (not grade and section.rows["ref_percent"].notna().any()):
        ref_col = fields.index("ref_mean" if grade else "ref_percent")
        chart.add_series({
            "name": ctx.reference_name,
            "categories": [name, HEADER_ROW + 1, 0, last, 0],
            "values": [name, HEADER_ROW + 1, ref_col, last, ref_col],
            "fill": {"color": "#A6A6A6"},
            "data_labels": {"value": True, "num_format": "0.0" if grade else "0"},
        })
    chart.set_title({"name": section.title, "name_font": {"size": 11, "bold": True}})
    chart.set_y_axis({"min": 0, "max": 10 if grade else 100, "num_format": "0",
                      "name": tr("report.tables.axis_grade" if grade else "report.tables.axis_percent", lang),
                      "major_gridlines": {"visible": True, "line": {"color": "#D9D9D9"}}})
    chart.set_x_axis({"num_format": "0"})
    chart.set_legend({"position": "bottom"})
    chart.set_size({"width": 620, "height": 300})
    ws.insert_chart(last + 2, 0, chart)


def _summary_sheet(ws, ctx: ReportContext, names: list[str], f: _Formats) -> None:
    lang, latest = ctx.lang, ctx.latest_year
    heads = [tr("report.tables.nr", lang), tr("report.tables.question", lang)]
    heads += [tr("report.tables.percent_year", lang, year=y) for y in ctx.years]
    detail = [("report.tables.n", "n", f.whole), ("report.tables.margin", "margin", f.one),
              ("report.tables.ref_percent", "ref_percent", f.one), ("report.tables.diff_ref", "diff_ref", f.one),
              ("report.tables.sig_ref", "sig_ref", f.plain), ("report.tables.prev_year", "prev", f.one),
              ("report.tables.diff_prev", "diff_prev", f.one), ("report.tables.sig_prev", "sig_prev", f.plain)]
    heads += [tr("report.tables.latest", lang, what=tr(key, lang), year=latest) for key, _, _ in detail]
    for col, head in enumerate(heads):
        ws.write_string(0, col, head, f.header)
    ws.set_row(0, 45)
    ws.set_column(0, 0, 6)
    ws.set_column(1, 1, 55)
    ws.set_column(2, len(heads) - 1, 13)
    for i, section in enumerate(ctx.sections, start=1):
        _put(ws, i, 0, i, f.year)
        ws.write_url(i, 1, f"internal:'{names[i - 1]}'!A1", f.text, string=section.title)
        by_year = {int(r["year"]): r for r in section.records}
        for j, year in enumerate(ctx.years):
            r = by_year.get(year)
            value = None if r is None or bool(r["suppressed"]) else r["mean" if r["kind"] == "mean" else "percent"]
            _put(ws, i, 2 + j, value, f.one)
        r = by_year.get(latest)
        if r is None:
            continue
        hidden = bool(r["suppressed"])
        for k, (_, field, fmt) in enumerate(detail):
            col = 2 + len(ctx.years) + k
            if field == "sig_ref":
                value = "" if hidden else _verdict(r["diff_ref"], r["sig_ref"], lang, ctx.options.min_n_test)
            elif field == "sig_prev":
                value = "" if hidden else _verdict(r["diff_prev"], r["sig_prev"], lang, ctx.options.min_n_test)
            elif field == "prev":
                value = None if hidden else previous_value(r)
            elif hidden and field != "ref_percent":
                value = None
            else:
                value = r[field]
            _put(ws, i, col, value, fmt)
    ws.freeze_panes(1, 2)
    ws.autofilter(0, 0, len(ctx.sections), len(heads) - 1)
    _print_setup(ws)


def _notes_sheet(ws, ctx: ReportContext, f: _Formats) -> None:
    lang, options = ctx.lang, ctx.options
    level = fmt_level(options.confidence, lang)
    files = ", ".join(s.name for s in ctx.analysis.surveys)
    reference = (f"{ctx.reference_name} ({ctx.reference_source})" if ctx.reference_source
                 else tr("report.no_reference", lang))
    terms = [("percent", tr("report.tables.def.percent", lang)), ("n", tr("report.tables.def.n", lang)),
             ("margin", tr("report.tables.def.margin", lang)),
             ("interval", tr("report.tables.def.interval", lang, level=level)),
             ("diff", tr("report.tables.def.diff", lang)),
             ("significant", tr("report.tables.def.significant", lang, alpha=fmt_alpha(options.alpha, lang))),
             ("not_sig", tr("report.method.not_sig.short", lang)),
             ("not_tested", tr("report.tables.def.not_tested", lang, n=options.min_n_test, **ctx.reference_words)),
             ("hidden", tr("report.tables.def.hidden", lang, n=options.min_n_report)),
             ("scales", " ".join(scale_lines(ctx))), ("weight", weighting_text(ctx)),
             ("tests", " ".join([tr("report.method.tests", lang, alpha=fmt_alpha(options.alpha, lang),
                                    **ctx.reference_words),
                                 multiple_testing_text(ctx)])),
             ("sources", " ".join([tr("report.tables.def.sources", lang, files=files, reference=reference),
                                   tr("report.tables.def.made", lang, version=__version__,
                                      date=format_date(ctx.date, lang))]))]
    ws.write_string(0, 0, tr("report.tables.term", lang), f.header)
    ws.write_string(0, 1, tr("report.tables.meaning", lang), f.header)
    ws.set_column(0, 0, 22)
    ws.set_column(1, 1, 110)
    for i, (term, text) in enumerate(terms, start=1):
        ws.write_string(i, 0, tr(f"report.tables.term.{term}", lang), f.plain)
        ws.write_string(i, 1, text, f.text)
        ws.set_row(i, 15 * max(1, -(-len(text) // 100)))     # wrapped text: Excel does not grow the row itself
    ws.freeze_panes(1, 0)
    _print_setup(ws)


def write_tables(ctx: ReportContext, target: str | Path | BinaryIO, open_answers: bool = False,
                 themes=None) -> None:
    """Write the workbook to a path or binary stream; the same inputs and date give the same bytes.

    With ``open_answers`` two more sheets hold the open answers, masked (themes with quotes, and every
    answer shown), as the report's appendix does."""
    if isinstance(target, Path):
        target = str(target)
    book = xlsxwriter.Workbook(target, {"strings_to_formulas": False, "strings_to_urls": False,
                                        "strings_to_numbers": False, "in_memory": True})
    created = dt.datetime.combine(ctx.date, dt.time(0, 0))
    book.set_properties({"title": ctx.title, "subject": tr("report.subject", ctx.lang),
                         "author": municipality_label(ctx.municipality, ctx.lang) if ctx.municipality else "",
                         "company": "", "comments": f"CEO Desk {__version__}", "created": created})
    f = _Formats(book)
    summary = book.add_worksheet(tr("report.tables.summary_sheet", ctx.lang))
    used = {summary.name.casefold(), tr("report.tables.notes_sheet", ctx.lang).casefold()}
    names = [sheet_name(number, section, used) for number, section in enumerate(ctx.sections, start=1)]
    _summary_sheet(summary, ctx, names, f)
    for number, (section, name) in enumerate(zip(ctx.sections, names), start=1):
        _question_sheet(book, book.add_worksheet(name), name, number, section, ctx, f)
    if open_answers:
        _open_answers_sheets(book, ctx, themes)
    _notes_sheet(book.add_worksheet(tr("report.tables.notes_sheet", ctx.lang)), ctx, f)
    book.close()


def _open_answers_sheets(book, ctx: ReportContext, themes) -> None:
    from ceo_desk.openanswers.collect import collect
    from ceo_desk.openanswers.export import add_open_answers_sheets
    from ceo_desk.openanswers.themes import DEFAULT_THEMES

    data = collect(ctx.analysis.surveys)
    if data.questions:
        add_open_answers_sheets(book, data, tuple(themes) if themes else DEFAULT_THEMES, ctx.lang,
                                ctx.options.min_n_report)
