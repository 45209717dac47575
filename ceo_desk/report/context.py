"""What one report covers: the analysis narrowed to the chosen years and questions, plus its labels."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import pandas as pd

from ceo_desk.i18n import tr
from ceo_desk.model.errors import InputError
from ceo_desk.model.figures import Row, rows_of
from ceo_desk.model.options import AnalysisOptions
from ceo_desk.model.questions import Question
from ceo_desk.report.options import ReportOptions
from ceo_desk.report.sentences import reference_words
from ceo_desk.stats.analysis import Analysis


@dataclass
class Section:
    """One question (for one group, with --by): the unit that gets a chart, a table and sentences."""
    question: Question
    group: str | None
    rows: pd.DataFrame
    # The same rows by year as plain values: pandas iterates a wide frame row by row slowly, and the
    # report reads every row several times (tables, findings, summary).
    records: list[Row] = field(default_factory=list)

    def row(self, year: int) -> Row | None:
        """The section's row of ``year``, or None when the year has none."""
        return next((r for r in self.records if r["year"] == year), None)

    @property
    def title(self) -> str:
        return f"{self.question.text} ({self.group})" if self.group else self.question.text


@dataclass
class ReportContext:
    analysis: Analysis
    lang: str
    title: str
    date: dt.date
    municipality: str | None
    years: list[int]
    questions: list[Question]
    results: pd.DataFrame
    sections: list[Section]
    respondents: dict[int, int]
    reference_source: str | None
    reference_name: str = ""

    @property
    def options(self) -> AnalysisOptions:
        return self.analysis.options

    @property
    def latest_year(self) -> int:
        return self.years[-1]

    @property
    def reference_words(self) -> dict[str, str]:
        """How sentences name the reference group, as ``tr`` values (``reference``, ``Reference``)."""
        return reference_words(self.reference_name, self.lang)


def years_text(years: list[int]) -> str:
    """2022–2024 for a run of years, otherwise 2020, 2022."""
    if len(years) > 2 and years == list(range(years[0], years[-1] + 1)):
        return f"{years[0]}\u2013{years[-1]}"
    return ", ".join(str(y) for y in years)


def default_title(analysis: Analysis, years: list[int], lang: str) -> str:
    # The Wmo questionnaire uses the agreement scale, youth care the frequency scale.
    wmo = any(q.scale == "agreement" for q in analysis.catalogue.reported())
    domain = tr("report.domain.wmo" if wmo else "report.domain.jeugd", lang)
    place = f"{analysis.municipality} " if analysis.municipality else ""
    return tr("report.title", lang, domain=domain, place=place, years=years_text(years)).strip()


def _reference_source(analysis: Analysis) -> str | None:
    ref = analysis.reference
    if ref is None:
        return None
    file = ref.path.name if ref.path else ""
    if ref.name and file and ref.name != ref.path.stem:
        return f"{ref.name} ({file})"
    return file or ref.name or None


def build_context(analysis: Analysis, options: ReportOptions) -> ReportContext:
    results = analysis.results
    years = sorted(int(y) for y in results["year"].unique())
    if options.years:
        missing = sorted(set(options.years) - set(years))
        if missing:
            raise InputError(None, key="err.core.report_years",
                             params={"missing": ", ".join(map(str, missing)), "years": ", ".join(map(str, years))},
                             action_key="err.core.report_years_action")
        years = sorted(options.years)
    reported = [q for q in analysis.catalogue.reported() if q.id in set(results["question_id"])]
    if options.questions:
        wanted = set(options.questions)
        unknown = sorted(wanted - {q.id for q in reported})
        if unknown:
            raise InputError(None, key="err.core.report_question", params={"unknown": ", ".join(unknown)},
                             action_key="err.core.report_question_action")
        reported = [q for q in reported if q.id in wanted]
    ids = {q.id for q in reported}
    chosen = results[results["question_id"].isin(ids) & results["year"].isin(years)]
    if chosen.empty:
        raise InputError(None, key="err.core.report_empty", action_key="err.core.report_empty_action")
    sections = []
    by_index = dict(zip(chosen.index, rows_of(chosen)))

    def section(q: Question, group: str | None, rows: pd.DataFrame) -> Section:
        return Section(q, group, rows, [by_index[i] for i in rows.sort_values("year", kind="stable").index])

    has_groups = "group" in chosen.columns
    breakdown = "group_level" in chosen.columns      # a breakdown: one section per question, its total rows
    for q in reported:
        rows = chosen[chosen["question_id"] == q.id]
        if breakdown:
            rows = rows[rows["group_level"] == "total"]
            if not rows.empty:
                sections.append(section(q, None, rows))
        elif has_groups:
            for group, part in rows.groupby("group", sort=False):
                sections.append(section(q, str(group), part))
        elif not rows.empty:
            sections.append(section(q, None, rows))
    all_respondents = analysis.n_by_year()
    return ReportContext(
        analysis=analysis, lang=options.lang,
        title=options.title or default_title(analysis, years, options.lang),
        date=options.report_date(), municipality=analysis.municipality, years=years, questions=reported,
        results=chosen, sections=sections,
        respondents={y: all_respondents.get(y, 0) for y in years},
        reference_source=_reference_source(analysis),
        reference_name=(options.reference_name or "").strip() or tr("report.reference_default", options.lang))
