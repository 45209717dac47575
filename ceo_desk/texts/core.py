"""Names the core gives things: answer scales, file kinds in the open dialog, file names it makes."""

TEXTS = {
    "scale.frequency": {"nl": "Frequentie (altijd … nooit)", "en": "Frequency (always … never)"},
    "scale.agreement": {"nl": "Mate van instemming (helemaal mee eens … helemaal niet mee eens)",
                        "en": "Agreement (strongly agree … strongly disagree)"},
    "scale.yes_no": {"nl": "Ja/nee", "en": "Yes/no"},
    "scale.quality": {"nl": "Oordeel (zeer goed … zeer slecht)", "en": "Rating (very good … very poor)"},
    "scale.satisfaction": {"nl": "Tevredenheid (zeer tevreden … zeer ontevreden)",
                           "en": "Satisfaction (very satisfied … very dissatisfied)"},
    "files.surveys": {"nl": "Enquêtebestanden", "en": "Survey files"},
    "files.sav": {"nl": "SPSS-bestanden", "en": "SPSS files"},
    "files.xlsx": {"nl": "Excel-werkmappen", "en": "Excel workbooks"},
    "files.csv": {"nl": "CSV-bestanden", "en": "CSV files"},
    "files.report_stem": {"nl": "rapport", "en": "report"},
    "files.sheet_results": {"nl": "Resultaten", "en": "Results"},
}
