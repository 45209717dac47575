"""What stands out in a report, read from the results table for every year it shows.

Significant differences from the reference group in any year, significant changes between years,
steady rises and falls over three or more years, small and hidden bases. Nothing is tested here:
every claim is a flag or a difference the analysis already put in the table.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from ceo_desk.model.figures import flag, present
from ceo_desk.report.context import ReportContext, Section

#: A change that rounds to zero at one decimal is no rise or fall.
ZERO = 0.05
#: A steady rise or fall spans at least this many years.
TREND_YEARS = 3


@dataclass(frozen=True)
class Finding:
    """One thing worth saying. ``row`` is the results row of ``year`` (for a trend: its last year).

    kind: "ref" (differs from the reference), "change" (from ``from_year`` to ``year``), "trend"
    (``series`` of (year, value) moving one way), "level" (a figure without a significant result),
    "small" (indicative: too few answers for a test), "hidden" (too few answers to show).
    """
    kind: str
    section: Section
    number: int
    year: int
    row: pd.Series
    direction: int = 0
    significant: bool | None = None
    from_year: int | None = None
    series: tuple[tuple[int, float], ...] = ()
    significant_steps: tuple[int, ...] = ()      # years whose change from the year before is significant

    @property
    def size(self) -> float:
        """How large the difference is (procentpunt, or points for a grade), for ordering."""
        if self.kind == "ref":
            return abs(float(self.row["diff_ref"]))
        if self.kind == "change":
            return abs(float(self.row["diff_prev"]))
        if self.kind == "trend":
            return abs(self.series[-1][1] - self.series[0][1])
        if self.kind == "level" and present(self.row["diff_ref"]):
            return abs(float(self.row["diff_ref"]))
        return 0.0


def value(row) -> float:
    """The figure of a row: the percentage, or the mean for a grade."""
    return float(row["mean"] if row["kind"] == "mean" else row["percent"])


def previous_value(row) -> float | None:
    """The previous survey's figure, from the row's own difference (the table holds no other copy)."""
    if not present(row["diff_prev"]) or not present(row["mean"] if row["kind"] == "mean" else row["percent"]):
        return None
    return value(row) - float(row["diff_prev"])


def _shown(section: Section) -> list:
    return [r for r in section.records if not bool(r["suppressed"])]


def _sign(diff: float) -> int:
    return 0 if abs(diff) < ZERO else (1 if diff > 0 else -1)


def reference_findings(ctx: ReportContext) -> list[Finding]:
    """Every shown year in which a question differs significantly from the reference group."""
    out = []
    for number, section in enumerate(ctx.sections, start=1):
        for row in _shown(section):
            if present(row["diff_ref"]) and flag(row["sig_ref"]):      # a share, or a grade against a mean
                out.append(Finding("ref", section, number, int(row["year"]), row,
                                   direction=1 if float(row["diff_ref"]) > 0 else -1, significant=True))
    return out


def change_findings(ctx: ReportContext) -> list[Finding]:
    """Every significant change from one survey to the next (the previous survey may lie before the report)."""
    out = []
    for number, section in enumerate(ctx.sections, start=1):
        for row in _shown(section):
            if present(row["diff_prev"]) and flag(row["sig_prev"]) and _sign(float(row["diff_prev"])):
                out.append(Finding("change", section, number, int(row["year"]), row,
                                   direction=_sign(float(row["diff_prev"])), significant=True,
                                   from_year=int(row["prev_year"])))
    return out


def trend_findings(ctx: ReportContext, years: int = TREND_YEARS) -> list[Finding]:
    """Runs of at least ``years`` shown, consecutive surveys in which a figure moved the same way each time."""
    out = []
    for number, section in enumerate(ctx.sections, start=1):
        rows = _shown(section)
        run: list = rows[:1]
        direction = 0
        for before, row in zip(rows, rows[1:]):
            linked = present(row["diff_prev"]) and pd.notna(row["prev_year"]) and int(row["prev_year"]) == int(before["year"])
            step = _sign(float(row["diff_prev"])) if linked else 0
            if step and step == direction:
                run.append(row)
                continue
            if len(run) >= years:
                out.append(_trend(section, number, run, direction))
            run, direction = ([before, row], step) if step else ([row], 0)
        if len(run) >= years:
            out.append(_trend(section, number, run, direction))
    return out


def _trend(section: Section, number: int, run: list, direction: int) -> Finding:
    last = run[-1]
    steps = tuple(int(r["year"]) for r in run[1:] if flag(r["sig_prev"]))
    return Finding("trend", section, number, int(last["year"]), last, direction=direction,
                   significant=bool(steps), from_year=int(run[0]["year"]),
                   series=tuple((int(r["year"]), value(r)) for r in run), significant_steps=steps)


def small_findings(ctx: ReportContext) -> list[Finding]:
    """Figures shown as indicative (too few answers for a test) and figures not shown at all, per year."""
    out = []
    for number, section in enumerate(ctx.sections, start=1):
        for row in section.records:
            if bool(row["suppressed"]):
                out.append(Finding("hidden", section, number, int(row["year"]), row))
            elif bool(row["indicative"]):
                out.append(Finding("small", section, number, int(row["year"]), row))
    return out


def level_findings(ctx: ReportContext, year: int) -> list[Finding]:
    """The tested figures of ``year`` that differ from nothing significantly, largest difference first."""
    out = []
    for number, section in enumerate(ctx.sections, start=1):
        row = section.row(year)
        if row is None:
            continue
        if bool(row["suppressed"]) or bool(row["indicative"]) or flag(row["sig_ref"]) or flag(row["sig_prev"]):
            continue
        out.append(Finding("level", section, number, year, row, significant=False))
    return sorted(out, key=lambda f: -f.size)


def largest_first(findings: list[Finding]) -> list[Finding]:
    return sorted(findings, key=lambda f: -f.size)


def key_findings(ctx: ReportContext, most: int = 8, least: int = 5) -> list[Finding]:
    """The findings a council member should read, most important first: ``least`` to ``most`` of them.

    Order: the latest year against the reference, the latest changes, steady rises and falls with a
    significant step, earlier years against the reference and earlier changes, steady rises and falls
    without one; then, to reach ``least``, the latest
    year's largest differences that are not significant (said so). Small bases are flagged apart.
    """
    latest = ctx.latest_year
    refs, changes = reference_findings(ctx), change_findings(ctx)
    trends = largest_first(trend_findings(ctx))
    ordered = (largest_first([f for f in refs if f.year == latest])
               + largest_first([f for f in changes if f.year == latest])
               + [f for f in trends if f.significant_steps]
               + sorted(largest_first([f for f in refs if f.year != latest]), key=lambda f: -f.year)
               + sorted(largest_first([f for f in changes if f.year != latest]), key=lambda f: -f.year)
               + [f for f in trends if not f.significant_steps])
    chosen = ordered[:most]
    if len(chosen) < least:
        named = {(f.section.title, f.year) for f in chosen}
        fill = [f for f in level_findings(ctx, latest) if (f.section.title, f.year) not in named]
        chosen += fill[:least - len(chosen)]
    return chosen
