"""The method page's sentences about the statistical choices of issue 10 that the page does not state
itself: the difference's interval, the minimum detectable difference, the interval at 0 and 100 %,
targets, the grade against the reference, the reference without the municipality and its rounding.
Each is said only where it applies."""

from __future__ import annotations

from ceo_desk.i18n import fmt_level, fmt_percent, tr
from ceo_desk.report.cells import fmt_alpha
from ceo_desk.report.context import ReportContext


def _column_any(ctx: ReportContext, column: str) -> bool:
    return column in ctx.results and bool(ctx.results[column].fillna(False).astype(bool).any())


def statistics_lines(ctx: ReportContext) -> list[str]:
    """Sentences for the 'margins and tests' section, after the interval and the tests."""
    lang, options, analysis = ctx.lang, ctx.options, ctx.analysis
    lines = []
    if _column_any(ctx, "margin_is_interval"):
        lines.append(tr("stats.method.edge", lang))
    grade = (ctx.results["kind"] == "mean").any()
    lines.append(tr("stats.method.diff_interval_grade" if grade else "stats.method.diff_interval", lang,
                    level=fmt_level(options.confidence, lang)))
    lines.append(tr("stats.method.mdd", lang, alpha=fmt_alpha(options.alpha, lang)))
    if options.weight:
        lines.append(tr("stats.method.effective_n", lang))
    if options.by and any(year in ctx.years for year, _ in options.population):
        lines.append(tr("stats.method.fpc_groups", lang))
    if options.targets:
        targets = []
        for wanted, percent in options.targets:
            question = analysis.catalogue.find(wanted)
            targets.append(f"{question.id if question else wanted} {fmt_percent(percent, 0, lang)}")
        lines.append(tr("stats.method.target", lang, targets=", ".join(targets)))
    if "ref_mean" in ctx.results and ctx.results["ref_mean"].notna().any():
        lines.append(tr("stats.method.grade_ref", lang, **ctx.reference_words))
    return lines


def reference_lines(ctx: ReportContext) -> list[str]:
    """Sentences for the reference-group section."""
    lines = []
    if ctx.options.ref_includes_self:
        lines.append(tr("stats.method.ref_self", ctx.lang, **ctx.reference_words))
    if ctx.analysis.reference_in_whole_percent:
        lines.append(tr("stats.method.rounding", ctx.lang, **ctx.reference_words))
    return lines
