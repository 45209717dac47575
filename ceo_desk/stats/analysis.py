"""The outcome of an analysis: the files, the questions, the counts and the results table."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from ceo_desk.model.errors import Notice
from ceo_desk.model.matching import Matching
from ceo_desk.model.options import AnalysisOptions, Overrides
from ceo_desk.model.questions import Catalogue
from ceo_desk.model.reference import ReferenceTable
from ceo_desk.model.scales import normalise_label
from ceo_desk.model.survey import Survey
from ceo_desk.stats.counts import AnswerCounts


@dataclass
class Analysis:
    """Everything an analysis produced; the report and the window read from here."""
    surveys: list[Survey]
    reference: ReferenceTable | None
    options: AnalysisOptions
    overrides: Overrides
    catalogue: Catalogue
    matching: Matching
    counts: AnswerCounts
    results: pd.DataFrame
    breakdown: Any = None       # BreakdownInfo with --by (ceo_desk.stats.breakdown): the groups and their n
    #: counts and analyses of these same files, shared by every re-analysis of them (``services.reanalyse``):
    #: switching the breakdown back and forth counts each grouping once and returns to one seen at once
    reuse: dict = field(default_factory=dict, repr=False, compare=False)

    @property
    def years(self) -> list[int]:
        return list(self.counts.years)

    @property
    def municipality(self) -> str | None:
        names = [s.municipality for s in self.surveys if s.municipality]
        return max(set(names), key=names.count) if names else None

    @property
    def warnings(self) -> list[Notice]:
        out = [w for s in self.surveys for w in s.warnings if not self._is_the_weight(w)]
        for path, count in self.counts.weight_left_out.items():
            out.append(Notice(path, "io_import.weight_left_out", {"count": count}, column=self.counts.weight))
        if self.reference is not None:
            out += self.reference.warnings
            where = self.reference.path.name if self.reference.path else ""
            for key in self.matching.unmatched_questions:
                hint = self.matching.suggestions.get(key)
                params = {"question": self.catalogue.by_key(key).text, "reference": where}
                if hint:
                    out.append(Notice(None, "warn.core.unmatched_hint", {**params, "hint": self.reference.questions[hint]}))
                else:
                    out.append(Notice(None, "warn.core.unmatched", params))
            for key in self.matching.unmatched_reference:
                out.append(Notice(None, "warn.core.reference_unused", {"question": self.reference.questions[key]}))
        return out

    def _is_the_weight(self, notice: Notice) -> bool:
        """The load-time note "numbers not counted: if a weight, give it with --weight" about the column that
        is the weight now: said already, so left out."""
        weight = self.counts.weight
        return (weight is not None and notice.key == "io_import.column_other" and notice.column is not None
                and normalise_label(notice.column) == normalise_label(weight))

    def n_by_year(self) -> dict[int, int]:
        totals: dict[int, int] = {}
        for s in self.surveys:
            for y, n in s.n_by_year().items():
                totals[y] = totals.get(y, 0) + n
        return dict(sorted(totals.items()))

    @property
    def reference_in_whole_percent(self) -> bool:
        """Every reference percentage a whole number: the true value lies within ±0.5 percentage point."""
        from ceo_desk.stats.results import whole_percentages
        return self.reference is not None and whole_percentages(self.reference)
