"""Weights in the window, chosen the way a user chooses them: the bar that proposes the files'
weegfactor ('Wegen'), the 'Wegen met' chooser, Ctrl+Z and Ctrl+Shift+Z, the project file. The figures
shown are checked against the weighted share written out here (Σw over positive answers / Σw over
valid answers) and against what ``ceo-desk analyze --weight weegfactor`` writes for the same files."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QFileDialog  # noqa: E402

from builders import Q1, Q3, answers, survey_frame, write_csv, write_xlsx  # noqa: E402
from gui_support import (app, cell, choose_in_combo, idle, load, make_application, shutdown,  # noqa: E402,F401
                         trigger_shortcut)
from test_gui_editing import wait_reanalysed  # noqa: E402
from ceo_desk.cli import main  # noqa: E402
from ceo_desk.i18n import fmt_number  # noqa: E402

POSITIVE = {"Altijd", "Vaak", "Ja"}
VALID = POSITIVE | {"Soms", "Nooit", "Nee"}


def weighted_percent(values, weights):
    """100 · Σ w(positive) / Σ w(valid): blank answers and 'niet van toepassing' are left out."""
    pos = sum(w for v, w in zip(values, weights) if v in POSITIVE)
    valid = sum(w for v, w in zip(values, weights) if v in VALID)
    return 100 * pos / valid


def plain_percent(values):
    return 100 * sum(v in POSITIVE for v in values) / sum(v in VALID for v in values)


@pytest.fixture
def weighted_files(tmp_path):
    """Two years with a weegfactor that gives the positive answers of Q1 more weight than the rest."""
    folder = tmp_path / "data"
    folder.mkdir()
    files, truth = [], {}
    for year, (alt, vaak, soms, nooit) in {2023: (30, 30, 40, 30), 2024: (40, 30, 30, 40)}.items():
        q1 = answers(seed=year, Altijd=alt, Vaak=vaak, Soms=soms, Nooit=nooit, **{"Niet van toepassing": 10})
        q3 = answers(seed=year + 1, Ja=90, Nee=len(q1) - 90)
        weights = [1.6 if v in ("Altijd", "Vaak") else (0.7 if i % 2 else 0.9) for i, v in enumerate(q1)]
        frame = survey_frame({Q1: q1, Q3: q3}, year=year, weegfactor=weights)
        write = write_csv if year == 2023 else write_xlsx
        files.append(write(folder / f"ceo_{year}.{'csv' if year == 2023 else 'xlsx'}", frame))
        truth[year] = {Q1: (q1, weights), Q3: (q3, weights)}
    return files, truth


def cli_percents(files, tmp_path):
    out = tmp_path / "cli.json"
    assert main(["analyze", *map(str, files), "--weight", "weegfactor", "-o", str(out)]) == 0
    rows = json.loads(out.read_text(encoding="utf-8"))
    rows = rows["results"] if isinstance(rows, dict) else rows
    return {(r["question"], int(r["year"])): r["percent"] for r in rows}


def test_weegfactor_proposed_weighted_as_on_the_command_line_undo_and_project(qtbot, app, weighted_files, tmp_path,
                                                                           monkeypatch):
    files, truth = weighted_files
    load(qtbot, app, files)
    window = app.window
    results = window.results.model
    q1 = app.session.analysis.catalogue.find(Q1)
    q3 = app.session.analysis.catalogue.find(Q3)
    # unweighted to begin with; the bar proposes the weight column, the chooser offers it
    bar = window.weight_proposal
    assert bar.isVisible() and "weegfactor" in bar.text.text()
    assert window.weights.isVisible() and window.weights.combo.currentText() == "niet wegen"
    for year in (2023, 2024):
        assert cell(results, q1.id, f"{year}\n%") == fmt_number(plain_percent(truth[year][Q1][0]), 1, "nl")

    wait_reanalysed(qtbot, app, lambda: qtbot.mouseClick(bar.weigh_button, Qt.MouseButton.LeftButton))
    assert not bar.isVisible()
    assert window.weights.combo.currentText() == "weegfactor"
    cli = cli_percents(files, tmp_path)
    for question, qid in ((Q1, q1.id), (Q3, q3.id)):
        for year in (2023, 2024):
            expected = weighted_percent(*truth[year][question])
            assert cli[(question, year)] == pytest.approx(expected, abs=5e-5)      # written with 4 decimals
            assert cell(results, qid, f"{year}\n%") == fmt_number(expected, 1, "nl") == \
                fmt_number(cli[(question, year)], 1, "nl")
    assert fmt_number(weighted_percent(*truth[2024][Q1]), 1, "nl") != fmt_number(plain_percent(truth[2024][Q1][0]), 1, "nl")

    # Ctrl+Z: unweighted again (and the bar does not ask a second time); Ctrl+Shift+Z: weighted
    wait_reanalysed(qtbot, app, lambda: trigger_shortcut(qtbot, window.results.table, "Ctrl+Z"))
    assert cell(results, q1.id, "2024\n%") == fmt_number(plain_percent(truth[2024][Q1][0]), 1, "nl")
    assert window.weights.combo.currentText() == "niet wegen" and not bar.isVisible()
    wait_reanalysed(qtbot, app, lambda: trigger_shortcut(qtbot, window.results.table, "Ctrl+Shift+Z"))
    assert cell(results, q1.id, "2024\n%") == fmt_number(weighted_percent(*truth[2024][Q1]), 1, "nl")

    # the chooser, with the arrow keys as a user does: back to unweighted, then weighted again
    combo = window.weights.combo
    wait_reanalysed(qtbot, app, lambda: choose_in_combo(qtbot, combo, "niet wegen"))
    assert app.session.analysis.options.weight is None
    assert cell(results, q1.id, "2023\n%") == fmt_number(plain_percent(truth[2023][Q1][0]), 1, "nl")
    wait_reanalysed(qtbot, app, lambda: choose_in_combo(qtbot, combo, "weegfactor"))
    assert cell(results, q1.id, "2023\n%") == fmt_number(weighted_percent(*truth[2023][Q1]), 1, "nl")

    # kept in the project: saved with Ctrl+S, reopened in a new window, the same weighted figures
    project = tmp_path / "gewogen.ceoproj.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(project), "")))
    trigger_shortcut(qtbot, window, "Ctrl+S")
    assert json.loads(project.read_text(encoding="utf-8"))["options"]["weight"] == "weegfactor"
    shown = [[results.index(r, c).data() for c in range(results.columnCount())] for r in range(results.rowCount())]
    again = make_application(tmp_path, monkeypatch, "again.ini")
    qtbot.addWidget(again.window)
    again.window.show()
    try:
        load(qtbot, again, [project])
        assert again.window.weights.combo.currentText() == "weegfactor"
        assert not again.window.weight_proposal.isVisible()
        model = again.window.results.model
        assert [[model.index(r, c).data() for c in range(model.columnCount())]
                for r in range(model.rowCount())] == shown
    finally:
        shutdown(again)
    assert not again.crashes


def test_no_weight_column_no_chooser_and_no_bar(qtbot, app, tmp_path):
    frame = survey_frame({Q1: answers(seed=1, Altijd=40, Nooit=20)}, year=2024)
    load(qtbot, app, [write_csv(tmp_path / "ongewogen_2024.csv", frame)])
    assert not app.window.weight_proposal.isVisible()
    assert not app.window.weights.isVisible()
