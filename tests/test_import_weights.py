"""Weights as SPSS treats them: blank or zero weight left out of the weighted figures and of n, said with the
count; a negative weight is an error; the method page states how many were left out."""

from __future__ import annotations

import pytest

from builders import Q1, answers, survey_frame, write_csv
from ceo_desk import services
from ceo_desk.cli import main
from ceo_desk.model.errors import InputError
from ceo_desk.model.options import AnalysisOptions


def _survey(tmp_path, weights):
    vals = answers(seed=3, Altijd=40, Nooit=10) + ["Altijd"] * 10
    frame = survey_frame({Q1: vals}, year=2024, weegfactor=weights)
    return write_csv(tmp_path / "w_2024.csv", frame), vals


def test_blank_and_zero_weights_are_left_out_and_counted(tmp_path):
    # 50 respondents weighted 1.5 / 0.5, then 10 'Altijd' answers: 6 with a blank weight and 4 with weight 0
    base = answers(seed=3, Altijd=40, Nooit=10)
    weights = [1.5 if v == "Altijd" else 0.5 for v in base] + [None] * 6 + [0.0] * 4
    path, vals = _survey(tmp_path, weights)
    out = services.load_files([path])
    a = services.analyse(out.surveys, None, AnalysisOptions(weight="weegfactor"))
    r = a.results.iloc[0]
    # weighted share over the 50 weighted respondents only: 40*1.5 / (40*1.5 + 10*0.5)
    wsum = 40 * 1.5 + 10 * 0.5
    assert r.percent == pytest.approx(100 * 40 * 1.5 / wsum)
    assert r.n == 50                                  # not 60: left out of n as well
    assert r.n_eff == pytest.approx(wsum ** 2 / (40 * 1.5 ** 2 + 10 * 0.5 ** 2))
    notes = [w.render("nl") for w in a.warnings]
    assert any("w_2024.csv" in t and "10 respondenten" in t and "weegfactor" in t for t in notes)
    unweighted = services.analyse(out.surveys, None, AnalysisOptions()).results.iloc[0]
    assert unweighted.n == 60 and unweighted.percent == pytest.approx(100 * 50 / 60)

    from ceo_desk.report import ReportOptions
    from ceo_desk.report.context import build_context
    from ceo_desk.report.method import method
    story = method(build_context(a, ReportOptions()))
    text = " ".join(getattr(f, "text", "") for f in story)
    assert "10 respondenten met een lege of nul-weegfactor" in text


def test_negative_weight_is_an_error_naming_the_column(tmp_path, capsys):
    path, _ = _survey(tmp_path, [1.0] * 59 + [-1.0])
    out = services.load_files([path])
    with pytest.raises(InputError) as err:
        services.analyse(out.surveys, None, AnalysisOptions(weight="weegfactor"))
    assert "weegfactor" in str(err.value) and "w_2024.csv" in str(err.value)
    assert main(["analyze", str(path), "--weight", "weegfactor"]) == 2


def test_cli_says_how_many_were_left_out(tmp_path, capsys):
    path, _ = _survey(tmp_path, [1.0] * 57 + [None, 0.0, None])
    assert main(["analyze", str(path), "--weight", "weegfactor"]) == 0
    assert "3 respondenten" in capsys.readouterr().err


def test_a_weight_with_an_unusual_name_given_with_weight_is_not_called_uncounted(tmp_path, capsys):
    vals = answers(seed=3, Altijd=40, Nooit=10)
    factor = [1.5 if v == "Altijd" else 0.5 for v in vals]
    path = write_csv(tmp_path / "f_2024.csv", survey_frame({Q1: vals}, year=2024, factor_x=factor))
    assert main(["analyze", str(path)]) == 0             # not given: said to be left out, with the hint
    assert "'factor_x'" in capsys.readouterr().err
    assert main(["analyze", str(path), "--weight", "factor_x", "--lang", "en"]) == 0
    out = capsys.readouterr()
    assert "factor_x" not in out.err                     # given: no "if it is a weight, give it with --weight"
    assert "92.3" in out.out                             # 40*1.5 / (40*1.5 + 10*0.5) = 92.3 %
