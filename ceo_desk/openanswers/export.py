"""Writing open answers out, masked: a workbook (themes per year with quotes, and the answers), a CSV
or JSON of the answers. Only masked text is written; a year or group below the minimum number of
respondents is left out or its label blanked, with the next smallest groups (``collect``).

``add_open_answers_sheets(workbook, …)`` adds the two sheets to any xlsxwriter workbook, so the
report's table workbook can carry them too.
"""

from __future__ import annotations

import json
from pathlib import Path

from ceo_desk.atomic_write import write_atomic
from ceo_desk.formula_guard import formula_safe
from ceo_desk.i18n import tr
from ceo_desk.model.errors import InputError
from ceo_desk.openanswers.collect import MIN_N, OpenAnswers, theme_label, theme_table
from ceo_desk.openanswers.masking import render
from ceo_desk.openanswers.themes import DEFAULT_THEMES, ThemeMatcher

FORMATS = (".xlsx", ".csv", ".json")


def answer_rows(data: OpenAnswers, themes=DEFAULT_THEMES, lang: str = "nl", min_n: int = MIN_N) -> list[dict]:
    """One dict per shown answer: question, year, group labels (blank when hidden), themes, masked text."""
    matcher = themes if isinstance(themes, ThemeMatcher) else ThemeMatcher(tuple(themes))
    hidden_label = tr("oa.hidden_group", lang)
    rows = []
    for question in data.questions:
        hidden = {(y, c): data.hidden_groups(question.key, y, c, min_n)
                  for y in question.years for c in data.group_columns}
        for answer in data.visible(question.key, min_n=min_n):
            row = {tr("oa.col.question", lang): question.text, tr("oa.col.year", lang): answer.year}
            for column in data.group_columns:
                label = answer.group(column)
                if label is None:
                    row[column] = ""
                else:
                    row[column] = hidden_label if label in hidden[(answer.year, column)] else label
            row[tr("oa.col.themes", lang)] = ", ".join(theme_label(t, lang) for t in matcher.themes_of(answer.marked))
            row[tr("oa.col.answer", lang)] = answer.text(lang)
            rows.append(row)
    return rows


def theme_rows(data: OpenAnswers, themes=DEFAULT_THEMES, lang: str = "nl", min_n: int = MIN_N) -> list[dict]:
    """Per question and theme: answers per year (count and share) and the example quotes."""
    matcher = themes if isinstance(themes, ThemeMatcher) else ThemeMatcher(tuple(themes))
    out = []
    for question in data.questions:
        for row in theme_table(data, question.key, matcher, min_n=min_n):
            item = {tr("oa.col.question", lang): question.text,
                    tr("oa.col.theme", lang): theme_label(row.theme, lang)}
            for year in sorted(row.counts):
                item[tr("oa.col.count_year", lang, year=year)] = row.counts[year]
                share = row.share(year)
                item[tr("oa.col.share_year", lang, year=year)] = round(share, 1) if share is not None else None
            for i, (year, marked) in enumerate(row.quotes, start=1):
                item[tr("oa.col.quote", lang, number=i)] = f"{render(marked, lang)} ({year})"
            out.append(item)
    return out


def add_open_answers_sheets(workbook, data: OpenAnswers, themes=DEFAULT_THEMES, lang: str = "nl",
                            min_n: int = MIN_N) -> None:
    """Two sheets in an xlsxwriter workbook: themes per year with quotes, and every shown answer.

    Every cell is written as a number or as plain text (``write_string``), never as a formula."""
    bold = workbook.add_format({"bold": True, "bg_color": "#E8EEF5", "text_wrap": True, "valign": "top"})
    wrap = workbook.add_format({"text_wrap": True, "valign": "top"})
    for name, rows in ((tr("oa.sheet.themes", lang), theme_rows(data, themes, lang, min_n)),
                       (tr("oa.sheet.answers", lang), answer_rows(data, themes, lang, min_n))):
        sheet = workbook.add_worksheet(name[:31])
        columns = list(dict.fromkeys(k for r in rows for k in r)) or [tr("oa.col.answer", lang)]
        for c, head in enumerate(columns):
            sheet.write_string(0, c, str(head), bold)
            wide = head in (tr("oa.col.answer", lang), tr("oa.col.question", lang)) or head.startswith(
                tr("oa.col.quote", lang, number="").strip())
            sheet.set_column(c, c, 60 if wide else 14, wrap if wide else None)
        for r, row in enumerate(rows, start=1):
            for c, head in enumerate(columns):
                value = row.get(head)
                if value is None or value == "":
                    continue
                if isinstance(value, (int, float)):
                    sheet.write_number(r, c, value)
                else:
                    sheet.write_string(r, c, str(value))
        sheet.freeze_panes(1, 0)


def export_open_answers(data: OpenAnswers, target: Path | str, themes=DEFAULT_THEMES, lang: str = "nl",
                        min_n: int = MIN_N) -> Path:
    """The masked open answers to .xlsx (themes and answers), .csv or .json (answers), atomically."""
    target = Path(target)
    suffix = target.suffix.lower()
    if suffix not in FORMATS:
        raise InputError(target, key="err.oa.format", params={"suffix": suffix or "-"},
                         action_key="err.oa.format_action")
    if suffix == ".xlsx":
        def write(tmp: Path) -> None:
            import xlsxwriter
            workbook = xlsxwriter.Workbook(str(tmp), {"strings_to_formulas": False, "strings_to_urls": False})
            add_open_answers_sheets(workbook, data, themes, lang, min_n)
            workbook.close()
        return write_atomic(target, write)
    rows = answer_rows(data, themes, lang, min_n)
    if suffix == ".json":
        text = json.dumps(rows, ensure_ascii=False, indent=1)
        return write_atomic(target, lambda tmp: tmp.write_text(text, encoding="utf-8"))
    import csv

    def write_csv(tmp: Path) -> None:
        columns = list(dict.fromkeys(k for r in rows for k in r)) or [tr("oa.col.answer", lang)]
        with open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.DictWriter(fh, columns, delimiter=";")
            writer.writeheader()
            for row in rows:
                writer.writerow({k: formula_safe(v) for k, v in row.items()})
    return write_atomic(target, write_csv)
