"""Reading survey files (SPSS, Excel, CSV) and reference tables.

The names below are imported when first used (PEP 562), so that a reader (``io.sav``, ``io.prefetch``)
can be imported without pandas and the classification: a large SPSS file starts reading while the
rest of the program is still being imported.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ceo_desk.io.classify import build_survey
    from ceo_desk.io.reference import read_reference
    from ceo_desk.io.registry import READERS, SUPPORTED_EXTENSIONS, dialog_filter, read_raw
    from ceo_desk.model.survey import Survey

_HOMES = {"build_survey": "ceo_desk.io.classify", "read_reference": "ceo_desk.io.reference",
          "READERS": "ceo_desk.io.registry", "SUPPORTED_EXTENSIONS": "ceo_desk.io.registry",
          "dialog_filter": "ceo_desk.io.registry", "read_raw": "ceo_desk.io.registry"}


def __getattr__(name: str):
    if name not in _HOMES:
        raise AttributeError(f"module 'ceo_desk.io' has no attribute {name!r}")
    value = getattr(importlib.import_module(_HOMES[name]), name)
    globals()[name] = value
    return value


def read_survey(path: Path | str, year: int | None = None, header_row: int | None = None) -> Survey:
    """Read and classify one survey file; raises InputError with a user message on bad input."""
    from ceo_desk.io.classify import build_survey
    from ceo_desk.io.registry import read_raw

    return build_survey(read_raw(Path(path), header_row=header_row), year=year)


__all__ = ["read_survey", "read_reference", "READERS", "SUPPORTED_EXTENSIONS", "dialog_filter"]
