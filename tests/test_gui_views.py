"""What the user sees and reaches by mouse and keyboard: frozen question columns with three years,
the choice of figures per year, Ctrl+C with the question, tooltips, 'Telt mee' of an unrecognised
column, F1, the PDF-viewer message, the chart's copy/save menu and its readable size at 1280×720."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QDesktopServices, QGuiApplication  # noqa: E402
from PySide6.QtWidgets import QFileDialog  # noqa: E402

from builders import Q1  # noqa: E402
from gui_support import (TIMEOUT, all_files, app, cell, click, column_of, data, idle, load, on_next_dialog,  # noqa: E402,F401
                         press_button, switch_language, trigger_shortcut, write_data)
from test_gui_editing import show_in_results  # noqa: E402
from ceo_desk.gui.catalogue_models import QuestionsModel  # noqa: E402
from ceo_desk.gui.settings import OPEN_PDF_AFTER_EXPORT, RESULT_FIELDS  # noqa: E402
from ceo_desk.i18n import fmt_number  # noqa: E402


def three_years(tmp_path):
    folder = write_data(tmp_path / "drie", years=(2022, 2023, 2024))
    return [folder / "ceo_2022.xlsx", folder / "ceo_2023.xlsx", folder / "ceo_2024.sav", folder / "referentie.xlsx"]


def test_question_columns_stay_in_view_and_figures_are_chosen(qtbot, app, tmp_path):
    app.window.resize(1280, 720)
    load(qtbot, app, three_years(tmp_path))
    results = app.window.results
    table, model = results.table, results.model
    # scrolled to the far right, Nr. and Vraag are still shown at the left edge
    table.horizontalScrollBar().setValue(table.horizontalScrollBar().maximum())
    qtbot.wait(50)
    assert table.horizontalScrollBar().maximum() > 0
    frozen = table.frozen
    assert frozen.isVisible() and frozen.x() <= table.frameWidth() + 1
    assert frozen.width() == table.columnWidth(0) + table.columnWidth(1)
    assert not frozen.isColumnHidden(1) and frozen.isColumnHidden(2)
    q1 = app.session.analysis.catalogue.find(Q1)
    row = results.proxy.mapFromSource(model.index(model.row_of(q1.id), 1)).row()
    assert frozen.visualRect(results.proxy.index(row, 1)).isValid()
    with qtbot.waitSignal(app.runner.finished, timeout=TIMEOUT):
        click(qtbot, frozen, results.proxy.index(row, 1))             # a click on the frozen text selects the row
    assert results.selected_question() == q1.id
    # the first year has no 'previous year' column; ± is off by default
    assert table.isColumnHidden(column_of(model, "2022\n▲▼ vorig"))
    assert not table.isColumnHidden(column_of(model, "2023\n▲▼ vorig"))
    assert table.isColumnHidden(column_of(model, "2024\n±"))
    # the figures menu: ± on, n off (remembered)
    menu = results.fields_menu
    actions = {a.text(): a for a in menu.actions()}
    actions["± foutmarge"].trigger()
    actions["n (aantal geldige antwoorden)"].trigger()
    assert not table.isColumnHidden(column_of(model, "2024\n±"))
    assert table.isColumnHidden(column_of(model, "2024\nn"))
    assert "margin" in app.prefs.get(RESULT_FIELDS) and "n" not in app.prefs.get(RESULT_FIELDS)


def test_no_reference_hides_reference_columns(qtbot, app, data):
    load(qtbot, app, [data / "ceo_2023.xlsx", data / "ceo_2024.sav"])
    model, table = app.window.results.model, app.window.results.table
    assert table.isColumnHidden(column_of(model, "2024\nref"))
    assert table.isColumnHidden(column_of(model, "2024\n▲▼ ref"))


def test_ctrl_c_copies_the_question_with_its_figures(qtbot, app, data):
    load(qtbot, app, all_files(data))
    results = app.window.results
    model = results.model
    q1 = app.session.analysis.catalogue.find(Q1)
    index = results.proxy.mapFromSource(model.index(model.row_of(q1.id), column_of(model, "2024\n%")))
    click(qtbot, results.table, index)
    idle(qtbot, app)
    QGuiApplication.clipboard().clear()
    trigger_shortcut(qtbot, results.table, "Ctrl+C")
    lines = QGuiApplication.clipboard().text().splitlines()
    assert lines[0].split("\t") == ["Nr.", "Vraag", "2024 %"]
    assert lines[1].split("\t") == [q1.id, Q1, fmt_number(100 * 70 / 150, 1, "nl")]


def test_tooltips_telt_mee_and_question_headers(qtbot, app, data):
    load(qtbot, app, all_files(data))
    model = app.window.results.model
    tips = [model.index(r, c).data(Qt.ItemDataRole.ToolTipRole) or "" for r in range(model.rowCount())
            for c in range(model.columnCount())]
    assert any("p " in t for t in tips) and not any("p = <" in t or "p = >" in t for t in tips)
    questions = app.window.questions.model
    visits = app.session.analysis.catalogue.find("Hoe vaak kwam u?")
    counted = questions.index(questions.row_of(visits.key), QuestionsModel.COLUMNS.index("counted"))
    assert counted.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert "geen bekende schaal" in counted.data(Qt.ItemDataRole.ToolTipRole)
    view = show_in_results(qtbot, app, app.session.analysis.catalogue.find(Q1).id)
    headers = [view.model.headerData(c, Qt.Orientation.Horizontal) for c in range(view.model.columnCount())]
    assert all(str(h).strip() for h in headers)
    margin_tip = view.model.headerData(headers.index("±"), Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "Wilson" in margin_tip


def test_f1_opens_the_manual(qtbot, app):
    seen = []
    on_next_dialog(lambda dialog: (seen.append(dialog.browser.toPlainText()), dialog.reject()))
    trigger_shortcut(qtbot, app.window, "F1")
    assert seen and "Wilson-interval" in seen[0] and "Telt als" in seen[0]


def test_no_pdf_viewer_says_so(qtbot, app, data, tmp_path, monkeypatch):
    load(qtbot, app, all_files(data))
    app.prefs.set(OPEN_PDF_AFTER_EXPORT, True)
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: False))
    target = tmp_path / "rapport.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    on_next_dialog(lambda dialog: press_button(dialog, "Opslaan als…"))
    with qtbot.waitSignal(app.session.exported, timeout=TIMEOUT):
        trigger_shortcut(qtbot, app.window, "Ctrl+E")
    idle(qtbot, app)
    infos = [b for b in app.boxes if b[0] == "information"]
    assert len(infos) == 1 and str(target) in infos[0][2] and "PDF-lezer" in infos[0][2]


def test_chart_copy_and_save_and_readable_size(qtbot, app, data, tmp_path, monkeypatch):
    from PySide6.QtGui import QImage
    app.window.resize(1280, 720)
    load(qtbot, app, all_files(data))
    view = show_in_results(qtbot, app, app.session.analysis.catalogue.find(Q1).id)
    chart = view.chart
    assert chart.width() >= 420 and chart.height() >= 180
    actions = {a.text(): a for a in chart.actions()}
    assert chart.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    svg, png = tmp_path / "q1.svg", tmp_path / "q1.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(svg), "")))
    actions["Opslaan als SVG…"].trigger()
    assert svg.read_bytes() == view.rendered.svg and b"<svg" in svg.read_bytes()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(png), "")))
    actions["Opslaan als PNG…"].trigger()
    image = QImage(str(png))
    assert image.width() >= 800 and abs(image.height() / image.width() - 190 / 440) < 0.02
    QGuiApplication.clipboard().clear()
    actions["Kopiëren als afbeelding"].trigger()
    assert not QGuiApplication.clipboard().image().isNull()
    assert QGuiApplication.clipboard().mimeData().hasFormat("image/svg+xml")


def _cut_off(window) -> list[str]:
    """Visible buttons and combo boxes narrower than their size hint (their text would be cut), and the
    figures button whose text, menu arrow and the style's margins on both sides do not fit (the arrow
    then covers the end of 'Cijfers')."""
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QStyle
    cut = [f"{w.__class__.__name__} {getattr(w, 'text', lambda: '')() or w.accessibleName()!r}: {w.width()} < "
           f"{w.sizeHint().width()}"
           for w in window.findChildren(QAbstractButton) + window.findChildren(QComboBox)
           if w.isVisible() and w.width() < w.sizeHint().width()]
    button = window.results.fields_button
    needed = (button.fontMetrics().horizontalAdvance(button.text().replace("&", ""))
              + button.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
              + 2 * button.style().pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, button))
    if button.width() < needed or button.geometry().right() >= button.parentWidget().width():
        cut.append(f"figures button {button.geometry()} needs {needed}")
    return cut


def test_cijfers_button_and_every_control_fit_at_1280_in_both_languages(qtbot, app, tmp_path):
    app.window.resize(1280, 720)
    load(qtbot, app, demo_files())
    idle(qtbot, app)
    assert app.window.results.fields_button.isVisible() and app.window.weights.isVisible()
    assert _cut_off(app.window) == []
    _open_answers_fit(qtbot, app)
    switch_language(qtbot, app, "English", "OK")
    app.window.resize(1280, 720)
    idle(qtbot, app)
    assert app.window.results.fields_button.text() == "Figures"
    assert _cut_off(app.window) == []
    _open_answers_fit(qtbot, app)


def _open_answers_fit(qtbot, app):
    """The open-answers tab, chosen with a click on its tab: its choosers fit too."""
    tabs = app.window.right_tabs
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    idle(qtbot, app)
    assert tabs.currentIndex() == 1 and app.window.open_answers.question_combo.isVisible()
    from PySide6.QtWidgets import QComboBox
    cut = [c.currentText() for c in app.window.open_answers.findChildren(QComboBox)
           if c.isVisible() and c.width() < c.sizeHint().width()]
    assert cut == []
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(0).center())


def demo_files():
    """The bundled demo: three years with youths and parents (the chart per group), a weight column (the
    proposal bar) and notices (the notice bar): the most the window shows above the chart."""
    from pathlib import Path
    demo = Path(__file__).resolve().parents[1] / "ceo_desk" / "resources" / "demo"      # with open answers
    return sorted(p for p in demo.iterdir() if p.suffix in (".sav", ".xlsx", ".csv"))


def _whole(widget) -> str:
    """'' when ``widget`` (the question's chart or table) is in view whole, at a readable size; else why not."""
    from ceo_desk.gui.panels.question_view import MIN_WIDTH, ChartView
    shown = widget.visibleRegion().boundingRect()
    needed = widget.drawing_rect() if isinstance(widget, ChartView) else widget.rect()
    if not widget.isVisible() or not shown.contains(needed):
        return f"{widget.accessibleName()}: {needed} drawn, {shown} in view"
    if isinstance(widget, ChartView) and needed.width() < MIN_WIDTH:
        return f"{widget.accessibleName()}: {needed.width()} px wide, unreadable below {MIN_WIDTH}"
    return ""


def _chart_whole_at(qtbot, app, size, question_rows=(0, -1)) -> list[str]:
    app.window.resize(*size)
    idle(qtbot, app)
    model, clipped = app.window.results.model, []
    for row in question_rows:
        view = show_in_results(qtbot, app, model.question_id(row % model.rowCount()))
        clipped += [f"{size} row {row}: {why}" for why in [_whole(view.chart)] if why]
    return clipped


def test_chart_whole_in_view_at_1280_and_1920_in_both_languages(qtbot, app):
    """The chosen question's chart is in view whole, without scrolling or dragging a splitter, at 1280×720
    and 1920×1080 (there with its table beside it), with the notice and weight bars shown, in Dutch and
    English: the first question (frequency) and the last (the grade)."""
    app.window.resize(1280, 720)
    load(qtbot, app, demo_files())
    window = app.window
    assert window.notices.isVisible() and window.weight_proposal.isVisible()
    assert _chart_whole_at(qtbot, app, (1280, 720)) == []
    assert _chart_whole_at(qtbot, app, (1920, 1080)) == []
    assert _whole(window.question_view.table) == ""
    switch_language(qtbot, app, "English")
    assert app.window.question_view.chart.accessibleName() == "Chart of the chosen question"
    assert _chart_whole_at(qtbot, app, (1280, 720)) == []
    assert _chart_whole_at(qtbot, app, (1920, 1080)) == []


def test_filter_by_keyboard_ctrl_f_type_and_clear(qtbot, app, data):
    """Ctrl+F puts the cursor in the filter; typed words keep the questions that hold them (number or
    text, any case); the clear button brings every question back."""
    from PySide6.QtWidgets import QToolButton
    from builders import Q2, Q3
    load(qtbot, app, all_files(data))
    results = app.window.results
    every = results.proxy.rowCount()
    trigger_shortcut(qtbot, app.window, "Ctrl+F")
    assert results.filter.hasFocus()
    qtbot.keyClicks(results.filter, "HULP")
    shown = {results.proxy.index(r, 1).data() for r in range(results.proxy.rowCount())}
    assert shown == {Q1, Q2}                                   # Q3 has no 'hulp' in it
    qtbot.keyClick(results.filter, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(results.filter, "q3")
    assert [results.proxy.index(r, 1).data() for r in range(results.proxy.rowCount())] == [Q3]
    clear = next(b for b in results.filter.findChildren(QToolButton) if b.isVisible())
    qtbot.mouseClick(clear, Qt.MouseButton.LeftButton)
    assert results.filter.text() == "" and results.proxy.rowCount() == every
