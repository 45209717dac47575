"""The open document: loaded files, the analysis, the user's corrections, the project file.

The session starts every piece of work through the task runner and announces the outcome with
signals; widgets read from ``session.analysis`` and call the ``set_…`` methods. Corrections are
collected in ``overrides`` and applied by one coalesced re-analysis, so a burst of clicks costs one
run. Before anything is loaded, options are kept as plain values: building ``AnalysisOptions``
would import pandas on the GUI thread.
"""

from __future__ import annotations

import copy
import dataclasses
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ceo_desk.gui import jobs
from ceo_desk.gui.tasks import TaskRunner

REANALYSE = "reanalyse"


class SnapshotCommand(QUndoCommand):
    """One correction or settings change: redo restores the state after it, undo the state before."""

    def __init__(self, session: "Session", label: str, before: dict, after: dict) -> None:
        super().__init__(label)
        self.session, self.before, self.after = session, before, after

    def redo(self) -> None:
        self.session.restore(self.after)

    def undo(self) -> None:
        self.session.restore(self.before)


class Session(QObject):
    analysisChanged = Signal()              # new results (after a load or a correction)
    modifiedChanged = Signal(bool)
    projectChanged = Signal(str)            # project path ('' = none)
    inputErrors = Signal(list)              # user messages (str) of files that could not be used
    yearsNeeded = Signal(list, list)        # paths of files that do not say their year, their messages
    referenceColumnsNeeded = Signal(str, str)   # a reference table whose columns the user must settle; message
    failed = Signal(object, str)            # unexpected error and its traceback
    projectOpened = Signal(object, object)  # OpenedProject, path: the window checks the sources
    saved = Signal(str)
    exported = Signal(str)
    optionValuesChanged = Signal(dict)      # settings changed by the user (or undo/redo): store them

    def __init__(self, runner: TaskRunner, option_values: dict[str, Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.analysis = None
        self.option_values = dict(option_values)   # AnalysisOptions fields, plain values
        self.overrides = None                       # Overrides once anything is loaded
        self.years: dict[str, int] = {}             # file path -> year the user gave
        self.report_title = ""
        self.themes = None                          # the open answers' theme list; None: the defaults
        self.project_path: Path | None = None
        self.modified = False
        self.undo_stack = QUndoStack(self)   # lives with the session: survives a language switch

    # --- state -----------------------------------------------------------------------------------

    @property
    def loaded(self) -> bool:
        return self.analysis is not None

    @property
    def lang(self) -> str:
        return self.option_values.get("lang", "nl")

    def options(self):
        from ceo_desk.model.options import AnalysisOptions
        return AnalysisOptions(**self.option_values)

    def _set_modified(self, modified: bool) -> None:
        if modified != self.modified:
            self.modified = modified
            self.modifiedChanged.emit(modified)

    def _set_analysis(self, analysis) -> None:
        self.analysis = analysis
        if analysis is not None:
            self.overrides = _copy_overrides(analysis.overrides)
            self.option_values = dataclasses.asdict(analysis.options)
        self.analysisChanged.emit()

    def _failed(self, exc: BaseException, details: str) -> None:
        from ceo_desk.model.errors import CeoDeskError
        if isinstance(exc, CeoDeskError):
            self.inputErrors.emit([exc.render(self.lang)])
        else:
            self.failed.emit(exc, details)

    # --- loading ---------------------------------------------------------------------------------

    def open_files(self, paths: list[Path | str], reference: Path | str | None = None) -> None:
        """Add survey files (and a reference table, recognised by its contents) to what is loaded."""
        paths = [Path(p) for p in paths]
        if not paths and reference is None:
            return
        surveys = list(self.analysis.surveys) if self.analysis else []
        current_ref = self.analysis.reference if self.analysis else None
        label = QCoreApplication.translate("Session", "Bestanden inlezen…")
        self.runner.start(label, jobs.load_and_analyse, paths, Path(reference) if reference else None, surveys,
                          current_ref, dict(self.option_values), self.overrides, dict(self.years),
                          on_done=self._loaded, on_error=self._failed)

    def _loaded(self, loaded: jobs.Loaded) -> None:
        if loaded.analysis is not None and loaded.analysis is not self.analysis:
            self._set_analysis(loaded.analysis)
            self._set_modified(True)
        self._report_errors(loaded.errors)

    def _report_errors(self, errors: list) -> None:
        from ceo_desk.model.errors import MissingYearError
        from ceo_desk.io.reference import ReferenceColumnsError
        no_year = [e for e in errors if isinstance(e, MissingYearError)]
        unsettled = [e for e in errors if isinstance(e, ReferenceColumnsError)]
        others = [e.render(self.lang) for e in errors if not isinstance(e, (MissingYearError, ReferenceColumnsError))]
        if others:
            self.inputErrors.emit(others)
        if no_year:
            self.yearsNeeded.emit([str(e.file) for e in no_year], [e.render(self.lang) for e in no_year])
        for err in unsettled:            # the import dialog settles it (main_window)
            self.referenceColumnsNeeded.emit(str(err.file), err.render(self.lang))

    def confirm_layout(self, signature: str, layout: dict) -> None:
        """The columns the user confirmed for a reference table (kept in the project; a file with the same
        header row reads the same without asking)."""
        from ceo_desk.model.options import Overrides
        if self.overrides is None:
            self.overrides = Overrides()
        self.overrides.layouts[signature] = dict(layout)
        self._set_modified(True)

    def set_year(self, path: str, year: int) -> None:
        """The year of a file that does not say it itself (kept in the project file)."""
        self.years[str(path)] = int(year)

    def remove_sources(self, survey_paths: set[str], reference: bool = False) -> None:
        if not self.analysis:
            return
        self.runner.start(QCoreApplication.translate("Session", "Opnieuw berekenen…"), jobs.remove_files, self.analysis, set(survey_paths), reference,
                          on_done=self._after_removal, on_error=self._failed)

    def _after_removal(self, analysis) -> None:
        self._set_analysis(analysis)
        self._set_modified(True)

    def close_all(self) -> None:
        self.runner.cancel()
        self.analysis = None
        self.overrides = None
        self.years = {}
        self.report_title = ""
        self.themes = None
        self.project_path = None
        self.undo_stack.clear()
        self.analysisChanged.emit()
        self.projectChanged.emit("")
        self._set_modified(False)

    # --- corrections (each one an undoable step) ------------------------------------------------

    def snapshot(self) -> dict[str, Any]:
        """What undo and redo restore: the corrections and the statistical settings (not the language)."""
        overrides = self.overrides.to_json() if self.overrides is not None else None
        return {"overrides": overrides, "options": {k: v for k, v in self.option_values.items() if k != "lang"}}

    def restore(self, snapshot: dict[str, Any]) -> None:
        """Put corrections and settings back as in ``snapshot`` and re-analyse."""
        from ceo_desk.model.options import Overrides
        options = {**snapshot["options"], "lang": self.lang}
        options_changed = options != self.option_values
        self.option_values = options
        if snapshot["overrides"] is not None and self.analysis is not None:
            self.overrides = Overrides.from_json(snapshot["overrides"])
        if options_changed:
            self.optionValuesChanged.emit(dict(self.option_values))
        self._reanalyse()

    def _change(self, label: str, mutate) -> None:
        """Apply ``mutate(overrides, option_values)`` as one step on the undo stack."""
        before = self.snapshot()
        after = copy.deepcopy(before)
        from ceo_desk.model.options import Overrides
        overrides = Overrides.from_json(after["overrides"]) if after["overrides"] is not None else None
        mutate(overrides, after["options"])
        after["overrides"] = overrides.to_json() if overrides is not None else None
        if after == before:
            return
        self.undo_stack.push(SnapshotCommand(self, label, before, after))

    def set_match(self, question_key: str, reference_key: str | None) -> None:
        """Pair a question with another reference question, or with none (``None``)."""
        def mutate(overrides, _):
            overrides.reference_match[question_key] = reference_key or None
        self._change(QCoreApplication.translate("Session", "Referentievraag kiezen"), mutate)

    def set_role(self, question_key: str, category: str, role) -> None:
        """Make a category count as positive, negative, or leave it out of n."""
        from ceo_desk.model.scales import Role
        question = self.analysis.catalogue.by_key(question_key)
        role = Role(role)

        def mutate(overrides, _):
            roles = {c: question.roles.get(c, Role.EXCLUDED) for c in question.categories}
            roles.update(overrides.roles.get(question_key, {}))
            roles[category] = role
            overrides.roles[question_key] = roles
        self._change(QCoreApplication.translate("Session", "'{category}' telt als…").format(category=category), mutate)

    def reset_roles(self, question_key: str) -> None:
        self._change(QCoreApplication.translate("Session", "Standaardindeling"),
                     lambda overrides, _: overrides.roles.pop(question_key, None))

    def set_not_question(self, question_key: str, not_question: bool) -> None:
        def mutate(overrides, _):
            if not_question:
                overrides.not_question.add(question_key)
            else:
                overrides.not_question.discard(question_key)
        self._change(QCoreApplication.translate("Session", "Telt mee"), mutate)

    def set_option_values(self, values: dict[str, Any]) -> None:
        """New statistical settings and/or language. Settings are checked at once (an impossible
        combination raises ``ValueError`` here, not later in a re-analysis) and are an undoable step;
        the language is not."""
        from ceo_desk.model.options import AnalysisOptions
        values = {**self.option_values, **values}
        AnalysisOptions(**values)
        language_changed = values.get("lang", self.lang) != self.lang
        self.option_values["lang"] = values.get("lang", self.lang)

        def mutate(_, options):
            options.update({k: v for k, v in values.items() if k != "lang"})
        if self.analysis is None:
            self.option_values = dict(values)
            self.optionValuesChanged.emit(dict(self.option_values))
            return
        before = self.snapshot()
        self._change(QCoreApplication.translate("Session", "Instellingen"), mutate)
        if language_changed and self.snapshot() == before:
            self._reanalyse()           # texts in the new language; not a step to undo

    def set_themes(self, themes: list) -> None:
        """The open answers' theme list the user edited (kept in the project file)."""
        if themes != self.themes:
            self.themes = list(themes)
            self._set_modified(True)

    def set_report_title(self, title: str) -> None:
        if title != self.report_title:
            self.report_title = title
            self._set_modified(True)

    def _reanalyse(self) -> None:
        if self.analysis is None:
            return
        self._set_modified(True)
        self.runner.start(QCoreApplication.translate("Session", "Opnieuw berekenen…"), jobs.reanalyse, self.analysis, dict(self.option_values),
                          _copy_overrides(self.overrides), on_done=self._reanalysed, on_error=self._reanalyse_failed,
                          coalesce=REANALYSE, cancellable=False, quiet=True)

    def _reanalysed(self, analysis) -> None:
        self.analysis = analysis           # keep self.overrides: it may already hold newer clicks
        self.analysisChanged.emit()

    def _reanalyse_failed(self, exc: BaseException, details: str) -> None:
        """A correction or setting could not be applied: go back to what the shown results use, so the
        settings dialog, a saved project and the figures never disagree."""
        if self.analysis is not None:
            self.overrides = _copy_overrides(self.analysis.overrides)
            options = {**dataclasses.asdict(self.analysis.options), "lang": self.lang}
            if options != self.option_values:
                self.option_values = options
                self.optionValuesChanged.emit(dict(options))
        self.undo_stack.clear()
        self.analysisChanged.emit()
        self._failed(exc, details)

    # --- project file ----------------------------------------------------------------------------

    def project(self):
        from ceo_desk.project import project_from
        return project_from(self.analysis.surveys, self.analysis.reference, self.options(),
                            _copy_overrides(self.overrides), self.years, self.report_title, self.themes)

    def save_project(self, path: Path | str) -> bool:
        """Write the project file (small JSON: done at once, so closing can rely on it)."""
        from ceo_desk.model.errors import CeoDeskError
        from ceo_desk.project import save_project
        try:
            save_project(self.project(), path)
        except CeoDeskError as err:
            self.inputErrors.emit([err.render(self.lang)])
            return False
        self.project_path = Path(path)
        self._set_modified(False)
        self.projectChanged.emit(str(path))
        self.saved.emit(str(path))
        return True

    def open_project(self, path: Path | str) -> None:
        """Read the project and check its files; the window then resolves problems and calls
        ``load_project``."""
        path = Path(path)
        self.runner.start(QCoreApplication.translate("Session", "Project openen…"), jobs.read_project, path,
                          on_done=lambda opened: self.projectOpened.emit(opened, path), on_error=self._failed)

    def load_project(self, project, path: Path, modified: bool = False) -> None:
        """Replace what is loaded by the project's files, settings and corrections. ``modified``: the
        user pointed to a moved file or skipped one, so the project differs from its file."""
        self.runner.cancel()
        self.undo_stack.clear()
        self.analysis = None
        self.overrides = project.overrides
        self.option_values = {**dataclasses.asdict(project.options), "lang": self.lang}  # interface language wins
        self.years = project.years
        self.report_title = project.report_title
        self.themes = project.themes
        reference = project.reference.path if project.reference else None
        self.runner.start(QCoreApplication.translate("Session", "Project openen…"), jobs.load_and_analyse, [s.path for s in project.surveys],
                          reference, [], None, dict(self.option_values), project.overrides, dict(self.years),
                          on_done=lambda loaded: self._project_loaded(loaded, path, modified), on_error=self._failed)

    def _project_loaded(self, loaded: jobs.Loaded, path: Path, modified: bool = False) -> None:
        self._set_analysis(loaded.analysis)
        self.project_path = Path(path)
        self.projectChanged.emit(str(path))
        self._set_modified(bool(modified))
        self._report_errors(loaded.errors)

    # --- export ----------------------------------------------------------------------------------

    def export_table(self, path: Path | str) -> None:
        self.runner.start(QCoreApplication.translate("Session", "Tabel exporteren…"), jobs.export_table, self.analysis.results, Path(path),
                          [s.path for s in self.analysis.surveys] + [getattr(self.analysis.reference, "path", None)], self.lang,
                          on_done=lambda p: self.exported.emit(str(p)), on_error=self._failed)

    def export_report(self, path: Path | str, report_options) -> None:
        self.runner.start(QCoreApplication.translate("Session", "Rapport maken…"), jobs.export_report, self.analysis, Path(path), report_options,
                          on_done=lambda p: self.exported.emit(str(p)), on_error=self._failed)


def _copy_overrides(overrides):
    from ceo_desk.model.options import Overrides
    return Overrides.from_json(overrides.to_json()) if overrides is not None else Overrides()
