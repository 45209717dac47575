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


_UTF8_LETTER = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def mixed_encoding(path: Path, data: bytes, error: UnicodeDecodeError) -> None:
    """A text file that is partly UTF-8 and partly Windows-1252 (pasted together): read either way, some
    names come out garbled ('CliÃ«nt') and one district counts as two. Refused, naming a line of each."""
    utf8 = _UTF8_LETTER.search(data)
    if utf8 is None:
        return                                   # plain Windows-1252 (or another single encoding)
    bad_line = data.count(b"\n", 0, error.start) + 1
    good_line = data.count(b"\n", 0, utf8.start()) + 1
    raise InputError(path, key="err.hostile.mixed_encoding", params={"utf8": good_line, "other": bad_line},
                     action_key="err.hostile.mixed_encoding_action")


def utf16_without_bom(data: bytes) -> str | None:
    """Text in UTF-16 without its byte-order mark (zero bytes beside every ASCII letter), or None.

    Such a file is text, not binary: it is read as what it is.
    """
    head = data[:4096]
    if len(head) < 4 or head.count(b"\x00") < len(head) // 4:
        return None
    odd, even = head[1::2].count(0), head[0::2].count(0)
    encoding = "utf-16-le" if odd > 3 * max(even, 1) else "utf-16-be" if even > 3 * max(odd, 1) else None
    if encoding is None:
        return None
    try:
        text = data[: len(data) // 2 * 2].decode(encoding)
    except UnicodeDecodeError:
        return None
    printable = sum(ch.isprintable() or ch in "\r\n\t" for ch in text[:2000])
    return text if printable >= 0.95 * min(len(text), 2000) else None


def ragged_lines(path: Path, text: str, sep: str) -> None:
    """Lines with more or fewer fields than the header: answers would land in the wrong column."""
    import csv
    import io
    from collections import Counter

    if _same_width_unquoted(text, sep):
        return
    widths: list[tuple[int, int]] = []
    reader = csv.reader(io.StringIO(text), delimiter=sep)
    for row in reader:
        if len(row) > 1 or (row and row[0].strip()):
            widths.append((reader.line_num, len(row)))
    table = [(line, width) for line, width in widths if width > 1]
    if not table:
        return
    usual = Counter(width for _, width in table).most_common(1)[0][0]
    start = next(i for i, (_, width) in enumerate(table) if width == usual)
    odd = [(line, width) for line, width in table[start:] if width != usual]
    if odd:
        shown = ", ".join(f"{line} ({width})" for line, width in odd[:3])
        raise InputError(path, key="err.hostile.ragged", params={"usual": usual, "lines": shown, "count": len(odd)},
                         action_key="err.hostile.ragged_action")


def _same_width_unquoted(text: str, sep: str) -> bool:
    """True when the csv module would find no line of another width (see ragged_lines) without parsing.

    Only for text without quotes, NUL or a lone carriage return, with lines shorter than the csv
    module's field limit: then a line's fields are its separators plus one, and a line with no
    separator holds at most one field, which ragged_lines leaves out.
    """
    import csv
    from collections import Counter
    from itertools import repeat

    if '"' in text or "\x00" in text or text.count("\r") != text.count("\r\n"):
        return False
    lines = text.split("\n")
    if max(map(len, lines), default=0) >= csv.field_size_limit():
        return False
    widths = [count + 1 for count in map(str.count, lines, repeat(sep)) if count]
    if not widths:
        return True
    usual = Counter(widths).most_common(1)[0][0]
    return widths.count(usual) == len(widths) - widths.index(usual)


def only_missing_answers(path: Path, columns: list[RawColumn]) -> InputError | None:
    """A file whose answer columns hold only 'n.v.t.', 'weet niet' or 'geen antwoord': nothing to count."""
    from ceo_desk.model.scales import SCALES, Role, normalise_label

    excluded = {label for scale in SCALES.values() for label, canon in scale.lookup().items()
                if scale.role_of(canon) is Role.EXCLUDED}
    found = [c.name for c in columns if not c.is_numeric and any(v is not None for v in c.values)
             and {normalise_label(v) for v in c.values if v is not None} <= excluded]
    if not found:
        return None
    return InputError(path, key="err.hostile.only_missing", params={"columns": ", ".join(f"'{n}'" for n in found[:3]),
                      "count": len(found)}, action_key="err.hostile.only_missing_action")
