"""One question as the report and the window both show it: its rows for the chosen years, the
chart (a ReportLab Drawing), the generated sentences and the small-base notes. The PDF page and the
window's question view are built by this one function, so they cannot drift apart."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
from reportlab.graphics.shapes import Drawing

from ceo_desk.charts import question_chart
from ceo_desk.i18n import tr
from ceo_desk.model.options import AnalysisOptions
from ceo_desk.model.questions import Question
from ceo_desk.model.scales import Role
from ceo_desk.report.sentences import question_sentences


@dataclass
class QuestionView:
    question: Question
    rows: pd.DataFrame              # the results rows shown (one group, the chosen years)
    drawing: Drawing
    sentences: list[str]
    notes: list[str]


def question_rows(results: pd.DataFrame, question_id: str, years: list[int] | tuple[int, ...] | None = None,
                  group: str | None = None) -> pd.DataFrame:
    """The question's results rows for ``years`` (all when None); with groups, ``group`` or the first."""
    rows = results[results["question_id"] == question_id]
    if years:
        rows = rows[rows["year"].isin(list(years))]
    if "group" in rows and not rows.empty:
        rows = rows[rows["group"] == (group if group is not None else rows["group"].iloc[0])]
    return rows


def small_base_notes(rows: pd.DataFrame, options: AnalysisOptions, lang: str) -> list[str]:
    notes = []
    if rows["indicative"].any():
        notes.append(tr("footnote.indicative", lang, test=options.min_n_test))
    if rows["suppressed"].any() or rows["indicative"].any():
        notes.append(tr("footnote.suppressed", lang, report=options.min_n_report))
    return notes


def build_question_view(question: Question, rows: pd.DataFrame, options: AnalysisOptions, lang: str,
                        municipality: str | None, width: float, height: float, variant: int = 0,
                        reference_name: str | None = None) -> QuestionView:
    """Chart, sentences (naming the question's positive categories as the user set them) and notes.

    ``variant`` picks the sentences' phrasing (the report varies it from question to question)."""
    drawing = question_chart(rows, lang, width=width, height=height, municipality=municipality, options=options,
                             reference_name=reference_name)
    sentences = question_sentences(rows, question.text, options, lang, question.labels_with(Role.POSITIVE) or None,
                                   variant=variant, reference_name=reference_name)
    return QuestionView(question, rows, drawing, list(sentences), small_base_notes(rows, options, lang))


def category_counts(analysis, question: Question, years: list[int] | tuple[int, ...] | None = None) -> list[int | None]:
    """Answers per category of a 'share' question (all groups), over ``years`` (all when None)."""
    counts = analysis.counts.shares.get(question.key)
    if counts is None:
        return [None] * len(question.categories)
    per_year = counts.count.sum(axis=0)                    # (years, categories)
    if years:
        index = [i for i, y in enumerate(analysis.counts.years) if y in set(years)]
        per_year = per_year[index]
    totals = per_year.sum(axis=0)
    return [int(totals[i]) if i < len(totals) else None for i in range(len(question.categories))]
