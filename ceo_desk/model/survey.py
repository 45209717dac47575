"""A survey file as imported: its columns classified, its answers as category codes."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any, Callable

import numpy as np

from ceo_desk.model.errors import Notice


class ColumnKind(str, Enum):
    QUESTION = "question"          # answers on a known scale
    GRADE = "grade"                # rapportcijfer 1-10, reported as a mean
    UNRECOGNISED = "unrecognised"  # categories that fit no known scale: listed, never counted
    YEAR = "year"
    WEIGHT = "weight"
    METADATA = "metadata"          # respondent number, municipality, district, target group, age ...
    OPEN_TEXT = "open_text"        # free-text answers
    OTHER = "other"                # numbers that are neither grade nor metadata
    EMPTY = "empty"


@dataclass
class Column:
    """One column of a survey file.

    Categorical columns hold ``codes`` (int16, -1 = blank or missing) into ``categories``;
    ``user_missing`` lists the categories the file itself declares missing (SPSS user-missing),
    which are always left out of n. Numeric columns (grade, weight, year) hold ``values``.
    """

    name: str
    text: str
    kind: ColumnKind
    scale: str | None = None
    categories: list[str] = field(default_factory=list)
    codes: np.ndarray | None = None
    user_missing: frozenset[str] = frozenset()
    values: np.ndarray | None = None
    # OPEN_TEXT: the answers as written (str or None per row). Personal data: kept in memory only,
    # never in a repr; ceo_desk.openanswers masks them before anything is shown or written.
    texts: np.ndarray | None = field(default=None, repr=False)


@dataclass
class Survey:
    path: Path
    format: str
    n_rows: int
    years: np.ndarray                       # int year per row
    columns: list[Column]
    metadata: dict[str, Any]                # metadata column name -> its raw column (labels applied lazily)
    municipality: str | None = None
    checksum: str = ""
    warnings: list[Notice] = field(default_factory=list)

    label_values: Callable[[Any], tuple[np.ndarray, list]] | None = None  # raw column -> group codes, names
    _groups: dict[str, tuple[np.ndarray, list]] = field(default_factory=dict, repr=False)

    @property
    def metadata_columns(self) -> list[str]:
        return list(self.metadata)

    @property
    def group_sources(self) -> list[str]:
        """The columns a breakdown can use: the background columns, then any column with answer categories."""
        return list(self.metadata) + [c.name for c in self.columns
                                      if c.codes is not None and c.categories and c.name not in self.metadata]

    def groups(self, name: str) -> tuple[np.ndarray, list[str | None]]:
        """A metadata column (or a column with categories) as (code per row, text per code; None = missing),
        for splitting by group."""
        if name not in self._groups:
            if name in self.metadata:
                self._groups[name] = self.label_values(self.metadata[name])
            else:
                col = self.column(name)
                codes, names = col.codes.astype(np.int64), list(col.categories)
                if (codes < 0).any():
                    codes, names = np.where(codes < 0, len(names), codes), names + [None]
                self._groups[name] = (codes, names)
        return self._groups[name]

    @property
    def name(self) -> str:
        return self.path.name

    def column(self, name: str) -> Column:
        for col in self.columns:
            if col.name == name:
                return col
        raise KeyError(name)

    def n_by_year(self) -> dict[int, int]:
        values, counts = np.unique(self.years, return_counts=True)
        return {int(v): int(c) for v, c in zip(values, counts)}
