"""What the user chose for a report: title, language, which years and questions, date, splitting."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass

from ceo_desk.i18n import LANGUAGES

SPLITS = (None, "question", "year")


@dataclass(frozen=True)
class ReportOptions:
    title: str | None = None                  # None: "Cliëntervaringsonderzoek Jeugd <gemeente> <jaren>"
    lang: str = "nl"
    years: tuple[int, ...] | None = None      # None: every year in the analysis
    questions: tuple[str, ...] | None = None  # question ids ("Q3"); None: every reported question
    date: dt.date | None = None               # None: SOURCE_DATE_EPOCH, else today
    split: str | None = None                  # None, "question" or "year": one PDF each, in a folder
    reference_name: str | None = None         # what the reference group is called; None: "Referentiegroep"
    open_answers: bool = False                # an appendix with the open answers (masked), themes and quotes
    themes: tuple | None = None               # the themes of that appendix (openanswers.Theme); None: defaults

    def __post_init__(self) -> None:
        if self.lang not in LANGUAGES:
            raise ValueError(f"lang must be one of {', '.join(LANGUAGES)}")
        if self.split not in SPLITS:
            raise ValueError("split must be None, 'question' or 'year'")

    def report_date(self) -> dt.date:
        """The date printed on the cover; fixed by ``date`` or SOURCE_DATE_EPOCH for reproducible builds."""
        if self.date is not None:
            return self.date
        epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
        if epoch.isdigit():
            return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc).date()
        return dt.date.today()
