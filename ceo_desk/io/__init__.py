"""Reading survey files (SPSS, Excel, CSV) and reference tables."""

from pathlib import Path

from ceo_desk.io.classify import build_survey
from ceo_desk.io.reference import read_reference
from ceo_desk.io.registry import READERS, SUPPORTED_EXTENSIONS, dialog_filter, read_raw
from ceo_desk.model.survey import Survey


def read_survey(path: Path | str, year: int | None = None, header_row: int | None = None) -> Survey:
    """Read and classify one survey file; raises InputError with a user message on bad input."""
    return build_survey(read_raw(Path(path), header_row=header_row), year=year)


__all__ = ["read_survey", "read_reference", "READERS", "SUPPORTED_EXTENSIONS", "dialog_filter"]
