"""Weighted grades and weighted tests, checked against the formulas written out here:
weighted mean Σwx/Σw, Kish's effective n (Σw)²/Σw², the weighted variance with the n_eff/(n_eff−1)
correction, the t interval and Welch's test on n_eff, and the pooled z-test on n_eff for shares."""

from __future__ import annotations

import math

import pytest
from scipy import stats

from builders import Q1, answers, survey_frame, write_csv
from ceo_desk import services
from ceo_desk.model.options import AnalysisOptions
from formulas import pooled_z_p, welch_p

GRADE = "Welk rapportcijfer geeft u de hulp?"


def weighted(x, w):
    total, total2 = sum(w), sum(v * v for v in w)
    mean = sum(a * b for a, b in zip(w, x)) / total
    n_eff = total * total / total2
    var = (sum(b * a * a for a, b in zip(x, w)) / total - mean * mean) * n_eff / (n_eff - 1)
    return mean, math.sqrt(var), n_eff


@pytest.fixture()
def analysis(tmp_path):
    paths = []
    data = {}
    for year, (high, low) in {2023: (40, 40), 2024: (60, 20)}.items():
        grades = [8] * high + [6] * low
        shares = answers(seed=year, Altijd=high, Nooit=low)
        weights = [2.0 if i % 3 == 0 else 1.0 for i in range(len(grades))]
        data[year] = (grades, shares, weights)
        frame = survey_frame({Q1: shares, GRADE: grades}, year=year, weegfactor=weights)
        paths.append(write_csv(tmp_path / f"w_{year}.csv", frame))
    out = services.load_files(paths)
    assert not out.errors
    return services.analyse(out.surveys, None, AnalysisOptions(weight="weegfactor")), data


def test_weighted_grade_mean_interval_and_welch(analysis):
    a, data = analysis
    rows = a.results[a.results["kind"] == "mean"].set_index("year")
    figures = {}
    for year, (grades, _, weights) in data.items():
        mean, sd, n_eff = weighted(grades, weights)
        figures[year] = (mean, sd, n_eff)
        r = rows.loc[year]
        assert r["mean"] == pytest.approx(mean, rel=1e-9)
        assert r["sd"] == pytest.approx(sd, rel=1e-9)
        assert r["n_eff"] == pytest.approx(n_eff, rel=1e-9)
        half = stats.t.ppf(0.975, n_eff - 1) * sd / math.sqrt(n_eff)
        assert r["mean_ci_low"] == pytest.approx(mean - half, rel=1e-9)
        assert r["mean_ci_high"] == pytest.approx(mean + half, rel=1e-9)
    t, df = welch_p(*figures[2024], *figures[2023])
    assert rows.loc[2024, "p_prev"] == pytest.approx(2 * stats.t.sf(abs(t), df), rel=1e-7)


def test_weighted_share_tested_on_the_effective_n(analysis):
    a, data = analysis
    rows = a.results[a.results["question"] == Q1].set_index("year")
    shares = {}
    for year, (_, answers_, weights) in data.items():
        total = sum(weights)
        p = sum(w for v, w in zip(answers_, weights) if v == "Altijd") / total
        n_eff = total * total / sum(w * w for w in weights)
        shares[year] = (p, n_eff)
        assert rows.loc[year, "percent"] == pytest.approx(100 * p, rel=1e-9)
        assert rows.loc[year, "n_eff"] == pytest.approx(n_eff, rel=1e-9)
    (p2, n2), (p1, n1) = shares[2024], shares[2023]
    assert rows.loc[2024, "p_prev"] == pytest.approx(pooled_z_p(p2 * n2, n2, p1 * n1, n1), rel=1e-7)
