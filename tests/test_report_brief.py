"""The council brief: its findings held against the statistics written out, its PDF and its Word file."""

from __future__ import annotations

import datetime as dt
import math

import docx
import pytest
from pypdf import PdfReader

from builders import answers, survey_frame, write_reference, write_xlsx
from ceo_desk import services
from ceo_desk.cli import main
from ceo_desk.report import ReportOptions
from ceo_desk.report.context import build_context
from ceo_desk.report.findings import key_findings
from formulas import margin, pooled_z_p

DATE = dt.date(2025, 3, 1)
GRADE = "rapportcijfer"
QA = "Ik kan de hulp krijgen die ik nodig heb."
QB = "De hulpverleners nemen mij serieus."
QC = "Beslissingen over de hulp worden samen met mij genomen."
QD = "De hulpverleners weten genoeg om mij te kunnen helpen."
QE = "Ik word goed geholpen bij mijn vragen en problemen."
QF = "De hulp die ik krijg, helpt mij."
QG = "Door de hulp gaat het beter op school of op mijn werk."
# positive answers of n valid answers, per question and year; the reference's percentage (n = 3000)
OWN = {QA: {2023: (130, 200), 2024: (120, 200)}, QB: {2023: (160, 200), 2024: (170, 200)},
       QC: {2023: (120, 200), 2024: (150, 200)}, QD: {2023: (150, 200), 2024: (152, 200)},
       QE: {2023: (151, 200), 2024: (149, 200)}, QF: {2023: (152, 200), 2024: (154, 200)},
       QG: {2023: (150, 200), 2024: (12, 20)}}
REF = {QA: 75, QB: 75, QC: 76, QD: 76, QE: 76, QF: 76, QG: 75}
REF_N = 3000


def _significant(q: str, year: int, against: str) -> bool:
    x, n = OWN[q][year]
    if n < 30:
        return False
    if against == "ref":
        return pooled_z_p(x, n, round(REF[q] / 100 * REF_N), REF_N) < 0.05
    before = OWN[q][year - 1]
    return before[1] >= 30 and pooled_z_p(x, n, *before) < 0.05


@pytest.fixture(scope="module")
def analysis(tmp_path_factory):
    folder = tmp_path_factory.mktemp("brief")
    surveys = []
    for year in (2023, 2024):
        columns = {q: answers(seed=year + i, Altijd=own[year][0], Soms=own[year][1] - own[year][0],
                              **{"Niet van toepassing": 200 - own[year][1]})
                   for i, (q, own) in enumerate(OWN.items())}
        grades = [7] * 100 + [8] * 100 if year == 2023 else [6] * 100 + [7] * 100
        surveys.append(write_xlsx(folder / f"ceo_teststad_{year}.xlsx",
                                  survey_frame(columns, year=year, municipality="Teststad", **{GRADE: grades})))
    reference = write_reference(folder / "ref.xlsx", [(q, y, REF_N, p) for q, p in REF.items() for y in (2023, 2024)])
    outcome = services.load_files(surveys, reference=reference)
    assert not outcome.errors
    return services.analyse(outcome.surveys, outcome.reference)


def test_the_design(analysis):
    assert _significant(QA, 2024, "ref") and _significant(QB, 2024, "ref") and _significant(QC, 2024, "prev")
    assert not any(_significant(q, 2024, "ref") for q in (QC, QD, QE, QF))
    assert not any(_significant(q, 2024, "prev") for q in (QA, QB, QD, QE, QF))
    # the grade: 7,5 -> 6,5 with sd 0,5 on 200 answers each: Welch's t written out
    sd = math.sqrt(200 * 0.25 / 199)
    assert (7.5 - 6.5) / math.sqrt(2 * sd * sd / 200) > 10


def test_findings_agree_with_the_written_out_tests(analysis):
    ctx = build_context(analysis, ReportOptions(date=DATE))
    findings = key_findings(ctx)
    assert 5 <= len(findings) <= 8
    kinds = [(f.kind, f.section.question.text, f.year) for f in findings]
    # the latest year's significant results come first, largest first
    assert kinds[:2] == [("ref", QA, 2024), ("ref", QB, 2024)]
    assert ("change", QC, 2024) in kinds
    assert any(k == "change" and f.section.question.kind == "mean" for (k, _, _), f in zip(kinds, findings))
    for f in findings:
        q = f.section.question.text
        if f.kind == "ref":
            assert _significant(q, f.year, "ref")
        elif f.kind == "change" and f.section.question.kind == "share":
            assert _significant(q, f.year, "prev")
        elif f.kind == "level":
            assert not _significant(q, f.year, "ref") and not _significant(q, f.year, "prev")
    assert QG not in [q for _, q, _ in kinds]            # indicative: flagged apart, never a finding


@pytest.fixture(scope="module")
def brief_pdf(analysis, tmp_path_factory):
    path = tmp_path_factory.mktemp("brief_pdf") / "brief.pdf"
    services.write_brief(analysis, path, ReportOptions(date=DATE, reference_name="BMC Jeugd"))
    return path


def _text(path) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())


def test_pdf_brief_says_figure_n_margin_and_significance(brief_pdf, analysis, tmp_path):
    reader = PdfReader(brief_pdf)
    assert 1 <= len(reader.pages) <= 2
    text = _text(brief_pdf)
    m = round(100 * margin(0.6, 200), 1)
    assert m == 6.8
    assert (f"‘{QA}’: in 2024 60,0 % positief (n = 200, marge ±6,8). Dat is significant lager dan BMC Jeugd "
            "(75 %).") in text
    assert f"‘{QB}’: in 2024 85,0 % positief (n = 200, marge ±4,9). Dat is significant hoger dan BMC Jeugd" in text
    assert round(100 * margin(0.85, 200), 1) == 4.9
    assert f"‘{QC}’: gestegen van 60,0 % in 2023 naar 75,0 % in 2024 (n = 200, marge ±6,0). Deze stijging is significant." in text
    assert "Het rapportcijfer: gedaald van 7,5 in 2023 naar 6,5 in 2024" in text
    assert "Let op, kleine aantallen" in text and f"‘{QG}’ 2024 (n = 20)" in text
    assert "Alle vragen in 2024" in text and "t.o.v. referentie (procentpunt)" in text
    assert "niet te stellen dat het verschil in de onderzoekspopulatie ook in het echt voorkomt" in text
    assert "ceo_teststad_2023.xlsx" in text and "‘BMC Jeugd’ (bron: ref.xlsx)" in text
    meta = reader.metadata
    assert meta["/CreationDate"] == "D:20250301000000+00'00'"
    again = tmp_path / "again.pdf"
    services.write_brief(analysis, again, ReportOptions(date=DATE, reference_name="BMC Jeugd"))
    assert again.read_bytes() == brief_pdf.read_bytes()


def test_docx_brief_has_word_headings_list_and_table(analysis, tmp_path):
    path = tmp_path / "brief.docx"
    services.write_brief(analysis, path, ReportOptions(date=DATE))
    doc = docx.Document(str(path))
    styles = [(p.style.name, p.text) for p in doc.paragraphs]
    assert styles[0] == ("Title", "Raadsinformatie: wat cliënten van de hulp vinden")
    headings = [t for s, t in styles if s == "Heading 1"]
    assert headings == ["Belangrijkste uitkomsten", "Alle vragen in 2024", "Waar de cijfers vandaan komen"]
    numbered = [t for s, t in styles if s == "List Number"]
    ctx = build_context(analysis, ReportOptions(date=DATE))
    assert len(numbered) == len(key_findings(ctx))
    assert numbered[0] == (f"‘{QA}’: in 2024 60,0\u00a0% positief (n = 200, marge ±6,8). Dat is significant lager "
                           "dan de referentiegroep (75\u00a0%).")
    table = doc.tables[0]
    assert len(table.rows) == 1 + 8                     # header, seven statements and the grade
    assert [c.text for c in table.rows[0].cells][:3] == ["Vraag", "% 2024", "n"]
    row = [c.text for c in table.rows[1].cells]
    assert row[0] == QA and row[1] == "60,0\u00a0%" and row[2] == "200" and row[3] == "±6,8"
    assert row[5] == "−15,0 ▼ lager"
    # A4 with 2 cm margins; the table fits between them and the question column is the widest
    section = doc.sections[0]
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (21.0, 29.7)
    widths = [c.width.cm for c in table.columns]
    assert sum(widths) <= 21.0 - 4.0 + 0.05 and widths[0] == max(widths) and widths[0] >= 5
    assert all(cell.width.cm == pytest.approx(w, abs=0.01) for row in table.rows for cell, w in zip(row.cells, widths))
    assert doc.core_properties.created == dt.datetime(2025, 3, 1, tzinfo=dt.timezone.utc)
    again = tmp_path / "again.docx"
    services.write_brief(analysis, again, ReportOptions(date=DATE))
    assert again.read_bytes() == path.read_bytes()


def test_cli_brief(analysis, tmp_path, capsys):
    files = [str(s.path) for s in analysis.surveys]
    reference = str(analysis.reference.path)
    out = tmp_path / "brief.docx"
    assert main(["brief", *files, "-r", reference, "-o", str(out), "--date", "2025-03-01"]) == 0
    assert out.exists()
    assert main(["brief", *files, "-r", reference, "-o", str(tmp_path / "brief.txt")]) == 2
    assert ".pdf" in capsys.readouterr().err
    assert not (tmp_path / "brief.txt").exists()


# Word's default cell padding (108 twips, 0,19 cm) on either side of a cell's text
CELL_PADDING_CM = 2 * 108 / 1440 * 2.54


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_docx_header_words_fit_their_columns(analysis, tmp_path, lang):
    """No header of the Word table breaks mid-word ("margi n"): each header word, measured with the
    bundled DejaVu Sans Bold (as wide as the DejaVu Serif Bold LibreOffice falls back to, wider than
    Word's Cambria) at the header's size with 5 % to spare, fits its column inside the cell padding."""
    from pathlib import Path

    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    import ceo_desk
    font = Path(ceo_desk.__file__).parent / "resources" / "fonts" / "DejaVuSans-Bold.ttf"
    pdfmetrics.registerFont(TTFont("HeaderTestBold", str(font)))
    files = [str(s.path) for s in analysis.surveys]
    out = tmp_path / f"brief_{lang}.docx"
    assert main(["brief", *files, "-r", str(analysis.reference.path), "-o", str(out), "--lang", lang,
                 "--reference-name", "BMC Jeugd"]) == 0
    table = docx.Document(str(out)).tables[0]
    widths = [c.width.cm for c in table.columns]
    head = table.rows[0].cells
    assert len(head) == len(widths) == 7                  # with the previous year's column
    texts = [c.text for c in head]
    assert ("marge" if lang == "nl" else "margin") in texts
    assert sum(widths) <= 21.0 - 4.0 + 0.01               # between the A4 page's 2 cm margins
    for cell, width in zip(head, widths):
        run, = [r for r in cell.paragraphs[0].runs if r.text]
        assert run.bold and run.font.size is not None
        for word in cell.text.split():
            cm = pdfmetrics.stringWidth(word, "HeaderTestBold", run.font.size.pt) / 72 * 2.54
            assert cm * 1.05 + CELL_PADDING_CM <= width, (lang, word, cm, width)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_pdf_header_words_fit_their_columns(analysis, tmp_path, lang):
    """The PDF brief's table header breaks no word either: each header word, in the header's own font and
    size, fits its column inside ReportLab's 6 pt cell padding on either side; and the PDF's text has
    'margin' / 'marge' whole."""
    from reportlab.pdfbase import pdfmetrics

    from ceo_desk.report.brief import brief_content, pdf_column_widths
    from ceo_desk.report.styles import styles
    out = tmp_path / f"brief_{lang}.pdf"
    files = [str(s.path) for s in analysis.surveys]
    assert main(["brief", *files, "-r", str(analysis.reference.path), "-o", str(out), "--lang", lang]) == 0
    text = PdfReader(str(out)).pages[0].extract_text()
    word = "marge" if lang == "nl" else "margin"
    assert word in text.split() and "ref. %" in text
    head = brief_content(build_context(analysis, ReportOptions(date=DATE, lang=lang))).table.head
    widths = pdf_column_widths(len(head))
    assert len(head) == len(widths) == 7
    st = styles()
    for title, width in zip(head, widths):
        for part in title.split():
            assert pdfmetrics.stringWidth(part, st.cell_bold.fontName, st.cell_bold.fontSize) + 2 * 6 <= width, \
                (lang, part, width)
