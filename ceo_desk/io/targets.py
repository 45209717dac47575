"""A targets file (``--targets``): per question the policy target, as a percentage positive.

A small CSV or spreadsheet with a question column (its number, Q3, or its text or a unique part of
it) and a target column (80, 80 %, 80,0 or 0.80). Headers help ("Vraag", "Streefwaarde"); content
decides: the target column holds numbers, the question column text. Every bad row is an error that
names the file, the row as the spreadsheet numbers it, the column and what to do; nothing is skipped
silently.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from ceo_desk.io.numbers import read_numbers
from ceo_desk.io.registry import read_raw
from ceo_desk.io.tabular import clean_text, find_header_row, header_names, trim_grid
from ceo_desk.model.errors import CeoDeskError, InputError
from ceo_desk.model.scales import normalise_label

_QUESTION_WORDS = {"vraag", "vraagnummer", "vraagtekst", "question", "code", "id", "nummer", "stelling", "item",
                   "indicator", "tekst", "text"}
_TARGET_WORDS = {"streefwaarde", "streefcijfer", "streef", "doel", "doelstelling", "target", "norm", "ambitie",
                 "percentage", "%"}


@dataclass
class Targets:
    path: Path
    pairs: tuple[tuple[str, float], ...]                   # (question as written, target percent)
    rows: dict[str, int] = field(default_factory=dict)     # question as written -> its row in the file
    column: str = ""                                       # the question column's header

    def locate(self, err: CeoDeskError) -> CeoDeskError:
        """An analysis error about a target's question, told as an error in this file's row."""
        if not isinstance(err, InputError) or err.key not in ("err.stats.target_unknown", "err.stats.target_grade"):
            return err
        question = err.params.get("question")
        if question not in self.rows:
            return err
        kind = "unknown" if err.key == "err.stats.target_unknown" else "grade"
        return InputError(self.path, key=f"err.stats.targets_{kind}", column=self.column,
                          params={"row": self.rows[question], "question": question},
                          action_key="err.stats.targets_question_action")


def _words(header: str) -> set[str]:
    words = set(normalise_label(header.replace("_", " ")).split())
    return words | ({"%"} if "%" in header else set())


def _error(path: Path, key: str, column: str | None = None, **params) -> InputError:
    return InputError(path, key=f"err.stats.targets_{key}", column=column, params=params,
                      action_key=f"err.stats.targets_{key}_action")


def read_targets(path: Path | str) -> Targets:
    """The targets in ``path``; an InputError naming the file, row and column for anything it cannot read."""
    path = Path(path)
    raw = read_raw(path)
    if raw.grid is None:
        raise _error(path, "format", suffix=path.suffix.lower())
    grid = trim_grid(raw.grid)
    if grid.empty:
        raise _error(path, "columns", columns="–")
    position = find_header_row(grid)
    headers = header_names(list(grid.iloc[position]), list(grid.columns))
    body = grid.iloc[position + 1:]
    readings = {h: read_numbers(body[c].reset_index(drop=True), hint=raw.decimal_hint)
                for h, c in zip(headers, body.columns)}
    filled = {h: int(r.filled.sum()) for h, r in readings.items()}
    numeric = [h for h in headers if filled[h] and readings[h].numeric[readings[h].filled].mean() >= 0.5]
    texts = [h for h in headers if filled[h] and h not in numeric]
    question = _pick(path, "question", texts or headers, _QUESTION_WORDS, headers)
    target = _pick(path, "target", [h for h in numeric if h != question], _TARGET_WORDS, headers)
    column = dict(zip(headers, body.columns))
    q_text = clean_text(body[column[question]].astype(object).reset_index(drop=True))
    values = _percentages(path, target, readings[target])
    rows = [int(i) + 1 for i in body.index]        # as the spreadsheet numbers them
    pairs, seen, first_row = [], {}, {}
    for i, row in enumerate(rows):
        text, has_value = q_text.iat[i], bool(readings[target].filled[i])
        if pd.isna(text) and not has_value:
            continue
        if pd.isna(text):
            raise _error(path, "no_question", question, row=row)
        if not has_value:
            raise _error(path, "no_target", target, row=row, question=text)
        if not readings[target].numeric[i]:
            raise _error(path, "not_number", target, row=row, cell=str(body[column[target]].iat[i]).strip())
        value = float(values[i])
        if not 0 <= value <= 100:
            raise _error(path, "range", target, row=row, cell=str(body[column[target]].iat[i]).strip())
        key = normalise_label(text)
        if key in seen and seen[key][1] != value:
            raise _error(path, "twice", question, row=row, first=seen[key][0], question=text)
        seen.setdefault(key, (row, value))
        first_row.setdefault(str(text), row)
        pairs.append((str(text), value))
    if not pairs:
        raise _error(path, "empty")
    return Targets(path, tuple(pairs), first_row, question)


def _pick(path: Path, role: str, candidates: list[str], words: set[str], headers: list[str]) -> str:
    """The one column for ``role``: the only candidate, or the only one whose header names it."""
    named = [h for h in candidates if _words(h) & words]
    pool = candidates if len(candidates) == 1 else named
    if len(pool) == 1:
        return pool[0]
    if len(pool) > 1:
        raise _error(path, "ambiguous", columns=", ".join(f"'{h}'" for h in pool))
    raise _error(path, "columns", columns=", ".join(f"'{h}'" for h in headers))


def _percentages(path: Path, header: str, reading) -> np.ndarray:
    """Percentages 0-100; a column written as fractions (every value at most 1, no % sign) times 100."""
    values = np.asarray(reading.values, float)
    shown = values[reading.filled & reading.numeric]
    if len(shown) and not reading.percent_sign and np.nanmax(shown) <= 1.0:
        return values * 100.0
    return values
