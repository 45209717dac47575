"""Plain domain objects: scales, questions, surveys, reference tables, results, errors."""

from ceo_desk.model.errors import CeoDeskError, InputError
from ceo_desk.model.scales import SCALES, Scale, Role, normalise_label, normalise_text
from ceo_desk.model.survey import Column, ColumnKind, Survey
from ceo_desk.model.questions import Question, Catalogue
from ceo_desk.model.reference import ReferenceTable
from ceo_desk.model.options import AnalysisOptions, Overrides

__all__ = [
    "CeoDeskError", "InputError", "SCALES", "Scale", "Role", "normalise_label", "normalise_text",
    "Column", "ColumnKind", "Survey", "Question", "Catalogue", "ReferenceTable",
    "AnalysisOptions", "Overrides",
]
