"""How figures read in the report's tables: signed differences with ▲ ▼ and a word, never colour alone."""

from __future__ import annotations

from ceo_desk.i18n import fmt_number, fmt_percent_as_given, fmt_signed, tr
from ceo_desk.model.figures import flag, present
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


def fmt_alpha(alpha: float, lang: str) -> str:
    """0.05 -> '0,05'; as many decimals as the setting has (up to four)."""
    decimals = len(f"{alpha:.4f}".rstrip("0").partition(".")[2])
    return fmt_number(alpha, decimals, lang)


def reference_value(row, lang: str) -> str:
    """The reference's figure: a percentage as the reference gives it, or a grade's mean (one decimal)."""
    if row["kind"] == "mean":
        return fmt_number(row["ref_percent"], 1, lang)
    return fmt_percent_as_given(row["ref_percent"], lang)
