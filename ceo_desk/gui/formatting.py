"""How a figure from the results table reads in a cell: Dutch notation, markers, tooltips.

Pure functions of plain values (no widgets), shared by the results table and the question view.
Missing values (None, NaN, pandas NA) read as an empty string, never as 'nan'.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from ceo_desk.i18n import fmt_number as number  # noqa: F401  (the cells' number notation)
from ceo_desk.i18n import fmt_level, fmt_p, tr
from ceo_desk.model.figures import flag, present  # noqa: F401  (the cells' rule for missing figures)
from ceo_desk.stats.notes import note_text  # noqa: F401  (a row's note code in the window's language)

UP, DOWN = "▲", "▼"


def reference_words(name: str | None, lang: str) -> dict[str, str]:
    """How the window names the reference group, as the report's sentences do: the name the user gave
    it in the report dialog ('BMC Jeugd'), else 'de referentiegroep'; ``reference`` inside a sentence,
    ``Reference`` at its start."""
    from ceo_desk.report.sentences import reference_words as words      # not at start-up: it pulls in pandas
    return words(name, lang)



def marker(significant: Any, difference: Any) -> str:
    """'▲' or '▼' for a significant difference, '' otherwise."""
    if flag(significant) and present(difference):
        return UP if float(difference) > 0 else DOWN
    return ""


def comparison_text(significant: Any, difference: Any, p_value: Any, against: str, lang: str,
                    grade: bool = False) -> str:
    """Tooltip and accessible text of a marker cell: says in words what the arrow says. A grade's
    difference is in points of the grade, a share's in percentage points (one decimal for both)."""
    if not present(difference):
        return ""
    diff = number(difference, 1, lang)
    unit = QCoreApplication.translate("Formatting", "punt") if grade else QCoreApplication.translate("Formatting", "procentpunt")
    p_text = fmt_p(p_value, lang)
    p_part = f"p {p_text}" if p_text[:1] in "<>≤≥" else f"p = {p_text}"      # 'p < 0,001', never 'p = < 0,001'
    state = flag(significant)
    if state is None:
        return QCoreApplication.translate("Formatting", "Verschil met {against}: {diff} {unit}, niet getoetst").format(against=against, diff=diff, unit=unit)
    if state:
        direction = QCoreApplication.translate("Formatting", "significant hoger") if float(difference) > 0 else QCoreApplication.translate("Formatting", "significant lager")
        return QCoreApplication.translate("Formatting", "{direction} dan {against}: {diff} {unit} ({p})").format(
            direction=direction.capitalize(), against=against, diff=diff, unit=unit, p=p_part)
    return QCoreApplication.translate("Formatting", "Verschil met {against}: {diff} {unit}, niet significant ({p})").format(
        against=against, diff=diff, unit=unit, p=p_part)


def difference_detail(row: dict, kind: str, confidence: float, lang: str) -> str:
    """After a comparison's tooltip (``kind`` ref or prev): the difference's interval (Newcombe; Welch for a
    grade) and, when not significant, the smallest difference these numbers could have shown."""
    grade = row.get("kind") == "mean"
    parts = []
    low, high = row.get(f"diff_{kind}_low"), row.get(f"diff_{kind}_high")
    if present(low) and present(high):
        parts.append(tr("stats.sent.diff_interval_grade" if grade else "stats.sent.diff_interval", lang,
                        level=fmt_level(confidence, lang), low=number(low, 1, lang), high=number(high, 1, lang)))
    mdd = row.get(f"mdd_{kind}")
    if flag(row.get(f"sig_{kind}")) is False and present(mdd):
        parts.append(tr("stats.sent.mdd_grade" if grade else "stats.sent.mdd", lang, mdd=number(mdd, 1, lang)))
    return " ".join(parts)


def with_detail(text: str, detail: str) -> str:
    return f"{text}\n{detail}" if text and detail else text


def value_text(row: dict, lang: str) -> str:
    """The headline figure: percent positive (1 decimal) or a grade's mean (1 decimal)."""
    key = "mean" if row.get("kind") == "mean" else "percent"
    if flag(row.get("suppressed")):
        return "–"
    return number(row.get(key), 1, lang)


def value_sort(row: dict) -> float:
    key = "mean" if row.get("kind") == "mean" else "percent"
    value = row.get(key)
    return float("-inf") if not present(value) else float(value)


def value_tooltip(row: dict, confidence: float, lang: str, reference_name: str | None = None) -> str:
    parts = []
    level = number(100 * confidence, 0, lang)
    if row.get("kind") == "mean":
        if present(row.get("mean_ci_low")):
            parts.append(QCoreApplication.translate("Formatting", "Gemiddeld rapportcijfer; {level}%-betrouwbaarheidsinterval {low} – {high}").format(
                level=level, low=number(row["mean_ci_low"], 2, lang), high=number(row["mean_ci_high"], 2, lang)))
    elif present(row.get("ci_low")):
        parts.append(QCoreApplication.translate("Formatting", "{pos} van {n} positief; {level}%-betrouwbaarheidsinterval {low} – {high}").format(
            pos=number(row.get("positive"), 0, lang), n=number(row.get("n"), 0, lang), level=level,
            low=number(row["ci_low"], 1, lang), high=number(row["ci_high"], 1, lang)))
    note = note_text(row.get("note"), lang, reference_name)
    if note:
        parts.append(note)
    return "\n".join(parts)
