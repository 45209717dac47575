"""Analysis settings and the user's corrections to what the import proposed."""

from __future__ import annotations

from dataclasses import dataclass, field

from ceo_desk.model.scales import Role

ADJUSTMENTS = ("none", "holm", "fdr_bh")
#: "year": one family per report year and kind of comparison (reference, previous year, target), per
#: group set; "all": every test of the table in one family.
ADJUST_FAMILIES = ("year", "all")


@dataclass(frozen=True)
class AnalysisOptions:
    confidence: float = 0.95
    alpha: float = 0.05
    min_n_test: int = 30
    min_n_report: int = 10
    by: str | None = None                 # metadata column: one row per group
    weight: str | None = None             # weight column: weighted share, Kish effective n
    adjust: str = "none"                  # multiple-testing correction
    adjust_family: str = "year"           # which tests form one family (ADJUST_FAMILIES)
    ref_includes_self: bool = False       # reference group contains this municipality: subtract it
    population: tuple[tuple[int, int], ...] = ()      # (year, clients who received support): FPC
    targets: tuple[tuple[str, float], ...] = ()       # (question id or text, target percent)
    lang: str = "nl"

    def __post_init__(self) -> None:
        if not 0.5 <= self.confidence < 1:
            raise ValueError("confidence must be between 0.5 and 1 (e.g. 0.95)")
        if not 0 < self.alpha < 0.5:
            raise ValueError("alpha must be between 0 and 0.5 (e.g. 0.05)")
        if self.min_n_report < 1 or self.min_n_test < self.min_n_report:
            raise ValueError("need 1 <= min_n_report <= min_n_test")
        if self.adjust not in ADJUSTMENTS:
            raise ValueError(f"adjust must be one of {', '.join(ADJUSTMENTS)}")
        if self.adjust_family not in ADJUST_FAMILIES:
            raise ValueError(f"adjust_family must be one of {', '.join(ADJUST_FAMILIES)}")
        # a project file or a settings store gives lists or a dict: keep hashable, sorted pairs
        population = tuple(sorted((int(y), int(n)) for y, n in _pairs(self.population)))
        if any(n < 1 for _, n in population) or len({y for y, _ in population}) < len(population):
            raise ValueError("population: one positive number of clients per year")
        targets = tuple((str(q), float(t)) for q, t in _pairs(self.targets))
        if any(not 0 <= t <= 100 for _, t in targets):
            raise ValueError("target: a percentage between 0 and 100")
        object.__setattr__(self, "population", population)
        object.__setattr__(self, "targets", targets)

    def population_of(self, year: int) -> int | None:
        return dict(self.population).get(int(year))


def _pairs(value) -> list:
    return list(value.items()) if isinstance(value, dict) else [tuple(pair) for pair in value]


@dataclass
class Overrides:
    """What the user fixed by hand; keys are question keys (normalised question text)."""

    reference_match: dict[str, str | None] = field(default_factory=dict)  # None = no reference
    roles: dict[str, dict[str, Role]] = field(default_factory=dict)       # label -> role
    not_question: set[str] = field(default_factory=set)
    # reference-table layouts the user confirmed in the import dialog, by header row (io.reference):
    # signature -> {"columns": {role: column letter}, "header_row": N}; next year's file reads the same
    layouts: dict[str, dict] = field(default_factory=dict)

    def to_json(self) -> dict:
        return {
            "layouts": {k: dict(v) for k, v in self.layouts.items()},
            "reference_match": dict(self.reference_match),
            "roles": {k: {label: Role(role).value for label, role in v.items()} for k, v in self.roles.items()},
            "not_question": sorted(self.not_question),
        }

    @classmethod
    def from_json(cls, data: dict) -> "Overrides":
        return cls(
            reference_match=dict(data.get("reference_match", {})),
            roles={k: {label: Role(r) for label, r in v.items()} for k, v in data.get("roles", {}).items()},
            not_question=set(data.get("not_question", [])),
            layouts={k: dict(v) for k, v in data.get("layouts", {}).items()},
        )
