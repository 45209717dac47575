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
