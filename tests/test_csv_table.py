"""The fast CSV writer writes the very bytes pandas writes (after the formula guard), for every kind of
column a results table holds and for texts that need quoting or guarding; short tables (floats through
repr) and long ones (floats through polars) alike."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from ceo_desk.csv_table import write_results_csv
from ceo_desk.formula_guard import neutralise_formulas

AWKWARD = ["gewoon", "met, komma", 'met "aanhalingstekens"', "regel\nbreuk", "cr\rhier", "=SOM(A1:A9)", "+31 6",
           "-3,2", "@naam", "\tinspringing", "", "Cliëntervaring ✓", "  spaties  ", "'al veilig"]


def results_like(rows: int, seed: int = 0) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    floats = np.concatenate([rng.random(rows // 4) * 100, np.round(rng.random(rows // 4) * 100, 4),
                             10 ** rng.uniform(-80, 20, rows // 4), -np.floor(rng.random(rows - 3 * (rows // 4)) * 1e6)])
    floats[::7] = np.nan
    floats[1:8] = [0.0, -0.0, 1e-4, 9.999999999999999e-05, 1e16, np.inf, 5e-324]
    flags = pd.array(rng.choice([True, False, None], rows), dtype="boolean")
    whole = pd.array(np.where(rng.random(rows) < 0.2, None, rng.integers(-5, 3000, rows)), dtype="Int64")
    text = rng.choice(np.array(AWKWARD + [None], dtype=object), rows)
    return pd.DataFrame({
        "question_id": [f"Q{i % 40 + 1}" for i in range(rows)],
        "question": text,
        "year": rng.integers(2019, 2025, rows),
        "n": whole,
        "percent": floats,
        "p_ref": rng.random(rows) ** 8,
        "sig_ref": flags,
        "suppressed": rng.random(rows) < 0.1,
        "note": pd.array(rng.choice(np.array(AWKWARD + [None], dtype=object), rows), dtype="string"),
        "=formule kop": np.zeros(rows),
        "ref_question": np.where(rng.random(rows) < 0.5, None, "een vraag"),
    })


@pytest.mark.parametrize("rows", [9, 60, 12_000])
def test_same_bytes_as_pandas(tmp_path, rows):
    frame = results_like(rows, seed=rows)
    mine, theirs = tmp_path / "mine.csv", tmp_path / "pandas.csv"
    write_results_csv(frame, mine)
    neutralise_formulas(frame).to_csv(theirs, index=False, encoding="utf-8-sig")
    assert mine.read_bytes() == theirs.read_bytes()


def test_a_single_blank_column_and_other_kinds_go_as_pandas_writes_them(tmp_path):
    frames = [pd.DataFrame({"note": ["", "x", None]}),
              pd.DataFrame({"when": pd.to_datetime(["2024-01-01", None]), "n": [1, 2]}),      # left to pandas
              pd.DataFrame({"kind": pd.Categorical(["share", "mean"]), "x": [0.5, np.nan]})]
    for i, frame in enumerate(frames):
        mine, theirs = tmp_path / f"mine{i}.csv", tmp_path / f"pandas{i}.csv"
        write_results_csv(frame, mine)
        neutralise_formulas(frame).to_csv(theirs, index=False, encoding="utf-8-sig")
        assert mine.read_bytes() == theirs.read_bytes(), frame.dtypes
