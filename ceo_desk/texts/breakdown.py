"""Texts of breakdowns by group and of disclosure control."""

TEXTS = {
    "breakdown.total": {"nl": "Totaal", "en": "Total"},
    "breakdown.other": {"nl": "Overig", "en": "Other"},
    "breakdown.unknown": {"nl": "(onbekend)", "en": "(unknown)"},
    "breakdown.note.other": {"nl": "samengevoegd: groepen met minder dan {n} respondenten ({groups})",
                             "en": "merged: groups with fewer than {n} respondents ({groups})"},
    "breakdown.note.ref_overall": {"nl": "ref.: hele referentiegroep", "en": "ref.: whole reference group"},
    "breakdown.note.ref_overall_named": {"nl": "ref.: {reference} als geheel", "en": "ref.: {reference} as a whole"},
    "breakdown.note.ref_group": {"nl": "ref.: dezelfde groep", "en": "ref.: the same group"},
    "breakdown.note.rest_small": {"nl": "rest van de gemeente n < {n}: niet getoetst",
                                  "en": "rest of the municipality n < {n}: not tested"},
    "disclosure.note.secondary": {
        "nl": "niet getoond, zodat een kleine groep niet uit de andere af te leiden is",
        "en": "not shown, so that a small group cannot be derived from the others"},
    "disclosure.n_hidden": {"nl": "< {n}", "en": "< {n}"},
    "err.breakdown.no_column": {"nl": "de kolom '{column}' om op te splitsen bestaat in geen enkel bestand.",
                                "en": "the column '{column}' to break down by is in none of the files."},
    "err.breakdown.no_column_action": {"nl": "Kies een van de groepskolommen: {available}.",
                                       "en": "Choose one of the group columns: {available}."},
    "err.breakdown.too_many": {"nl": "u kunt op ten hoogste twee kolommen tegelijk uitsplitsen.",
                               "en": "you can break down by at most two columns at once."},
    "err.breakdown.too_many_action": {"nl": "Geef --by één of twee keer op.", "en": "Give --by once or twice."},
    "breakdown.kind.doelgroep": {"nl": "doelgroep", "en": "target group"},
    "breakdown.kind.stadsdeel": {"nl": "stadsdeel", "en": "district"},
    "breakdown.kind.wijk": {"nl": "wijk", "en": "neighbourhood"},
    "breakdown.kind.hulp": {"nl": "type hulp", "en": "kind of support"},
    "breakdown.kind.leeftijd": {"nl": "leeftijd", "en": "age"},
    "breakdown.kind.gemeente": {"nl": "gemeente", "en": "municipality"},
    "breakdown.rest": {"nl": "rest van de gemeente", "en": "rest of the municipality"},
    "breakdown.rest_region": {"nl": "rest van de regio", "en": "rest of the region"},
    "chart.breakdown.hidden": {"nl": "niet getoond (n < {n} of af te leiden)", "en": "not shown (n < {n} or derivable)"},
    "breakdown.col.group": {"nl": "Groep", "en": "Group"},
    "breakdown.col.mean_short": {"nl": "gem.", "en": "mean"},
    "breakdown.col.vs_rest": {"nl": "t.o.v. de rest", "en": "vs the rest"},
    "breakdown.col.vs_ref": {"nl": "t.o.v. referentie", "en": "vs reference"},
    "breakdown.col.vs_prev": {"nl": "t.o.v. vorig jaar", "en": "vs previous year"},
    "breakdown.reason.small": {"nl": "minder dan {n} antwoorden in de groep of de rest",
                               "en": "fewer than {n} answers in the group or the rest"},
    "breakdown.sent.hidden": {"nl": "Niet getoond om de privacy te beschermen: {items}.",
                              "en": "Not shown to protect privacy: {items}."},
    "breakdown.footnote.hidden": {
        "nl": "Niet getoond: minder dan {n} antwoorden, of een groep waaruit een kleine groep af te leiden zou zijn.",
        "en": "Not shown: fewer than {n} answers, or a group from which a small group could be derived."},
    "breakdown.summary.heading": {"nl": "Verschillen naar {by}", "en": "Differences by {by}"},
    "breakdown.summary.none": {"nl": "In {year} wijkt geen enkele groep significant af van de {rest}.",
                               "en": "In {year}, no group differs significantly from the {rest}."},
    "breakdown.summary.higher": {"nl": "{group}: ‘{question}’ {value}, significant hoger dan de {rest} ({rest_value}).",
                                 "en": "{group}: ‘{question}’ {value}, significantly higher than the {rest} ({rest_value})."},
    "breakdown.summary.lower": {"nl": "{group}: ‘{question}’ {value}, significant lager dan de {rest} ({rest_value}).",
                                "en": "{group}: ‘{question}’ {value}, significantly lower than the {rest} ({rest_value})."},
    "breakdown.summary.more": {"nl": "en {count} andere significante verschillen (zie de vragen).",
                               "en": "and {count} other significant differences (see the questions)."},
    "breakdown.method.h": {"nl": "Uitsplitsing", "en": "Breakdown"},
    "breakdown.method.groups": {
        "nl": "De resultaten zijn uitgesplitst naar {by}. Elke groep is vergeleken met de {rest} (alle andere "
              "respondenten, een tweede onafhankelijke steekproef) met dezelfde z-toets voor twee proporties "
              "(voor het rapportcijfer de t-toets van Welch), en met dezelfde groep in het vorige jaar.",
        "en": "The results are broken down by {by}. Each group was compared with the {rest} (all other respondents, "
              "a second independent sample) with the same two-proportion z-test (Welch's t-test for the grade), and "
              "with the same group in the previous year."},
    "breakdown.method.ref_overall": {
        "nl": "{Reference} geeft geen cijfers per groep; elke groep is daarom vergeleken met het cijfer van "
              "{reference} als geheel.",
        "en": "{Reference} gives no figures per group, so each group was compared with the figure of "
              "{reference} as a whole."},
    "breakdown.method.ref_group": {
        "nl": "Waar {reference} een cijfer voor dezelfde groep geeft, is de groep daarmee vergeleken; anders "
              "met het cijfer van {reference} als geheel.",
        "en": "Where {reference} gives a figure for the same group, the group was compared with it; "
              "otherwise with the figure of {reference} as a whole."},
    "breakdown.method.merged": {"nl": "Groepen met minder dan {n} respondenten ({groups}) zijn samengevoegd tot ‘{other}’.",
                                "en": "Groups with fewer than {n} respondents ({groups}) were merged into ‘{other}’."},
    "breakdown.method.disclosure": {
        "nl": "Om de privacy van cliënten te beschermen staat bij minder dan {n} antwoorden geen enkel cijfer van een "
              "groep in het rapport, ook niet het aantal. Is in een jaar maar één groep verborgen, dan is ook de "
              "kleinste andere groep verborgen, zodat het verborgen cijfer niet uit het totaal en de andere groepen "
              "is af te leiden; om dezelfde reden ontbreekt het verschil met een verborgen jaar.",
        "en": "To protect clients' privacy, no figure of a group with fewer than {n} answers is in the report, not "
              "even its number. When only one group of a year is hidden, the smallest other group is hidden too, so "
              "that the hidden figure cannot be derived from the total and the other groups; for the same reason "
              "the difference from a hidden year is left out."},
    "breakdown.method.respondents": {"nl": "Respondenten per groep en jaar:", "en": "Respondents per group and year:"},
    "breakdown.default_youth_parents": {
        "nl": "jongeren en ouders staan naast elkaar (uitgesplitst naar '{column}'); met --by none worden ze "
              "samengenomen.",
        "en": "youths and parents are shown side by side (broken down by '{column}'); --by none takes them "
              "together."},
}
