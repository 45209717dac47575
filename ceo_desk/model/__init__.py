"""Plain domain objects: scales, questions, surveys, reference tables, results, errors.

The names below load on first use (PEP 562), so ``import ceo_desk.model.errors`` (the command
line, the window) does not pull in pandas and numpy before they are needed.
"""

from importlib import import_module

_WHERE = {
    "CeoDeskError": "errors", "InputError": "errors",
    "SCALES": "scales", "Scale": "scales", "Role": "scales", "normalise_label": "scales", "normalise_text": "scales",
    "Column": "survey", "ColumnKind": "survey", "Survey": "survey",
    "Question": "questions", "Catalogue": "questions",
    "ReferenceTable": "reference",
    "AnalysisOptions": "options", "Overrides": "options",
}

__all__ = list(_WHERE)


def __getattr__(name: str):
    if name in _WHERE:
        value = getattr(import_module(f"ceo_desk.model.{_WHERE[name]}"), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'ceo_desk.model' has no attribute {name!r}")
