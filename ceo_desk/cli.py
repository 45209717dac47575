"""Command-line faces of the use cases: ``ceo-desk analyze``, ``report``, ``demo``, ``gui``."""

from __future__ import annotations

import argparse
import math
import shutil
import sys
from pathlib import Path

from ceo_desk import __version__
from ceo_desk.model.errors import CeoDeskError, InputError

EXIT_BAD_INPUT = 2


def _year_pair(text: str) -> tuple[str, int]:
    name, sep, year = text.rpartition("=")
    if not sep or not name or not year.strip().isdigit():
        raise argparse.ArgumentTypeError(f"'{text}': schrijf BESTAND=JAAR, bijvoorbeeld enquete.csv=2024")
    return name, int(year)


def _fraction(text: str) -> float:
    value = float(text.replace(",", "."))
    return value / 100 if value > 1 else value


def add_analysis_arguments(parser: argparse.ArgumentParser) -> None:
    """Inputs and statistical settings shared by every command that analyses files."""
    parser.add_argument("files", nargs="+", metavar="FILE", type=Path,
                        help="survey files (.sav, .xlsx, .csv)")
    parser.add_argument("--reference", "-r", type=Path, metavar="REF", help="reference-group table (.xlsx or .csv)")
    parser.add_argument("--year", action="append", type=_year_pair, default=[], metavar="FILE=YEAR",
                        help="year of a file that holds no year column and no year in its name (repeatable)")
    parser.add_argument("--by", metavar="COLUMN", help="one row per group of this column (e.g. stadsdeel)")
    parser.add_argument("--weight", metavar="COLUMN", help="weight column (e.g. weegfactor): weighted share, Kish effective n")
    parser.add_argument("--confidence", type=_fraction, default=0.95, help="confidence level (default 0.95)")
    parser.add_argument("--alpha", type=_fraction, default=0.05, help="significance level (default 0.05)")
    parser.add_argument("--min-n-test", type=int, default=30, help="no tests below this n (default 30)")
    parser.add_argument("--min-n-report", type=int, default=10, help="no figure below this n (default 10)")
    parser.add_argument("--adjust", choices=["none", "holm", "fdr_bh"], default="none",
                        help="multiple-testing correction over all tests (default none)")
    parser.add_argument("--ref-includes-self", action="store_true",
                        help="the reference group contains this municipality: subtract it before testing")
    parser.add_argument("--lang", choices=["nl", "en"], default="nl", help="language of notes and texts")


def options_from(args: argparse.Namespace):
    from ceo_desk.model.options import AnalysisOptions
    return AnalysisOptions(confidence=args.confidence, alpha=args.alpha, min_n_test=args.min_n_test,
                           min_n_report=args.min_n_report, by=args.by, weight=args.weight,
                           adjust=args.adjust, ref_includes_self=args.ref_includes_self, lang=args.lang)


def _print_problems(problems: list[str]) -> None:
    for problem in problems:
        print(f"fout: {problem}", file=sys.stderr)


def run_analysis(args: argparse.Namespace):
    """Load and analyse; returns (analysis or None, problems). Bad files are skipped, not fatal."""
    from ceo_desk import services
    try:
        options = options_from(args)
    except ValueError as exc:
        return None, [str(exc)]
    outcome = services.load_files(args.files, years=dict(args.year), reference=args.reference)
    problems = [str(e) for e in outcome.errors]
    if not outcome.surveys:
        return None, problems or ["geen bruikbare enquêtebestanden."]
    try:
        analysis = services.analyse(outcome.surveys, outcome.reference, options)
    except CeoDeskError as err:
        return None, problems + [str(err)]
    return analysis, problems


def _cell(value, decimals: int, lang: str) -> str:
    from ceo_desk.i18n import fmt_number
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    try:
        return fmt_number(float(value), decimals, lang)
    except (TypeError, ValueError):
        return ""


def _sig(flag, diff) -> str:
    if flag is True or (flag is not None and str(flag) == "True"):
        return "▲" if diff > 0 else "▼"
    return ""


def format_table(results, lang: str = "nl", width: int | None = None) -> str:
    """A readable terminal table: question, year, n, percent ± margin, reference, differences."""
    width = width or shutil.get_terminal_size((120, 20)).columns
    en = lang == "en"
    heads = ["id", "question" if en else "vraag"] + (["group" if en else "groep"] if "group" in results else []) + [
        "year" if en else "jaar", "n", "%", "±", "ref %", "Δ ref", "", "Δ prev" if en else "Δ vorig", "", "note" if en else "opmerking"]
    rows = []
    for r in results.itertuples(index=False):
        value = r.mean if r.kind == "mean" else r.percent
        dec = 1
        row = [r.question_id, r.question] + ([str(r.group)] if "group" in results else []) + [
            str(r.year), str(r.n), _cell(value, dec, lang), _cell(r.margin, 1, lang), _cell(r.ref_percent, 0, lang),
            _cell(r.diff_ref, 1, lang), _sig(r.sig_ref if r.sig_ref is not None else None, r.diff_ref),
            _cell(r.diff_prev, 1, lang), _sig(r.sig_prev if r.sig_prev is not None else None, r.diff_prev),
            str(r.note or "")]
        rows.append(["" if c == "<NA>" else c for c in row])
    widths = [max(len(h), *(len(row[i]) for row in rows)) if rows else len(h) for i, h in enumerate(heads)]
    q_index = 1
    fixed = sum(w + 2 for i, w in enumerate(widths) if i != q_index)
    widths[q_index] = max(20, min(widths[q_index], width - fixed))
    numeric = {i for i, h in enumerate(heads) if h in {"n", "%", "±", "ref %", "Δ ref", "Δ prev", "Δ vorig",
                                                          "year", "jaar"}}

    def fit(text: str, w: int, right: bool) -> str:
        text = text if len(text) <= w else text[: w - 1] + "…"
        return text.rjust(w) if right else text.ljust(w)

    lines = ["  ".join(fit(h, w, i in numeric) for i, (h, w) in enumerate(zip(heads, widths))).rstrip()]
    lines.append("  ".join("-" * w for w in widths).rstrip())
    for row in rows:
        lines.append("  ".join(fit(c, w, i in numeric) for i, (c, w) in enumerate(zip(row, widths))).rstrip())
    return "\n".join(lines)


def cmd_analyze(args: argparse.Namespace) -> int:
    analysis, problems = run_analysis(args)
    if analysis is not None:
        from ceo_desk.export import export_table
        results = analysis.results
        for warning in analysis.warnings:
            print(f"let op: {warning}", file=sys.stderr)
        unrecognised = analysis.catalogue.unrecognised()
        if args.output:
            try:
                export_table(results, args.output)
            except (CeoDeskError, OSError) as err:
                problems.append(str(err) if isinstance(err, CeoDeskError) else
                                str(InputError(args.output, f"kan niet schrijven ({err.strerror}).",
                                               "Kies een andere map of sluit het bestand in Excel.")))
            else:
                print(f"{len(results)} rijen geschreven naar {args.output}", file=sys.stderr)
        else:
            print(format_table(results, args.lang))
        if unrecognised:
            print("\nNiet herkende kolommen (niet meegeteld):" if args.lang == "nl"
                  else "\nUnrecognised columns (not counted):")
            for q in unrecognised:
                print(f"  {q.text}: {', '.join(q.categories)}")
    _print_problems(problems)
    return EXIT_BAD_INPUT if problems else 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ceo-desk", description="CEO Desk: cliëntervaringsonderzoek analyseren en rapporteren.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    analyze = sub.add_parser("analyze", help="percent positive, margins and tests per question and year")
    add_analysis_arguments(analyze)
    analyze.add_argument("-o", "--output", type=Path, metavar="RESULTS", help="write results to .csv, .xlsx or .json")
    analyze.set_defaults(func=cmd_analyze)
    for extend in _EXTENSIONS:
        extend(sub)
    return parser


def _report_commands(sub) -> None:
    try:
        from ceo_desk.report.commands import add_commands
    except ImportError:
        return
    add_commands(sub)


def _gui_command(sub) -> None:
    try:
        from ceo_desk.gui.command import add_command
    except ImportError:
        return
    add_command(sub)


_EXTENSIONS = (_report_commands, _gui_command)


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except CeoDeskError as err:
        print(f"fout: {err}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
