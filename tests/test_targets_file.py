"""Issue 10: policy targets from a small file (--targets FILE, CSV or xlsx, question by number or text),
beside --target QUESTION=PERCENT; the exact binomial test checked against the sum written out; every
bad row refused with the file, the row, the column and what to do."""

from __future__ import annotations

import pandas as pd
import pytest

from builders import answers, survey_frame, write_csv, write_xlsx
from formulas import binomial_two_sided
from ceo_desk import cli
from ceo_desk.io.targets import read_targets
from ceo_desk.model.errors import InputError

Q1 = "Ik kan de hulp krijgen die ik nodig heb."
Q2 = "Beslissingen over de hulp worden samen met mij genomen."
GRADE = "Welk rapportcijfer geeft u de hulp?"


@pytest.fixture(scope="module")
def survey(tmp_path_factory):
    d = tmp_path_factory.mktemp("targets")
    # Q1 70 of 100 positive, Q2 45 of 100
    return write_csv(d / "teststad_2024.csv", survey_frame({
        Q1: answers(seed=1, Altijd=40, Vaak=30, Soms=20, Nooit=10),
        Q2: answers(seed=2, Altijd=25, Vaak=20, Soms=40, Nooit=15),
        GRADE: [7.0, 8.0] * 50}, year=2024))


def _analyze(survey, tmp_path, *extra) -> pd.DataFrame:
    out = tmp_path / "out.csv"
    assert cli.main(["analyze", str(survey), "-o", str(out), *map(str, extra)]) == 0
    return pd.read_csv(out).set_index("question_id")


@pytest.mark.parametrize("name,frame,writer", [
    ("doelen.csv", pd.DataFrame({"Vraag": ["Q1", "samen met mij"], "Streefwaarde": ["80%", "50,0"]}), "csv"),
    ("doelen.xlsx", pd.DataFrame({"Vraagtekst": [Q1, Q2], "Doel (%)": [80, 50]}), "xlsx"),
    ("targets.xlsx", pd.DataFrame({"Question": ["Q1", "Q2"], "Target": [0.8, 0.5]}), "xlsx"),   # fractions
])
def test_targets_file_gives_the_exact_binomial_test(survey, tmp_path, name, frame, writer):
    path = tmp_path / name
    write_csv(path, frame, encoding="utf-8-sig") if writer == "csv" else write_xlsx(path, frame)
    r = _analyze(survey, tmp_path, "--targets", path)
    assert r.loc["Q1", "target"] == 80 and r.loc["Q2", "target"] == 50
    assert r.loc["Q1", "p_target"] == pytest.approx(binomial_two_sided(70, 100, 0.80), abs=1e-4)
    assert r.loc["Q2", "p_target"] == pytest.approx(binomial_two_sided(45, 100, 0.50), abs=1e-4)
    assert bool(r.loc["Q1", "sig_target"]) == (binomial_two_sided(70, 100, 0.80) < 0.05)


def test_target_on_the_command_line_overrides_the_file(survey, tmp_path):
    path = write_xlsx(tmp_path / "doelen.xlsx", pd.DataFrame({"Vraag": ["Q1", "Q2"], "Streefwaarde": [80, 50]}))
    r = _analyze(survey, tmp_path, "--targets", path, "--target", "Q1=65")
    assert r.loc["Q1", "target"] == 65 and r.loc["Q2", "target"] == 50
    assert r.loc["Q1", "p_target"] == pytest.approx(binomial_two_sided(70, 100, 0.65), abs=1e-4)


@pytest.mark.parametrize("frame,where,says", [
    (pd.DataFrame({"Vraag": ["Q1", "Q2"], "Streefwaarde": ["80", "hoog"]}), "rij 3", "'hoog' is geen percentage"),
    (pd.DataFrame({"Vraag": ["Q1", "Q2"], "Streefwaarde": [80, 180]}), "rij 3", "tussen 0 en 100"),
    (pd.DataFrame({"Vraag": ["Q1", None], "Streefwaarde": [80, 70]}), "rij 3", "geen vraag"),
    (pd.DataFrame({"Vraag": ["Q1", "Q2"], "Streefwaarde": [80, None]}), "rij 3", "geen streefwaarde"),
    (pd.DataFrame({"Vraag": ["Q1", "Q2", "Q1"], "Streefwaarde": [80, 50, 70]}), "rij 4", "al in rij 2"),
])
def test_bad_rows_name_file_row_column_and_what_to_do(survey, tmp_path, capsys, frame, where, says):
    path = write_xlsx(tmp_path / "doelen.xlsx", frame)
    assert cli.main(["analyze", str(survey), "--targets", str(path)]) == 2
    err = " ".join(capsys.readouterr().err.split())
    assert "doelen.xlsx" in err and where in err and says in err, err
    assert "kolom 'Vraag'" in err or "kolom 'Streefwaarde'" in err, err
    assert "Schrijf" in err or "Vul" in err or "Laat" in err, err          # what to do


def test_unknown_question_and_grade_are_told_by_row(survey, tmp_path, capsys):
    path = write_xlsx(tmp_path / "doelen.xlsx", pd.DataFrame({"Vraag": ["Q1", "Q9"], "Streefwaarde": [80, 50]}))
    assert cli.main(["analyze", str(survey), "--targets", str(path)]) == 2
    err = " ".join(capsys.readouterr().err.split())
    assert "doelen.xlsx, kolom 'Vraag': rij 3: de vraag 'Q9' is niet gevonden." in err, err
    path = write_xlsx(tmp_path / "doelen2.xlsx", pd.DataFrame({"Vraag": ["rapportcijfer"], "Streefwaarde": [80]}))
    assert cli.main(["analyze", str(survey), "--targets", str(path), "--lang", "en"]) == 2
    err = " ".join(capsys.readouterr().err.split())
    assert "doelen2.xlsx" in err and "row 2: 'rapportcijfer' is a grade" in err, err


def test_a_file_without_telling_columns_is_refused(tmp_path):
    path = write_xlsx(tmp_path / "doelen.xlsx", pd.DataFrame({"A": ["Q1"], "B": [80], "C": [90]}))
    with pytest.raises(InputError) as err:
        read_targets(path)
    text = err.value.render("nl")
    assert "doelen.xlsx" in text and "'A', 'B', 'C'" in text, text
    assert "Streefwaarde" in text


def test_rows_are_kept_with_their_row_numbers(tmp_path):
    path = write_csv(tmp_path / "doelen.csv", pd.DataFrame({"Vraag": ["Q1", None, Q2],
                                                            "Streefwaarde": ["80,5", None, "50 %"]}))
    targets = read_targets(path)
    assert targets.pairs == (("Q1", 80.5), (Q2, 50.0))
    assert targets.rows == {"Q1": 2, Q2: 4} and targets.column == "Vraag"


@pytest.mark.parametrize("options,field", [
    ({"population": [[2024, -5]]}, "options.population[0][1]"),
    ({"population": [[2024]]}, "options.population[0]"),
    ({"population": "2024=400"}, "options.population"),
    ({"targets": [["Q1", 180]]}, "options.targets[0][1]"),
    ({"targets": [[3, 80]]}, "options.targets[0][0]"),
])
def test_a_project_with_damaged_population_or_targets_names_the_field(tmp_path, options, field):
    """A hand-edited project file: the field and what belongs there, never Python's words."""
    import json
    from ceo_desk.project import FORMAT, load_project
    path = tmp_path / "p.ceoproj.json"
    path.write_text(json.dumps({"format": FORMAT, "version": 1, "surveys": [], "options": options}), encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_project(path)
    assert f"'{field}'" in err.value.render("nl"), err.value.render("nl")


def test_a_project_keeps_population_and_targets(tmp_path):
    import json
    from ceo_desk.project import FORMAT, load_project
    path = tmp_path / "p.ceoproj.json"
    path.write_text(json.dumps({"format": FORMAT, "version": 1, "surveys": [],
                                "options": {"population": [[2024, 400]], "targets": [[Q1, 80.0]]}}), encoding="utf-8")
    options = load_project(path).options
    assert options.population == ((2024, 400),) and options.targets == ((Q1, 80.0),)
