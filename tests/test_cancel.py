"""Cancel in the middle of long work: counting and building a report stop with OperationCancelled,
the progress bar had moved but not finished, and nothing half written is left behind."""

from __future__ import annotations

import datetime as dt

import pytest

from builders import Q1, Q2, Q3, answers, survey_frame, write_xlsx
from ceo_desk import services
from ceo_desk.model.progress import OperationCancelled, sub_range
from ceo_desk.report import ReportOptions

QUESTIONS = [Q1, Q2, Q3] + [f"Vraag {i}: de hulp was goed geregeld." for i in range(4, 13)]


@pytest.fixture()
def surveys(tmp_path):
    frames = {year: survey_frame({q: answers(seed=i + year, Altijd=30, Soms=20) for i, q in enumerate(QUESTIONS)},
                                 year=year) for year in (2023, 2024)}
    paths = [write_xlsx(tmp_path / f"ceo_{year}.xlsx", frame) for year, frame in frames.items()]
    outcome = services.load_files(paths)
    assert not outcome.errors
    return outcome.surveys


class CancelAfter:
    """Says 'cancelled' once the progress reached ``fraction``; records what progress was shown."""

    def __init__(self, fraction: float) -> None:
        self.fraction, self.seen = fraction, []

    def progress(self, fraction: float, message: str = "") -> None:
        self.seen.append(fraction)

    def cancelled(self) -> bool:
        return bool(self.seen) and self.seen[-1] >= self.fraction


def test_cancel_in_the_middle_of_counting(surveys):
    stop = CancelAfter(0.3)        # counting fills 0.05 .. 0.90 of the bar
    with pytest.raises(OperationCancelled):
        services.analyse(surveys, progress=stop.progress, cancelled=stop.cancelled)
    counted = [f for f in stop.seen if 0.05 < f < 0.9]
    assert counted and max(stop.seen) < 0.9, stop.seen       # stopped while counting, not after it


def test_cancel_in_the_middle_of_a_report_keeps_the_older_file(surveys, tmp_path):
    analysis = services.analyse(surveys)
    target = tmp_path / "rapport.pdf"
    target.write_bytes(b"older report")
    stop = CancelAfter(0.2)
    with pytest.raises(OperationCancelled):
        services.write_report(analysis, target, ReportOptions(date=dt.date(2025, 3, 1)),
                              progress=stop.progress, cancelled=stop.cancelled)
    assert any(0 < f < 1 for f in stop.seen) and max(stop.seen) < 1.0, stop.seen
    assert target.read_bytes() == b"older report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ceo_2023.xlsx", "ceo_2024.xlsx", "rapport.pdf"]


def test_sub_range_fills_its_part_of_the_bar():
    shown = []
    part = sub_range(lambda fraction, message="": shown.append((fraction, message)), 0.2, 0.6, "stap")
    part(0.0)
    part(0.5, "half")
    part(1.0)
    assert shown == [(0.2, "stap"), (pytest.approx(0.4), "half"), (pytest.approx(0.6), "stap")]
