"""The PDF report: opened with pypdf and checked for what a reader must find in it."""

from __future__ import annotations

import datetime as dt
import math

import pandas as pd
import pytest
from pypdf import PdfReader

from builders import Q1, Q2, Q3, answers, survey_frame, write_reference, write_text_as, write_xlsx
from ceo_desk import __version__, services
from ceo_desk.charts import question_chart, to_svg
from ceo_desk.cli import main
from ceo_desk.report import ReportOptions

DATE = dt.date(2025, 3, 1)
GRADE = "rapportcijfer"

# Exact counts (positive / valid n) per question and year, and the reference (percent, n).
# Q3 has only 20 valid answers in 2024: indicative, not tested.
OWN = {Q1: {2023: (130, 200), 2024: (120, 200)},
       Q2: {2023: (140, 200), 2024: (150, 200)},
       Q3: {2023: (150, 200), 2024: (12, 20)}}
REFERENCE = {Q1: {2023: (74, 3000), 2024: (75, 3000)},
             Q2: {2023: (77, 3000), 2024: (78, 3000)},
             Q3: {2023: (70, 3000), 2024: (70, 3000)}}


def pooled_z_p(x1: int, n1: int, x2: int, n2: int) -> float:
    """Two-sided p of the pooled two-proportion z-test, written out."""
    pooled = (x1 + x2) / (n1 + n2)
    se = math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
    z = (x1 / n1 - x2 / n2) / se
    return math.erfc(abs(z) / math.sqrt(2))


def _year_frame(year: int) -> pd.DataFrame:
    columns = {}
    for seed, (text, years) in enumerate(OWN.items()):
        positive, n = years[year]
        columns[text] = answers(seed=seed + year, Altijd=positive, Soms=n - positive,
                                **{"Niet van toepassing": 200 - n})
    grades = [7] * 100 + [8] * 100 if year == 2023 else [6] * 100 + [7] * 100
    return survey_frame(columns, year=year, municipality="Teststad", **{GRADE: grades})


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("report_input")
    surveys = [write_xlsx(folder / f"ceo_teststad_{year}.xlsx", _year_frame(year)) for year in (2023, 2024)]
    rows = [(text, year, n, pct) for text, years in REFERENCE.items() for year, (pct, n) in years.items()]
    reference = write_reference(folder / "referentiegroep.xlsx", rows)
    return surveys, reference


@pytest.fixture(scope="module")
def analysis(files):
    surveys, reference = files
    outcome = services.load_files(surveys, reference=reference)
    assert not outcome.errors
    return services.analyse(outcome.surveys, outcome.reference)


@pytest.fixture(scope="module")
def report(analysis, tmp_path_factory):
    path = tmp_path_factory.mktemp("report") / "rapport.pdf"
    services.write_report(analysis, path, ReportOptions(date=DATE))
    return path


def text_of(path) -> str:
    """All text of the PDF, whitespace collapsed so wrapped lines read as one."""
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def block(text: str, start: str, end: str | None) -> str:
    """The text from one question heading up to the next."""
    i = text.index(start)
    j = text.index(end, i + len(start)) if end else len(text)
    return text[i:j]


def test_the_designed_cases_are_what_the_analysis_finds(analysis):
    r = analysis.results.set_index(["question", "year"])
    p_sig = pooled_z_p(120, 200, round(0.75 * 3000), 3000)
    p_not = pooled_z_p(150, 200, round(0.78 * 3000), 3000)
    assert p_sig < 0.001 and p_not > 0.3
    assert r.loc[(Q1, 2024), "p_ref"] == pytest.approx(p_sig, rel=1e-9)
    assert r.loc[(Q2, 2024), "p_ref"] == pytest.approx(p_not, rel=1e-9)
    assert bool(r.loc[(Q3, 2024), "indicative"])


def test_every_question_and_year_is_in_the_report(report):
    text = text_of(report)
    for question in (Q1, Q2, Q3):
        assert question in text
    assert "Welk" in text or "rapportcijfer" in text.lower()
    for year in ("2023", "2024"):
        assert year in text
    assert "Cliëntervaringsonderzoek Jeugd Teststad 2023, 2024" in text
    assert "1 maart 2025" in text


def test_significance_words_follow_the_test(report):
    text = text_of(report)
    results = text.index("Resultaten per vraag")
    q1 = block(text[results:], f"1. {Q1}", f"2. {Q2}")
    q2 = block(text[results:], f"2. {Q2}", f"3. {Q3}")
    assert "60,0 %" in q1 and "(n = 200, marge ±6,8 procentpunt)" in q1
    assert "15,0 procentpunt lager dan de referentiegroep (75 %); dat verschil is significant." in q1
    # the next question is worded differently, and says as much: not significant, with its n and margin
    assert "(n = 200, marge ±6,0 procentpunt)" in q2
    assert "3,0 procentpunt onder het cijfer van de referentiegroep (78 %); dat verschil is niet significant." in q2
    assert "met andere woorden" not in text[results:text.index("Methode")]
    assert "▼ lager" in q1 and "niet sign." in q2


def test_small_base_is_indicative_with_a_footnote(report):
    text = text_of(report)
    q3 = block(text[text.index("Resultaten per vraag"):], f"3. {Q3}", "4. ")
    assert "60,0 %*" in q3
    assert "indicatief en is er niet getoetst" in q3
    assert "* Indicatief: minder dan 30 antwoorden, daarom niet getoetst." in q3


def test_grade_is_reported_as_a_mean(report):
    text = text_of(report)
    assert "gemiddeld een 6,5 (n = 200" in text
    assert "Het cijfer is 1,0 punt lager dan in 2023 (7,5); die daling is significant." in text


def test_pages_numbered_outline_and_metadata(report):
    reader = PdfReader(report)
    total = len(reader.pages)
    assert total == 6          # cover, summary, questions (3 pages: the tables give the difference's interval), method
    assert f"pagina 2 van {total}" in reader.pages[1].extract_text()
    assert f"pagina {total} van {total}" in reader.pages[-1].extract_text()
    meta = reader.metadata
    assert meta.title == "Cliëntervaringsonderzoek Jeugd Teststad 2023, 2024"
    assert meta.creator == f"CEO Desk {__version__}"
    assert "Cliëntervaringsonderzoek" in meta.subject

    def titles(items):
        for item in items:
            yield from titles(item) if isinstance(item, list) else [item.title]
    outline = list(titles(reader.outline))
    assert outline[0] == "Samenvatting 2024"
    assert f"1. {Q1}" in outline and f"3. {Q3}" in outline and outline[-1] == "Methode"


def test_summary_and_method(report):
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(report).pages]
    summary, method = pages[1], pages[-1]
    assert "Samenvatting 2024" in summary and "Wat valt op" in summary
    assert ("In 2024 significant lager dan de referentiegroep: ‘Ik kan de hulp krijgen die ik nodig heb.’ "
            "(60,0 % tegen 75 %; n = 200, marge ±6,8)") in summary
    assert "−15,0 ▼ lager" in summary
    assert "Wilson" in method and "gepoolde variantie" in method and "α = 0,05" in method
    assert "referentiegroep.xlsx" in method and "3.000 tot 3.000 cliënten" in method
    # only the categories these files hold: no 'vaak', 'nooit' or 'weet niet' that no respondent could choose
    assert ("positief = ‘altijd’; niet positief = ‘soms’. Niet meegeteld in n: ‘niet van toepassing’ en lege "
            "antwoorden.") in method
    assert "‘vaak’" not in method and "weet niet" not in method


def test_same_input_gives_same_bytes(analysis, report, tmp_path):
    again = tmp_path / "again.pdf"
    services.write_report(analysis, again, ReportOptions(date=DATE))
    assert again.read_bytes() == report.read_bytes()


def test_english(analysis, tmp_path):
    path = tmp_path / "report.pdf"
    services.write_report(analysis, path, ReportOptions(date=DATE, lang="en"))
    text = text_of(path)
    assert "than the reference group (75 %); that difference is significant." in text
    assert "60.0 %" in text and "page 2 of" in text


def test_split_per_question_and_year(analysis, tmp_path):
    per_question = services.write_report(analysis, tmp_path / "q", ReportOptions(date=DATE, split="question"))
    assert len(per_question) == 4 and all(p.parent == tmp_path / "q" for p in per_question)
    assert Q2 in text_of(per_question[1]) and Q1 not in text_of(per_question[1])
    per_year = services.write_report(analysis, tmp_path / "y", ReportOptions(date=DATE, split="year"))
    assert [p.name for p in per_year] == ["rapport_2023.pdf", "rapport_2024.pdf"]
    assert "Onderzoeksjaren: 2023 " in text_of(per_year[0])


def test_failed_or_cancelled_build_keeps_the_older_file(analysis, tmp_path, monkeypatch):
    target = tmp_path / "rapport.pdf"
    target.write_bytes(b"older report")
    with pytest.raises(services.OperationCancelled):
        services.write_report(analysis, target, ReportOptions(date=DATE), cancelled=lambda: True)

    def half_then_fail(analysis, tmp, options, progress, cancelled):
        with open(tmp, "wb") as fh:
            fh.write(b"%PDF-1.4 half")
        raise RuntimeError("disk gone")
    monkeypatch.setattr("ceo_desk.report.build_report", half_then_fail)
    with pytest.raises(RuntimeError):
        services.write_report(analysis, target, ReportOptions(date=DATE))
    assert target.read_bytes() == b"older report"
    assert [p.name for p in tmp_path.iterdir()] == ["rapport.pdf"]


def test_progress_reaches_one(analysis, tmp_path):
    seen = []
    services.write_report(analysis, tmp_path / "r.pdf", ReportOptions(date=DATE), progress=lambda f, m="": seen.append(f))
    assert seen[-1] == 1.0 and seen == sorted(seen)


def test_cli_report_question_and_year(files, tmp_path):
    surveys, reference = files
    out = tmp_path / "r.pdf"
    args = [*map(str, surveys), "--reference", str(reference), "-o", str(out), "--date", "2025-03-01"]
    assert main(["report", *args, "--question", "Q2", "--year", "2024"]) == 0
    text = text_of(out)
    assert Q2 in text and Q1 not in text
    assert "Onderzoeksjaren: 2024 " in text and "2023: 200" not in text
    assert main(["report", *args, "--question", "krijgen die ik nodig"]) == 0
    assert Q1 in text_of(out)


def test_cli_bad_input_exits_2(files, tmp_path, capsys):
    surveys, reference = files
    out = tmp_path / "r.pdf"
    assert main(["report", str(surveys[0]), "--reference", str(reference), "-o", str(out),
                 "--question", "bestaat niet"]) == 2
    assert "bestaat niet" in capsys.readouterr().err
    broken = write_text_as(tmp_path / "kapot.xlsx")
    assert main(["report", str(broken), "-o", str(out)]) == 2
    assert main(["report", str(surveys[0]), "-o", str(out), "--year", "2030"]) == 2
    assert not out.exists()


def test_chart_svg(analysis):
    rows = analysis.results[analysis.results["question"] == Q3]
    svg = to_svg(question_chart(rows, "nl", municipality="Teststad"))
    assert svg.startswith(b"<?xml") and b"<svg" in svg
    assert "indicatief (n &lt; 30)".encode() in svg or "indicatief (n < 30)".encode() in svg
