"""Numbers as files write them: the separators are decided per column, never per cell, and never silently."""

from __future__ import annotations

import math

import pytest

from ceo_desk.io.numbers import read_numbers, reading_warning


def values(reading):
    return [None if math.isnan(v) else v for v in reading.values]


@pytest.mark.parametrize("cells, kwargs, want, decimal", [
    (["5.210", "12,5", "4.380"], {}, [5210.0, 12.5, 4380.0], ","),        # a decimal comma settles it: Dutch
    (["5.210", "4.380.100"], {}, [5210.0, 4380100.0], ","),                # groups of three: thousands
    (["0.76", "0.81"], {}, [0.76, 0.81], "."),                             # leading zero: a fraction
    (["5,210", "0.5"], {}, [5210.0, 0.5], "."),                            # beside a decimal point: thousands
    (["1.234,5", "7"], {}, [1234.5, 7.0], ","),
    (["1,234.5", "7"], {}, [1234.5, 7.0], "."),
    (["76%", "76,0 %", "0,5%"], {}, [76.0, 76.0, 0.5], ","),
    (["5.210"], {"whole": True}, [5210.0], ","),                           # a count cannot be 5.21
    (["5,210"], {"whole": True}, [5210.0], "."),
    (["5.210"], {"hint": ","}, [5210.0], ","),                             # a ;-CSV writes Dutch
    (["5.210"], {"hint": "."}, [5.21], "."),                               # a ,-CSV writes English
    (["3.000"], {}, [3000.0], ","),                                        # issue 8: to_numbers gave 3.0
    (["−4,5", "+2"], {}, [-4.5, 2.0], ","),
    ([5210.0, "5.210", None, ""], {}, [5210.0, 5210.0, None, None], ","),
])
def test_column_decides(cells, kwargs, want, decimal):
    reading = read_numbers(cells, **kwargs)
    assert values(reading) == want and reading.decimal == decimal


def test_nothing_in_the_column_settles_it_and_a_warning_says_how_it_was_read():
    reading = read_numbers(["5.210", "4.380"])
    assert values(reading) == [5210.0, 4380.0]
    text = str(reading_warning("r.csv", "Score", reading))
    assert "r.csv" in text and "'Score'" in text and "'5.210'" in text and "5210" in text
    dutch = read_numbers(["5,210"], hint=",")
    assert values(dutch) == [5.21] and "5.21" in str(reading_warning("r.csv", "x", dutch))
    assert reading_warning("r.csv", "x", read_numbers(["5.210", "12,5"])) is None      # settled: nothing to say


def test_two_notations_in_one_column_are_not_numbers_and_are_named():
    reading = read_numbers(["1.234,5", "2.345,5", "3.75"])
    assert values(reading)[:2] == [1234.5, 2345.5] and values(reading)[2] is None and not reading.all_numeric
    assert "'3.75'" in str(reading_warning("r.csv", "x", reading))


def test_text_is_not_a_number():
    reading = read_numbers(["veel", "12", None])
    assert values(reading) == [None, 12.0, None] and reading.not_numbers() == ["veel"]
