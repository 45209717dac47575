"""The project file: which files were analysed, how, and what the user corrected, as readable JSON.

A project remembers each source file by its path (relative to the project file when possible, so a
folder can be moved as a whole) and its SHA-256 checksum, so that reopening can tell a file that
changed or moved. No Qt here: the window and any future command share this logic.
"""

from __future__ import annotations

import dataclasses
import json
import os
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from ceo_desk import __version__
from ceo_desk.atomic_write import write_atomic
from ceo_desk.io.classify import file_checksum
from ceo_desk.io.guards import check_regular_file
from ceo_desk.model.errors import InputError
from ceo_desk.model.options import AnalysisOptions, Overrides
from ceo_desk.openanswers.themes import Theme

FORMAT = "ceo-desk-project"
FORMAT_VERSION = 1
SUFFIX = ".ceoproj.json"


@dataclass
class SourceFile:
    """A survey or reference file as the project knows it."""
    path: Path
    checksum: str = ""
    year: int | None = None          # the year the user gave for a file that does not say


@dataclass
class SourceProblem:
    source: SourceFile
    kind: str                        # "missing" or "changed"

    @property
    def missing(self) -> bool:
        return self.kind == "missing"


@dataclass
class Project:
    surveys: list[SourceFile] = field(default_factory=list)
    reference: SourceFile | None = None
    options: AnalysisOptions = field(default_factory=AnalysisOptions)
    overrides: Overrides = field(default_factory=Overrides)
    report_title: str = ""
    reference_name: str = ""          # what reports call the reference group; "" = "Referentiegroep"
    location: Path | None = None      # the project file this was read from
    themes: list | None = None       # the open answers' theme list (openanswers.Theme); None: the defaults

    @property
    def sources(self) -> list[SourceFile]:
        return self.surveys + ([self.reference] if self.reference else [])

    @property
    def years(self) -> dict[str, int]:
        """File path -> year, for the files whose year the user gave (``services.load_files(years=)``)."""
        return {str(s.path): s.year for s in self.surveys if s.year is not None}


def project_from(surveys, reference, options: AnalysisOptions, overrides: Overrides,
                 years: dict[str, int] | None = None, report_title: str = "", themes: list | None = None,
                 reference_name: str = "") -> Project:
    """A project from loaded ``Survey`` objects and a ``ReferenceTable`` (checksums taken from them)."""
    years = years or {}
    return Project(
        surveys=[SourceFile(Path(s.path), s.checksum, years.get(str(s.path))) for s in surveys],
        reference=SourceFile(Path(reference.path), reference.checksum) if reference is not None and reference.path else None,
        options=options, overrides=overrides, report_title=report_title, reference_name=reference_name,
        themes=list(themes) if themes is not None else None)


def _relative(path: Path, base: Path) -> str:
    try:
        return Path(os.path.relpath(path.resolve(), base.resolve())).as_posix()
    except ValueError:              # another drive on Windows
        return path.resolve().as_posix()


def _source_json(source: SourceFile, base: Path) -> dict:
    data = {"path": _relative(source.path, base), "absolute_path": str(Path(source.path).resolve()),
            "sha256": source.checksum}
    if source.year is not None:
        data["year"] = source.year
    return data


def to_json(project: Project, location: Path) -> dict:
    base = Path(location).parent
    return {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "saved_by": f"CEO Desk {__version__}",
        "saved_at": datetime.now(timezone.utc).replace(microsecond=0).isoformat(),
        "surveys": [_source_json(s, base) for s in project.surveys],
        "reference": _source_json(project.reference, base) if project.reference else None,
        "options": dataclasses.asdict(project.options),
        "overrides": project.overrides.to_json(),
        "report": {"title": project.report_title,
                   **({"reference_name": project.reference_name} if project.reference_name else {})},
        **({"open_answers": {"themes": [t.to_json() for t in project.themes]}} if project.themes is not None else {}),
    }


def save_project(project: Project, path: Path | str) -> Path:
    """Write the project as indented UTF-8 JSON, atomically (an existing file stays intact on error)."""
    path = Path(path)
    text = json.dumps(to_json(project, path), ensure_ascii=False, indent=2) + "\n"
    try:
        return write_atomic(path, lambda tmp: tmp.write_text(text, encoding="utf-8"))
    except OSError as err:
        raise InputError(path, key="err.core.project_save", params={"reason": err.strerror or str(err)},
                         action_key="err.core.project_save_action") from None


# Upgrade steps: UPGRADES[v] turns a version-v document into a version-(v+1) document.
UPGRADES: dict[int, callable] = {}


def _upgrade(data: dict, path: Path) -> dict:
    version = data.get("version")
    if not isinstance(version, int) or version < 1:
        raise InputError(path, key="err.core.project_version", params={"suffix": SUFFIX},
                         action_key="err.core.project_open_action")
    if version > FORMAT_VERSION:
        raise InputError(path, key="err.core.project_newer", params={"version": version},
                         action_key="err.core.project_newer_action")
    while version < FORMAT_VERSION:
        data = UPGRADES[version](data)
        version = data["version"]
    return data


def _source_from(data: dict, base: Path) -> SourceFile:
    relative = base / data["path"]
    absolute = Path(data.get("absolute_path") or relative)
    path = relative if relative.exists() or not absolute.exists() else absolute
    year = data.get("year")
    return SourceFile(Path(os.path.normpath(path)), str(data.get("sha256", "")), int(year) if year is not None else None)


def _options_from(data: dict) -> AnalysisOptions:
    known = {f.name for f in dataclasses.fields(AnalysisOptions)}
    return AnalysisOptions(**{k: v for k, v in data.items() if k in known})


def _damaged(path: Path, key: str, **params) -> InputError:
    return InputError(path, key=key, params=params, action_key="err.hostile.project_action")


def load_project(path: Path | str) -> Project:
    """Read a project file; a damaged or foreign file raises ``InputError`` naming what to do.

    Every field is checked for its type and range before use (``project_checks``), so a damaged or
    hand-edited file gets a message in the user's words, never Python's.
    """
    from ceo_desk.project_checks import check_document

    path = Path(path)
    try:
        check_regular_file(path)
        text = path.read_text(encoding="utf-8")
        data = json.loads(text)
    except InputError as err:
        if err.key == "err.core.file_missing":
            raise InputError(path, key="err.core.project_missing", action_key="err.core.file_missing_action") from None
        raise
    except UnicodeDecodeError:
        raise _damaged(path, "err.hostile.project_not_text") from None
    except json.JSONDecodeError as err:
        raise _damaged(path, "err.hostile.project_json", line=err.lineno) from None
    except OSError as err:
        raise _damaged(path, "err.hostile.project_unreadable", reason=err.strerror or err.__class__.__name__) from None
    except (RecursionError, ValueError):          # nested beyond reason, or numbers JSON cannot hold
        raise _damaged(path, "err.hostile.project_damaged") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise InputError(path, key="err.core.project_foreign", params={"suffix": SUFFIX},
                         action_key="err.core.project_open_action")
    data = _upgrade(data, path)
    check_document(data, path)
    base = path.parent
    try:
        project = Project(
            surveys=[_source_from(s, base) for s in data.get("surveys") or []],
            reference=_source_from(data["reference"], base) if data.get("reference") else None,
            options=_options_from(data.get("options") or {}),
            overrides=Overrides.from_json(data.get("overrides") or {}),
            report_title=str((data.get("report") or {}).get("title", "")),
            reference_name=str((data.get("report") or {}).get("reference_name", "")),
            themes=_themes_from(data.get("open_answers")),
        )
    except Exception:            # checked above; anything left is a combination the checks did not foresee
        raise _damaged(path, "err.hostile.project_damaged") from None
    project.location = path
    return project


def sources_outside(project: Project) -> list[SourceFile]:
    """Sources that lie outside the project's folder (``../../`` or an absolute path elsewhere).

    A project file from someone else could point at any file on this computer: the window asks before
    opening such files (in ``gui --screenshot`` that question ends the run with its text).
    """
    if project.location is None:
        return []
    folder = Path(os.path.realpath(Path(project.location).parent))
    outside = []
    for source in project.sources:
        real = Path(os.path.realpath(source.path))
        if folder != real and folder not in real.parents:
            outside.append(source)
    return outside


def _themes_from(data) -> list | None:
    """The theme list kept in the project (only names and keywords: never an answer)."""
    if not data:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("themes", []), list) or \
            not all(isinstance(t, dict) for t in data.get("themes", [])):
        raise TypeError("open_answers.themes")
    return [Theme.from_json(t) for t in data["themes"]] if "themes" in data else None


def check_sources(project: Project) -> list[SourceProblem]:
    """Files that are gone, and files whose contents differ from when the project was saved."""
    problems = []
    for source in project.sources:
        if not Path(source.path).is_file():
            problems.append(SourceProblem(source, "missing"))
        elif source.checksum and file_checksum(Path(source.path)) != source.checksum:
            problems.append(SourceProblem(source, "changed"))
    return problems

