"""Pairing survey questions with reference questions by normalised text, plus the user's fixes."""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field

from ceo_desk.model.options import Overrides
from ceo_desk.model.questions import Catalogue
from ceo_desk.model.reference import ReferenceTable


@dataclass
class Matching:
    matches: dict[str, str | None]                  # question key -> reference key (or None)
    unmatched_questions: list[str] = field(default_factory=list)    # question keys
    unmatched_reference: list[str] = field(default_factory=list)    # reference keys
    suggestions: dict[str, str] = field(default_factory=dict)       # question key -> close reference key
    manual: set[str] = field(default_factory=set)                   # question keys the user set

    def reference_for(self, question_key: str) -> str | None:
        return self.matches.get(question_key)

    def sharing(self, question_key: str) -> list[str]:
        """The other question keys paired with the same reference question as ``question_key``."""
        ref = self.matches.get(question_key)
        return [k for k, v in self.matches.items() if ref and v == ref and k != question_key]


def match_reference(catalogue: Catalogue, reference: ReferenceTable | None,
                    overrides: Overrides | None = None) -> Matching:
    """Exact matches on normalised text; close wordings are only *suggested*, never paired."""
    overrides = overrides or Overrides()
    if reference is None:
        return Matching(matches={q.key: None for q in catalogue})
    ref_keys = list(reference.questions)
    matches: dict[str, str | None] = {}
    manual: set[str] = set()
    for q in catalogue:
        if q.key in overrides.reference_match:
            chosen = overrides.reference_match[q.key]
            matches[q.key] = chosen if chosen in reference.questions else None
            manual.add(q.key)
        else:
            matches[q.key] = q.key if q.key in reference.questions else None
    used = {v for v in matches.values() if v}
    share_questions = [q for q in catalogue if q.kind == "share" and q.reported]
    unmatched_q = [q.key for q in share_questions if matches.get(q.key) is None and q.key not in manual]
    unmatched_r = [k for k in ref_keys if k not in used]
    suggestions = {}
    for key in unmatched_q:
        close = difflib.get_close_matches(key, unmatched_r, n=1, cutoff=0.8)
        if close:
            suggestions[key] = close[0]
    return Matching(matches=matches, unmatched_questions=unmatched_q, unmatched_reference=unmatched_r,
                    suggestions=suggestions, manual=manual)
