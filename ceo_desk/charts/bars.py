"""The question chart: municipality and reference group side by side per year, with intervals.

One definition for every place a chart appears: the PDF embeds the Drawing as vectors and the
window renders the same Drawing through SVG. It draws what the results table says and computes
nothing itself.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
from reportlab.graphics.shapes import Drawing, Group, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from ceo_desk.charts.fonts import register_fonts
from ceo_desk.i18n import fmt_level, fmt_number, fmt_percent, fmt_percent_as_given, municipality_label, tr
from ceo_desk.model.figures import figure, rows_of
from ceo_desk.model.options import AnalysisOptions
from ceo_desk.stats.disclosure import shown_count

MUNICIPALITY = colors.HexColor("#2e6da4")
INDICATIVE = colors.HexColor("#a9c6e3")
REFERENCE = colors.HexColor("#b7b7b7")
WHISKER = colors.HexColor("#1a1a1a")
GRID = colors.HexColor("#dddddd")
TEXT = colors.HexColor("#222222")
HATCH = colors.HexColor("#2e6da4")
TARGET = colors.HexColor("#a0522d")        # the policy target: a dashed line, named in the legend
TARGET_DASH = [4, 2]

FONT_SIZE = 7.5
LEFT, RIGHT, BOTTOM, TOP_PAD = 32, 6, 26, 8
LEGEND_ROW = 13


@dataclass(frozen=True)
class _Bar:
    """One year's figures as the chart needs them."""
    year: int
    n: int | None                 # None where disclosure control hides it
    value: float | None           # percent (0-100) or mean grade; None when suppressed or missing
    low: float | None
    high: float | None
    reference: float | None
    indicative: bool
    suppressed: bool


def _bars(rows: pd.DataFrame, grade: bool) -> list[_Bar]:
    out = []
    for r in rows_of(rows, by="year"):
        if grade:         # the reference's mean grade, when the reference table gives one (Welch's test)
            value, low, high = figure(r.mean), figure(r.mean_ci_low), figure(r.mean_ci_high)
            ref = figure(r.get("ref_mean"))
        else:
            value, low, high, ref = figure(r.percent), figure(r.ci_low), figure(r.ci_high), figure(r.ref_percent)
        out.append(_Bar(int(r.year), shown_count(r.n), value, low, high, ref, bool(r.indicative), bool(r.suppressed)))
    return out


def _fit_size(text: str, font: str, size: float, room: float) -> float:
    """Shrink the font until the text fits in `room` points (never below 5 pt)."""
    while size > 5 and stringWidth(text, font, size) > room:
        size -= 0.5
    return size


def _hatch(x: float, y: float, w: float, h: float, step: float = 4.0) -> Group:
    """Diagonal lines clipped to the rectangle: marks a bar as indicative without relying on colour."""
    group = Group()
    c = step
    while c < w + h:
        # line x' - x + (y' - y) = c, clipped to the box
        x0, y0 = (x + c, y) if c <= w else (x + w, y + c - w)
        x1, y1 = (x, y + c) if c <= h else (x + c - h, y + h)
        group.add(Line(x0, y0, x1, y1, strokeColor=HATCH, strokeWidth=0.6))
        c += step
    return group


def _legend(items: list[tuple[str, object]], width: float, top: float, font: str) -> tuple[Group, float]:
    """Legend entries left to right, wrapping to a new row when the width runs out; returns its height."""
    group = Group()
    x, y, swatch, gap = LEFT, top - LEGEND_ROW + 3, 9, 12
    for label, draw_swatch in items:
        w = swatch + 4 + stringWidth(label, font, FONT_SIZE)
        if x > LEFT and x + w > width - RIGHT:
            x, y = LEFT, y - LEGEND_ROW
        group.add(draw_swatch(x, y, swatch))
        group.add(String(x + swatch + 4, y + 1, label, fontName=font, fontSize=FONT_SIZE, fillColor=TEXT))
        x += w + gap
    return group, top - y + 4


def _swatch_fill(fill, hatched=False):
    def draw(x, y, size):
        g = Group(Rect(x, y, size, size, fillColor=fill, strokeColor=None))
        if hatched:
            g.add(_hatch(x, y, size, size, step=3))
        return g
    return draw


def _swatch_target(x, y, size):
    return Line(x, y + size / 2, x + size + 4, y + size / 2, strokeColor=TARGET, strokeWidth=1.2,
                strokeDashArray=TARGET_DASH)


def _target(rows: pd.DataFrame) -> float | None:
    """The question's policy target (percent), when one was set (--target)."""
    if "target" not in rows:
        return None
    targets = [t for t in (figure(v) for v in rows["target"]) if t is not None]
    return targets[0] if targets else None


def _swatch_whisker(x, y, size):
    mid = x + size / 2
    return Group(Line(mid, y - 1, mid, y + size + 1, strokeColor=WHISKER, strokeWidth=0.9),
                 Line(mid - 2.5, y - 1, mid + 2.5, y - 1, strokeColor=WHISKER, strokeWidth=0.9),
                 Line(mid - 2.5, y + size + 1, mid + 2.5, y + size + 1, strokeColor=WHISKER, strokeWidth=0.9))


def _plot_area(drawing: Drawing, width: float, height: float, legend_height: float, grade: bool, lang: str,
               regular: str):
    """The plot under the legend with its grid and y axis (0–100 %, or 0–10 for a grade).

    Returns ``(x, y, width, height, y_of)``: where the plot starts, its size, and value -> height."""
    top_value, step = (10.0, 2.0) if grade else (100.0, 20.0)
    plot_x, plot_y = LEFT, BOTTOM
    plot_w = width - LEFT - RIGHT
    plot_h = height - BOTTOM - legend_height - TOP_PAD

    def y_of(value: float) -> float:
        return plot_y + plot_h * max(0.0, min(value, top_value)) / top_value

    tick = 0.0
    while tick <= top_value + 1e-9:
        y = y_of(tick)
        drawing.add(Line(plot_x, y, plot_x + plot_w, y, strokeColor=GRID if tick else TEXT, strokeWidth=0.5))
        label = fmt_number(tick, 0, lang) if grade else fmt_percent(tick, 0, lang)
        drawing.add(String(plot_x - 4, y - 2.5, label, fontName=regular, fontSize=FONT_SIZE - 0.5,
                           fillColor=TEXT, textAnchor="end"))
        tick += step
    return plot_x, plot_y, plot_w, plot_h, y_of


def reference_label(name: str | None, lang: str) -> str:
    """The reference group's name in a legend: the user's name for it, else "Referentiegroep"."""
    return (name or "").strip() or tr("chart.reference", lang)


def question_chart(rows: pd.DataFrame, lang: str = "nl", width: float = 440, height: float = 190,
                   municipality: str | None = None, options: AnalysisOptions | None = None,
                   reference_name: str | None = None) -> Drawing:
    """Bar chart of one question (one group): rows are that question's rows of ``analysis.results``.

    ``reference_name`` names the reference group in the legend (``--reference-name``; default
    "Referentiegroep").

    Share questions: percent positive per year with the Wilson interval as whiskers, the reference
    group beside it; the y axis runs from 0 to 100 %. Grade questions: the mean grade (0-10) with
    its interval, and the reference's mean grade beside it when the reference gives one. Indicative years (n < min_n_test) are hatched, suppressed years are left out
    with a label saying why.
    """
    options = options or AnalysisOptions()
    regular, bold = register_fonts()
    grade = bool(len(rows)) and (rows["kind"] == "mean").all()
    bars = _bars(rows, grade)
    has_reference = any(b.reference is not None for b in bars)
    drawing = Drawing(width, height)

    level = fmt_level(options.confidence, lang)
    if grade:
        legend = [(tr("chart.grade", lang), _swatch_fill(MUNICIPALITY))]
    else:
        name = municipality_label(municipality, lang) if municipality else tr("chart.municipality_unnamed", lang)
        legend = [(name, _swatch_fill(MUNICIPALITY))]
    if has_reference:
        legend.append((reference_label(reference_name, lang), _swatch_fill(REFERENCE)))
    target = None if grade else _target(rows)
    if target is not None:
        shown = fmt_percent(target, 0 if float(target).is_integer() else 1, lang)
        legend.append((tr("stats.chart.target", lang, target=shown), _swatch_target))
    legend.append((tr("chart.interval", lang, level=level), _swatch_whisker))
    if any(b.indicative for b in bars):
        legend.append((tr("chart.indicative", lang, n=options.min_n_test), _swatch_fill(INDICATIVE, hatched=True)))
    legend_group, legend_height = _legend(legend, width, height, regular)
    drawing.add(legend_group)

    plot_x, plot_y, plot_w, plot_h, y_of = _plot_area(drawing, width, height, legend_height, grade, lang, regular)

    if not bars:
        return drawing
    slot = plot_w / len(bars)
    pair = 2 if has_reference else 1
    bar_w = min(48.0, slot * (0.36 if pair == 2 else 0.5))
    gap = 3.0
    for i, bar in enumerate(bars):
        centre = plot_x + slot * (i + 0.5)
        own_x = centre - (bar_w + gap / 2 if pair == 2 else bar_w / 2)
        ref_x = centre + gap / 2
        _year_label(drawing, bar, centre, regular, bold, lang)
        if bar.suppressed or bar.value is None:
            text = tr("chart.suppressed", lang, n=options.min_n_report) if bar.suppressed else "–"
            size = _fit_size(text, regular, FONT_SIZE - 0.5, plot_h - 6)
            label = String(0, 0, text, fontName=regular, fontSize=size, fillColor=TEXT)
            drawing.add(Group(label, transform=(0, 1, -1, 0, own_x + bar_w / 2 + size / 3, plot_y + 4)))
        else:
            _value_bar(drawing, own_x, bar_w, bar.value, bar.low, bar.high, y_of, plot_y,
                       INDICATIVE if bar.indicative else MUNICIPALITY, bar.indicative, grade, regular, bold, lang)
        if pair == 2 and bar.reference is not None:
            _value_bar(drawing, ref_x, bar_w, bar.reference, None, None, y_of, plot_y, REFERENCE, False,
                       grade, regular, bold, lang, reference=True)
    if target is not None:
        y = y_of(target)
        drawing.add(Line(plot_x, y, plot_x + plot_w, y, strokeColor=TARGET, strokeWidth=1.2,
                         strokeDashArray=TARGET_DASH))
    return drawing


def _year_label(drawing: Drawing, bar: _Bar, centre: float, regular: str, bold: str, lang: str) -> None:
    drawing.add(String(centre, BOTTOM - 10, str(bar.year), fontName=bold, fontSize=FONT_SIZE,
                       fillColor=TEXT, textAnchor="middle"))
    if bar.n is None:
        return
    n_text = tr("chart.n", lang, n=fmt_number(bar.n, 0, lang))
    drawing.add(String(centre, BOTTOM - 20, n_text, fontName=regular, fontSize=FONT_SIZE - 1,
                       fillColor=TEXT, textAnchor="middle"))


def _value_bar(drawing: Drawing, x: float, w: float, value: float, low: float | None, high: float | None,
               y_of, base: float, fill, hatched: bool, grade: bool, regular: str, bold: str, lang: str,
               reference: bool = False) -> None:
    top = y_of(value)
    drawing.add(Rect(x, base, w, top - base, fillColor=fill, strokeColor=None))
    if hatched and top - base > 1:
        drawing.add(_hatch(x, base, w, top - base))
    if low is not None and high is not None:
        mid, cap = x + w / 2, min(6.0, w * 0.3)
        y_low, y_high = y_of(low), y_of(high)
        for segment in ((mid, y_low, mid, y_high), (mid - cap, y_low, mid + cap, y_low),
                        (mid - cap, y_high, mid + cap, y_high)):
            drawing.add(Line(*segment, strokeColor=WHISKER, strokeWidth=0.9))
    if grade:
        text = fmt_number(value, 1, lang)
    else:
        text = fmt_percent_as_given(value, lang) if reference else fmt_percent(value, 1, lang)
    size = _fit_size(text, bold, FONT_SIZE, w - 2)
    lowest_line = y_of(low) if low is not None else top
    if lowest_line - base >= size + 6:
        # inside the bar, at its foot: clear of the whisker, which never reaches that low here
        light = fill is MUNICIPALITY
        if hatched:
            drawing.add(Rect(x + w / 2 - stringWidth(text, bold, size) / 2 - 1.5, base + 2.5,
                             stringWidth(text, bold, size) + 3, size + 1.5, fillColor=colors.white, strokeColor=None))
        drawing.add(String(x + w / 2, base + 4, text, fontName=bold, fontSize=size,
                           fillColor=colors.white if light else TEXT, textAnchor="middle"))
    else:
        above = max(top, y_of(high) if high is not None else top) + 2
        drawing.add(String(x + w / 2, above, text, fontName=bold, fontSize=size, fillColor=TEXT,
                           textAnchor="middle"))
