"""Painting the window's tables asks each model's data() for every cell and role; none of that may
run pandas (it is what made repaints slow: 0.4 ms a call for the reference questions)."""

from __future__ import annotations

import pandas as pd
import pytest
from PySide6.QtCore import Qt

from builders import Q1, Q2, answers, survey_frame, write_reference, write_xlsx
from ceo_desk import services
from ceo_desk.gui.catalogue_models import CategoriesModel, QuestionsModel
from ceo_desk.gui.models import QuestionRowsModel, ResultsTableModel


@pytest.fixture()
def analysis(tmp_path):
    frame = survey_frame({Q1: answers(Altijd=30, Soms=20), Q2: answers(seed=1, Altijd=10, Nooit=40)})
    ref = write_reference(tmp_path / "ref.xlsx", [(Q1, 2023, 3000, 76.0), ("Een andere vraag.", 2023, 3000, 60.0)])
    outcome = services.load_files([write_xlsx(tmp_path / "s_2023.xlsx", frame)], reference=ref)
    return services.analyse(outcome.surveys, outcome.reference)


def paint(model) -> int:
    cells = 0
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole,
                         Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ForegroundRole,
                         Qt.ItemDataRole.FontRole, Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.UserRole):
                model.data(index, role)
            cells += 1
    return cells


def test_no_pandas_while_painting(qapp, analysis, monkeypatch):
    questions, categories = QuestionsModel(), CategoriesModel()
    results, rows = ResultsTableModel(), QuestionRowsModel()
    questions.set_analysis(analysis, "nl")
    categories.set_question(analysis, next(iter(analysis.catalogue)), "nl")
    results.set_results(analysis.results, analysis.years)
    rows.set_rows(analysis.results[analysis.results["question_id"] == "Q1"])

    calls = []        # recorded, not raised: data() turns exceptions into empty cells

    def watch(cls, name):
        original = getattr(cls, name)

        def watched(*args, **kwargs):
            calls.append(f"{cls.__name__}.{name}")
            return original(*args, **kwargs)
        monkeypatch.setattr(cls, name, watched)
    for name in ("__getitem__", "drop_duplicates", "to_dict", "itertuples", "iterrows", "__iter__", "__init__"):
        watch(pd.DataFrame, name)
    for name in ("__getitem__", "__init__"):
        watch(pd.Series, name)
    assert all(paint(model) for model in (questions, categories, results, rows))
    assert calls == []
