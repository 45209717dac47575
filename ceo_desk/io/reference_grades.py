"""A reference table's grade columns: the mean grade (rapportcijfer) and its SD beside the percentages.

A long-form reference table may give, for its grade question, the mean and the standard deviation in
columns of their own ("Gemiddelde", "Rapportcijfer", "SD", "Standaarddeviatie"); n is the table's n
column. The header makes a column a candidate, its content decides: a mean lies within 1-10 (the
grade's scale), an SD within 0-4.5 (the largest an SD of grades 1-10 can be). A column headed as a
mean whose cells are percentages is left for the percent column.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from ceo_desk.io.numbers import reading_warning
from ceo_desk.model.errors import InputError, Notice
from ceo_desk.model.scales import normalise_label

MEAN_WORDS = {"gemiddelde", "gemiddeld", "gem", "mean", "average", "avg", "rapportcijfer", "cijfer", "grade",
              "gemiddeld cijfer", "gemiddelde cijfer"}
SD_WORDS = {"sd", "standaarddeviatie", "standaardafwijking", "std", "stdev", "stddev", "spreiding",
            "standard deviation", "deviation"}
GRADE_RANGE = (1.0, 10.0)
SD_MAX = (GRADE_RANGE[1] - GRADE_RANGE[0]) / 2     # half the answers at 1, half at 10


def grade_role(header: str) -> str | None:
    """'sd' or 'mean' when the header names one of them, else None."""
    words = normalise_label(str(header).replace("_", " "))
    tokens = set(words.split())
    if tokens & SD_WORDS or words in SD_WORDS:
        return "sd"
    if tokens & MEAN_WORDS or words in MEAN_WORDS:
        return "mean"
    return None


def _fits(role: str, column) -> bool:
    reading = column.numbers
    if not reading.all_numeric or reading.percent_sign:
        return False
    values = reading.values[reading.filled]
    low, high = (GRADE_RANGE if role == "mean" else (0.0, SD_MAX))
    return len(values) > 0 and bool(np.all((values >= low) & (values <= high)))


def grade_columns(columns: list, path: Path) -> dict:
    """Role ('mean', 'sd') -> the one column headed as it whose content fits; two fitting columns for
    one role are an error that names both (the program does not guess)."""
    found: dict[str, list] = {}
    for column in columns:
        role = grade_role(column.header)
        if role is not None and _fits(role, column):
            found.setdefault(role, []).append(column)
    for role, candidates in found.items():
        if len(candidates) > 1:
            raise InputError(path, key="err.stats.ref_grade_ambiguous", action_key="err.stats.ref_grade_ambiguous_action",
                             params={"role": role, "candidates": ", ".join(c.display for c in candidates)})
    if "sd" in found and "mean" not in found:
        return {}                     # an SD without a mean says nothing to test against
    return {role: candidates[0] for role, candidates in found.items()}


def grade_values(grades: dict, size: int, path: Path, warnings: list[Notice]) -> dict[str, pd.Series]:
    """The columns 'mean' and 'sd' of the table (NaN where the file gives none)."""
    out = {}
    for role in ("mean", "sd"):
        column = grades.get(role)
        if column is None:
            out[role] = pd.Series(np.nan, index=range(size))
            continue
        note = reading_warning(path, column.header, column.numbers)
        if note:
            warnings.append(note)
        out[role] = pd.Series(column.numbers.values, index=range(size))
    return out
