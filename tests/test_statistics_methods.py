"""Issue 10: the figures a methodologist checks — each against a formula written out in the test
(tests/formulas.py) or a published value, never against the program's own output."""

from __future__ import annotations

import math
from statistics import NormalDist

import numpy as np
import pytest
from scipy import stats as sps

from builders import answers, survey_frame, write_csv, write_reference
from formulas import (Z95, benjamini_hochberg, binomial_two_sided, holm, margin, mdd, newcombe, pooled_z_p,
                      power_two_proportions, round_half_up, welch_p, wilson)
from ceo_desk import cli, services
from ceo_desk.model.errors import InputError
from ceo_desk.model.options import AnalysisOptions
from ceo_desk.stats.notes import note_text
from ceo_desk.stats.significance import difference_interval, z_value

Q1 = "Ik kan de hulp krijgen die ik nodig heb."
Q2 = "Beslissingen over de hulp worden samen met mij genomen."
Q3 = "De hulpverleners weten genoeg om mij te kunnen helpen."


def _pad(values: list, size: int) -> list:
    return (values + [None] * size)[:size]


# 2023: Q1 70 of 100; Q2 32 of 32 (p = 1); Q3 40 of 60. 2024: Q1 130 of 200; Q2 0 of 35 (p = 0); Q3 50 of 80
Q1_23 = answers(seed=1, Altijd=40, Vaak=30, Soms=20, Nooit=10)
Q2_23 = _pad(answers(seed=2, Altijd=20, Vaak=12), 100)
Q3_23 = _pad(answers(seed=3, Altijd=25, Vaak=15, Soms=15, Nooit=5), 100)
Q1_24 = answers(seed=4, Altijd=60, Vaak=70, Soms=50, Nooit=20)
Q2_24 = _pad(answers(seed=5, Soms=20, Nooit=15), 200)
Q3_24 = _pad(answers(seed=6, Altijd=30, Vaak=20, Soms=20, Nooit=10), 200)
REF = [(Q1, 2023, 3000, 76.0), (Q1, 2024, 2900, 75.0), (Q2, 2023, 2800, 60.0), (Q2, 2024, 2700, 61.0),
       (Q3, 2023, 2500, 70.0), (Q3, 2024, 2600, 71.0)]


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    d = tmp_path_factory.mktemp("methods")
    f23 = survey_frame({Q1: Q1_23, Q2: Q2_23, Q3: Q3_23}, year=2023, stadsdeel=["Noord", "Zuid"] * 50)
    f24 = survey_frame({Q1: Q1_24, Q2: Q2_24, Q3: Q3_24}, year=2024, stadsdeel=["Noord", "Zuid"] * 100)
    return (write_csv(d / "teststad_2023.csv", f23), write_csv(d / "teststad_2024.csv", f24),
            write_reference(d / "ref.xlsx", REF))


_LOADED: dict = {}


def analyse(paths, reference=None, **options):
    """Load once per set of files (as the window does), analyse with these settings."""
    key = (tuple(paths), reference)
    if key not in _LOADED:
        _LOADED[key] = services.load_files(list(paths), reference=reference)
    out = _LOADED[key]
    assert not out.errors
    return services.analyse(out.surveys, out.reference, AnalysisOptions(**options))


def row(results, qid, year, group=None):
    sel = results[(results.question_id == qid) & (results.year == year)]
    if group is not None:
        sel = sel[sel.group == group]
    assert len(sel) == 1, sel
    return sel.iloc[0]


# --- the difference's interval: Newcombe's hybrid score ------------------------------------------------

# Newcombe (1998), Statistics in Medicine 17:873-890, Table II, method 10 (score, no continuity correction)
NEWCOMBE_TABLE_II = [
    ((56, 70, 48, 80), (0.0524, 0.3339)),
    ((9, 10, 3, 10), (0.1705, 0.8090)),
    ((6, 7, 2, 7), (0.0582, 0.8062)),
    ((5, 56, 0, 29), (-0.0381, 0.1926)),
    ((0, 10, 0, 20), (-0.1611, 0.2775)),
    ((0, 10, 0, 10), (-0.2775, 0.2775)),
    ((10, 10, 0, 20), (0.6791, 1.0000)),
    ((10, 10, 0, 10), (0.6075, 1.0000)),
]


@pytest.mark.parametrize("counts,published", NEWCOMBE_TABLE_II)
def test_difference_interval_matches_newcombe_1998(counts, published):
    low, high = difference_interval(*(np.array([c], float) for c in counts), 0.95)
    assert (round(float(low[0]), 4), round(float(high[0]), 4)) == published


def test_difference_intervals_in_the_results(files):
    a = analyse(files[:2], files[2])
    r = row(a.results, "Q1", 2023)
    low, high = newcombe(70, 100, round_half_up(0.76 * 3000), 3000)
    assert (r.diff_ref_low, r.diff_ref_high) == pytest.approx((100 * low, 100 * high), abs=1e-9)
    r = row(a.results, "Q1", 2024)
    low, high = newcombe(130, 200, 70, 100)
    assert (r.diff_prev_low, r.diff_prev_high) == pytest.approx((100 * low, 100 * high), abs=1e-9)
    assert r.diff_prev_low < r.diff_prev < r.diff_prev_high


# --- minimum detectable difference ------------------------------------------------------------------------

def test_mdd_against_a_power_formula(files):
    a = analyse(files[:2], files[2])
    r = row(a.results, "Q1", 2023)
    ref_count = round_half_up(0.76 * 3000)
    pooled = (70 + ref_count) / (100 + 3000)
    expected = mdd(pooled, 100, 3000)
    assert r.mdd_ref == pytest.approx(100 * expected, rel=1e-9)
    # a true difference of exactly the mdd is found with 80 % power (both tails counted)
    assert power_two_proportions(expected, pooled, 100, 3000) == pytest.approx(0.80, abs=1e-4)
    # second opinion: statsmodels' power of the normal test for the standardised difference
    from statsmodels.stats.power import NormalIndPower
    effect = expected / math.sqrt(pooled * (1 - pooled))
    assert NormalIndPower().power(effect_size=effect, nobs1=100, alpha=0.05, ratio=30) == pytest.approx(0.80, abs=1e-4)
    r = row(a.results, "Q1", 2024)
    assert r.mdd_prev == pytest.approx(100 * mdd(200 / 300, 200, 100), rel=1e-9)


def test_mdd_follows_alpha_and_only_where_tested(files):
    a = analyse(files[:2], files[2], alpha=0.01)
    r = row(a.results, "Q1", 2023)
    pooled = (70 + round_half_up(0.76 * 3000)) / 3100
    assert r.mdd_ref == pytest.approx(100 * mdd(pooled, 100, 3000, alpha=0.01), rel=1e-9)
    assert math.isnan(r.mdd_prev)                      # 2023 has no previous year: nothing tested
    grade_free = a.results[a.results.p_ref.isna()]
    assert grade_free.mdd_ref.isna().all()


# --- finite-population correction ---------------------------------------------------------------------------

def test_fpc_margin_interval_and_tests(files):
    a = analyse(files[:2], files[2], population=((2023, 400),))
    r = row(a.results, "Q1", 2023)
    n, N = 100, 400
    assert r.population == 400
    assert r.margin == pytest.approx(100 * margin(0.7, n) * math.sqrt((N - n) / (N - 1)), rel=1e-12)
    n_fpc = n * (N - 1) / (N - n)
    low, high = wilson(0.7 * n_fpc, n_fpc)
    assert (r.ci_low, r.ci_high) == pytest.approx((100 * low, 100 * high), abs=1e-9)
    ref_count = round_half_up(0.76 * 3000)
    assert r.p_ref == pytest.approx(pooled_z_p(0.7 * n_fpc, n_fpc, ref_count, 3000), rel=1e-9)
    later = row(a.results, "Q1", 2024)                 # no population given for 2024: no correction there
    assert math.isnan(later.population)
    assert later.margin == pytest.approx(100 * margin(0.65, 200), rel=1e-12)
    assert later.p_prev == pytest.approx(pooled_z_p(130, 200, 0.7 * n_fpc, n_fpc), rel=1e-9)


def test_fpc_population_not_larger_than_n_is_refused(files):
    with pytest.raises(InputError) as info:
        analyse(files[:2], files[2], population=((2023, 100),))
    assert info.value.key == "err.stats.population_small" and "100" in info.value.render("en")


def test_population_from_the_command_line_and_kept_as_pairs(files, tmp_path, capsys):
    out = tmp_path / "r.csv"
    code = cli.main(["analyze", str(files[0]), str(files[1]), "--population", "2023=1.250", "-o", str(out)])
    assert code == 0
    import pandas as pd
    frame = pd.read_csv(out)
    r = frame[(frame.question_id == "Q1") & (frame.year == 2023)].iloc[0]
    assert r.population == 1250
    assert r.margin == pytest.approx(100 * margin(0.7, 100) * math.sqrt(1150 / 1249), abs=1e-4)   # exported to 4 decimals
    with pytest.raises(SystemExit):
        cli.main(["analyze", str(files[0]), "--population", "2023"])
    assert "JAAR=N" in capsys.readouterr().err
    # a project file gives lists; the options keep sorted pairs
    assert AnalysisOptions(population=[[2024, 9], [2023, "80"]]).population == ((2023, 80), (2024, 9))


# --- multiple testing: the family -----------------------------------------------------------------------

@pytest.mark.parametrize("method,formula", [("holm", holm), ("fdr_bh", benjamini_hochberg)])
def test_adjustment_per_report_year_and_kind_row_by_row(files, method, formula):
    a = analyse(files[:2], files[2], adjust=method)
    r = a.results
    checked = 0
    for year in (2023, 2024):
        for kind in ("ref", "prev"):
            rows = r[(r.year == year) & r[f"p_{kind}"].notna()]
            expected = formula({q: p for q, p in zip(rows.question_id, rows[f"p_{kind}"])})
            for q, adj in zip(rows.question_id, rows[f"p_{kind}_adj"]):
                assert adj == pytest.approx(expected[q], rel=1e-12), (year, kind, q)
                checked += 1
    assert checked == len(r.p_ref.dropna()) + len(r.p_prev.dropna()) and checked >= 5
    # tests not done stay without an adjusted p
    assert r.p_ref_adj[r.p_ref.isna()].isna().all()


def test_adding_a_later_year_leaves_earlier_adjusted_p_unchanged(files):
    for method in ("holm", "fdr_bh"):
        alone = analyse(files[:1], files[2], adjust=method).results
        both = analyse(files[:2], files[2], adjust=method).results
        for q in ("Q1", "Q3"):
            assert row(both, q, 2023).p_ref_adj == row(alone, q, 2023).p_ref_adj
        # the old family (the whole table) did change them: the option keeps that behaviour on request
        all_alone = analyse(files[:1], files[2], adjust=method, adjust_family="all").results
        all_both = analyse(files[:2], files[2], adjust=method, adjust_family="all").results
        changed = [row(all_both, q, 2023).p_ref_adj != row(all_alone, q, 2023).p_ref_adj for q in ("Q1", "Q3")]
        assert any(changed)


def test_family_spans_the_groups_of_one_year(files):
    a = analyse(files[:2], files[2], adjust="holm", by="stadsdeel")
    r = a.results
    rows = r[(r.year == 2024) & r.p_ref.notna() & (r.group_level == "group")]
    assert set(rows.group) == {"Noord", "Zuid"}
    expected = holm({(q, g): p for q, g, p in zip(rows.question_id, rows.group, rows.p_ref)})
    for q, g, adj in zip(rows.question_id, rows.group, rows.p_ref_adj):
        assert adj == pytest.approx(expected[(q, g)], rel=1e-12)
    # the municipality as a whole is a group set of its own
    total = r[(r.year == 2024) & r.p_ref.notna() & (r.group_level == "total")]
    expected = holm(dict(zip(total.question_id, total.p_ref)))
    for q, adj in zip(total.question_id, total.p_ref_adj):
        assert adj == pytest.approx(expected[q], rel=1e-12)
    # each group against the rest: one family per year too
    rest = r[(r.year == 2024) & r.p_rest.notna()]
    expected = holm({(q, g): p for q, g, p in zip(rest.question_id, rest.group, rest.p_rest)})
    for q, g, adj in zip(rest.question_id, rest.group, rest.p_rest_adj):
        assert adj == pytest.approx(expected[(q, g)], rel=1e-12)


# --- the reference without the municipality ------------------------------------------------------------

def test_reference_without_the_municipality_shown_and_tested(files):
    a = analyse(files[:2], files[2], ref_includes_self=True)
    r = row(a.results, "Q1", 2023)
    count, n = round_half_up(0.76 * 3000) - 70, 3000 - 100
    assert r.ref_n == n
    assert r.ref_percent == pytest.approx(100 * count / n, rel=1e-12)      # 75,79 %, not the published 76
    assert r.diff_ref == pytest.approx(70 - 100 * count / n, rel=1e-12)
    assert r.p_ref == pytest.approx(pooled_z_p(70, 100, count, n), rel=1e-9)
    assert (r.diff_ref_low, r.diff_ref_high) == pytest.approx(tuple(100 * v for v in newcombe(70, 100, count, n)))
    assert r.ref_percent_published == 76.0


def test_reference_without_the_municipality_with_groups(files):
    a = analyse(files[:2], files[2], ref_includes_self=True, by="stadsdeel")
    count, n = round_half_up(0.76 * 3000) - 70, 3000 - 100        # the whole municipality comes out
    for group, parity in (("Noord", 0), ("Zuid", 1)):
        picked = [v for i, v in enumerate(Q1_23) if i % 2 == parity]
        pos = sum(v in ("Altijd", "Vaak") for v in picked)
        r = row(a.results, "Q1", 2023, group)
        assert (r.n, r.positive) == (len(picked), pos)
        assert r.ref_n == n and r.ref_percent == pytest.approx(100 * count / n, rel=1e-12)
        assert r.p_ref == pytest.approx(pooled_z_p(pos, len(picked), count, n), rel=1e-9)


# --- small bases with weights ------------------------------------------------------------------------------

def test_small_base_rules_use_the_effective_n(tmp_path):
    values = answers(seed=8, Altijd=20, Nooit=11)                   # n = 31
    weights = [2.5 if i == 0 else 1.0 for i in range(31)]
    n_eff = sum(weights) ** 2 / sum(w * w for w in weights)
    assert n_eff < 30 <= len(values)
    path = write_csv(tmp_path / "w_2024.csv", survey_frame({Q1: values}, year=2024, weegfactor=weights))
    ref = write_reference(tmp_path / "ref.xlsx", [(Q1, 2024, 2900, 75.0)])
    a = analyse([path], ref, weight="weegfactor")
    r = a.results.iloc[0]
    assert r.n == 31 and r.n_eff == pytest.approx(n_eff)           # the unweighted n stays beside it
    assert r.indicative and math.isnan(r.p_ref) and r.sig_ref is pd_na()
    assert "effectieve n < 30" in note_text(r.note)
    unweighted = analyse([path], ref).results.iloc[0]
    assert not unweighted.indicative and not math.isnan(unweighted.p_ref)


def pd_na():
    import pandas as pd
    return pd.NA


# --- p = 0 or 1 ---------------------------------------------------------------------------------------------

def test_all_or_nothing_shows_the_wilson_interval_not_a_zero_margin(files):
    a = analyse(files[:2], files[2])
    top = row(a.results, "Q2", 2023)            # 32 of 32
    assert top.percent == 100 and math.isnan(top.margin) and top.margin_is_interval
    assert top.ci_low == pytest.approx(100 * 32 / (32 + Z95 ** 2), rel=1e-12) and top.ci_high == pytest.approx(100)
    bottom = row(a.results, "Q2", 2024)         # 0 of 35
    assert bottom.percent == 0 and math.isnan(bottom.margin)
    assert bottom.ci_low == pytest.approx(0, abs=1e-12)
    assert bottom.ci_high == pytest.approx(100 * Z95 ** 2 / (35 + Z95 ** 2), rel=1e-12)
    assert "interval" in note_text(bottom.note)
    assert not row(a.results, "Q1", 2023).margin_is_interval


# --- reference in whole percentages -------------------------------------------------------------------------

def test_rounded_reference_sensitivity(tmp_path):
    frame = survey_frame({Q1: Q1_23, Q3: Q1_23}, year=2023)           # both 70 of 100
    path = write_csv(tmp_path / "s_2023.csv", frame)
    ref = write_reference(tmp_path / "ref.xlsx", [(Q1, 2023, 3000, 78.0), (Q3, 2023, 3000, 80.0)])
    a = analyse([path], ref)
    at = {pct: pooled_z_p(70, 100, round_half_up(pct / 100 * 3000), 3000) for pct in (77.5, 78.5, 79.5, 80.5)}
    assert at[77.5] > 0.05 > at[78.5]             # 78 % published: the truth may lie on either side
    assert at[79.5] < 0.05 and at[80.5] < 0.05     # 80 %: significant wherever it lies
    sensitive = row(a.results, "Q1", 2023)
    assert sensitive.ref_rounding_sensitive and "afronding van de referentie" in note_text(sensitive.note)
    steady = row(a.results, a.catalogue.find(Q3).id, 2023)
    assert not steady.ref_rounding_sensitive and "afronding" not in note_text(steady.note)
    # a reference with decimals is no rounded reference
    ref = write_reference(tmp_path / "ref1.xlsx", [(Q1, 2023, 3000, 78.0), (Q3, 2023, 3000, 80.4)], percent="decimal")
    assert not analyse([path], ref).results.ref_rounding_sensitive.any()


# --- a policy target -----------------------------------------------------------------------------------------

def test_target_exact_binomial(files):
    a = analyse(files[:2], files[2], targets=(("Q1", 80.0), ("samen met mij", 50)))
    r = row(a.results, "Q1", 2023)
    assert r.target == 80
    assert r.p_target == pytest.approx(binomial_two_sided(70, 100, 0.80), rel=1e-9)
    assert bool(r.sig_target) == (r.p_target < 0.05)
    r = row(a.results, "Q1", 2024)
    assert r.p_target == pytest.approx(binomial_two_sided(130, 200, 0.80), rel=1e-9)
    r = row(a.results, "Q2", 2023)              # found by part of its text
    assert r.target == 50 and r.p_target == pytest.approx(binomial_two_sided(32, 32, 0.5), rel=1e-9)
    assert row(a.results, "Q3", 2023).target != row(a.results, "Q3", 2023).target    # NaN: no target


def test_target_on_the_command_line_and_unknown_question(files, tmp_path, capsys):
    out = tmp_path / "t.csv"
    assert cli.main(["analyze", str(files[0]), "--target", "Q1=80%", "-o", str(out)]) == 0
    import pandas as pd
    r = pd.read_csv(out).iloc[0]
    assert r.target == 80 and r.p_target == pytest.approx(binomial_two_sided(70, 100, 0.8), abs=1e-4)
    assert cli.main(["analyze", str(files[0]), "--target", "Q99=80"]) == 2
    assert "Q99" in capsys.readouterr().err


# --- grades: Welch ----------------------------------------------------------------------------------------------

def test_grade_change_welch_interval_and_mdd(tmp_path):
    g23 = [7.0, 8.0, 6.0, 9.0, 7.0] * 8            # n 40
    g24 = [8.0, 8.0, 7.0, 9.0, 9.0, 6.0] * 10      # n 60
    paths = [write_csv(tmp_path / f"g_{y}.csv", survey_frame({Q1: answers(seed=y, Altijd=len(g)),
                                                               "Rapportcijfer": g}, year=y))
             for y, g in ((2023, g23), (2024, g24))]
    a = analyse(paths)
    r = a.results[(a.results.kind == "mean") & (a.results.year == 2024)].iloc[0]
    m1, s1, n1 = np.mean(g24), np.std(g24, ddof=1), len(g24)
    m2, s2, n2 = np.mean(g23), np.std(g23, ddof=1), len(g23)
    t, df = welch_p(m1, s1, n1, m2, s2, n2)
    assert r.p_prev == pytest.approx(2 * sps.t.sf(abs(t), df), rel=1e-9)
    half = sps.t.ppf(0.975, df) * math.sqrt(s1 ** 2 / n1 + s2 ** 2 / n2)
    assert (r.diff_prev_low, r.diff_prev_high) == pytest.approx((m1 - m2 - half, m1 - m2 + half), rel=1e-9)
    nd = NormalDist()
    assert r.mdd_prev == pytest.approx((nd.inv_cdf(0.975) + nd.inv_cdf(0.8)) * math.sqrt(s1 ** 2 / n1 + s2 ** 2 / n2))


def test_z_value_without_scipy_stats():
    assert z_value(0.95) == pytest.approx(NormalDist().inv_cdf(0.975), rel=1e-14)
    assert z_value(0.90) == pytest.approx(1.6448536269514722, rel=1e-14)


def test_all_or_nothing_is_written_as_an_interval_everywhere(files):
    from ceo_desk.i18n import fmt_margin
    from ceo_desk.report.sentences import question_sentences
    a = analyse(files[:2], files[2])
    rows = a.results[a.results.question_id == "Q2"]
    text = " ".join(question_sentences(rows, Q2, a.options, "nl"))
    high = 100 * Z95 ** 2 / (35 + Z95 ** 2)
    assert "±" not in text and f"95%-interval 0,0\u00a0% tot {high:.1f}".replace(".", ",") in text
    r = row(a.results, "Q2", 2023)
    assert fmt_margin(r.margin, r.ci_low, r.ci_high, "nl") == f"{100 * 32 / (32 + Z95 ** 2):.1f}–100,0".replace(".", ",")
    assert fmt_margin(5.04, 1, 2, "en") == "±5.0"
    table = cli.format_table(a.results, "nl", width=200)
    assert "±0,0" not in table and "0,0–" in table


def test_new_figures_hidden_with_the_cell(tmp_path):
    """A hidden cell of a breakdown shows none of the new figures (its interval or mdd would give it away)."""
    def year_file(year, sizes, seed):
        district = [g for g, k in sizes.items() for _ in range(k)]
        values = answers(seed=seed, Altijd=len(district) // 2, Nooit=len(district) - len(district) // 2)
        return write_csv(tmp_path / f"d_{year}.csv", survey_frame({Q1: values}, year=year, stadsdeel=district))
    paths = [year_file(2023, {"Noord": 60, "Zuid": 40, "West": 5}, 1),
             year_file(2024, {"Noord": 100, "Zuid": 90, "West": 15}, 2)]
    ref = write_reference(tmp_path / "ref.xlsx", [(Q1, 2023, 3000, 60.0), (Q1, 2024, 2900, 61.0)])
    r = analyse(paths, ref, by="stadsdeel", targets=(("Q1", 50),)).results
    hidden = r[r.suppressed]
    assert len(hidden) >= 2 and "West" in set(hidden.group)
    for col in ("n_test", "diff_ref_low", "diff_ref_high", "mdd_ref", "diff_prev_low", "diff_prev_high", "mdd_prev",
                "p_target", "p_target_adj"):
        assert hidden[col].isna().all(), col
    assert hidden.sig_target.isna().all() and not hidden.margin_is_interval.any()
    shown = r[~r.suppressed & (r.year == 2024) & (r.group == "Noord")].iloc[0]
    assert math.isfinite(shown.p_target) and math.isfinite(shown.mdd_ref)


# --- the words: sentences and the method page ----------------------------------------------------------------

def test_sentences_say_what_could_not_be_detected_and_the_target(files):
    from ceo_desk.report.sentences import question_sentences
    a = analyse(files[:2], files[2], targets=(("Q1", 80),))
    rows = a.results[a.results.question_id == "Q3"]
    latest = row(a.results, "Q3", 2024)            # 62,5 % of 80 against 71 % of 2600: not significant
    assert latest.sig_ref is not pd_na() and not latest.sig_ref
    pooled = (50 + round_half_up(0.71 * 2600)) / (80 + 2600)
    figure = f"{100 * mdd(pooled, 80, 2600):.1f}".replace(".", ",")
    text = " ".join(question_sentences(rows, Q3, a.options, "nl"))
    assert f"Een verschil kleiner dan {figure} procentpunt is met deze aantallen niet aan te tonen." in text
    prev_figure = f"{100 * mdd(90 / 140, 80, 60):.1f}".replace(".", ",")
    assert f"kleiner dan {prev_figure} procentpunt" in text
    text = " ".join(question_sentences(a.results[a.results.question_id == "Q1"], Q1, a.options, "nl"))
    assert binomial_two_sided(130, 200, 0.8) < 0.05
    assert "significant onder de streefwaarde van 80" in text


def test_method_page_states_the_methods(files, tmp_path):
    from pypdf import PdfReader
    a = analyse(files[:2], files[2], adjust="holm", population=((2024, 1000),), targets=(("Q1", 80),),
                ref_includes_self=True)
    pdf = services.write_report(a, tmp_path / "r.pdf")[0]
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(str(pdf)).pages).split())
    for phrase in ("per onderzoeksjaar en per soort vergelijking", "Newcombe", "in 80 % van de gevallen",
                   "eindige-populatiecorrectie", "2024: 200 van 1.000 cliënten (20", "exacte binomiale toets",
                   "Haar eigen aantallen", "hele procenten", "Wilson-interval in plaats van de marge",
                   "met het vorige jaar, met de streefwaarde)"):
        assert phrase in text, phrase
    assert not (a.results["kind"] == "mean").any() and "rapportcijfer dat van de t-toets" not in text   # no grade


def test_grade_against_a_reference_mean_welch_from_summary_statistics(tmp_path):
    """A reference that gives the grade's mean, SD and n (frame columns mean, sd): Welch's test, its
    interval and mdd, all from the summary statistics written out."""
    import pandas as pd
    from ceo_desk.model.reference import ReferenceTable
    from ceo_desk.model.scales import normalise_text
    grades = [8.0, 8.0, 7.0, 9.0, 9.0, 6.0] * 10      # n 60
    path = write_csv(tmp_path / "g_2024.csv", survey_frame({Q1: answers(seed=3, Altijd=60),
                                                             "Rapportcijfer": grades}, year=2024))
    out = services.load_files([path])
    grade = next(q for q in services.analyse(out.surveys).catalogue if q.kind == "mean")
    frame = pd.DataFrame({"key": [normalise_text(grade.text)], "text": [grade.text], "year": [2024],
                          "n": [2500.0], "percent": [np.nan], "mean": [7.4], "sd": [1.3]})
    reference = ReferenceTable(path=tmp_path / "ref.xlsx", frame=frame)
    a = services.analyse(out.surveys, reference, AnalysisOptions())
    r = a.results[a.results.kind == "mean"].iloc[0]
    m, s, n = np.mean(grades), np.std(grades, ddof=1), len(grades)
    t, df = welch_p(m, s, n, 7.4, 1.3, 2500)
    assert r.ref_percent == 7.4 and r.ref_n == 2500 and r.diff_ref == pytest.approx(m - 7.4)
    assert r.p_ref == pytest.approx(2 * sps.t.sf(abs(t), df), rel=1e-9)
    half = sps.t.ppf(0.975, df) * math.sqrt(s ** 2 / n + 1.3 ** 2 / 2500)
    assert (r.diff_ref_low, r.diff_ref_high) == pytest.approx((m - 7.4 - half, m - 7.4 + half), rel=1e-9)
    nd = NormalDist()
    assert r.mdd_ref == pytest.approx((nd.inv_cdf(0.975) + nd.inv_cdf(0.8)) * math.sqrt(s ** 2 / n + 1.3 ** 2 / 2500))
    from ceo_desk.report.sentences import question_sentences
    text = " ".join(question_sentences(a.results[a.results.kind == "mean"], grade.text, a.options, "nl"))
    assert "dan de referentiegroep (7,4)" in text


def test_chart_draws_the_target_as_a_named_dashed_line(files, tmp_path):
    from reportlab.graphics.shapes import Line, String
    from ceo_desk.charts import question_chart
    a = analyse(files[:2], files[2], targets=(("Q1", 80),))
    rows = a.results[a.results.question_id == "Q1"]
    drawing = question_chart(rows, "nl", options=a.options)
    lines, texts = [], []

    def walk(node):
        for item in getattr(node, "contents", []):
            walk(item)
        if isinstance(node, Line):
            lines.append(node)
        if isinstance(node, String):
            texts.append(node)
    walk(drawing)
    axis = {t.text: t.y + 2.5 for t in texts if t.text in ("0\u00a0%", "100\u00a0%")}
    assert len(axis) == 2
    dashed = [ln for ln in lines if ln.strokeDashArray and ln.x2 - ln.x1 > 100]
    assert len(dashed) == 1 and dashed[0].y1 == dashed[0].y2
    zero, hundred = axis["0\u00a0%"], axis["100\u00a0%"]
    assert (dashed[0].y1 - zero) / (hundred - zero) == pytest.approx(0.80)
    assert any(t.text == "streefwaarde 80\u00a0%" for t in texts)
    other = question_chart(a.results[a.results.question_id == "Q3"], "nl", options=a.options)
    assert "streefwaarde" not in str([getattr(t, "text", "") for t in other.contents])


def test_pdf_question_table_gives_the_newcombe_interval_under_each_difference(files, tmp_path):
    """The question page's table: '−6,0 niet sign.' with '(−15,4 tot +2,6)' under it — the Newcombe
    interval written out (tests/formulas.py), for the reference and for the previous year."""
    import subprocess
    pdf = tmp_path / "r.pdf"
    assert cli.main(["report", *map(str, files[:2]), "--reference", str(files[2]), "-o", str(pdf)]) == 0
    text = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())

    def signed(x):
        return f"{100 * x:+.1f}".replace(".", ",").replace("-", "\u2212")
    a = analyse(files[:2], files[2])
    checked = 0
    for year, (x1, n1), (x2, n2), kind in ((2023, (70, 100), (round_half_up(0.76 * 3000), 3000), "ref"),
                                            (2024, (130, 200), (round_half_up(0.75 * 2900), 2900), "ref"),
                                            (2024, (130, 200), (70, 100), "prev")):
        low, high = newcombe(x1, n1, x2, n2)
        r = row(a.results, "Q1", year)
        word = {(True, True): "▲ hoger", (True, False): "▼ lager"}.get((bool(r[f"sig_{kind}"]), x1 / n1 > x2 / n2),
                                                                       "niet sign.")
        if kind == "prev":
            word = word.replace("hoger", "gestegen").replace("lager", "gedaald")
        cell = f"{signed(x1 / n1 - x2 / n2)} {word} ({signed(low)} tot {signed(high)})"
        assert cell in text, cell
        checked += 1
    assert checked == 3


@pytest.mark.parametrize("lang, phrase", [("nl", "bij het rapportcijfer dat van de t-toets van Welch, in punten"),
                                          ("en", "for the grade that of Welch's t-test, in points")])
def test_method_page_says_what_the_grades_difference_interval_is(tmp_path, lang, phrase):
    """Newcombe's interval is for percentages; a report with a grade says its difference interval is Welch's."""
    from pypdf import PdfReader
    from ceo_desk.cli import demo_folder
    from ceo_desk.report import ReportOptions

    demo = demo_folder()
    loaded = services.load_files(sorted(demo.glob("ceo_jeugd_voorbeeldstad_*.*")),
                                 reference=demo / "referentiegroep_jeugd.xlsx")
    a = services.analyse(loaded.surveys, loaded.reference, AnalysisOptions(lang=lang))
    assert (a.results["kind"] == "mean").any()
    pdf = services.write_report(a, tmp_path / "r.pdf", ReportOptions(lang=lang))[0]
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(str(pdf)).pages).split())
    assert phrase in text
