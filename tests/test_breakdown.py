"""Breakdowns by group: every figure against the formulas, and no hidden cell recoverable in any output."""

from __future__ import annotations

import math
import re

import numpy as np
import pandas as pd
import pytest

from builders import Q1, Q2, answers, read_export, survey_frame, write_reference, write_xlsx
from formulas import margin, pooled_z_p, round_half_up, wilson
from ceo_desk import services
from ceo_desk.cli import format_table, main
from ceo_desk.model.options import AnalysisOptions
from ceo_desk.stats.disclosure import complementary
from ceo_desk.stats.groups import group_columns, youth_and_parents
from ceo_desk.stats.notes import note_text

# (year, district) -> answers to Q1: Altijd, Vaak (positive), Soms, Nooit (negative), n.v.t., blank
PLAN = {
    (2022, "Noord"): (25, 10, 15, 10, 0, 0),
    (2022, "Zuid"): (20, 10, 10, 10, 2, 0),
    (2022, "Oost"): (10, 5, 10, 15, 0, 1),
    (2023, "Noord"): (30, 10, 15, 5, 3, 0),
    (2023, "Zuid"): (20, 5, 15, 10, 0, 0),
    (2023, "Oost"): (10, 10, 10, 5, 0, 2),
}
LABELS = ("Altijd", "Vaak", "Soms", "Nooit", "Niet van toepassing")


def _year_frame(year: int, plan: dict, column: str, seed: int = 0) -> pd.DataFrame:
    q1, groups = [], []
    for (y, group), counts in plan.items():
        if y != year:
            continue
        values = answers(seed=seed, blank=counts[5], **dict(zip(LABELS, counts[:5])))
        q1 += values
        groups += [group] * len(values)
    return survey_frame({Q1: q1}, year=year, **{column: groups})


@pytest.fixture(scope="module")
def districts(tmp_path_factory):
    folder = tmp_path_factory.mktemp("districts")
    files = [write_xlsx(folder / f"wijken_{y}.xlsx", _year_frame(y, PLAN, "stadsdeel", seed=y)) for y in (2022, 2023)]
    ref = write_reference(folder / "ref.xlsx", [(Q1, 2022, 3000, 70.0), (Q1, 2023, 3100, 72.0)])
    out = services.load_files(files, reference=ref)
    return out.surveys, out.reference


def _expected(plan: dict, year: int, group: str | None) -> tuple[int, int]:
    """(positive, n) of a group, or of everyone with group None."""
    cells = [c for (y, g), c in plan.items() if y == year and (group is None or g == group)]
    return sum(c[0] + c[1] for c in cells), sum(sum(c[:4]) for c in cells)


def test_every_cell_against_the_formulas(districts):
    surveys, reference = districts
    a = services.analyse(surveys, reference, AnalysisOptions(by="stadsdeel"))
    r = a.results.set_index(["group", "year"])
    ref = {2022: (70.0, 3000), 2023: (72.0, 3100)}
    for year in (2022, 2023):
        tot_pos, tot_n = _expected(PLAN, year, None)
        t = r.loc[("Totaal", year)]
        assert (t.n, t.positive) == (tot_n, tot_pos)
        assert t.percent == pytest.approx(100 * tot_pos / tot_n)
        for group in ("Noord", "Zuid", "Oost"):
            pos, n = _expected(PLAN, year, group)
            got = r.loc[(group, year)]
            p = pos / n
            low, high = wilson(pos, n)
            assert (got.n, got.positive) == (n, pos)
            assert got.percent == pytest.approx(100 * p)
            assert (got.ci_low, got.ci_high) == (pytest.approx(100 * low), pytest.approx(100 * high))
            assert got.margin == pytest.approx(100 * margin(p, n))
            # against the rest of the municipality: everyone else, a second independent sample
            rest_pos, rest_n = tot_pos - pos, tot_n - n
            assert got.rest_n == rest_n
            assert got.rest_percent == pytest.approx(100 * rest_pos / rest_n)
            assert got.diff_rest == pytest.approx(100 * (p - rest_pos / rest_n))
            assert got.p_rest == pytest.approx(pooled_z_p(pos, n, rest_pos, rest_n), rel=1e-9)
            assert bool(got.sig_rest) == (pooled_z_p(pos, n, rest_pos, rest_n) < 0.05)
            # against the whole reference group (the table has no figure per district), said in the note
            ref_p, ref_n = ref[year]
            ref_count = round_half_up(ref_p / 100 * ref_n)
            assert got.p_ref == pytest.approx(pooled_z_p(pos, n, ref_count, ref_n), rel=1e-9)
            assert "hele referentiegroep" in note_text(got.note)
            if year == 2023:          # against its own previous year
                prev_pos, prev_n = _expected(PLAN, 2022, group)
                assert got.prev_year == 2022
                assert got.diff_prev == pytest.approx(100 * (p - prev_pos / prev_n))
                assert got.p_prev == pytest.approx(pooled_z_p(pos, n, prev_pos, prev_n), rel=1e-9)


def test_rest_difference_is_significant_where_the_formula_says(districts):
    """Oost 2022 (15 of 40) against the rest (65 of 107): a clear, significant gap."""
    surveys, reference = districts
    a = services.analyse(surveys, reference, AnalysisOptions(by="stadsdeel"))
    row = a.results[(a.results.group == "Oost") & (a.results.year == 2022)].iloc[0]
    expected = pooled_z_p(15, 40, 65, 107)
    assert expected < 0.05 and bool(row.sig_rest) and row.diff_rest < 0


def test_group_columns_recognised(districts, tmp_path):
    surveys, _ = districts
    cols = group_columns(surveys)
    assert [(c.name, c.kind) for c in cols] == [("stadsdeel", "stadsdeel")]       # gemeente: one value only
    frame = survey_frame({Q1: answers(Altijd=4, Nooit=4)}, year=2023, **{
        "Ingevuld door": ["Jongere", "Ouder/verzorger"] * 4, "Type hulp": ["Ambulant", "Verblijf"] * 4,
        "Leeftijdsklasse": ["12-17", "18+"] * 4, "wijk": ["A", "B", "C", "D"] * 2})
    out = services.load_files([write_xlsx(tmp_path / "bg_2023.xlsx", frame)])
    cols = group_columns(out.surveys)
    assert [c.kind for c in cols] == ["doelgroep", "wijk", "hulp", "leeftijd"]
    assert youth_and_parents(cols[0])


# --- disclosure ------------------------------------------------------------------------------------
# The issue's own case: Q6 2023, youths n = 5 (3 positive), parents n = 29 (18 positive), total 34.
SMALL = {
    (2022, "Jongere"): (20, 10, 8, 2, 0, 0),
    (2022, "Ouder/verzorger"): (25, 10, 5, 5, 0, 0),
    (2023, "Jongere"): (2, 1, 1, 1, 0, 0),
    (2023, "Ouder/verzorger"): (10, 8, 6, 5, 0, 0),
    (2024, "Jongere"): (20, 8, 8, 4, 0, 0),
    (2024, "Ouder/verzorger"): (22, 10, 8, 5, 0, 0),
}


@pytest.fixture(scope="module")
def small_split(tmp_path_factory):
    folder = tmp_path_factory.mktemp("small")
    files = [write_xlsx(folder / f"jeugd_{y}.xlsx", _year_frame(y, SMALL, "doelgroep", seed=y)) for y in (2022, 2023, 2024)]
    ref = write_reference(folder / "ref.xlsx", [(Q1, y, 3000, 75.0) for y in (2022, 2023, 2024)])
    return files, ref


def _check_rows(rows: list[dict], codes: bool = False) -> None:
    """What an output shows for 2023 and 2024: nothing from which youths' 3 of 5 in 2023 follows.
    ``codes``: the rows are the results frame's, whose notes are codes (outputs hold their text)."""
    def blank(v) -> bool:
        return v is None or v == "" or (isinstance(v, float) and math.isnan(v))

    by = {(str(r["group"]), int(r["year"])): r for r in rows}
    total = by[("Totaal", 2023)]
    assert int(total["n"]) == 34 and float(total["percent"]) == pytest.approx(100 * 21 / 34, abs=0.05)
    for group in ("Jongere", "Ouder/verzorger"):
        hidden = by[(group, 2023)]
        for col in ("n", "positive", "percent", "ci_low", "ci_high", "margin", "diff_ref", "p_ref", "diff_prev",
                    "p_prev", "rest_n", "rest_percent", "diff_rest", "p_rest"):
            assert blank(hidden[col]), (group, col, hidden[col])
        later = by[(group, 2024)]                 # 2024 shown, but no difference with the hidden 2023
        assert not blank(later["n"]) and blank(later["diff_prev"]) and blank(later["p_prev"])
        note = note_text(later.get("note")) if codes else str(later.get("note") or "")
        assert "vorig jaar n <" not in note     # not even a bound on the hidden n


def test_complementary_suppression_in_the_frame(small_split):
    files, ref = small_split
    out = services.load_files(files, reference=ref)
    a = services.analyse(out.surveys, out.reference, AnalysisOptions(by="doelgroep"))
    _check_rows(a.results.astype(object).where(a.results.notna(), None).to_dict("records"), codes=True)
    parents = a.results[(a.results.group == "Ouder/verzorger") & (a.results.year == 2023)].iloc[0]
    assert "af te leiden" in note_text(parents.note) and bool(parents.suppressed)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".json"])
def test_no_hidden_cell_in_exports(small_split, tmp_path, suffix):
    files, ref = small_split
    target = tmp_path / f"uit{suffix}"
    assert main(["analyze", *map(str, files), "--reference", str(ref), "--by", "doelgroep", "-o", str(target)]) == 0
    frame = read_export(target)
    _check_rows(frame.astype(object).where(frame.notna(), None).to_dict("records"))


def _terminal_rows(text: str) -> list[dict]:
    """The terminal table back into cells, by the column positions its dashed line gives."""
    lines = text.splitlines()
    spans = [m.span() for m in re.finditer(r"-+", lines[1])]
    heads = [lines[0].ljust(len(lines[1]))[a:b].strip() for a, b in spans]
    return [{h: line.ljust(spans[-1][1])[a:b].strip() for h, (a, b) in zip(heads, spans)} for line in lines[2:]]


def test_no_hidden_cell_in_terminal_table(small_split):
    files, ref = small_split
    out = services.load_files(files, reference=ref)
    a = services.analyse(out.surveys, out.reference, AnalysisOptions(by="doelgroep"))
    rows = _terminal_rows(format_table(a.results, width=400))
    mapped = [{"group": r["groep"], "year": r["jaar"], "n": r["n"], "percent": (r["%"] or "").replace(",", "."),
               "diff_prev": r["Δ vorig"], "p_prev": "", "positive": "", "ci_low": "", "ci_high": "", "margin": r["±"],
               "diff_ref": r["Δ ref"], "p_ref": "", "rest_n": "", "rest_percent": "", "diff_rest": r["Δ rest"],
               "p_rest": ""} for r in rows]
    _check_rows(mapped)


def test_complementary_rule():
    # one hidden cell: the smallest shown one is hidden too
    primary, secondary = complementary(np.array([5, 29, 40]), [[0, 1, 2]], 10)
    assert list(primary) == [True, False, False] and list(secondary) == [False, True, False]
    # two hidden cells that together hold fewer than 10 answers: one more
    primary, secondary = complementary(np.array([3, 4, 12, 50]), [[0, 1, 2, 3]], 10)
    assert list(secondary) == [False, False, True, False]
    # an empty cell protects nothing
    primary, secondary = complementary(np.array([0, 6, 30]), [[0, 1, 2]], 10)
    assert list(secondary) == [False, False, True]
    # a cross: hiding spreads along rows and columns until every margin is safe
    n = np.array([5, 40, 40, 40])           # (a,x) (a,y) (b,x) (b,y)
    parts = [[0, 1, 2, 3], [0, 1], [2, 3], [0, 2], [1, 3]]
    primary, secondary = complementary(n, parts, 10)
    hidden = primary | secondary
    assert hidden.sum() == 4 or all(hidden[p].sum() != 1 for p in parts)
    for p in parts:
        assert hidden[p].sum() != 1


def test_small_group_merged_into_overig(tmp_path):
    plan = {(2023, "Noord"): (20, 10, 10, 5, 0, 0), (2023, "Zuid"): (20, 10, 10, 10, 0, 0),
            (2023, "Kern A"): (2, 1, 1, 0, 0, 0), (2023, "Kern B"): (1, 1, 1, 1, 0, 0)}
    path = write_xlsx(tmp_path / "kernen_2023.xlsx", _year_frame(2023, plan, "stadsdeel"))
    a = services.analyse(services.load_files([path]).surveys, None, AnalysisOptions(by="stadsdeel"))
    groups = list(a.results[a.results.group_level == "group"].group)
    assert groups == ["Noord", "Zuid", "Overig"]
    assert a.breakdown.merged == ["Kern A", "Kern B"]
    overig = a.results[a.results.group == "Overig"].iloc[0]
    assert bool(overig.suppressed) and pd.isna(overig.n) and "samengevoegd" in note_text(overig.note)
    # respondents per group, as the report prints them: Overig (8) hidden, and so one more (Noord, 45)
    resp = a.breakdown.respondents[:, 0]
    assert np.isnan(resp[2]) and np.isnan(resp[0]) and resp[1] == 50


def test_cross_of_two_columns(tmp_path):
    q1 = answers(seed=1, Altijd=60, Nooit=60)
    frame = survey_frame({Q1: q1}, year=2023, doelgroep=(["Jongere"] * 3 + ["Ouder"] * 3) * 20,
                         stadsdeel=["Noord", "Zuid"] * 60)
    path = write_xlsx(tmp_path / "kruis_2023.xlsx", frame)
    out = services.load_files([path])
    a = services.analyse(out.surveys, None, AnalysisOptions(by=("doelgroep", "stadsdeel")))
    groups = a.results[a.results.group_level == "group"].set_index("group")
    assert set(groups.index) == {"Jongere × Noord", "Jongere × Zuid", "Ouder × Noord", "Ouder × Zuid"}
    for name, (dg, sd) in {"Jongere × Noord": ("Jongere", "Noord"), "Ouder × Zuid": ("Ouder", "Zuid")}.items():
        picked = [v for i, v in enumerate(q1) if frame.doelgroep[i] == dg and frame.stadsdeel[i] == sd]
        assert groups.loc[name, "n"] == len(picked)
        assert groups.loc[name, "positive"] == sum(v == "Altijd" for v in picked)
    assert main(["analyze", str(path), "--by", "doelgroep", "--by", "stadsdeel", "-o", str(tmp_path / "k.csv")]) == 0


def _pdf_lines(path) -> list[str]:
    import subprocess
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return text.splitlines()


VERDICT = re.compile(r"niet sign\.|niet getoetst|▲|▼")


def test_report_by_group_shows_no_hidden_cell(small_split, tmp_path):
    files, ref = small_split
    target = tmp_path / "rapport.pdf"
    assert main(["report", *map(str, files), "--reference", str(ref), "--by", "doelgroep", "-o", str(target),
                 "--date", "2025-01-01"]) == 0
    lines = _pdf_lines(target)
    text = "\n".join(lines)
    assert "Verschillen naar doelgroep" in text and "Uitsplitsing" in text
    # the question's table: 2022 | 2023 | 2024 | vs rest | vs reference | vs previous year
    rows = [l for l in lines if l.strip().startswith(("Jongere", "Ouder/verzorger"))]
    table_rows = [l for l in rows if "%" in l]
    assert len(table_rows) == 2
    for line in table_rows:
        cells = re.split(r"\s{2,}", line.strip())
        assert cells[3] == "niet getoond" and cells[4] in ("40", "45"), cells      # 2023: n and % hidden
        assert len(VERDICT.findall(line)) == 2, line                       # rest and reference, no 'vs 2023'
    # respondents per group: 2023 hidden for both groups (5 and 29), shown for 2022 and 2024
    resp = [re.split(r"\s{2,}", l.strip()) for l in rows if "%" not in l]
    assert resp == [["Jongere", "40", "niet getoond", "40"], ["Ouder/verzorger", "45", "niet getoond", "45"]]
    # no sentence or summary line names a hidden figure: youths 3 of 5 (60 %), parents 18 of 29 (62,1 %)
    assert "62,1" not in text and "60,0 %" not in text
    assert " 29 " not in text.replace("2029", "")


@pytest.mark.parametrize("with_total", [True, False])
def test_reference_with_a_group_column(small_split, tmp_path, with_total):
    """Youths against the reference's youths; parents, whom the table names otherwise, against the whole
    reference (and the note says so); without a total row the groups pooled stand in for it."""
    files, _ = small_split
    rows = [{"Vraag": Q1, "Doelgroep": "Jongeren", "Jaar": 2022, "N": 1500, "Percentage positief": 80},
            {"Vraag": Q1, "Doelgroep": "Ouders", "Jaar": 2022, "N": 1500, "Percentage positief": 70}]
    if with_total:
        rows.append({"Vraag": Q1, "Doelgroep": "Totaal", "Jaar": 2022, "N": 3000, "Percentage positief": 74})
    ref = write_xlsx(tmp_path / "ref_groepen.xlsx", pd.DataFrame(rows), sheet_name="Referentiegroep")
    out = services.load_files(files, reference=ref)
    assert not out.errors
    a = services.analyse(out.surveys, out.reference, AnalysisOptions(by="doelgroep"))
    r = a.results.set_index(["group", "year"])
    youth = r.loc[("Jongere", 2022)]
    assert (youth.ref_percent, youth.ref_n) == (80, 1500) and "dezelfde groep" in note_text(youth.note)
    assert youth.p_ref == pytest.approx(pooled_z_p(30, 40, round_half_up(0.80 * 1500), 1500), rel=1e-9)
    parents = r.loc[("Ouder/verzorger", 2022)]
    overall = (74, 3000) if with_total else (75, 3000)
    assert (parents.ref_percent, parents.ref_n) == overall and "hele referentiegroep" in note_text(parents.note)
    assert parents.p_ref == pytest.approx(pooled_z_p(35, 45, round_half_up(overall[0] / 100 * 3000), 3000), rel=1e-9)
    total = r.loc[("Totaal", 2022)]
    assert (total.ref_percent, total.ref_n) == overall
    assert a.breakdown.reference_by_group


def test_report_of_youths_and_parents_shows_them_side_by_side(small_split, tmp_path, capsys):
    files, ref = small_split
    default = tmp_path / "standaard.pdf"
    assert main(["report", *map(str, files), "--reference", str(ref), "-o", str(default)]) == 0
    assert "naast elkaar" in capsys.readouterr().err
    text = "\n".join(_pdf_lines(default))
    assert "Jongere" in text and "Ouder/verzorger" in text and "Uitsplitsing" in text
    together = tmp_path / "samen.pdf"
    assert main(["report", *map(str, files), "--reference", str(ref), "--by", "none", "-o", str(together)]) == 0
    assert "naast elkaar" not in capsys.readouterr().err
    assert "Uitsplitsing" not in "\n".join(_pdf_lines(together))


def test_regional_file_by_gemeente(tmp_path, capsys):
    """A region: one table of municipalities per question, the region's total, each against the rest of the
    region; a municipality with fewer than 10 respondents goes into 'Overig'."""
    names = [f"Gemeente {chr(65 + i)}" for i in range(11)]
    plan = {(2023, name): (20 + 2 * i, 5, 8, 4 + i % 3, 0, 0) for i, name in enumerate(names)}
    plan[(2023, "Kleindorp")] = (2, 1, 1, 0, 0, 0)
    frame = _year_frame(2023, plan, "gemeente")
    frame["gemeente"] = [g for (_, g), c in plan.items() for _ in range(sum(c))]
    path = write_xlsx(tmp_path / "regio_2023.xlsx", frame)
    a = services.analyse(services.load_files([path]).surveys, None, AnalysisOptions(by="gemeente"))
    r = a.results.set_index("group")
    assert list(r[r.group_level == "group"].index) == names + ["Overig"]
    tot_pos = sum(c[0] + c[1] for c in plan.values())
    tot_n = sum(sum(c[:4]) for c in plan.values())
    assert (r.loc["Totaal", "n"], r.loc["Totaal", "positive"]) == (tot_n, tot_pos)
    # Overig (4 answers) is hidden, so the smallest municipality is hidden with it
    assert bool(r.loc["Overig", "suppressed"]) and bool(r.loc["Gemeente A", "suppressed"])
    assert pd.isna(r.loc["Gemeente A", "n"]) and "af te leiden" in note_text(r.loc["Gemeente A", "note"])
    for name in names[1:]:
        c = plan[(2023, name)]
        pos, n = c[0] + c[1], sum(c[:4])
        assert r.loc[name, "p_rest"] == pytest.approx(pooled_z_p(pos, n, tot_pos - pos, tot_n - n), rel=1e-9)
    target = tmp_path / "regio.pdf"
    assert main(["report", str(path), "--by", "gemeente", "-o", str(target), "--date", "2025-01-01"]) == 0
    text = "\n".join(_pdf_lines(target))
    assert "rest van de regio" in text and "Gemeente K" in text and "Kleindorp" in text   # named as merged


def test_cross_with_a_small_cell_hides_along_rows_and_columns(tmp_path):
    """doelgroep × stadsdeel with one cell of 4: no row or column margin (nor the total) has a single
    hidden cell or hidden cells that hold fewer than 10 answers together."""
    cells = {("Jongere", "Noord"): 4, ("Jongere", "Zuid"): 30, ("Ouder", "Noord"): 35, ("Ouder", "Zuid"): 40}
    q1, doelgroep, stadsdeel = [], [], []
    for (dg, sd), size in cells.items():
        values = answers(seed=size, Altijd=size // 2, Nooit=size - size // 2)
        q1 += values
        doelgroep += [dg] * size
        stadsdeel += [sd] * size
    path = write_xlsx(tmp_path / "kruis_2023.xlsx", survey_frame({Q1: q1}, year=2023, doelgroep=doelgroep,
                                                                 stadsdeel=stadsdeel))
    a = services.analyse(services.load_files([path]).surveys, None, AnalysisOptions(by=("doelgroep", "stadsdeel")))
    groups = a.results[a.results.group_level == "group"].set_index("group")
    hidden = {tuple(g.split(" × ")) for g in groups.index if bool(groups.loc[g, "suppressed"])}
    assert ("Jongere", "Noord") in hidden
    margins = [[c for c in cells if c[0] == v] for v in ("Jongere", "Ouder")] + \
              [[c for c in cells if c[1] == v] for v in ("Noord", "Zuid")] + [list(cells)]
    for margin in margins:
        gone = [c for c in margin if c in hidden]
        assert len(gone) != 1 and (not gone or sum(cells[c] for c in gone) >= 10), (margin, gone)
    for g in groups.index:
        if bool(groups.loc[g, "suppressed"]):
            assert pd.isna(groups.loc[g, "n"]) and pd.isna(groups.loc[g, "percent"])


def test_grade_per_group_against_the_rest_with_welch(tmp_path):
    """The report grade per district: mean, and Welch's t-test against the rest, written out."""
    from scipy import stats as sps
    grades = {"Noord": [8, 7, 9, 8, 6, 8, 7, 9, 8, 7] * 4, "Zuid": [6, 7, 5, 6, 7, 6, 8, 5, 6, 7] * 4}
    values = grades["Noord"] + grades["Zuid"]
    frame = survey_frame({Q1: answers(Altijd=40, Nooit=40)}, year=2023,
                         stadsdeel=["Noord"] * 40 + ["Zuid"] * 40, rapportcijfer=values)
    path = write_xlsx(tmp_path / "cijfer_2023.xlsx", frame)
    a = services.analyse(services.load_files([path]).surveys, None, AnalysisOptions(by="stadsdeel"))
    rows = a.results[(a.results.kind == "mean") & (a.results.group_level == "group")].set_index("group")
    assert len(rows) == 2
    for group, other in (("Noord", "Zuid"), ("Zuid", "Noord")):
        x, y = grades[group], grades[other]
        mx, my = sum(x) / len(x), sum(y) / len(y)
        vx = sum((v - mx) ** 2 for v in x) / (len(x) - 1)
        vy = sum((v - my) ** 2 for v in y) / (len(y) - 1)
        se2 = vx / len(x) + vy / len(y)
        t = (mx - my) / math.sqrt(se2)
        df = se2 ** 2 / ((vx / len(x)) ** 2 / (len(x) - 1) + (vy / len(y)) ** 2 / (len(y) - 1))
        r = rows.loc[group]
        assert r["mean"] == pytest.approx(mx) and r.rest_mean == pytest.approx(my)
        assert r.diff_rest == pytest.approx(mx - my)
        assert r.p_rest == pytest.approx(2 * sps.t.sf(abs(t), df), rel=1e-9)


def test_one_group_however_the_files_spell_it(tmp_path, capsys):
    """2022 (.sav) labels the codes 'Jongere (12-18 jaar)' / 'Ouder / verzorger', 2023 (.xlsx) writes
    'Jongere' / 'Ouder/verzorger', 2024 (.csv) has bare codes 1/2: two groups, each followed over the years."""
    from builders import FREQ_LABELS, to_codes, write_csv, write_sav
    plan = {2022: {"youth": (30, 15), "parent": (30, 20)}, 2023: {"youth": (25, 15), "parent": (35, 15)},
            2024: {"youth": (12, 13), "parent": (25, 25)}}              # (positive, negative) per group

    def year(y):
        q1, groups = [], []
        for who, (pos, neg) in plan[y].items():
            q1 += answers(seed=y, Altijd=pos, Nooit=neg)
            groups += [who] * (pos + neg)
        return q1, groups
    q1, groups = year(2022)
    sav = write_sav(tmp_path / "ceo_2022.sav", {"jaar": [2022] * len(q1), "doelgroep": [1 if g == "youth" else 2 for g in groups],
                                                 "v1": to_codes(q1)}, labels={"v1": Q1},
                    value_labels={"v1": FREQ_LABELS, "doelgroep": {1: "Jongere (12-18 jaar)", 2: "Ouder / verzorger"}})
    q1, groups = year(2023)
    xlsx = write_xlsx(tmp_path / "ceo_2023.xlsx", survey_frame({Q1: q1}, year=2023, doelgroep=[
        "Jongere" if g == "youth" else "Ouder/verzorger" for g in groups]))
    q1, groups = year(2024)
    csv = write_csv(tmp_path / "ceo_2024.csv", survey_frame({Q1: q1}, year=2024, doelgroep=[
        1 if g == "youth" else 2 for g in groups]))
    out = services.load_files([sav, xlsx, csv])
    assert not out.errors
    a = services.analyse(out.surveys, None, AnalysisOptions(by="doelgroep"))
    assert a.breakdown.groups == ["Jongere (12-18 jaar)", "Ouder / verzorger"]
    r = a.results.set_index(["group", "year"])
    for y, cells in plan.items():
        for who, name in (("youth", "Jongere (12-18 jaar)"), ("parent", "Ouder / verzorger")):
            pos, neg = cells[who]
            assert r.loc[(name, y), "n"] == pos + neg
            assert r.loc[(name, y), "percent"] == pytest.approx(100 * pos / (pos + neg))
    # each group against its own previous year: 2023 youths 25/40 against 2022 youths 30/45
    assert r.loc[("Jongere (12-18 jaar)", 2023), "p_prev"] == pytest.approx(pooled_z_p(25, 40, 30, 45), rel=1e-9)
    assert [c.groups for c in group_columns(out.surveys)] == [("Jongere (12-18 jaar)", "Ouder / verzorger")]


def test_group_names_are_shared_only_when_unambiguous():
    from ceo_desk.model.groups import shared_group_names
    shown = shared_group_names(["Jongere", "Jongere (12-18 jaar)", "Ouder/verzorger", "Ouder / verzorger", "Noord"])
    assert shown == {"Jongere": "Jongere (12-18 jaar)", "Jongere (12-18 jaar)": "Jongere (12-18 jaar)",
                     "Ouder/verzorger": "Ouder / verzorger", "Ouder / verzorger": "Ouder / verzorger", "Noord": "Noord"}
    # 'Jongere' fits two bracketed names: which one it means is not known, so it stays apart
    shown = shared_group_names(["Jongere", "Jongere (12-15 jaar)", "Jongere (16-18 jaar)"])
    assert len(set(shown.values())) == 3


def test_demo_2024_codes_show_the_labels_of_2022(capsys):
    """The demo's 2024 CSV codes doelgroep 1/2; the 2022 .sav labels them: every year shows the labelled groups."""
    from ceo_desk.cli import demo_folder
    files = sorted(demo_folder().glob("ceo_jeugd_voorbeeldstad_*.*"))
    assert main(["analyze", *map(str, files), "--by", "doelgroep"]) == 0
    captured = capsys.readouterr()
    rows_2024 = [line for line in captured.out.splitlines() if line.startswith("Q1 ") and " 2024 " in line]
    named = sorted(name for line in rows_2024 for name in ("Totaal", "Jongere", "Ouder/verzorger") if f" {name} " in line)
    assert named == ["Jongere", "Ouder/verzorger", "Totaal"] and len(rows_2024) == 3      # no group '1' or '2'
    assert "labels van dezelfde kolom" in captured.err


def test_group_sentences_give_each_group_n_margin_and_the_test(districts):
    """The sentences under a breakdown of three districts: a district that differs significantly from the rest
    (z-test written out) with its figure, n and margin and the rest's figure; the others named once as not
    significant; plain Dutch, no stock phrase, the phrasing varied between questions."""
    from ceo_desk.i18n import fmt_number, fmt_percent
    from ceo_desk.report.sentences import group_sentences
    surveys, reference = districts
    options = AnalysisOptions(by="stadsdeel")
    a = services.analyse(surveys, reference, options)
    rows = a.results[a.results.question == Q1]
    seen_significant = 0
    for year in (2022, 2023):
        texts = [group_sentences(rows, year, options, "nl", variant=v) for v in range(3)]
        tot_pos, tot_n = _expected(PLAN, year, None)
        for text in texts:
            joined = " ".join(text)
            assert "met andere woorden" not in joined
            for group in ("Noord", "Zuid", "Oost"):
                pos, n = _expected(PLAN, year, group)
                rest_pos, rest_n = tot_pos - pos, tot_n - n
                significant = pooled_z_p(pos, n, rest_pos, rest_n) < 0.05
                if not significant:
                    named = next(s for s in text if f"‘{group}’" in s)
                    assert "niet significant" in named or "geen enkele groep significant" in named
                    continue
                seen_significant += 1
                figure = next(s for s in text if f"‘{group}’" in s and "n = " in s)
                assert fmt_percent(100 * pos / n, 1, "nl") in figure and f"n = {n}," in figure
                assert f"marge ±{fmt_number(100 * margin(pos / n, n), 1, 'nl')} procentpunt" in figure
                versus = next(s for s in text if f"‘{group}’" in s and "rest van de gemeente" in s)
                assert fmt_percent(100 * rest_pos / rest_n, 1, "nl") in versus
                assert fmt_number(abs(100 * (pos / n - rest_pos / rest_n)), 1, "nl") in versus
                assert versus.endswith("dat verschil is significant.")
        if any(pooled_z_p(*_expected(PLAN, year, g), tot_pos - _expected(PLAN, year, g)[0],
                          tot_n - _expected(PLAN, year, g)[1]) < 0.05 for g in ("Noord", "Zuid", "Oost")):
            assert len({" ".join(t) for t in texts}) > 1                  # the phrasing varies between questions
    assert seen_significant                                               # Oost 2022 (see above)
    english = " ".join(group_sentences(rows, 2022, options, "en"))
    assert "rest of the municipality" in english and "margin ±" in english


def test_two_groups_each_with_n_margin_and_the_difference(small_split):
    """Youths and parents (2022: 30 of 40 against 35 of 45): both figures with n and margin, then the one
    difference between them, 'niet significant' exactly as the z-test written out says."""
    from ceo_desk.i18n import fmt_number
    from ceo_desk.report.sentences import group_sentences
    files, ref = small_split
    out = services.load_files(files, reference=ref)
    options = AnalysisOptions(by="doelgroep")
    a = services.analyse(out.surveys, out.reference, options)
    text = group_sentences(a.results, 2022, options, "nl")
    youth = next(s for s in text if "‘Jongere’" in s and "n = 40" in s)
    assert f"marge ±{fmt_number(100 * margin(30 / 40, 40), 1, 'nl')} procentpunt" in youth
    parents = next(s for s in text if "‘Ouder/verzorger’" in s and "n = 45" in s)
    assert f"marge ±{fmt_number(100 * margin(35 / 45, 45), 1, 'nl')} procentpunt" in parents
    difference = text[2]
    assert fmt_number(abs(100 * (30 / 40 - 35 / 45)), 1, "nl") in difference
    significant = pooled_z_p(30, 40, 35, 45) < 0.05
    assert difference.endswith("dat verschil is significant." if significant else "dat verschil is niet significant.")


def test_group_sentences_name_a_hidden_group_only(small_split):
    """2023: youths (5) hidden and parents hidden with them: no figure, no n of either in the sentences."""
    from ceo_desk.report.sentences import group_sentences
    files, ref = small_split
    out = services.load_files(files, reference=ref)
    options = AnalysisOptions(by="doelgroep")
    a = services.analyse(out.surveys, out.reference, options)
    text = " ".join(group_sentences(a.results, 2023, options, "nl"))
    assert "Niet getoond" in text and "Jongere" in text and "Ouder/verzorger" in text
    assert "n = " not in text and "%" not in text


@pytest.fixture(scope="module")
def plain_small(tmp_path_factory):
    """No breakdown: Q1 has 7 valid answers in 2023 (5 'Altijd', 2 'Nooit') and 46 in 2024; Q2 is large."""
    folder = tmp_path_factory.mktemp("plain")
    f2023 = survey_frame({Q1: answers(seed=1, Altijd=5, Nooit=2, blank=53),
                          Q2: answers(seed=2, Altijd=30, Vaak=10, Soms=10, Nooit=10)}, year=2023)
    f2024 = survey_frame({Q1: answers(seed=3, Altijd=23, Vaak=10, Soms=8, Nooit=5, blank=14),
                          Q2: answers(seed=4, Altijd=25, Vaak=15, Soms=10, Nooit=10)}, year=2024)
    files = [write_xlsx(folder / "ceo_2023.xlsx", f2023), write_xlsx(folder / "ceo_2024.xlsx", f2024)]
    ref = write_reference(folder / "ref.xlsx", [(Q1, 2023, 3000, 70.0), (Q1, 2024, 3100, 72.0),
                                                (Q2, 2023, 3000, 60.0), (Q2, 2024, 3100, 61.0)])
    return files, ref


def _hidden_plain_row(frame: pd.DataFrame) -> dict:
    row = frame[(frame["question"].astype(str) == Q1) & (frame["year"].astype(int) == 2023)]
    assert len(row) == 1
    return row.astype(object).where(row.notna(), None).iloc[0].to_dict()


@pytest.mark.parametrize("includes_self", [False, True])
def test_plain_results_show_no_n_of_a_hidden_cell_anywhere(plain_small, tmp_path, includes_self, capsys):
    """Without --by the policy is the same: Q1 2023 (n = 7 < 10) shows no n, no count, no figure, no difference
    in the frame, the terminal, CSV, XLSX, JSON and the PDF; with --ref-includes-self the reference less the
    municipality (from which 3000 − 7 would follow) is blank too."""
    files, ref = plain_small
    extra = ["--ref-includes-self"] if includes_self else []
    out = services.load_files(files, reference=ref)
    a = services.analyse(out.surveys, out.reference, AnalysisOptions(ref_includes_self=includes_self))
    hidden = _hidden_plain_row(a.results)
    assert hidden["suppressed"]
    blank = ("n", "positive", "percent", "ci_low", "ci_high", "margin", "n_eff", "n_test", "diff_ref", "p_ref",
             "diff_prev", "p_prev")
    assert all(hidden.get(col) is None for col in blank), {c: hidden.get(c) for c in blank}
    if includes_self:
        assert hidden["ref_percent"] is None and hidden["ref_n"] is None
    later = a.results[(a.results.question == Q1) & (a.results.year == 2024)].iloc[0]
    assert later.n == 46 and pd.isna(later.diff_prev)                  # no difference with the hidden year
    # the terminal table
    rows = [r for r in _terminal_rows(format_table(a.results, width=400)) if r["jaar"] == "2023"
            and r["vraag"].startswith(Q1[:10])]
    assert len(rows) == 1 and rows[0]["n"] == "" and rows[0]["%"] == "" and rows[0]["Δ ref"] == ""
    # the exported files
    for suffix in (".csv", ".xlsx", ".json"):
        target = tmp_path / f"plain{suffix}"
        assert main(["analyze", *map(str, files), "--reference", str(ref), *extra, "-o", str(target)]) == 0
        exported = _hidden_plain_row(read_export(target))
        assert all(exported.get(col) is None for col in blank if col in exported), suffix
        if includes_self:
            assert exported.get("ref_n") is None, suffix
    # the report: the question's table and sentences say 'niet getoond', never n = 7 or 5 of 7
    pdf = tmp_path / "plain.pdf"
    assert main(["report", *map(str, files), "--reference", str(ref), *extra, "-o", str(pdf)]) == 0
    text = "\n".join(_pdf_lines(pdf))
    start = text.index(f"1. {Q1}")
    q1 = text[start:text.index("2. ", start)]
    line = next(x for x in q1.splitlines() if x.strip().startswith("2023") and "niet getoond" in x)
    assert re.findall(r"\d+", line.split("niet getoond")[0]) == ["2023"]          # no n before the words
    assert "n = 7" not in text and "71,4" not in text and "5 van 7" not in text
    capsys.readouterr()


@pytest.mark.parametrize("layout", ["headers", "headers_with_total", "merged"])
def test_reference_with_a_column_per_group(small_split, tmp_path, layout):
    """The reference's groups in columns of their own ('N jongeren', 'Jongeren %', 'N ouders', 'Ouders %', or
    'Jongeren' / 'Ouders' merged above 'N' and '%'): each group against the same group, as in the long form."""
    from openpyxl import Workbook
    files, _ = small_split
    rows = [(Q1, y, 1500, 80 + i, 1500, 70 + i) for i, y in enumerate((2022, 2023, 2024))]
    path = tmp_path / f"ref_{layout}.xlsx"
    book = Workbook()
    sheet = book.active
    if layout == "merged":
        sheet.append(["", "", "Jongeren", "", "Ouders", ""])
        sheet.merge_cells("C1:D1")
        sheet.merge_cells("E1:F1")
        sheet.append(["Vraag", "Jaar", "N", "%", "N", "%"])
        for row in rows:
            sheet.append(list(row))
    else:
        head = ["Vraag", "Jaar", "N jongeren", "Jongeren %", "N ouders", "Ouders %"]
        if layout == "headers_with_total":
            head += ["N totaal", "Totaal %"]
        sheet.append(head)
        for row in rows:
            sheet.append(list(row) + ([3000, 74 + rows.index(row)] if layout == "headers_with_total" else []))
    book.save(path)
    out = services.load_files(files, reference=path)
    assert not out.errors
    assert set(out.reference.groups["group"]) == {"Jongeren", "Ouders"}
    a = services.analyse(out.surveys, out.reference, AnalysisOptions(by="doelgroep"))
    r = a.results.set_index(["group", "year"])
    youth, parents = r.loc[("Jongere", 2022)], r.loc[("Ouder/verzorger", 2022)]
    assert (youth.ref_percent, youth.ref_n) == (80, 1500)
    assert youth.p_ref == pytest.approx(pooled_z_p(30, 40, round_half_up(0.80 * 1500), 1500), rel=1e-9)
    assert a.breakdown.reference_by_group
    # 'Ouders' is not 'Ouder/verzorger': the parents are compared with the whole reference, which is the
    # table's own total where it has one, else the groups pooled (weighted by n): (80·1500 + 70·1500) / 3000
    overall = (74, 3000) if layout == "headers_with_total" else (75, 3000)
    assert (parents.ref_percent, parents.ref_n) == overall
    assert parents.p_ref == pytest.approx(pooled_z_p(35, 45, round_half_up(overall[0] / 100 * 3000), 3000), rel=1e-9)
    assert (r.loc[("Totaal", 2022)].ref_percent, r.loc[("Totaal", 2022)].ref_n) == overall


def test_columns_that_are_no_groups_stay_as_they_were(tmp_path):
    """An interval ('Ondergrens %', 'Bovengrens %') or the years as columns are never read as groups: the
    interval stays a question for the user (which column is the percentage), the years stay years."""
    from ceo_desk.io import read_reference
    from ceo_desk.io.reference import ReferenceColumnsError
    frame = pd.DataFrame({"Vraag": [Q1, Q2], "Jaar": [2023, 2023], "N": [3000, 3000],
                          "Percentage positief": [75.0, 70.0], "Ondergrens %": [73.5, 68.4], "Bovengrens %": [76.5, 71.6]})
    with pytest.raises(ReferenceColumnsError, match="Ondergrens"):
        read_reference(write_xlsx(tmp_path / "interval.xlsx", frame))
    wide = pd.DataFrame({"Vraag": [Q1], "2022 %": [74.0], "2023 %": [75.0]})
    table = read_reference(write_xlsx(tmp_path / "jaren.xlsx", wide))
    assert table.groups is None and sorted(table.frame["year"]) == [2022, 2023]


@pytest.mark.parametrize("lang, unknown", [("nl", "(onbekend)"), ("en", "(unknown)")])
def test_blank_group_value_is_named_in_the_users_language(tmp_path, lang, unknown):
    """Respondents whose group column is blank form one group, named in the language of the analysis,
    also inside the names of a cross; its counts are those of the blank rows."""
    q1 = answers(seed=3, Altijd=40, Nooit=40)
    districts = (["Noord"] * 30 + ["Zuid"] * 30 + [None] * 20)
    frame = survey_frame({Q1: q1}, year=2023, stadsdeel=districts, doelgroep=["Jongere", "Ouder"] * 40)
    path = write_xlsx(tmp_path / "leeg_2023.xlsx", frame)
    surveys = services.load_files([path]).surveys
    a = services.analyse(surveys, None, AnalysisOptions(by="stadsdeel", lang=lang))
    groups = a.results[a.results.group_level == "group"].set_index("group")
    assert list(groups.index) == ["Noord", "Zuid", unknown]
    assert groups.loc[unknown, "n"] == 20
    assert groups.loc[unknown, "positive"] == sum(v == "Altijd" for v, d in zip(q1, districts) if d is None)
    cross = services.analyse(surveys, None, AnalysisOptions(by=("stadsdeel", "doelgroep"), lang=lang))
    names = set(cross.results[cross.results.group_level == "group"].group)
    assert {f"{unknown} × Jongere", f"{unknown} × Ouder"} <= names
    other = "(unknown)" if lang == "nl" else "(onbekend)"
    assert not any(other in str(g) for g in cross.results.group)
