"""What the report says: the summary over every year, the sentences, the method page, cover and metadata.

The designed cases are checked against the tests written out in ``formulas.py`` first, so a
sentence is held against the statistics, never against the program's own output.
"""

from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader

from builders import Q1, Q2, answers, survey_frame, write_reference, write_xlsx
from ceo_desk import services
from ceo_desk.model.options import AnalysisOptions
from ceo_desk.model.scales import SCALES
from ceo_desk.report import ReportOptions
from formulas import margin, pooled_z_p

DATE = dt.date(2025, 3, 1)
YEARS = (2019, 2020, 2021)
# Q1 is significantly below the reference in 2019 only, then rises each year without a significant step;
# Q2 moves up and down and never differs significantly. n = 200 valid answers everywhere.
OWN = {Q1: {2019: 128, 2020: 140, 2021: 144}, Q2: {2019: 150, 2020: 146, 2021: 152}}
REF = {Q1: {2019: 75, 2020: 74, 2021: 74}, Q2: {2019: 76, 2020: 76, 2021: 75}}
REF_N = 3000


def _text(path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def _pages(path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def _write_years(folder, weights: bool = False, groups: bool = False) -> list:
    files = []
    for year in YEARS:
        columns = {text: answers(seed=year + i, Altijd=own[year], Soms=200 - own[year], **{"Niet van toepassing": 10})
                   for i, (text, own) in enumerate(OWN.items())}
        extra = {}
        if weights:
            extra["weegfactor"] = [0.5 + (i % 4) * 0.25 for i in range(210)]
        if groups:
            extra["doelgroep"] = ["Jongere"] * 70 + ["Ouder"] * 140
        frame = survey_frame(columns, year=year, municipality="Teststad", **extra)
        files.append(write_xlsx(folder / f"ceo_teststad_{year}.xlsx", frame))
    return files


@pytest.fixture(scope="module")
def earliest(tmp_path_factory):
    folder = tmp_path_factory.mktemp("earliest")
    surveys = _write_years(folder, weights=True, groups=True)
    reference = write_reference(folder / "bmc_referentiegroep_jeugd.xlsx",
                                [(q, y, REF_N, pct) for q, years in REF.items() for y, pct in years.items()])
    outcome = services.load_files(surveys, reference=reference)
    assert not outcome.errors
    analysis = services.analyse(outcome.surveys, outcome.reference)
    path = tmp_path_factory.mktemp("earliest_report") / "rapport.pdf"
    services.write_report(analysis, path, ReportOptions(date=DATE))
    return analysis, path


def test_the_only_significant_result_lies_in_the_earliest_year():
    """The design, checked with the z-test written out: one significant difference, 2019 Q1 against the reference."""
    significant = []
    for q in OWN:
        for year in YEARS:
            ref = REF[q][year]
            if pooled_z_p(OWN[q][year], 200, round(ref / 100 * REF_N), REF_N) < 0.05:
                significant.append((q, year, "ref"))
        for before, after in zip(YEARS, YEARS[1:]):
            if pooled_z_p(OWN[q][after], 200, OWN[q][before], 200) < 0.05:
                significant.append((q, after, "prev"))
    assert significant == [(Q1, 2019, "ref")]


def test_summary_speaks_of_every_year(earliest):
    analysis, path = earliest
    summary = _pages(path)[1]
    highlights = summary[summary.index("Wat valt op"):]
    m = margin(128 / 200, 200) * 100
    assert round(m, 1) == 6.7
    assert ("In 2019 significant lager dan de referentiegroep: ‘Ik kan de hulp krijgen die ik nodig heb.’ "
            "(64,0 % tegen 75 %; n = 200, marge ±6,7).") in highlights
    assert "In 2021 wijkt Teststad bij geen enkele vraag significant af van de referentiegroep." in highlights
    assert "Geen van de veranderingen tussen de jaren is significant." in highlights
    # 64 -> 70 -> 72: a steady rise over three years, none of whose steps is significant, and said so
    assert ("‘Ik kan de hulp krijgen die ik nodig heb.’ steeg elk jaar van 2019 tot en met 2021: 64,0 % (2019) → "
            "70,0 % (2020) → 72,0 % (2021). Geen van die stappen is op zichzelf significant") in highlights
    assert "‘De hulp die ik krijg, helpt mij.’ steeg" not in highlights
    assert "daalde elk jaar" not in highlights


def test_question_text_names_the_earlier_significant_year_and_never_the_stiff_phrase(earliest):
    _, path = earliest
    text = _text(path)
    results = text[text.index("Resultaten per vraag"):text.index("Methode")]
    q1 = results[results.index(f"1. {Q1}"):results.index(f"2. {Q2}")]
    assert "In 2019 lag het cijfer significant lager dan de referentiegroep (64,0 % tegen 75 %; n = 200)." in q1
    assert "met andere woorden" not in results
    # always n and the margin with the latest figure
    assert "(n = 200, marge ±6,2 procentpunt)" in q1          # 72 %: 1,96·√(0,72·0,28/200) = 6,2
    assert round(margin(0.72, 200) * 100, 1) == 6.2


def test_method_page_describes_this_report(earliest):
    _, path = earliest
    method = _pages(path)[-1]
    # "niet significant" explained once, in the seed report's own words
    assert ("het is niet te stellen dat het verschil in de onderzoekspopulatie ook in het echt voorkomt"
            in method)
    assert _text(path).count("niet te stellen dat het verschil") == 1
    # who answered, by group and year, with n
    assert "2019 — ‘Jongere’: 70, ‘Ouder’: 140" in method
    assert "In de cijfers zijn deze groepen samengenomen." in method
    # the weight is in the files but not used: said so
    assert "bevatten een weegfactor (‘weegfactor’), maar die is in dit rapport niet gebruikt" in method
    # tests and multiple testing: 2 questions × 3 years against the reference + 2 × 2 changes = 10 tests
    assert "Dit rapport bevat 10 toetsen. Daarvoor is niet gecorrigeerd" in method
    assert "Frequentie (altijd … nooit)" in method


def test_method_page_weighted_and_without_weight(tmp_path):
    (tmp_path / "w").mkdir()
    (tmp_path / "p").mkdir()
    weighted_files = _write_years(tmp_path / "w", weights=True)
    plain_files = _write_years(tmp_path / "p")
    weighted = services.analyse(services.load_files(weighted_files).surveys, options=AnalysisOptions(weight="weegfactor"))
    plain = services.analyse(services.load_files(plain_files).surveys)
    services.write_report(weighted, tmp_path / "w.pdf", ReportOptions(date=DATE))
    services.write_report(plain, tmp_path / "p.pdf", ReportOptions(date=DATE))
    assert "gewogen met de kolom ‘weegfactor’" in _pages(tmp_path / "w.pdf")[-1]
    assert "effectieve n volgens Kish" in _pages(tmp_path / "w.pdf")[-1]
    method = _pages(tmp_path / "p.pdf")[-1]
    assert "De cijfers zijn ongewogen; de bestanden bevatten geen weegfactor." in method
    assert "In de cijfers zijn alle respondenten samengenomen." in method
    assert "jongeren" not in method.lower()
    assert "Er is geen referentiegroep opgegeven" in method


# One question per scale, each answered with one positive, one negative and one left-out category only.
SCALE_ANSWERS = {
    "frequency": ("Altijd", "Soms", "Niet van toepassing"),
    "agreement": ("Helemaal mee eens", "Niet mee eens", "Weet niet / niet van toepassing"),
    "yes_no": ("Ja", "Nee", "Weet niet"),
    "quality": ("Goed", "Slecht", "Niet van toepassing"),
    "satisfaction": ("Tevreden", "Ontevreden", "Niet van toepassing"),
}


def test_every_scale_is_known_to_the_test():
    assert set(SCALE_ANSWERS) == set(SCALES)


@pytest.mark.parametrize("scale", sorted(SCALE_ANSWERS))
def test_method_page_names_the_scale_and_only_the_categories_present(scale, tmp_path):
    positive, negative, excluded = SCALE_ANSWERS[scale]
    text = "Hoe ervaart u de ondersteuning die u kreeg?"
    frame = survey_frame({text: answers(seed=1, **{positive: 60, negative: 40, excluded: 5})}, year=2023)
    outcome = services.load_files([write_xlsx(tmp_path / "ceo_2023.xlsx", frame)])
    analysis = services.analyse(outcome.surveys)
    assert [q.scale for q in analysis.catalogue.reported()] == [scale]
    services.write_report(analysis, tmp_path / "r.pdf", ReportOptions(date=DATE))
    method = _pages(tmp_path / "r.pdf")[-1]
    assert (f"Alle vragen (schaal {SCALES[scale].name('nl')}): positief = ‘{positive.lower()}’; niet positief = "
            f"‘{negative.lower()}’. Niet meegeteld in n: ‘{excluded.lower()}’ en lege antwoorden.") in method
    others = [c for c in SCALES[scale].categories if c not in (positive, negative, excluded)]
    for label in others:
        assert f"‘{label.lower()}’" not in method


def test_cover_names_the_reference_and_metadata_carries_the_report_date(earliest, tmp_path):
    analysis, path = earliest
    cover = _pages(path)[0]
    assert "Vergeleken met: Referentiegroep" in cover
    assert "bmc_referentiegroep_jeugd.xlsx" not in cover
    meta = PdfReader(path).metadata
    assert meta["/CreationDate"] == meta["/ModDate"] == "D:20250301000000+00'00'"
    assert meta.creation_date.date() == DATE
    named = tmp_path / "named.pdf"
    services.write_report(analysis, named, ReportOptions(date=DATE, reference_name="BMC Jeugd"))
    assert "Vergeleken met: BMC Jeugd" in _pages(named)[0]
    assert "‘BMC Jeugd’ (bron: bmc_referentiegroep_jeugd.xlsx)" in _pages(named)[-1]
    # the charts' legends name it too: every question page with a reference bar says 'BMC Jeugd'
    question_pages = [page for page in _pages(named) if "95%-interval" in page and "Methode" not in page]
    assert question_pages and all("BMC Jeugd" in page for page in question_pages)
    assert not any("Referentiegroep" in page for page in question_pages)
    # another date: another metadata date; the same date again: the same bytes
    other = tmp_path / "other.pdf"
    services.write_report(analysis, other, ReportOptions(date=dt.date(2026, 1, 31)))
    assert PdfReader(other).metadata["/CreationDate"] == "D:20260131000000+00'00'"
    again = tmp_path / "again.pdf"
    services.write_report(analysis, again, ReportOptions(date=DATE))
    assert again.read_bytes() == path.read_bytes()


def test_one_year_report_shows_the_previous_figure_and_units(earliest, tmp_path):
    analysis, _ = earliest
    path = tmp_path / "2021.pdf"
    services.write_report(analysis, path, ReportOptions(date=DATE, years=(2021,)))
    text = _text(path)
    block = text[text.index(f"1. {Q1}"):text.index(f"2. {Q2}")]
    assert "vorig jaar" in block and "70,0 % (2020)" in block      # 2020 is not in this report, its figure is
    assert "verschil met referentie (procentpunt)" in block
    assert "verschil met vorig jaar (procentpunt)" in block
