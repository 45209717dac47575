"""Issue 10: a reference table that gives the grade's mean, SD and n (long form, CSV or xlsx) is read by
content and the grade is tested against it with Welch's test from summary statistics — checked against
Welch written out here (t, Welch–Satterthwaite df, p) — in the results, the CLI table, the PDF question
page and the window."""

from __future__ import annotations

import math
import subprocess

import numpy as np
import pandas as pd
import pytest
from scipy import stats as sps

from builders import answers, survey_frame, write_csv, write_xlsx
from ceo_desk import cli, services
from ceo_desk.io.reference import read_reference
from ceo_desk.model.errors import InputError

Q1 = "Ik kan de hulp krijgen die ik nodig heb."
GRADE = "Welk rapportcijfer geeft u de hulp?"
G23 = [7.0, 8.0, 6.0, 9.0, 7.0] * 16                  # n 80
G24 = [8.0, 8.0, 7.0, 9.0, 9.0, 6.0] * 20             # n 120
REF_MEAN = {2023: (7.3, 1.4, 2600), 2024: (7.4, 1.3, 2500)}


def welch_by_hand(m1, s1, n1, m2, s2, n2):
    """t = (m1 − m2)/√(s1²/n1 + s2²/n2); df = (v1 + v2)²/(v1²/(n1−1) + v2²/(n2−1)); p = 2·P(T_df > |t|)."""
    v1, v2 = s1 * s1 / n1, s2 * s2 / n2
    t = (m1 - m2) / math.sqrt(v1 + v2)
    df = (v1 + v2) ** 2 / (v1 * v1 / (n1 - 1) + v2 * v2 / (n2 - 1))
    return t, df, 2 * sps.t.sf(abs(t), df)


def _reference(headers=("Vraag", "Jaar", "N", "% positief", "Gemiddelde", "SD")) -> pd.DataFrame:
    q, y, n, p, m, s = headers
    rows = [{q: Q1, y: 2023, n: 3000, p: 76, m: None, s: None}, {q: Q1, y: 2024, n: 2900, p: 75, m: None, s: None}]
    rows += [{q: GRADE, y: year, n: size, p: None, m: mean, s: sd} for year, (mean, sd, size) in REF_MEAN.items()]
    return pd.DataFrame(rows)


@pytest.fixture(scope="module")
def surveys(tmp_path_factory):
    d = tmp_path_factory.mktemp("grades")
    return [write_csv(d / "teststad_2023.csv", survey_frame({Q1: answers(seed=1, Altijd=40, Vaak=20, Soms=20),
                                                              GRADE: G23}, year=2023)),
            write_csv(d / "teststad_2024.csv", survey_frame({Q1: answers(seed=3, Altijd=70, Vaak=20, Soms=30),
                                                              GRADE: G24}, year=2024))]


@pytest.mark.parametrize("suffix,headers", [
    (".csv", ("Vraag", "Jaar", "N", "% positief", "Gemiddelde", "SD")),
    (".xlsx", ("Vraagtekst", "Jaar", "Aantal", "Percentage positief", "Rapportcijfer", "Standaarddeviatie")),
    (".xlsx", ("Question", "Year", "N", "Percent positive", "Mean", "Standard deviation")),
])
def test_grade_rows_read_and_tested_with_welch(surveys, tmp_path, suffix, headers):
    path = tmp_path / f"ref{suffix}"
    frame = _reference(headers)
    if suffix == ".csv":
        write_csv(path, frame, encoding="utf-8-sig")            # decimal commas: 7,3 and 1,4
    else:
        write_xlsx(path, frame)
    reference = read_reference(path)
    grade_rows = reference.frame[reference.frame["mean"].notna()]
    assert sorted(grade_rows["mean"]) == [7.3, 7.4] and sorted(grade_rows["sd"]) == [1.3, 1.4]
    assert reference.frame.loc[reference.frame["percent"].notna(), "percent"].tolist() == [76, 75]
    loaded = services.load_files(list(surveys), reference=path)
    assert not loaded.errors
    a = services.analyse(loaded.surveys, loaded.reference)
    for year, grades in ((2023, G23), (2024, G24)):
        r = a.results[(a.results.kind == "mean") & (a.results.year == year)].iloc[0]
        mean, sd, size = REF_MEAN[year]
        m, s = float(np.mean(grades)), float(np.std(grades, ddof=1))
        t, df, p = welch_by_hand(m, s, len(grades), mean, sd, size)
        assert r.ref_mean == mean and r.ref_sd == sd and r.ref_n == size
        assert r.diff_ref == pytest.approx(m - mean, abs=1e-12)
        assert r.p_ref == pytest.approx(p, rel=1e-9)
        assert bool(r.sig_ref) == (p < 0.05)
        half = sps.t.ppf(0.975, df) * math.sqrt(s * s / len(grades) + sd * sd / size)
        assert (r.diff_ref_low, r.diff_ref_high) == pytest.approx((m - mean - half, m - mean + half), rel=1e-9)
    # the share rows still use the percentages
    q1 = a.results[(a.results.kind == "share") & (a.results.year == 2024)].iloc[0]
    assert q1.ref_percent == 75 and q1.ref_n == 2900


def test_2024_grade_is_significant_2023_is_not(surveys, tmp_path):
    """The two cases the other tests rely on, by hand: 2024 7.83 vs 7.4 (t ≈ 3.8), 2023 7.4 vs 7.3."""
    assert welch_by_hand(np.mean(G24), np.std(G24, ddof=1), 120, 7.4, 1.3, 2500)[2] < 0.05
    assert welch_by_hand(np.mean(G23), np.std(G23, ddof=1), 80, 7.3, 1.4, 2600)[2] > 0.05


def test_a_mean_column_holding_percentages_is_the_percent_column(tmp_path):
    """'Gemiddelde score' with 76 and 75 in it is no grade: content decides, it is the percent column."""
    path = write_xlsx(tmp_path / "ref.xlsx", pd.DataFrame({"Vraag": [Q1, Q1], "Jaar": [2023, 2024], "N": [3000, 2900],
                                                           "Gemiddelde score": [76.0, 75.5]}))
    frame = read_reference(path).frame
    assert frame["percent"].tolist() == [76.0, 75.5] and "mean" not in frame


def test_two_mean_columns_are_refused_naming_both(tmp_path):
    frame = _reference()
    frame["Rapportcijfer"] = frame["Gemiddelde"]
    path = write_xlsx(tmp_path / "ref.xlsx", frame)
    with pytest.raises(InputError) as err:
        read_reference(path)
    text = err.value.render("nl")
    assert "ref.xlsx" in text and "'Gemiddelde'" in text and "'Rapportcijfer'" in text
    assert "Laat één kolom" in text


def test_cli_table_and_pdf_question_page_show_the_reference_grade(surveys, tmp_path, capsys):
    ref = write_xlsx(tmp_path / "ref.xlsx", _reference())
    assert cli.main(["analyze", *map(str, surveys), "--reference", str(ref)]) == 0
    lines = [line for line in capsys.readouterr().out.splitlines() if "rapportcijfer" in line and "2024" in line]
    assert len(lines) == 1
    m24 = np.mean(G24)
    assert f" 2024 120 {m24:.1f} 7.4 {m24 - 7.4:.1f} ▲ ".replace(".", ",") in " ".join(lines[0].split()), lines[0]
    pdf = tmp_path / "r.pdf"
    assert cli.main(["report", *map(str, surveys), "--reference", str(ref), "-o", str(pdf)]) == 0
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    flat = " ".join(text.split())

    def nl(x):
        return f"{x:+.1f}".replace(".", ",").replace("-", "\u2212")
    assert "ref. gemiddelde ref. n verschil met referentie (punt)" in flat
    for year, grades, word in ((2023, G23, "niet sign."), (2024, G24, "▲ hoger")):
        mean, sd, size = REF_MEAN[year]
        m, s, n = float(np.mean(grades)), float(np.std(grades, ddof=1)), len(grades)
        _, df, _ = welch_by_hand(m, s, n, mean, sd, size)
        half = sps.t.ppf(0.975, df) * math.sqrt(s * s / n + sd * sd / size)
        cell = f"{nl(m - mean)} {word} ({nl(m - mean - half)} tot {nl(m - mean + half)})"
        assert cell in flat, cell
    assert "dan de referentiegroep (7,4); dat verschil is significant." in flat
    # the summary gives the reference's mean as a grade, not as a percentage, and names the difference
    assert "7,4 %" not in flat
    assert "significant hoger dan de referentiegroep: ‘Welk rapportcijfer geeft u de hulp?’ (7,8 tegen 7,4" in flat
