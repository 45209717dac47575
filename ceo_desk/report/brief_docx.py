"""The council brief as an editable Word file (python-docx): real headings, a numbered list, a real
Word table, so an advisor can move it into the municipality's own template. Same content as the PDF
(``brief.brief_content``); the same inputs and date give the same bytes."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path
from typing import BinaryIO

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

from ceo_desk import __version__
from ceo_desk.i18n import municipality_label
from ceo_desk.report.brief import Brief, brief_content
from ceo_desk.report.context import ReportContext

_HIGHER, _LOWER = RGBColor(0x1B, 0x6B, 0x2F), RGBColor(0xA3, 0x23, 0x1F)
_FIXED_TIME = (1980, 1, 1, 0, 0, 0)


def _document(brief: Brief, ctx: ReportContext):
    doc = Document()
    props = doc.core_properties
    moment = dt.datetime.combine(ctx.date, dt.time(0, 0))
    props.title, props.subject = brief.title, ctx.title
    props.author = municipality_label(ctx.municipality, ctx.lang) if ctx.municipality else ""
    props.last_modified_by, props.comments = "", f"CEO Desk {__version__}"
    props.created = props.modified = moment
    props.revision = 1
    props.language = "nl-NL" if ctx.lang == "nl" else "en-GB"
    doc.styles["Normal"].font.size = Pt(10)
    section = doc.sections[0]                     # A4, as Dutch municipalities print, not python-docx's Letter
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2)
    section.top_margin = section.bottom_margin = Cm(2)

    doc.add_heading(brief.title, level=0)
    doc.add_paragraph(brief.subtitle, style="Subtitle")
    doc.add_paragraph(brief.intro)
    doc.add_heading(brief.findings_heading, level=1)
    for sentence in brief.findings:
        doc.add_paragraph(sentence, style="List Number")
    if brief.small:
        doc.add_paragraph(brief.small)
    doc.add_heading(brief.table_title, level=1)
    table = doc.add_table(rows=1, cols=len(brief.table.head), style="Table Grid")
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    for cell, text in zip(table.rows[0].cells, brief.table.head):
        cell.text = ""
        run = cell.paragraphs[0].add_run(text)
        run.bold = True
    _repeat_header(table.rows[0])
    for values, signs in zip(brief.table.rows, brief.table.directions):
        cells = table.add_row().cells
        for col, (cell, text, sign) in enumerate(zip(cells, values, signs)):
            paragraph = cell.paragraphs[0]
            run = paragraph.add_run(text)
            if col > 0:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            if sign:
                run.font.color.rgb = _HIGHER if sign > 0 else _LOWER
    table.autofit = False
    widths = column_widths(len(brief.table.head))
    for column, width in zip(table.columns, widths):
        column.width = width                                   # the grid Word and LibreOffice lay out by
    for row in table.rows:
        for cell, width in zip(row.cells, widths):
            cell.width = width
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                for run in paragraph.runs:
                    run.font.size = Pt(8.5)
    legend = doc.add_paragraph(brief.legend)
    legend.runs[0].font.size = Pt(8)
    doc.add_heading(brief.sources_heading, level=1)
    for text in brief.sources:
        doc.add_paragraph(text)
    footer = doc.sections[0].footer.paragraphs[0]
    footer.text = brief.footer
    footer.runs[0].font.size = Pt(8)
    return doc


def column_widths(columns: int) -> list:
    """The table's column widths. A4 less 2 cm margins leaves 17 cm: the question gets the most, the
    difference columns room for "−3,1 niet sign." and "(procentpunt)" on one line each, and every header
    word ("margin", "ref. %") fits its column beside Word's 0,19 cm cell padding on either side, so that
    no header breaks mid-word ("margi n")."""
    return [Cm(5.0), Cm(1.7), Cm(1.1), Cm(1.8), Cm(1.5)] + [Cm(2.95)] * (columns - 5)


def _repeat_header(row) -> None:
    """Mark the first row as a header row that Word repeats on every page."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)


def _stable_zip(data: bytes) -> bytes:
    """The same package with fixed entry times, so the same inputs and date give the same bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=_FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            dst.writestr(info, src.read(item.filename))
    return out.getvalue()


def write_brief_docx(ctx: ReportContext, target: str | Path | BinaryIO) -> Brief:
    brief = brief_content(ctx)
    buffer = io.BytesIO()
    _document(brief, ctx).save(buffer)
    data = _stable_zip(buffer.getvalue())
    if isinstance(target, (str, Path)):
        Path(target).write_bytes(data)
    else:
        target.write(data)
    return brief
