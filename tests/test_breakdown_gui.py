"""Breakdowns in the window, driven through its controls: the chooser, rows or column groups, the chart,
and nothing hidden leaves the window (cells, tooltips, Ctrl+C, chart, exports)."""

from __future__ import annotations

import os

import pandas as pd
import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402
from PySide6.QtWidgets import QFileDialog  # noqa: E402

from builders import Q1, write_reference, write_xlsx  # noqa: E402
from gui_support import TIMEOUT, app, idle, load  # noqa: E402,F401
from test_breakdown import SMALL, _check_rows, _year_frame  # noqa: E402

HIDDEN = ("62,1", "60,0", "18 van 29", "3 van 5")


@pytest.fixture
def small_files(tmp_path):
    files = [write_xlsx(tmp_path / f"jeugd_{y}.xlsx", _year_frame(y, SMALL, "doelgroep", seed=y)) for y in (2022, 2023, 2024)]
    ref = write_reference(tmp_path / "ref.xlsx", [(Q1, y, 3000, 75.0) for y in (2022, 2023, 2024)])
    return files + [ref]


def _choose_breakdown(qtbot, app, text: str) -> None:
    combo = app.window.breakdown_bar.by
    combo.setFocus()
    with qtbot.waitSignal(app.session.analysisChanged, timeout=TIMEOUT):
        target = combo.findText(text, Qt.MatchFlag.MatchContains)
        step = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
        while text not in combo.currentText():
            qtbot.keyClick(combo, step)
    idle(qtbot, app)


def _walk(node):
    yield node
    for child in getattr(node, "contents", []):
        yield from _walk(child)


def _all_texts(model) -> list[str]:
    out = []
    for r in range(model.rowCount()):
        for c in range(model.columnCount()):
            index = model.index(r, c)
            out += [str(index.data(Qt.ItemDataRole.DisplayRole) or ""), str(index.data(Qt.ItemDataRole.ToolTipRole) or "")]
    return out


def _load_side_by_side(qtbot, app, files) -> None:
    """Youth-care files with youths and parents open with the two side by side."""
    load(qtbot, app, files)
    qtbot.waitUntil(lambda: app.session.analysis.breakdown is not None, timeout=TIMEOUT)
    idle(qtbot, app)


def test_breakdown_chosen_in_the_window_hides_small_cells_everywhere(qtbot, app, small_files, tmp_path, monkeypatch):
    _load_side_by_side(qtbot, app, small_files)
    bar = app.window.breakdown_bar
    assert [bar.by.itemData(i) for i in range(bar.by.count())] == [None, "doelgroep"]
    assert bar.by.currentData() == "doelgroep"
    # everyone together, chosen with the keyboard, and back
    _choose_breakdown(qtbot, app, "niets")
    assert app.session.analysis.breakdown is None and "group" not in app.session.analysis.results
    _choose_breakdown(qtbot, app, "doelgroep")
    analysis = app.session.analysis
    assert analysis.options.by == "doelgroep" and analysis.breakdown is not None
    # groups as rows under the question
    model = app.window.results.model
    labels = [model.index(r, 1).data() for r in range(model.rowCount())]
    assert [label.rsplit("(", 1)[1] for label in labels] == ["Totaal)", "Jongere)", "Ouder/verzorger)"]
    texts = _all_texts(model)
    assert not [t for t in texts if any(h in t for h in HIDDEN)]
    # groups as column groups: chosen with the keyboard
    layout = bar.layout_choice
    layout.setFocus()
    qtbot.keyClick(layout, Qt.Key.Key_Down)
    assert app.window.group_columns.isVisible() and not app.window.results.table.isVisible()
    columns = app.window.group_columns
    headers = [columns.model.headerData(c, Qt.Orientation.Horizontal) for c in range(columns.model.columnCount())]
    assert "Jongere\nn" in headers and "Totaal\n%" in headers
    # 2023 chosen in the year box: both groups hidden (youths n = 5, parents by complementary suppression)
    year = app.window.results.year
    year.setCurrentIndex(year.findData(2023))
    row = [columns.model.index(0, c).data() for c in range(columns.model.columnCount())]
    assert row[headers.index("Totaal\nn")] == "34"
    for group in ("Jongere", "Ouder/verzorger"):
        assert row[headers.index(f"{group}\nn")] == "" and row[headers.index(f"{group}\n%")] in ("", "\u2013")
    tips = _all_texts(columns.model)
    assert not [t for t in tips if any(h in t for h in HIDDEN)]
    # Ctrl+C copies what is shown, nothing more
    columns.table.setFocus()
    columns.table.selectAll()
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(columns.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QGuiApplication.clipboard().text()
    assert "34" in copied and "\t" in copied
    assert not any(h in copied for h in HIDDEN) and "\t29\t" not in copied and "\t5\t" not in copied
    # the chart per group (the same drawing as the PDF) holds no hidden figure
    columns.table.setCurrentIndex(columns.model.index(0, 1))
    qtbot.waitUntil(lambda: app.window.question_view.chart.isVisible(), timeout=TIMEOUT)
    idle(qtbot, app)
    rendered = app.window.question_view.rendered
    sentences = app.window.question_view.sentences.text()
    assert "Jongere" in sentences or "Ouder" in sentences
    assert not any(h in sentences for h in HIDDEN)
    # the drawing behind the chart (what a chart copy carries): the groups' bars, no hidden figure
    from reportlab.graphics.shapes import String
    strings = [n.text for n in _walk(rendered.drawing) if isinstance(n, String)]
    assert "Jongere" in strings and "Ouder/verzorger" in strings
    assert not [t for t in strings if any(h in t for h in HIDDEN)]
    assert not any(h.encode() in rendered.svg for h in HIDDEN)
    shot = os.environ.get("CEO_DESK_SHOT")
    if shot:
        app.window.resize(1400, 900)
        QGuiApplication.processEvents()
        app.window.grab().save(shot)
    # the table exported from the window
    target = tmp_path / "uit" / "groepen.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    with qtbot.waitSignal(app.session.exported, timeout=TIMEOUT):
        app.window.export_table()
    frame = pd.read_csv(target)
    _check_rows(frame.astype(object).where(frame.notna(), None).to_dict("records"))


def test_category_counts_of_a_hidden_result_stay_in_the_window(qtbot, app, small_files):
    """The answer-category panel shows the counts to the researcher; Ctrl+C there copies nothing."""
    _load_side_by_side(qtbot, app, small_files)
    table = app.window.questions.category_table
    QGuiApplication.clipboard().setText("leeg")
    table.setFocus()
    table.selectAll()
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "leeg"


def test_switching_the_breakdown_back_and_forth_counts_each_grouping_once(qtbot, app, small_files, monkeypatch):
    """The chooser: the load counts everyone and the side-by-side default; switching to 'niets' and back to
    doelgroep counts nothing again (the counts are kept with the analysis) and gives the same figures."""
    from ceo_desk.stats import counts as counting
    calls = []
    original = counting.count_answers

    def counted(*args, **kwargs):
        calls.append(kwargs.get("by"))
        return original(*args, **kwargs)
    monkeypatch.setattr(counting, "count_answers", counted)
    _load_side_by_side(qtbot, app, small_files)
    assert sorted(map(str, calls)) == ["None", "doelgroep"]
    by_group = app.session.analysis.results.copy()
    _choose_breakdown(qtbot, app, "niets")
    together = app.session.analysis.results.copy()
    assert app.session.analysis.breakdown is None
    _choose_breakdown(qtbot, app, "doelgroep")
    assert len(calls) == 2                                               # nothing counted again
    pd.testing.assert_frame_equal(app.session.analysis.results, by_group)
    _choose_breakdown(qtbot, app, "niets")
    pd.testing.assert_frame_equal(app.session.analysis.results, together)
    assert len(calls) == 2


def test_plain_results_in_the_window_show_no_n_of_a_hidden_cell(qtbot, app, tmp_path):
    """Without a breakdown: Q1 2023 has 7 answers; its n, % and ± cells and their tooltips are empty."""
    from builders import Q2, answers, survey_frame
    from gui_support import cell
    f2023 = survey_frame({Q1: answers(seed=1, Altijd=5, Nooit=2, blank=53),
                          Q2: answers(seed=2, Altijd=30, Vaak=10, Soms=10, Nooit=10)}, year=2023)
    f2024 = survey_frame({Q1: answers(seed=3, Altijd=23, Vaak=10, Soms=8, Nooit=5, blank=14),
                          Q2: answers(seed=4, Altijd=25, Vaak=15, Soms=10, Nooit=10)}, year=2024)
    load(qtbot, app, [write_xlsx(tmp_path / "ceo_2023.xlsx", f2023), write_xlsx(tmp_path / "ceo_2024.xlsx", f2024)])
    model = app.window.results.model
    q1 = app.session.analysis.catalogue.find(Q1).id
    assert cell(model, q1, "2024\nn") == "46"
    for head in ("2023\nn", "2023\n%", "2023\n±"):
        assert cell(model, q1, head) in ("", "–", None), head          # a dash at most
    assert not any(text in ("7", "71,4", "5") for text in _all_texts(model))
