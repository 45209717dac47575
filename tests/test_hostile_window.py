"""The hostile corpus in the window: dropped on it after an honest file, each gives exactly one message
naming the file, never the unexpected-error dialog, and what was loaded stays loaded; and
`gui --screenshot` never waits on a dialog."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

import hostile_corpus as corpus  # noqa: E402
from ceo_desk.gui.import_dialog import ImportDialog  # noqa: E402
from gui_support import drop, make_application, on_next_dialog, shutdown, type_year  # noqa: E402

TIMEOUT = 60_000


@pytest.fixture
def app(qtbot, tmp_path, monkeypatch):
    application = make_application(tmp_path, monkeypatch)
    qtbot.addWidget(application.window)
    application.window.show()
    yield application
    shutdown(application)
    # an unexpected error (logged, or its dialog) fails the test, whatever the test itself checked
    assert not application.crashes and not [b for b in application.boxes if b[0] == "critical"]


WINDOW_CASES = [case for case in corpus.HOSTILE_FILES if case[1] in corpus.WINDOW_FILES]


@pytest.mark.parametrize("make, name, words", WINDOW_CASES, ids=[c[1] for c in WINDOW_CASES])
def test_hostile_file_dropped_on_the_window(qtbot, app, tmp_path, make, name, words):
    honest = corpus.honest_xlsx(tmp_path)
    with qtbot.waitSignal(app.session.analysisChanged, timeout=TIMEOUT):
        drop(app.window, [honest])
    qtbot.waitUntil(lambda: not app.runner.busy, timeout=TIMEOUT)
    rows = app.window.results.model.rowCount()
    assert rows > 0
    bad = make(tmp_path)
    start = time.monotonic()
    drop(app.window, [bad])
    qtbot.waitUntil(lambda: not app.runner.busy and bool(app.boxes), timeout=TIMEOUT)
    assert time.monotonic() - start < 30
    assert [b[0] for b in app.boxes] == ["warning"], app.boxes                 # one message, never "Onverwachte fout"
    assert name in app.boxes[0][2] and words in app.boxes[0][2]
    assert len(app.session.analysis.surveys) == 1 and app.window.results.model.rowCount() == rows


def test_year_as_text_in_the_window_asks_the_year(qtbot, app, tmp_path, monkeypatch):
    frame = corpus.honest_frame()
    frame["jaar"] = "2O23"
    path = tmp_path / "enquete.csv"
    frame.to_csv(path, sep=";", index=False)
    asked = []
    on_next_dialog(lambda dialog: asked.append(type_year(qtbot, dialog, 2023)), kind=ImportDialog, timeout_ms=TIMEOUT)
    with qtbot.waitSignal(app.session.analysisChanged, timeout=TIMEOUT):
        drop(app.window, [path])
    qtbot.waitUntil(lambda: not app.runner.busy, timeout=TIMEOUT)
    assert asked == ["enquete.csv"] and not [b for b in app.boxes if b[0] == "critical"]
    assert set(app.session.analysis.results["year"]) == {2023}


@pytest.mark.parametrize("make, name, words", WINDOW_CASES[:3], ids=[c[1] for c in WINDOW_CASES[:3]])
def test_screenshot_mode_prints_the_dialog_and_exits(tmp_path, monkeypatch, make, name, words):
    """The window's run, measured like the command line's: bounded time and peak memory, no picture."""
    from test_hostile import PEAK_MB, SECONDS, run_cli
    folder = tmp_path / "werk"
    folder.mkdir()
    make(folder)
    corpus.honest_csv(folder)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.setenv("CEO_DESK_LOG", str(tmp_path / "log.txt"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    codes, err, seconds, peak = run_cli(folder, ["gui", "enquete_2023.csv", name, "--screenshot", "venster.png"])
    assert codes == [2], err
    assert name in err and words in err and "Traceback" not in err
    assert not (folder / "venster.png").exists()
    assert seconds < SECONDS and peak < PEAK_MB, (seconds, peak)


def _content_cases(folder: Path) -> list[tuple[Path, str]]:
    frame = corpus.honest_frame()
    lines = frame.to_csv(sep=";", index=False).splitlines()
    lines[5] += ";extra"
    (folder / "rafelig_2023.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    frame.assign(**{corpus.Q1: "n.v.t.", corpus.Q2: "n.v.t."}).to_csv(folder / "nvt_2023.csv", sep=";", index=False)
    mixed = "\n".join(lines[:6]).encode("utf-8") + "\n7;2023;Cliënt;Vaak\n".encode("utf-8") + \
        "\n".join(lines[8:] + ["40;2023;Cliënt;Soms"]).encode("cp1252") + b"\n"
    (folder / "gemengd_2023.csv").write_bytes(mixed)
    other = frame.copy()
    other.insert(4, "x", other[corpus.Q2])
    other.columns = [*other.columns[:4], corpus.Q1]
    other.to_excel(folder / "dubbel_2023.xlsx", index=False)
    return [(folder / "rafelig_2023.csv", "evenveel velden"), (folder / "nvt_2023.csv", "niet van toepassing"),
            (folder / "gemengd_2023.csv", "twee tekensets"), (folder / "dubbel_2023.xlsx", "dezelfde kop")]


def test_files_that_would_be_read_wrong_get_one_message_each_in_the_window(qtbot, app, tmp_path):
    honest = corpus.honest_xlsx(tmp_path)
    with qtbot.waitSignal(app.session.analysisChanged, timeout=TIMEOUT):
        drop(app.window, [honest])
    qtbot.waitUntil(lambda: not app.runner.busy, timeout=TIMEOUT)
    cases = _content_cases(tmp_path)
    drop(app.window, [path for path, _ in cases])
    qtbot.waitUntil(lambda: not app.runner.busy and bool(app.boxes), timeout=TIMEOUT)
    assert [b[0] for b in app.boxes] == ["warning"], app.boxes
    text = app.boxes[0][2]
    for path, words in cases:
        line = next(line for line in text.splitlines() if path.name in line)
        assert words in line, line
    assert len(app.session.analysis.surveys) == 1


def test_window_export_never_over_a_loaded_file(qtbot, app, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog
    honest = corpus.honest_csv(tmp_path)
    before = honest.read_bytes()
    with qtbot.waitSignal(app.session.analysisChanged, timeout=TIMEOUT):
        drop(app.window, [honest])
    qtbot.waitUntil(lambda: not app.runner.busy, timeout=TIMEOUT)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(honest), "")))
    app.window.export_table_action.trigger()
    qtbot.waitUntil(lambda: not app.runner.busy and bool(app.boxes), timeout=TIMEOUT)
    assert [b[0] for b in app.boxes] == ["warning"] and "nooit over de gegevens heen" in app.boxes[0][2]
    assert honest.read_bytes() == before and not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_copied_cells_carry_no_formula(qtbot, app, tmp_path):
    """Ctrl+C on the results pastes into Excel: a question text beginning with '=' arrives as text."""
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest
    frame = corpus.honest_frame().rename(columns={corpus.Q1: '=HYPERLINK("http://x.example","Ik kan de hulp krijgen")'})
    path = tmp_path / "formule_2023.csv"
    frame.to_csv(path, sep=";", index=False)
    with qtbot.waitSignal(app.session.analysisChanged, timeout=TIMEOUT):
        drop(app.window, [path])
    qtbot.waitUntil(lambda: not app.runner.busy, timeout=TIMEOUT)
    table = app.window.results.table
    table.setFocus()
    table.selectAll()
    QTest.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    text = QGuiApplication.clipboard().text()
    cells = [cell for line in text.splitlines() for cell in line.split("\t")]
    assert "'=HYPERLINK" in text
    assert not [c for c in cells if c[:1] in ("=", "+", "@")], cells


def _formulas_without_values(folder: Path) -> Path:
    import openpyxl
    path = corpus.honest_xlsx(folder, "formules_2024.xlsx")
    book = openpyxl.load_workbook(path)
    sheet = book.active
    for row in range(1, 38):
        sheet.cell(row=row, column=2, value="jaar" if row == 1 else 2024)
    sheet.cell(row=1, column=5, value="Ik wist waar ik terecht kon.")
    for row in range(2, 38):                                    # openpyxl stores formulas without results
        sheet.cell(row=row, column=5, value=f'=IF(C{row}="Altijd","Ja","Nee")')
    book.save(path)
    return path


def test_codebook_sheet_and_formula_cells_are_told_in_one_bar(qtbot, app, tmp_path):
    """Two workbooks that load, each with what was assumed: the sheet read beside a codebook, formula cells
    without stored values. The user sees one bar naming both files (no dialog to click away), the
    figures are the survey's own, and the file loaded before stays loaded."""
    earlier = tmp_path / "enquete_2022.csv"
    corpus.honest_frame(year=2022).to_csv(earlier, sep=";", index=False)
    with qtbot.waitSignal(app.session.analysisChanged, timeout=TIMEOUT):
        drop(app.window, [earlier])
    qtbot.waitUntil(lambda: not app.runner.busy, timeout=TIMEOUT)
    bar = app.window.notices
    assert not bar.isVisible()
    codebook, formulas = corpus.codebook_workbook(tmp_path), _formulas_without_values(tmp_path)
    with qtbot.waitSignal(app.session.analysisChanged, timeout=TIMEOUT):
        drop(app.window, [codebook, formulas])
    qtbot.waitUntil(lambda: not app.runner.busy, timeout=TIMEOUT)
    QApplication.processEvents()
    assert app.boxes == []                                                   # no dialog at all
    # three: the sheet read, the formula cells, and so the formula column read as empty
    assert bar.isVisible() and len(bar.messages) == 3, bar.messages
    sheet = next(m for m in bar.messages if "werkmap_2023.xlsx" in m)
    assert "gelezen is blad 'Blad1' (daar staan de antwoorden), niet 'Codeboek'" in sheet
    cells = next(m for m in bar.messages if "formules_2024.xlsx" in m and "formule" in m.split(":", 1)[1])
    assert any("formules_2024.xlsx" in m and "de kolom is leeg; niet gebruikt" in m for m in bar.messages)
    assert "36 cellen met een formule maar zonder opgeslagen uitkomst (kolom E)" in cells
    # one line in view; 'Details' unfolds the whole list
    assert "3" in bar.summary.text() and not bar.text.isVisible()
    qtbot.mouseClick(bar.details_button, Qt.MouseButton.LeftButton)
    assert bar.text.isVisible()
    assert "werkmap_2023.xlsx" in bar.text.text() and "formules_2024.xlsx" in bar.text.text()
    # what was loaded before stays; the codebook gave no question
    names = {Path(s.path).name for s in app.session.analysis.surveys}
    assert names == {"enquete_2022.csv", "werkmap_2023.xlsx", "formules_2024.xlsx"}
    model = app.window.results.model
    questions = [model.index(r, 1).data() for r in range(model.rowCount())]
    assert corpus.Q1 in questions and not [q for q in questions if q in ("Label", "Code", "Variabele")]
    from gui_support import cell
    q1 = app.session.analysis.catalogue.find(corpus.Q1)
    assert cell(model, q1.id, "2022\nn") == cell(model, q1.id, "2023\nn") == "36"
    # closed by the user: gone; the next load without warnings does not bring it back
    qtbot.mouseClick(bar.close_button, Qt.MouseButton.LeftButton)
    assert not bar.isVisible()
    later = tmp_path / "enquete_2025.csv"
    corpus.honest_frame(year=2025).to_csv(later, sep=";", index=False)
    with qtbot.waitSignal(app.session.analysisChanged, timeout=TIMEOUT):
        drop(app.window, [later])
    qtbot.waitUntil(lambda: not app.runner.busy, timeout=TIMEOUT)
    assert not bar.isVisible() and app.boxes == []


def _load_honest(qtbot, app, tmp_path):
    with qtbot.waitSignal(app.session.analysisChanged, timeout=TIMEOUT):
        drop(app.window, [corpus.honest_xlsx(tmp_path)])
    qtbot.waitUntil(lambda: not app.runner.busy, timeout=TIMEOUT)
    return app.window.results.model.rowCount()


def _drop_and_wait(qtbot, app, paths):
    drop(app.window, paths)
    qtbot.waitUntil(lambda: not app.runner.busy and bool(app.boxes), timeout=TIMEOUT)
    QApplication.processEvents()


def test_year_as_dates_in_the_window_one_message_naming_file_and_column(qtbot, app, tmp_path):
    """Excel dates in the year column: the import dialog asks the year; cancelled, one message names the
    file and the column; what was loaded stays."""
    import datetime as dt
    from PySide6.QtWidgets import QDialogButtonBox, QLabel
    rows = _load_honest(qtbot, app, tmp_path)
    dates = corpus.honest_frame()
    dates["jaar"] = dt.datetime(2024, 3, 1)
    dates.to_excel(tmp_path / "datums.xlsx", index=False)
    asked = []

    def cancel(dialog):
        asked.append(" ".join(label.text() for label in dialog.findChildren(QLabel)))
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    on_next_dialog(cancel, kind=ImportDialog, timeout_ms=TIMEOUT)
    _drop_and_wait(qtbot, app, [tmp_path / "datums.xlsx"])
    assert len(asked) == 1
    assert [b[0] for b in app.boxes] == ["warning"], app.boxes
    assert "datums.xlsx, kolom 'jaar'" in app.boxes[0][2] and "Traceback" not in app.boxes[0][2]
    assert len(app.session.analysis.surveys) == 1 and app.window.results.model.rowCount() == rows


@pytest.mark.parametrize("n, percent, words", [
    ([3000, -30], ["76", "75"], ["kolom 'N'", "negatieve getallen ('-30')"]),
    ([3000, 3000], ["76", "0,75"], ["kolom 'Percentage positief'", "'0,75'", "zoals 76"]),
], ids=["negative n", "fraction among percentages"])
def test_reference_numbers_that_cannot_be_right_in_the_window(qtbot, app, tmp_path, n, percent, words):
    import pandas as pd
    rows = _load_honest(qtbot, app, tmp_path)
    reference = tmp_path / "referentie.csv"
    pd.DataFrame({"Vraag": [corpus.Q1, corpus.Q2], "Jaar": [2023, 2023], "N": n, "Percentage positief": percent}
                 ).to_csv(reference, sep=";", index=False)
    _drop_and_wait(qtbot, app, [reference])
    assert [b[0] for b in app.boxes] == ["warning"], app.boxes
    assert "referentie.csv" in app.boxes[0][2] and all(w in app.boxes[0][2] for w in words), app.boxes[0][2]
    assert app.session.analysis.reference is None and app.window.results.model.rowCount() == rows


def test_utf16_without_mark_and_a_title_line_read_in_the_window(qtbot, app, tmp_path):
    text = corpus.honest_frame().to_csv(sep=";", index=False)
    (tmp_path / "utf16_2023.csv").write_bytes(text.encode("utf-16-le"))
    (tmp_path / "titel_2025.csv").write_text("Cliëntervaringsonderzoek Jeugd 2025\n" + text.replace("2023", "2025"),
                                             encoding="utf-8")
    with qtbot.waitSignal(app.session.analysisChanged, timeout=TIMEOUT):
        drop(app.window, [tmp_path / "utf16_2023.csv", tmp_path / "titel_2025.csv"])
    qtbot.waitUntil(lambda: not app.runner.busy, timeout=TIMEOUT)
    assert not [b for b in app.boxes if b[0] in ("warning", "critical")], app.boxes
    from gui_support import cell
    from ceo_desk.i18n import fmt_number
    model = app.window.results.model
    q1 = app.session.analysis.catalogue.find(corpus.Q1)
    for year in (2023, 2025):                      # 24 of 36 answers 'Altijd' or 'Vaak'
        assert cell(model, q1.id, f"{year}\nn") == "36"
        assert cell(model, q1.id, f"{year}\n%") == fmt_number(100 * 24 / 36, 1, "nl")
