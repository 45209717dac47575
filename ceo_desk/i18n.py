"""The core's texts in Dutch (default) or English, and number notation.

``tr`` looks a key up in the catalogue ``ceo_desk.texts`` (one module per area). The GUI translates
its own widgets with Qt's translation system; everything the core writes (errors, warnings, notes,
report sentences, headings, file and sheet names) comes from that catalogue.
"""

from __future__ import annotations

from typing import Any

from ceo_desk.model.figures import figure
from ceo_desk.texts import all_texts

LANGUAGES = ("nl", "en")


def tr(key: str, lang: str = "nl", **values) -> str:
    """The text ``key`` (``ceo_desk.texts``) in ``lang`` (Dutch where English is missing), filled in."""
    entry = all_texts()[key]
    text = entry.get(lang) or entry["nl"]
    return text.format(**values) if values else text


def fmt_number(value: Any, decimals: int = 0, lang: str = "nl") -> str:
    """79.25 -> '79,3' (nl) or '79.3' (en); thousands grouped; a missing figure (None, NA, NaN) -> ''."""
    value = figure(value)
    if value is None:
        return ""
    text = f"{value:,.{decimals}f}"
    if lang == "nl":
        text = text.replace(",", "X").replace(".", ",").replace("X", ".")
    return text


def fmt_percent(value: Any, decimals: int = 0, lang: str = "nl") -> str:
    text = fmt_number(value, decimals, lang)
    return f"{text}\u00a0%" if text else ""


def fmt_signed(value: Any, decimals: int, lang: str = "nl") -> str:
    """+1,0 / −14,2 (a true minus sign) / 0,0; a missing figure -> ''."""
    value = figure(value)
    if value is None:
        return ""
    text = fmt_number(abs(value), decimals, lang)
    if round(value, decimals) == 0:
        return text
    return ("+" if value > 0 else "\u2212") + text


def fmt_level(confidence: float, lang: str = "nl") -> str:
    """A confidence level as it stands before 'interval': 0.95 -> '95%', 0.995 -> '99,5%'."""
    percent = 100 * confidence
    return fmt_number(percent, 0 if round(percent, 6).is_integer() else 1, lang) + "%"


def fmt_p(value: Any, lang: str = "nl") -> str:
    value = figure(value)
    if value is None:
        return ""
    if value < 0.001:
        return "< " + fmt_number(0.001, 3, lang)
    return fmt_number(value, 3, lang)


def fmt_percent_as_given(value: Any, lang: str = "nl") -> str:
    """One decimal, or none when the value is whole (reference tables usually give 76, not 76,0)."""
    value = figure(value)
    if value is None:
        return ""
    return fmt_percent(value, 0 if value.is_integer() else 1, lang)


def fmt_margin(margin, low=None, high=None, lang: str = "nl", sign: str = "±") -> str:
    """'±5,7' (percentage points); where the share is 0 % or 100 % the margin would read ±0,0, so the
    Wilson interval is shown instead: '0,0–24,3'. Empty when neither is known. ``sign=""`` under a '±' heading."""
    margin, low, high = figure(margin), figure(low), figure(high)
    if margin is not None:
        return sign + fmt_number(margin, 1, lang)
    if low is not None and high is not None:
        return f"{fmt_number(low, 1, lang)}–{fmt_number(high, 1, lang)}"
    return ""


def municipality_label(name: str, lang: str = "nl") -> str:
    """'Gemeente Voorbeeldstad' from 'Voorbeeldstad'; a name that already says 'Gemeente' stays as it is."""
    if name.casefold().startswith(("gemeente ", "municipality ")):
        return name
    return tr("report.municipality", lang, name=name)
