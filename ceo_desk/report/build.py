"""Assemble and write one PDF report: cover, summary, a block per question, method."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO, Callable

from reportlab.platypus import PageBreak

from ceo_desk import __version__
from ceo_desk.i18n import municipality_label, tr
from ceo_desk.model.progress import stop_if
from ceo_desk.report.breakdown import breakdown_block, breakdown_method, breakdown_summary, is_breakdown
from ceo_desk.report.context import ReportContext, build_context
from ceo_desk.report.cover import cover
from ceo_desk.report.document import ReportDocument, body_pages, heading, numbered_canvas
from ceo_desk.report.method import method
from ceo_desk.report.open_answers import open_answers_appendix
from ceo_desk.report.options import ReportOptions
from ceo_desk.report.question import question_block
from ceo_desk.report.styles import styles
from ceo_desk.report.summary import summary
from ceo_desk.stats.analysis import Analysis


def _story(ctx: ReportContext) -> list:
    story = cover(ctx) + [body_pages(), PageBreak()]
    groups = is_breakdown(ctx)
    if len(ctx.sections) > 1 or groups:
        story += summary(ctx) + (breakdown_summary(ctx) if groups else []) + [PageBreak()]
    story.append(heading(tr("question.heading", ctx.lang), styles().h1, level=0))
    block = breakdown_block if groups else question_block
    story += [block(section, number, ctx) for number, section in enumerate(ctx.sections, start=1)]
    story += [PageBreak()] + method(ctx) + (breakdown_method(ctx) if groups else [])
    return story


def build_report(analysis: Analysis, target: str | Path | BinaryIO, options: ReportOptions | None = None,
                 progress: Callable[[float], None] = lambda fraction: None,
                 cancelled: Callable[[], bool] = lambda: False) -> ReportContext:
    """Write the report to a path or binary stream; raises OperationCancelled when ``cancelled()``.

    The same analysis, options and date give the same bytes (ReportLab's invariant mode).
    """
    options = options or ReportOptions()
    ctx = build_context(analysis, options)
    total = max(len(ctx.sections), 1)
    done = 0

    def on_flowable(flowable) -> None:
        nonlocal done
        if getattr(flowable, "outline_level", None) == 1:
            done += 1
            progress(min(done / total, 1.0))
        stop_if(cancelled)

    if isinstance(target, Path):
        target = str(target)
    doc = ReportDocument(target, title=ctx.title, subject=tr("report.subject", ctx.lang),
                         creator=f"CEO Desk {__version__}",
                         author=municipality_label(ctx.municipality, ctx.lang) if ctx.municipality else "",
                         on_flowable=on_flowable)
    story = _story(ctx)
    if options.open_answers:
        appendix = open_answers_appendix(ctx, options.themes)
        if appendix:
            story += [PageBreak()] + appendix
    doc.build(story, canvasmaker=numbered_canvas(ctx.title, ctx.lang, ctx.date))
    progress(1.0)
    return ctx
