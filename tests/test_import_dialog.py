"""The import dialog, driven through its controls: the program's reading pre-filled, candidates marked, a role
chosen in a column's chooser changes the preview, the header row moved, confirmed; and in the window: an
ambiguous reference dropped opens the dialog, the confirmation loads it, is kept in the project and is
remembered for the next file with the same header row."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QDialogButtonBox  # noqa: E402

from builders import Q1, Q2, Q3, answers, survey_frame, write_xlsx  # noqa: E402
from gui_support import app, drop, idle, on_next_dialog, TIMEOUT  # noqa: E402,F401
from test_gui_language import choose_in_combo  # noqa: E402
from ceo_desk.gui.import_dialog import ImportDialog  # noqa: E402
from ceo_desk.io.registry import read_raw  # noqa: E402
from ceo_desk.model.scales import normalise_text  # noqa: E402

# a long reference table with two unnamed whole-number columns: C (n, small) and D (percent)
ROWS = [(Q1, 2023, 45, 76), (Q2, 2023, 60, 81), (Q3, 2023, 52, 64)]


def write_ambiguous(path, title=False):
    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active
    if title:
        ws.append(["Benchmark BMC 2023"])
        ws.append([])
    ws.append(["Stelling", "Jaar", "Kolom C", "Kolom D"])
    for row in ROWS:
        ws.append(list(row))
    wb.save(path)
    return path


def choose(qtbot, combo, label):
    """Pick ``label`` in a role chooser with the keyboard, as a user tabbing through the columns does."""
    choose_in_combo(qtbot, combo, label)


def preview_rows(dialog):
    t = dialog.table
    return [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]


def test_dialog_marks_candidates_and_a_choice_changes_the_preview(qtbot, tmp_path):
    raw = read_raw(write_ambiguous(tmp_path / "ref.xlsx", title=True))
    dialog = ImportDialog(raw, {normalise_text(Q1): Q1, normalise_text(Q2): Q2})
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    # the program's reading: question and year filled in, C and D both candidates for the percentage
    assert dialog.header_spin.value() == 3                        # title line and blank row skipped
    assert dialog.chooser("A").currentData() == "question" and dialog.chooser("B").currentData() == "year"
    assert dialog.chooser("C").property("candidate") and dialog.chooser("D").property("candidate")
    assert "--reference-columns percent=C" in dialog.status.text() and not ok.isEnabled()
    assert dialog.table.rowCount() == 0
    choose(qtbot, dialog.chooser("D"), "Percentage positief")
    qtbot.waitUntil(ok.isEnabled, timeout=5000)
    assert preview_rows(dialog) == [[Q1, "2023", "45", "76,0", Q1], [Q2, "2023", "60", "81,0", Q2],
                                    [Q3, "2023", "52", "64,0", "—"]]
    # the other way round: C is the percentage, D then is n (whole numbers) — the preview follows
    choose(qtbot, dialog.chooser("C"), "Percentage positief")
    choose(qtbot, dialog.chooser("D"), "n (aantal)")
    assert dialog.chooser("D").currentData() == "n"
    assert [r[2:4] for r in preview_rows(dialog)] == [["76", "45,0"], ["81", "60,0"], ["64", "52,0"]]
    assert dialog.columns() == {"question": "A", "year": "B", "percent": "C", "n": "D"}
    # choosing the header row by hand: row 1 is the title, so nothing reads
    qtbot.keyClick(dialog.header_spin, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.header_spin, Qt.Key.Key_Down)
    assert dialog.header_spin.value() == 1 and not ok.isEnabled()
    qtbot.keyClick(dialog.header_spin, Qt.Key.Key_Up)
    qtbot.keyClick(dialog.header_spin, Qt.Key.Key_Up)
    assert dialog.header_spin.value() == 3
    choose(qtbot, dialog.chooser("D"), "Percentage positief")
    qtbot.waitUntil(ok.isEnabled, timeout=5000)
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.layout_entry() == {"columns": {"question": "A", "year": "B", "percent": "D"}, "header_row": 3}


def test_a_fixed_year_for_a_table_without_years(qtbot, tmp_path):
    from openpyxl import Workbook
    wb = Workbook()
    wb.active.append(["Vraag", "N", "Percentage positief"])
    for q, _, n, p in ROWS:
        wb.active.append([q, n * 100, p + 0.5])
    wb.save(tmp_path / "r.xlsx")
    dialog = ImportDialog(read_raw(tmp_path / "r.xlsx"))
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and "year" in dialog.status.text()
    dialog.year_spin.setFocus()
    qtbot.keyClick(dialog.year_spin.lineEdit(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.year_spin.lineEdit(), "2023")
    qtbot.keyClick(dialog.year_spin.lineEdit(), Qt.Key.Key_Return)
    qtbot.waitUntil(ok.isEnabled, timeout=5000)
    assert [r[1:4] for r in preview_rows(dialog)] == [["2023", "4.500", "76,5"], ["2023", "6.000", "81,5"],
                                                      ["2023", "5.200", "64,5"]]


def test_window_opens_the_dialog_for_an_ambiguous_reference_and_remembers(qtbot, app, tmp_path):
    survey = write_xlsx(tmp_path / "ceo_2023.xlsx", survey_frame({Q1: answers(Altijd=30, Soms=10),
                                                                 Q2: answers(Vaak=25, Nooit=15)}, year=2023))
    ref = write_ambiguous(tmp_path / "benchmark_2023.xlsx")
    seen = []

    def confirm(dialog):
        seen.append(preview_rows(dialog))
        choose(qtbot, dialog.chooser("D"), "Percentage positief")
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    on_next_dialog(confirm, kind=ImportDialog, timeout_ms=TIMEOUT)
    with qtbot.waitSignal(app.session.analysisChanged, timeout=TIMEOUT):
        drop(app.window, [survey, ref])
    qtbot.waitUntil(lambda: app.session.analysis is not None and app.session.analysis.reference is not None,
                    timeout=TIMEOUT)
    idle(qtbot, app)
    reference = app.session.analysis.reference
    assert seen == [[]]                                   # the dialog opened with nothing read yet
    assert reference.frame.percent.tolist() == [76.0, 81.0, 64.0] and reference.frame.n.tolist() == [45, 60, 52]
    results = app.session.analysis.results.set_index("question")
    assert results.loc[Q1, "ref_percent"] == 76.0
    layouts = app.session.overrides.layouts
    assert list(layouts.values()) == [{"columns": {"question": "A", "year": "B", "percent": "D"}, "header_row": 1}]
    # kept in the project
    from ceo_desk.project import load_project, save_project
    save_project(app.session.project(), tmp_path / "p.ceoproj.json")
    assert load_project(tmp_path / "p.ceoproj.json").overrides.layouts == layouts
    # next year's file with the same header row opens without asking
    nxt = write_ambiguous(tmp_path / "benchmark_2024.xlsx")
    with qtbot.waitSignal(app.session.analysisChanged, timeout=TIMEOUT):
        drop(app.window, [nxt])                           # dropped as a user does
    idle(qtbot, app)
    assert app.session.analysis.reference.path == nxt
    assert app.session.analysis.reference.frame.percent.tolist() == [76.0, 81.0, 64.0]


def test_every_shape_dropped_on_the_window_reads_as_through_the_command_line(qtbot, app, tmp_path):
    """The agency shapes of test_reference_shapes, dropped on the window one after the other: the window's
    reference table is the one ``--reference`` reads, value by value."""
    from test_reference_shapes import SHAPES, _shape_files, got
    from ceo_desk.io import read_reference
    files = _shape_files(tmp_path)
    survey = write_xlsx(tmp_path / "ceo_2023.xlsx", survey_frame({Q1: answers(Altijd=30, Soms=10)}, year=2023))
    with qtbot.waitSignal(app.session.analysisChanged, timeout=TIMEOUT):
        drop(app.window, [survey])
    idle(qtbot, app)
    for shape in SHAPES:
        with qtbot.waitSignal(app.session.analysisChanged, timeout=TIMEOUT):
            drop(app.window, [files[shape]])
        idle(qtbot, app)
        reference = app.session.analysis.reference
        assert reference.path == files[shape], shape
        assert got(reference) == got(read_reference(files[shape])), shape
    assert not app.boxes
