"""The user's import settings for a survey file: the header row, the year, and what each column is.

What the user confirms in the import dialog is a *layout*: ``{"kind": "survey", "header_row": N,
"year": COLUMN or absent, "roles": {column: role}}``. It is kept in the project (``Overrides.layouts``,
keyed by the file's header row as :func:`header_signature` writes it) and remembered in the user's
settings, so next year's file with the same header row reads the same without asking. Every path
applies it here (``services.load_files``); one fixed year for one file is the project's per-file year
(``load_files(years=)``), never part of a layout. ``preview_survey`` is the reading the dialog shows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ceo_desk.i18n import fmt_number, tr
from ceo_desk.io.classify import SURVEY_ROLES, build_survey, classify_column, column_by_role, metadata_groups
from ceo_desk.io.raw import RawTable
from ceo_desk.io.reference import header_signature
from ceo_desk.io.registry import read_raw
from ceo_desk.io.tabular import column_letter, header_names, trim_grid
from ceo_desk.model.errors import CeoDeskError, InputError, MissingYearError
from ceo_desk.model.survey import Column, ColumnKind, Survey

SURVEY = "survey"
_ROLE_OF_KIND = {ColumnKind.QUESTION: "question", ColumnKind.GRADE: "question", ColumnKind.UNRECOGNISED: "question",
                 ColumnKind.OPEN_TEXT: "question", ColumnKind.METADATA: "background", ColumnKind.YEAR: "year",
                 ColumnKind.WEIGHT: "weight", ColumnKind.OTHER: "ignore", ColumnKind.EMPTY: "ignore"}
_PREVIEW_ROWS = 12


def is_survey_layout(layout: dict) -> bool:
    return isinstance(layout, dict) and layout.get("kind") == SURVEY


_HEADER_SCAN = 30                  # rows in which a confirmed header row is looked for (title lines come and go)


def _row_signatures(raw: RawTable) -> dict[int, str]:
    """Row number (1 = first) -> the signature the headers would have if they stood in that row."""
    if raw.grid is None:
        return {1: header_signature([c.name for c in raw.columns])}
    head = raw.grid.iloc[:_HEADER_SCAN]
    positions = list(range(head.shape[1]))
    return {int(i) + 1: header_signature(header_names(list(head.loc[i]), positions)) for i in head.index}


def survey_signature(raw: RawTable) -> str:
    """What identifies the layout of a file as read: its header row, normalised."""
    return header_signature([c.name for c in raw.columns])


def find_layout(raw: RawTable, layouts: dict[str, dict] | None) -> tuple[str, dict, int] | None:
    """The survey layout the user confirmed for a file with this header row, and the row it stands in here
    (the confirmed row first, then the first rows of the file: next year's export may lose a title line)."""
    wanted = {sig: layout for sig, layout in (layouts or {}).items() if sig and is_survey_layout(layout)}
    if not wanted:
        return None
    rows = _row_signatures(raw)
    for signature, layout in wanted.items():
        confirmed = layout.get("header_row")
        order = ([confirmed] if confirmed in rows else []) + [r for r in rows if r != confirmed]
        for row in order:
            if rows[row] == signature:
                return signature, layout, row
    return None


def layout_entry(header_row: int | None, year: int | str | None, roles: dict[str, str]) -> dict:
    """A layout to keep: the header row, the year column (a fixed year is for one file only) and the roles."""
    entry: dict = {"kind": SURVEY, "roles": {k: v for k, v in roles.items() if v in SURVEY_ROLES}}
    if header_row is not None:
        entry["header_row"] = int(header_row)
    if isinstance(year, str):
        entry["year"] = year
    return entry


def apply_layout(raw: RawTable, row: int, header_row_given: bool = False) -> RawTable:
    """The file read with its headers in ``row`` (the same reading as ``--header-row FILE=N``)."""
    if header_row_given or raw.grid is None or row == raw.header_row:
        return raw
    return read_raw(raw.path, header_row=int(row))


def settle(raw: RawTable, layouts: dict[str, dict] | None, header_row_given: bool = False,
           year: int | str | None = None) -> tuple[RawTable, int | str | None, dict[str, str] | None, dict]:
    """The file as the user's layout reads it: the raw table, the year (given, else the layout's year column),
    the column roles and the layout used ({signature: layout}); without a matching layout the file as it is."""
    found = find_layout(raw, layouts)
    if found is None:
        return raw, year, None, {}
    signature, layout, row = found
    raw = apply_layout(raw, row, header_row_given)
    if year is None and isinstance(layout.get("year"), str):
        year = layout["year"]
    return raw, year, dict(layout.get("roles") or {}), {signature: layout}


_SPSS = (".sav", ".zsav", ".por")


def needs_settings(err: CeoDeskError) -> bool:
    """A survey file the import dialog can settle: no year, or (a spreadsheet or CSV) no question under the row
    taken as the header (title lines above it)."""
    if isinstance(err, MissingYearError):
        return True
    return getattr(err, "key", None) == "err.core.no_questions" and err.file is not None and \
        Path(err.file).suffix.lower() not in _SPSS


# --- what the dialog shows -------------------------------------------------------------------------------


@dataclass
class SurveyPreview:
    """The file's first rows, each column's name and role as read, and the survey as it would load."""
    letters: list[str]
    names: list[str]                         # the column names under these settings, in the letters' order
    rows: list[tuple[int, list[str]]]        # the first rows as the spreadsheet numbers them, cells as text
    header_row: int | None                   # None: the file has no rows to choose (SPSS)
    roles: list[str]                         # per column: the role it is read in under these settings
    descriptions: list[str]                  # per column: what it holds, in the user's words
    survey: Survey | None = None
    error: CeoDeskError | None = None
    signature: str = ""
    default_roles: dict[str, str] = field(default_factory=dict)   # name -> role as the program reads it alone


def _cell_text(value) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return ""
    if isinstance(value, float):       # a whole number as the file shows it: 2023001, never 2.023e+06
        return str(int(value)) if value.is_integer() else f"{value:.15g}"
    return str(value)


def _first_rows(raw: RawTable) -> tuple[list[str], list[tuple[int, list[str]]]]:
    if raw.grid is not None:
        trimmed = trim_grid(raw.grid)
        letters = [column_letter(int(c)) for c in trimmed.columns]
        return letters, [(int(i) + 1, [_cell_text(v) for v in trimmed.loc[i]])
                         for i in list(trimmed.index)[:_PREVIEW_ROWS]]
    letters = [column_letter(i) for i in range(len(raw.columns))]
    rows = [(1, [c.name for c in raw.columns])]
    for r in range(min(raw.n_rows, _PREVIEW_ROWS - 1)):
        rows.append((r + 2, [_cell_text((c.value_labels or {}).get(c.values[r], c.values[r]))
                             if c.values[r] is not None else "" for c in raw.columns]))
    return letters, rows


def _role_reading(raw: RawTable, year, roles: dict[str, str]) -> tuple[list[Column | None], list[str]]:
    """Each column classified on its own (one bad column does not hide the reading of the others)."""
    columns, kinds = [], []
    for column in raw.columns:
        role = roles.get(column.name)
        try:
            if role is not None:
                col = column_by_role(column, role, raw.path)
            else:
                col = classify_column(column, raw.path, [], year is not None)
            columns.append(col)
            kinds.append(_ROLE_OF_KIND[col.kind] if role is None else role)
        except CeoDeskError:
            columns.append(None)
            kinds.append(role or "year")           # a year column with text: still the year column
    if isinstance(year, str):
        kinds = ["year" if c.name == year else ("background" if k == "year" and roles.get(c.name) != "year" else k)
                 for c, k in zip(raw.columns, kinds)]
    return columns, kinds


def describe_column(column: Column | None, raw_column, survey: Survey | None, lang: str) -> str:
    """One line on what a column holds as read: its answers and how often each occurs, its groups, years."""
    if column is None:
        return tr("io_import.preview.unreadable", lang)
    kind = column.kind
    if kind in (ColumnKind.QUESTION, ColumnKind.UNRECOGNISED) and column.codes is not None:
        counts = np.bincount(column.codes[column.codes >= 0], minlength=len(column.categories))
        shown = " · ".join(f"{c} {fmt_number(int(k), 0, lang)}" for c, k in zip(column.categories, counts))
        key = "io_import.preview.question" if kind is ColumnKind.QUESTION else "io_import.preview.unrecognised"
        return tr(key, lang, answers=shown)
    if kind is ColumnKind.GRADE:
        values = column.values[~np.isnan(column.values)]
        return tr("io_import.preview.grade", lang, count=fmt_number(len(values), 0, lang))
    if kind is ColumnKind.OPEN_TEXT:
        filled = sum(1 for t in column.texts if t is not None) if column.texts is not None else 0
        return tr("io_import.preview.open", lang, count=fmt_number(filled, 0, lang))
    if kind is ColumnKind.METADATA:
        _, names = metadata_groups(raw_column)
        groups = [str(n) for n in names if n is not None]
        return tr("io_import.preview.background", lang, count=fmt_number(len(groups), 0, lang),
                  groups=", ".join(groups[:6]) + (" …" if len(groups) > 6 else ""))
    if kind is ColumnKind.YEAR:
        if survey is not None:
            years, counts = np.unique(survey.years, return_counts=True)
            text = ", ".join(f"{y} ({fmt_number(int(k), 0, lang)})" for y, k in zip(years, counts))
        else:
            text = ", ".join(sorted({_cell_text(v) for v in column.values if v == v})[:6])
        return tr("io_import.preview.year", lang, years=text)
    if kind is ColumnKind.WEIGHT:
        values = np.nan_to_num(column.values, nan=0.0)
        return tr("io_import.preview.weight", lang, left_out=fmt_number(int((values <= 0).sum()), 0, lang))
    return tr("io_import.preview.unused", lang)


def preview_survey(raw: RawTable, header_row: int | None = None, year: int | str | None = None,
                   roles: dict[str, str] | None = None, lang: str = "nl") -> SurveyPreview:
    """The reading of ``raw`` as a survey with these settings, for a dialog to show; never raises for a file
    that was read (the problem is in ``error``)."""
    roles = dict(roles or {})
    error: CeoDeskError | None = None
    if raw.grid is not None and header_row is not None and header_row != raw.header_row:
        try:
            raw = read_raw(raw.path, header_row=header_row)
        except InputError as err:
            error = err
    letters, rows = _first_rows(raw)
    survey = None
    if error is None:
        try:
            survey = build_survey(raw, year=year, roles=roles)
        except CeoDeskError as err:
            error = err
    _, defaults = _role_reading(raw, year if not isinstance(year, str) else None, {})
    columns, kinds = _role_reading(raw, year, roles)
    if survey is not None:
        by_name = {c.name: c for c in survey.columns}
        columns = [by_name.get(c.name, col) for c, col in zip(raw.columns, columns)]
    descriptions = [describe_column(col, rc, survey, lang) for col, rc in zip(columns, raw.columns)]
    if raw.grid is not None:                     # the raw columns are the trimmed grid's columns, in order
        letters = letters[:len(raw.columns)]
    return SurveyPreview(letters=letters, names=[c.name for c in raw.columns], rows=rows,
                         header_row=raw.header_row if raw.grid is not None else None, roles=kinds,
                         descriptions=descriptions, survey=survey, error=error, signature=survey_signature(raw),
                         default_roles={c.name: k for c, k in zip(raw.columns, defaults)})
