"""Every figure checked against the formulas written out in formulas.py or published values."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy import stats as sps

from builders import FREQ_LABELS, Q1, Q2, answers, survey_frame, to_codes, write_csv, write_reference, write_sav, write_xlsx
from formulas import Z95, margin, pooled_z_p, round_half_up, wilson
from ceo_desk import services
from ceo_desk.model.options import AnalysisOptions, Overrides
from ceo_desk.model.scales import Role
from ceo_desk.stats.notes import note_text
from ceo_desk.stats.significance import pooled_z_test

# 2023 (SPSS): Altijd 40, Vaak 30, Soms 20, Nooit 10 -> n 100, positive 70; NVT 5, user-missing 9 x3, blank 2
Q1_2023 = answers(seed=1, blank=2, Altijd=40, Vaak=30, Soms=20, Nooit=10, **{"Niet van toepassing": 5, "Geen antwoord": 3})
# 2024 (Excel, text): positive 130 of 200
Q1_2024 = answers(seed=2, Altijd=60, Vaak=70, Soms=50, Nooit=20, **{"Niet van toepassing": 10})
Q2_2023 = answers(seed=3, blank=0, Altijd=5, Vaak=15, Soms=10, Nooit=0, **{"Niet van toepassing": 80, "Geen antwoord": 0})  # n 30
Q2_2024 = answers(seed=4, Altijd=10, Vaak=10, Soms=5, **{"Niet van toepassing": 185})  # n 25: indicative
REF = [(Q1, 2023, 3000, 76.0), (Q1, 2024, 2900, 75.0), (Q2, 2023, 2800, 60.0), (Q2, 2024, 2700, 61.0)]


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    d = tmp_path_factory.mktemp("stats")
    n23 = len(Q1_2023)
    q2_23 = (Q2_2023 + [None] * n23)[:n23]
    grade23 = ([7.0, 8.0, 6.0, 9.0, 99.0] * 40)[:n23]
    sav = write_sav(d / "teststad_2023.sav", {
        "respnr": list(range(n23)), "jaar": [2023] * n23, "j01": to_codes(Q1_2023), "j02": to_codes(q2_23),
        "rapportcijfer": grade23, "stadsdeel": ([1, 2] * n23)[:n23],
    }, labels={"j01": Q1, "j02": Q2, "rapportcijfer": "Rapportcijfer voor de hulp"},
        value_labels={"j01": FREQ_LABELS, "j02": FREQ_LABELS, "rapportcijfer": {99: "Geen antwoord"},
                      "stadsdeel": {1: "Noord", 2: "Zuid"}},
        user_missing={"j01": [9], "j02": [9], "rapportcijfer": [99]})
    n24 = len(Q1_2024)
    frame = survey_frame({Q1.upper().rstrip("."): [a.lower() if a and i % 3 == 0 else a for i, a in enumerate(Q1_2024)],
                          Q2 + " ": Q2_2024}, year=2024, rapportcijfer=[8.0, 7.5] * (n24 // 2),
                         stadsdeel=["Noord", "Zuid"] * (n24 // 2))
    xlsx = write_xlsx(d / "teststad_2024.xlsx", frame)
    ref = write_reference(d / "ref.xlsx", REF)
    return sav, xlsx, ref


@pytest.fixture(scope="module")
def analysis(files):
    sav, xlsx, ref = files
    out = services.load_files([sav, xlsx], reference=ref)
    assert not out.errors
    return services.analyse(out.surveys, out.reference, AnalysisOptions())


def row(analysis, qid, year, group=None):
    r = analysis.results
    sel = r[(r.question_id == qid) & (r.year == year)]
    if group is not None:
        sel = sel[sel.group == group]
    assert len(sel) == 1, sel
    return sel.iloc[0]


def test_counts_and_percent_leave_out_nvt_and_missing(analysis):
    r = row(analysis, "Q1", 2023)
    assert (r.n, r.positive) == (100, 70)
    assert r.percent == pytest.approx(70.0)
    r = row(analysis, "Q1", 2024)
    assert (r.n, r.positive) == (200, 130)


def test_question_linked_across_case_and_full_stop(analysis):
    q1 = [q for q in analysis.catalogue if q.kind == "share" and "hulp krijgen" in q.key]
    assert len(q1) == 1 and len(q1[0].sources) == 2


def test_wilson_interval_and_margin(analysis):
    r = row(analysis, "Q1", 2023)
    low, high = wilson(70, 100)
    assert r.ci_low == pytest.approx(100 * low, abs=1e-9)
    assert r.ci_high == pytest.approx(100 * high, abs=1e-9)
    assert r.margin == pytest.approx(100 * margin(0.7, 100), abs=1e-9)


def test_reference_test_pooled_z(analysis):
    r = row(analysis, "Q1", 2023)
    ref_count = round_half_up(0.76 * 3000)
    assert (r.ref_percent, r.ref_n) == (76.0, 3000)
    assert r.diff_ref == pytest.approx(70 - 76)
    assert r.p_ref == pytest.approx(pooled_z_p(70, 100, ref_count, 3000), rel=1e-9)
    assert bool(r.sig_ref) == bool(r.p_ref < 0.05)


def test_previous_year_test(analysis):
    r = row(analysis, "Q1", 2024)
    assert r.prev_year == 2023
    assert r.diff_prev == pytest.approx(65.0 - 70.0)
    assert r.p_prev == pytest.approx(pooled_z_p(130, 200, 70, 100), rel=1e-9)
    assert bool(r.sig_prev) == bool(r.p_prev < 0.05)


def test_small_base_rules(analysis):
    r = row(analysis, "Q2", 2023)           # n = 30: tested
    assert r.n == 30 and not r.indicative and not math.isnan(r.p_ref)
    r = row(analysis, "Q2", 2024)           # n = 25: indicative, no tests
    assert r.n == 25 and r.indicative and not r.suppressed
    assert r.percent == pytest.approx(80.0)
    assert math.isnan(r.p_ref) and math.isnan(r.p_prev) and r.sig_ref is pd_na()
    assert "indicatief" in note_text(r.note)


def pd_na():
    import pandas as pd
    return pd.NA


def test_suppressed_below_min_n_report(files):
    sav, xlsx, ref = files
    out = services.load_files([sav, xlsx], reference=ref)
    a = services.analyse(out.surveys, out.reference, AnalysisOptions(min_n_report=26, min_n_test=30))
    r = row(a, "Q2", 2024)
    assert r.suppressed and math.isnan(r.percent) and math.isnan(r.ci_low) and math.isnan(r.margin)
    assert "niet getoond" in note_text(r.note)


def test_grade_mean_and_t_interval(analysis):
    r = analysis.results
    grade = r[(r.kind == "mean") & (r.year == 2023)].iloc[0]
    n23 = len(Q1_2023)
    values = np.array([v for v in ([7.0, 8.0, 6.0, 9.0, 99.0] * 40)[:n23] if v != 99.0])
    assert grade.n == len(values)
    assert grade["mean"] == pytest.approx(values.mean())
    half = sps.t.ppf(0.975, len(values) - 1) * values.std(ddof=1) / math.sqrt(len(values))
    assert grade.mean_ci_low == pytest.approx(values.mean() - half)
    assert grade.mean_ci_high == pytest.approx(values.mean() + half)
    # the grade is one question across the SPSS and the Excel file
    assert set(r[r.kind == "mean"].year) == {2023, 2024}


def test_confidence_and_alpha_are_settings(analysis):
    a = services.reanalyse(analysis, options=AnalysisOptions(confidence=0.90, alpha=0.01))
    r = a.results[(a.results.question_id == "Q1") & (a.results.year == 2023)].iloc[0]
    z90 = 1.6448536269514722
    assert r.ci_low == pytest.approx(100 * wilson(70, 100, z90)[0])
    assert r.margin == pytest.approx(100 * margin(0.7, 100, z90))
    assert bool(r.sig_ref) == bool(r.p_ref < 0.01)


def test_published_margin_from_seed_report():
    # Seed report: Eindhoven 2020, 79 % positive, n = 246, "marge ±5,1 procentpunt"
    from ceo_desk.stats.significance import normal_margin
    assert round(100 * float(normal_margin(np.array(0.79), np.array(246.0), 0.95)), 1) == 5.1


def test_pooled_z_test_vectorised_matches_formula():
    x1, n1, x2, n2 = np.array([50, 10, 199]), np.array([100, 40, 246]), np.array([40, 30, 3000]), np.array([100, 60, 4000])
    got = pooled_z_test(x1, n1, x2, n2)
    for i in range(3):
        assert got[i] == pytest.approx(pooled_z_p(x1[i], n1[i], x2[i], n2[i]), rel=1e-12)


def test_changing_roles_changes_figures(analysis):
    key = analysis.catalogue.by_id("Q1").key
    roles = {"Altijd": Role.POSITIVE, "Vaak": Role.NEGATIVE, "Soms": Role.NEGATIVE, "Nooit": Role.NEGATIVE,
             "Niet van toepassing": Role.NEGATIVE}
    a = services.reanalyse(analysis, overrides=Overrides(roles={key: roles}))
    r = a.results[(a.results.question_id == "Q1") & (a.results.year == 2023)].iloc[0]
    assert (r.n, r.positive) == (105, 40)       # n.v.t. now counted in n; 'Geen antwoord' stays missing


def test_by_group(files):
    sav, xlsx, ref = files
    out = services.load_files([sav, xlsx], reference=ref)
    a = services.analyse(out.surveys, out.reference, AnalysisOptions(by="stadsdeel"))
    r = a.results
    assert set(r[r.group_level == "group"].group) == {"Noord", "Zuid"}
    sub = r[(r.question_id == "Q1") & (r.year == 2023)]
    codes = to_codes(Q1_2023)
    for g, parity in (("Noord", 0), ("Zuid", 1)):
        picked = [c for i, c in enumerate(codes) if i % 2 == parity]
        n = sum(1 for c in picked if c in (1, 2, 3, 4))
        pos = sum(1 for c in picked if c in (1, 2))
        got = sub[sub.group == g].iloc[0]
        assert (got.n, got.positive) == (n, pos)


def test_weighted_share_and_kish_n(tmp_path):
    vals = answers(seed=9, Altijd=30, Nooit=30)
    w = [2.0 if v == "Altijd" else 1.0 for v in vals]
    frame = survey_frame({Q1: vals}, year=2024, weegfactor=w)
    path = write_csv(tmp_path / "w_2024.csv", frame)
    out = services.load_files([path])
    a = services.analyse(out.surveys, None, AnalysisOptions(weight="weegfactor"))
    r = a.results.iloc[0]
    wsum, w2sum = 30 * 2 + 30 * 1, 30 * 4 + 30 * 1
    p = 60 / wsum
    n_eff = wsum ** 2 / w2sum
    assert r.percent == pytest.approx(100 * p)
    assert r.n_eff == pytest.approx(n_eff)
    assert r.margin == pytest.approx(100 * margin(p, n_eff))
    assert r.n == 60


def test_holm_adjustment_over_the_whole_table(analysis):
    """--adjust-family all: every test of the table in one family, checked row by row."""
    a = services.reanalyse(analysis, options=AnalysisOptions(adjust="holm", adjust_family="all"))
    r = a.results
    raw = np.concatenate([r.p_ref.to_numpy(float), r.p_prev.to_numpy(float)])
    adj = np.concatenate([r.p_ref_adj.to_numpy(float), r.p_prev_adj.to_numpy(float)])
    tested = [i for i in range(len(raw)) if np.isfinite(raw[i])]
    m = len(tested)
    ranked = sorted(tested, key=lambda i: raw[i])
    running = 0.0
    for rank, i in enumerate(ranked):
        running = max(running, min(1.0, (m - rank) * raw[i]))
        assert adj[i] == pytest.approx(running, rel=1e-12), i
    assert all(np.isnan(adj[i]) for i in range(len(raw)) if i not in tested)


def test_reference_containing_the_municipality_is_subtracted(files):
    sav, xlsx, ref = files
    out = services.load_files([sav, xlsx], reference=ref)
    a = services.analyse(out.surveys, out.reference, AnalysisOptions(ref_includes_self=True))
    r = row(a, "Q1", 2023)
    ref_count = round_half_up(0.76 * 3000) - 70
    assert r.p_ref == pytest.approx(pooled_z_p(70, 100, ref_count, 3000 - 100), rel=1e-9)


def test_significant_case_against_reference(analysis):
    r = row(analysis, "Q1", 2024)           # 65 % of 200 against 75 % of 2900
    expected = pooled_z_p(130, 200, round_half_up(0.75 * 2900), 2900)
    assert expected < 0.05
    assert r.p_ref == pytest.approx(expected, rel=1e-9)
    assert bool(r.sig_ref) is True
