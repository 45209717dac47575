"""Survey files the program cannot read alone: title lines above the header, a year, weight and group column
with names it does not know. The user's import settings (the command line's --header-row, --year FILE=COLUMN,
--weight; the window's confirmed layout) read them, every path the same; --by takes a group column of any name.
"""

from __future__ import annotations

import math

import pytest
from openpyxl import Workbook

from builders import Q1, Q2, answers
from ceo_desk import services
from ceo_desk.cli import main
from ceo_desk.io.registry import read_raw
from ceo_desk.io.survey_layout import layout_entry, preview_survey
from ceo_desk.model.errors import MissingYearError
from ceo_desk.model.options import AnalysisOptions

N = 30
A1 = answers(Altijd=12, Vaak=8, Soms=6, Nooit=4)
A2 = answers(seed=1, Vaak=20, Soms=10)
WEIGHTS = [None if i % 10 == 0 else 0.5 + (i % 4) * 0.25 for i in range(N)]
CLUSTER = ["Zuid" if i % 3 == 0 else "Noord" for i in range(N)]
HEADERS = ["Resp", "Meetmoment", "Cluster", Q1, Q2, "factor"]


def rows():
    return [[i + 1, 2023, CLUSTER[i], A1[i], A2[i], WEIGHTS[i]] for i in range(N)]


def write_odd_xlsx(path, title=True):
    """An agency's export: two title lines (one fills two cells, so it looks like a header), a blank row."""
    wb = Workbook()
    ws = wb.active
    if title:
        ws.append(["Cliëntervaringsonderzoek Jeugd", "Gemeente Teststad"])
        ws.append(["Gegenereerd door bureau X", None, "versie 2"])
        ws.append([])
    ws.append(HEADERS)
    for row in rows():
        ws.append(row)
    wb.save(path)
    return path


def write_odd_csv(path):
    lines = ["Cliëntervaringsonderzoek Jeugd;Gemeente Teststad;;;;", ";;;;;", ";".join(HEADERS)]
    for row in rows():
        lines.append(";".join("" if v is None else str(v).replace(".", ",") for v in row))
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8-sig")
    return path


def weighted_share(values, weights, positive):
    """Weighted percent positive, written out: sum of weights of positive answers / sum of weights of valid ones;
    a blank weight leaves the respondent out (as SPSS does)."""
    pos = sum(w for v, w in zip(values, weights) if w and v in positive)
    valid = sum(w for v, w in zip(values, weights) if w and v is not None)
    return 100 * pos / valid


@pytest.mark.parametrize("writer, name", [(write_odd_xlsx, "odd.xlsx"), (write_odd_csv, "odd.csv")])
def test_title_lines_and_unknown_names_settled_on_the_command_line(tmp_path, capsys, writer, name):
    path = writer(tmp_path / name)
    # alone, the program cannot decide: one message that names the file and says what to do
    outcome = services.load_files([path], detect_reference=True)
    assert not outcome.surveys and len(outcome.errors) == 1
    message = outcome.errors[0].render("nl")
    assert name in message and "--year" in message
    assert main(["analyze", str(path)]) == 2
    assert name in capsys.readouterr().err
    # settled: header row 4 (row 3 in the CSV: its blank line is a row too), year column, weight, group column
    row = "4" if name.endswith(".xlsx") else "3"
    code = main(["analyze", str(path), "--header-row", f"{name}={row}", "--year", f"{name}=Meetmoment",
                 "--weight", "factor", "--by", "Cluster", "--min-n-report", "5", "--min-n-test", "5"])
    out = capsys.readouterr().out
    assert code == 0
    expected = weighted_share(A1, WEIGHTS, {"Altijd", "Vaak"})
    assert f"{expected:.1f}".replace(".", ",") in out


def test_a_confirmed_layout_reads_the_file_as_the_command_line_does(tmp_path):
    path = write_odd_xlsx(tmp_path / "odd.xlsx")
    raw = read_raw(path)
    # the dialog's preview: the program's own reading first (row 1 taken as header, no year) ...
    first = preview_survey(raw)
    assert first.header_row == 1 and first.survey is None and isinstance(first.error, MissingYearError)
    # ... then the user's settings: header row, year column, a background and a weight column
    roles = {"Cluster": "background", "factor": "weight"}
    chosen = preview_survey(raw, header_row=4, year="Meetmoment", roles=roles)
    assert chosen.error is None and chosen.names == HEADERS
    assert chosen.roles == ["ignore", "year", "background", "question", "question", "weight"]
    assert chosen.descriptions[1] == "jaren: 2023 (30)"
    assert chosen.descriptions[2] == "2 groepen: Zuid, Noord"
    assert chosen.descriptions[3] == "antwoorden: Altijd 12 · Vaak 8 · Soms 6 · Nooit 4"
    assert chosen.descriptions[4] == "antwoorden: Vaak 20 · Soms 10"
    assert chosen.descriptions[5] == "weegfactor (3 leeg of 0: buiten de gewogen cijfers)"
    layouts = {chosen.signature: layout_entry(4, "Meetmoment", roles)}
    options = AnalysisOptions(weight="factor", by="Cluster", min_n_report=5, min_n_test=5)
    via_layout = services.load_files([path], detect_reference=True, layouts=layouts)
    assert not via_layout.errors and via_layout.layouts_used == layouts
    via_cli = services.load_files([path], years={"odd.xlsx": "Meetmoment"}, header_rows={"odd.xlsx": 4})
    a = services.analyse(via_layout.surveys, None, options).results
    b = services.analyse(via_cli.surveys, None, options).results
    assert a[["question", "group", "n", "percent"]].equals(b[["question", "group", "n", "percent"]])
    total = a[(a["question"] == Q1) & (a["group"] == "Totaal")].iloc[0]
    assert math.isclose(total["percent"], weighted_share(A1, WEIGHTS, {"Altijd", "Vaak"}), rel_tol=1e-9)
    assert int(total["n"]) == sum(1 for w in WEIGHTS if w)
    noord = a[(a["question"] == Q1) & (a["group"] == "Noord")].iloc[0]
    keep = [c == "Noord" for c in CLUSTER]
    assert math.isclose(noord["percent"], weighted_share([v for v, k in zip(A1, keep) if k],
                                                         [w for w, k in zip(WEIGHTS, keep) if k],
                                                         {"Altijd", "Vaak"}), rel_tol=1e-9)
    # next year's file with the same header row, the title lines gone: read the same without asking
    nxt = write_odd_xlsx(tmp_path / "odd_next.xlsx", title=False)
    again = services.load_files([nxt], detect_reference=True, layouts=layouts)
    assert not again.errors and [c.kind.value for c in again.surveys[0].columns] == \
        ["other", "year", "metadata", "question", "question", "weight"]


def test_columns_marked_as_question_or_not_used(tmp_path):
    """A column named like background ('regio') that holds answers is a question when the user says so; a
    question column marked 'not used' is accounted for with a notice, never dropped silently."""
    path = write_odd_xlsx(tmp_path / "odd_2023.xlsx", title=False)
    raw = read_raw(path)
    survey = services.build_survey(raw, roles={Q2: "ignore", "Cluster": "background"})
    kinds = {c.name: c.kind.value for c in survey.columns}
    assert kinds[Q2] == "other" and kinds["Cluster"] == "metadata"
    assert any(w.key == "io_import.column_ignored" and w.column == Q2 for w in survey.warnings)
    frame = read_raw(path)
    frame.columns[3].name = "regio"                    # a header that reads as background
    assert services.build_survey(frame).column("regio").kind.value == "metadata"
    assert services.build_survey(frame, roles={"regio": "question"}).column("regio").kind.value == "question"


def test_by_takes_a_group_column_of_any_name(tmp_path, capsys):
    path = write_odd_xlsx(tmp_path / "odd.xlsx", title=False)
    base = ["analyze", str(path), "--year", "odd.xlsx=Meetmoment", "--min-n-report", "5", "--min-n-test", "5"]
    assert main(base + ["--by", "Cluster"]) == 0          # a text column on no scale: its values are the groups
    out = capsys.readouterr().out
    keep = [c == "Noord" for c in CLUSTER]
    noord = [v for v, k in zip(A1, keep) if k]
    expected = 100 * sum(v in ("Altijd", "Vaak") for v in noord) / len(noord)
    assert "Noord" in out and "Zuid" in out and f"{expected:.1f}".replace(".", ",") in out
    assert main(base + ["--by", "regio_code"]) == 2        # not in the file: the message names it and what to do
    err = capsys.readouterr().err
    assert "'regio_code'" in err and "odd.xlsx" in err and "Meetmoment" in err


def test_background_columns_of_any_name_are_offered_for_a_breakdown(tmp_path):
    from ceo_desk.stats.groups import group_columns
    path = write_odd_xlsx(tmp_path / "odd_2023.xlsx", title=False)
    raw = read_raw(path)
    raw.columns[0].name = "regio_code"             # a background name the chooser has no kind for
    raw.columns[0].values = raw.columns[0].values % 3
    survey = services.build_survey(raw, roles={"Cluster": "background"})
    offered = {(c.name, c.kind, c.groups) for c in group_columns([survey])}
    assert offered == {("regio_code", "other", ("0", "1", "2")), ("Cluster", "other", ("Noord", "Zuid"))}
    plain = services.build_survey(read_raw(path), year=2023)      # 'Resp' (one per row) and the year: no groups
    assert group_columns([plain]) == []


def test_a_dropped_reference_with_words_for_percentages_says_so(tmp_path):
    """Detected among the dropped files: the reference's own problem (the column, what to write), not 'no question'."""
    import pandas as pd
    from builders import write_xlsx
    bad = write_xlsx(tmp_path / "benchmark.xlsx", pd.DataFrame(
        {"Vraag": [Q1, Q2], "Jaar": [2024, 2024], "N": [3000, 2900], "Percentage": ["veel", "weinig"]}))
    outcome = services.load_files([bad], detect_reference=True)
    assert len(outcome.errors) == 1 and outcome.reference is None
    err = outcome.errors[0]
    assert err.key == "err.io_import.ref_percent_text" and err.column == "Percentage"
    assert "benchmark.xlsx" in err.render("nl") and "76" in err.render("nl")


def test_the_preview_shows_numbers_as_the_file_writes_them(tmp_path):
    """SPSS stores every number as a double: a respondent number of seven digits is shown as 2023001, never
    as 2.023e+06, and a weight keeps its decimals."""
    import pandas as pd
    import pyreadstat

    frame = pd.DataFrame({"respnr": [2_023_001.0 + i for i in range(N)], "jaar": [2023.0] * N,
                          "factor": [1.25] * N})
    path = tmp_path / "respnr.sav"
    pyreadstat.write_sav(frame, str(path))
    preview = preview_survey(read_raw(path))
    assert preview.rows[1][1] == ["2023001", "2023", "1.25"]
    assert not any("e+" in cell for _, cells in preview.rows for cell in cells)
