"""Checks after reading: content that would otherwise crash further on or be read wrong without a word.

Each check names the file and the column and says what to do (texts in ``texts/errors_hostile.py``).
"""

from __future__ import annotations

import re
from pathlib import Path

from ceo_desk.io.raw import RawColumn
from ceo_desk.model.errors import InputError, MissingYearError

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
