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
    "oa.no_theme": {"nl": "geen van deze thema's", "en": "none of these themes"},
    # the default themes' names (openanswers.themes.DEFAULT_THEMES); a theme the user names stays as written
    "oa.theme.bereikbaarheid": {"nl": "bereikbaarheid", "en": "reachability"},
    "oa.theme.wachttijd": {"nl": "wachttijd", "en": "waiting time"},
    "oa.theme.informatie_en_communicatie": {"nl": "informatie en communicatie", "en": "information and communication"},
    "oa.theme.bejegening": {"nl": "bejegening", "en": "how clients are treated"},
    "oa.theme.deskundigheid": {"nl": "deskundigheid", "en": "expertise"},
    "oa.theme.wisselingen_van_hulpverlener": {"nl": "wisselingen van hulpverlener", "en": "changes of care worker"},
    "oa.theme.samenwerking": {"nl": "samenwerking", "en": "cooperation"},
    "oa.theme.resultaat": {"nl": "resultaat", "en": "result"},
    "oa.theme.regels_en_bureaucratie": {"nl": "regels en bureaucratie", "en": "rules and red tape"},
    "oa.theme.eigen_bijdrage": {"nl": "eigen bijdrage", "en": "personal contribution"},
    "oa.hidden_group": {"nl": "(kleine groep)", "en": "(small group)"},
    # columns and sheets of the export
    "oa.col.question": {"nl": "Vraag", "en": "Question"},
    "oa.col.year": {"nl": "Jaar", "en": "Year"},
    "oa.col.theme": {"nl": "Thema", "en": "Theme"},
    "oa.col.themes": {"nl": "Thema's", "en": "Themes"},
    "oa.col.answer": {"nl": "Antwoord (persoonsgegevens verwijderd)", "en": "Answer (personal data removed)"},
    "oa.col.count_year": {"nl": "{year} aantal", "en": "{year} count"},
    "oa.col.share_year": {"nl": "{year} %", "en": "{year} %"},
    "oa.col.quote": {"nl": "Citaat {number}", "en": "Quote {number}"},
    "oa.sheet.themes": {"nl": "Open antwoorden - thema's", "en": "Open answers - themes"},
    "oa.sheet.answers": {"nl": "Open antwoorden", "en": "Open answers"},
    # the report's appendix
    "oa.report.heading": {"nl": "Bijlage: open antwoorden", "en": "Appendix: open answers"},
    "oa.report.intro": {
        "nl": "Wat cliënten zelf schreven, geordend naar thema. Persoonsgegevens zijn weggehaald voordat iets "
              "werd getoond: ze staan er als {masks}. Een antwoord kan over meer thema's gaan. Voor een jaar met "
              "minder dan {n} respondenten staan er geen aantallen en geen citaten.",
        "en": "What clients wrote themselves, ordered by theme. Personal data were removed before anything was "
              "shown: they read as {masks}. An answer may be about several themes. For a year with fewer than "
              "{n} respondents no counts and no quotes are shown."},
    "oa.report.answered": {"nl": "Beantwoord door {counts}.", "en": "Answered by {counts}."},
    "oa.report.answered_year": {"nl": "{n} van de {total} respondenten in {year}",
                                "en": "{n} of the {total} respondents in {year}"},
    "oa.report.hidden_years": {"nl": "{years}: minder dan {n} respondenten, daarom niet getoond.",
                               "en": "{years}: fewer than {n} respondents, so not shown."},
    "oa.report.table_note": {
        "nl": "Aantal antwoorden dat het thema noemt, met het percentage van de antwoorden in dat jaar.",
        "en": "Number of answers that mention the theme, with the percentage of that year's answers."},
    "oa.report.quotes": {"nl": "Voorbeelden per thema", "en": "Examples per theme"},
    "oa.report.quote": {"nl": "„{text}” ({year})", "en": "“{text}” ({year})"},
    # errors
    "err.oa.format": {"nl": "'{suffix}' is geen exportformaat voor open antwoorden.",
                      "en": "'{suffix}' is not an export format for open answers."},
    "err.oa.format_action": {"nl": "Kies een bestandsnaam op .xlsx, .csv of .json.",
                             "en": "Choose a file name ending in .xlsx, .csv or .json."},
    "err.oa.themes_file": {"nl": "de themalijst is niet te lezen ({reason}).",
                           "en": "the theme list cannot be read ({reason})."},
    "err.oa.themes_file_action": {
        "nl": "Schrijf per regel een thema met zijn trefwoorden: 'wachttijd: wacht, wachtlijst'.",
        "en": "Write one theme a line with its keywords: 'waiting: wait, waiting list'."},
    "err.oa.none": {"nl": "de bestanden bevatten geen open vragen.", "en": "the files hold no open questions."},
    "err.oa.none_action": {"nl": "Open antwoorden staan in een kolom met vrije tekst, zoals 'Heeft u nog opmerkingen?'.",
                           "en": "Open answers are in a free-text column such as 'Heeft u nog opmerkingen?'."},
    # the command line
    "oa.cli.written": {"nl": "open antwoorden (zonder persoonsgegevens) geschreven naar {path}",
                       "en": "open answers (personal data removed) written to {path}"},
}
