"""A background column with more distinct values than a 16-bit code holds (the respondent numbers of a
national file: 400,000) is looked at for the breakdown chooser without overflowing, and is not offered."""

from __future__ import annotations

from builders import Q1, answers, survey_frame, write_csv
from ceo_desk import services
from ceo_desk.stats.groups import group_columns


def test_forty_thousand_respondent_numbers(tmp_path):
    size = 40_000
    frame = survey_frame({Q1: answers(seed=1, Altijd=size // 2, Nooit=size // 2)}, year=2024,
                         stadsdeel=["Noord", "Zuid"] * (size // 2))
    out = services.load_files([write_csv(tmp_path / "groot_2024.csv", frame)])
    assert not out.errors
    survey = out.surveys[0]
    codes, labels = survey.groups("respnr")
    assert len(labels) == size and codes.max() == size - 1 and len(set(codes[:100].tolist())) == 100
    offered = [c.name for c in group_columns(out.surveys)]
    assert "stadsdeel" in offered and "respnr" not in offered
