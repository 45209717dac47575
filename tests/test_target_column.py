"""Targets (--targets FILE) in the PDF's per-question table: a column 'streefwaarde 60 %' beside the other
comparisons, only for a question that has a target, saying per year whether the percentage met it and
what the exact binomial test says (written out here). Read from the PDF's text (pdftotext), in Dutch and
English, through the command line as a user runs it."""

from __future__ import annotations

import re
import subprocess

import pytest

from builders import answers, survey_frame, write_csv, write_reference
from ceo_desk.cli import main
from formulas import binomial_two_sided

Q1 = "Ik kan de hulp krijgen die ik nodig heb."
Q2 = "De hulp die ik krijg, helpt mij."
TARGET = 0.60
N = 120
POSITIVE = {2023: 90, 2024: 50}          # Q1: 75,0 % (above 60 %) and 41,7 % (below)
WORDS = {"nl": {"head": "streefwaarde 60 %", "met": "gehaald", "missed": "niet gehaald", "above": "▲ sign. erboven",
                "below": "▼ sign. eronder", "not_sig": "niet sign."},
         "en": {"head": "target 60 %", "met": "met", "missed": "not met", "above": "▲ sig. above",
                "below": "▼ sig. below", "not_sig": "not sig."}}


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    d = tmp_path_factory.mktemp("targets")
    surveys = [write_csv(d / f"teststad_{year}.csv",
                         survey_frame({Q1: answers(seed=year, Altijd=POSITIVE[year], Nooit=N - POSITIVE[year]),
                                       Q2: answers(seed=year + 1, Vaak=80, Soms=40)}, year=year))
               for year in POSITIVE]
    reference = write_reference(d / "referentie.xlsx", [(q, y, 3000, 70) for q in (Q1, Q2) for y in POSITIVE])
    targets = d / "streefwaarden.csv"
    targets.write_text("Vraag;Streefwaarde\nQ1;60\n", encoding="utf-8")
    return [str(p) for p in surveys], str(reference), str(targets)


def _layout_text(files, tmp_path, lang: str) -> str:
    surveys, reference, targets = files
    pdf = tmp_path / f"rapport_{lang}.pdf"
    assert main(["report", *surveys, "-r", reference, "--targets", targets, "-o", str(pdf), "--lang", lang]) == 0
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_question_table_says_per_year_whether_the_target_was_met(files, tmp_path, lang):
    words = WORDS[lang]
    text = _layout_text(files, tmp_path, lang)
    results = text[text.index(f"1. {Q1}"):]
    q1, q2 = results[:results.index(f"2. {Q2}")], results[results.index(f"2. {Q2}"):]
    # the expected verdicts, from the counts and the binomial test written out above
    expected = []
    for year, x in POSITIVE.items():
        p = binomial_two_sided(x, N, TARGET)
        expected.append(words["met"] if x / N >= TARGET else words["missed"])
        expected.append(words["not_sig"] if p >= 0.05 else words["above"] if x / N > TARGET else words["below"])
    assert expected == [words["met"], words["above"], words["missed"], words["below"]]
    lines = q1.splitlines()
    cells = [re.split(r"\s{2,}", line.strip())[-1] for line in lines]
    # the table's last column is headed with the target (the heading may wrap onto a second line)
    first_row = next(i for i, line in enumerate(lines) if re.match(rf"\s*2023\s+{N}\s", line))
    heading = " ".join(c for c in cells[first_row - 5:first_row] if c and c.split()[0] in words["head"].split())
    assert heading == words["head"], cells[first_row - 5:first_row]
    assert [c for c in cells if c in set(words.values()) - {words["head"]}] == expected
    # a question without a target has no target column (and no target sentence)
    assert words["head"].split()[0] not in q2.split("Methode" if lang == "nl" else "Method")[0]
