"""The window calls the reference group as the user did: the name typed in the report dialog (kept in the
project) reaches the legend under the results table, the figures menu, the reference columns' headers and
tooltips, the questions list's reference column, the question's own table, the breakdown's note 'ref.: … als geheel' (a note code rendered
at the edge with the name: in the tooltips and in the exported results table). Without a name the
default wording; in Dutch and in English."""

from __future__ import annotations

import csv
import os

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QFileDialog  # noqa: E402

from builders import Q1, answers, survey_frame, write_reference, write_xlsx  # noqa: E402
from gui_support import (TIMEOUT, app, column_of, idle, load, on_next_dialog, press_button,  # noqa: E402,F401
                         switch_language)
from ceo_desk.gui.catalogue_models import QuestionsModel  # noqa: E402
from ceo_desk.gui.dialogs import ReportDialog  # noqa: E402

NAME = "BMC Jeugd"
TIP = Qt.ItemDataRole.ToolTipRole


@pytest.fixture
def files(tmp_path):
    """Two years of youths and parents; a reference table without figures per group."""
    paths = []
    for year, (a, s) in {2023: (70, 50), 2024: (60, 60)}.items():
        frame = survey_frame({Q1: answers(seed=year, Altijd=a, Soms=s)}, year=year,
                             doelgroep=["jongere", "ouder"] * 60)
        paths.append(write_xlsx(tmp_path / f"ceo_{year}.xlsx", frame))
    paths.append(write_reference(tmp_path / "referentie.xlsx", [(Q1, 2023, 3000, 76), (Q1, 2024, 3000, 75)]))
    return paths


def _row(model, group: str) -> int:
    return next(r for r in range(model.rowCount()) if model.index(r, 1).data().endswith(f"({group})"))


def _texts(app) -> dict[str, str]:
    """What the window says about the reference, read from its widgets and models."""
    window = app.window
    results, model = window.results, window.results.model
    qid = model.question_id(0)
    jongere = _row(model, "jongere")
    ref = column_of(model, "2024\nref")
    head = lambda column: model.headerData(column, Qt.Orientation.Horizontal, TIP)    # noqa: E731
    return {
        "legend": results.legend.text(),
        "menu": " | ".join(a.text() for a in results.field_actions.values()),
        "ref_header": head(ref),
        "sig_header": head(column_of(model, "2024\n▲▼ ref")),
        "ref_cell": model.index(jongere, ref).data(TIP),
        "sig_cell": model.index(jongere, column_of(model, "2024\n▲▼ ref")).data(TIP),
        "note": model.index(jongere, column_of(model, "2024\n%")).data(TIP),
        "questions_header": window.questions.model.headerData(
            QuestionsModel.COLUMNS.index("reference"), Qt.Orientation.Horizontal, TIP),
        "qid": qid,
    }


def _shot(qtbot, app, suffix: str) -> None:
    """With CEO_DESK_SHOT set: the window as a PNG, to look at."""
    shot = os.environ.get("CEO_DESK_SHOT")
    if shot:
        app.window.resize(1400, 900)
        qtbot.wait(200)
        app.window.grab().save(shot.replace(".png", f"_{suffix}.png"))


def _name_in_report_dialog(qtbot, app, monkeypatch, name: str, save: str = "Opslaan als…") -> None:
    """File > Rapport exporteren: type the name, 'Opslaan als…', then cancel the save dialog (the name is
    kept all the same, as the dialog's choice)."""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))

    def type_name(dialog):
        field = dialog.reference_name
        field.setFocus()
        qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(field, Qt.Key.Key_Backspace)
        qtbot.keyClicks(field, name)
        press_button(dialog, save)
    on_next_dialog(type_name, ReportDialog)
    with qtbot.waitSignal(app.session.analysisChanged, timeout=TIMEOUT):
        app.window.export_pdf_action.trigger()
    idle(qtbot, app)


def _exported_notes(qtbot, app, monkeypatch, target) -> list[str]:
    """File > Tabel exporteren as CSV; the note column of the group rows."""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "CSV (*.csv)")))
    with qtbot.waitSignal(app.session.exported, timeout=TIMEOUT):
        app.window.export_table_action.trigger()
    with open(target, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return [r["note"] for r in rows if r["group"] in ("jongere", "ouder")]


def test_the_window_names_the_reference_as_the_user_did(qtbot, app, files, monkeypatch, tmp_path):
    load(qtbot, app, files)
    qtbot.waitUntil(lambda: app.session.analysis.options.by == "doelgroep", timeout=TIMEOUT)   # youths and parents
    idle(qtbot, app)
    before = _texts(app)
    assert "dan de referentiegroep of het jaar ervoor" in before["legend"]
    assert "in de referentiegroep, 2024" in before["ref_header"] and before["ref_cell"] == "n = 3.000 in de referentiegroep"
    assert "ref.: hele referentiegroep" in before["note"]
    assert before["questions_header"].startswith("De vraag in de referentiegroep waarmee")
    assert "ref.: hele referentiegroep" in _exported_notes(qtbot, app, monkeypatch, tmp_path / "zonder.csv")[0]

    _name_in_report_dialog(qtbot, app, monkeypatch, NAME)
    assert app.session.reference_name == NAME
    after = _texts(app)
    assert "▲ ▼ significant hoger of lager dan BMC Jeugd of het jaar ervoor" in after["legend"]
    assert "ref: % of gemiddelde in BMC Jeugd" in after["menu"] and "▲▼ t.o.v. BMC Jeugd" in after["menu"]
    assert after["ref_header"].endswith("in BMC Jeugd, 2024")
    assert after["sig_header"] == "▲ ▼ significant hoger of lager dan BMC Jeugd in 2024"
    assert after["ref_cell"] == "n = 3.000 in BMC Jeugd"
    assert "dan BMC Jeugd" in after["sig_cell"] or "met BMC Jeugd" in after["sig_cell"]
    assert "ref.: BMC Jeugd als geheel" in after["note"]
    assert after["questions_header"].startswith("De vraag in BMC Jeugd waarmee")
    for key, text in after.items():
        assert "referentiegroep" not in text.casefold(), (key, text)
    notes = _exported_notes(qtbot, app, monkeypatch, tmp_path / "met.csv")
    assert notes and all("ref.: BMC Jeugd als geheel" in n and "referentiegroep" not in n for n in notes)

    _shot(qtbot, app, "nl")

    # the question's own table under the chart
    results = app.window.results
    index = results.proxy.mapFromSource(results.model.index(_row(results.model, "jongere"), 1))
    qtbot.mouseClick(results.table.viewport(), Qt.MouseButton.LeftButton, pos=results.table.visualRect(index).center())
    view = app.window.question_view
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=TIMEOUT)
    heads = [view.model.headerData(c, Qt.Orientation.Horizontal, TIP) or "" for c in range(view.model.columnCount())]
    assert "Percentage positief in BMC Jeugd" in heads and "n van BMC Jeugd" in heads
    assert not any("referentiegroep" in h for h in heads)

    # English: the same name, the English wording around it
    switch_language(qtbot, app, "English")
    english = _texts(app)
    assert "significantly higher or lower than BMC Jeugd or the year before" in english["legend"]
    assert english["ref_header"].endswith("in BMC Jeugd, 2024") and english["ref_cell"] == "n = 3,000 in BMC Jeugd"
    assert "ref.: BMC Jeugd as a whole" in english["note"]
    assert english["questions_header"].startswith("The question in BMC Jeugd it is compared with")
    assert not any("reference group" in t for t in english.values())
    _shot(qtbot, app, "en")

    # an emptied name: the default wording again
    _name_in_report_dialog(qtbot, app, monkeypatch, "", save="Save as…")
    default = _texts(app)
    assert "than the reference group or the year before" in default["legend"]
    assert "ref.: whole reference group" in default["note"] and default["ref_cell"] == "n = 3,000 in the reference group"
