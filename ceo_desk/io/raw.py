"""What every reader returns: the file's columns before we know what they mean."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np


@dataclass
class RawColumn:
    name: str
    label: str                                   # SPSS variable label or the header itself
    values: np.ndarray                           # float64 (numbers/codes) or object (str / None)
    value_labels: dict[float, str] | None = None # SPSS value labels
    user_missing: set[float] = field(default_factory=set)

    @property
    def is_numeric(self) -> bool:
        return self.values.dtype.kind in "fiub"


@dataclass
class RawTable:
    path: Path
    format: str
    columns: list[RawColumn]
    n_rows: int
    grid: Any = None                             # the cells as the file holds them (Excel, CSV), no header taken
    header_row: int | None = None                # the header's row as a spreadsheet numbers it (1 = first)
    decimal_hint: str | None = None              # the decimal separator the file's form implies (CSV)
    warnings: list = field(default_factory=list)  # Notices: how cells that could be read two ways were read
