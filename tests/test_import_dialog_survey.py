"""The import dialog for survey files, driven through its controls: the header row moved, a role chosen in a
column's chooser, the preview following, confirmed, the results in the window. What the user confirms is kept
in the project and remembered in the user's settings: next year's file opens without asking, in a new project
and in a new run of the program. ``gui --screenshot`` never waits on the dialog."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QDialogButtonBox  # noqa: E402

from gui_support import (TIMEOUT, app, cell, choose_in_combo, drop, idle, make_application,  # noqa: E402,F401
                         on_next_dialog, shutdown)
from test_import_survey_settings import A1, CLUSTER, HEADERS, WEIGHTS, weighted_share, write_odd_xlsx  # noqa: E402
from ceo_desk.gui.import_dialog import SURVEY, ImportDialog  # noqa: E402
from ceo_desk.i18n import fmt_number  # noqa: E402
from ceo_desk.io.registry import read_raw  # noqa: E402
from builders import Q1, Q2  # noqa: E402

WEIGHTED_Q1 = weighted_share(A1, WEIGHTS, {"Altijd", "Vaak"})


def columns_read(dialog):
    t = dialog.table
    return [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]


def ok_button(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def header_row_to(qtbot, dialog, row):
    """Step the header-row box with the arrow keys, as a user does."""
    key = Qt.Key.Key_Up if row > dialog.header_spin.value() else Qt.Key.Key_Down
    while dialog.header_spin.value() != row:
        qtbot.keyClick(dialog.header_spin, key)


def settle_odd_file(qtbot, dialog):
    """Header row 4, 'Meetmoment' the year, 'Cluster' background, 'factor' the weight."""
    header_row_to(qtbot, dialog, 4)
    choose_in_combo(qtbot, dialog.chooser("B"), "Jaar")
    choose_in_combo(qtbot, dialog.chooser("C"), "Achtergrond (groepen)")
    choose_in_combo(qtbot, dialog.chooser("F"), "Weegfactor")


def double_click_and_wait(qtbot, app, tree, item):
    """Open a loaded file's import settings as a user does (click, double-click its row) and wait for the
    analysis the confirmed dialog brings."""
    rect = tree.visualItemRect(item)
    with qtbot.waitSignal(app.session.analysisChanged, timeout=TIMEOUT):
        qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    idle(qtbot, app)


def test_header_row_and_roles_change_the_preview(qtbot, tmp_path):
    dialog = ImportDialog(read_raw(write_odd_xlsx(tmp_path / "odd.xlsx")), kind=SURVEY)
    qtbot.addWidget(dialog)
    dialog.show()
    ok = ok_button(dialog)
    # the program's reading: the title line taken as the header, no year: nothing to import yet
    assert dialog.header_spin.value() == 1 and not ok.isEnabled()
    assert "--year odd.xlsx=" in dialog.status.text()
    assert columns_read(dialog)[0][0] == "Cliëntervaringsonderzoek Jeugd"
    header_row_to(qtbot, dialog, 4)
    assert [r[0] for r in columns_read(dialog)] == HEADERS and not ok.isEnabled()
    assert columns_read(dialog)[3] == [Q1, "Vraag", "antwoorden: Altijd 12 · Vaak 8 · Soms 6 · Nooit 4"]
    choose_in_combo(qtbot, dialog.chooser("B"), "Jaar")
    qtbot.waitUntil(ok.isEnabled, timeout=5000)
    assert columns_read(dialog)[1] == ["Meetmoment", "Jaar", "jaren: 2023 (30)"]
    assert dialog.status.text().startswith("Respondenten: 30; jaar: 2023; vragen: 2")
    choose_in_combo(qtbot, dialog.chooser("C"), "Achtergrond (groepen)")
    assert columns_read(dialog)[2] == ["Cluster", "Achtergrond (groepen)", "2 groepen: Zuid, Noord"]
    choose_in_combo(qtbot, dialog.chooser("F"), "Jaar")                # two year columns: not accepted
    assert "Meer dan één kolom heeft de rol 'Jaar'" in dialog.status.text() and not ok.isEnabled()
    choose_in_combo(qtbot, dialog.chooser("F"), "Weegfactor")
    qtbot.waitUntil(ok.isEnabled, timeout=5000)
    assert columns_read(dialog)[5] == ["factor", "Weegfactor", "weegfactor (3 leeg of 0: buiten de gewogen cijfers)"]
    choose_in_combo(qtbot, dialog.chooser("E"), "— niet gebruiken")
    assert columns_read(dialog)[4][1:] == ["— niet gebruiken", "niet gebruikt"]
    assert "vragen: 1;" in dialog.status.text()
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.survey_choice() == {"header_row": 4, "year": "Meetmoment", "weight": "factor",
                                      "roles": {"Meetmoment": "year", "Cluster": "background", "factor": "weight",
                                                Q2: "ignore"}}


def test_window_asks_reads_keeps_and_remembers(qtbot, app, tmp_path, monkeypatch):
    path = write_odd_xlsx(tmp_path / "odd.xlsx")
    seen = []

    def confirm(dialog):
        seen.append(dialog.status.text())
        settle_odd_file(qtbot, dialog)
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    on_next_dialog(confirm, kind=ImportDialog, timeout_ms=TIMEOUT)
    drop(app.window, [path])
    qtbot.waitUntil(lambda: app.session.analysis is not None, timeout=TIMEOUT)
    idle(qtbot, app)
    assert len(seen) == 1 and "odd.xlsx" in seen[0] and not app.boxes
    analysis = app.session.analysis
    assert analysis.options.weight == "factor"
    # the window shows the weighted figure, as written out: sum of weights positive / sum of weights valid
    qid = analysis.results.set_index("question").loc[Q1, "question_id"]
    assert cell(app.window.results.model, qid, "2023\n%") == fmt_number(WEIGHTED_Q1, 1, "nl")
    # the background column of an unknown name is offered for a breakdown, the weight in the weight chooser
    by = app.window.breakdown_bar.by
    assert any(by.itemData(i) == "Cluster" for i in range(by.count()))
    weights = app.window.weights.combo
    assert weights.currentData() == "factor"
    # kept in the project
    from ceo_desk.project import load_project, save_project
    layouts = dict(app.session.overrides.layouts)
    assert [v["kind"] for v in layouts.values()] == ["survey"]
    save_project(app.session.project(), tmp_path / "p.ceoproj.json")
    assert load_project(tmp_path / "p.ceoproj.json").overrides.layouts == layouts
    # a new project (everything closed), next year's file with the same header row: no dialog, same reading
    app.window.close_all_action.trigger()
    qtbot.waitUntil(lambda: app.session.analysis is None, timeout=TIMEOUT)
    opened = []          # a dialog that should not open is recorded and answered 'Cancel' at once
    monkeypatch.setattr(ImportDialog, "exec", lambda dialog: opened.append(dialog.windowTitle()) or 0)
    nxt = write_odd_xlsx(tmp_path / "odd_next.xlsx", title=False)
    with qtbot.waitSignal(app.session.analysisChanged, timeout=TIMEOUT):
        drop(app.window, [nxt])
    idle(qtbot, app)
    assert not opened and [b[0] for b in app.boxes] == ["question"]        # 'save changes?' on closing: Discard
    kinds = [c.kind.value for c in app.session.analysis.surveys[0].columns]
    assert kinds == ["other", "year", "metadata", "question", "question", "weight"]
    assert app.session.project().overrides.layouts == layouts        # the new project keeps it too
    # a new run of the program (the same user settings): no dialog either
    second = make_application(tmp_path, monkeypatch)
    qtbot.addWidget(second.window)
    try:
        with qtbot.waitSignal(second.session.analysisChanged, timeout=TIMEOUT):
            drop(second.window, [nxt])
        idle(qtbot, second)
        assert not opened and not second.boxes
        assert [c.kind.value for c in second.session.analysis.surveys[0].columns] == kinds
    finally:
        shutdown(second)


def test_import_settings_on_demand_for_a_loaded_file(qtbot, app, tmp_path):
    path = write_odd_xlsx(tmp_path / "odd_2023.xlsx", title=False)   # reads alone: year from the name
    with qtbot.waitSignal(app.session.analysisChanged, timeout=TIMEOUT):
        drop(app.window, [path])
    idle(qtbot, app)
    assert set(app.session.analysis.results["question"]) == {Q1, Q2}
    tree = app.window.sources.tree
    item = tree.topLevelItem(0)
    shown = []

    def drop_a_question(dialog):
        shown.append([r[1] for r in columns_read(dialog)])
        choose_in_combo(qtbot, dialog.chooser("E"), "— niet gebruiken")
        choose_in_combo(qtbot, dialog.chooser("C"), "Achtergrond (groepen)")
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    on_next_dialog(drop_a_question, kind=ImportDialog, timeout_ms=TIMEOUT)
    double_click_and_wait(qtbot, app, tree, item)
    # the dialog opened with the program's reading: 'Cluster' (Noord/Zuid on no scale) read as a question
    assert shown == [["— niet gebruiken", "— niet gebruiken", "Vraag", "Vraag", "Vraag", "— niet gebruiken"]]
    assert set(app.session.analysis.results["question"]) == {Q1}
    assert len(app.session.analysis.surveys) == 1           # read again, not added twice
    survey = app.session.analysis.surveys[0]
    assert survey.column("Cluster").kind.value == "metadata"
    assert any(w.key == "io_import.column_ignored" and w.column == Q2 for w in survey.warnings)
    by = app.window.breakdown_bar.by
    assert any(by.itemData(i) == "Cluster" for i in range(by.count()))
    qid = app.session.analysis.results.set_index("question").loc[Q1, "question_id"]
    positive = sum(v in ("Altijd", "Vaak") for v in A1)
    assert cell(app.window.results.model, qid, "2023\n%") == fmt_number(100 * positive / len(A1), 1, "nl")


def _ambiguous_reference(folder):
    from test_import_dialog import write_ambiguous
    from builders import answers, survey_frame, write_xlsx
    write_xlsx(folder / "ceo_2023.xlsx", survey_frame({Q1: answers(Altijd=30, Soms=10)}, year=2023))
    return [folder / "ceo_2023.xlsx", write_ambiguous(folder / "benchmark.xlsx")]


@pytest.mark.parametrize("files, name", [(lambda folder: [write_odd_xlsx(folder / "odd.xlsx")], "odd.xlsx"),
                                         (_ambiguous_reference, "benchmark.xlsx")], ids=["survey", "reference"])
def test_screenshot_mode_prints_the_import_dialog_and_exits(tmp_path, files, name):
    paths = files(tmp_path)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "CEO_DESK_LOG": str(tmp_path / "log.txt")}
    done = subprocess.run([sys.executable, "-m", "ceo_desk", "gui", *map(str, paths), "--screenshot", "shot.png"],
                          cwd=tmp_path, env=env, capture_output=True, text=True, timeout=180)
    assert done.returncode == 2, done.stderr
    assert f"Importinstellingen: {name}" in done.stderr and "Rij met kolomkoppen" in done.stderr
    assert "Traceback" not in done.stderr and not (tmp_path / "shot.png").exists()


def test_title_lines_over_the_header_open_the_dialog(qtbot, app, tmp_path):
    """The year is in the file's name, but the title line is taken as the header: no question under it. The
    dialog opens with that message; the user moves the header row; the results appear."""
    path = write_odd_xlsx(tmp_path / "ceo_2023.xlsx")
    seen = []

    def confirm(dialog):
        seen.append((dialog.header_spin.value(), dialog.status.text()))
        header_row_to(qtbot, dialog, 4)
        qtbot.waitUntil(ok_button(dialog).isEnabled, timeout=5000)
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    on_next_dialog(confirm, kind=ImportDialog, timeout_ms=TIMEOUT)
    drop(app.window, [path])
    qtbot.waitUntil(lambda: app.session.analysis is not None, timeout=TIMEOUT)
    idle(qtbot, app)
    assert seen and seen[0][0] == 1 and "geen enkele vraag" in seen[0][1] and not app.boxes
    qid = app.session.analysis.results.set_index("question").loc[Q1, "question_id"]
    positive = sum(v in ("Altijd", "Vaak") for v in A1)
    assert cell(app.window.results.model, qid, "2023\n%") == fmt_number(100 * positive / len(A1), 1, "nl")


def test_a_bad_reference_dropped_later_one_message_nothing_lost(qtbot, app, tmp_path, monkeypatch):
    """A reference table whose percentages are words: one message naming the file, the column and what to do;
    the survey and the reference loaded before stay."""
    import pandas as pd
    from builders import answers, survey_frame, write_reference, write_xlsx
    survey = write_xlsx(tmp_path / "ceo_2023.xlsx", survey_frame({Q1: answers(Altijd=30, Soms=10)}, year=2023))
    good = write_reference(tmp_path / "referentie.xlsx", [(Q1, 2023, 3000, 70.0)])
    with qtbot.waitSignal(app.session.analysisChanged, timeout=TIMEOUT):
        drop(app.window, [survey, good])
    idle(qtbot, app)
    assert app.session.analysis.reference.path == good
    bad = write_xlsx(tmp_path / "benchmark_2024.xlsx", pd.DataFrame(
        {"Vraag": [Q1, Q2], "Jaar": [2024, 2024], "N": [3000, 2900], "Percentage": ["veel", "weinig"]}))
    opened = []
    monkeypatch.setattr(ImportDialog, "exec", lambda dialog: opened.append(dialog.windowTitle()) or 0)
    drop(app.window, [bad])
    qtbot.waitUntil(lambda: not app.runner.busy and bool(app.boxes), timeout=TIMEOUT)
    assert not opened and [b[0] for b in app.boxes] == ["warning"]
    text = app.boxes[0][2]
    line = next(line for line in text.splitlines() if "benchmark_2024.xlsx" in line)
    assert "'Percentage'" in line and "76" in line            # the column, and how to write the percentages
    assert app.session.analysis.reference.path == good and len(app.session.analysis.surveys) == 1


def test_import_settings_on_demand_for_the_reference_table(qtbot, app, tmp_path):
    """'Importinstellingen…' on the reference group's row: the dialog as a reference table, the program's reading
    filled in; the user says the n column is not to be used; the reference reads again without n."""
    from builders import answers, survey_frame, write_reference, write_xlsx
    from ceo_desk.gui.import_dialog import REFERENCE
    survey = write_xlsx(tmp_path / "ceo_2023.xlsx", survey_frame({Q1: answers(Altijd=30, Soms=10)}, year=2023))
    ref = write_reference(tmp_path / "referentie.xlsx", [(Q1, 2023, 3000, 70.0), (Q2, 2023, 2900, 60.0)])
    with qtbot.waitSignal(app.session.analysisChanged, timeout=TIMEOUT):
        drop(app.window, [survey, ref])
    idle(qtbot, app)
    assert app.session.analysis.reference.frame.n.tolist() == [3000, 2900]
    tree = app.window.sources.tree
    item = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                if tree.topLevelItem(i).text(0) == "referentie.xlsx")
    seen = []

    def no_n(dialog):
        seen.append((dialog.kind(), dialog.kind_combo.isEnabled(), dict(dialog.columns())))
        choose_in_combo(qtbot, dialog.chooser("C"), "— niet gebruiken")
        qtbot.waitUntil(ok_button(dialog).isEnabled, timeout=5000)
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    on_next_dialog(no_n, kind=ImportDialog, timeout_ms=TIMEOUT)
    double_click_and_wait(qtbot, app, tree, item)
    assert seen == [(REFERENCE, False, {"question": "A", "year": "B", "n": "C", "percent": "D"})]
    frame = app.session.analysis.reference.frame
    assert frame.percent.tolist() == [70.0, 60.0] and frame.n.isna().all()


def test_a_file_the_program_took_for_answers_said_to_be_the_reference(qtbot, app, tmp_path):
    """A reference table with short question codes ('V1', 'V2') reads as neither a survey nor a reference: the
    dialog opens as a survey file; the user switches it to the reference group's table, names the question column,
    confirms; the reference is loaded next to the survey."""
    from openpyxl import Workbook
    from builders import answers, survey_frame, write_xlsx
    survey = write_xlsx(tmp_path / "ceo_2023.xlsx", survey_frame({Q1: answers(Altijd=30, Soms=10)}, year=2023))
    with qtbot.waitSignal(app.session.analysisChanged, timeout=TIMEOUT):
        drop(app.window, [survey])
    idle(qtbot, app)
    wb = Workbook()
    wb.active.append(["Code", "Jaar", "N", "% positief"])
    for code, n, p in (("V1", 3000, 70.5), ("V2", 2900, 60.5)):
        wb.active.append([code, 2023, n, p])
    wb.save(tmp_path / "bench_2023.xlsx")
    seen = []

    def as_reference(dialog):
        seen.append(dialog.kind())
        choose_in_combo(qtbot, dialog.kind_combo, "de tabel van de referentiegroep")
        assert dialog.kind() == "reference" and not ok_button(dialog).isEnabled()
        choose_in_combo(qtbot, dialog.chooser("A"), "Vraag")
        qtbot.waitUntil(ok_button(dialog).isEnabled, timeout=5000)
        seen.append([[dialog.table.item(r, c).text() for c in range(4)] for r in range(dialog.table.rowCount())])
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    on_next_dialog(as_reference, kind=ImportDialog, timeout_ms=TIMEOUT)
    drop(app.window, [tmp_path / "bench_2023.xlsx"])
    qtbot.waitUntil(lambda: app.session.analysis.reference is not None, timeout=TIMEOUT)
    idle(qtbot, app)
    assert seen == ["survey", [["V1", "2023", "3.000", "70,5"], ["V2", "2023", "2.900", "60,5"]]]
    frame = app.session.analysis.reference.frame
    assert frame.text.tolist() == ["V1", "V2"] and frame.percent.tolist() == [70.5, 60.5]
    assert len(app.session.analysis.surveys) == 1 and not app.boxes
