"""Answer counts per question, group, year and category: counted once, re-used for every setting."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Callable

import numpy as np
import pandas as pd

from ceo_desk.model.errors import InputError
from ceo_desk.model.groups import shared_group_names
from ceo_desk.model.progress import stop_if
from ceo_desk.model.questions import Catalogue
from ceo_desk.model.scales import normalise_label
from ceo_desk.model.survey import Survey

NO_GROUP = ""
#: The group of rows whose --by column is blank, until the breakdown names it in the user's language
#: (``name_unknown_group``), as it names "Overig" and "Totaal".
UNKNOWN_GROUP = "(unknown)"


@dataclass
class CategoryCounts:
    """For a 'share' question: arrays shaped (groups, years, categories)."""
    count: np.ndarray
    wsum: np.ndarray | None = None      # sum of weights
    w2sum: np.ndarray | None = None     # sum of squared weights (Kish effective n)


@dataclass
class GradeSums:
    """For a grade: arrays shaped (groups, years)."""
    n: np.ndarray
    total: np.ndarray
    squares: np.ndarray
    wsum: np.ndarray | None = None
    w2sum: np.ndarray | None = None
    wtotal: np.ndarray | None = None
    wsquares: np.ndarray | None = None


@dataclass
class AnswerCounts:
    years: list[int]
    groups: list[str]                   # [NO_GROUP] without --by
    by: str | tuple[str, ...] | None    # one column, or several for their cross
    weight: str | None
    shares: dict[str, CategoryCounts] = field(default_factory=dict)    # question key -> counts
    grades: dict[str, GradeSums] = field(default_factory=dict)
    group_parts: list[tuple[str, ...]] = field(default_factory=list)   # per group: its name in each --by column
    weight_left_out: dict[str, int] = field(default_factory=dict)      # file -> respondents with a blank/zero weight


#: Joins the names of a cross of two --by columns: "Jongere × Noord".
CROSS = " \u00d7 "


def by_columns(by) -> tuple[str, ...]:
    """--by as a tuple of column names: () without, one name, or several for a cross."""
    if by is None:
        return ()
    return (by,) if isinstance(by, str) else tuple(by)


def _group_codes(surveys: list[Survey], by) -> tuple[list[str], list[np.ndarray], list[tuple[str, ...]]]:
    """Group names, the group code of every row per survey, and each group's name per --by column."""
    columns = by_columns(by)
    if not columns:
        return [NO_GROUP], [np.zeros(s.n_rows, dtype=np.int64) for s in surveys], [(NO_GROUP,)]
    if len(columns) > 1:
        return _cross_codes(surveys, columns)
    by = columns[0]
    per_survey = []
    for s in surveys:
        names = {normalise_label(c): c for c in reversed(s.group_sources)}     # background columns win
        col = names.get(normalise_label(by))
        if col is None:
            raise InputError(s.path, key="err.core.by_missing",
                             params={"by": by, "available": ", ".join(s.metadata_columns) or "–"},
                             action_key="err.core.by_missing_action", column=by)
        per_survey.append(s.groups(col))
    shown = shared_group_names(n for _, labels in per_survey for n in labels if n is not None)
    shown[None] = UNKNOWN_GROUP             # one group however the files spell it ('Ouder/verzorger')
    groups = sorted({shown[n] for _, labels in per_survey for n in labels},
                    key=lambda g: (g == UNKNOWN_GROUP, _natural(g)))
    index = {g: i for i, g in enumerate(groups)}
    codes = []
    for local, labels in per_survey:
        lut = np.array([index[shown[n]] for n in labels], dtype=np.int64)
        codes.append(lut[local])
    return groups, codes, [(g,) for g in groups]


def name_unknown_group(counts: AnswerCounts, name: str) -> AnswerCounts:
    """The counts with the blank-value group called ``name`` (also inside the names of a cross)."""
    if not any(UNKNOWN_GROUP in parts for parts in counts.group_parts):
        return counts
    parts = [tuple(name if p == UNKNOWN_GROUP else p for p in ps) for ps in counts.group_parts]
    return replace(counts, groups=[CROSS.join(ps) for ps in parts], group_parts=parts)


def _cross_codes(surveys: list[Survey], columns: tuple[str, ...]):
    """Groups of several columns at once: every combination that occurs, named 'a × b'."""
    parts = [_group_codes(surveys, c)[:2] for c in columns]
    sizes = [len(names) for names, _ in parts]
    combined = [np.zeros(s.n_rows, dtype=np.int64) for s in surveys]
    for names, codes in parts:
        combined = [c * len(names) + k for c, k in zip(combined, codes)]
    present = np.unique(np.concatenate(combined)) if combined else np.array([], dtype=np.int64)
    group_parts = []
    for flat in present:
        index, rest = [], int(flat)
        for size in reversed(sizes):
            index.append(rest % size)
            rest //= size
        group_parts.append(tuple(parts[d][0][i] for d, i in enumerate(reversed(index))))
    lut = np.full(int(np.prod(sizes)), -1, dtype=np.int64)
    lut[present] = np.arange(len(present))
    return [CROSS.join(p) for p in group_parts], [lut[c] for c in combined], group_parts


def _distinct_years(years: np.ndarray) -> list[int]:
    first = int(years.min())
    return [int(y) + first for y in np.flatnonzero(np.bincount(years - first))]


def _natural(text: str) -> tuple:
    try:
        return (0, float(text), "")
    except ValueError:
        return (1, 0.0, text.casefold())


def _weights(surveys: list[Survey], weight: str | None) -> tuple[list[np.ndarray | None], dict[str, int]]:
    """The weight of every row per survey, and per file how many rows have a blank or zero weight.

    As SPSS does (WEIGHT BY): a respondent with a blank or zero weight is left out of the weighted figures
    and of n; a negative weight is an error.
    """
    if weight is None:
        return [None] * len(surveys), {}
    out, left_out = [], {}
    for s in surveys:
        col = next((c for c in s.columns if normalise_label(c.name) == normalise_label(weight)), None)
        if col is None or col.values is None:
            raise InputError(s.path, key="err.core.weight_missing", params={"weight": weight},
                             action_key="err.core.weight_missing_action", column=weight)
        w = np.nan_to_num(col.values.astype(np.float64), nan=0.0)
        if (w < 0).any():
            raise InputError(s.path, key="err.core.weight_negative", action_key="err.core.weight_negative_action",
                             column=col.name)
        if not (w > 0).all():
            left_out[str(s.path)] = int((w <= 0).sum())
        out.append(w)
    return out, left_out


def count_answers(catalogue: Catalogue, surveys: list[Survey], by: str | None = None,
                  weight: str | None = None, progress: Callable[[float], None] | None = None,
                  cancelled: Callable[[], bool] | None = None) -> AnswerCounts:
    years = sorted({int(y) for s in surveys for y in _distinct_years(s.years)})
    year_index = {y: i for i, y in enumerate(years)}
    groups, group_codes, group_parts = _group_codes(surveys, by)
    weights, left_out = _weights(surveys, weight)
    n_g, n_y = len(groups), len(years)
    # cell index per row, per survey: group * years + year
    cells = []
    for s, g in zip(surveys, group_codes):
        first = int(s.years.min())
        table = np.zeros(int(s.years.max()) - first + 1, dtype=np.int64)
        for y in _distinct_years(s.years):
            table[y - first] = year_index[y]
        cells.append(g * n_y + table[s.years - first])
    result = AnswerCounts(years=years, groups=groups, by=by, weight=weight, group_parts=group_parts,
                          weight_left_out=left_out)
    questions = list(catalogue)
    for done, q in enumerate(questions):
        if cancelled:
            stop_if(cancelled)
        n_c = len(q.categories)
        if q.kind == "mean":
            sums = [np.zeros(n_g * n_y) for _ in range(7 if weight else 3)]
        else:
            count = np.zeros(n_g * n_y * (n_c + 1))
            wsum = np.zeros_like(count) if weight else None
            w2sum = np.zeros_like(count) if weight else None
        for s_index, name in q.sources:
            survey, cell, w = surveys[s_index], cells[s_index], weights[s_index]
            col = survey.column(name)
            if q.kind == "mean":
                ok = ~np.isnan(col.values) if w is None else ~np.isnan(col.values) & (w > 0)
                x, c = col.values[ok], cell[ok]
                parts = [np.ones_like(x), x, x * x]
                if w is not None:
                    ww = w[ok]
                    parts += [ww, ww * ww, ww * x, ww * x * x]
                for acc, part in zip(sums, parts):
                    acc += np.bincount(c, weights=part, minlength=n_g * n_y)
                continue
            # blanks (code -1) index the extra last slot, counted in a spare category that is
            # dropped afterwards: no masking pass over the rows
            keys = [normalise_label(k) for k in q.categories]
            lut = np.array([keys.index(normalise_label(cat)) for cat in col.categories] + [n_c], dtype=np.int64)
            codes = col.codes if w is None or (w > 0).all() else np.where(w > 0, col.codes, -1)  # unweighted: out
            flat = cell * (n_c + 1) + lut[codes]
            count += np.bincount(flat, minlength=count.size)
            if w is not None:
                wsum += np.bincount(flat, weights=w, minlength=count.size)
                w2sum += np.bincount(flat, weights=w * w, minlength=count.size)
        if q.kind == "mean":
            shaped = [a.reshape(n_g, n_y) for a in sums]
            result.grades[q.key] = GradeSums(*shaped[:3], *(shaped[3:] if weight else []))
        else:
            shape = (n_g, n_y, n_c + 1)
            keep = slice(0, max(n_c, 1))      # drop the spare blank slot (keep one column if no categories)
            result.shares[q.key] = CategoryCounts(
                count.reshape(shape)[..., keep].copy(),
                wsum.reshape(shape)[..., keep].copy() if weight else None,
                w2sum.reshape(shape)[..., keep].copy() if weight else None)
        if progress:
            progress((done + 1) / max(len(questions), 1))
    return result
