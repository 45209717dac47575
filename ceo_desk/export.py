"""The results table as users get it, written to .csv, .xlsx or .json (atomically, never over an
input file, with no cell a spreadsheet would run as a formula)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable

import pandas as pd

from ceo_desk.atomic_write import check_not_input, write_atomic, write_error
from ceo_desk.csv_table import write_results_csv
from ceo_desk.formula_guard import write_xlsx_text_safe
from ceo_desk.i18n import tr
from ceo_desk.model.errors import InputError

EXPORT_FORMATS = {".csv": "CSV", ".xlsx": "Excel", ".json": "JSON"}


def _json_ready(frame: pd.DataFrame) -> list[dict]:
    records = []
    for row in frame.astype(object).where(frame.notna(), None).to_dict(orient="records"):
        records.append({k: (v.item() if hasattr(v, "item") else v) for k, v in row.items()})
    return records


#: Percentages and means: four decimals are far below any margin of error, and keep big exports fast.
ROUNDED_COLUMNS = ("percent", "ci_low", "ci_high", "margin", "ref_percent", "diff_ref", "diff_prev", "mean",
                   "mean_ci_low", "mean_ci_high", "sd", "n_eff")
INTERNAL_COLUMNS = ("question_key",)


def results_for_export(frame: pd.DataFrame) -> pd.DataFrame:
    """The results table as users get it: internal keys dropped, percentages to 4 decimals."""
    out = frame.drop(columns=[c for c in INTERNAL_COLUMNS if c in frame])
    rounded = {c: out[c].round(4) for c in ROUNDED_COLUMNS if c in out}
    return out.assign(**rounded)


def with_note_text(frame: pd.DataFrame, lang: str, reference: str | None = None) -> pd.DataFrame:
    """The results with their note codes (``ceo_desk.stats.notes``) written out in ``lang``, naming the
    reference group ``reference`` (the user's name for it; None: the default wording)."""
    if "note" not in frame:
        return frame
    from ceo_desk.stats.notes import notes_text
    return frame.assign(note=pd.array(notes_text(frame["note"], lang, reference), dtype="string"))


def export_table(frame: pd.DataFrame, target: Path | str, inputs: Iterable[Path | str | None] = (),
                 lang: str = "nl", reference: str | None = None) -> Path:
    """Results to .csv (UTF-8 with BOM, so Excel opens it), .xlsx (sheet named in ``lang``) or .json, atomically.

    Never over one of ``inputs``; texts that a spreadsheet would run as formulas are written as text.
    The notes name the reference group ``reference`` (the user's name for it).
    """
    target = Path(target)
    suffix = target.suffix.lower()
    if suffix not in EXPORT_FORMATS:
        raise InputError(target, key="err.core.export_format", params={"suffix": suffix or "(…)"},
                         action_key="err.core.export_format_action")
    check_not_input(target, inputs)
    frame = with_note_text(frame, lang, reference)
    try:
        if suffix == ".csv":
            return write_atomic(target, lambda p: write_results_csv(frame, p))
        if suffix == ".xlsx":
            sheet = tr("files.sheet_results", lang)
            return write_atomic(target, lambda p: write_xlsx_text_safe(frame, p, sheet))
        text = json.dumps(_json_ready(frame), ensure_ascii=False, indent=1)
        return write_atomic(target, lambda p: p.write_text(text, encoding="utf-8"))
    except OSError as err:
        raise write_error(target, err) from None
