"""The method page: what this report did, exactly. Who answered (by group, with n), the scales and
categories that occur in these files, weighting or its absence, intervals and tests, the
multiple-testing family, the population correction and response where known, what "niet
significant" means, the reference group and the small-base rules."""

from __future__ import annotations

from collections import Counter
from xml.sax.saxutils import escape

from reportlab.platypus import Paragraph

from ceo_desk.i18n import fmt_level, fmt_number, fmt_percent, tr
from ceo_desk.model.scales import SCALES, Role, normalise_label
from ceo_desk.model.survey import ColumnKind
from ceo_desk.model.figures import flag
from ceo_desk.report.cells import fmt_alpha
from ceo_desk.report.context import ReportContext
from ceo_desk.report.document import heading
from ceo_desk.report.method_statistics import reference_lines, statistics_lines
from ceo_desk.report.styles import styles
from ceo_desk.stats.significance import z_value

#: Columns that say who filled in the questionnaire (youth, parent, carer).
RESPONDENT_COLUMNS = ("doelgroep", "ingevuld door", "invuller", "respondenttype", "respondent type", "target group")


def _labels(labels: list[str], lang: str) -> str:
    quoted = [f"‘{label.lower()}’" for label in labels]
    if len(quoted) <= 1:
        return "".join(quoted) or "–"
    return f"{', '.join(quoted[:-1])} {tr('summary.and', lang)} {quoted[-1]}"


def _numbers(numbers: list[int], total: int, lang: str) -> str:
    if len(numbers) == total:
        return tr("method.all_questions", lang)
    return tr("method.questions" if len(numbers) > 1 else "method.question", lang, numbers=", ".join(map(str, numbers)))


def scale_lines(ctx: ReportContext) -> list[str]:
    """One line per scale and way of counting, with only the categories that occur in these files."""
    lang = ctx.lang
    groups: dict[tuple, list[int]] = {}
    shares = [(number, q) for number, q in enumerate(ctx.questions, start=1) if q.kind == "share"]
    for number, q in shares:
        key = (q.scale,) + tuple(tuple(q.labels_with(role)) for role in (Role.POSITIVE, Role.NEGATIVE, Role.EXCLUDED))
        groups.setdefault(key, []).append(number)
    lines = []
    for (scale, positive, negative, excluded), numbers in groups.items():
        known = SCALES.get(scale or "")
        name = known.name(lang) if known else tr("report.method.custom_scale", lang)
        left_out = [f"‘{label.lower()}’" for label in excluded] + [tr("report.method.blank", lang)]
        left_out_text = (f"{', '.join(left_out[:-1])} {tr('summary.and', lang)} {left_out[-1]}"
                         if len(left_out) > 1 else left_out[0])
        lines.append(tr("report.method.scale", lang, questions=_numbers(numbers, len(shares), lang), scale=name,
                        positive=_labels(list(positive), lang), negative=_labels(list(negative), lang),
                        excluded=left_out_text))
    return lines


def respondent_column(ctx: ReportContext) -> str | None:
    """The column that says who answered (named like 'doelgroep'); None with a breakdown, whose own
    method section gives the respondents per group under its disclosure rules."""
    if ctx.options.by:
        return None
    for survey in ctx.analysis.surveys:
        for name in survey.metadata_columns:
            if normalise_label(name.replace("_", " ")) in RESPONDENT_COLUMNS:
                return name
    return None


def respondents_by_group(ctx: ReportContext, column: str) -> dict[int, Counter]:
    """Respondents per year and group label, as the files label them (counted, not estimated)."""
    out: dict[int, Counter] = {year: Counter() for year in ctx.years}
    unknown = tr("report.method.unknown_group", ctx.lang)
    for survey in ctx.analysis.surveys:
        if column not in survey.metadata:
            continue
        codes, names = survey.groups(column)
        for year in ctx.years:
            mask = survey.years == year
            for code, count in Counter(codes[mask].tolist()).items():
                label = names[code] if 0 <= code < len(names) and names[code] is not None else unknown
                out[year][str(label)] += count
    return {year: counts for year, counts in out.items() if counts}


def _groups_text(ctx: ReportContext, column: str) -> str | None:
    lang = ctx.lang
    counts = respondents_by_group(ctx, column)
    if not counts:
        return None
    per_year = "; ".join(f"{year} \u2014 " + ", ".join(f"‘{label}’: {fmt_number(n, 0, lang)}"
                                                    for label, n in sorted(c.items()))
                         for year, c in counts.items())
    return tr("report.method.groups", lang, column=column, per_year=per_year)


def _population(ctx: ReportContext) -> dict[int, int]:
    """Clients who received support per year, when the analysis knows it (``options.population``)."""
    population = getattr(ctx.options, "population", None) or {}
    return {int(y): int(n) for y, n in dict(population).items() if int(y) in ctx.years and n}


def _response(ctx: ReportContext) -> str | None:
    lang, population = ctx.lang, _population(ctx)
    parts = [tr("report.method.response_year", lang, year=year, n=fmt_number(ctx.respondents.get(year, 0), 0, lang),
                population=fmt_number(n, 0, lang), rate=fmt_percent(100 * ctx.respondents.get(year, 0) / n, 0, lang))
             for year, n in population.items()]
    return tr("report.method.response", lang, per_year="; ".join(parts)) if parts else None


def weighting_text(ctx: ReportContext) -> str:
    lang = ctx.lang
    if ctx.options.weight:
        text = tr("report.method.weighted", lang, weight=ctx.options.weight)
        left_out = sum(ctx.analysis.counts.weight_left_out.values())
        if left_out:
            text += " " + tr("io_import.method_weight_left_out", lang, count=fmt_number(left_out, 0, lang))
        return text
    columns = sorted({c.name for s in ctx.analysis.surveys for c in s.columns if c.kind is ColumnKind.WEIGHT})
    if columns:
        return tr("report.method.unweighted_has", lang, columns=", ".join(f"‘{c}’" for c in columns))
    return tr("report.method.unweighted", lang)


def test_count(ctx: ReportContext) -> int:
    """How many tests the report shows (against the reference, the previous year and a target)."""
    return sum(flag(v) is not None for column in ("sig_ref", "sig_prev", "sig_target") if column in ctx.results
               for v in ctx.results[column])


def multiple_testing_text(ctx: ReportContext) -> str:
    lang, options, count = ctx.lang, ctx.options, test_count(ctx)
    if options.adjust == "none":
        return tr("report.method.no_adjust", lang, count=count)
    family = getattr(options, "adjust_family", "all")
    family_text = (tr(f"report.method.family.{family}", lang, **ctx.reference_words) if family in ("all", "year")
                   else family)
    if family == "year" and "sig_target" in ctx.results and ctx.results["sig_target"].notna().any():
        family_text = tr("stats.method.family_year_target", lang, **ctx.reference_words)      # a third kind: against the target
    return tr("report.method.adjust", lang, count=count, method=tr(f"method.adjust.{options.adjust}", lang),
              family=family_text)


def typical_margin(ctx: ReportContext) -> str:
    """The median margin of the shown percentages, rounded to whole procentpunten ('5')."""
    margins = ctx.results.loc[(ctx.results["kind"] == "share") & ~ctx.results["suppressed"].astype(bool), "margin"]
    margins = margins.dropna()
    return fmt_number(round(float(margins.median())), 0, ctx.lang) if len(margins) else "–"


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

    def section(title_key: str, paragraphs: list[str | None]) -> None:
        story.append(heading(tr(title_key, lang), st.h3))
        story.extend(Paragraph(escape(text), st.body) for text in paragraphs if text)

    per_year = ", ".join(f"{y}: {fmt_number(n, 0, lang)}" for y, n in ctx.respondents.items())
    files = ", ".join(s.name for s in ctx.analysis.surveys)
    who = [tr("report.method.who", lang, total=fmt_number(sum(ctx.respondents.values()), 0, lang),
              per_year=per_year, files=files), _response(ctx)]
    column = respondent_column(ctx)
    groups = _groups_text(ctx, column) if column else None
    who.append(groups)
    if options.by:
        who.append(tr("report.method.by", lang, by=options.by))
    else:
        who.append(tr("report.method.together" if groups else "report.method.together_all", lang))
    section("method.who.h", who)

    positive = scale_lines(ctx) + [tr("method.percent", lang)]
    if any(q.kind == "mean" for q in ctx.questions):
        positive.append(tr("method.grade", lang))
    section("method.positive.h", positive)
    section("report.method.weight.h", [weighting_text(ctx)])

    level = fmt_level(options.confidence, lang)
    alpha = fmt_alpha(options.alpha, lang)
    stats = [tr("method.interval", lang, z=fmt_number(z_value(options.confidence), 2, lang), level=level),
             tr("report.method.tests", lang, alpha=alpha, **ctx.reference_words), multiple_testing_text(ctx)]
    if _population(ctx):
        stats.append(tr("report.method.fpc", lang))
    stats += statistics_lines(ctx)
    section("method.stats.h", stats)
    section("report.method.not_sig.h", [tr("report.method.not_sig", lang, margin=typical_margin(ctx),
                                           alpha=f"α = {alpha}")])

    if ctx.reference_source:
        ref = [tr("report.method.ref", lang, name=ctx.reference_name, source=ctx.reference_source,
                  ranges=_reference_ranges(ctx) or "–", **ctx.reference_words)]
        ref += reference_lines(ctx)
    else:
        ref = [tr("method.ref_none", lang)]
    section("method.ref.h", ref)
    section("method.small.h", [tr("method.small", lang, test=options.min_n_test, report=options.min_n_report)])
    return story
