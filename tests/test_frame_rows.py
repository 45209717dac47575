"""The results frame read as table rows on demand (``gui.frame_rows``) gives exactly the rows and values
that turning the whole frame into dicts gave: the same (question, group) rows in the same order, a record
per year equal in value and type to ``to_dict("records")`` (a nullable column's NA as None, NaN as NaN)."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from ceo_desk.gui.frame_rows import FrameRows


def _frame() -> pd.DataFrame:
    rows = []
    for qid, question in (("Q1", "Ik kan de hulp krijgen."), ("Q10", "De hulp helpt mij.")):
        for year in (2023, 2024):
            for group in ("Totaal", "Gemeente 002", "Gemeente 001", None):
                if (qid, year, group) == ("Q10", 2023, "Gemeente 001"):
                    continue                                    # a group without figures in one year
                rows.append({"question_id": qid, "question": question, "year": year, "group": group,
                             "n": 12 if group else None, "percent": 50.0 if year == 2024 else float("nan"),
                             "sig_ref": True if group == "Totaal" else None, "note": "small" if group else None})
    frame = pd.DataFrame(rows)
    frame["n"] = frame["n"].astype("Int64")
    frame["sig_ref"] = frame["sig_ref"].astype("boolean")
    frame["note"] = frame["note"].astype("string")
    return frame


def _same(a, b) -> bool:
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    return type(a) is type(b) and (a is b or a == b)


def test_rows_and_records_are_those_of_to_dict():
    frame = _frame()
    source = FrameRows(frame)
    # what the eager model did: rows keyed by (question, group-if-text), first appearance first
    expected: dict[tuple, dict[int, dict]] = {}
    for record in frame.to_dict(orient="records"):
        group = record["group"] if isinstance(record["group"], str) else ""
        expected.setdefault((record["question_id"], group), {})[int(record["year"])] = record
    assert list(zip(source.ids, source.groups)) == list(expected)
    assert len(source) == len(expected) == 8
    for row, (key, by_year) in enumerate(expected.items()):
        first = next(iter(by_year.values()))
        assert source.first(row)["question"] == first["question"]
        for year in (2023, 2024, 2025):
            record = source.record(row, year)
            if year not in by_year:
                assert record is None, (key, year)
                continue
            want = by_year[year]
            assert all(_same(record[c], want[c]) for c in frame.columns), (key, year)
            assert record.get("absent", "x") == "x" and "absent" not in record
    # NumPy scalars come back as Python values, NA as NA
    record = source.record(0, 2024)
    assert type(record["year"]) is int and type(record["n"]) is int and record["sig_ref"] is True
    assert source.record(list(expected).index(("Q1", "")), 2024)["n"] is None


def test_no_breakdown_and_empty_frames():
    frame = _frame().drop(columns="group").drop_duplicates(["question_id", "year"])
    source = FrameRows(frame)
    assert source.ids == ["Q1", "Q10"] and source.groups == ["", ""]
    assert source.record(1, 2023)["question"] == "De hulp helpt mij."
    for empty in (None, frame.iloc[:0]):
        assert len(FrameRows(empty)) == 0
    assert np.isnan(FrameRows(frame).record(0, 2023)["percent"])
