"""What every reader returns: the file's columns before we know what they mean."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

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
