"""The name the user gives the reference group (--reference-name, the report dialog's field) is what every
generated sentence calls it: the question pages, the summary, the method page and the council brief (PDF
and Word), in Dutch and English. Without a name the sentences say 'de referentiegroep' / 'the reference
group'; a name that brings its own article ('de G4') gets no second one."""

from __future__ import annotations

import re

import docx
import pandas as pd
import pytest
from pypdf import PdfReader

from builders import answers, survey_frame, write_csv, write_xlsx
from ceo_desk.cli import main

Q1 = "Ik kan de hulp krijgen die ik nodig heb."
Q2 = "De hulp die ik krijg, helpt mij."
GRADE = "Welk rapportcijfer geeft u de hulp?"
GRADES = {2023: [7.0, 8.0, 6.0, 9.0, 7.0] * 24, 2024: [8.0, 8.0, 7.0, 9.0, 9.0, 6.0] * 20}     # n 120 each
NAME = "BMC Jeugd"
HEADING = {"nl": "Referentiegroep", "en": "Reference group"}     # the method page's section heading, not a sentence


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    d = tmp_path_factory.mktemp("refname")
    surveys = []
    for year, (q1, q2) in {2023: ((70, 50), (80, 40)), 2024: ((60, 60), (85, 35))}.items():
        frame = survey_frame({Q1: answers(seed=year, Altijd=q1[0], Soms=q1[1]),
                              Q2: answers(seed=year + 1, Vaak=q2[0], Nooit=q2[1]), GRADE: GRADES[year]}, year=year)
        surveys.append(write_csv(d / f"teststad_{year}.csv", frame))
    # whole percentages (the rounding sentence names the reference too), and the grade's mean, SD and n
    rows = [{"Vraag": q, "Jaar": y, "N": 3000, "% positief": p, "Gemiddelde": None, "SD": None}
            for q, by_year in {Q1: {2023: 76, 2024: 75}, Q2: {2023: 70, 2024: 71}}.items() for y, p in by_year.items()]
    rows += [{"Vraag": GRADE, "Jaar": y, "N": 2500, "% positief": None, "Gemiddelde": m, "SD": 1.3}
             for y, m in {2023: 7.0, 2024: 7.1}.items()]
    reference = write_xlsx(d / "ref.xlsx", pd.DataFrame(rows))
    return [str(p) for p in surveys], str(reference)


def _pdf_lines(path) -> list[str]:
    return [line.strip() for page in PdfReader(path).pages for line in page.extract_text().splitlines()]


def _flat(lines: list[str]) -> str:
    return " ".join(" ".join(lines).split())


def _report(files, tmp_path, lang: str, *name: str) -> list[str]:
    surveys, reference = files
    out = tmp_path / f"report_{lang}_{len(name)}.pdf"
    extra = ["--reference-name", name[0]] if name else []
    assert main(["report", *surveys, "-r", reference, "-o", str(out), "--lang", lang, "--date", "2025-03-01",
                 *extra]) == 0
    return _pdf_lines(out)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_report_sentences_use_the_given_name(files, tmp_path, lang):
    lines = _report(files, tmp_path, lang, NAME)
    text = _flat(lines)
    # Q1 2024: 60 of 120 = 50,0 % against 75 %: 25,0 points lower (question 1 uses the first phrasing)
    expected = {"nl": ["Dat is 25,0 procentpunt lager dan BMC Jeugd (75 %); dat verschil is significant.",
                       "significant lager dan BMC Jeugd: ‘Ik kan de hulp krijgen die ik nodig heb.’",
                       "het cijfer van 2023 en van BMC Jeugd.",
                       "Het verschil met BMC Jeugd is getoetst",
                       "BMC Jeugd geeft hele procenten",
                       "Het rapportcijfer is met BMC Jeugd vergeleken met de t-toets van Welch",
                       "dan BMC Jeugd (7,1)"],
                "en": ["That is 25.0 percentage points lower than BMC Jeugd (75 %); that difference is significant.",
                       "significantly lower than BMC Jeugd: ‘Ik kan de hulp krijgen die ik nodig heb.’",
                       "the figures of 2023 and of BMC Jeugd.",
                       "The difference from BMC Jeugd is tested",
                       "BMC Jeugd gives whole percentages",
                       "The grade was compared with BMC Jeugd by Welch's t-test",
                       "than BMC Jeugd (7.1)"]}[lang]
    for sentence in expected:
        assert sentence in text, sentence
    # the generic words remain only as the method page's heading
    generic = re.compile(r"referentiegroep|reference group", re.IGNORECASE)
    assert [line for line in lines if generic.search(line)] == [HEADING[lang]]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_report_sentences_without_a_name_say_the_reference_group(files, tmp_path, lang):
    text = _flat(_report(files, tmp_path, lang))
    expected = {"nl": ["Dat is 25,0 procentpunt lager dan de referentiegroep (75 %)",
                       "significant lager dan de referentiegroep:", "De referentiegroep geeft hele procenten",
                       "dan de referentiegroep (7,1)"],
                "en": ["That is 25.0 percentage points lower than the reference group (75 %)",
                       "significantly lower than the reference group:", "The reference group gives whole percentages",
                       "than the reference group (7.1)"]}[lang]
    for sentence in expected:
        assert sentence in text, sentence


def test_a_name_with_its_own_article_gets_no_second_one(files, tmp_path):
    text = _flat(_report(files, tmp_path, "nl", "de G4-gemeenten"))
    assert "lager dan de G4-gemeenten (75 %)" in text
    assert "De G4-gemeenten geeft hele procenten" in text       # capital at the start of a sentence
    assert not re.search(r"\b[Dd]e de\b", text)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_brief_pdf_and_word_use_the_given_name(files, tmp_path, lang):
    surveys, reference = files
    texts = {}
    for suffix in ("pdf", "docx"):
        out = tmp_path / f"brief_{lang}.{suffix}"
        assert main(["brief", *surveys, "-r", reference, "-o", str(out), "--lang", lang, "--date", "2025-03-01",
                     "--reference-name", NAME]) == 0
        if suffix == "pdf":
            texts[suffix] = _flat(_pdf_lines(out))
        else:
            document = docx.Document(str(out))
            cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
            texts[suffix] = " ".join(" ".join([p.text for p in document.paragraphs] + cells).split())
    for text in texts.values():
        assert {"nl": "Dat is significant lager dan BMC Jeugd (75 %).",
                "en": "That is significantly lower than BMC Jeugd (75 %)."}[lang] in text
        assert {"nl": "vergelijkt ze met BMC Jeugd.", "en": "compares them with BMC Jeugd."}[lang] in text
        assert not re.search(r"referentiegroep|reference group", text, re.IGNORECASE)
