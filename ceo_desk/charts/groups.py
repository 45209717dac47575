"""The breakdown chart of one question: the total, each group and the reference group side by side.

Few groups (youths and parents, a handful of districts): per year a cluster of bars, total first,
then the groups, then the reference. Many groups (the municipalities of a region): the latest year
only, one bar per group, the total and the reference as lines across. Both draw only what the
results frame shows: a hidden cell (disclosure control) is a dash with the reason in the legend.
"""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Group, Line, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

import pandas as pd

from ceo_desk.charts.bars import (BOTTOM, reference_label, FONT_SIZE, MUNICIPALITY, REFERENCE, TEXT, _fit_size, _legend, _plot_area,
                                  _swatch_fill, _swatch_whisker, _value_bar)
from ceo_desk.charts.fonts import register_fonts
from ceo_desk.model.figures import figure
from ceo_desk.i18n import fmt_level, municipality_label, tr
from ceo_desk.model.options import AnalysisOptions

#: Group colours (Okabe–Ito, told apart also with colour-blindness); the total keeps the municipality's blue.
PALETTE = [colors.HexColor(c) for c in ("#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#0072b2",
                                        "#999933", "#882255", "#44aa99", "#6a3d9a")]
#: Up to this many bars the chart shows every year; above it, the latest year only.
MAX_CLUSTERED_BARS = 21


def group_colour(index: int):
    return PALETTE[index % len(PALETTE)]


def _value(row, grade: bool):
    if grade:
        return figure(row["mean"]), figure(row["mean_ci_low"]), figure(row["mean_ci_high"])
    return figure(row["percent"]), figure(row["ci_low"]), figure(row["ci_high"])


def breakdown_chart(rows: pd.DataFrame, groups: list[str], lang: str = "nl", width: float = 440,
                    height: float = 200, municipality: str | None = None,
                    options: AnalysisOptions | None = None, reference_name: str | None = None) -> Drawing:
    """``rows``: one question's rows of a breakdown frame (``group_level`` 'total' and 'group');
    ``reference_name`` names the reference group in the legend."""
    options = options or AnalysisOptions()
    regular, bold = register_fonts()
    grade = bool(len(rows)) and (rows["kind"] == "mean").all()
    years = sorted(int(y) for y in rows["year"].unique())
    positions = rows.groupby("group", sort=False).indices       # one pass: a filter per group (343 municipalities)
    present = [g for g in groups if g in positions]             # took seconds
    total = rows[rows["group_level"] == "total"].set_index("year")
    by_year = rows.set_index("year").copy()                     # one block per dtype: each group's rows are taken
    by_group = {g: by_year.iloc[positions[g]] for g in present}
    has_ref = not grade and total["ref_percent"].notna().any()
    drawing = Drawing(width, height)

    total_name = tr("breakdown.total", lang)
    if municipality:
        total_name = f"{total_name} ({municipality_label(municipality, lang)})"
    clustered = (len(years) * (len(present) + 1 + has_ref) <= MAX_CLUSTERED_BARS
                 and len(present) <= len(PALETTE))        # beyond that colours repeat: name the bars instead
    legend = [(total_name, _swatch_fill(MUNICIPALITY) if clustered else _swatch_line(MUNICIPALITY))]
    if clustered:                                          # otherwise each bar is named under it
        legend += [(g, _swatch_fill(group_colour(i))) for i, g in enumerate(present)]
    if has_ref:
        legend.append((reference_label(reference_name, lang), _swatch_fill(REFERENCE) if clustered else
                       _swatch_line(REFERENCE, dashed=True)))
    legend.append((tr("chart.interval", lang, level=fmt_level(options.confidence, lang)), _swatch_whisker))
    if rows["suppressed"].astype(bool).any():
        legend.append((tr("chart.breakdown.hidden", lang, n=options.min_n_report), _dash_swatch))
    legend_group, legend_height = _legend(legend, width, height, regular)
    drawing.add(legend_group)

    plot_x, plot_y, plot_w, plot_h, y_of = _plot_area(drawing, width, height, legend_height, grade, lang, regular)
    if not years:
        return drawing

    def bar(x: float, w: float, row, fill) -> None:
        if row is None:
            return
        value, low, high = _value(row, grade)
        if bool(row["suppressed"]) or value is None:
            drawing.add(String(x + w / 2, plot_y + 3, "\u2013", fontName=bold, fontSize=FONT_SIZE + 1,
                               fillColor=TEXT, textAnchor="middle"))
            return
        _value_bar(drawing, x, w, value, low, high, y_of, plot_y, fill, bool(row["indicative"]), grade,
                   regular, bold, lang)

    if clustered:
        slot = plot_w / len(years)
        per_slot = len(present) + 1 + has_ref
        bar_w = min(40.0, slot * 0.86 / per_slot)
        for i, year in enumerate(years):
            start = plot_x + slot * (i + 0.5) - bar_w * per_slot / 2
            drawing.add(String(plot_x + slot * (i + 0.5), BOTTOM - 10, str(year), fontName=bold,
                               fontSize=FONT_SIZE, fillColor=TEXT, textAnchor="middle"))
            bar(start, bar_w, total.loc[year] if year in total.index else None, MUNICIPALITY)
            for j, g in enumerate(present):
                part = by_group[g]
                bar(start + bar_w * (j + 1), bar_w, part.loc[year] if year in part.index else None,
                    group_colour(j))
            if has_ref and year in total.index and figure(total.loc[year]["ref_percent"]) is not None:
                ref = figure(total.loc[year]["ref_percent"])
                _value_bar(drawing, start + bar_w * (len(present) + 1), bar_w, ref, None, None, y_of, plot_y,
                           REFERENCE, False, grade, regular, bold, lang, reference=True)
        return drawing

    # many groups: the latest year, one bar per group, total and reference as lines across
    year = years[-1]
    present = [g for g in present if year in by_group[g].index]
    if not present:
        return drawing
    slot = plot_w / len(present)
    bar_w = min(30.0, slot * 0.7)
    for j, g in enumerate(present):
        part = by_group[g]
        centre = plot_x + slot * (j + 0.5)
        bar(centre - bar_w / 2, bar_w, part.loc[year] if year in part.index else None, group_colour(j))
        name = _short(g, present)
        size = _fit_size(name, regular, FONT_SIZE - 1, slot - 2)
        if stringWidth(name, regular, size) > slot - 2:
            name = name[: max(3, int(slot / 3.5))] + "…"
        drawing.add(String(centre, BOTTOM - 10, name, fontName=regular, fontSize=size, fillColor=TEXT,
                           textAnchor="middle"))
    drawing.add(String(plot_x + plot_w, BOTTOM - 20, str(year), fontName=bold, fontSize=FONT_SIZE, fillColor=TEXT,
                       textAnchor="end"))
    if year in total.index:
        value = _value(total.loc[year], grade)[0]
        if value is not None and not bool(total.loc[year]["suppressed"]):
            y = y_of(value)
            drawing.add(Line(plot_x, y, plot_x + plot_w, y, strokeColor=MUNICIPALITY, strokeWidth=1.2))
        ref = figure(total.loc[year]["ref_percent"]) if has_ref else None
        if ref is not None:
            y = y_of(ref)
            drawing.add(Line(plot_x, y, plot_x + plot_w, y, strokeColor=REFERENCE, strokeWidth=1.2,
                             strokeDashArray=[3, 2]))
    return drawing


def _dash_swatch(x, y, size):
    return Group(String(x + size / 2, y + 1, "\u2013", fontName=register_fonts()[1], fontSize=FONT_SIZE + 1,
                        fillColor=TEXT, textAnchor="middle"))


def _swatch_line(colour, dashed: bool = False):
    """A legend entry for a line across the chart (the total and the reference with many groups)."""
    def draw(x, y, size):
        return Group(Line(x, y + size / 2, x + size, y + size / 2, strokeColor=colour, strokeWidth=1.2,
                          strokeDashArray=[3, 2] if dashed else None))
    return draw


def _short(name: str, names: list[str]) -> str:
    """A bar's label without a first word most groups share: 'Gemeente A' reads 'A' among 'Gemeente …'."""
    first = name.split(" ", 1)
    shared = sum(n.startswith(first[0] + " ") for n in names)
    return first[1] if len(first) == 2 and shared >= max(2, 0.8 * len(names)) else name
