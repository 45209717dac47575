"""The reference table in each of its forms gives the same figures; matching by normalised text."""

from __future__ import annotations

import pytest

from builders import ENGLISH_HEADERS, Q1, Q2, Q3, survey_frame, write_reference, write_xlsx
from ceo_desk import services
from ceo_desk.io import read_reference
from ceo_desk.model.options import AnalysisOptions, Overrides

ROWS = [(Q1, 2022, 3000, 76.0), (Q1, 2023, 2900, 75.0), (Q2, 2022, 2800, 82.0), (Q2, 2023, 2700, 81.0)]


@pytest.mark.parametrize("suffix, form, percent, headers", [
    (".xlsx", "long", "int", None),
    (".csv", "long", "text", None),          # "76,0%" in a semicolon CSV with BOM
    (".xlsx", "long", "fraction", None),     # 0.76
    (".xlsx", "long", "decimal", ENGLISH_HEADERS),
    (".xlsx", "wide", "int", None),          # years as columns, "N 2022" columns
    (".csv", "wide", "text", None),
])
def test_every_form_reads_the_same(tmp_path, suffix, form, percent, headers):
    kwargs = {"headers": headers} if headers else {}
    path = write_reference(tmp_path / f"ref{suffix}", ROWS, form=form, percent=percent, **kwargs)
    ref = read_reference(path)
    got = {(r.text, r.year): (r.percent, r.n) for r in ref.frame.itertuples()}
    assert got == {(q, y): (pytest.approx(p), n) for q, y, n, p in ROWS}


@pytest.mark.parametrize("header, value, expected", [
    ("Percentage", "76,0 %", 76.0), ("% positief", "76%", 76.0), ("Score", 0.76, 76.0), ("Percent", "76", 76.0),
])
def test_percent_notations(tmp_path, header, value, expected):
    import pandas as pd
    frame = pd.DataFrame({"Stelling": [Q1], "Jaar": [2023], "Aantal": [2500], header: [value]})
    path = write_xlsx(tmp_path / "r.xlsx", frame)
    assert read_reference(path).frame.percent.tolist() == [expected]


def test_matching_normalises_and_reports_unmatched(tmp_path):
    rows = [(Q1.upper().rstrip("."), 2023, 3000, 76.0), ("Een vraag die niet in de enquête staat.", 2023, 2000, 50.0),
            ("De hulp die ik krijg helpt me.", 2023, 2000, 80.0)]
    ref = write_reference(tmp_path / "ref.xlsx", rows)
    survey = write_xlsx(tmp_path / "s_2023.xlsx", survey_frame({
        Q1: ["Altijd"] * 20 + ["Nooit"] * 20, Q2: ["Vaak"] * 40, Q3: ["Ja"] * 40}))
    out = services.load_files([survey], reference=ref)
    a = services.analyse(out.surveys, out.reference)
    r = a.results.set_index("question")
    assert r.loc[Q1, "ref_percent"] == 76.0
    # "helpt me" is close to "helpt mij" but a different wording: suggested, never silently paired
    assert r.loc[Q2, "ref_percent"] != r.loc[Q2, "ref_percent"]
    q2 = a.catalogue.find(Q2)
    assert a.matching.suggestions[q2.key] == "de hulp die ik krijg helpt me"
    assert set(a.matching.unmatched_reference) == {"een vraag die niet in de enquête staat", "de hulp die ik krijg helpt me"}
    assert any("helpt mij" in w and "Bedoelt u" in w for w in map(str, a.warnings))
    # the user confirms the suggestion: now it is compared
    fixed = services.reanalyse(a, overrides=Overrides(reference_match={q2.key: "de hulp die ik krijg helpt me"}))
    assert fixed.results.set_index("question").loc[Q2, "ref_percent"] == 80.0
    # and can remove a match
    none = services.reanalyse(a, overrides=Overrides(reference_match={a.catalogue.find(Q1).key: None}))
    assert none.results.set_index("question").loc[Q1, "ref_percent"] != 76.0


def test_reference_file_detected_when_dropped_among_surveys(tmp_path):
    ref = write_reference(tmp_path / "referentie.xlsx", ROWS)
    survey = write_xlsx(tmp_path / "s_2023.xlsx", survey_frame({Q1: ["Altijd", "Nooit"]}))
    out = services.load_files([survey, ref], detect_reference=True)
    assert out.reference is not None and len(out.surveys) == 1 and not out.errors
