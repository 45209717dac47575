"""Command-line faces of the use cases: ``ceo-desk analyze``, ``report``, ``demo``, ``gui``."""

from __future__ import annotations

import argparse
import gc
import shutil
import sys
from pathlib import Path

from ceo_desk import __version__
from ceo_desk.i18n import LANGUAGES, fmt_margin, fmt_number, tr
from ceo_desk.model.errors import CeoDeskError, InputError
from ceo_desk.model.figures import flag
from ceo_desk.model.options import ADJUST_FAMILIES, ADJUSTMENTS, AnalysisOptions

DEFAULTS = AnalysisOptions()          # the defaults as AnalysisOptions declares them

EXIT_BAD_INPUT = 2


def _lang_in(argv: list[str]) -> str:
    """The --lang of a command line, read before parsing so that the parser's own messages use it."""
    for i, word in enumerate(argv):
        value = argv[i + 1] if word == "--lang" and i + 1 < len(argv) else word.removeprefix("--lang=")
        if value in LANGUAGES:
            return value
    return "nl"


def _year_pair(text: str, lang: str = "nl") -> tuple[str, int | str]:
    """FILE=YEAR, or FILE=COLUMN for a year column with a name the program does not know."""
    name, sep, year = text.rpartition("=")
    if not sep or not name or not year.strip():
        raise argparse.ArgumentTypeError(tr("cli.year_pair", lang, text=text))
    return (name, int(year)) if year.strip().isdigit() else (name, year.strip())


def _population(text: str, lang: str = "nl") -> tuple[int, int]:
    year, sep, number = text.partition("=")
    number = number.strip().replace(".", "").replace("\u00a0", "").replace(" ", "")
    if not sep or not year.strip().isdigit() or not number.isdigit() or int(number) < 1:
        raise argparse.ArgumentTypeError(tr("cli.population_pair", lang, text=text))
    return int(year), int(number)


def _target(text: str, lang: str = "nl") -> tuple[str, float]:
    question, sep, percent = text.rpartition("=")
    try:
        value = float(percent.strip().rstrip("%").strip().replace(",", "."))
    except ValueError:
        value = -1.0
    if not sep or not question.strip() or not 0 <= value <= 100:
        raise argparse.ArgumentTypeError(tr("cli.target_pair", lang, text=text))
    return question.strip(), value


def _row_pair(text: str, lang: str = "nl") -> tuple[str, int]:
    name, sep, row = text.rpartition("=")
    if not sep or not name or not row.strip().isdigit() or int(row) < 1:
        raise argparse.ArgumentTypeError(tr("cli.header_row_pair", lang, text=text))
    return name, int(row)


def _fraction(text: str) -> float:
    value = float(text.replace(",", "."))
    return value / 100 if value > 1 else value


def add_analysis_arguments(parser: argparse.ArgumentParser, lang: str = "nl", report: bool = False) -> None:
    """Inputs and statistical settings shared by every command that analyses files.

    For ``report`` (the report and the brief) --year also takes a bare year, report only that year, and
    --question chooses questions."""
    parser.add_argument("files", nargs="+", metavar="FILE", type=Path,
                        help="survey files (.sav, .xlsx, .csv)")
    parser.add_argument("--reference", "-r", type=Path, metavar="REF", help="reference-group table (.xlsx or .csv)")
    if report:
        parser.add_argument("--year", action="append", type=lambda t: _report_year(t, lang), default=[],
                            metavar="YEAR|FILE=YEAR",
                            help="report only this year (repeatable); FILE=YEAR gives the year of a file as for analyze")
        parser.add_argument("--question", action="append", metavar="TEXT_OR_ID",
                            help="only this question: its id (Q3) or (part of) its text (repeatable)")
    else:
        parser.add_argument("--year", action="append", type=lambda t: _year_pair(t, lang), default=[],
                            metavar="FILE=YEAR",
                            help="year of a file that holds no year column and no year in its name, or FILE=COLUMN: "
                                 "the column that holds the year (repeatable)")
    parser.add_argument("--header-row", action="append", type=lambda t: _row_pair(t, lang), default=[], metavar="FILE=N",
                        help="row of the column headers when title lines stand above them, numbered as the "
                             "spreadsheet shows it (1 = first row; repeatable)")
    parser.add_argument("--reference-columns", metavar="ROLE=COL,...",
                        help="columns of the reference table: question=COL,year=COL,n=COL,percent=COL (COL: header "
                             "text, letter or number; year may also be one fixed year)")
    parser.add_argument("--by", metavar="COLUMN", action="append",
                        help="break down by this group column (e.g. doelgroep, stadsdeel); twice for the cross")
    parser.add_argument("--weight", metavar="COLUMN", help="weight column (e.g. weegfactor): weighted share, Kish effective n")
    parser.add_argument("--confidence", type=_fraction, default=DEFAULTS.confidence,
                        help=f"confidence level (default {DEFAULTS.confidence})")
    parser.add_argument("--alpha", type=_fraction, default=DEFAULTS.alpha,
                        help=f"significance level (default {DEFAULTS.alpha})")
    parser.add_argument("--min-n-test", type=int, default=DEFAULTS.min_n_test,
                        help=f"no tests below this n (default {DEFAULTS.min_n_test})")
    parser.add_argument("--min-n-report", type=int, default=DEFAULTS.min_n_report,
                        help=f"no figure below this n (default {DEFAULTS.min_n_report})")
    parser.add_argument("--adjust", choices=ADJUSTMENTS, default=DEFAULTS.adjust,
                        help=f"multiple-testing correction (default {DEFAULTS.adjust})")
    parser.add_argument("--adjust-family", choices=ADJUST_FAMILIES, default=DEFAULTS.adjust_family,
                        help="tests corrected together: 'year' = one report year and one kind of comparison "
                             "(reference, previous year, target, group vs rest) per group set; 'all' = the whole "
                             f"table (default {DEFAULTS.adjust_family})")
    parser.add_argument("--ref-includes-self", action="store_true",
                        help="the reference group contains this municipality: subtract it before testing")
    parser.add_argument("--population", action="append", type=lambda t: _population(t, lang), default=[], metavar="YEAR=N",
                        help="clients who received support that year: finite-population correction (repeatable)")
    parser.add_argument("--target", action="append", type=lambda t: _target(t, lang), default=[], metavar="QUESTION=PERCENT",
                        help="policy target for a question (id or text): exact binomial test (repeatable)")
    parser.add_argument("--targets", type=Path, metavar="FILE",
                        help="targets file (.xlsx or .csv): a question column (Q3 or text) and a target percent "
                             "column; --target adds to it or overrides a row")
    _add_lang(parser, "language of notes and texts")


def _add_lang(parser: argparse.ArgumentParser, help: str) -> None:
    parser.add_argument("--lang", choices=LANGUAGES, default=DEFAULTS.lang, help=f"{help} (default {DEFAULTS.lang})")


def _by(columns: list[str] | None):
    """--by given once: that column; twice: the cross of both; 'none': everyone together."""
    if not columns or [c.casefold() for c in columns] == ["none"]:
        return None
    return columns[0] if len(columns) == 1 else tuple(columns)


def options_from(args: argparse.Namespace, targets=None) -> AnalysisOptions:
    """The settings; ``targets`` the targets file read (io.targets), its rows before the --target ones."""
    pairs = tuple(targets.pairs if targets is not None else ()) + tuple(args.target)
    return AnalysisOptions(confidence=args.confidence, alpha=args.alpha, min_n_test=args.min_n_test,
                           min_n_report=args.min_n_report, by=_by(args.by), weight=args.weight,
                           adjust=args.adjust, adjust_family=args.adjust_family,
                           ref_includes_self=args.ref_includes_self, population=tuple(args.population),
                           targets=pairs, lang=args.lang)


def _print_problems(problems: list[str], lang: str) -> None:
    for problem in problems:
        print(tr("cli.error", lang, message=problem), file=sys.stderr)


def run_analysis(args: argparse.Namespace):
    """Load and analyse; returns (analysis or None, problems). Bad files are skipped, not fatal."""
    targets = None
    if getattr(args, "targets", None):
        from ceo_desk.io.targets import read_targets      # only when asked: pandas loads later otherwise
        targets = read_targets(args.targets)
    try:
        options = options_from(args, targets)
    except ValueError as exc:
        return None, [str(exc)]
    from ceo_desk.io import prefetch
    prefetch.start(args.files)          # large SPSS files read while pandas and the statistics are imported
    from ceo_desk import services
    outcome = services.load_files(args.files, years=dict(args.year), reference=args.reference,
                                  header_rows=dict(args.header_row), reference_columns=args.reference_columns,
                                  checksums=False)
    problems = [e.render(args.lang) for e in outcome.errors]
    if not outcome.surveys:
        return None, problems or [tr("cli.no_usable_surveys", args.lang)]
    try:
        analysis = services.analyse(outcome.surveys, outcome.reference, options)
    except CeoDeskError as err:
        err = targets.locate(err) if targets is not None else err
        return None, problems + [err.render(args.lang)]
    return analysis, problems


def _sig(significant, diff) -> str:
    if flag(significant):        # NA (not tested) and False show nothing
        return "▲" if diff > 0 else "▼"
    return ""


def format_table(results, lang: str = "nl", width: int | None = None) -> str:
    """A readable terminal table: question, year, n, percent ± margin, reference, differences."""
    from ceo_desk.stats.notes import note_text
    width = width or shutil.get_terminal_size((120, 20)).columns
    heads = ["id", tr("cli.col.question", lang)] + ([tr("cli.col.group", lang)] if "group" in results else []) + [
        tr("cli.col.year", lang), "n", "%", "±", "ref %", "Δ ref", "", tr("cli.col.prev", lang), ""] + (
        ["Δ rest", ""] if "diff_rest" in results else []) + [tr("cli.col.note", lang)]
    rows = []
    for r in results.itertuples(index=False):
        value = r.mean if r.kind == "mean" else r.percent
        dec = 1
        row = [r.question_id, r.question] + ([str(r.group)] if "group" in results else []) + [
            str(r.year), str(r.n), fmt_number(value, dec, lang),
            fmt_margin(r.margin, r.ci_low, r.ci_high, lang),
            fmt_number(r.ref_percent, 1 if r.kind == "mean" else 0, lang), fmt_number(r.diff_ref, 1, lang),
            _sig(r.sig_ref, r.diff_ref),
            fmt_number(r.diff_prev, 1, lang), _sig(r.sig_prev, r.diff_prev)] + (
            [fmt_number(r.diff_rest, 1, lang), _sig(r.sig_rest, r.diff_rest)] if "diff_rest" in results else []) + [
            note_text(r.note, lang)]
        rows.append(["" if c == "<NA>" else c for c in row])
    widths = [max(len(h), *(len(row[i]) for row in rows)) if rows else len(h) for i, h in enumerate(heads)]
    q_index = 1
    fixed = sum(w + 2 for i, w in enumerate(widths) if i != q_index)
    widths[q_index] = max(20, min(widths[q_index], width - fixed))
    numeric = {i for i, h in enumerate(heads) if h in {"n", "%", "±", "ref %", "Δ ref", "Δ rest", tr("cli.col.prev", lang),
                                                          tr("cli.col.year", lang)}}

    def fit(text: str, w: int, right: bool) -> str:
        text = text if len(text) <= w else text[: w - 1] + "…"
        return text.rjust(w) if right else text.ljust(w)

    lines = ["  ".join(fit(h, w, i in numeric) for i, (h, w) in enumerate(zip(heads, widths))).rstrip()]
    lines.append("  ".join("-" * w for w in widths).rstrip())
    for row in rows:
        lines.append("  ".join(fit(c, w, i in numeric) for i, (c, w) in enumerate(zip(row, widths))).rstrip())
    return "\n".join(lines)


def _refuse_overwriting_inputs(args: argparse.Namespace) -> list[str]:
    """``-o`` equal to (a link to) a survey file or the reference: refused before anything is read."""
    from ceo_desk.atomic_write import check_not_input
    try:
        for output in (args.output, getattr(args, "tables", None)):
            if output is not None:
                check_not_input(output, [*args.files, args.reference])
    except CeoDeskError as err:
        return [err.render(args.lang)]
    return []


def cmd_analyze(args: argparse.Namespace) -> int:
    if args.output and (refused := _refuse_overwriting_inputs(args)):
        _print_problems(refused, args.lang)
        return EXIT_BAD_INPUT
    analysis, problems = run_analysis(args)
    if analysis is not None:
        from ceo_desk.export import export_table, results_for_export
        results = analysis.results
        for warning in analysis.warnings:
            print(tr("cli.warning", args.lang, message=warning.render(args.lang)), file=sys.stderr)
        unrecognised = analysis.catalogue.unrecognised()
        if args.output:
            try:
                export_table(results_for_export(results), args.output, inputs=[*args.files, args.reference],
                             lang=args.lang)
            except CeoDeskError as err:
                problems.append(err.render(args.lang))
            else:
                print(tr("cli.rows_written", args.lang, count=len(results), path=args.output), file=sys.stderr)
        else:
            print(format_table(results, args.lang))
        if unrecognised:
            print("\n" + tr("cli.unrecognised", args.lang))
            for q in unrecognised:
                print(f"  {q.text}: {', '.join(q.categories)}")
    _print_problems(problems, args.lang)
    return EXIT_BAD_INPUT if problems else 0


def build_parser(lang: str = "nl") -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ceo-desk", description="CEO Desk: analyse client-experience surveys "
                                                                  "(cliëntervaringsonderzoek) and write reports.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    analyze = sub.add_parser("analyze", help="percent positive, margins and tests per question and year")
    add_analysis_arguments(analyze, lang)
    analyze.add_argument("-o", "--output", type=Path, metavar="RESULTS", help="write results to .csv, .xlsx or .json")
    analyze.set_defaults(func=cmd_analyze)
    for extend in _EXTENSIONS:
        extend(sub, lang)
    return parser


def _report_year(text: str, lang: str = "nl"):
    """--year of the report command: a bare year (report only that year) or FILE=YEAR as for analyze."""
    if text.strip().isdigit():
        return int(text)
    return _year_pair(text, lang)


def _date(text: str, lang: str = "nl"):
    import datetime as dt
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(tr("cli.date", lang, text=text)) from None


def _add_report_options(parser: argparse.ArgumentParser, lang: str) -> None:
    """What the report, the brief and the demo share: the cover, and the open answers."""
    parser.add_argument("--title", help="title on the cover (default: the survey, the municipality and the years)")
    parser.add_argument("--date", type=lambda t: _date(t, lang), metavar="YYYY-MM-DD",
                        help="date on the cover (default: SOURCE_DATE_EPOCH, else today)")
    parser.add_argument("--reference-name", metavar="NAME",
                        help="what the reference group is called on the cover and in the charts "
                             "(default: 'Reference group' in the report's language)")
    _add_open_answer_options(parser)


def _add_open_answer_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--open-answers", action="store_true",
                        help="add an appendix with the open answers: themes per year and masked quotes")
    parser.add_argument("--themes", type=Path, metavar="THEMES.txt",
                        help="theme list for the open answers, one theme a line: 'name: keyword, keyword'")


def _themes(args: argparse.Namespace):
    from ceo_desk.openanswers.themes import read_themes
    return tuple(read_themes(args.themes)) if getattr(args, "themes", None) else None


def _write_report(analysis, output: Path, options) -> list[str]:
    from ceo_desk import services
    try:
        written = services.write_report(analysis, output, options)
    except CeoDeskError as err:
        return [err.render(options.lang)]
    for path in written:
        print(tr("cli.written", options.lang, path=path), file=sys.stderr)
    return []


def _report_setup(args: argparse.Namespace):
    """Analysis and report options of ``report`` and ``brief``; (None, None, problems) when it cannot go on."""
    from ceo_desk.report import ReportOptions
    if refused := _refuse_overwriting_inputs(args):
        return None, None, refused
    report_years = tuple(sorted({y for y in args.year if isinstance(y, int)})) or None
    args.year = [y for y in args.year if not isinstance(y, int)]
    analysis, problems = run_analysis(args)
    if analysis is None:
        return None, None, problems
    if not args.by:                       # Jeugd with youths and parents: side by side unless --by none
        from ceo_desk import services
        analysis = services.with_default_breakdown(analysis)
        if analysis.options.by is not None:
            note = tr("breakdown.default_youth_parents", args.lang, column=analysis.options.by)
            print(tr("cli.warning", args.lang, message=note), file=sys.stderr)
    ids, unknown = [], []
    for wanted in args.question or []:
        question = analysis.catalogue.find(wanted)
        if question is None or not question.reported:
            unknown.append(tr("cli.question_unknown", args.lang, wanted=wanted))
        else:
            ids.append(question.id)
    if unknown:
        return None, None, problems + unknown
    options = ReportOptions(title=args.title, lang=args.lang, years=report_years, questions=tuple(ids) or None,
                            date=args.date, split=getattr(args, "split", None), reference_name=args.reference_name,
                            open_answers=getattr(args, "open_answers", False), themes=_themes(args))
    return analysis, options, problems


def _write_other(write, analysis, output: Path, options) -> list[str]:
    """Write the tables or the brief with ``write`` (a services function); the problem as text if it fails."""
    try:
        written = write(analysis, output, options)
    except CeoDeskError as err:
        return [err.render(options.lang)]
    print(tr("cli.written", options.lang, path=written), file=sys.stderr)
    return []


def cmd_report(args: argparse.Namespace) -> int:
    from ceo_desk import services
    analysis, options, problems = _report_setup(args)
    if analysis is None:
        _print_problems(problems, args.lang)
        return EXIT_BAD_INPUT
    problems += _write_report(analysis, args.output, options)
    if args.tables and not problems:
        problems += _write_other(services.write_tables, analysis, args.tables, options)
    _print_problems(problems, args.lang)
    return EXIT_BAD_INPUT if problems else 0


def cmd_brief(args: argparse.Namespace) -> int:
    from ceo_desk import services
    analysis, options, problems = _report_setup(args)
    if analysis is None:
        _print_problems(problems, args.lang)
        return EXIT_BAD_INPUT
    problems += _write_other(services.write_brief, analysis, args.output, options)
    _print_problems(problems, args.lang)
    return EXIT_BAD_INPUT if problems else 0


def demo_folder() -> Path:
    """The synthetic demo files, inside the package (so an installed wheel and the bundle have them)."""
    from importlib import resources
    return Path(str(resources.files("ceo_desk") / "resources" / "demo"))


def cmd_demo(args: argparse.Namespace) -> int:
    from ceo_desk import services
    from ceo_desk.report import ReportOptions
    folder = demo_folder()
    files = sorted(folder.glob("ceo_jeugd_voorbeeldstad_*.*"))
    reference = folder / "referentiegroep_jeugd.xlsx"
    if not files or not reference.exists():
        _print_problems([tr("cli.demo_missing", args.lang, folder=folder)], args.lang)
        return EXIT_BAD_INPUT
    outcome = services.load_files(files, reference=reference)
    problems = [e.render(args.lang) for e in outcome.errors]
    if problems:
        _print_problems(problems, args.lang)
        return EXIT_BAD_INPUT
    analysis = services.analyse(outcome.surveys, outcome.reference, AnalysisOptions(lang=args.lang))
    problems = _write_report(analysis, args.output, ReportOptions(title=args.title, lang=args.lang, date=args.date,
                                                                            reference_name=args.reference_name,
                                                                            open_answers=args.open_answers, themes=_themes(args)))
    _print_problems(problems, args.lang)
    return EXIT_BAD_INPUT if problems else 0


def _report_commands(sub, lang: str) -> None:
    report = sub.add_parser("report", help="PDF report: summary, a chart and table per question, method")
    add_analysis_arguments(report, lang, report=True)
    report.add_argument("-o", "--output", type=Path, required=True, metavar="REPORT",
                        help="the PDF to write; with --split a folder")
    report.add_argument("--split", choices=["question", "year"], help="one PDF per question or per year, in a folder")
    report.add_argument("--tables", type=Path, metavar="TABLES.xlsx",
                        help="also write the table appendix: a sheet and an Excel chart per question, definitions")
    _add_report_options(report, lang)
    report.set_defaults(func=cmd_report)

    brief = sub.add_parser("brief", help="council brief: one or two pages with the main findings (.pdf or .docx)")
    add_analysis_arguments(brief, lang, report=True)
    brief.add_argument("-o", "--output", type=Path, required=True, metavar="BRIEF",
                       help="the brief to write: brief.pdf, or brief.docx to edit in Word")
    _add_report_options(brief, lang)
    brief.set_defaults(func=cmd_brief)

    demo = sub.add_parser("demo", help="write the report of the bundled (synthetic) demo data")
    demo.add_argument("-o", "--output", type=Path, default=Path("out") / f"demo-{tr('files.report_stem', lang)}.pdf",
                      metavar="REPORT", help="the PDF to write (default: out/demo-<report>.pdf, named in the "
                                             "report's language)")
    _add_lang(demo, "language of the report")
    _add_report_options(demo, lang)
    demo.set_defaults(func=cmd_demo)


def cmd_gui(args: argparse.Namespace) -> int:
    gc.enable()                                 # a window runs for hours: it collects its garbage (see run)
    try:
        from ceo_desk.gui.app import run       # Qt is imported only here: analyze and report never load it
    except ImportError as err:
        print(tr("cli.error", args.lang, message=tr("cli.no_window", args.lang, reason=err)), file=sys.stderr)
        return EXIT_BAD_INPUT
    return run(args.files, reference=args.reference, project=args.project, screenshot=args.screenshot)


def _gui_command(sub, lang: str) -> None:
    gui = sub.add_parser("gui", help="open the desktop window (optionally with files or a project)")
    gui.add_argument("files", nargs="*", metavar="FILE", type=Path, help="survey files to open (.sav, .xlsx, .csv)")
    gui.add_argument("--reference", "-r", type=Path, metavar="REF", help="reference-group table (.xlsx or .csv)")
    gui.add_argument("--project", "-p", type=Path, metavar="P.json", help="open a saved project (.ceoproj.json)")
    gui.add_argument("--screenshot", type=Path, metavar="PNG",
                     help="render the loaded window offscreen to this PNG and exit")
    gui.set_defaults(func=cmd_gui, lang=lang)       # the window's language is a setting; messages here follow --lang


def cmd_open_answers(args: argparse.Namespace) -> int:
    """The open answers, masked: theme counts per year in the terminal, or all of them to a file."""
    from ceo_desk import services
    from ceo_desk.openanswers.collect import collect, theme_label, theme_table
    from ceo_desk.openanswers.export import export_open_answers
    from ceo_desk.openanswers.themes import DEFAULT_THEMES
    outcome = services.load_files(args.files, years=dict(args.year))
    problems = [e.render(args.lang) for e in outcome.errors]
    data = collect(outcome.surveys)
    themes = _themes(args) or DEFAULT_THEMES
    if not data.questions:
        problems.append(InputError(None, key="err.oa.none", action_key="err.oa.none_action").render(args.lang))
    elif args.output:
        export_open_answers(data, args.output, themes, args.lang, args.min_n_report)
        print(tr("oa.cli.written", args.lang, path=args.output), file=sys.stderr)
    else:
        for question in data.questions:
            rows = theme_table(data, question.key, themes, min_n=args.min_n_report)
            years = sorted(rows[0].answered) if rows else []
            print(question.text)
            width = max([len(theme_label(r.theme, args.lang)) for r in rows] + [10])
            print("  " + " " * width + "".join(f"{y:>12}" for y in years))
            for row in rows:
                cells = "".join(f"{fmt_number(row.counts.get(y, 0), 0, args.lang) + ' (' + fmt_number(row.share(y), 0, args.lang) + '%)':>12}"
                                for y in years)
                print(f"  {theme_label(row.theme, args.lang):<{width}}{cells}")
            print()
    _print_problems(problems, args.lang)
    return EXIT_BAD_INPUT if problems else 0


def _open_answers_command(sub, lang: str) -> None:
    command = sub.add_parser("open-answers", help="open answers, personal data masked: themes per year, or export")
    command.add_argument("files", nargs="+", metavar="FILE", type=Path, help="survey files (.sav, .xlsx, .csv)")
    command.add_argument("--year", action="append", type=lambda t: _year_pair(t, lang), default=[],
                         metavar="FILE=YEAR", help="year of a file that holds no year column and no year in its name")
    command.add_argument("-o", "--output", type=Path, metavar="OUT", help="write the masked answers to .xlsx, .csv or .json")
    command.add_argument("--themes", type=Path, metavar="THEMES.txt",
                         help="theme list, one theme a line: 'name: keyword, keyword'")
    command.add_argument("--min-n-report", type=int, default=10, help="no counts or quotes below this many respondents")
    _add_lang(command, "language of the masks and headings")
    command.set_defaults(func=cmd_open_answers)


_EXTENSIONS = (_report_commands, _gui_command, _open_answers_command)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    lang = _lang_in(argv)
    args = build_parser(lang).parse_args(argv)
    try:
        return args.func(args)
    except CeoDeskError as err:
        lang = getattr(args, "lang", lang)
        print(tr("cli.error", lang, message=err.render(lang)), file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130


def run() -> int:
    """The program as a process (the ``ceo-desk`` command): ``main`` on the command line's arguments.

    A command that runs and ends (all but ``gui``, which turns it back on) does without Python's cyclic garbage
    collector: start-up
    creates hundreds of thousands of objects that live to the end (the imports), and scanning them again
    and again cost about a tenth of a second, and a scan of the whole heap at exit another. The memory such a
    command holds is its data, freed when the process ends (peak memory measured the same either way).
    """
    gc.disable()
    try:
        return main(sys.argv[1:])
    finally:
        gc.freeze()         # what is left goes back to the system at exit, without a last scan of the heap


if __name__ == "__main__":
    sys.exit(run())
