"""The summary for the council: a table of the latest year, and what stands out in every year shown."""

from __future__ import annotations

from collections import Counter
from xml.sax.saxutils import escape

from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from ceo_desk.i18n import fmt_level, fmt_margin, fmt_number, fmt_percent, fmt_percent_as_given, tr
from ceo_desk.model.figures import flag, present
from ceo_desk.report.cells import fmt_alpha, verdict, reference_value
from ceo_desk.report.context import ReportContext, Section, years_text
from ceo_desk.report.document import heading
from ceo_desk.report.findings import (Finding, change_findings, largest_first, previous_value,
                                      reference_findings, small_findings, trend_findings)
from ceo_desk.report.styles import FRAME_WIDTH, HEADER_FILL, RULE, ZEBRA, styles


def _value(row, lang: str) -> str:
    if bool(row["suppressed"]):
        return tr("cell.hidden", lang)
    if row["kind"] == "mean":
        return fmt_number(row["mean"], 1, lang)
    star = "*" if bool(row["indicative"]) else ""
    return fmt_percent(row["percent"], 1, lang) + star


def _previous(row, lang: str) -> str:
    """The previous survey's figure, as the row's own difference implies it."""
    if bool(row["suppressed"]):
        return ""
    before = previous_value(row)
    if before is None:
        return ""
    return fmt_number(before, 1, lang) if row["kind"] == "mean" else fmt_percent(before, 1, lang)


def _previous_year(rows: list) -> int | None:
    years = Counter(int(r["prev_year"]) for r in rows if present(r["diff_prev"]))
    return years.most_common(1)[0][0] if years else None


def summary(ctx: ReportContext) -> list:
    st, lang, year = styles(), ctx.lang, ctx.latest_year
    latest = [(s, s.row(year)) for s in ctx.sections]
    latest = [(s, r) for s, r in latest if r is not None]
    prev_year = _previous_year([r for _, r in latest])
    has_prev = prev_year is not None
    story = [heading(tr("summary.heading", lang, year=year), st.h1, level=0)]
    if has_prev:
        key = "report.sum.intro_years" if len(ctx.years) > 1 else "report.sum.intro_one"
        intro = tr(key, lang, year=year, prev=prev_year, years=years_text(ctx.years), **ctx.reference_words)
    else:
        intro = tr("summary.intro_single", lang, year=year, **ctx.reference_words)
    story.append(Paragraph(escape(intro), st.body))

    head = [tr("col.question", lang), tr("col.percent", lang), tr("col.margin", lang)]
    head += [tr("report.col.prev_value", lang, year=prev_year)] if has_prev else []
    head += [tr("col.ref_percent", lang), tr("report.col.vs_ref_pp", lang)]
    head += [tr("report.col.vs_year_pp", lang, year=prev_year)] if has_prev else []
    data = [[Paragraph(escape(h), st.cell_bold) for h in head]]
    style = [("FONTNAME", (0, 0), (-1, -1), st.regular), ("FONTSIZE", (0, 0), (-1, -1), 8),
             ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
             ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL), ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
             ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]
    ref_col = 5 if has_prev else 4
    for i, (section, row) in enumerate(latest, start=1):
        vs_ref, ref_colour = verdict(row["diff_ref"], row["sig_ref"], lang, "ref")
        vs_prev, prev_colour = verdict(row["diff_prev"], row["sig_prev"], lang, "prev")
        line = [Paragraph(escape(section.title), st.cell), _value(row, lang),
                fmt_margin(row["margin"], row["ci_low"], row["ci_high"], lang)]
        line += [_previous(row, lang)] if has_prev else []
        line += [reference_value(row, lang), vs_ref] + ([vs_prev] if has_prev else [])
        data.append(line)
        if i % 2 == 0:
            style.append(("BACKGROUND", (0, i), (-1, i), ZEBRA))
        if ref_colour is not None:
            style.append(("TEXTCOLOR", (ref_col, i), (ref_col, i), ref_colour))
        if prev_colour is not None and has_prev:
            style.append(("TEXTCOLOR", (ref_col + 1, i), (ref_col + 1, i), prev_colour))
    fixed = [44, 42] + ([44] if has_prev else []) + [40, 76] + ([76] if has_prev else [])
    table = Table(data, colWidths=[FRAME_WIDTH - sum(fixed)] + fixed, repeatRows=1)
    table.setStyle(TableStyle(style))
    story += [table, Spacer(1, 3),
              Paragraph(escape(tr("report.sum.legend", lang, alpha=fmt_alpha(ctx.options.alpha, lang))), st.small)]
    if any(bool(r["indicative"]) for _, r in latest):
        story.append(Paragraph(escape(tr("footnote.indicative", lang, test=ctx.options.min_n_test)), st.small))

    story.append(heading(tr("summary.highlights", lang), st.h2))
    for sentence in highlights(ctx):
        story.append(Paragraph(escape(sentence), st.bullet, bulletText="•"))
    return story


#: A highlight names at most this many questions (the largest differences first); the rest are counted.
MAX_NAMED = 4


def _join(items: list[str], lang: str) -> str:
    if len(items) > MAX_NAMED:
        items = items[:MAX_NAMED] + [tr("summary.more", lang, count=len(items) - MAX_NAMED)]
    if len(items) <= 1:
        return "".join(items)
    return f"{'; '.join(items[:-1])} {tr('summary.and', lang)} {items[-1]}"


def quoted(section: Section) -> str:
    return f"‘{section.title}’"


def show(row, figure: float, lang: str) -> str:
    """A figure of this row's kind: a percentage, or a grade."""
    return fmt_number(figure, 1, lang) if row["kind"] == "mean" else fmt_percent(figure, 1, lang)


def n_text(row, lang: str) -> str:
    return fmt_number(row["n"], 0, lang)


def spread(row, confidence: float, lang: str) -> str:
    """'marge ±5,4', or at 0 % and 100 % (where a margin reads ±0,0) the interval."""
    if present(row["margin"]):
        return tr("report.sum.margin", lang, margin=fmt_number(row["margin"], 1, lang))
    return tr("report.sum.interval", lang, level=fmt_level(confidence, lang), low=fmt_number(row["ci_low"], 1, lang),
              high=fmt_number(row["ci_high"], 1, lang))


def _ref_item(f: Finding, ctx: ReportContext) -> str:
    r, lang = f.row, ctx.lang
    if r["kind"] == "mean":          # a grade against a reference mean (Welch)
        own = fmt_number(r["mean"], 1, lang)
        spread_text = tr("stats.sum.grade_interval", lang, level=fmt_level(ctx.options.confidence, lang),
                         low=fmt_number(r["mean_ci_low"], 1, lang), high=fmt_number(r["mean_ci_high"], 1, lang))
    else:
        own, spread_text = fmt_percent(r["percent"], 1, lang), spread(r, ctx.options.confidence, lang)
    return tr("report.sum.item_ref", lang, question=quoted(f.section), own=own,
              ref=reference_value(r, lang), n=n_text(r, lang), spread=spread_text)


def _change_item(f: Finding, ctx: ReportContext) -> str:
    r, lang = f.row, ctx.lang
    before, now = show(r, previous_value(r), lang), show(r, float(r["mean"] if r["kind"] == "mean" else r["percent"]), lang)
    if r["kind"] == "mean":
        return tr("report.sum.item_grade", lang, prev=before, own=now, n=n_text(r, lang))
    return tr("report.sum.item_change", lang, question=quoted(f.section), prev=before, own=now,
              n=n_text(r, lang), spread=spread(r, ctx.options.confidence, lang))


def _trend_sentence(f: Finding, lang: str) -> str:
    series = " → ".join(f"{show(f.row, v, lang)} ({y})" for y, v in f.series)
    name = tr("report.sum.the_grade", lang) if f.row["kind"] == "mean" else quoted(f.section)
    key = "report.sum.trend_up" if f.direction > 0 else "report.sum.trend_down"
    text = tr(key, lang, question=name, first=f.series[0][0], last=f.series[-1][0], series=series)
    if f.significant_steps:
        years = _join([str(y) for y in f.significant_steps], lang)
        return f"{text} {tr('report.sum.trend_some_sig', lang, years=years)}"
    return f"{text} {tr('report.sum.trend_none_sig', lang)}"


def highlights(ctx: ReportContext) -> list[str]:
    """What stands out in every year shown: the reference, changes between years, trends, small bases."""
    lang, out, latest, words = ctx.lang, [], ctx.latest_year, ctx.reference_words
    place = ctx.municipality or tr("summary.place_default", lang)
    refs = reference_findings(ctx)
    rows = [r for s in ctx.sections for r in s.records if r["year"] == latest]
    tested_latest = [r for r in rows if r["kind"] == "share" and not bool(r["suppressed"])
                     and flag(r["sig_ref"]) is not None]
    any_reference = ctx.results["ref_percent"].notna().any()
    for year in reversed(ctx.years):
        in_year = [f for f in refs if f.year == year]
        higher = largest_first([f for f in in_year if f.direction > 0])
        lower = largest_first([f for f in in_year if f.direction < 0])
        if higher:
            out.append(tr("report.sum.higher", lang, **words, year=year, items=_join([_ref_item(f, ctx) for f in higher], lang)))
        if lower:
            out.append(tr("report.sum.lower", lang, **words, year=year, items=_join([_ref_item(f, ctx) for f in lower], lang)))
        if year == latest and tested_latest:
            if in_year:
                rest = len(tested_latest) - len(in_year)
                if rest:
                    out.append(tr("report.sum.rest", lang, **words, count=rest, total=len(tested_latest), year=year))
            elif refs:
                out.append(tr("report.sum.none_latest", lang, year=year, place=place, **words))
    if any_reference and not refs:
        out.append(tr("report.sum.none_ever", lang, years=years_text(ctx.years), place=place, **words)
                   if len(ctx.years) > 1 else tr("report.sum.none_latest", lang, year=latest, place=place, **words))

    changes = change_findings(ctx)
    pairs = sorted({(f.from_year, f.year) for f in changes}, key=lambda p: (-p[1], -p[0]))
    for prev, year in pairs:
        in_pair = [f for f in changes if (f.from_year, f.year) == (prev, year)]
        risen = largest_first([f for f in in_pair if f.direction > 0])
        fallen = largest_first([f for f in in_pair if f.direction < 0])
        if risen:
            out.append(tr("report.sum.risen", lang, prev=prev, year=year,
                          items=_join([_change_item(f, ctx) for f in risen], lang)))
        if fallen:
            out.append(tr("report.sum.fallen", lang, prev=prev, year=year,
                          items=_join([_change_item(f, ctx) for f in fallen], lang)))
    compared = ctx.results["diff_prev"].notna().any()
    if compared and not changes:
        prevs = sorted({int(y) for y in ctx.results["prev_year"].dropna()})
        out.append(tr("report.sum.no_change_one", lang, prev=prevs[0]) if len(prevs) == 1
                   else tr("report.sum.no_change", lang))

    out += [_trend_sentence(f, lang) for f in largest_first(trend_findings(ctx))]

    small = small_findings(ctx)
    indicative = [tr("report.sum.item_small", lang, question=quoted(f.section), year=f.year, n=n_text(f.row, lang))
                  for f in small if f.kind == "small"]
    if indicative:
        out.append(tr("report.sum.small", lang, n=ctx.options.min_n_test, items=_join(indicative, lang)))
    hidden = [tr("report.sum.item_hidden", lang, question=quoted(f.section), year=f.year)
              for f in small if f.kind == "hidden"]
    if hidden:
        out.append(tr("report.sum.hidden", lang, n=ctx.options.min_n_report, items=_join(hidden, lang)))
    return out
