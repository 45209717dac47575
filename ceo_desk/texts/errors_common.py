"""Texts shared by all error messages."""

TEXTS = {
    "err.where_column": {"nl": "kolom '{column}'", "en": "column '{column}'"},
}
