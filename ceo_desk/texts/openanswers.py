"""Texts of the open answers: masks, themes, the report appendix, the export."""

TEXTS = {
    # masks: what was removed
    "oa.mask.naam": {"nl": "[naam]", "en": "[name]"},
    "oa.mask.telefoon": {"nl": "[telefoon]", "en": "[phone]"},
    "oa.mask.adres": {"nl": "[adres]", "en": "[address]"},
    "oa.mask.e-mail": {"nl": "[e-mail]", "en": "[e-mail]"},
    "oa.mask.bsn": {"nl": "[bsn]", "en": "[citizen number]"},
    "oa.mask.iban": {"nl": "[iban]", "en": "[iban]"},
    "oa.mask.datum": {"nl": "[datum]", "en": "[date]"},
}
