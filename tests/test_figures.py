"""One rule for reading a results cell and one notation for signed differences and confidence levels."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from ceo_desk.i18n import fmt_level, fmt_number, fmt_signed
from ceo_desk.model.figures import figure, flag, present


@pytest.mark.parametrize("cell, expected", [
    (None, None), (pd.NA, None), (np.nan, None), (float("nan"), None), ("tekst", None),
    (3, 3.0), (np.int64(7), 7.0), (np.float32(1.5), 1.5), (0.0, 0.0),
])
def test_figure_reads_every_missing_form(cell, expected):
    assert figure(cell) == expected and present(cell) is (expected is not None)


def test_flag_from_a_nullable_boolean_column():
    column = pd.array([True, False, None], dtype="boolean")
    assert [flag(v) for v in column] == [True, False, None]
    assert flag(np.bool_(True)) is True and flag(None) is None and flag(np.nan) is None


@pytest.mark.parametrize("value, lang, text", [
    (1.0, "nl", "+1,0"), (-14.24, "nl", "\u221214,2"), (0.04, "nl", "0,0"), (-0.04, "en", "0.0"),
    (1234.5, "en", "+1,234.5"), (pd.NA, "nl", ""),
])
def test_signed(value, lang, text):
    assert fmt_signed(value, 1, lang) == text


def test_level_and_missing_numbers():
    assert fmt_level(0.95, "nl") == "95%" and fmt_level(0.995, "nl") == "99,5%" and fmt_level(0.9, "en") == "90%"
    assert fmt_number(pd.NA, 1, "nl") == "" and fmt_number("x", 1, "nl") == ""
