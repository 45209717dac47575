"""The open document: loaded files, the analysis, the user's corrections, the project file.

The session starts every piece of work through the task runner and announces the outcome with
signals; widgets read from ``session.analysis`` and call the ``set_…`` methods. Corrections are
collected in ``overrides`` and applied by one coalesced re-analysis, so a burst of clicks costs one
run. The settings are one ``AnalysisOptions`` (its module imports no pandas); a change is a new
one (``dataclasses.replace``), and an undo step keeps the options before and after.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ceo_desk.gui import jobs
from ceo_desk.gui.tasks import TaskRunner
from ceo_desk.model.options import AnalysisOptions, Overrides

REANALYSE = "reanalyse"


@dataclasses.dataclass(frozen=True)
class Snapshot:
    """What undo and redo restore: the corrections (as in the project file) and the statistical
    settings; the interface language is not part of it."""
    overrides: dict | None
    options: AnalysisOptions


class SnapshotCommand(QUndoCommand):
    """One correction or settings change: redo restores the state after it, undo the state before."""

    def __init__(self, session: "Session", label: str, before: Snapshot, after: Snapshot) -> None:
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
    loadNotices = Signal(list)              # warnings (Notice, codes) about files that loaded all the same: what was
                                            # assumed; the window renders them in its language
    yearsNeeded = Signal(list, list)        # survey files the program cannot read alone (no year, no questions
                                            # under the header it found), their messages: the import dialog
    layoutConfirmed = Signal(str, dict)     # an import layout the user confirmed: remembered in the settings
    referenceColumnsNeeded = Signal(str, str)   # a reference table whose columns the user must settle; message
    failed = Signal(object, str)            # unexpected error and its traceback
    projectOpened = Signal(object, object)  # OpenedProject, path: the window checks the sources
    saved = Signal(str)
    exported = Signal(str)
    optionsChanged = Signal(object)         # AnalysisOptions the user chose (or undo/redo restored): store them

    def __init__(self, runner: TaskRunner, options: AnalysisOptions, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.analysis = None
        self.options = options                      # settings and language of the next analysis
        self.overrides = None                       # Overrides once anything is loaded
        self.years: dict[str, int] = {}             # file path -> year the user gave
        self.remembered_layouts: dict[str, dict] = {}   # import layouts confirmed before, in any project
        self.report_title = ""
        self.reference_name = ""                    # what reports and charts call the reference group
        self.themes = None                          # the open answers' theme list; None: the defaults
        self.project_path: Path | None = None
        self.modified = False
        self.undo_stack = QUndoStack(self)   # lives with the session: survives a language switch
        self._shown_step = 0                 # the undo stack's index when the shown results arrived

    # --- state -----------------------------------------------------------------------------------

    @property
    def loaded(self) -> bool:
        return self.analysis is not None

    @property
    def lang(self) -> str:
        return self.options.lang

    def _set_modified(self, modified: bool) -> None:
        if modified != self.modified:
            self.modified = modified
            self.modifiedChanged.emit(modified)

    def _set_analysis(self, analysis) -> None:
        self.analysis = analysis
        self._shown_step = self.undo_stack.index()
        if analysis is not None:
            self.overrides = _copy_overrides(analysis.overrides)
            self.options = analysis.options
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
                          current_ref, self.options,
                          _copy_overrides(self.overrides) if self.overrides is not None else None, dict(self.years),
                          self.layouts(), on_done=self._loaded, on_error=self._failed, abandon=True)

    def layouts(self, overrides=None) -> dict[str, dict]:
        """The import layouts a file is read with: remembered ones, and the project's own over them."""
        overrides = overrides if overrides is not None else self.overrides
        return {**self.remembered_layouts, **(overrides.layouts if overrides is not None else {})}

    def _loaded(self, loaded: jobs.Loaded) -> None:
        before = self.analysis
        if loaded.analysis is not None and loaded.analysis is not self.analysis:
            self._set_analysis(loaded.analysis)
            self._set_modified(True)
        self._report_errors(loaded.errors)
        self._report_notices(before)

    def _report_notices(self, before) -> None:
        """The warnings of the files this load brought (those loaded before were announced then)."""
        analysis = self.analysis
        if analysis is None or analysis is before:
            return
        old_surveys = {id(s) for s in before.surveys} if before is not None else set()
        notices = [w for s in analysis.surveys if id(s) not in old_surveys for w in s.warnings]
        if analysis.reference is not None and (before is None or analysis.reference is not before.reference):
            notices += analysis.reference.warnings
        if notices:
            self.loadNotices.emit(notices)

    def _report_errors(self, errors: list) -> None:
        from ceo_desk.model.errors import MissingYearError
        from ceo_desk.io.reference import ReferenceColumnsError
        from ceo_desk.io.survey_layout import needs_settings
        no_year = [e for e in errors if isinstance(e, MissingYearError) or needs_settings(e)]
        unsettled = [e for e in errors if isinstance(e, ReferenceColumnsError)]
        others = [e.render(self.lang) for e in errors if e not in no_year and not isinstance(e, ReferenceColumnsError)]
        if others:
            self.inputErrors.emit(others)
        if no_year:
            self.yearsNeeded.emit([str(e.file) for e in no_year], [e.render(self.lang) for e in no_year])
        for err in unsettled:            # the import dialog settles it (main_window)
            self.referenceColumnsNeeded.emit(str(err.file), err.render(self.lang))

    def confirm_layout(self, signature: str, layout: dict) -> None:
        """The columns the user confirmed for a reference table (kept in the project; a file with the same
        header row reads the same without asking)."""
        if self.overrides is None:
            self.overrides = Overrides()
        self.overrides.layouts[signature] = dict(layout)
        self.remembered_layouts[signature] = dict(layout)
        self.layoutConfirmed.emit(signature, dict(layout))
        self._set_modified(True)

    def import_survey(self, path: Path | str, signature: str, layout: dict, year: int | None,
                      weight: str | None) -> None:
        """Read a survey file with the settings the user confirmed in the import dialog: the layout (kept in the
        project and remembered), one fixed year for this file, the weight column (the session's weight)."""
        self.confirm_layout(signature, layout)
        if year is not None:
            self.set_year(str(path), year)
        else:
            self.years.pop(str(path), None)
        if weight and weight != self.options.weight:
            self.options = dataclasses.replace(self.options, weight=weight)
            self.optionsChanged.emit(self.options)
        self.open_files([Path(path)])

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
        self.reference_name = ""
        self.themes = None
        self.project_path = None
        self.undo_stack.clear()
        self.analysisChanged.emit()
        self.projectChanged.emit("")
        self._set_modified(False)

    # --- corrections (each one an undoable step) ------------------------------------------------

    def snapshot(self) -> Snapshot:
        overrides = self.overrides.to_json() if self.overrides is not None else None
        return Snapshot(overrides, dataclasses.replace(self.options, lang=AnalysisOptions.lang))

    def restore(self, snapshot: Snapshot) -> None:
        """Put corrections and settings back as in ``snapshot`` (keeping the language) and re-analyse."""
        options = dataclasses.replace(snapshot.options, lang=self.lang)
        options_changed = options != self.options
        self.options = options
        if snapshot.overrides is not None and self.analysis is not None:
            self.overrides = Overrides.from_json(snapshot.overrides)
        if options_changed:
            self.optionsChanged.emit(options)
        self._reanalyse()

    def _change(self, label: str, mutate=None, **option_changes) -> None:
        """One step on the undo stack: ``mutate(overrides)`` changes corrections, ``option_changes`` settings."""
        before = self.snapshot()
        overrides = before.overrides
        if mutate is not None and overrides is not None:
            changed = Overrides.from_json(overrides)
            mutate(changed)
            overrides = changed.to_json()
        after = Snapshot(overrides, dataclasses.replace(before.options, **option_changes))
        if after == before:
            return
        self.undo_stack.push(SnapshotCommand(self, label, before, after))

    def set_match(self, question_key: str, reference_key: str | None) -> None:
        """Pair a question with another reference question, or with none (``None``)."""
        def mutate(overrides):
            overrides.reference_match[question_key] = reference_key or None
        self._change(QCoreApplication.translate("Session", "Referentievraag kiezen"), mutate)

    def set_role(self, question_key: str, category: str, role) -> None:
        """Make a category count as positive, negative, or leave it out of n."""
        from ceo_desk.model.scales import Role
        question = self.analysis.catalogue.by_key(question_key)
        role = Role(role)

        def mutate(overrides):
            roles = {c: question.roles.get(c, Role.EXCLUDED) for c in question.categories}
            roles.update(overrides.roles.get(question_key, {}))
            roles[category] = role
            overrides.roles[question_key] = roles
        self._change(QCoreApplication.translate("Session", "'{category}' telt als…").format(category=category), mutate)

    def reset_roles(self, question_key: str) -> None:
        self._change(QCoreApplication.translate("Session", "Standaardindeling"),
                     lambda overrides: overrides.roles.pop(question_key, None))

    def set_not_question(self, question_key: str, not_question: bool) -> None:
        def mutate(overrides):
            if not_question:
                overrides.not_question.add(question_key)
            else:
                overrides.not_question.discard(question_key)
        self._change(QCoreApplication.translate("Session", "Telt mee"), mutate)

    def set_options(self, **changes: Any) -> None:
        """New statistical settings and/or language (``AnalysisOptions`` fields). They are checked at
        once (an impossible combination raises ``ValueError`` here, not later in a re-analysis); a
        settings change is an undoable step, the language is not."""
        chosen = dataclasses.replace(self.options, **changes)
        language_changed = chosen.lang != self.lang
        if self.analysis is None:
            if chosen != self.options:
                self.options = chosen
                self.optionsChanged.emit(chosen)
            return
        self.options = dataclasses.replace(self.options, lang=chosen.lang)
        before = self.snapshot()
        self._change(QCoreApplication.translate("Session", "Instellingen"),
                     **{k: v for k, v in changes.items() if k != "lang"})
        if language_changed:
            if self.snapshot() == before:
                self._reanalyse()       # texts in the new language; not a step to undo
            self.optionsChanged.emit(self.options)

    def set_themes(self, themes: list) -> None:
        """The open answers' theme list the user edited (kept in the project file)."""
        if themes != self.themes:
            self.themes = list(themes)
            self._set_modified(True)

    def set_report_title(self, title: str) -> None:
        if title != self.report_title:
            self.report_title = title
            self._set_modified(True)

    def set_reference_name(self, name: str) -> None:
        """The reference group's name in reports, the brief, the workbook and the charts (kept in the project)."""
        name = name.strip()
        if name != self.reference_name:
            self.reference_name = name
            self._set_modified(True)
            self.analysisChanged.emit()           # the window's chart names the reference anew

    def _reanalyse(self) -> None:
        """Re-analyse with the current settings and corrections, off the GUI thread. When the answers must be
        counted again (a breakdown or weight not counted before: seconds on a national file), the bar shows
        and Cancel goes back to the results shown; otherwise it runs quietly (it takes milliseconds)."""
        if self.analysis is None:
            return
        from ceo_desk.services import counts_anew
        self._set_modified(True)
        counting = counts_anew(self.analysis, self.options)
        self.runner.start(QCoreApplication.translate("Session", "Opnieuw berekenen…"), jobs.reanalyse, self.analysis, self.options,
                          _copy_overrides(self.overrides), on_done=self._reanalysed, on_error=self._reanalyse_failed,
                          on_cancel=self._reanalyse_cancelled, coalesce=REANALYSE, cancellable=counting,
                          quiet=not counting)

    def _reanalysed(self, analysis) -> None:
        self.analysis = analysis           # keep self.overrides: it may already hold newer clicks
        self._shown_step = self.undo_stack.index()
        self.analysisChanged.emit()

    def _reanalyse_cancelled(self) -> None:
        """Cancel while counting: the steps taken since the results shown are taken back and leave the undo
        history (each one's undo restores the settings before it; the last re-analysis re-uses the shown one)."""
        self._back_to_shown()
        while self.undo_stack.index() > self._shown_step:
            command = self.undo_stack.command(self.undo_stack.index() - 1)
            command.setObsolete(True)
            self.undo_stack.undo()
        self.analysisChanged.emit()

    def _back_to_shown(self) -> None:
        """Corrections and settings as the shown results use them (the settings dialog and the chooser follow)."""
        if self.analysis is not None:
            self.overrides = _copy_overrides(self.analysis.overrides)
            options = dataclasses.replace(self.analysis.options, lang=self.lang)
            if options != self.options:
                self.options = options
                self.optionsChanged.emit(options)

    def _reanalyse_failed(self, exc: BaseException, details: str) -> None:
        """A correction or setting could not be applied: go back to what the shown results use, so the
        settings dialog, a saved project and the figures never disagree."""
        self._back_to_shown()
        self.undo_stack.clear()
        self.analysisChanged.emit()
        self._failed(exc, details)

    # --- project file ----------------------------------------------------------------------------

    def project(self):
        from ceo_desk.project import project_from
        return project_from(self.analysis.surveys, self.analysis.reference, self.options,
                            _copy_overrides(self.overrides), self.years, self.report_title, self.themes,
                            self.reference_name)

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
                          on_done=lambda opened: self.projectOpened.emit(opened, path), on_error=self._failed,
                          abandon=True)

    def load_project(self, project, path: Path, modified: bool = False) -> None:
        """Replace what is loaded by the project's files, settings and corrections. ``modified``: the
        user pointed to a moved file or skipped one, so the project differs from its file."""
        self.runner.cancel()
        self.undo_stack.clear()
        self.analysis = None
        self.overrides = project.overrides
        self.options = dataclasses.replace(project.options, lang=self.lang)   # interface language wins
        self.years = project.years
        self.report_title = project.report_title
        self.reference_name = project.reference_name
        self.themes = project.themes
        reference = project.reference.path if project.reference else None
        self.runner.start(QCoreApplication.translate("Session", "Project openen…"), jobs.load_and_analyse, [s.path for s in project.surveys],
                          reference, [], None, self.options, project.overrides, dict(self.years),
                          self.layouts(project.overrides),
                          on_done=lambda loaded: self._project_loaded(loaded, path, modified), on_error=self._failed)

    def _project_loaded(self, loaded: jobs.Loaded, path: Path, modified: bool = False) -> None:
        self._set_analysis(loaded.analysis)
        self.project_path = Path(path)
        self.projectChanged.emit(str(path))
        self._set_modified(bool(modified))
        self._report_errors(loaded.errors)
        self._report_notices(None)

    # --- export ----------------------------------------------------------------------------------

    def export_table(self, path: Path | str) -> None:
        self.runner.start(QCoreApplication.translate("Session", "Tabel exporteren…"), jobs.export_table, self.analysis.results, Path(path),
                          [s.path for s in self.analysis.surveys] + [getattr(self.analysis.reference, "path", None)], self.lang,
                          self.reference_name, on_done=lambda p: self.exported.emit(str(p)), on_error=self._failed)

    def export_report(self, path: Path | str, report_options) -> None:
        self.runner.start(QCoreApplication.translate("Session", "Rapport maken…"), jobs.export_report, self.analysis, Path(path), report_options,
                          on_done=lambda p: self.exported.emit(str(p)), on_error=self._failed)

    def export_brief(self, path: Path | str, report_options) -> None:
        """The council brief (.pdf or .docx by the suffix), off the GUI thread, cancellable."""
        self.runner.start(QCoreApplication.translate("Session", "Raadsinformatiebrief maken…"), jobs.export_brief,
                          self.analysis, Path(path), report_options,
                          on_done=lambda p: self.exported.emit(str(p)), on_error=self._failed)

    def export_workbook(self, path: Path | str, report_options) -> None:
        """The table appendix (.xlsx: a sheet and native chart per question), off the GUI thread, cancellable."""
        self.runner.start(QCoreApplication.translate("Session", "Tabellenbijlage maken…"), jobs.export_workbook,
                          self.analysis, Path(path), report_options,
                          on_done=lambda p: self.exported.emit(str(p)), on_error=self._failed)


def _copy_overrides(overrides):
    return Overrides.from_json(overrides.to_json()) if overrides is not None else Overrides()
