"""Texts of the report's cover and frame."""

TEXTS = {
    "report.reference_default": {"nl": "Referentiegroep", "en": "Reference group"},
    "report.cover.compared": {"nl": "Vergeleken met", "en": "Compared with"},
}
