"""Texts of the council brief (raadsinformatiebrief): one or two pages, .pdf or .docx."""

TEXTS = {
    "err.report.brief_format": {"nl": "een raadsbrief kan alleen als {formats} worden geschreven.",
                                "en": "a council brief can only be written as {formats}."},
    "err.report.brief_format_action": {"nl": "Geef een bestandsnaam die eindigt op .pdf of .docx.",
                                       "en": "Give a file name ending in .pdf or .docx."},
}
