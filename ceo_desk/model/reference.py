"""The reference group (referentiegroep): per question and year the percent positive and n."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import pandas as pd

from ceo_desk.model.errors import Notice


REFERENCE_COLUMNS = ["key", "text", "year", "n", "percent"]
ROLES = ("question", "year", "n", "percent")      # the roles of a reference table's columns


@dataclass
class ReferenceTable:
    path: Path | None
    frame: pd.DataFrame            # columns REFERENCE_COLUMNS; percent 0-100, n may be NA
    name: str = ""
    warnings: list[Notice] = field(default_factory=list)
    checksum: str = ""
    columns: dict[str, str] = field(default_factory=dict)   # role -> the header of the column read for it
    header_row: int | None = None                           # the header's row as the spreadsheet numbers it
    signature: str = ""                                      # the header row normalised: same layout, same reading
    letters: dict[str, list[str]] = field(default_factory=dict)  # role -> letters of its columns (wide: per year)
    groups: pd.DataFrame | None = None     # figures per group (columns key, year, group, n, percent), if the table has them

    @cached_property
    def questions(self) -> dict[str, str]:
        """Normalised key -> first text seen, in file order (computed once: the window's models ask
        for it while painting)."""
        first = self.frame.drop_duplicates("key")
        return dict(zip(first["key"], first["text"]))
