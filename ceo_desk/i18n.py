"""Texts of the core and the report in Dutch (default) and English, and number notation.

The GUI translates its own widgets with Qt's translation system; everything the core writes
(notes in the results, report sentences, headings) comes from this one catalogue.
"""

from __future__ import annotations

import math

LANGUAGES = ("nl", "en")

TEXTS: dict[str, dict[str, str]] = {
    "note.suppressed": {"nl": "n < {n}: niet getoond", "en": "n < {n}: not shown"},
    "note.indicative": {"nl": "n < {n}: indicatief, niet getoetst", "en": "n < {n}: indicative, not tested"},
    "note.no_reference": {"nl": "geen referentie", "en": "no reference"},
    "note.reference_no_n": {"nl": "referentie zonder n: niet getoetst", "en": "reference without n: not tested"},
    "note.reference_small": {"nl": "referentie n < {n}: niet getoetst", "en": "reference n < {n}: not tested"},
    "note.prev_small": {"nl": "vorig jaar n < {n}: niet getoetst", "en": "previous year n < {n}: not tested"},
    "note.no_answers": {"nl": "geen antwoorden", "en": "no answers"},
    "note.grade": {"nl": "gemiddeld rapportcijfer", "en": "mean grade"},
    "note.weighted": {"nl": "gewogen (effectieve n = {n})", "en": "weighted (effective n = {n})"},
}


def tr(key: str, lang: str = "nl", **values) -> str:
    entry = TEXTS[key]
    text = entry.get(lang) or entry["nl"]
    return text.format(**values) if values else text


def fmt_number(value: float | None, decimals: int = 0, lang: str = "nl") -> str:
    """79.25 -> '79,3' (nl) or '79.3' (en); thousands grouped; NaN/None -> ''."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    text = f"{value:,.{decimals}f}"
    if lang == "nl":
        text = text.replace(",", "X").replace(".", ",").replace("X", ".")
    return text


def fmt_percent(value: float | None, decimals: int = 0, lang: str = "nl") -> str:
    text = fmt_number(value, decimals, lang)
    return f"{text}\u00a0%" if text else ""


def fmt_p(value: float | None, lang: str = "nl") -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if value < 0.001:
        return "< 0,001" if lang == "nl" else "< 0.001"
    return fmt_number(value, 3, lang)
