"""Labels carried across files of one survey (issue 8, defect 6), formats users have (.zsav, .por, .xls, .ods)."""

from __future__ import annotations

import pandas as pd
import pyreadstat
import pytest

from builders import FREQ_LABELS, Q1, answers, survey_frame, to_codes, write_csv, write_sav
from ceo_desk import services
from ceo_desk.cli import main
from ceo_desk.io import read_survey
from ceo_desk.model.options import AnalysisOptions

GROUPS = {1: "Jongere (12-18 jaar)", 2: "Ouder / verzorger"}


def _sav(path, year, groups, values, labels=GROUPS):
    return write_sav(path, {"jaar": [year] * len(values), "doelgroep": groups, "v1": to_codes(values)},
                     labels={"v1": Q1, "doelgroep": "Doelgroep"},
                     value_labels={"v1": FREQ_LABELS, "doelgroep": labels})


def test_codes_without_labels_take_the_labels_of_the_other_years(tmp_path, capsys):
    v22 = answers(seed=1, Altijd=12, Soms=8)
    v23 = answers(seed=2, Altijd=14, Soms=6)
    v24 = answers(seed=3, Altijd=10, Nooit=10)
    groups = [1, 2] * 10
    s22 = _sav(tmp_path / "ceo_2022.sav", 2022, groups, v22)
    s23 = _sav(tmp_path / "ceo_2023.sav", 2023, groups, v23)
    csv = write_csv(tmp_path / "ceo_2024.csv", survey_frame({Q1: v24}, year=2024, doelgroep=groups))
    out = services.load_files([s22, s23, csv])
    assert not out.errors
    a = services.analyse(out.surveys, None, AnalysisOptions(by="doelgroep", min_n_report=1, min_n_test=1))
    rows = a.results[a.results.group.isin(GROUPS.values())]
    assert set(rows[rows.year == 2024].group) == set(GROUPS.values())           # not "1" and "2"
    assert not set(a.results.group) & {"1", "2"}
    # 2024, youths (code 1, the even positions): positive / n counted by hand from the answers
    youth = [v for v, g in zip(v24, groups) if g == 1]
    row = rows[(rows.year == 2024) & (rows.group == GROUPS[1])].iloc[0]
    assert (row.n, row.positive) == (len(youth), sum(v in ("Altijd", "Vaak") for v in youth))
    notes = [w.render("nl") for w in a.warnings]
    assert any("ceo_2024.csv" in t and "doelgroep" in t and "ceo_2022.sav" in t and "Ouder / verzorger" in t
               for t in notes)
    assert main(["analyze", str(s22), str(s23), str(csv), "--by", "doelgroep", "--min-n-report", "1"]) == 0
    printed = capsys.readouterr()
    assert "Ouder / verzorger" in printed.out and "overgenomen" in printed.err


def test_conflicting_labels_are_a_warning(tmp_path):
    v = answers(seed=1, Altijd=10, Soms=10)
    s22 = _sav(tmp_path / "ceo_2022.sav", 2022, [1, 2] * 10, v)
    s23 = _sav(tmp_path / "ceo_2023.sav", 2023, [1, 2] * 10, v, labels={1: "Ouder / verzorger", 2: "Jongere"})
    out = services.load_files([s22, s23])
    notes = [w.render("nl") for s in out.surveys for w in s.warnings]
    assert any("ceo_2023.sav" in t and "code 1" in t and "Jongere (12-18 jaar)" in t for t in notes)


def test_codes_outside_the_other_files_labels_are_not_labelled(tmp_path):
    v = answers(seed=1, Altijd=10, Soms=10)
    s22 = _sav(tmp_path / "ceo_2022.sav", 2022, [1, 2] * 10, v)
    csv = write_csv(tmp_path / "ceo_2024.csv", survey_frame({Q1: v}, year=2024, doelgroep=[1, 3] * 10))
    out = services.load_files([s22, csv])
    survey = out.surveys[1]
    assert not any("overgenomen" in w.render("nl") for w in survey.warnings)


@pytest.mark.parametrize("suffix", [".zsav", ".por"])
def test_spss_compressed_and_portable(tmp_path, suffix):
    values = answers(seed=4, Altijd=9, Vaak=3, Soms=6, Nooit=2)
    grades = [float(6 + i % 4) for i in range(20)]           # 6, 7, 8, 9 five times each: mean 7.5
    frame = pd.DataFrame({"jaar": [2023.0] * 20, "v1": to_codes(values), "cijfer": grades})
    path = tmp_path / f"ceo_2023{suffix}"
    if suffix == ".zsav":
        pyreadstat.write_sav(frame, str(path), compress=True, column_labels={"v1": Q1, "cijfer": "Rapportcijfer"},
                             variable_value_labels={"v1": {float(k): v for k, v in FREQ_LABELS.items()}})
    else:                                                    # pyreadstat writes portable files without labels
        pyreadstat.write_por(frame, str(path), column_labels={"v1": Q1, "cijfer": "Rapportcijfer"})
    s = read_survey(path)
    r = services.analyse([s], options=AnalysisOptions(min_n_report=1)).results.set_index("kind")
    assert r.loc["mean", "mean"] == pytest.approx(sum(grades) / 20)
    if suffix == ".zsav":
        assert (r.loc["share", "n"], r.loc["share", "positive"]) == (20, 12)   # Altijd 9 + Vaak 3 of 20
