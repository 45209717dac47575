"""Disclosure control: one policy for every output of a breakdown (tables, files, report, window).

The policy, in order:

1. **Primary suppression**: a cell (question × group × year) with fewer than ``min_n`` valid
   answers shows nothing: no n, no count, no percentage, no interval, no test.
2. **Complementary suppression**: the groups of a split add up to a total that is published
   (the municipality's own figure, a margin of a cross). When a split hides exactly one cell, or
   hidden cells that together hold fewer than ``min_n`` answers, the smallest shown cell of that
   split is hidden too, and so on until no hidden count or percentage follows by subtraction.
3. **Derived figures**: a difference from the previous year, a test against the rest of the
   municipality or against the reference is blanked where either side is hidden, so no hidden
   figure can be recovered from a shown difference.
4. Groups with fewer than ``min_n`` respondents in all are merged into "overig" before counting
   (see ``ceo_desk.stats.breakdown``).

Everything that leaves the program reads the frame this module returns; no output formats a
hidden cell itself.
"""

from __future__ import annotations

from typing import Iterable

import numpy as np
import pandas as pd

from ceo_desk.model.figures import figure
from ceo_desk.stats import notes

#: Columns that come from a cell's own answers: blank when the cell is hidden.
CELL_COLUMNS = ("n", "positive", "percent", "ci_low", "ci_high", "margin", "n_eff", "mean", "mean_ci_low",
                "mean_ci_high", "sd", "diff_ref", "p_ref", "p_ref_adj", "diff_prev", "p_prev", "p_prev_adj",
                "rest_n", "rest_percent", "rest_mean", "diff_rest", "p_rest", "p_rest_adj",
                "n_test", "diff_ref_low", "diff_ref_high", "mdd_ref", "diff_prev_low", "diff_prev_high", "mdd_prev",
                "p_target", "p_target_adj")
FLAG_COLUMNS = ("sig_ref", "sig_prev", "sig_rest", "sig_target")
#: Plain yes/no columns that still say something about the cell (a share of 0 or 100 %): False when hidden.
BOOL_COLUMNS = ("margin_is_interval", "ref_rounding_sensitive")
#: Columns that compare a cell with its previous year: blank when that year's cell is hidden.
PREV_COLUMNS = ("diff_prev", "p_prev", "p_prev_adj", "diff_prev_low", "diff_prev_high", "mdd_prev")


def complementary(n: np.ndarray, partitions: Iterable[Iterable[int]], min_n: int,
                  hidden: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Which cells to hide: (primary, secondary) masks over ``n``.

    ``partitions`` are sets of cell positions whose sum is known from elsewhere (a published total).
    Cells with n = 0 hold nothing and protect nothing.
    """
    n = np.asarray(n, dtype=float)
    primary = (n < min_n) if hidden is None else np.asarray(hidden, bool).copy()
    hide = primary.copy()
    parts = [np.fromiter(p, dtype=np.int64) for p in partitions]
    parts = [p for p in parts if len(p) > 1]
    changed = True
    while changed:
        changed = False
        for part in parts:
            sensitive = part[hide[part] & (n[part] > 0)]
            if len(sensitive) == 0 or (len(sensitive) > 1 and n[sensitive].sum() >= min_n):
                continue
            candidates = part[~hide[part] & (n[part] > 0)]
            if len(candidates) == 0:
                continue
            smallest = candidates[np.argmin(n[candidates])]
            hide[smallest] = True
            changed = True
    return primary, hide & ~primary


def split_partitions(group_parts: list[tuple[str, ...]]) -> list[list[int]]:
    """Positions of groups whose sum is known: all groups (the total) and, for a cross, each margin."""
    everything = list(range(len(group_parts)))
    out = [everything]
    dims = len(group_parts[0]) if group_parts else 0
    if dims > 1:
        for d in range(dims):
            by_value: dict[str, list[int]] = {}
            for i, parts in enumerate(group_parts):
                by_value.setdefault(parts[d], []).append(i)
            out += [cells for cells in by_value.values() if len(cells) > 1]
    return out


def protect(frame: pd.DataFrame, group_parts: dict[str, tuple[str, ...]], min_n: int) -> pd.DataFrame:
    """Apply the policy to a breakdown frame (rows: question × group × year, plus ``group_level`` 'total').

    Returns a new frame: hidden cells blanked, ``suppressed`` set, the reason in ``note``.
    """
    frame = frame.copy()
    n = frame["n"].to_numpy(float)
    is_group = (frame["group_level"] == "group").to_numpy()
    primary = n < min_n
    secondary = np.zeros(len(frame), dtype=bool)
    names = list(group_parts)
    partitions = split_partitions([group_parts[g] for g in names])
    group_position = pd.Index(names).get_indexer(frame["group"])   # one lookup per row, not one .at per cell
    for _, index in frame[is_group].groupby(["question_key", "year"], sort=False).groups.items():
        rows = np.asarray(index)
        cells = np.full(len(names), -1, dtype=np.int64)
        cells[group_position[rows].astype(np.int64)] = rows
        cell_n = np.where(cells >= 0, n[np.maximum(cells, 0)], 0.0)
        _, extra = complementary(cell_n, partitions, min_n, hidden=(cells >= 0) & (cell_n < min_n))
        secondary[cells[extra & (cells >= 0)]] = True
    hidden = primary | secondary
    frame = _blank(frame, hidden)
    # a shown cell compared with a hidden previous year would give the hidden figure away
    prev_hidden = _previous_hidden(frame, hidden)
    for col in PREV_COLUMNS:
        if col in frame:
            _blank_column(frame, col, prev_hidden)
    if "sig_prev" in frame:
        frame.loc[prev_hidden, "sig_prev"] = pd.NA
    note = notes.without(frame["note"].to_numpy(dtype=object, na_value=""), prev_hidden, "prev_small")  # bounds a hidden n
    note[primary & (n > 0)] = notes.token("suppressed", min_n)
    note[secondary] = notes.token("secondary")
    frame["note"] = pd.array(note, dtype="string")
    frame["suppressed"] = hidden | frame["suppressed"].to_numpy(bool)
    frame["indicative"] = frame["indicative"].to_numpy(bool) & ~hidden
    return frame


def _previous_hidden(frame: pd.DataFrame, hidden: np.ndarray) -> np.ndarray:
    """Rows whose previous year (same question and group) is a hidden cell."""
    question = pd.factorize(frame["question_key"])[0].astype(np.int64)
    group = pd.factorize(frame["group"])[0].astype(np.int64)
    series = question * (int(group.max(initial=0)) + 1) + group
    span = 1 << 16                                          # years fit in 16 bits
    cell = series * span + frame["year"].to_numpy(np.int64)
    previous = frame["prev_year"].to_numpy(dtype=np.float64, na_value=np.nan)
    has_previous = np.isfinite(previous)
    before = series * span + np.where(has_previous, previous, 0).astype(np.int64)
    return has_previous & np.isin(before, cell[hidden])


def protect_plain(frame: pd.DataFrame, ref_includes_self: bool = False) -> pd.DataFrame:
    """The same policy for results without a breakdown: a suppressed cell (fewer than ``min_n`` answers)
    shows nothing in any output either: not its n, not its effective n.

    With ``ref_includes_self`` the reference shown is the published figure less the municipality's own
    answers; next to the published figure that remainder would give the hidden n and count away, so it is
    blanked too (the published figure stays).
    """
    hidden = frame["suppressed"].to_numpy(bool)
    if not hidden.any():
        return frame
    frame = _blank(frame.copy(), hidden)
    if ref_includes_self:
        for col in ("ref_percent", "ref_n"):
            share = (frame["kind"] == "share").to_numpy()
            frame.loc[hidden & share, col] = np.nan
    return frame


def _blank_column(frame: pd.DataFrame, col: str, hidden: np.ndarray) -> None:
    """Blank ``col`` where ``hidden``: NaN in a float column (one vectorised pass), NA in a nullable one."""
    values = frame[col]
    if values.dtype == np.float64:
        frame[col] = np.where(hidden, np.nan, values.to_numpy())
    elif hidden.any():
        frame.loc[hidden, col] = np.nan


def _blank(frame: pd.DataFrame, hidden: np.ndarray) -> pd.DataFrame:
    frame["n"] = pd.array(np.where(hidden, pd.NA, frame["n"].to_numpy(object)), dtype="Int64")
    for col in CELL_COLUMNS[1:]:
        if col in frame:
            _blank_column(frame, col, hidden)
    for col in FLAG_COLUMNS:
        if col in frame:
            frame.loc[hidden, col] = pd.NA
    for col in BOOL_COLUMNS:
        if col in frame:
            frame.loc[hidden, col] = False
    return frame


def protect_counts(counts: np.ndarray, min_n: int) -> np.ndarray:
    """Respondent counts per group (groups × years) as they may be published: hidden cells as NaN.

    The groups of a year add up to that year's total, which the report prints; the same rule applies.
    """
    counts = np.asarray(counts, dtype=float)
    out = counts.copy()
    for y in range(counts.shape[1]):
        primary, secondary = complementary(counts[:, y], [range(counts.shape[0])], min_n)
        out[primary | secondary, y] = np.nan
    return out


def shown_count(value) -> int | None:
    """A count as an output may print it: None where disclosure control hid it (NA/NaN)."""
    number = figure(value)
    return None if number is None else int(number)
