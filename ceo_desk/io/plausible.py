"""Checks after reading: content that would otherwise crash further on or be read wrong without a word.

Each check names the file and the column and says what to do (texts in ``texts/errors_hostile.py``).
"""

from __future__ import annotations

import re
from pathlib import Path

from ceo_desk.io.raw import RawColumn
from ceo_desk.model.errors import InputError, MissingYearError, Notice

_DATE = re.compile(r"^\d{4}-\d\d-\d\d([ T]\d\d:\d\d(:\d\d)?)?$")


def _examples(values, limit: int = 3) -> str:
    seen: list[str] = []
    for value in values:
        if value is not None and str(value) not in seen:
            seen.append(str(value))
        if len(seen) == limit:
            break
    return ", ".join(f"'{v[:30]}'" for v in seen)


def year_column_not_numbers(raw: RawColumn, path: Path) -> MissingYearError:
    """A year column with text ("2O23", "tweeduizend drieëntwintig") or Excel dates instead of years.

    A ``MissingYearError``: the window asks the year of the file, as for a file without a year column.
    """
    values = [v for v in raw.values if v is not None]
    dates = [v for v in values if _DATE.match(str(v))]
    not_years = [v for v in values if not re.fullmatch(r"\d{4}(\.0)?", str(v).strip())]
    key = "err.hostile.year_dates" if dates and len(dates) * 2 >= len(not_years) else "err.hostile.year_text"
    return MissingYearError(path, key=key, params={"values": _examples(dates or not_years), "name": path.name},
                      action_key="err.hostile.year_text_action", column=raw.name)


def fraction_among_percentages(path: Path, column: str, cells, values) -> None:
    """One '0,75' among percentages like 76: a fraction, or 0.75 %? Never read silently as 0.75 %.

    Percent positive of a CEO question is never between 0 and 1 %: such a cell in a column of whole
    percentages is a fraction written by mistake (or a typing error), and the user must say which.
    """
    import numpy as np

    values = np.asarray(values, dtype=np.float64)
    cells = np.asarray(cells, dtype=object)
    small = (values > 0) & (values <= 1)
    if small.any() and (values > 1).any():
        shown = ", ".join(f"'{str(c).strip()}'" for c in dict.fromkeys(cells[small]))
        raise InputError(path, key="err.hostile.fraction_among_percent", column=column,
                         params={"cells": shown, "example": f"{values[values > 1][0]:g}"},
                         action_key="err.hostile.fraction_among_percent_action")


def negative_counts(path: Path, column: str, cells, values) -> None:
    """A column named as n (N, aantal, respondenten) with a negative number: an error, never ignored."""
    import numpy as np

    values = np.asarray(values, dtype=np.float64)
    negative = ~np.isnan(values) & (values < 0)
    if negative.any():
        shown = ", ".join(f"'{str(c).strip()}'" for c in list(dict.fromkeys(np.asarray(cells, dtype=object)[negative]))[:3])
        raise InputError(path, key="err.hostile.negative_n", column=column, params={"cells": shown},
                         action_key="err.hostile.negative_n_action")


_NOT_DATA = ("codeboek", "codebook", "code", "codes", "labels", "waardelabels", "value labels", "toelichting",
             "variabelen", "variables", "metadata", "legenda", "uitleg", "info", "readme", "definities")
_PREFERRED = ("data", "gegevens", "antwoorden", "dataset", "respons")


def _answer_columns(grid) -> int:
    """Columns in which at least half of the filled cells are answers of a known scale (Altijd, Ja …)."""
    from ceo_desk.model.scales import SCALES, normalise_label

    known_labels = set().union(*(scale.lookup().keys() for scale in SCALES.values()))
    count = 0
    for column in grid.columns:
        cells = grid[column].dropna().astype(str)
        if len(cells) < 2:
            continue
        uniques = cells.unique()
        if len(uniques) > 40:
            continue
        known = {u for u in uniques if normalise_label(u) in known_labels}
        if known and cells.isin(known).mean() >= 0.5:
            count += 1
    return count


def survey_sheet(sheets: dict, path: Path):
    """The sheet that holds the answers, chosen by content; and a notice that names it when there was a choice.

    Most columns of answer words (Altijd, Vaak, Ja …) wins; without answer words, a sheet named like
    'Data' or else the largest, never one named like a codebook or an explanation when another exists.
    """
    filled = {name: grid for name, grid in sheets.items() if not grid.empty}
    if len(filled) <= 1:
        name = next(iter(filled or sheets))
        return name, sheets[name], None
    scores = {name: _answer_columns(grid) for name, grid in filled.items()}
    best = max(scores.values())
    if best:
        name = max((n for n in filled if scores[n] == best), key=lambda n: filled[n].size)
        reason = "warn.hostile.sheet_by_answers"
    else:
        data = [n for n in filled if n.strip().casefold() in _PREFERRED]
        plain = [n for n in filled if n.strip().casefold() not in _NOT_DATA] or list(filled)
        name = data[0] if data else max(plain, key=lambda n: filled[n].size)
        reason = "warn.hostile.sheet_by_name" if data else "warn.hostile.sheet_by_size"
    others = ", ".join(f"'{n}'" for n in filled if n != name)
    return name, filled[name], Notice(path, reason, {"sheet": name, "others": others})


def _same_values(a: RawColumn, b: RawColumn) -> bool:
    import numpy as np

    if a.is_numeric != b.is_numeric or len(a.values) != len(b.values):
        return False
    if a.is_numeric:
        return bool(np.array_equal(a.values, b.values, equal_nan=True))
    return list(a.values) == list(b.values)


def duplicate_headers(path: Path, header_cells: list, columns: list[RawColumn], letters: list[str],
                      warnings: list) -> list[RawColumn]:
    """Two columns with the same header: never a new question "….1".

    A repeated column with the same answers is dropped with a warning naming it; with other answers
    it is an error naming both columns, since either could be the question.
    """
    first: dict[str, int] = {}
    keep: list[RawColumn] = []
    for i, (cell, column) in enumerate(zip(header_cells, columns)):
        text = " ".join(str(cell).split()) if cell is not None and str(cell) != "nan" else ""
        if not text or column.name == text:
            first.setdefault(column.name, i)
            keep.append(column)
            continue
        original = first.get(text)
        if original is None:                    # suffixed for another reason: keep as the reader named it
            keep.append(column)
            continue
        shown = {"header": text[:60], "first": letters[original], "second": letters[i]}
        if not _same_values(columns[original], column):
            raise InputError(path, key="err.hostile.duplicate_header", params=shown, column=text[:60],
                             action_key="err.hostile.duplicate_header_action")
        warnings.append(Notice(path, "warn.hostile.duplicate_header_same", shown, column=text[:60]))
    return keep
