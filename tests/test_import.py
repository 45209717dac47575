"""Reading what agencies deliver: SPSS labels and user-missing, Excel text answers, Dutch CSV."""

from __future__ import annotations

import pandas as pd
import pytest

from builders import (AGREE_LABELS, FREQ_LABELS, Q1, Q2, Q3, YESNO_LABELS, answers, survey_frame, to_codes,
                      write_csv, write_sav, write_utf16_csv, write_xlsx)
from ceo_desk import services
from ceo_desk.io import read_survey
from ceo_desk.model.errors import InputError
from ceo_desk.model.options import AnalysisOptions
from ceo_desk.model.survey import ColumnKind

ALL = AnalysisOptions(min_n_report=1, min_n_test=1)   # tiny fixtures: show every figure


def kinds(survey):
    return {c.name: c.kind for c in survey.columns}


def test_sav_value_labels_user_missing_and_metadata(tmp_path):
    vals = answers(seed=1, blank=1, Altijd=3, Vaak=2, Nooit=1, **{"Geen antwoord": 2})
    n = len(vals)
    path = write_sav(tmp_path / "x.sav", {
        "respnr": list(range(n)), "gemeente": ["Teststad"] * n, "jaar": [2022] * n, "doelgroep": [1, 2] * (n // 2),
        "stadsdeel": [1] * n, "leeftijd": [2] * n, "weegfactor": [1.0] * n, "j01": to_codes(vals),
        "w01": to_codes(["Mee eens"] * n, AGREE_LABELS), "v3": to_codes(["Ja"] * (n - 1) + ["Weet niet"], YESNO_LABELS),
    }, labels={"j01": Q1, "w01": "Ik werd snel geholpen.", "v3": Q3, "doelgroep": "Ingevuld door"},
        value_labels={"j01": FREQ_LABELS, "w01": AGREE_LABELS, "v3": YESNO_LABELS,
                      "doelgroep": {1: "Jongere", 2: "Ouder/verzorger"}},
        user_missing={"j01": [9]})
    s = read_survey(path)
    k = kinds(s)
    assert k["j01"] is ColumnKind.QUESTION and s.column("j01").scale == "frequency"
    assert k["w01"] is ColumnKind.QUESTION and s.column("w01").scale == "agreement"
    assert k["v3"] is ColumnKind.QUESTION and s.column("v3").scale == "yes_no"
    for meta in ("respnr", "gemeente", "doelgroep", "stadsdeel", "leeftijd"):
        assert k[meta] is ColumnKind.METADATA, meta
    assert k["jaar"] is ColumnKind.YEAR and k["weegfactor"] is ColumnKind.WEIGHT
    assert s.column("j01").text == Q1
    assert "Geen antwoord" in s.column("j01").user_missing
    assert s.municipality == "Teststad" and s.n_by_year() == {2022: n}
    a = services.analyse([s], options=ALL)
    assert set(a.results.question) == {Q1, "Ik werd snel geholpen.", Q3}
    r = a.results[a.results.question == Q1].iloc[0]
    assert (r.n, r.positive) == (6, 5)


def test_sav_code_declared_missing_is_missing_whatever_its_label(tmp_path):
    # code 3 is labelled "Soms" but declared user-missing: it must not count, labels are not guessed
    codes = [1, 1, 3, 3, 4]
    path = write_sav(tmp_path / "m_2023.sav", {"j01": codes}, labels={"j01": Q1},
                     value_labels={"j01": FREQ_LABELS}, user_missing={"j01": [3]})
    r = services.analyse([read_survey(path)], options=ALL).results.iloc[0]
    assert (r.n, r.positive) == (3, 2)


def test_excel_text_answers_any_case_and_spacing(tmp_path):
    vals = ["ALTIJD", " vaak ", "Soms", "nooit", "N.v.t.", None, "Weet niet", "Altijd"]
    yn = ["ja", "Nee", "JA", "weet niet", None, "Ja", "nee ", "ja"]
    path = write_xlsx(tmp_path / "excel_2023.xlsx", survey_frame({Q1: vals, Q3: yn}))
    s = read_survey(path)
    assert s.column(Q1).scale == "frequency" and s.column(Q3).scale == "yes_no"
    r = services.analyse([s], options=ALL).results.set_index("question")
    assert (r.loc[Q1, "n"], r.loc[Q1, "positive"]) == (5, 3)
    assert (r.loc[Q3, "n"], r.loc[Q3, "positive"]) == (6, 4)


@pytest.mark.parametrize("encoding", ["cp1252", "utf-8-sig", "utf-8"])
@pytest.mark.parametrize("sep", [";", ",", "\t"])
def test_dutch_csv_separator_encoding_decimal_comma(tmp_path, encoding, sep):
    vals = answers(seed=5, Altijd=4, Vaak=4, Soms=2)
    frame = survey_frame({Q1: vals, "Één vraag over privé en geën?": ["Ja"] * 5 + ["Nee"] * 5},
                         year=2021, rapportcijfer=[7.5, 8.0] * 5, weegfactor=[0.8739, 1.366] * 5)
    path = write_csv(tmp_path / "dutch.csv", frame, sep=sep, encoding=encoding,
                     decimal="," if sep != "," else ".")
    s = read_survey(path)
    assert "Één vraag over privé en geën?" in [c.text for c in s.columns]
    assert s.column("rapportcijfer").kind is ColumnKind.GRADE
    assert s.column("rapportcijfer").values[:2].tolist() == [7.5, 8.0]
    assert s.column("weegfactor").values[:2].tolist() == pytest.approx([0.8739, 1.366])
    r = services.analyse([s]).results.set_index("question")
    assert (r.loc[Q1, "n"], r.loc[Q1, "positive"]) == (10, 8)
    assert r.loc["rapportcijfer", "mean"] == pytest.approx(7.75)


def test_utf16_csv_is_read(tmp_path):
    path = write_utf16_csv(tmp_path / "u16_2023.csv", survey_frame({Q1: ["Altijd", "Nooit"]}))
    assert read_survey(path).column(Q1).kind is ColumnKind.QUESTION


def test_year_from_file_name_and_several_years_in_one_file(tmp_path):
    frame = survey_frame({Q1: ["Altijd", "Nooit", "Vaak", "Soms"]}).drop(columns="jaar")
    s = read_survey(write_csv(tmp_path / "ceo_jeugd_2019.csv", frame))
    assert s.n_by_year() == {2019: 4}
    two = survey_frame({Q1: ["Altijd", "Nooit", "Vaak", "Soms"]})
    two["jaar"] = [2021, 2021, 2022, 2022]
    s2 = read_survey(write_xlsx(tmp_path / "ceo_2021_2022.xlsx", two.rename(columns={"jaar": "Onderzoeksjaar"})))
    assert s2.n_by_year() == {2021: 2, 2022: 2}


def test_year_missing_asks_for_year_option(tmp_path):
    frame = survey_frame({Q1: ["Altijd", "Nooit"]}).drop(columns="jaar")
    path = write_csv(tmp_path / "enquete.csv", frame)
    with pytest.raises(InputError) as err:
        read_survey(path)
    assert "enquete.csv" in str(err.value) and "--year enquete.csv=" in str(err.value)
    assert read_survey(path, year=2020).n_by_year() == {2020: 2}


def test_unrecognised_column_listed_not_counted(tmp_path):
    frame = survey_frame({Q1: ["Altijd", "Nooit", "Vaak"], "Hoe vaak had u contact?": ["Wekelijks", "Maandelijks", "Nooit"]})
    s = read_survey(write_xlsx(tmp_path / "u_2023.xlsx", frame))
    col = s.column("Hoe vaak had u contact?")
    assert col.kind is ColumnKind.UNRECOGNISED
    assert any("Hoe vaak had u contact?" in w and "Wekelijks" in w for w in map(str, s.warnings))
    a = services.analyse([s])
    assert "Hoe vaak had u contact?" not in set(a.results.question)
    assert [q.text for q in a.catalogue.unrecognised()] == ["Hoe vaak had u contact?"]


def test_free_text_is_not_a_question(tmp_path):
    tips = ["Het contact met school verliep moeizaam.", None, "Meer uitleg over de cliëntondersteuner graag.", None]
    s = read_survey(write_xlsx(tmp_path / "t_2023.xlsx", survey_frame({Q1: ["Altijd"] * 4, "Opmerkingen": tips})))
    assert s.column("Opmerkingen").kind is ColumnKind.OPEN_TEXT
    assert not s.warnings


def test_same_question_over_formats_is_one_question(tmp_path):
    a = write_sav(tmp_path / "a_2022.sav", {"j01": [1, 4], "jaar": [2022, 2022]}, labels={"j01": Q2},
                  value_labels={"j01": FREQ_LABELS})
    b = write_xlsx(tmp_path / "b_2023.xlsx", survey_frame({"de hulp die ik krijg,  helpt mij": ["Vaak", "Soms"]}))
    c = write_csv(tmp_path / "c_2024.csv", survey_frame({"DE HULP DIE IK KRIJG, HELPT MIJ.": ["Altijd", "Altijd"]}, year=2024))
    out = services.load_files([a, b, c])
    res = services.analyse(out.surveys, options=ALL).results
    assert res.question_id.nunique() == 1 and list(res.year) == [2022, 2023, 2024]
    assert list(res.positive) == [1, 1, 2]


def test_demo_and_sample_like_wmo_file_multi_year(tmp_path):
    n = 40
    codes = to_codes(answers(seed=3, **{"Helemaal mee eens": 10, "Mee eens": 10, "Neutraal": 10,
                                        "Weet niet / niet van toepassing": 10}), AGREE_LABELS)
    path = write_sav(tmp_path / "wmo.sav", {"jaar": [2021] * 20 + [2022] * 20, "w01": codes},
                     labels={"w01": "Ik werd snel geholpen."}, value_labels={"w01": AGREE_LABELS})
    res = services.analyse([read_survey(path)], options=ALL).results
    assert list(res.year) == [2021, 2022]
    assert res.n.sum() == 30 and res.positive.sum() == 20


def test_same_text_twice_in_one_file_counts_once(tmp_path):
    path = write_sav(tmp_path / "d_2023.sav", {"j01": [1, 1, 4], "j01b": [1, 4, 4]}, labels={"j01": Q1, "j01b": Q1 + " "},
                     value_labels={"j01": FREQ_LABELS, "j01b": FREQ_LABELS})
    s = read_survey(path)
    assert any("j01b" in w and "alleen 'j01' telt mee" in w for w in map(str, s.warnings))
    r = services.analyse([s], options=ALL).results.iloc[0]
    assert (r.n, r.positive) == (3, 2)


def _title_rows_survey(tmp_path, suffix):
    frame = survey_frame({Q1: answers(Altijd=6, Soms=4)}, year=2023)
    rows = [["Cliëntervaringsonderzoek Jeugd 2023"], ["Bureau X, export van 3 maart"], [None],
            list(frame.columns)] + frame.values.tolist()
    path = tmp_path / f"titel{suffix}"
    if suffix == ".csv":
        import csv as _csv
        with open(path, "w", newline="", encoding="utf-8-sig") as fh:
            w = _csv.writer(fh, delimiter=";")
            for r in rows:
                w.writerow(["" if c is None else c for c in r])
    else:
        from openpyxl import Workbook
        wb = Workbook()
        for r in rows:
            wb.active.append(r)
        wb.save(path)
    return path


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_title_lines_above_the_header(tmp_path, suffix):
    path = _title_rows_survey(tmp_path, suffix)
    s = read_survey(path)
    assert s.n_rows == 10 and s.column(Q1).scale == "frequency"
    assert read_survey(path, header_row=4).n_rows == 10
    # the user's row number is the spreadsheet's: row 4 holds the headers; row 2 is a title line
    from ceo_desk.cli import main
    assert main(["analyze", str(path), "--header-row", f"{path.name}=4"]) == 0
    assert main(["analyze", str(path), "--header-row", f"{path.name}=99"]) == 2


@pytest.mark.parametrize("suffix", [".csv", ".sav"])
def test_all_answers_on_one_side_of_the_scale_still_a_question(tmp_path, suffix):
    """Issue 8, defect 4: every answer 'Soms' or 'Nooit' is 0 % positive, not a vanished question."""
    q1 = ["Soms", "Nooit"] * 15                   # 0 % positive
    q2 = ["Altijd", "Vaak"] * 15                  # 100 % positive
    q3 = ["Nee"] * 30
    if suffix == ".sav":
        from builders import YESNO_LABELS, to_codes
        path = write_sav(tmp_path / "kant_2023.sav",
                         {"jaar": [2023] * 30, "v1": to_codes(q1), "v2": to_codes(q2), "v3": to_codes(q3, YESNO_LABELS)},
                         labels={"v1": Q1, "v2": Q2, "v3": Q3},
                         value_labels={"v1": {3: "Soms", 4: "Nooit"}, "v2": {1: "Altijd", 2: "Vaak"}, "v3": {2: "Nee"}})
    else:
        path = write_csv(tmp_path / "kant_2023.csv", survey_frame({Q1: q1, Q2: q2, Q3: q3}))
    s = read_survey(path)
    name = {Q1: "v1", Q3: "v3"} if suffix == ".sav" else {Q1: Q1, Q3: Q3}
    assert s.column(name[Q1]).scale == "frequency"
    assert {"Altijd", "Vaak", "Soms", "Nooit"} <= set(s.column(name[Q1]).categories)
    assert {"Ja", "Nee"} <= set(s.column(name[Q3]).categories)
    r = services.analyse([s], options=ALL).results.set_index("question")
    # percent positive = positive / valid answers, written out: 0/30, 30/30, 0/30
    assert (r.loc[Q1, "n"], r.loc[Q1, "positive"], r.loc[Q1, "percent"]) == (30, 0, 0.0)
    assert (r.loc[Q2, "n"], r.loc[Q2, "positive"], r.loc[Q2, "percent"]) == (30, 30, 100.0)
    assert (r.loc[Q3, "n"], r.loc[Q3, "percent"]) == (30, 0.0)
