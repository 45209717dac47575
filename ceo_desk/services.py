"""The use cases the command line and the window both call: load, analyse, export.

Every long function takes ``progress(fraction, message)`` and ``cancelled()`` callbacks with
no-op defaults, so a GUI worker can show progress and stop it; the functions never touch Qt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from ceo_desk import warmup
from ceo_desk.atomic_write import check_not_input, write_atomic, write_error
from ceo_desk.i18n import tr
from ceo_desk.io import read_reference
from ceo_desk.io.classify import build_survey, file_checksum
from ceo_desk.io.labels import share_labels
from ceo_desk.io.reference import ReferenceColumnsError, reference_from_raw, reference_value_problem
from ceo_desk.io.registry import read_raw
from ceo_desk.io.survey_layout import settle
from ceo_desk.io.watched_read import read_watched
from ceo_desk.model.errors import CeoDeskError, InputError
from ceo_desk.model.matching import match_reference
from ceo_desk.model.options import AnalysisOptions, Overrides
from ceo_desk.model.progress import Cancelled, Progress, never, no_progress, stop_if, sub_range
from ceo_desk.model.progress import OperationCancelled  # noqa: F401  (the use cases' cancel, for callers)
from ceo_desk.model.questions import Catalogue
from ceo_desk.model.reference import ReferenceTable
from ceo_desk.model.scales import normalise_text
from ceo_desk.model.survey import Survey

if TYPE_CHECKING:  # the report (ReportLab) and the statistics (scipy, statsmodels) load when first used
    from ceo_desk.report import ReportOptions
    from ceo_desk.stats.analysis import Analysis





@dataclass
class LoadOutcome:
    surveys: list[Survey] = field(default_factory=list)
    reference: ReferenceTable | None = None
    errors: list[CeoDeskError] = field(default_factory=list)
    layouts_used: dict[str, dict] = field(default_factory=dict)    # the confirmed layouts these files matched


def _lookup(mapping: dict, path: Path):
    return mapping.get(str(path), mapping.get(path.name))


def load_files(paths: list[Path | str], years: dict[str, int] | None = None, reference: Path | str | None = None,
               progress: Progress = no_progress, cancelled: Cancelled = never,
               detect_reference: bool = False, header_rows: dict[str, int] | None = None,
               reference_columns: str | dict[str, str] | None = None,
               layouts: dict[str, dict] | None = None, checksums: bool = True) -> LoadOutcome:
    """Read each survey file (and the reference table); a bad file becomes an error, the rest loads.

    ``years`` maps a file name or path to the year to use when the file itself does not say;
    ``header_rows`` maps a file to the row of its header (1 = first row) when title lines stand above
    it; ``reference_columns`` says which column of the reference table plays which role; ``layouts``
    holds what the user confirmed in the import dialog, by header row (``Overrides.layouts``): the roles of a
    reference table's columns, or a survey file's header row, year column and column roles.
    With ``detect_reference`` a file that reads as a reference table is taken as the reference.
    ``checksums`` takes each survey file's SHA-256 (``Survey.checksum``, which a saved project compares);
    a command that saves no project leaves it out (a tenth of a second on a large file).
    Every path reads a reference table the same way (``io.reference.reference_from_raw``).
    """
    warmup.start()              # the statistics import while the files are read
    years = years or {}
    header_rows = header_rows or {}
    outcome = LoadOutcome()
    todo = [Path(p) for p in paths]
    total = len(todo) + (1 if reference else 0)
    read: list[tuple[int, Path, object]] = []
    failed: list[tuple[int, CeoDeskError]] = []         # kept in file order, whichever step failed
    for i, path in enumerate(todo):
        stop_if(cancelled)
        progress(i / max(total, 1), path.name)
        try:
            file_progress = sub_range(progress, i / max(total, 1), (i + 1) / max(total, 1))
            header_row = _lookup(header_rows, path)
            # read once: as a reference table or as answers
            read.append((i, path, read_watched(lambda p=path, h=header_row: read_raw(p) if h is None else
                                            read_raw(p, header_row=h), path, file_progress, cancelled)))
        except CeoDeskError as err:
            failed.append((i, err))
    settled: dict[int, tuple] = {}              # the user's import settings for survey files (io.survey_layout)
    for k, (i, path, raw) in enumerate(list(read)):
        try:
            raw, year, roles, used = settle(raw, layouts, _lookup(header_rows, path) is not None,
                                            _lookup(years, path))
            outcome.layouts_used.update(used)
        except CeoDeskError as err:
            failed.append((i, err))
            continue
        read[k] = (i, path, raw)
        settled[i] = (year, roles)
    read = [item for item in read if item[0] in settled]
    share_labels([raw for _, _, raw in read])
    for i, path, raw in read:
        year, roles = settled[i]
        try:
            if detect_reference and reference is None and outcome.reference is None and roles is None:
                # answers on a known scale make a survey, never a reference table (a survey with an open
                # question and a year column would otherwise read as question texts per year)
                survey = _survey_or_none(raw, year)
                if survey is not None:
                    outcome.surveys.append(survey)
                    continue
                table, unsettled = _as_reference(raw, reference_columns, layouts)
                if table is not None:
                    outcome.reference = table
                    continue
                if unsettled is not None:
                    raise unsettled
            outcome.surveys.append(build_survey(raw, year=year, roles=roles))
        except CeoDeskError as err:
            if not detect_reference and _as_reference(raw, None)[0] is not None:
                err = InputError(path, key="err.core.reference_not_answers",
                                 action_key="err.core.reference_not_answers_action")
            elif detect_reference and getattr(err, "key", None) == "err.core.no_questions":
                err = reference_value_problem(raw, layouts) or err      # a reference table with a bad column
            failed.append((i, err))
    outcome.errors.extend(err for _, err in sorted(failed, key=lambda item: item[0]))
    for survey in outcome.surveys if checksums else ():
        survey.checksum = file_checksum(survey.path)
    if reference:
        stop_if(cancelled)
        progress(len(todo) / max(total, 1), Path(reference).name)
        try:
            outcome.reference = read_reference(reference, reference_columns,
                                               _lookup(header_rows, Path(reference)), layouts)
        except CeoDeskError as err:
            outcome.errors.append(err)
    signature = getattr(outcome.reference, "signature", "")
    if layouts and signature in layouts and outcome.reference is not None:
        outcome.layouts_used[signature] = layouts[signature]
    progress(1.0, "")
    return outcome


def _as_reference(raw, columns, layouts=None) -> tuple[ReferenceTable | None, ReferenceColumnsError | None]:
    """The raw file as a reference table, or the question it leaves open (two candidate columns)."""
    try:
        return reference_from_raw(raw, columns, layouts=layouts), None
    except ReferenceColumnsError as err:
        return None, err


def _survey_or_none(raw, year) -> Survey | None:
    try:
        return build_survey(raw, year=year)
    except CeoDeskError:
        return None


#: How many of each kind an analysis keeps for re-use: counts (small: groups × years × categories per
#: question) and whole analyses (their results tables; a regional breakdown's is large).
REUSE_LIMITS = {"counts": 8, "analysis": 4}


def _counts_key(catalogue: Catalogue, by, weight) -> tuple:
    from ceo_desk.stats.counts import by_columns
    return "counts", by_columns(by), weight, tuple(q.key for q in catalogue)


def _analysis_key(options: AnalysisOptions, overrides: Overrides) -> tuple:
    import json
    return "analysis", options, json.dumps(overrides.to_json(), sort_keys=True, default=str)


def _keep(reuse: dict, key: tuple, value) -> None:
    """Keep ``value`` under ``key``; beyond the kind's limit the oldest of that kind goes."""
    reuse.pop(key, None)
    reuse[key] = value
    same = [k for k in reuse if k[0] == key[0]]
    for old in same[:max(len(same) - REUSE_LIMITS[key[0]], 0)]:
        del reuse[old]


def analyse(surveys: list[Survey], reference: ReferenceTable | None = None,
            options: AnalysisOptions | None = None, overrides: Overrides | None = None,
            progress: Progress = no_progress, cancelled: Cancelled = never, reuse: dict | None = None) -> Analysis:
    """Count and test. ``reuse`` holds counts of the same files by (by, weight, questions) from an earlier
    analysis of them (``Analysis.reuse``); a grouping found there is not counted again."""
    warmup.wait()
    from ceo_desk.stats.analysis import Analysis
    from ceo_desk.stats.counts import count_answers

    options = options or AnalysisOptions()
    overrides = overrides or Overrides()
    if not surveys:
        raise InputError(None, key="err.core.no_surveys", action_key="err.core.no_surveys_action")
    catalogue = Catalogue.build(surveys, overrides)
    progress(0.05, "")
    reuse = {} if reuse is None else reuse
    key = _counts_key(catalogue, options.by, options.weight)
    counts = reuse.get(key)
    if counts is None:
        counts = count_answers(catalogue, surveys, by=options.by, weight=options.weight,
                               progress=sub_range(progress, 0.05, 0.9), cancelled=cancelled)
        _keep(reuse, key, counts)
    matching = match_reference(catalogue, reference, overrides)
    results, breakdown = _results(catalogue, counts, options, reference, matching, surveys)
    progress(1.0, "")
    return Analysis(surveys, reference, options, overrides, catalogue, matching, counts, results, breakdown, reuse)


def _results(catalogue, counts, options, reference, matching, surveys):
    """The results table; with --by the breakdown's (groups, total, disclosure control) and its groups."""
    from ceo_desk.stats.breakdown import breakdown_results
    from ceo_desk.stats.results import compute_results

    if counts.by is None:           # the disclosure policy holds without groups too: a hidden cell shows no n
        from ceo_desk.stats.disclosure import protect_plain
        return protect_plain(compute_results(catalogue, counts, options, reference, matching),
                             options.ref_includes_self), None
    return breakdown_results(catalogue, counts, options, reference, matching, surveys)


def counts_anew(analysis: Analysis, options: AnalysisOptions) -> bool:
    """Whether ``reanalyse`` with ``options`` counts the answers again (a grouping or weight not counted
    before for these files): the one part that takes long on a large file, worth a progress bar and Cancel."""
    from ceo_desk.stats.counts import by_columns

    wanted = (by_columns(options.by), options.weight)
    if wanted == (by_columns(analysis.counts.by), analysis.counts.weight):
        return False
    return not any(key[0] == "counts" and key[1:3] == wanted for key in analysis.reuse)


def reanalyse(analysis: Analysis, options: AnalysisOptions | None = None,
              overrides: Overrides | None = None, progress: Progress = no_progress,
              cancelled: Cancelled = never) -> Analysis:
    """New settings or corrections on the same files; counts only a grouping or weight not counted before.

    Category roles, matches, confidence and the like re-use the counts, so this is fast enough
    for the window to call on every change. Every analysis of the same files shares ``Analysis.reuse``: a
    grouping is counted once, and settings and corrections seen before give their analysis back at once
    (switching the breakdown back, undo). ``progress`` and ``cancelled`` reach the counting
    (``counts_anew``).
    """
    warmup.wait()
    from ceo_desk.stats.counts import by_columns

    options = options or analysis.options
    overrides = overrides if overrides is not None else analysis.overrides
    reuse = analysis.reuse
    _keep(reuse, _analysis_key(analysis.options, analysis.overrides), analysis)
    seen = reuse.get(_analysis_key(options, overrides))
    if seen is not None:
        return seen
    catalogue = Catalogue.build(analysis.surveys, overrides)
    counts = analysis.counts
    same_questions = [q.key for q in catalogue] == [q.key for q in analysis.catalogue]
    if by_columns(options.by) != by_columns(counts.by) or options.weight != counts.weight or not same_questions:
        reuse.setdefault(_counts_key(analysis.catalogue, counts.by, counts.weight), counts)
        return analyse(analysis.surveys, analysis.reference, options, overrides, progress, cancelled, reuse=reuse)
    matching = match_reference(catalogue, analysis.reference, overrides)
    results, breakdown = _results(catalogue, counts, options, analysis.reference, matching, analysis.surveys)
    return replace(analysis, options=options, overrides=overrides, catalogue=catalogue,
                   matching=matching, results=results, breakdown=breakdown)


def with_default_breakdown(analysis: Analysis) -> Analysis:
    """The default view of a Jeugd survey that holds both youths and parents: the two side by side.

    Without a breakdown chosen, a youth-care file (frequency scale, not the Wmo agreement scale) with a
    target-group column naming youths and parents is broken down by that column; anything else is
    returned as it is.
    """
    from ceo_desk.stats.groups import default_breakdown

    if analysis.options.by is not None:
        return analysis
    jeugd = not any(q.scale == "agreement" for q in analysis.catalogue.reported())
    column = default_breakdown(analysis.surveys, jeugd)
    if column is None:
        return analysis
    return reanalyse(analysis, options=replace(analysis.options, by=column))


def _slug(text: str, limit: int = 48) -> str:
    slug = "-".join(re.findall(r"\w+", normalise_text(text)))
    return slug if len(slug) <= limit else slug[:limit].rsplit("-", 1)[0]


def report_targets(analysis: Analysis, path: Path | str, options: ReportOptions) -> list[tuple[Path, ReportOptions]]:
    """The PDF file(s) a report writes: ``path`` itself, or with ``split`` one file per question or year
    in the folder ``path``."""
    from ceo_desk.report.context import build_context

    path = Path(path)
    if options.split is None:
        return [(path, options)]
    context = build_context(analysis, options)
    if options.split == "question":
        return [(path / f"{q.id}_{_slug(q.text)}.pdf", replace(options, questions=(q.id,), split=None))
                for q in context.questions]
    stem = tr("files.report_stem", options.lang)
    return [(path / f"{stem}_{year}.pdf", replace(options, years=(year,), split=None)) for year in context.years]


def write_report(analysis: Analysis, path: Path | str, options: ReportOptions | None = None,
                 progress: Progress = no_progress, cancelled: Cancelled = never) -> list[Path]:
    """Write the PDF report atomically; with ``options.split`` a folder of PDFs. Returns the files written.

    A failed or cancelled export leaves no partial file and keeps an older one in place.
    """
    from ceo_desk.report import ReportOptions, build_report

    options = options or ReportOptions()
    targets = report_targets(analysis, path, options)
    inputs = [s.path for s in analysis.surveys] + [analysis.reference.path if analysis.reference else None]
    for target, _ in targets:
        check_not_input(target, inputs)
    if options.split is not None and Path(path).is_file():
        raise InputError(path, key="err.core.split_is_file", action_key="err.core.split_is_file_action")
    written = []
    for index, (target, target_options) in enumerate(targets):
        stop_if(cancelled)
        progress(index / len(targets), target.name)
        step = sub_range(progress, index / len(targets), (index + 1) / len(targets), target.name)
        try:
            write_atomic(target, lambda tmp, o=target_options, s=step: build_report(analysis, tmp, o, s, cancelled))
        except OSError as err:
            raise write_error(target, err) from None
        written.append(target)
    progress(1.0, "")
    return written


def write_tables(analysis: Analysis, path: Path | str, options: ReportOptions | None = None,
                 progress: Progress = no_progress, cancelled: Cancelled = never) -> Path:
    """Write the report's table appendix (.xlsx) atomically: a summary, a sheet and chart per question,
    the definitions. The years, questions, date and reference name are the report's (``options``)."""
    from ceo_desk.report import ReportOptions
    from ceo_desk.report.context import build_context
    from ceo_desk.report.tables_xlsx import write_tables as write_workbook

    stop_if(cancelled)
    options = options or ReportOptions()
    ctx = build_context(analysis, options)
    progress(0.1, Path(path).name)
    try:
        write_atomic(path, lambda tmp: write_workbook(ctx, tmp, options.open_answers, options.themes))
    except OSError as err:
        raise InputError(path, key="err.core.cannot_write", params={"reason": err.strerror or str(err)},
                         action_key="err.core.cannot_write_action") from None
    progress(1.0, "")
    return Path(path)


BRIEF_FORMATS = (".pdf", ".docx")


def write_brief(analysis: Analysis, path: Path | str, options: ReportOptions | None = None,
                progress: Progress = no_progress, cancelled: Cancelled = never) -> Path:
    """Write the council brief atomically: one or two pages, as .pdf or as an editable .docx (by suffix)."""
    from ceo_desk.report import ReportOptions
    from ceo_desk.report.context import build_context

    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in BRIEF_FORMATS:
        raise InputError(path, key="err.report.brief_format", params={"formats": ", ".join(BRIEF_FORMATS)},
                         action_key="err.report.brief_format_action")
    stop_if(cancelled)
    ctx = build_context(analysis, options or ReportOptions())
    progress(0.1, path.name)
    if suffix == ".docx":
        from ceo_desk.report.brief_docx import write_brief_docx as write
    else:
        from ceo_desk.report.brief import write_brief_pdf as write
    try:
        write_atomic(path, lambda tmp: write(ctx, tmp))
    except OSError as err:
        raise InputError(path, key="err.core.cannot_write", params={"reason": err.strerror or str(err)},
                         action_key="err.core.cannot_write_action") from None
    progress(1.0, "")
    return path
