"""The open answers in the window, driven through its controls: the tab, the question and year
choosers, the search box, the theme filter (combo box and table), the group filter, copying and the
theme editor. Then every output the window and the command line make — PDF text, xlsx, CSV, JSON,
the project file, the log and the clipboard — is searched for the personal data of the corpus."""

from __future__ import annotations

import json
import zipfile

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QPoint, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog  # noqa: E402
from pypdf import PdfReader  # noqa: E402

from ceo_desk.cli import main  # noqa: E402
from ceo_desk.gui.panels.open_answers import ThemesDialog  # noqa: E402
from ceo_desk.gui.dialogs import ReportDialog  # noqa: E402
from gui_support import app, choose_in_combo, idle, load, on_next_dialog, press_button  # noqa: E402,F401
from open_answer_corpus import OPEN_Q, PERSONAL, THEMED, WITH_PERSONAL, write_files  # noqa: E402

N_ANSWERS = len(THEMED) + len(WITH_PERSONAL)


def assert_clean(text: str, where: str) -> None:
    for item in PERSONAL:
        assert item not in text, f"{item!r} in {where}"


def shown(panel) -> list[str]:
    return [panel.answers.item(i).text() for i in range(panel.answers.count())]


@pytest.fixture
def opened(qtbot, app, tmp_path):
    files = write_files(tmp_path / "data" if (tmp_path / "data").mkdir() is None else tmp_path)
    load(qtbot, app, files)
    window = app.window
    window.right_tabs.setCurrentWidget(window.open_answers)
    panel = window.open_answers
    qtbot.waitUntil(lambda: panel.data is not None, timeout=60_000)
    idle(qtbot, app)
    return app, panel, files


def test_panel_reads_filters_and_copies_masked_answers(qtbot, opened):
    app, panel, _ = opened
    assert panel.question_combo.currentText() == OPEN_Q
    everything = shown(panel)
    assert len(everything) == 2 * N_ANSWERS          # 2023 and 2024; 2022 has 8 respondents
    assert "Mijn zoon [naam] werd goed geholpen, bel [telefoon]." in everything
    for text in everything:
        assert_clean(text, "the answer list")
    # year
    choose_in_combo(qtbot, panel.year_combo, "2024")
    assert len(shown(panel)) == N_ANSWERS
    assert [panel.year_combo.itemText(i) for i in range(panel.year_combo.count())] == ["alle jaren", "2022", "2023",
                                                                                      "2024"]
    choose_in_combo(qtbot, panel.year_combo, "2022")
    assert shown(panel) == []                        # fewer than 10 respondents: nothing
    choose_in_combo(qtbot, panel.year_combo, "2024")
    # search box: typed (QTest types ASCII), case and accents ignored, masks searchable, names not
    qtbot.keyClicks(panel.search, "CLIENTondersteuner")         # typed without the diaeresis
    assert shown(panel) == [THEMED[5][0]]
    panel.search.clear()
    qtbot.keyClicks(panel.search, "Daan")
    assert shown(panel) == []
    panel.search.clear()
    qtbot.keyClicks(panel.search, "[telefoon]")
    assert sorted(shown(panel)) == sorted(["Mijn zoon [naam] werd goed geholpen, bel [telefoon].",
                                           "Mijn dochter [naam] is geboren op [datum]; mevrouw [naam] weet ervan, "
                                           "bel [telefoon]."])
    panel.search.clear()
    # theme filter in the combo box: the comments decided by hand
    choose_in_combo(qtbot, panel.theme_combo, "wisselingen van hulpverlener")
    assert sorted(shown(panel)) == sorted(c for c, t in THEMED if "wisselingen van hulpverlener" in t)
    # ... and by clicking the theme's row in the table
    table = panel.theme_table
    row = [table.item(r, 0).text() for r in range(table.rowCount())].index("bejegening")
    assert table.item(row, 1).text() == f"{sum(1 for _, t in THEMED if 'bejegening' in t)} " \
        f"({100 * sum(1 for _, t in THEMED if 'bejegening' in t) / N_ANSWERS:.0f} %)"
    rect = table.visualItemRect(table.item(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert panel.theme_combo.currentText() == "bejegening"
    assert sorted(shown(panel)) == sorted(c for c, t in THEMED if "bejegening" in t)
    # select all shown answers and copy: the clipboard holds the masked text
    choose_in_combo(qtbot, panel.theme_combo, "alle thema's")
    panel.answers.setFocus()
    panel.answers.selectAll()
    qtbot.keyClick(panel.answers, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    clip = QGuiApplication.clipboard().text()
    assert "[naam]" in clip and "[iban]" in clip
    assert_clean(clip, "the clipboard")


def test_group_filter_hides_small_groups(qtbot, opened):
    app, panel, _ = opened
    choose_in_combo(qtbot, panel.year_combo, "2024")
    choose_in_combo(qtbot, panel.group_column_combo, "stadsdeel")
    assert panel.group_combo.isVisible()
    model = panel.group_combo.model()
    enabled = {model.item(i).text(): model.item(i).isEnabled() for i in range(model.rowCount())}
    # West 4 and Oost 3 are too small; together 7 < 10, so Zuid (23) is hidden with them
    assert enabled == {"Noord": True, "Oost (te klein: minder dan 10)": False, "West (te klein: minder dan 10)": False,
                       "Zuid (te klein: minder dan 10)": False}
    choose_in_combo(qtbot, panel.group_combo, "Noord")
    assert len(shown(panel)) == N_ANSWERS
    panel.group_combo.setCurrentIndex(panel.group_combo.findData("Zuid"))    # even when forced: nothing
    assert shown(panel) == []
    assert all(panel.theme_table.item(r, c) is None or panel.theme_table.item(r, c).text() == ""
               for r in range(panel.theme_table.rowCount()) for c in range(1, panel.theme_table.columnCount()))


def test_edited_themes_count_and_go_into_the_project(qtbot, opened, tmp_path, monkeypatch):
    app, panel, _ = opened

    def edit():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ThemesDialog)
        dialog.editor.selectAll()
        qtbot.keyClicks(dialog.editor, "vervoer: taxi, busje")
        qtbot.keyClick(dialog.editor, Qt.Key.Key_Return)
        qtbot.keyClicks(dialog.editor, "wachten: wacht")
        qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)

    QTimer.singleShot(200, edit)
    qtbot.mouseClick(panel.themes_button, Qt.MouseButton.LeftButton)
    table = panel.theme_table
    names = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert names == ["vervoer", "wachten", "geen van deze thema's"]
    assert app.session.modified
    project = tmp_path / "p.ceoproj.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(project), "")))
    app.window.save_project_as()
    saved = json.loads(project.read_text(encoding="utf-8"))
    assert saved["open_answers"]["themes"] == [{"name": "vervoer", "keywords": ["taxi", "busje"]},
                                               {"name": "wachten", "keywords": ["wacht"]}]


def test_no_output_holds_personal_data(qtbot, opened, tmp_path, monkeypatch):
    """PDF text, xlsx, CSV, JSON, the project file, the log and the clipboard: the corpus's personal data
    is nowhere, while the masks are there."""
    app, panel, files = opened
    outputs = {}
    # the window: export the open answers through the panel's button and the file dialog
    for suffix in (".xlsx", ".csv", ".json"):
        target = tmp_path / f"venster{suffix}"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, t=target, **k: (str(t), "")))
        qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)
        idle(qtbot, app)
        qtbot.waitUntil(target.exists, timeout=30_000)
        outputs[target.name] = target
    project = tmp_path / "p.ceoproj.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(project), "")))
    app.window.save_project_as()
    outputs[project.name] = project
    panel.answers.setFocus()
    panel.answers.selectAll()
    qtbot.keyClick(panel.answers, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    clipboard = QGuiApplication.clipboard().text()
    # the report from the window, with the appendix ticked in the report dialog
    pdf = tmp_path / "rapport.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(pdf), "")))

    def tick_and_save(dialog):
        box = dialog.open_answers
        assert not box.isChecked()                               # optional: off unless ticked
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
        assert dialog.open_answers.isChecked()
        press_button(dialog, "Opslaan als…")

    on_next_dialog(tick_and_save, ReportDialog)
    with qtbot.waitSignal(app.session.exported, timeout=60_000):
        app.window.export_report()
    # the command line: export
    for suffix in (".xlsx", ".csv"):
        out = tmp_path / f"cli{suffix}"
        assert main(["open-answers", *map(str, files), "-o", str(out)]) == 0
        outputs[out.name] = out
    texts = {"clipboard": clipboard,
             "rapport.pdf": "\n".join(p.extract_text() for p in PdfReader(str(pdf)).pages)}
    assert "Bijlage: open antwoorden" in texts["rapport.pdf"]
    for name, path in outputs.items():
        if path.suffix == ".xlsx":
            with zipfile.ZipFile(path) as z:
                texts[name] = "\n".join(z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".xml"))
        else:
            texts[name] = path.read_text(encoding="utf-8-sig")
    log = tmp_path / "ceo-desk.log"
    texts["log"] = log.read_text(encoding="utf-8") if log.exists() else ""
    for name, text in texts.items():
        assert_clean(text, name)
    for name in ("clipboard", "rapport.pdf", "venster.xlsx", "venster.csv", "venster.json", "cli.xlsx", "cli.csv"):
        assert "[naam]" in texts[name] and "[telefoon]" in texts[name] or "[iban]" in texts[name], name


def test_look_at_the_panel_on_the_demo_data(qtbot, app, tmp_path):
    """The demo files in the window, the open-answers tab grabbed to a PNG (for a person to look at)."""
    from ceo_desk.cli import demo_folder
    files = sorted(demo_folder().glob("ceo_jeugd_voorbeeldstad_*.*"))
    load(qtbot, app, files)
    window = app.window
    window.resize(1400, 880)
    window.right_tabs.setCurrentWidget(window.open_answers)
    panel = window.open_answers
    qtbot.waitUntil(lambda: panel.data is not None, timeout=60_000)
    assert [panel.question_combo.itemText(i) for i in range(panel.question_combo.count())] == [
        "Heeft u nog tips of opmerkingen?", "Wat kan er beter aan de hulp?"]
    texts = shown(panel)
    assert any("[naam]" in t for t in texts) and any("[telefoon]" in t for t in texts)
    assert not any("Daan" in t or "98765432" in t or "Kerkstraat" in t for t in texts)
    window.grab().save(str(tmp_path / "open-antwoorden.png"))
    assert (tmp_path / "open-antwoorden.png").stat().st_size > 10_000
