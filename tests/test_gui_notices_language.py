"""The bar of notices about loaded files speaks the language the user switches to: the notices are kept
as codes and rendered again, the bar stays as the user left it (shown, unfolded), and nothing of it
stays in the other language."""

from __future__ import annotations

import html

import pandas as pd
import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QLabel, QPushButton  # noqa: E402

from builders import Q1, answers, survey_frame  # noqa: E402
from gui_support import app, load, switch_language  # noqa: E402,F401

SCALELESS = "Hoe tevreden bent u over de wachttijd?"
FILE = "ceo_2024.xlsx"
SHEET = {"nl": f"{FILE}: de werkmap heeft meer bladen; gelezen is blad 'Blad1' (daar staan de antwoorden), "
               "niet 'Codeboek'.",
         "en": f"{FILE}: the workbook has several sheets; sheet 'Blad1' was read (it holds the answers), "
               "not 'Codeboek'."}
SCALE = {"nl": f"{FILE}, kolom '{SCALELESS}': antwoorden passen bij geen bekende schaal ('Prima', 'Matig', "
               "'Slecht'); niet meegeteld. Wijs in het venster een schaal toe of markeer de kolom als 'geen vraag'.",
         "en": f"{FILE}, column '{SCALELESS}': the answers fit no known scale ('Prima', 'Matig', 'Slecht'); "
               "not counted. Assign a scale in the window or mark the column as 'not a question'."}
SUMMARY = {"nl": "Ingelezen, met 2 kanttekeningen:", "en": "Read, with 2 notes:"}
BUTTONS = {"nl": ["&Details", "&Sluiten"], "en": ["&Details", "&Close"]}


def workbook_with_notices(folder):
    """A survey on the second sheet behind a larger codebook sheet, with one column on an unknown scale:
    two notices (the sheet that was read, the column not counted)."""
    frame = survey_frame({Q1: answers(1, Altijd=30, Vaak=20, Soms=10, Nooit=5),
                          SCALELESS: answers(2, Prima=30, Matig=20, Slecht=15)}, year=2024)
    codebook = pd.DataFrame({"Variabele": [f"v{i}" for i in range(300)], "Code": range(300),
                             "Label": ["Altijd", "Vaak", "Soms", "Nooit", "Ja", "Nee"] * 50})
    path = folder / FILE
    with pd.ExcelWriter(path) as writer:
        codebook.to_excel(writer, sheet_name="Codeboek", index=False)
        frame.to_excel(writer, sheet_name="Blad1", index=False)
    return path


def assert_bar_in(bar, lang, unfolded):
    other = "en" if lang == "nl" else "nl"
    assert bar.isVisible()
    assert sorted(bar.messages) == sorted([SHEET[lang], SCALE[lang]])
    assert bar.text.isVisible() == unfolded                         # as the user left it before the switch
    listed = html.unescape(bar.text.text())
    assert SHEET[lang] in listed and SCALE[lang] in listed
    if unfolded:                                                    # the count, the list below
        assert bar.summary.text() == SUMMARY[lang]
    else:                                                           # the count and the first notice, elided
        first = bar.summary.text().removeprefix(SUMMARY[lang] + " ").removesuffix("…").rstrip()
        assert len(first) > 10 and bar.messages[0].startswith(first), bar.summary.text()
    assert bar.summary.toolTip() == "\n".join(bar.messages)
    assert [b.text() for b in bar.findChildren(QPushButton)] == BUTTONS[lang]
    shown = [listed, bar.summary.text(), bar.summary.toolTip(), bar.accessibleName(),
             *(b.toolTip() for b in bar.findChildren(QPushButton)),
             *(label.text() for label in bar.findChildren(QLabel))]
    for text in (SHEET[other], SCALE[other], SUMMARY[other], "kolom '" if lang == "en" else "column '",
                 "kanttekening" if lang == "en" else "notes", "Sluiten" if lang == "en" else "Close"):
        assert not any(text in s for s in shown), (text, shown)


def test_notice_bar_follows_the_language_switch(qtbot, app, tmp_path):
    load(qtbot, app, [workbook_with_notices(tmp_path)])
    bar = app.window.notices
    assert bar.isVisible() and sorted(bar.messages) == sorted([SHEET["nl"], SCALE["nl"]])
    qtbot.mouseClick(bar.details_button, Qt.MouseButton.LeftButton)

    switch_language(qtbot, app, "English")
    assert_bar_in(app.window.notices, "en", unfolded=True)
    qtbot.mouseClick(app.window.notices.details_button, Qt.MouseButton.LeftButton)
    assert_bar_in(app.window.notices, "en", unfolded=False)

    switch_language(qtbot, app, "Nederlands")
    assert_bar_in(app.window.notices, "nl", unfolded=False)


def test_a_closed_bar_stays_closed_after_the_switch(qtbot, app, tmp_path):
    load(qtbot, app, [workbook_with_notices(tmp_path)])
    qtbot.mouseClick(app.window.notices.close_button, Qt.MouseButton.LeftButton)
    switch_language(qtbot, app, "English")
    assert not app.window.notices.isVisible()
