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
    # charts
    "chart.municipality": {"nl": "Gemeente {name}", "en": "{name}"},
    "chart.municipality_unnamed": {"nl": "Gemeente", "en": "Municipality"},
    "chart.reference": {"nl": "Referentiegroep", "en": "Reference group"},
    "chart.interval": {"nl": "{level}-interval", "en": "{level} interval"},
    "chart.indicative": {"nl": "indicatief (n < {n})", "en": "indicative (n < {n})"},
    "chart.suppressed": {"nl": "niet getoond (n < {n})", "en": "not shown (n < {n})"},
    "chart.grade": {"nl": "Gemiddeld rapportcijfer", "en": "Mean grade"},
    "chart.n": {"nl": "n = {n}", "en": "n = {n}"},
    # generated sentences (report and window)
    "sent.or": {"nl": "of", "en": "or"},
    "sent.positive_unknown": {"nl": "positief", "en": "positively"},
    "sent.share": {"nl": "In {year} antwoordde {percent} {positive} (n = {n}, marge ±{margin} procentpunt).",
                   "en": "In {year}, {percent} answered {positive} (n = {n}, margin ±{margin} percentage points)."},
    "sent.share_indicative": {
        "nl": "In {year} antwoordde {percent} {positive} (n = {n}). Omdat minder dan {min} cliënten deze vraag "
              "beantwoordden, is dit cijfer indicatief en is er niet getoetst.",
        "en": "In {year}, {percent} answered {positive} (n = {n}). Because fewer than {min} clients answered this "
              "question, the figure is indicative and was not tested."},
    "sent.suppressed": {
        "nl": "In {year} beantwoordden minder dan {min} cliënten deze vraag; het cijfer wordt daarom niet getoond.",
        "en": "In {year}, fewer than {min} clients answered this question, so the figure is not shown."},
    "sent.grade": {"nl": "In {year} gaven cliënten de hulp gemiddeld een {mean} (n = {n}, {level}-interval {low} tot {high}).",
                   "en": "In {year}, clients gave an average grade of {mean} (n = {n}, {level} interval {low} to {high})."},
    "sent.grade_indicative": {
        "nl": "In {year} gaven cliënten de hulp gemiddeld een {mean} (n = {n}). Omdat minder dan {min} cliënten een "
              "cijfer gaven, is dit gemiddelde indicatief en is er niet getoetst.",
        "en": "In {year}, clients gave an average grade of {mean} (n = {n}). Because fewer than {min} clients gave "
              "a grade, the mean is indicative and was not tested."},
    "sent.higher": {"nl": "hoger", "en": "higher"},
    "sent.lower": {"nl": "lager", "en": "lower"},
    "sent.ref_equal": {"nl": "Dat is gelijk aan de referentiegroep ({ref}).",
                       "en": "That equals the reference group ({ref})."},
    "sent.ref_diff": {"nl": "Dat is {diff} procentpunt {direction} dan de referentiegroep ({ref}).",
                      "en": "That is {diff} percentage points {direction} than the reference group ({ref})."},
    "sent.ref_sig": {"nl": "Dit verschil met de referentiegroep is significant.",
                     "en": "This difference from the reference group is significant."},
    "sent.ref_not_sig": {
        "nl": "Dit verschil met de referentiegroep is niet significant (met andere woorden: het is niet te stellen "
              "dat het verschil ook in het echt voorkomt).",
        "en": "This difference from the reference group is not significant (in other words: it cannot be said "
              "that the difference also exists in reality)."},
    "sent.ref_not_tested": {"nl": "Dit verschil met de referentiegroep is niet getoetst ({reason}).",
                            "en": "This difference from the reference group was not tested ({reason})."},
    "sent.no_reference": {"nl": "Voor {year} is er geen cijfer van de referentiegroep.",
                          "en": "There is no reference-group figure for {year}."},
    "sent.rise": {"nl": "stijging", "en": "rise"},
    "sent.fall": {"nl": "daling", "en": "fall"},
    "sent.prev_equal": {"nl": "Ten opzichte van {year} ({prev}) is het cijfer gelijk gebleven.",
                        "en": "Compared with {year} ({prev}), the figure is unchanged."},
    "sent.prev_share": {"nl": "Ten opzichte van {year} ({prev}) is dat een {change} van {diff} procentpunt; {verdict}",
                        "en": "Compared with {year} ({prev}), that is a {change} of {diff} percentage points; {verdict}"},
    "sent.prev_grade": {"nl": "Ten opzichte van {year} ({prev}) is dat een {change} van {diff} punt; {verdict}",
                        "en": "Compared with {year} ({prev}), that is a {change} of {diff} points; {verdict}"},
    "sent.change_sig": {"nl": "deze {change} is significant.", "en": "this {change} is significant."},
    "sent.change_not_sig": {"nl": "deze {change} is niet significant.", "en": "this {change} is not significant."},
    "sent.change_not_tested": {"nl": "deze {change} is niet getoetst ({reason}).",
                               "en": "this {change} was not tested ({reason})."},
    "reason.small_n": {"nl": "minder dan {n} antwoorden", "en": "fewer than {n} answers"},
    "reason.reference_n": {"nl": "de referentiegroep geeft geen bruikbaar aantal cliënten",
                           "en": "the reference group gives no usable number of clients"},
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


def fmt_percent_as_given(value: float | None, lang: str = "nl") -> str:
    """One decimal, or none when the value is whole (reference tables usually give 76, not 76,0)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return fmt_percent(value, 0 if float(value).is_integer() else 1, lang)
