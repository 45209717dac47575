"""Survey files shaped otherwise: title rows above the header, year/weight columns with odd names, every
column accounted for."""

from __future__ import annotations

import csv

import pytest

from builders import Q1, Q2, answers
from ceo_desk import services
from ceo_desk.cli import main
from ceo_desk.io import read_survey
from ceo_desk.model.options import AnalysisOptions
from ceo_desk.model.survey import ColumnKind


def write(path, rows, sep=";"):
    with open(path, "w", newline="", encoding="utf-8-sig") as fh:
        writer = csv.writer(fh, delimiter=sep)
        for row in rows:
            writer.writerow(["" if c is None else c for c in row])
    return path


def odd_file(tmp_path):
    q1 = answers(seed=1, Altijd=12, Vaak=6, Soms=4, Nooit=2)
    q2 = answers(seed=2, Altijd=8, Soms=16)
    weights = ["1,5" if i % 3 == 0 else "0,75" for i in range(24)]
    rows = [["CEO Jeugd, export bureau X"], ["Aangemaakt 3 maart 2025"], [],
            ["Respondent", "Meting", "Factor_w", "Leeg", "Volgorde", Q1, Q2]]
    for i in range(24):
        rows.append([i + 1, 2023 if i < 12 else 2024, weights[i], None, 1000 + 37 * i, q1[i], q2[i]])
    return write(tmp_path / "export.csv", rows), q1, q2, weights


def test_odd_names_through_the_options(tmp_path, capsys):
    path, q1, q2, weights = odd_file(tmp_path)
    # the year column has a name the program does not know: it says so and names the option
    assert main(["analyze", str(path)]) == 2
    assert "--year export.csv=" in capsys.readouterr().err
    s = read_survey(path, year="Meting")
    assert s.n_rows == 24 and sorted(set(s.years.tolist())) == [2023, 2024]
    out = services.load_files([path], years={"export.csv": "Meting"})
    a = services.analyse(out.surveys, None, AnalysisOptions(weight="Factor_w", min_n_report=1, min_n_test=1))
    r = a.results.set_index(["question", "year"])
    # weighted share for Q1 in 2023, written out from the rows
    w = [1.5 if i % 3 == 0 else 0.75 for i in range(12)]
    pos = sum(wi for wi, v in zip(w, q1[:12]) if v in ("Altijd", "Vaak"))
    assert r.loc[(Q1, 2023), "percent"] == pytest.approx(100 * pos / sum(w))
    assert main(["analyze", str(path), "--year", "export.csv=Meting", "--weight", "Factor_w"]) == 0
    err = capsys.readouterr().err
    # every column accounted for: the empty one and the numbers that are no question say why
    assert "'Leeg'" in err and "leeg" in err and "'Volgorde'" in err


def test_every_column_accounted_for(tmp_path):
    path, *_ = odd_file(tmp_path)
    s = read_survey(path, year="Meting", header_row=4)
    kinds = {c.name: c.kind for c in s.columns}
    assert kinds == {"Respondent": ColumnKind.METADATA, "Meting": ColumnKind.YEAR, "Factor_w": ColumnKind.OTHER,
                     "Leeg": ColumnKind.EMPTY, "Volgorde": ColumnKind.OTHER, Q1: ColumnKind.QUESTION,
                     Q2: ColumnKind.QUESTION}
    noted = {w.column for w in s.warnings}
    assert {"Leeg", "Volgorde", "Factor_w"} <= noted


def test_unknown_year_column_is_named(tmp_path, capsys):
    path, *_ = odd_file(tmp_path)
    assert main(["analyze", str(path), "--year", "export.csv=Peiling"]) == 2
    err = capsys.readouterr().err
    assert "'Peiling'" in err and "Meting" in err
