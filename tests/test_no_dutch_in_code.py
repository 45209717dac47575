"""Every Dutch text the user sees comes from a catalogue: the core's from ``ceo_desk/texts/`` (so the
English mode has its own), the window's through Qt's ``tr()``/``translate()`` (``resources/i18n``).

The check reads the source: every string literal (docstrings aside) that holds a Dutch word fails,
unless it is a text key, or it stands in one of the named vocabularies below, which hold the words
the program *reads* in Dutch files and answers (scale labels, column names, masking grammar); those
are never shown as the program's own words.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import ceo_desk
from ceo_desk.texts import all_texts

PACKAGE = Path(ceo_desk.__file__).resolve().parent

# Dutch words that are not also English words (so 'is', 'en', 'over', 'in' are not here).
DUTCH_WORDS = frozenset("""
    het de een niet geen bestand bestanden kolom kolommen kies controleer dit deze vraag vragen rijen waarden
    bevat naam opnieuw gebruik zijn wordt van voor naar ontbreekt fout bij heeft staat met dat die te om als ook
    maar nog wel geschreven jaar jaren gemeente referentiegroep rapport cijfer antwoorden antwoord tabel toets
    getoetst positief indicatief getoond tot uit schrijf bijvoorbeeld kan openen opslaan annuleren instellingen
    resultaten exporteren gewogen groep groepen onbekend leeg lege ongeldig waarde regel
""".split())

KEYS = frozenset(all_texts())
# names of the files the package ships (the demo data, the masking word lists): names, not texts
RESOURCE_NAMES = frozenset(p.name for p in (PACKAGE / "resources").rglob("*") if p.is_file())

# module -> top-level names whose strings are vocabulary for reading Dutch input, with why.
VOCABULARIES = {
    "model/scales.py": {"FREQUENCY", "AGREEMENT", "QUALITY", "SATISFACTION", "YES_NO", "_MISSING",
                        "_MISSING_ALIASES", "_NVT_ALIASES"},                   # answer labels in the files
    "model/questions.py": {"_GRADE_NAMES"},                                      # column names of the grade
    "model/groups.py": {"REFERENCE_GROUP_HEADERS", "EVERYONE"},                  # group headers and names
    "io/classify.py": {"_YEAR_NAMES", "_GRADE_WORDS", "_METADATA_WORDS", "_OPEN_HEADER", "build_survey"},
    "io/plausible.py": {"_PREFERRED"},                                           # sheet names
    "io/reference.py": {"_WORDS", "_NOT_A_ROLE"},                                # reference-table headers
    "io/reference_group_columns.py": {"TARGET_GROUP_WORDS", "NOT_A_GROUP", "GROUP_HEADER", "EVERYONE_NAME"},
    "io/reference_grades.py": {"MEAN_WORDS", "SD_WORDS"},                        # headers of the grade's mean, SD
    "io/targets.py": {"_QUESTION_WORDS", "_TARGET_WORDS"},                       # targets-file headers
    "stats/groups.py": {"GROUP_KINDS"},                                          # group column names
    "report/sentences.py": {"rest_word"},                                        # a group kind's name
    "i18n.py": {"municipality_label"},                                           # 'Gemeente X' as given
    "openanswers/themes.py": {"DEFAULT_THEMES"},         # words in Dutch answers (names shown via oa.theme.*)
    "openanswers/masking.py": {"KINDS", "_BIRTH_DATE", "_IBAN_LENGTHS", "_LIVE_ON", "_NEVER", "_NameFinder",
                               "_PARTICLES", "_STREET_LEAD", "_TITLES", "_UNITS", "_VERBS_AFTER_NAME",
                               "_WRITTEN_DATE"},                                 # Dutch grammar around names
}

QT_TRANSLATE = {"tr", "translate", "QT_TR_NOOP", "QT_TRANSLATE_NOOP"}


def _dutch(text: str) -> list[str]:
    if text in KEYS or text in RESOURCE_NAMES:
        return []
    return [w for w in re.findall(r"[a-zà-ÿ]+", text.lower()) if w in DUTCH_WORDS]


def _docstrings(tree: ast.AST) -> set[int]:
    return {id(node.body[0].value) for node in ast.walk(tree)
            if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
            and node.body and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}


def _name_of(statement: ast.stmt) -> str:
    if isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return statement.name
    if isinstance(statement, ast.Assign):
        return ast.unparse(statement.targets[0])
    if isinstance(statement, ast.AnnAssign):
        return ast.unparse(statement.target)
    return ""


def _translated(tree: ast.AST) -> set[int]:
    """The string constants inside a Qt tr()/translate() call."""
    inside = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in QT_TRANSLATE:
                inside |= {id(c) for c in ast.walk(node) if isinstance(c, ast.Constant)}
    return inside


def dutch_literals(source: str, allowed_names: set[str] = frozenset(), qt: bool = False) -> list[tuple[int, str]]:
    tree = ast.parse(source)
    skip = _docstrings(tree) | (_translated(tree) if qt else set())
    found = []
    for statement in tree.body:
        if _name_of(statement) in allowed_names:
            continue
        for node in ast.walk(statement):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip \
                    and _dutch(node.value):
                found.append((node.lineno, node.value))
    return found


def test_the_check_finds_what_it_looks_for():
    assert dutch_literals('raise ValueError("kolom niet gevonden")') == [(1, "kolom niet gevonden")]
    assert dutch_literals('x = f"{name}: schrijf JAAR=N"') == [(1, ": schrijf JAAR=N")]
    assert dutch_literals('"""Docstring over de kolom."""\nKEY = "cli.col.year"\nX = "Column not found"') == []
    assert dutch_literals('WORDS = ("jaar", "gemeente")', {"WORDS"}) == []
    assert dutch_literals('self.tr("Rapport opslaan")', qt=True) == []
    assert dutch_literals('name = "resultaten.xlsx"', qt=True) == [(1, "resultaten.xlsx")]


def test_no_dutch_literal_in_the_core_outside_the_text_catalogue():
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE).as_posix()
        if relative.startswith(("texts/", "gui/")):
            continue
        found += [f"{relative}:{line}: {text!r}"
                  for line, text in dutch_literals(path.read_text(encoding="utf-8"), VOCABULARIES.get(relative, set()))]
    assert not found, "Dutch outside ceo_desk/texts/ (add a key there):\n" + "\n".join(found)


def test_the_window_speaks_dutch_only_through_qt_translations():
    found = []
    for path in sorted((PACKAGE / "gui").rglob("*.py")):
        relative = path.relative_to(PACKAGE).as_posix()
        found += [f"{relative}:{line}: {text!r}" for line, text in dutch_literals(path.read_text(encoding="utf-8"), qt=True)]
    assert not found, "Dutch in the window outside self.tr()/translate():\n" + "\n".join(found)


def test_the_named_vocabularies_still_exist():
    """A renamed vocabulary must not leave a stale exemption behind."""
    for relative, names in VOCABULARIES.items():
        tree = ast.parse((PACKAGE / relative).read_text(encoding="utf-8"))
        assert names <= {_name_of(s) for s in tree.body}, relative
