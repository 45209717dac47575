"""The reference-group table: which column is which decided by content, helped by headers.

The question column holds long, distinct texts; the year column whole numbers 1990-2100 (or the
years are in the headers: wide form); the percent column numbers within 0-100, fractions within
0-1 or cells with %; n whole counts. Header words help; content decides. When two columns remain
for one role the reader does not guess: it raises :class:`ReferenceColumnsError`, which lists the
candidates and the exact ``--reference-columns`` option that settles it (the window opens its
import dialog instead).

Every path reads the same grid (``io.registry.read_raw``): ``--reference``, a dropped file that is
detected as a reference, a project. One function, :func:`reference_from_raw`, makes the table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from ceo_desk.io.classify import file_checksum
from ceo_desk.io.numbers import NumberReading, read_numbers, reading_warning
from ceo_desk.io.plausible import fraction_among_percentages, negative_counts
from ceo_desk.io.raw import RawTable
from ceo_desk.io.reference_group_columns import groups_in_columns
from ceo_desk.io.reference_grades import grade_columns, grade_values
from ceo_desk.io.registry import read_raw
from ceo_desk.io.tabular import clean_text, column_letter, filled_mask, header_names, trim_grid
from ceo_desk.model.errors import InputError, Notice
from ceo_desk.model.groups import REFERENCE_GROUP_HEADERS, means_everyone
from ceo_desk.model.reference import REFERENCE_COLUMNS, ROLES, ReferenceTable
from ceo_desk.model.scales import normalise_label, normalise_text

_WORDS = {
    "question": {"vraag", "vraagtekst", "question", "stelling", "item", "omschrijving", "indicator", "tekst",
                 "text", "statement", "vragen", "stellingen", "items"},
    "year": {"jaar", "year", "onderzoeksjaar", "meetjaar", "peiljaar", "jaartal"},
    "n": {"n", "aantal", "basis", "count", "respondenten", "clienten", "number", "base", "nobs", "waarnemingen",
          "respons", "responses"},
    "percent": {"%", "percentage", "percent", "pct", "positief", "positive", "score", "aandeel", "share",
                "referentie", "reference", "ref", "benchmark", "waarde", "value", "procent", "perc"},
}
_NOT_A_ROLE = {"gemeente", "gemeenten", "municipality", "municipalities", "regio", "region"}
_YEAR_IN_HEADER = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_MIN_YEAR, _MAX_YEAR = 1990, 2100
_LONG_CELL = 40                       # a header cell is short; a question text is long
_MAX_REFERENCE_ROWS = 2000            # a reference table has a row per question and year, not per respondent


class ReferenceColumnsError(InputError):
    """Which column plays a role cannot be told: carries the reading so far and the candidates."""

    def __init__(self, file, key: str, params: dict, action_key: str, reading: dict[str, str],
                 candidates: dict[str, list[str]], ambiguous: bool = True,
                 letters: dict[str, list[str]] | None = None,
                 candidate_letters: dict[str, list[str]] | None = None) -> None:
        super().__init__(file, key=key, params=params, action_key=action_key)
        self.reading = reading                           # role -> header, as far as it got
        self.candidates = candidates                     # role -> headers of the candidate columns
        self.letters = letters or {}                     # role -> letters, as far as it got
        self.candidate_letters = candidate_letters or {}
        self.ambiguous = ambiguous              # two candidates (else: none)


@dataclass
class _Column:
    label: object                      # the grid's column label (the column's position in the sheet)
    letter: str
    header: str
    cells: pd.Series
    text: pd.Series
    numbers: NumberReading
    counts: NumberReading
    header_year: int | None = None
    roles_named: set[str] = field(default_factory=set)

    @property
    def display(self) -> str:
        return f"{self.letter} '{self.header}'"

    @property
    def filled(self) -> int:
        return int(self.numbers.filled.sum())

    def is_text(self) -> bool:
        """Mostly long texts (three or more words, or longer than 20 characters) that are no numbers."""
        text = self.text[self.text.notna() & ~pd.Series(self.numbers.numeric, index=self.text.index)]
        if not self.filled or len(text) < 0.8 * self.filled:
            return False
        long = text.map(lambda t: len(t) > 20 or len(t.split()) >= 3)
        return bool(long.mean() >= 0.8)

    def is_year(self) -> bool:
        v = self.counts.values[self.counts.filled]
        return self.counts.all_numeric and bool(np.all((v >= _MIN_YEAR) & (v <= _MAX_YEAR) & (v == np.round(v))))

    def is_count(self) -> bool:
        v = self.counts.values[self.counts.filled]
        return self.counts.all_numeric and not self.numbers.percent_sign and bool(
            np.all((v >= 0) & (v == np.round(v))))

    def is_percent(self) -> bool:
        v = self.numbers.values[self.numbers.filled]
        return self.numbers.all_numeric and bool(np.all((v >= 0) & (v <= 100)))

    def only_percent(self) -> bool:
        """Content that only a percentage has: a % sign, decimals, or fractions."""
        v = self.numbers.values[self.numbers.filled]
        return self.is_percent() and (self.numbers.percent_sign or bool(np.any(v != np.round(v))))

    def only_count(self) -> bool:
        v = self.counts.values[self.counts.filled]
        return self.is_count() and bool(np.any(v > 100))


def _named_roles(header: str) -> set[str]:
    words = set(normalise_label(header.replace("_", " ")).split())
    if "%" in header:
        words.add("%")
    if words & _NOT_A_ROLE:
        return set()
    return {role for role, names in _WORDS.items() if words & names}


def _header_row(trimmed: pd.DataFrame, header_row: int | None, path: Path) -> int:
    """Position of the header row in the trimmed grid: the user's row, else the first row that fills two
    cells (title lines fill one), or the row under it when that one is a merged group header."""
    rows = list(trimmed.index)
    if header_row is not None:
        if header_row - 1 not in rows:
            raise InputError(path, key="err.io_import.header_row_missing",
                             params={"row": header_row, "rows": rows[-1] + 1 if rows else 0},
                             action_key="err.io_import.header_row_missing_action")
        return rows.index(header_row - 1)
    mask = filled_mask(trimmed.iloc[:40])
    counts = mask.sum(axis=1)
    width = trimmed.shape[1]
    for pos, count in enumerate(counts):
        if count >= 2 or (width <= 2 and count >= 1 and pos + 1 < len(counts) and counts[pos + 1] >= 2):
            nxt = pos + 1
            if nxt < len(counts) and counts[nxt] > count and not _has_long_cell(trimmed.iloc[nxt]):
                return nxt                   # pos is a merged group header above the real one
            return pos
    return 0


def _has_long_cell(row: pd.Series) -> bool:
    return any(isinstance(v, str) and len(v.strip()) > _LONG_CELL for v in row)


def _headers(trimmed: pd.DataFrame, position: int) -> list[str]:
    """Header names, prefixed with a merged group header above them ("% positief" over 2022, 2023 …)."""
    columns = list(trimmed.columns)
    names = header_names(list(trimmed.iloc[position]), columns)
    if position == 0:
        return names
    above = trimmed.iloc[position - 1]
    filled = [i for i, v in enumerate(above) if isinstance(v, str) and v.strip() or isinstance(v, (int, float)) and v == v]
    if not filled or filled == [0]:        # nothing above, or a title line in the first column
        return names
    group, merged = "", []
    for i, name in enumerate(names):
        cell = above.iloc[i]
        if i in filled:
            group = " ".join(str(cell).split())
        blank_header = name.startswith("[")
        merged.append(f"{group} {name}".strip() if group and not blank_header and i >= filled[0] else name)
    return merged


def _body(trimmed: pd.DataFrame, position: int) -> pd.DataFrame:
    """The rows under the header, without note lines (one filled cell) and empty columns."""
    body = trimmed.iloc[position + 1:]
    if body.empty:
        return body
    counts = filled_mask(body).sum(axis=1)
    if trimmed.shape[1] > 2:
        body = body[counts >= 2]
    return body


def _profile(body: pd.DataFrame, headers: list[str], hint: str | None) -> list[_Column]:
    profiles = []
    for label, header in zip(body.columns, headers):
        cells = body[label].reset_index(drop=True)
        numbers = read_numbers(cells, hint=hint)
        if not numbers.filled.any():
            continue                          # an empty column
        year = _YEAR_IN_HEADER.search(header)
        profiles.append(_Column(
            label=label, letter=column_letter(int(label)) if isinstance(label, (int, np.integer)) else str(label),
            header=header, cells=cells,
            text=clean_text(cells.astype(object)),
            numbers=numbers, counts=read_numbers(cells, hint=hint, whole=True),
            header_year=int(year.group(1)) if year else None, roles_named=_named_roles(header)))
    return profiles


NO_COLUMN = ("-", "")                 # ``n=-``: the table has no n column (the user said so)


def parse_column_spec(spec: str | dict[str, str] | None) -> dict[str, str]:
    """``question=COL,year=COL,n=COL,percent=COL`` (or a dict) -> {role: COL}; unknown roles are an error."""
    if not spec:
        return {}
    if isinstance(spec, dict):
        pairs = list(spec.items())
    else:
        pairs = []
        for part in re.split(r",(?=\s*(?:question|year|n|percent)\s*=)", spec):
            role, sep, column = part.partition("=")
            if not sep:
                raise InputError(None, key="err.io_import.columns_spec", params={"spec": spec},
                                 action_key="err.io_import.columns_spec_action")
            pairs.append((role, column))
    out = {}
    for role, column in pairs:
        role = role.strip().lower()
        if role not in ROLES:
            raise InputError(None, key="err.io_import.columns_spec", params={"spec": f"{role}={column}"},
                             action_key="err.io_import.columns_spec_action")
        out[role] = column.strip().strip('"\'')
        if out[role] in NO_COLUMN and role != "n":        # only n may be absent: the rest is the table
            raise InputError(None, key="err.io_import.columns_spec", params={"spec": f"{role}={column}"},
                             action_key="err.io_import.columns_spec_action")
    return out


def _resolve(spec: str, profiles: list[_Column], role: str, path: Path) -> _Column | int:
    """A column named by its header, its letter or its number; for the year also a fixed year."""
    key = normalise_label(spec)
    for p in profiles:
        if normalise_label(p.header) == key or p.header == spec:
            return p
    for p in profiles:
        if p.letter == spec.upper():
            return p
    if spec.isdigit() and role == "year" and _MIN_YEAR <= int(spec) <= _MAX_YEAR:
        return int(spec)                      # one fixed year for the whole table
    if spec.isdigit():
        number = int(spec)
        for p in profiles:
            if isinstance(p.label, (int, np.integer)) and int(p.label) + 1 == number:
                return p
    raise InputError(path, key="err.io_import.column_not_found",
                     params={"column": spec, "role": role, "columns": _listing(profiles)},
                     action_key="err.io_import.column_not_found_action")


def _listing(profiles: list[_Column]) -> str:
    return ", ".join(p.display for p in profiles)


def _choose(role: str, candidates: list[_Column], exclusive: list[_Column]) -> _Column | list[_Column] | None:
    """One column for the role, or the list of columns that remain when nothing tells them apart."""
    if not candidates:
        return None
    if len(candidates) == 1:
        return candidates[0]
    named = [c for c in candidates if role in c.roles_named]
    if len(named) == 1:
        return named[0]
    pool = named or [c for c in candidates if not c.roles_named - {role}]
    if len(pool) == 1:
        return pool[0]
    pool = pool or candidates
    only = [c for c in pool if c in exclusive]
    if len(only) == 1:
        return only[0]
    return only or pool


@dataclass
class _Reading:
    question: _Column | None = None
    year: _Column | int | None = None
    n: _Column | None = None
    percent: _Column | None = None
    wide: dict[int, tuple[_Column | None, _Column | None]] = field(default_factory=dict)  # year -> (percent, n)
    grades: dict[str, _Column] = field(default_factory=dict)   # 'mean', 'sd' of a grade (io.reference_grades)

    def letters(self) -> dict[str, list[str]]:
        """Role -> the letters of its columns (wide form: one per year)."""
        out: dict[str, list[str]] = {}
        for role in ROLES:
            value = getattr(self, role)
            if isinstance(value, _Column):
                out[role] = [value.letter]
        for _, (pct, n) in sorted(self.wide.items()):
            for role, column in (("percent", pct), ("n", n)):
                if column is not None:
                    out.setdefault(role, []).append(column.letter)
        return out

    def describe(self) -> dict[str, str]:
        out = {}
        for role in ROLES:
            value = getattr(self, role)
            if isinstance(value, _Column):
                out[role] = value.header
            elif isinstance(value, int):
                out[role] = str(value)
        for year, (pct, n) in self.wide.items():
            if pct is not None:
                out[f"percent {year}"] = pct.header
            if n is not None:
                out[f"n {year}"] = n.header
        out.update({role: column.header for role, column in self.grades.items()})
        return out


def _ambiguous(path: Path, role: str, pool: list[_Column], reading: _Reading) -> ReferenceColumnsError:
    option = f"--reference-columns {role}={pool[0].letter}"
    return ReferenceColumnsError(
        path, key="err.io_import.ref_ambiguous",
        params={"role": role, "candidates": ", ".join(c.display for c in pool), "option": option},
        action_key="err.io_import.ref_ambiguous_action", reading=reading.describe(),
        candidates={role: [c.header for c in pool]}, letters=reading.letters(),
        candidate_letters={role: [c.letter for c in pool]})


def _missing(path: Path, role: str, profiles: list[_Column], reading: _Reading) -> ReferenceColumnsError:
    return ReferenceColumnsError(
        path, key="err.io_import.ref_missing", params={"role": role, "columns": _listing(profiles)},
        action_key="err.io_import.ref_missing_action", reading=reading.describe(), candidates={role: []},
        ambiguous=False, letters=reading.letters())


def _assign(profiles: list[_Column], explicit: dict[str, str], path: Path) -> _Reading:
    reading = _Reading()
    taken: set[int] = set()
    absent = {role for role, spec in explicit.items() if spec in NO_COLUMN}
    explicit = {role: spec for role, spec in explicit.items() if role not in absent}
    for role, spec in explicit.items():
        target = _resolve(spec, profiles, role, path)
        setattr(reading, role, target)
        if isinstance(target, _Column):
            taken.add(id(target))

    def free() -> list[_Column]:
        return [p for p in profiles if id(p) not in taken]

    def settle(role: str, candidates: list[_Column], exclusive: list[_Column], required: bool) -> None:
        if getattr(reading, role) is not None or role in absent:
            return
        choice = _choose(role, candidates, exclusive)
        if isinstance(choice, list):
            raise _ambiguous(path, role, choice, reading)
        if choice is None and required:
            raise _missing(path, role, profiles, reading)
        setattr(reading, role, choice)
        if choice is not None:
            taken.add(id(choice))

    settle("question", [p for p in free() if p.is_text()], [], True)
    years = [p for p in free() if p.is_year()]
    dated_given = [getattr(reading, r) for r in ("percent", "n")
                   if isinstance(getattr(reading, r), _Column) and getattr(reading, r).header_year is not None]
    if reading.year is None and not years and (dated_given or ("n" not in explicit and "percent" not in explicit)):
        given = {r: getattr(reading, r) for r in ("percent", "n") if isinstance(getattr(reading, r), _Column)}
        _wide(reading, [p for p in profiles if p.header_year is not None and p is not reading.question],
              path, given)
        if reading.wide:
            reading.percent = reading.n = None
            return reading
    settle("year", years, [], True)
    reading.grades = grade_columns(free(), path)
    taken.update(id(c) for c in reading.grades.values())
    if reading.percent is None and not [p for p in free() if p.is_percent()]:
        for p in free():                      # a column headed as percentages whose cells are not: say which
            if "percent" in p.roles_named:
                _percent(p, path, [])
    settle("percent", [p for p in free() if p.is_percent()], [p for p in free() if p.only_percent()],
           "mean" not in reading.grades)
    settle("n", [p for p in free() if p.is_count()], [p for p in free() if p.only_count()], False)
    return reading


def _pattern(column: _Column) -> str:
    """A dated header without its year: '% positief 2023' -> '% positief'."""
    return normalise_label(_YEAR_IN_HEADER.sub(" ", column.header))


def _wide(reading: _Reading, dated: list[_Column], path: Path, given: dict[str, _Column]) -> None:
    """Years in the headers: per year one percent column and perhaps one n column. A column the user gave
    for a role settles its year, and for the other years the column whose header reads the same."""
    by_year: dict[int, list[_Column]] = {}
    for p in dated:
        by_year.setdefault(p.header_year, []).append(p)

    def pick(role: str, columns: list[_Column], exclusive: list[_Column]):
        if role in given:
            same = [c for c in columns if _pattern(c) == _pattern(given[role])]
            return same[0] if same else None
        return _choose(role, columns, exclusive)

    for year, columns in sorted(by_year.items()):
        pct = pick("percent", [c for c in columns if c.is_percent()], [c for c in columns if c.only_percent()])
        if isinstance(pct, list):
            raise _ambiguous(path, "percent", pct, reading)
        rest = [c for c in columns if c is not pct]
        n = pick("n", [c for c in rest if c.is_count()], [c for c in rest if c.only_count()])
        if isinstance(n, list):
            raise _ambiguous(path, "n", n, reading)
        if pct is not None:
            reading.wide[year] = (pct, n)


def _years(column: _Column, path: Path) -> pd.Series:
    values = column.counts.values
    if not column.is_year():
        raise InputError(path, key="err.io_import.ref_years", params={}, column=column.header,
                         action_key="err.io_import.ref_years_action")
    return pd.Series(values)


def _percent(column: _Column, path: Path, warnings: list[Notice]) -> pd.Series:
    reading = column.numbers
    if not reading.all_numeric:
        raise InputError(path, key="err.io_import.ref_percent_text", column=column.header,
                         params={"cells": ", ".join(f"'{c}'" for c in reading.not_numbers())},
                         action_key="err.io_import.ref_percent_text_action")
    values = pd.Series(reading.values)
    filled = values.dropna()
    if len(filled) and filled.max() <= 1.0 and not reading.percent_sign:
        values = values * 100.0           # written as fractions (0.76)
    fraction_among_percentages(path, column.header, column.cells, values)
    if ((values < 0) | (values > 100)).any():
        raise InputError(path, key="err.io_import.ref_percent_range", column=column.header,
                         action_key="err.io_import.ref_percent_range_action")
    note = reading_warning(path, column.header, reading)
    if note:
        warnings.append(note)
    return values


def _counts(column: _Column | None, path: Path, size: int, warnings: list[Notice]) -> pd.Series:
    if column is None:
        return pd.Series(np.nan, index=range(size))
    reading = column.counts
    values = reading.values
    bad = reading.filled & ~reading.numeric
    whole = ~np.isnan(values) & (values == np.round(values)) & (values >= 0)
    if bad.any() or (reading.numeric & ~whole).any():
        raise InputError(path, key="err.io_import.ref_counts", column=column.header,
                         params={"cells": ", ".join(f"'{c}'" for c in reading.not_numbers()) or "?"},
                         action_key="err.io_import.ref_counts_action")
    note = reading_warning(path, column.header, reading)
    if note:
        warnings.append(note)
    return pd.Series(values)


def _long_rows(reading: _Reading, path: Path, warnings: list[Notice]) -> pd.DataFrame:
    q = reading.question
    size = len(q.cells)
    year = reading.year
    years = pd.Series(year, index=range(size)) if isinstance(year, int) else _years(year, path)
    percent = pd.Series(np.nan, index=range(size)) if reading.percent is None else _percent(reading.percent, path,
                                                                                             warnings)
    return pd.DataFrame({"text": q.text.reset_index(drop=True), "year": years,
                         "n": _counts(reading.n, path, size, warnings), "percent": percent,
                         **grade_values(reading.grades, size, path, warnings)})


def _wide_rows(reading: _Reading, path: Path, warnings: list[Notice]) -> pd.DataFrame:
    q = reading.question
    size = len(q.cells)
    parts = [pd.DataFrame({"text": q.text.reset_index(drop=True), "year": year,
                           "n": _counts(n, path, size, warnings), "percent": _percent(pct, path, warnings)})
             for year, (pct, n) in sorted(reading.wide.items())]
    return pd.concat(parts, ignore_index=True)


def header_signature(headers: list[str]) -> str:
    """What identifies a file's layout: its header row, normalised (next year's file has the same one)."""
    return "|".join(normalise_label(h) for h in headers if not h.startswith("["))


def _layout(trimmed: pd.DataFrame, layouts: dict[str, dict], path: Path) -> tuple[dict, int] | None:
    """A layout the user confirmed for a file with this header row, and the header's position."""
    for signature, layout in layouts.items():
        if layout.get("kind", "reference") != "reference":     # a survey file's layout (io.survey_layout)
            continue
        try:
            position = _header_row(trimmed, layout.get("header_row"), path)
        except InputError:
            continue
        if header_signature(_headers(trimmed, position)) == signature:
            return layout, position
    return None


def _trimmed(raw: RawTable) -> pd.DataFrame:
    if raw.grid is None:
        raise InputError(raw.path, key="err.io_import.ref_format", params={"suffix": raw.path.suffix.lower()},
                         action_key="err.io_import.ref_format_action")
    trimmed = trim_grid(raw.grid)
    if trimmed.empty:
        raise InputError(raw.path, key="err.io_import.empty", action_key="err.io_import.empty_action")
    return trimmed


def parse_reference(raw: RawTable, columns: str | dict[str, str] | None = None,
                    header_row: int | None = None, layouts: dict[str, dict] | None = None) -> ReferenceTable:
    """The reference table in the grid a reader gave; ``columns`` names roles the user settled, ``layouts``
    holds the roles confirmed for earlier files by their header row (next year's file reads the same)."""
    path = raw.path
    trimmed = _trimmed(raw)
    explicit = parse_column_spec(columns)
    found = _layout(trimmed, layouts, path) if layouts and not explicit and header_row is None else None
    if found is not None:
        explicit = parse_column_spec(found[0].get("columns") or {})
        fixed = (found[0].get("years") or {}).get(file_checksum(path)) if path.is_file() else None
        if fixed is not None:                 # one year given for this very file (never for the next one)
            explicit["year"] = str(fixed)
        position = found[1]
    else:
        position = _header_row(trimmed, header_row, path)
    headers = _headers(trimmed, position)
    body = _body(trimmed, position)
    profiles = _profile(body, headers, raw.decimal_hint)
    for profile in profiles:
        if "n" in profile.roles_named:
            negative_counts(path, profile.header, profile.cells, profile.counts.values)
    if not explicit:                          # a column per group ("Jongeren %", "Ouders %"): read as the long form
        long = groups_in_columns(profiles, _WORDS)
        if long is not None:
            headers, body = long
            profiles = _profile(body, headers, raw.decimal_hint)
    reading = _assign(profiles, explicit, path)
    warnings: list[Notice] = []
    table = _wide_rows(reading, path, warnings) if reading.wide else _long_rows(reading, path, warnings)
    group_column = None if reading.wide else _group_column(profiles, reading)
    if group_column is not None:
        table["group"] = group_column.text.reset_index(drop=True)
    graded = table["mean"].notna() if "mean" in table else False
    table = table[table["text"].notna() & (table["percent"].notna() | graded)].copy()
    if table.empty:
        raise InputError(path, key="err.io_import.ref_no_percent", action_key="err.io_import.ref_no_percent_action")
    table["year"] = table["year"].astype("int64")
    table["text"] = table["text"].astype(str)
    table["key"] = table["text"].map(normalise_text)
    table, groups = _split_groups(table)
    dup = table.duplicated(["key", "year"], keep="first")
    if dup.any():
        warnings.append(Notice(path, "warn.core.ref_duplicates", {"count": int(dup.sum())}))
        table = table[~dup]
    if table["n"].isna().any():
        warnings.append(Notice(path, "warn.core.ref_no_n", {"count": int(table["n"].isna().sum())}))
    columns = REFERENCE_COLUMNS + (["mean", "sd"] if reading.grades else [])
    return ReferenceTable(path=path, frame=table[columns].reset_index(drop=True), name=path.stem,
                          warnings=warnings, columns=reading.describe(), header_row=int(trimmed.index[position]) + 1,
                          signature=header_signature(headers), groups=groups, letters=reading.letters())


def _group_column(profiles: list[_Column], reading: _Reading) -> _Column | None:
    """A column that names a group ("Doelgroep": Jongeren / Ouders), not taken by any role."""
    taken = {id(c) for c in (reading.question, reading.year, reading.n, reading.percent) if isinstance(c, _Column)}
    for column in profiles:
        if id(column) not in taken and normalise_label(column.header) in REFERENCE_GROUP_HEADERS:
            return column
    return None


def _split_groups(table: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame | None]:
    """Rows per group apart from the overall rows; where a question and year has no overall row, the
    groups pooled (percent weighted by n) stand in for it."""
    if "group" not in table:
        return table, None
    everyone = table["group"].map(means_everyone)
    groups = table[~everyone].copy()
    overall = table[everyone].drop(columns="group")
    if groups.empty:
        return overall, None
    pooled = groups.dropna(subset=["n"]).assign(count=lambda f: f["percent"] * f["n"])
    pooled = pooled.groupby(["key", "year"], as_index=False).agg(text=("text", "first"), n=("n", "sum"),
                                                                  count=("count", "sum"))
    pooled["percent"] = pooled["count"] / pooled["n"]
    have = set(zip(overall["key"], overall["year"]))
    missing = pooled[[(k, y) not in have for k, y in zip(pooled["key"], pooled["year"])]]
    overall = pd.concat([overall, missing.drop(columns="count").reindex(columns=overall.columns)], ignore_index=True)
    return overall, groups[["key", "year", "group", "n", "percent"]].reset_index(drop=True)


def reference_from_raw(raw: RawTable, columns: str | dict[str, str] | None = None,
                       header_row: int | None = None, strict: bool = False,
                       layouts: dict[str, dict] | None = None) -> ReferenceTable | None:
    """The file already read, taken as a reference table. Without ``strict`` a file that does not read as
    one gives None; an ambiguous one raises :class:`ReferenceColumnsError` either way."""
    if raw.grid is None or (not strict and raw.n_rows > _MAX_REFERENCE_ROWS):
        if strict:
            return parse_reference(raw, columns, header_row, layouts)
        return None
    try:
        table = parse_reference(raw, columns, header_row, layouts)
    except ReferenceColumnsError as err:
        if strict or err.ambiguous:
            raise
        return None
    except InputError:
        if strict:
            raise
        return None
    table.checksum = file_checksum(raw.path)
    return table


#: Problems of a table that reads as a reference table as far as its columns go, but not in its values.
_VALUE_PROBLEMS = {"err.io_import.ref_years", "err.io_import.ref_percent_text", "err.io_import.ref_percent_range",
                   "err.io_import.ref_counts", "err.hostile.fraction_among_percent", "err.hostile.negative_n"}


def reference_value_problem(raw: RawTable, layouts: dict[str, dict] | None = None) -> InputError | None:
    """For a file that is no survey: the problem in its values when it reads as a reference table by its columns
    (percentages that are text, counts below zero …), which says more than 'no question recognised'."""
    if raw.grid is None or raw.n_rows > _MAX_REFERENCE_ROWS:
        return None
    try:
        parse_reference(raw, layouts=layouts)
    except ReferenceColumnsError:
        return None
    except InputError as err:
        return err if err.key in _VALUE_PROBLEMS else None
    return None


def read_reference(path: Path | str, columns: str | dict[str, str] | None = None,
                   header_row: int | None = None, layouts: dict[str, dict] | None = None) -> ReferenceTable:
    """Read a reference table (``--reference``): the same reading as a dropped or detected file."""
    return reference_from_raw(read_raw(Path(path)), columns, header_row, strict=True, layouts=layouts)


@dataclass
class ReferencePreview:
    """What the import dialog shows: the file's first rows, the program's reading and the parsed table."""
    letters: list[str]                      # every column's letter, in order
    headers: list[str]                      # its header as read (with a merged group header above it)
    rows: list[tuple[int, list[str]]]       # the first rows as the spreadsheet numbers them, cells as text
    header_row: int                         # the header's row (1 = first)
    roles: dict[str, list[str]]             # role -> letters read for it
    candidates: dict[str, list[str]]        # role -> letters that could both be it (nothing chosen)
    table: ReferenceTable | None = None
    error: InputError | None = None
    signature: str = ""


def _cell_text(value) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return ""
    return f"{value:g}" if isinstance(value, float) else str(value)


def preview_reference(raw: RawTable, columns: str | dict[str, str] | None = None, header_row: int | None = None,
                      layouts: dict[str, dict] | None = None, rows: int = 12) -> ReferencePreview:
    """The reading of ``raw`` as a reference table with these settings, for a dialog to show; never raises
    for a file that is a grid (the error is in the preview)."""
    trimmed = _trimmed(raw)
    try:
        position = _header_row(trimmed, header_row, raw.path)
    except InputError:
        position = _header_row(trimmed, None, raw.path)
    headers = _headers(trimmed, position)
    labels = list(trimmed.columns)
    letters = [column_letter(int(c)) if isinstance(c, (int, np.integer)) else str(c) for c in labels]
    first = [(int(i) + 1, [_cell_text(v) for v in trimmed.loc[i]]) for i in list(trimmed.index)[:rows]]
    preview = ReferencePreview(letters=letters, headers=headers, rows=first,
                               header_row=int(trimmed.index[position]) + 1, roles={}, candidates={},
                               signature=header_signature(headers))
    try:
        preview.table = parse_reference(raw, columns, preview.header_row, None if columns else layouts)
        preview.roles = dict(preview.table.letters)
    except ReferenceColumnsError as err:
        preview.error, preview.roles, preview.candidates = err, dict(err.letters), dict(err.candidate_letters)
    except InputError as err:
        preview.error = err
    return preview
