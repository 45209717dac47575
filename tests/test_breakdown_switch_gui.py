"""Switching the window's breakdown to a column with hundreds of groups, through the real combo box: the
results table shows every group with the right figures, and the window keeps responding meanwhile."""

from __future__ import annotations

import os
import time

import numpy as np
import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from builders import FREQ_LABELS, write_sav  # noqa: E402
from gui_support import TIMEOUT, app, column_of, idle, load  # noqa: E402,F401

YEARS = (2023, 2024)
GROUPS = 300                  # municipalities: 300 groups x 12 questions x 2 years = 7,224 result rows with the totals
PER_GROUP = 24                # respondents per municipality and year
QUESTIONS = {f"v{i:02d}": f"Stelling {i}: de hulp past bij mijn vraag." for i in range(1, 13)}
LONGEST_GAP = 1.0             # seconds the GUI thread may be busy at once (formatting every row took several)


@pytest.fixture
def regional(tmp_path):
    """One SPSS file: 300 municipalities (value labels 'Gemeente 001' …), two years, 12 frequency questions
    with 'Niet van toepassing' (5) among the answers and 9 declared user-missing."""
    rng = np.random.default_rng(15)
    n = GROUPS * PER_GROUP * len(YEARS)
    gemeente = np.tile(np.repeat(np.arange(1, GROUPS + 1), PER_GROUP), len(YEARS)).astype(float)
    jaar = np.repeat(np.asarray(YEARS), GROUPS * PER_GROUP).astype(float)
    columns = {"respnr": np.arange(1, n + 1).astype(float), "gemeente": gemeente, "jaar": jaar}
    for i, name in enumerate(QUESTIONS):
        columns[name] = rng.choice([1, 2, 3, 4, 5, 9], size=n, p=[0.35, 0.25, 0.15, 0.1, 0.1, 0.05]).astype(float)
    labels = {"gemeente": "Gemeente", "jaar": "Jaar", **QUESTIONS}
    value_labels = {"gemeente": {g: f"Gemeente {g:03d}" for g in range(1, GROUPS + 1)},
                    **{name: FREQ_LABELS for name in QUESTIONS}}
    path = write_sav(tmp_path / "regionaal.sav", {k: list(v) for k, v in columns.items()}, labels, value_labels,
                     {name: [9] for name in QUESTIONS})
    return path, columns


def _pick_with_mouse(qtbot, combo, data) -> None:
    """Open the combo box's list with a click and click the item holding ``data``, as a user does."""
    qtbot.mouseClick(combo, Qt.MouseButton.LeftButton)
    popup = combo.view()
    qtbot.waitUntil(popup.isVisible, timeout=5000)
    item = popup.model().index(combo.findData(data), 0)
    popup.scrollTo(item)
    qtbot.wait(QApplication.doubleClickInterval() + 50)    # the list ignores a release this soon after opening
    qtbot.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton, pos=popup.visualRect(item).center())


class _Gaps:
    """The longest the GUI thread let a 10 ms timer wait, between ``start`` and ``stop``."""

    def __init__(self) -> None:
        self.longest, self._last = 0.0, 0.0
        self.timer = QTimer()
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest, self._last = max(self.longest, now - self._last), now

    def start(self) -> None:
        self.longest, self._last = 0.0, time.perf_counter()
        self.timer.start(10)

    def stop(self) -> None:
        self._tick()
        self.timer.stop()


def _rows_by_label(model) -> dict[str, int]:
    return {model.index(r, 1).data(): r for r in range(model.rowCount())}


def test_switch_to_300_municipalities_shows_every_group_and_keeps_the_window_responsive(qtbot, app, regional):
    path, columns = regional
    load(qtbot, app, [path])
    combo = app.window.breakdown_bar.by
    assert combo.findData("gemeente") > 0 and combo.itemText(combo.findData("gemeente")) == "Gemeente (300)"
    assert app.session.analysis.options.by is None

    gaps = _Gaps()
    with qtbot.waitSignal(app.session.analysisChanged, timeout=TIMEOUT):
        _pick_with_mouse(qtbot, combo, "gemeente")
        gaps.start()
    idle(qtbot, app)
    qtbot.wait(50)
    gaps.stop()
    assert gaps.longest < LONGEST_GAP, f"the window did not respond for {gaps.longest:.2f} s"
    assert combo.currentData() == "gemeente" and app.session.analysis.options.by == "gemeente"

    # every question once for everyone together and once per municipality
    model = app.window.results.model
    rows = _rows_by_label(model)
    names = ["Totaal"] + [f"Gemeente {g:03d}" for g in range(1, GROUPS + 1)]
    assert set(rows) == {f"{text} ({name})" for text in QUESTIONS.values() for name in names}
    assert model.rowCount() == len(QUESTIONS) * (GROUPS + 1)

    # figures: percent positive = (Altijd + Vaak) / (Altijd + Vaak + Soms + Nooit); 'Niet van toepassing' (5)
    # and the user-missing 9 are left out of n
    def expected(question: str, group: int | None, year: int) -> tuple[str, str]:
        mask = columns["jaar"] == year
        if group is not None:
            mask &= columns["gemeente"] == group
        codes = columns[question][mask]
        positive = int(np.isin(codes, [1, 2]).sum())
        n = int(np.isin(codes, [1, 2, 3, 4]).sum())
        return f"{n:,}".replace(",", "."), f"{100 * positive / n:.1f}".replace(".", ",")

    for question, group, year in (("v01", 7, 2024), ("v12", 300, 2023), ("v05", 150, 2024), ("v03", None, 2024)):
        name = "Totaal" if group is None else f"Gemeente {group:03d}"
        row = rows[f"{QUESTIONS[question]} ({name})"]
        shown = (model.index(row, column_of(model, f"{year}\nn")).data(),
                 model.index(row, column_of(model, f"{year}\n%")).data())
        assert shown == expected(question, group, year), (question, name, year)

    # what the table view shows on screen: the first rows, formatted like the model
    view = app.window.results.table
    first = view.model().index(0, 1).data()
    assert first in rows and view.isVisible()

    shot = os.environ.get("CEO_DESK_SHOT")          # look at it: a PNG of the window with the groups as rows
    if shot:
        app.window.grab().save(shot.replace(".png", "_rows.png"))

    # the groups as columns (chosen with the keyboard): the latest year, a column group per municipality
    layout = app.window.breakdown_bar.layout_choice
    layout.setFocus()
    gaps.start()
    qtbot.keyClick(layout, Qt.Key.Key_Down)
    qtbot.waitUntil(app.window.group_columns.isVisible, timeout=TIMEOUT)
    idle(qtbot, app)
    qtbot.wait(50)
    gaps.stop()
    assert gaps.longest < LONGEST_GAP, f"the window did not respond for {gaps.longest:.2f} s"
    side = app.window.group_columns
    table = side.model
    headers = [table.headerData(c, Qt.Orientation.Horizontal) for c in range(table.columnCount())]
    assert headers[2:5] == ["Totaal\nn", "Totaal\n%", "Totaal\n▲▼"] and len(headers) == 2 + 3 * (GROUPS + 1)
    assert headers[-3] == "Gemeente 300\nn"
    assert [table.index(r, 1).data() for r in range(table.rowCount())] == list(QUESTIONS.values())
    for question, group in (("v05", 150), ("v12", 300), ("v01", 1)):
        row = [table.index(r, 1).data() for r in range(table.rowCount())].index(QUESTIONS[question])
        shown = tuple(table.index(row, headers.index(f"Gemeente {group:03d}\n{part}")).data() for part in ("n", "%"))
        assert shown == expected(question, group, 2024), (question, group)
    # every column is wide enough for its title's first line (the municipality's name)
    metrics = side.table.horizontalHeader().fontMetrics()
    assert all(side.table.columnWidth(c) >= metrics.horizontalAdvance(headers[c].split("\n")[0])
               for c in range(2, len(headers)))
    if shot:
        app.window.grab().save(shot.replace(".png", "_columns.png"))


def test_cancel_while_counting_a_new_breakdown_goes_back_to_the_results_shown(qtbot, app, regional, monkeypatch):
    """Counting a new breakdown shows the bar and Cancel; Cancel (clicked) leaves everyone together shown, the
    chooser back on it and no step to undo; choosing the breakdown again then works."""
    from ceo_desk.stats import counts as counting
    path, _ = regional
    load(qtbot, app, [path])
    window = app.window
    gate, real = [False], counting.count_answers

    def held(*args, **kwargs):          # the real count, started only once the test has clicked Cancel
        while not gate[0]:
            time.sleep(0.01)
        return real(*args, **kwargs)
    monkeypatch.setattr(counting, "count_answers", held)
    steps_before = app.session.undo_stack.count()
    _pick_with_mouse(qtbot, window.breakdown_bar.by, "gemeente")
    qtbot.waitUntil(lambda: window.cancel_button.isVisible() and window.progress.isVisible(), timeout=TIMEOUT)
    qtbot.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton)
    gate[0] = True
    idle(qtbot, app)
    assert app.session.analysis.options.by is None and "group" not in app.session.analysis.results
    assert window.breakdown_bar.by.currentData() is None
    assert app.window.results.model.rowCount() == len(QUESTIONS)
    assert app.session.undo_stack.count() == steps_before and not window.cancel_button.isVisible()
    # chosen again, it counts to the end
    monkeypatch.setattr(counting, "count_answers", real)
    with qtbot.waitSignal(app.session.analysisChanged, timeout=TIMEOUT):
        _pick_with_mouse(qtbot, window.breakdown_bar.by, "gemeente")
    idle(qtbot, app)
    assert app.session.analysis.options.by == "gemeente"
    assert app.window.results.model.rowCount() == len(QUESTIONS) * (GROUPS + 1)
    assert app.session.undo_stack.count() == steps_before + 1


def test_a_switch_draws_the_selected_questions_chart_once(qtbot, app, regional, monkeypatch):
    """With a question clicked, a breakdown switch draws its chart per group once (a refresh asked twice, and a
    chart of 300 municipalities takes about a second)."""
    from ceo_desk.gui import main_window
    from gui_support import click
    path, _ = regional
    load(qtbot, app, [path])
    results = app.window.results
    click(qtbot, results.table, results.proxy.index(2, 3))
    qtbot.waitUntil(lambda: app.window.question_view.question_id == "Q3", timeout=TIMEOUT)
    idle(qtbot, app)
    drawn, real = [], main_window.render_breakdown

    def counted(state, analysis, question_id, year, *rest):
        drawn.append((question_id, analysis.options.by))
        return real(state, analysis, question_id, year, *rest)
    monkeypatch.setattr(main_window, "render_breakdown", counted)
    with qtbot.waitSignal(app.session.analysisChanged, timeout=TIMEOUT):
        _pick_with_mouse(qtbot, app.window.breakdown_bar.by, "gemeente")
    idle(qtbot, app)
    assert drawn == [("Q3", "gemeente")]
    rendered = app.window.question_view.rendered
    assert rendered is not None and rendered.question_id == "Q3" and app.window.question_view.chart.isVisible()


def test_a_sorted_table_stays_sorted_through_a_switch_to_300_municipalities(qtbot, app, regional):
    """Sorted by 2024 % (a click on the column title, twice: highest first), the switch to the municipalities
    shows their rows in that order, highest first, and the window keeps responding (the sort no longer
    compares rows pair by pair on the GUI thread)."""
    from PySide6.QtCore import QPoint
    path, _ = regional
    load(qtbot, app, [path])
    results = app.window.results
    header = results.table.horizontalHeader()
    column = column_of(results.model, "2024\n%")
    centre = QPoint(header.sectionViewportPosition(column) + header.sectionSize(column) // 2, header.height() // 2)
    for _ in range(2):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert header.sortIndicatorSection() == column and header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder

    gaps = _Gaps()
    with qtbot.waitSignal(app.session.analysisChanged, timeout=TIMEOUT):
        _pick_with_mouse(qtbot, app.window.breakdown_bar.by, "gemeente")
        gaps.start()
    idle(qtbot, app)
    qtbot.wait(50)
    gaps.stop()
    assert gaps.longest < LONGEST_GAP, f"the window did not respond for {gaps.longest:.2f} s"
    view = results.table.model()                       # what the table shows, in its order
    assert view.rowCount() == len(QUESTIONS) * (GROUPS + 1)
    shown = [view.index(r, column).data() for r in range(view.rowCount())]
    numbers = [float(v.replace(",", ".")) for v in shown if v and v != "\u2013"]
    assert len(numbers) > 0.9 * len(shown) and numbers == sorted(numbers, reverse=True)
    assert "(Gemeente " in view.index(0, 1).data() or "(Totaal)" in view.index(0, 1).data()
