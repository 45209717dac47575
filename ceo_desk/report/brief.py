"""The council brief (raadsinformatiebrief): one or two pages a council member reads in three minutes.

``brief_content`` decides what it says, read from the results table through ``findings``: five to
eight findings (each a sentence with the figure, n, the margin and whether it is significant), one
compact table of the latest year, small bases flagged, where the numbers come from. The PDF here
and the Word file (``brief_docx``) only lay that content out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from ceo_desk import __version__
from ceo_desk.i18n import fmt_number, fmt_percent, fmt_percent_as_given, municipality_label, tr
from ceo_desk.model.figures import figure, flag, present
from ceo_desk.report.cells import fmt_alpha, reference_value, verdict
from ceo_desk.report.context import ReportContext, years_text
from ceo_desk.report.cover import format_date
from ceo_desk.report.document import ReportDocument, numbered_canvas
from ceo_desk.report.findings import Finding, key_findings, previous_value, small_findings, value
from ceo_desk.report.method import typical_margin
from ceo_desk.report.styles import FRAME_WIDTH, HEADER_FILL, HIGHER, LOWER, RULE, ZEBRA, styles
from ceo_desk.report.summary import quoted, show, spread


@dataclass
class BriefTable:
    head: list[str]
    rows: list[list[str]]
    directions: list[list[int]] = field(default_factory=list)   # per cell: +1 ▲, −1 ▼, 0 (for colour next to the sign)


@dataclass
class Brief:
    title: str
    subtitle: str
    intro: str
    findings: list[str]
    findings_of: list[Finding]
    small: str | None
    table_title: str
    table: BriefTable
    legend: str
    sources: list[str]
    footer: str
    findings_heading: str = ""
    sources_heading: str = ""


def _n(row, lang: str) -> str:
    return fmt_number(row["n"], 0, lang)


def reference_phrase(ctx: ReportContext) -> str:
    """'de referentiegroep', or the name the user gave it ('BMC Jeugd')."""
    return ctx.reference_words["reference"]


def finding_sentence(f: Finding, ctx: ReportContext) -> str:
    """One finding in one plain sentence (or two): the figure, n, the margin, significant or not."""
    lang, r = ctx.lang, f.row
    grade = r["kind"] == "mean"
    own, n, margin = show(r, value(r), lang), _n(r, lang), spread(r, ctx.options.confidence, lang)
    name = tr("report.brief.the_grade", lang) if grade else quoted(f.section)
    if f.kind == "ref" and grade:       # against a reference mean grade (Welch)
        return tr("stats.brief.grade_ref_higher" if f.direction > 0 else "stats.brief.grade_ref_lower", lang,
                  question=name, year=f.year, own=own, n=n, ref=reference_value(r, lang),
                  reference=reference_phrase(ctx))
    if f.kind == "ref":
        return tr("report.brief.ref_higher" if f.direction > 0 else "report.brief.ref_lower", lang, question=name,
                  year=f.year, own=own, n=n, spread=margin, ref=fmt_percent_as_given(r["ref_percent"], lang),
                  reference=reference_phrase(ctx))
    if f.kind == "change":
        key = "report.brief.change_up" if f.direction > 0 else "report.brief.change_down"
        return tr(key, lang, question=name, prev_year=f.from_year, prev=show(r, previous_value(r), lang), year=f.year,
                  own=own, n=n, spread=margin if not grade else tr("report.brief.grade_spread", lang))
    if f.kind == "trend":
        series = " → ".join(show(r, v, lang) for _, v in f.series)
        key = "report.brief.trend_up" if f.direction > 0 else "report.brief.trend_down"
        text = tr(key, lang, question=name, first=f.series[0][0], last=f.series[-1][0], series=series, n=n,
                  spread=margin if not grade else tr("report.brief.grade_spread", lang))
        if f.significant_steps:
            years = ", ".join(str(y) for y in f.significant_steps)
            return f"{text} {tr('report.brief.trend_some_sig', lang, years=years)}"
        return f"{text} {tr('report.brief.trend_none_sig', lang)}"
    # a figure with no significant result
    if not grade and present(r["diff_ref"]) and flag(r["sig_ref"]) is not None:
        return tr("report.brief.level_ref", lang, reference=reference_phrase(ctx), question=name, year=f.year, own=own, n=n, spread=margin,
                  ref=fmt_percent_as_given(r["ref_percent"], lang))
    if present(r["diff_prev"]) and flag(r["sig_prev"]) is not None:
        return tr("report.brief.level_prev", lang, question=name, year=f.year, own=own, n=n, spread=margin,
                  prev_year=int(r["prev_year"]), prev=show(r, previous_value(r), lang))
    return tr("report.brief.level", lang, question=name, year=f.year, own=own, n=n, spread=margin)


def _table(ctx: ReportContext) -> BriefTable:
    lang, year = ctx.lang, ctx.latest_year
    latest = [(s, s.row(year)) for s in ctx.sections if s.row(year) is not None]
    prevs = sorted({int(r["prev_year"]) for _, r in latest if present(r["diff_prev"])})
    prev = prevs[-1] if prevs else None
    head = [tr("col.question", lang), tr("report.brief.col_value", lang, year=year), tr("col.n", lang),
            tr("col.margin", lang), tr("col.ref_percent", lang), tr("report.brief.col_vs_ref", lang)]
    head += [tr("report.brief.col_vs_prev", lang, year=prev)] if prev else []
    out = BriefTable(head, [])
    for s, r in latest:
        hidden = bool(r["suppressed"])
        figure_text = tr("cell.hidden", lang) if hidden else show(r, value(r), lang) + ("*" if bool(r["indicative"]) else "")
        vs_ref, _ = verdict(r["diff_ref"], r["sig_ref"], lang, "ref")
        vs_prev, _ = verdict(r["diff_prev"], r["sig_prev"], lang, "prev")
        margin = "" if hidden or not present(r["margin"]) else "±" + fmt_number(r["margin"], 1, lang)
        cells = [s.title, figure_text, fmt_number(r["n"], 0, lang), margin,
                 fmt_percent_as_given(r["ref_percent"], lang), "" if hidden else vs_ref]
        signs = [0, 0, 0, 0, 0, _sign(r["diff_ref"], r["sig_ref"], hidden)]
        if prev:
            cells.append("" if hidden else vs_prev)
            signs.append(_sign(r["diff_prev"], r["sig_prev"], hidden))
        out.rows.append(cells)
        out.directions.append(signs)
    return out


def _sign(diff, sig, hidden: bool) -> int:
    if hidden or not flag(sig) or figure(diff) is None:
        return 0
    return 1 if figure(diff) > 0 else -1


def brief_content(ctx: ReportContext) -> Brief:
    lang = ctx.lang
    place = municipality_label(ctx.municipality, lang) if ctx.municipality else ""
    domain_title = ctx.title
    per_year = ", ".join(f"{y}: {fmt_number(n, 0, lang)}" for y, n in ctx.respondents.items())
    intro = tr("report.brief.intro", lang, years=years_text(ctx.years), per_year=per_year,
               reference=reference_phrase(ctx) if ctx.reference_source else tr("report.brief.no_reference", lang))
    chosen = key_findings(ctx)
    small = small_findings(ctx)
    small_text = None
    if small:
        items = ", ".join(f"{quoted(f.section)} {f.year} (n = {fmt_number(f.row['n'], 0, lang)})" if f.kind == "small"
                          else f"{quoted(f.section)} {f.year}" for f in small[:6])
        small_text = tr("report.brief.small", lang, test=ctx.options.min_n_test, report=ctx.options.min_n_report,
                        items=items)
    files = ", ".join(s.name for s in ctx.analysis.surveys)
    sources = [tr("report.brief.source_files", lang, files=files, per_year=per_year),
               tr("report.brief.source_reference", lang, name=ctx.reference_name, source=ctx.reference_source)
               if ctx.reference_source else tr("method.ref_none", lang),
               tr("report.brief.source_method", lang, alpha=fmt_alpha(ctx.options.alpha, lang),
                  margin=typical_margin(ctx)),
               tr("report.brief.source_report", lang)]
    return Brief(
        title=tr("report.brief.title", lang), subtitle=f"{domain_title}" + (f" · {place}" if place and place not in domain_title else ""),
        intro=intro, findings=[finding_sentence(f, ctx) for f in chosen], findings_of=chosen, small=small_text,
        table_title=tr("report.brief.table_title", lang, year=ctx.latest_year), table=_table(ctx),
        legend=tr("report.brief.legend", lang, alpha=fmt_alpha(ctx.options.alpha, lang)), sources=sources,
        footer=tr("report.brief.footer", lang, date=format_date(ctx.date, lang), version=__version__),
        findings_heading=tr("report.brief.findings", lang), sources_heading=tr("report.brief.sources", lang))


def pdf_column_widths(columns: int) -> list[float]:
    """The PDF table's column widths (points): the question gets what the figures leave; each header word
    ("margin", "ref. %") fits its column beside the cells' 6 pt padding on either side, so that no header
    breaks mid-word ("margi n")."""
    fixed = [46, 30, 48, 42, 84] + ([84] if columns > 6 else [])
    return [FRAME_WIDTH - sum(fixed)] + fixed


def _pdf_story(brief: Brief) -> list:
    st = styles()
    story = [Paragraph(escape(brief.title), st.h1), Paragraph(escape(brief.subtitle), st.h3),
             Paragraph(escape(brief.intro), st.body), Paragraph(escape(brief.findings_heading), st.h2)]
    for i, sentence in enumerate(brief.findings, start=1):
        story.append(Paragraph(escape(sentence), st.bullet, bulletText=f"{i}."))
    if brief.small:
        story.append(Paragraph(escape(brief.small), st.body))
    story.append(Paragraph(escape(brief.table_title), st.h2))
    data = [[Paragraph(escape(h), st.cell_bold) for h in brief.table.head]]
    data += [[Paragraph(escape(row[0]), st.cell)] + row[1:] for row in brief.table.rows]
    style = [("FONTNAME", (0, 0), (-1, -1), st.regular), ("FONTSIZE", (0, 0), (-1, -1), 8),
             ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
             ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL), ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
             ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    for i, signs in enumerate(brief.table.directions, start=1):
        if i % 2 == 0:
            style.append(("BACKGROUND", (0, i), (-1, i), ZEBRA))
        for col, sign in enumerate(signs):
            if sign:
                style.append(("TEXTCOLOR", (col, i), (col, i), HIGHER if sign > 0 else LOWER))
    table = Table(data, colWidths=pdf_column_widths(len(brief.table.head)), repeatRows=1)
    table.setStyle(TableStyle(style))
    story += [table, Spacer(1, 2), Paragraph(escape(brief.legend), st.small),
              Paragraph(escape(brief.sources_heading), st.h2)]
    story += [Paragraph(escape(text), st.small) for text in brief.sources]
    return story


def write_brief_pdf(ctx: ReportContext, target: str | Path | BinaryIO) -> Brief:
    """The brief as PDF; the PDF's date is the report date, the same inputs and date give the same bytes."""
    brief = brief_content(ctx)
    if isinstance(target, Path):
        target = str(target)
    doc = ReportDocument(target, title=f"{brief.title}: {ctx.title}", subject=tr("report.brief.subject", ctx.lang),
                         creator=f"CEO Desk {__version__}",
                         author=municipality_label(ctx.municipality, ctx.lang) if ctx.municipality else "")
    doc.build(_pdf_story(brief), canvasmaker=numbered_canvas(brief.footer, ctx.lang, ctx.date, footer_from=1))
    return brief
