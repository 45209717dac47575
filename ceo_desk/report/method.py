"""The method page: who answered, what counts as positive, intervals and tests, reference, small bases."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.platypus import Paragraph

from ceo_desk.i18n import fmt_level, fmt_number, tr
from ceo_desk.report.cells import fmt_alpha
from ceo_desk.model.questions import Question
from ceo_desk.model.scales import SCALES, Role
from ceo_desk.report.context import ReportContext
from ceo_desk.report.document import heading
from ceo_desk.report.styles import styles
from ceo_desk.stats.significance import z_value


def _labels(labels: list[str], lang: str) -> str:
    quoted = [f"‘{label.lower()}’" for label in labels]
    if len(quoted) <= 1:
        return "".join(quoted) or "–"
    return f"{', '.join(quoted[:-1])} {tr('summary.and', lang)} {quoted[-1]}"


def _role_labels(q: Question, role: Role) -> list[str]:
    """The question's categories with this role, plus the scale's own ones no file happened to contain."""
    labels = q.labels_with(role)
    scale = SCALES.get(q.scale or "")
    if scale is not None:
        labels += [c for c in scale.categories if scale.role_of(c) is role and c not in q.categories]
    return labels


def _positive_lines(ctx: ReportContext) -> list[str]:
    """One line per way of counting, naming the questions (by number in this report) it applies to."""
    groups: dict[tuple, list[int]] = {}
    shares = [(number, q) for number, q in enumerate(ctx.questions, start=1) if q.kind == "share"]
    for number, q in shares:
        key = tuple(tuple(_role_labels(q, role)) for role in (Role.POSITIVE, Role.NEGATIVE, Role.EXCLUDED))
        groups.setdefault(key, []).append(number)
    lines = []
    for (positive, negative, excluded), numbers in groups.items():
        if len(numbers) == len(shares):
            label = tr("method.all_questions", ctx.lang)
        else:
            label = tr("method.questions" if len(numbers) > 1 else "method.question", ctx.lang,
                       numbers=", ".join(map(str, numbers)))
        lines.append(tr("method.positive", ctx.lang, questions=label, positive=_labels(list(positive), ctx.lang),
                        negative=_labels(list(negative), ctx.lang), excluded=_labels(list(excluded), ctx.lang)))
    return lines


def _reference_ranges(ctx: ReportContext) -> str:
    lang, parts = ctx.lang, []
    for year, rows in ctx.results.groupby("year"):
        n = rows["ref_n"].dropna()
        if n.empty:
            continue
        low, high = fmt_number(float(n.min()), 0, lang), fmt_number(float(n.max()), 0, lang)
        parts.append(tr("method.ref_range", lang, year=year, low=low, high=high))
    return "; ".join(parts)


def method(ctx: ReportContext) -> list:
    st, lang, options = styles(), ctx.lang, ctx.options
    story = [heading(tr("method.heading", lang), st.h1, level=0)]

    def section(title_key: str, paragraphs: list[str]) -> None:
        story.append(heading(tr(title_key, lang), st.h3))
        story.extend(Paragraph(escape(text), st.body) for text in paragraphs if text)

    per_year = ", ".join(f"{y}: {fmt_number(n, 0, lang)}" for y, n in ctx.respondents.items())
    files = ", ".join(s.name for s in ctx.analysis.surveys)
    who = [tr("method.who", lang, total=fmt_number(sum(ctx.respondents.values()), 0, lang),
              per_year=per_year, files=files)]
    who.append(tr("method.by", lang, by=options.by) if options.by else tr("method.together", lang))
    section("method.who.h", who)

    positive = _positive_lines(ctx) + [tr("method.percent", lang)]
    if any(q.kind == "mean" for q in ctx.questions):
        positive.append(tr("method.grade", lang))
    section("method.positive.h", positive)

    level = fmt_level(options.confidence, lang)
    stats = [tr("method.interval", lang, z=fmt_number(z_value(options.confidence), 2, lang), level=level),
             tr("method.tests", lang, alpha=fmt_alpha(options.alpha, lang))]
    if options.adjust != "none":
        stats.append(tr("method.adjust", lang, method=tr(f"method.adjust.{options.adjust}", lang)))
    if options.weight:
        stats.append(tr("method.weight", lang, weight=options.weight))
    section("method.stats.h", stats)

    if ctx.reference_source:
        ref = [tr("method.ref", lang, source=ctx.reference_source, ranges=_reference_ranges(ctx) or "–")]
        if options.ref_includes_self:
            ref.append(tr("method.ref_self", lang))
    else:
        ref = [tr("method.ref_none", lang)]
    section("method.ref.h", ref)
    section("method.small.h", [tr("method.small", lang, test=options.min_n_test, report=options.min_n_report)])
    return story


