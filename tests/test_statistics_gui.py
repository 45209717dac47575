"""The window shows the uncertainty of a difference: the tooltip of a comparison marker gives the
difference's interval (Newcombe) and, when not significant, the minimum detectable difference —
both checked against the formulas written out in tests/formulas.py."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402

from builders import Q1, Q3  # noqa: E402,F401
from formulas import mdd, newcombe, round_half_up  # noqa: E402
from gui_support import TIMEOUT, all_files, app, column_of, data, load  # noqa: E402,F401


def _tooltip(model, question_id, header) -> str:
    return str(model.index(model.row_of(question_id), column_of(model, header)).data(Qt.ItemDataRole.ToolTipRole))


def _nl(value: float) -> str:
    return f"{value:.1f}".replace(".", ",").replace("-", "−")


def test_comparison_tooltips_give_interval_and_detectable_difference(qtbot, app, data):
    load(qtbot, app, all_files(data))
    model = app.window.results.model
    # Q1 2024: 70 of 150 against 71 % of 3100 (significant): the interval, no mdd
    tip = _tooltip(model, "Q1", "2024\n▲▼ ref")
    low, high = newcombe(70, 150, round_half_up(0.71 * 3100), 3100)
    low_text, high_text = _nl(100 * low), _nl(100 * high)
    assert f"van het verschil: {low_text} tot {high_text} procentpunt" in tip.replace("-", "−"), tip
    assert "niet aan te tonen" not in tip
    # Q3 2023: 120 of 160 against 74 % of 2900 (not significant): the interval and the mdd
    tip = _tooltip(model, "Q3", "2023\n▲▼ ref")
    ref_count = round_half_up(0.74 * 2900)
    figure = _nl(100 * mdd((120 + ref_count) / (160 + 2900), 160, 2900))
    assert f"Een verschil kleiner dan {figure} procentpunt is met deze aantallen niet aan te tonen." in tip, tip
