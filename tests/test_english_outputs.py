"""In English mode the files CEO Desk names itself are English too: the export's sheet, the split
report's file names."""

from __future__ import annotations

import openpyxl
import pytest

from builders import Q1, answers, survey_frame, write_xlsx
from ceo_desk.cli import main


@pytest.mark.parametrize("lang, sheet, stem", [("nl", "Resultaten", "rapport"), ("en", "Results", "report")])
def test_sheet_and_report_names_follow_the_language(tmp_path, lang, sheet, stem):
    survey = write_xlsx(tmp_path / "s_2023.xlsx", survey_frame({Q1: answers(Altijd=30, Nooit=20)}))
    out = tmp_path / "uit.xlsx"
    assert main(["analyze", str(survey), "-o", str(out), "--lang", lang]) == 0
    assert openpyxl.load_workbook(out, read_only=True).sheetnames == [sheet]
    folder = tmp_path / "pdf"
    assert main(["report", str(survey), "-o", str(folder), "--split", "year", "--lang", lang]) == 0
    assert [p.name for p in folder.iterdir()] == [f"{stem}_2023.pdf"]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_default_theme_names_follow_the_language(tmp_path, capsys, lang):
    """The open answers' default themes are named in the chosen language (in the terminal and the
    export); a theme the user names stays as written."""
    import csv
    import re

    from ceo_desk.openanswers.collect import NO_THEME, theme_label
    from ceo_desk.openanswers.themes import DEFAULT_THEMES
    from open_answer_corpus import write_files
    dutch = {t.name for t in DEFAULT_THEMES}
    english = {theme_label(t.name, "en") for t in DEFAULT_THEMES}
    assert not dutch & english and len(english) == len(dutch)
    assert theme_label("Mijn eigen thema", "en") == "Mijn eigen thema"
    assert theme_label(NO_THEME, lang) == ("none of these themes" if lang == "en" else "geen van deze thema's")

    files = [str(p) for p in write_files(tmp_path)]
    assert main(["open-answers", *files, "--lang", lang]) == 0
    shown = {re.split(r"\s{2,}", line.strip())[0] for line in capsys.readouterr().out.splitlines()
             if line.startswith("  ") and line.strip()}                # '  theme     2 (7%)  …
    out = tmp_path / "open.csv"
    assert main(["open-answers", *files, "-o", str(out), "--lang", lang]) == 0
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter=";"))
    column = "Themes" if lang == "en" else "Thema's"
    written = {name.strip() for row in rows for name in row[column].split(",") if name.strip()}
    expected, other = (english, dutch) if lang == "en" else (dutch, english)
    assert written and written <= expected
    assert shown & expected and not shown & other and not written & other
