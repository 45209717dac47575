"""The background work the window starts: plain functions of a task state and their inputs.

Each function runs in the task runner's thread, calls the core's use cases with the state's
progress and cancel callbacks, and returns a plain result; none touches a widget, so each can be
unit-tested with a stub state. The core is imported inside the functions: statsmodels, pandas and
ReportLab load in the background, never before the window is shown.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass
class Loaded:
    """What a load brought: the merged file set, its analysis (None without surveys) and the bad files."""
    surveys: list
    reference: Any
    analysis: Any
    errors: list = field(default_factory=list)
    years: dict[str, int] = field(default_factory=dict)


def warm_up(state) -> None:
    """Import the core while the user looks at the empty window, so the first load starts at once."""
    import ceo_desk.services  # noqa: F401
    import ceo_desk.project  # noqa: F401


def _merge(existing: list, new: list) -> list:
    """New surveys replace loaded ones from the same path; the order of first loading is kept."""
    by_path = {Path(s.path).resolve(): s for s in new}
    merged = [by_path.pop(Path(s.path).resolve(), s) for s in existing]
    return merged + list(by_path.values())


def load_and_analyse(state, paths: list[Path], reference: Path | None, surveys: list, current_reference,
                     options, overrides, years: dict[str, int], layouts: dict | None = None) -> Loaded:
    """Read ``paths`` (a reference table among them is recognised), add them to what is loaded, analyse.
    ``layouts``: the import layouts to read with (default the project's); those used are kept in the project."""
    from ceo_desk import services
    from ceo_desk.model.errors import CeoDeskError
    from ceo_desk.model.options import Overrides
    if layouts is None:
        layouts = overrides.layouts if overrides is not None else None
    outcome = services.load_files(paths, years=years, reference=reference, progress=state.part(0.0, 0.8),
                                  cancelled=state.cancelled, detect_reference=True, layouts=layouts)
    if outcome.layouts_used:            # a layout remembered from another project now belongs to this one too
        overrides = Overrides.from_json(overrides.to_json()) if overrides is not None else Overrides()
        overrides.layouts.update(outcome.layouts_used)
    merged = _merge(surveys, outcome.surveys)
    ref = outcome.reference if outcome.reference is not None else current_reference
    analysis = None
    errors = list(outcome.errors)
    if merged:
        try:
            analysis = services.analyse(merged, ref, options, overrides, progress=state.part(0.8, 1.0),
                                        cancelled=state.cancelled)
        except CeoDeskError as err:
            errors.append(err)
            if outcome.surveys:           # the new files spoil the analysis: keep what worked before
                merged = list(surveys)
                analysis = (services.analyse(merged, ref, options, overrides) if merged else None)
    state.progress(1.0, "")
    return Loaded(merged, ref, _with_rows(analysis), errors, dict(years))


def _with_rows(analysis):
    """The analysis, its results' table rows found here, off the GUI thread (``frame_rows.rows_of``)."""
    if analysis is not None:
        from ceo_desk.gui.frame_rows import rows_of
        rows_of(analysis.results)
    return analysis


def reanalyse(state, analysis, options, overrides):
    """Corrections or settings (``AnalysisOptions``) on the loaded files (re-uses the counts; recounts only
    when needed)."""
    from ceo_desk import services
    return _with_rows(services.reanalyse(analysis, options=options, overrides=overrides, progress=state.progress,
                                         cancelled=state.cancelled))


def remove_files(state, analysis, remove: set[str], reference_removed: bool):
    """Analysis without the given survey paths (and without the reference when asked)."""
    from ceo_desk import services
    surveys = [s for s in analysis.surveys if str(s.path) not in remove]
    reference = None if reference_removed else analysis.reference
    if not surveys:
        return None
    return _with_rows(services.analyse(surveys, reference, analysis.options, analysis.overrides,
                                       progress=state.progress, cancelled=state.cancelled))


@dataclass
class OpenedProject:
    project: Any
    problems: list


def read_project(state, path: Path) -> OpenedProject:
    """Read the project file and check its sources (missing or changed since saving)."""
    from ceo_desk import project as projects
    state.progress(0.1, Path(path).name)
    project = projects.load_project(path)
    return OpenedProject(project, projects.check_sources(project))


def export_table(state, frame, path: Path, inputs=(), lang: str = "nl", reference_name: str = "") -> Path:
    from ceo_desk.export import export_table as write
    state.progress(0.2, Path(path).name)
    return write(frame, path, inputs=inputs, lang=lang, reference=reference_name)   # never over a loaded file


def export_report(state, analysis, path: Path, report_choice: dict) -> Path:
    """The PDF report; ``report_choice`` holds ``ReportOptions`` fields (title, lang, years, questions)."""
    from ceo_desk import services
    from ceo_desk.report.options import ReportOptions
    services.write_report(analysis, path, ReportOptions(**report_choice), progress=state.progress,
                          cancelled=state.cancelled)
    return Path(path)


def export_brief(state, analysis, path: Path, report_choice: dict) -> Path:
    """The council brief, .pdf or .docx by the suffix; ``report_choice`` holds ``ReportOptions`` fields."""
    from ceo_desk import services
    from ceo_desk.report.options import ReportOptions
    return services.write_brief(analysis, path, ReportOptions(**report_choice), progress=state.progress,
                                cancelled=state.cancelled)


def export_workbook(state, analysis, path: Path, report_choice: dict) -> Path:
    """The report's table appendix (.xlsx); ``report_choice`` holds ``ReportOptions`` fields."""
    from ceo_desk import services
    from ceo_desk.report.options import ReportOptions
    return services.write_tables(analysis, path, ReportOptions(**report_choice), progress=state.progress,
                                 cancelled=state.cancelled)


CHART_WIDTH, CHART_HEIGHT = 440, 190     # points, as on the PDF page


@dataclass
class Rendered:
    """A question as the window shows it: built by the same core function as its PDF page."""
    question_id: str
    year: int | None
    svg: bytes
    sentences: list[str]
    notes: list[str]
    drawing: Any = None          # the ReportLab Drawing (copy and save as image use it)


def render_question(state, analysis, question_id: str, year: int | None, reference_name: str | None = None) -> Rendered:
    """The question's chart (SVG), sentences and notes for ``year`` (all years when None); the legend names
    the reference group ``reference_name`` (default "Referentiegroep")."""
    from ceo_desk.charts import to_svg
    from ceo_desk.report.question_view import build_question_view, question_rows
    question = analysis.catalogue.by_id(question_id)
    rows = question_rows(analysis.results, question_id, [year] if year else None)
    options = analysis.options
    view = build_question_view(question, rows, options, options.lang, analysis.municipality,
                               CHART_WIDTH, CHART_HEIGHT, reference_name=reference_name)
    return Rendered(question_id, year, to_svg(view.drawing), view.sentences, view.notes, view.drawing)
