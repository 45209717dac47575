"""The council brief and the table workbook from the window: the File menu's items, the report dialog with
its field for the reference group's name (kept in the project), the files written off the GUI thread and
read back (python-docx, pypdf, openpyxl); the window's chart names the reference as the user did."""

from __future__ import annotations

import zipfile

import pytest

pytest.importorskip("pytestqt")

import docx  # noqa: E402
from openpyxl import load_workbook  # noqa: E402
from pypdf import PdfReader  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QFileDialog  # noqa: E402

from builders import Q1  # noqa: E402
from gui_support import (TIMEOUT, all_files, app, click, column_of, data, load, on_next_dialog,  # noqa: E402,F401
                         press_button)
from ceo_desk.gui.dialogs import ReportDialog  # noqa: E402

NAME = "BMC-benchmark Jeugd"


def _file_action(window, text: str):
    menu = next(a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "Bestand")
    return next(a for a in menu.actions() if a.text().replace("&", "").startswith(text))


def _export(qtbot, app, monkeypatch, item: str, target, chosen_filter: str, fill) -> str:
    """Pick the File menu item, answer the dialog with ``fill``, the save dialog with ``target``."""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), chosen_filter)))
    seen = {}

    def answer(dialog):
        seen["title"] = dialog.windowTitle()
        seen["open_answers"] = dialog.open_answers.isVisible()
        fill(dialog)
        press_button(dialog, "Opslaan als…")
    on_next_dialog(answer, ReportDialog)
    action = _file_action(app.window, item)
    assert action.isEnabled()
    with qtbot.waitSignal(app.session.exported, timeout=TIMEOUT) as exported:
        action.trigger()
    return exported.args[0], seen


def test_brief_and_workbook_from_the_file_menu(qtbot, app, data, tmp_path, monkeypatch):
    assert not _file_action(app.window, "Raadsinformatiebrief").isEnabled()       # nothing loaded yet
    assert not _file_action(app.window, "Tabellenbijlage").isEnabled()
    load(qtbot, app, all_files(data))

    def type_name(dialog):
        assert dialog.reference_name.text() == "" and dialog.reference_name.placeholderText() == "Referentiegroep"
        dialog.reference_name.setFocus()
        qtbot.keyClicks(dialog.reference_name, NAME)

    # the brief as Word: the user typed no suffix and chose the Word filter
    written, seen = _export(qtbot, app, monkeypatch, "Raadsinformatiebrief", tmp_path / "brief",
                            "Word-documenten (*.docx)", type_name)
    assert written == str(tmp_path / "brief.docx") and seen["title"] == "Raadsinformatiebrief maken"
    assert not seen["open_answers"]                        # one or two pages: no appendix offered
    doc = docx.Document(written)
    styles = [(p.style.name, p.text) for p in doc.paragraphs]
    assert styles[0][0] == "Title" and [s for s, _ in styles].count("Heading 1") == 3
    assert any(NAME in t for _, t in styles)                # 'where the numbers come from' names it
    header = [c.text for c in doc.tables[0].rows[0].cells]
    assert header[:3] == ["Vraag", "% 2024", "n"]
    assert any(Q1 in c.text for row in doc.tables[0].rows for c in row.cells)
    assert app.session.reference_name == NAME and app.session.modified

    # the brief as PDF: the dialog remembers the name
    def keep(dialog):
        assert dialog.reference_name.text() == NAME
    written, _ = _export(qtbot, app, monkeypatch, "Raadsinformatiebrief", tmp_path / "brief.pdf",
                         "PDF-bestanden (*.pdf)", keep)
    text = "\n".join(page.extract_text() for page in PdfReader(written).pages)
    assert 1 <= len(PdfReader(written).pages) <= 2 and NAME in text and "n = " in text

    # the table workbook: cells, no formulas, a native chart whose reference series carries the name
    written, seen = _export(qtbot, app, monkeypatch, "Tabellenbijlage", tmp_path / "tabellen.xlsx",
                            "Excel-werkmappen (*.xlsx)", keep)
    assert seen["title"] == "Tabellenbijlage maken" and seen["open_answers"]
    book = load_workbook(written)
    assert book.sheetnames[0] and "Toelichting" in book.sheetnames
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate)
    with zipfile.ZipFile(written) as z:
        charts = [z.read(n).decode() for n in z.namelist() if n.startswith("xl/charts/chart")]
    with_reference = [xml for xml in charts if xml.count("<c:ser>") == 2]      # Q2's wording has no match
    assert len(with_reference) == 2 and all(NAME in xml for xml in with_reference)
    assert not any("Referentiegroep" in xml for xml in charts)

    # the name is kept in the project, and the window's chart names the reference so
    project = tmp_path / "p.ceoproj.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(project), "")))
    app.window.save_project_as()
    assert f'"reference_name": "{NAME}"' in project.read_text(encoding="utf-8")
    results = app.window.results
    click(qtbot, results.table, results.proxy.index(0, column_of(results.model, "2024\n%")))
    view = app.window.question_view
    qtbot.waitUntil(lambda: view.rendered is not None and NAME.encode() in view.rendered.svg, timeout=TIMEOUT)
    # and so do the sentences under it
    qtbot.waitUntil(lambda: f"dan {NAME} (" in view.sentences.text(), timeout=TIMEOUT)
    assert "referentiegroep" not in view.sentences.text()


def test_reference_name_comes_back_with_the_project(qtbot, app, data, tmp_path, monkeypatch):
    from ceo_desk.project import load_project, project_from, save_project
    load(qtbot, app, all_files(data))
    a = app.session.analysis
    path = tmp_path / "p.ceoproj.json"
    save_project(project_from(a.surveys, a.reference, a.options, a.overrides, reference_name=NAME), path)
    assert load_project(path).reference_name == NAME
    app.window.open_project(path)
    qtbot.waitUntil(lambda: app.session.reference_name == NAME and app.session.loaded, timeout=TIMEOUT)

    def check(dialog):
        assert dialog.reference_name.text() == NAME
        dialog.reject()
    on_next_dialog(check, ReportDialog)
    app.window.export_report()
