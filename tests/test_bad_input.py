"""Bad input gets one clear message naming the file, the column and what to do; never a traceback."""

from __future__ import annotations

import pytest

from both_languages import dutch_words
from builders import (Q1, survey_frame, write_csv, write_empty, write_no_questions, write_random_bytes, write_reference,
                      write_text_as, write_undecodable_csv, write_xlsx)
from ceo_desk import services
from ceo_desk.cli import main
from ceo_desk.io import read_reference, read_survey
from ceo_desk.model.errors import InputError
from ceo_desk.texts import all_texts


def test_every_text_has_both_languages():
    for key, entry in all_texts().items():
        assert entry.get("nl") and entry.get("en"), key


def test_cli_speaks_english_with_lang_en(tmp_path, capsys):
    good = write_xlsx(tmp_path / "goed_2023.xlsx", survey_frame({Q1: ["Altijd", "Nooit"] * 10, "Q9": ["x", "y"] * 10}))
    bad = write_random_bytes(tmp_path / "kapot.sav")
    assert main(["analyze", str(bad), str(good), "--lang", "en", "--by", "wijk"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "Traceback" not in err
    assert not dutch_words(err, ["kapot.sav", "goed_2023.xlsx", "wijk", "respnr, gemeente, jaar"]), err
    assert main(["report", str(good), "--year", "1999", "-o", str(tmp_path / "r.pdf"), "--lang", "en"]) == 2
    assert "error: no results for 1999" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["analyze", str(good), "--year", "zonder-jaar", "--lang", "en"])
    assert "write FILE=YEAR" in capsys.readouterr().err
    for option, value, hint in (("--population", "2024", "write YEAR=N"), ("--target", "Q1", "write QUESTION=PERCENT")):
        with pytest.raises(SystemExit):
            main(["analyze", str(good), option, value, "--lang", "en"])
        message = capsys.readouterr().err.strip().splitlines()[-1]        # after argparse's usage lines
        assert hint in message and not dutch_words(message, [value]), message


@pytest.mark.parametrize("make, name, words", [
    (lambda p: write_random_bytes(p, prefix=b"$FL2"), "kapot.sav", "SPSS"),
    (write_text_as, "tekst.xlsx", "geen Excel"),
    (write_empty, "leeg.csv", "leeg"),
    (write_undecodable_csv, "raar.csv", "UTF-8"),
    (write_no_questions, "geen_vragen_2023.xlsx", "geen enkele vraag"),
    (write_no_questions, "geen_vragen_2023.sav", "geen enkele vraag"),
    (lambda p: write_random_bytes(p), "plaatje.csv", "binair"),
    (lambda p: write_text_as(p, "a;b\n1;2\n"), "onbekend.pdf", "niet lezen"),
])
def test_bad_survey_file_message(tmp_path, make, name, words):
    path = make(tmp_path / name)
    with pytest.raises(InputError) as err:
        read_survey(path)
    message = str(err.value)
    assert name in message and words in message
    assert err.value.action_key, "the message says what to do"


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match="bestaat niet"):
        read_survey(tmp_path / "weg.sav")


def test_bad_reference_messages(tmp_path):
    import pandas as pd
    bad = write_xlsx(tmp_path / "ref.xlsx", pd.DataFrame({"Vraag": [Q1], "Jaar": [2023], "Percentage": ["veel"]}))
    with pytest.raises(InputError) as err:
        read_reference(bad)
    assert "ref.xlsx" in str(err.value) and "Percentage" in str(err.value)
    foreign = write_xlsx(tmp_path / "iets.xlsx", pd.DataFrame({"a": [1], "b": [2]}))
    with pytest.raises(InputError, match="geen referentietabel"):
        read_reference(foreign)


def test_loading_goes_on_after_a_bad_file(tmp_path):
    good = write_xlsx(tmp_path / "goed_2023.xlsx", survey_frame({Q1: ["Altijd", "Nooit"] * 10}))
    bad = write_random_bytes(tmp_path / "kapot.sav")
    out = services.load_files([bad, good])
    assert len(out.surveys) == 1 and len(out.errors) == 1 and "kapot.sav" in str(out.errors[0])


def test_cli_exit_2_one_message_per_problem_rest_analysed(tmp_path, capsys):
    good = write_xlsx(tmp_path / "goed_2023.xlsx", survey_frame({Q1: ["Altijd", "Nooit"] * 10}))
    bad1 = write_random_bytes(tmp_path / "kapot.sav")
    bad2 = write_empty(tmp_path / "leeg.csv")
    code = main(["analyze", str(bad1), str(good), str(bad2)])
    out, err = capsys.readouterr()
    assert code == 2
    assert Q1[:20] in out                        # the good file was still analysed
    problems = [line for line in err.splitlines() if line.startswith("fout:")]
    assert len(problems) == 2 and "kapot.sav" in problems[0] and "leeg.csv" in problems[1]
    assert "Traceback" not in err


def test_cli_missing_year_and_year_option(tmp_path, capsys):
    frame = survey_frame({Q1: ["Altijd", "Nooit"] * 10}).drop(columns="jaar")
    path = write_csv(tmp_path / "enquete.csv", frame)
    assert main(["analyze", str(path)]) == 2
    assert "--year enquete.csv=" in capsys.readouterr().err
    assert main(["analyze", str(path), "--year", "enquete.csv=2024"]) == 0
    assert "2024" in capsys.readouterr().out


def test_cli_unknown_by_column(tmp_path, capsys):
    path = write_xlsx(tmp_path / "s_2023.xlsx", survey_frame({Q1: ["Altijd", "Nooit"] * 10}))
    assert main(["analyze", str(path), "--by", "wijk"]) == 2
    err = capsys.readouterr().err
    assert "s_2023.xlsx" in err and "wijk" in err and "gemeente" in err


def test_cli_reference_given_as_survey(tmp_path, capsys):
    ref = write_reference(tmp_path / "referentie.xlsx", [(Q1, 2023, 3000, 76.0)])
    good = write_xlsx(tmp_path / "s_2023.xlsx", survey_frame({Q1: ["Altijd", "Nooit"] * 10}))
    assert main(["analyze", str(good), str(ref)]) == 2
    assert "--reference" in capsys.readouterr().err


def test_the_language_check_finds_dutch_in_english(monkeypatch, every_message_in_both_languages):
    """The check that every test's messages go through (``both_languages``) can fail."""
    from both_languages import check_both_languages
    from ceo_desk.model.errors import Notice
    fake = {"err.test.dutch": {"nl": "De kolom ontbreekt in dit bestand.", "en": "De kolom ontbreekt in dit bestand."},
            "err.test.fine": {"nl": "De kolom ontbreekt in dit bestand.", "en": "The column is missing from this file."}}
    texts = {**all_texts(), **fake}
    monkeypatch.setattr("ceo_desk.i18n.all_texts", lambda: texts)
    dutch = InputError("enquete.csv", key="err.test.dutch", column="Q1")
    fine = Notice("enquete.csv", key="err.test.fine")
    assert every_message_in_both_languages[-2:] == [dutch, fine]      # both recorded for the check
    del every_message_in_both_languages[-2:]
    with pytest.raises(AssertionError, match="Dutch in the English message"):
        check_both_languages(dutch)
    check_both_languages(fine)
