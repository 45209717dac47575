"""Checks of a project document, field by field, before any of it is used.

A project file may be damaged or edited by hand. Each field is checked for its type and range, and a
wrong one is reported in the user's words: which setting, what it holds, what it should hold. No
Python text (``AttributeError``, "unsupported operand") reaches the user.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ceo_desk.model.errors import InputError
from ceo_desk.model.options import ADJUSTMENTS
from ceo_desk.model.scales import Role

_ROLES = {r.value for r in Role}


def _show(value: Any) -> str:
    text = repr(value) if not isinstance(value, str) else f"'{value}'"
    return text if len(text) <= 40 else text[:39] + "…"


class _Checker:
    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, field: str, value: Any, expect: str, **params) -> InputError:
        return InputError(self.path, key=f"err.hostile.project_expect_{expect}",
                          params={"field": field, "value": _show(value), **params},
                          action_key="err.hostile.project_action")

    def kind(self, field: str, value: Any, types: tuple, expect: str, optional: bool = True) -> None:
        if value is None and optional:
            return
        if isinstance(value, bool) and bool not in types or not isinstance(value, types):
            raise self.fail(field, value, expect)

    def number(self, field: str, value: Any, low: float, high: float, integer: bool = False,
               high_open: bool = False, low_open: bool = False) -> None:
        expect = "integer_range" if integer else "number_range"
        types = (int,) if integer else (int, float)
        if value is None or isinstance(value, bool) or not isinstance(value, types) or value != value:
            raise self.fail(field, value, expect, low=low, high=high)
        if value < low or value > high or (high_open and value == high) or (low_open and value == low):
            raise self.fail(field, value, expect, low=low, high=high)


def _check_source(c: _Checker, field: str, data: Any) -> None:
    c.kind(field, data, (dict,), "object", optional=False)
    c.kind(f"{field}.path", data.get("path"), (str,), "text", optional=False)
    c.kind(f"{field}.absolute_path", data.get("absolute_path"), (str,), "text")
    c.kind(f"{field}.sha256", data.get("sha256"), (str,), "text")
    if data.get("year") is not None:
        c.number(f"{field}.year", data["year"], 1990, 2100, integer=True)


def _check_options(c: _Checker, data: Any) -> None:
    c.kind("options", data, (dict,), "object")
    data = data or {}
    if "confidence" in data:
        c.number("options.confidence", data["confidence"], 0.5, 1, high_open=True)
    if "alpha" in data:
        c.number("options.alpha", data["alpha"], 0, 0.5, low_open=True, high_open=True)
    for name in ("min_n_test", "min_n_report"):
        if name in data:
            c.number(f"options.{name}", data[name], 1, 1_000_000, integer=True)
    if data.get("min_n_report", 10) > data.get("min_n_test", 30):
        raise c.fail("options.min_n_report", data.get("min_n_report", 10), "at_most_min_n_test")
    for name in ("by", "weight"):
        c.kind(f"options.{name}", data.get(name), (str,), "text")
    if data.get("adjust") is not None and data["adjust"] not in ADJUSTMENTS:
        raise c.fail("options.adjust", data["adjust"], "one_of", choices=", ".join(ADJUSTMENTS))
    c.kind("options.ref_includes_self", data.get("ref_includes_self"), (bool,), "yes_no")
    _check_pairs(c, data)
    if data.get("lang") is not None and data["lang"] not in ("nl", "en"):
        raise c.fail("options.lang", data["lang"], "one_of", choices="nl, en")


def _check_pairs(c: _Checker, data: dict) -> None:
    """population: [[year, clients], ...]; targets: [[question, percent], ...] (issue 10)."""
    for name in ("population", "targets"):
        pairs = data.get(name)
        c.kind(f"options.{name}", pairs, (list,), "list")
        for i, pair in enumerate(pairs or []):
            field = f"options.{name}[{i}]"
            c.kind(field, pair, (list,), "list", optional=False)
            if len(pair) != 2:
                raise c.fail(field, pair, "list")
            if name == "population":
                c.number(f"{field}[0]", pair[0], 1990, 2100, integer=True)
                c.number(f"{field}[1]", pair[1], 1, 100_000_000, integer=True)
            else:
                c.kind(f"{field}[0]", pair[0], (str,), "text", optional=False)
                c.number(f"{field}[1]", pair[1], 0, 100)


def _check_overrides(c: _Checker, data: Any) -> None:
    c.kind("overrides", data, (dict,), "object")
    data = data or {}
    matches = data.get("reference_match")
    c.kind("overrides.reference_match", matches, (dict,), "object")
    for key, value in (matches or {}).items():
        c.kind(f"overrides.reference_match.{key}", value, (str,), "text")
    roles = data.get("roles")
    c.kind("overrides.roles", roles, (dict,), "object")
    for key, labels in (roles or {}).items():
        c.kind(f"overrides.roles.{key}", labels, (dict,), "object", optional=False)
        for label, role in labels.items():
            if role not in _ROLES:
                raise c.fail(f"overrides.roles.{key}.{label}", role, "one_of", choices=", ".join(sorted(_ROLES)))
    skipped = data.get("not_question")
    c.kind("overrides.not_question", skipped, (list,), "list")
    for i, key in enumerate(skipped or []):
        c.kind(f"overrides.not_question[{i}]", key, (str,), "text", optional=False)


def check_document(data: dict, path: Path) -> None:
    """Raise ``InputError`` for the first field of the project document that has a wrong type or value."""
    c = _Checker(path)
    surveys = data.get("surveys")
    c.kind("surveys", surveys, (list,), "list")
    for i, source in enumerate(surveys or []):
        _check_source(c, f"surveys[{i}]", source)
    if data.get("reference") is not None:
        _check_source(c, "reference", data["reference"])
    _check_options(c, data.get("options"))
    _check_overrides(c, data.get("overrides"))
    report = data.get("report")
    c.kind("report", report, (dict,), "object")
    c.kind("report.title", (report or {}).get("title"), (str,), "text")
    c.kind("report.reference_name", (report or {}).get("reference_name"), (str,), "text")
