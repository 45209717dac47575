"""How figures read in the report's tables: signed differences with ▲ ▼ and a word, never colour alone."""

from __future__ import annotations

from ceo_desk.i18n import fmt_number, fmt_percent, fmt_percent_as_given, fmt_signed, tr
from ceo_desk.model.figures import figure, flag, present
from ceo_desk.report.styles import HIGHER, LOWER


def verdict(diff, sig, lang: str, versus: str, decimals: int = 1, low=None, high=None) -> tuple[str, object]:
    """Cell text and text colour for a difference and its significance flag (NA = not tested).

    ``versus`` is "ref" (hoger/lager) or "prev" (gestegen/gedaald); ``low`` and ``high`` the difference's
    interval (Newcombe; Welch for a grade), shown on a second line where the comparison was tested.
    """
    if not present(diff):
        return "", None
    text, colour = _verdict(diff, sig, lang, versus, decimals)
    if present(low) and present(high):
        text += "\n" + tr("stats.cell.diff_interval", lang, low=fmt_signed(low, decimals, lang),
                          high=fmt_signed(high, decimals, lang))
    return text, colour


def _verdict(diff, sig, lang: str, versus: str, decimals: int) -> tuple[str, object]:
    number = fmt_signed(diff, decimals, lang)
    significant = flag(sig)
    if significant is None:
        return f"{number} {tr('cell.not_tested', lang)}", None
    if not significant:
        return f"{number} {tr('cell.not_sig', lang)}", None
    up = float(diff) > 0
    word = {("ref", True): "cell.higher", ("ref", False): "cell.lower",
            ("prev", True): "cell.risen", ("prev", False): "cell.fallen"}[(versus, up)]
    return f"{number} {tr(word, lang)}", HIGHER if up else LOWER


def _target_text(target: float, lang: str) -> str:
    return fmt_percent(target, 0 if float(target).is_integer() else 1, lang)


def target_head(targets: list[float], lang: str) -> str:
    """The target column's heading: 'streefwaarde 80 %' (one target for every year), else 'streefwaarde'."""
    if len(targets) == 1:
        return tr("report.col.target_value", lang, target=_target_text(targets[0], lang))
    return tr("report.col.target", lang)


def target_cell(row, with_value: bool, lang: str) -> tuple[str, object]:
    """Whether the year's percentage met the target ('gehaald' / 'niet gehaald'), and on a second line the
    exact binomial test's verdict (significantly above or below, not significant, not tested); the colour
    follows the test, as in the other difference columns. Empty for a year without a target."""
    target, percent = figure(row["target"]), figure(row["percent"])
    if target is None or percent is None:
        return "", None
    met = tr("report.cell.target_met" if percent >= target else "report.cell.target_missed", lang)
    if with_value:
        met = f"{_target_text(target, lang)}: {met}"
    significant = flag(row["sig_target"]) if "sig_target" in row else None
    if significant is None:
        return f"{met}\n{tr('cell.not_tested', lang)}", None
    if not significant:
        return f"{met}\n{tr('cell.not_sig', lang)}", None
    above = percent > target
    return (f"{met}\n{tr('report.cell.target_above' if above else 'report.cell.target_below', lang)}",
            HIGHER if above else LOWER)


def fmt_alpha(alpha: float, lang: str) -> str:
    """0.05 -> '0,05'; as many decimals as the setting has (up to four)."""
    decimals = len(f"{alpha:.4f}".rstrip("0").partition(".")[2])
    return fmt_number(alpha, decimals, lang)


def reference_value(row, lang: str) -> str:
    """The reference's figure: a percentage as the reference gives it, or a grade's mean (one decimal)."""
    if row["kind"] == "mean":
        return fmt_number(row["ref_percent"], 1, lang)
    return fmt_percent_as_given(row["ref_percent"], lang)
