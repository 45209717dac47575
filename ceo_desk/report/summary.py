"""The one-page summary for the council: every question in the latest year, and what stands out."""

from __future__ import annotations

from collections import Counter
from xml.sax.saxutils import escape

from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from ceo_desk.i18n import fmt_margin, fmt_number, fmt_percent, fmt_percent_as_given, tr
from ceo_desk.model.figures import flag, present
from ceo_desk.report.cells import fmt_alpha, verdict
from ceo_desk.report.context import ReportContext, Section
from ceo_desk.report.document import heading
from ceo_desk.report.styles import FRAME_WIDTH, HEADER_FILL, RULE, ZEBRA, styles


def _latest(section: Section, year: int):
    rows = section.rows[section.rows["year"] == year]
    return None if rows.empty else rows.iloc[0]


def _value(row, lang: str) -> str:
    if bool(row["suppressed"]):
        return tr("cell.hidden", lang)
    if row["kind"] == "mean":
        return fmt_number(row["mean"], 1, lang)
    star = "*" if bool(row["indicative"]) else ""
    return fmt_percent(row["percent"], 1, lang) + star


def _previous_year(rows: list) -> int | None:
    years = Counter(int(r["prev_year"]) for r in rows if present(r["diff_prev"]))
    return years.most_common(1)[0][0] if years else None


def summary(ctx: ReportContext) -> list:
    st, lang, year = styles(), ctx.lang, ctx.latest_year
    latest = [(s, _latest(s, year)) for s in ctx.sections]
    latest = [(s, r) for s, r in latest if r is not None]
    prev_year = _previous_year([r for _, r in latest])
    has_prev = prev_year is not None
    story = [heading(tr("summary.heading", lang, year=year), st.h1, level=0)]
    intro = (tr("summary.intro", lang, year=year, prev=prev_year) if has_prev
             else tr("summary.intro_single", lang, year=year))
    story.append(Paragraph(escape(intro), st.body))

    head = [tr("col.question", lang), tr("col.percent", lang), tr("col.margin", lang), tr("col.ref_percent", lang),
            tr("col.vs_ref", lang)] + ([tr("col.vs_year", lang, year=prev_year)] if has_prev else [])
    data = [[Paragraph(escape(h), st.cell_bold) for h in head]]
    style = [("FONTNAME", (0, 0), (-1, -1), st.regular), ("FONTSIZE", (0, 0), (-1, -1), 8),
             ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
             ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL), ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
             ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]
    for i, (section, row) in enumerate(latest, start=1):
        vs_ref, ref_colour = verdict(row["diff_ref"], row["sig_ref"], lang, "ref")
        vs_prev, prev_colour = verdict(row["diff_prev"], row["sig_prev"], lang, "prev")
        line = [Paragraph(escape(section.title), st.cell), _value(row, lang),
                fmt_margin(row["margin"], row["ci_low"], row["ci_high"], lang),
                fmt_percent_as_given(row["ref_percent"], lang), vs_ref] + ([vs_prev] if has_prev else [])
        data.append(line)
        if i % 2 == 0:
            style.append(("BACKGROUND", (0, i), (-1, i), ZEBRA))
        if ref_colour is not None:
            style.append(("TEXTCOLOR", (4, i), (4, i), ref_colour))
        if prev_colour is not None and has_prev:
            style.append(("TEXTCOLOR", (5, i), (5, i), prev_colour))
    fixed = [46, 46, 40, 84] + ([84] if has_prev else [])
    table = Table(data, colWidths=[FRAME_WIDTH - sum(fixed)] + fixed, repeatRows=1)
    table.setStyle(TableStyle(style))
    story += [table, Spacer(1, 3),
              Paragraph(escape(tr("summary.legend", lang, alpha=fmt_alpha(ctx.options.alpha, lang))), st.small)]
    if any(bool(r["indicative"]) for _, r in latest):
        story.append(Paragraph(escape(tr("footnote.indicative", lang, test=ctx.options.min_n_test)), st.small))

    story.append(heading(tr("summary.highlights", lang), st.h2))
    for sentence in highlights(ctx, latest, prev_year):
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


def _largest_first(pairs: list, column: str) -> list:
    return sorted(pairs, key=lambda pair: -abs(float(pair[1][column])))


def _quoted(section: Section) -> str:
    return f"‘{section.title}’"


def highlights(ctx: ReportContext, latest: list, prev_year: int | None) -> list[str]:
    """Three to five sentences: above and below the reference, significant changes, small bases."""
    lang, out = ctx.lang, []
    shares = [(s, r) for s, r in latest if r["kind"] == "share" and not bool(r["suppressed"])]
    tested = [(s, r) for s, r in shares if flag(r["sig_ref"]) is not None]
    higher = _largest_first([(s, r) for s, r in tested if bool(r["sig_ref"]) and r["diff_ref"] > 0], "diff_ref")
    lower = _largest_first([(s, r) for s, r in tested if bool(r["sig_ref"]) and r["diff_ref"] < 0], "diff_ref")

    def versus(s, r):
        pair = tr("summary.versus", lang, own=fmt_percent(r["percent"], 1, lang),
                  ref=fmt_percent_as_given(r["ref_percent"], lang))
        return f"{_quoted(s)} ({pair})"

    if tested:
        if higher:
            out.append(tr("summary.higher", lang, items=_join([versus(s, r) for s, r in higher], lang)))
        if lower:
            out.append(tr("summary.lower", lang, items=_join([versus(s, r) for s, r in lower], lang)))
        if higher or lower:
            rest = len(tested) - len(higher) - len(lower)
            if rest:
                out.append(tr("summary.rest_not_sig", lang, count=rest, total=len(tested)))
        else:
            place = ctx.municipality or tr("summary.place_default", lang)
            out.append(tr("summary.none_sig", lang, place=place))

    if prev_year is not None:
        changed = _largest_first([(s, r) for s, r in latest if present(r["diff_prev"]) and flag(r["sig_prev"])],
                                 "diff_prev")

        def change(s, r):
            if r["kind"] == "mean":
                now, diff, name = float(r["mean"]), float(r["diff_prev"]), tr("summary.grade_item", lang)
                show = lambda v: fmt_number(v, 1, lang)  # noqa: E731
            else:
                now, diff, name = float(r["percent"]), float(r["diff_prev"]), _quoted(s)
                show = lambda v: fmt_percent(v, 1, lang)  # noqa: E731
            return f"{name} ({tr('summary.from_to', lang, prev=show(now - diff), own=show(now))})"

        risen = [change(s, r) for s, r in changed if r["diff_prev"] > 0]
        fallen = [change(s, r) for s, r in changed if r["diff_prev"] < 0]
        if risen:
            out.append(tr("summary.risen", lang, year=prev_year, items=_join(risen, lang)))
        if fallen:
            out.append(tr("summary.fallen", lang, year=prev_year, items=_join(fallen, lang)))
        if not changed:
            out.append(tr("summary.no_change", lang, year=prev_year))

    small = [f"{_quoted(s)} (n = {int(r['n'])})" for s, r in latest if bool(r["indicative"])]
    if small:
        out.append(tr("summary.small", lang, n=ctx.options.min_n_test, items=_join(small, lang)))
    hidden = [_quoted(s) for s, r in latest if bool(r["suppressed"])]
    if hidden:
        out.append(tr("summary.hidden", lang, n=ctx.options.min_n_report, items=_join(hidden, lang)))
    return out
