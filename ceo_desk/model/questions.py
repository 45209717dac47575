"""Questions linked across files and years by their normalised text."""

from __future__ import annotations

from dataclasses import dataclass, field

from ceo_desk.model.options import Overrides
from ceo_desk.model.scales import SCALES, Role, normalise_label, normalise_text
from ceo_desk.model.survey import ColumnKind, Survey

_COUNTED = (ColumnKind.QUESTION, ColumnKind.GRADE, ColumnKind.UNRECOGNISED)


def _question_key(col) -> str:
    """Normalised question text; a grade column named like one ('rapportcijfer') links by name,
    because files label the same grade differently ('Welk rapportcijfer geeft u ...?')."""
    if col.kind is ColumnKind.GRADE:
        name = normalise_text(col.name)
        if any(word in name for word in _GRADE_NAMES):
            return name
    return normalise_text(col.text)


_GRADE_NAMES = ("cijfer", "grade")


@dataclass
class Question:
    id: str                                   # "Q1", "Q2" ... in order of first appearance
    key: str                                  # normalised text: the link across files
    text: str
    kind: str                                 # "share" (percent positive) or "mean" (grade)
    scale: str | None                         # scale key, "custom" after the user assigned roles
    categories: list[str] = field(default_factory=list)
    roles: dict[str, Role] = field(default_factory=dict)    # category -> role
    user_missing: set[str] = field(default_factory=set)      # declared missing in some file
    sources: list[tuple[int, str]] = field(default_factory=list)  # (survey index, column name)
    recognised: bool = True
    ignored: bool = False                     # the user said: not a question

    @property
    def reported(self) -> bool:
        if self.ignored:
            return False
        if self.kind == "mean":
            return True
        return self.recognised and any(r is Role.POSITIVE for r in self.roles.values())

    def labels_with(self, role: Role) -> list[str]:
        return [c for c in self.categories if self.role_of(c) is role]

    def role_of(self, category: str) -> Role:
        if category in self.user_missing:
            return Role.EXCLUDED
        return self.roles.get(category, Role.EXCLUDED)


@dataclass
class Catalogue:
    questions: list[Question]

    def __iter__(self):
        return iter(self.questions)

    def __len__(self) -> int:
        return len(self.questions)

    def by_id(self, qid: str) -> Question:
        for q in self.questions:
            if q.id == qid:
                return q
        raise KeyError(qid)

    def by_key(self, key: str) -> Question | None:
        for q in self.questions:
            if q.key == key:
                return q
        return None

    def reported(self) -> list[Question]:
        return [q for q in self.questions if q.reported]

    def unrecognised(self) -> list[Question]:
        return [q for q in self.questions if not q.recognised and not q.ignored]

    def find(self, text_or_id: str) -> Question | None:
        """By id (case-insensitive), by normalised text, or by a unique normalised substring."""
        needle = text_or_id.strip()
        for q in self.questions:
            if q.id.casefold() == needle.casefold():
                return q
        key = normalise_text(needle)
        exact = self.by_key(key)
        if exact:
            return exact
        hits = [q for q in self.questions if key and key in q.key]
        return hits[0] if len(hits) == 1 else None

    @classmethod
    def build(cls, surveys: list[Survey], overrides: Overrides | None = None) -> "Catalogue":
        overrides = overrides or Overrides()
        questions: dict[str, Question] = {}
        for index, survey in enumerate(surveys):
            for col in survey.columns:
                if col.kind not in _COUNTED:
                    continue
                key = _question_key(col)
                q = questions.get(key)
                if q is None:
                    q = Question(
                        id=f"Q{len(questions) + 1}", key=key, text=col.text.strip(),
                        kind="mean" if col.kind is ColumnKind.GRADE else "share",
                        scale=col.scale if col.kind is ColumnKind.QUESTION else None,
                        recognised=col.kind is not ColumnKind.UNRECOGNISED,
                    )
                    questions[key] = q
                elif len(col.text) > len(q.text) and normalise_text(q.text) == key:
                    q.text = col.text.strip()      # a grade first seen by its bare column name
                if col.kind is ColumnKind.UNRECOGNISED:
                    q.recognised = False
                elif q.scale and col.scale and q.scale != col.scale:
                    q.scale = "mixed"
                q.sources.append((index, col.name))
                known = {normalise_label(c) for c in q.categories}
                for cat in col.categories:
                    if normalise_label(cat) not in known:
                        q.categories.append(cat)
                        known.add(normalise_label(cat))
                for cat in col.categories:
                    if col.scale in SCALES:
                        q.roles.setdefault(cat, SCALES[col.scale].role_of(cat))
                q.user_missing |= set(col.user_missing)
        for q in questions.values():
            if q.scale in SCALES:
                order = {c: i for i, c in enumerate(SCALES[q.scale].categories)}
                q.categories.sort(key=lambda c: order.get(c, len(order)))
            custom = overrides.roles.get(q.key)
            if custom:
                q.roles = {c: custom.get(c, q.roles.get(c, Role.EXCLUDED)) for c in q.categories}
                q.scale = "custom" if not q.recognised or q.scale is None else q.scale
                q.recognised = True
            q.ignored = q.key in overrides.not_question
        return cls(list(questions.values()))
