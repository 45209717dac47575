"""Texts of the statistics: notes in the results table, sentences about the new figures, errors."""

TEXTS = {
    # notes in the results table
    "stats.note.suppressed_eff": {"nl": "effectieve n < {n}: niet getoond", "en": "effective n < {n}: not shown"},
    "stats.note.indicative_eff": {"nl": "effectieve n < {n}: indicatief, niet getoetst",
                                  "en": "effective n < {n}: indicative, not tested"},
    "stats.note.interval_not_margin": {"nl": "0 % of 100 %: het interval staat in plaats van de marge",
                                       "en": "0 % or 100 %: the interval is shown instead of the margin"},
    "stats.note.reference_not_self": {
        "nl": "de referentie is kleiner dan deze gemeente zelf: niet getoetst",
        "en": "the reference is smaller than this municipality itself: not tested"},
    "stats.note.ref_rounding": {"nl": "significantie hangt af van de afronding van de referentie",
                                "en": "significance depends on the rounding of the reference"},
    # sentences (report and window)
    "stats.sent.share_interval": {
        "nl": "In {year} antwoordde {percent} {positive} (n = {n}, {level}-interval {low} tot {high}).",
        "en": "In {year}, {percent} answered {positive} (n = {n}, {level} interval {low} to {high})."},
    "stats.sent.mdd": {
        "nl": "Een verschil kleiner dan {mdd} procentpunt is met deze aantallen niet aan te tonen.",
        "en": "A difference smaller than {mdd} percentage points cannot be shown with these numbers."},
    "stats.sent.mdd_grade": {
        "nl": "Een verschil kleiner dan {mdd} punt is met deze aantallen niet aan te tonen.",
        "en": "A difference smaller than {mdd} points cannot be shown with these numbers."},
    "stats.sent.grade_ref": {"nl": "Dat is {diff} punt {direction} dan {reference} ({ref}); {verdict}.",
                             "en": "That is {diff} points {direction} than {reference} ({ref}); {verdict}."},
    "stats.sent.diff_interval": {"nl": "{level}-interval van het verschil: {low} tot {high} procentpunt.",
                                 "en": "{level} interval of the difference: {low} to {high} percentage points."},
    "stats.sent.diff_interval_grade": {"nl": "{level}-interval van het verschil: {low} tot {high} punt.",
                                       "en": "{level} interval of the difference: {low} to {high} points."},
    "stats.sent.target_sig_above": {
        "nl": "Dat is significant boven de streefwaarde van {target}.",
        "en": "That is significantly above the target of {target}."},
    "stats.sent.target_sig_below": {
        "nl": "Dat is significant onder de streefwaarde van {target}.",
        "en": "That is significantly below the target of {target}."},
    "stats.sent.target_not_sig": {
        "nl": "Het verschil met de streefwaarde van {target} is niet significant.",
        "en": "The difference from the target of {target} is not significant."},
    "stats.sent.ref_rounding": {
        "nl": "Omdat {reference} hele procenten geeft, hangt de significantie af van de afronding van "
              "de referentie.",
        "en": "Because {reference} gives whole percentages, significance depends on the rounding of "
              "the reference."},
    # report tables: the difference's interval under the difference
    "stats.cell.diff_interval": {"nl": "({low} tot {high})", "en": "({low} to {high})"},
    "stats.col.ref_mean": {"nl": "ref. gemiddelde", "en": "ref. mean"},
    "stats.col.vs_ref_points": {"nl": "verschil met referentie (punt)", "en": "difference from reference (points)"},
    "stats.sum.grade_interval": {"nl": "{level}-interval {low} tot {high}", "en": "{level} interval {low} to {high}"},
    "stats.brief.grade_ref_higher": {
        "nl": "{question}: in {year} gemiddeld een {own} (n = {n}). Dat is significant hoger dan {reference} ({ref}).",
        "en": "{question}: a mean of {own} in {year} (n = {n}). That is significantly higher than {reference} ({ref})."},
    "stats.brief.grade_ref_lower": {
        "nl": "{question}: in {year} gemiddeld een {own} (n = {n}). Dat is significant lager dan {reference} ({ref}).",
        "en": "{question}: a mean of {own} in {year} (n = {n}). That is significantly lower than {reference} ({ref})."},
    # method page: the family with targets
    "stats.method.family_year_target": {
        "nl": "per onderzoeksjaar en per soort vergelijking (met {reference}, met het vorige jaar, met de "
              "streefwaarde)",
        "en": "per survey year and per kind of comparison (with {reference}, with the previous year, with "
              "the target)"},
    # chart
    "stats.chart.target": {"nl": "streefwaarde {target}", "en": "target {target}"},
    # errors
    "err.stats.population_small": {
        "nl": "voor {year} is het aantal cliënten (N = {population}) niet groter dan het aantal antwoorden op "
              "een vraag (n = {n}).",
        "en": "for {year} the number of clients (N = {population}) is not larger than the number of answers to "
              "a question (n = {n})."},
    "err.stats.population_small_action": {
        "nl": "Geef bij --population {year}=N het aantal cliënten dat in {year} ondersteuning kreeg, of laat de "
              "correctie weg.",
        "en": "Give with --population {year}=N the number of clients who received support in {year}, or leave "
              "the correction out."},
    "err.stats.target_unknown": {"nl": "de vraag '{question}' van de streefwaarde is niet gevonden.",
                                 "en": "the question '{question}' of the target was not found."},
    "err.stats.target_grade": {
        "nl": "'{question}' is een rapportcijfer; een streefwaarde geldt voor een percentage positief.",
        "en": "'{question}' is a grade; a target applies to a percentage positive."},
    "err.stats.target_action": {
        "nl": "Geef het nummer (Q3) of een uniek deel van de vraagtekst van een stelling; "
              "'ceo-desk analyze' toont ze.",
        "en": "Give the number (Q3) or a unique part of the text of a statement; 'ceo-desk analyze' shows them."},
    "err.stats.ref_grade_ambiguous": {
        "nl": "de referentietabel heeft meer dan één kolom voor het rapportcijfer ({role}): {candidates}.",
        "en": "the reference table has more than one column for the grade ({role}): {candidates}."},
    "err.stats.ref_grade_ambiguous_action": {
        "nl": "Laat één kolom met het gemiddelde en één met de standaarddeviatie staan, of geef de andere een "
              "kop die geen gemiddelde of SD noemt.",
        "en": "Keep one column with the mean and one with the standard deviation, or give the others a header "
              "that names no mean or SD."},
    # the targets file (--targets)
    "err.stats.targets_format": {"nl": "een bestand {suffix} kan geen streefwaarden bevatten.",
                                 "en": "a {suffix} file cannot hold targets."},
    "err.stats.targets_format_action": {
        "nl": "Geef de streefwaarden als .xlsx of .csv met een kolom Vraag en een kolom Streefwaarde.",
        "en": "Give the targets as .xlsx or .csv with a column Question and a column Target."},
    "err.stats.targets_columns": {"nl": "niet te zien welke kolom de vraag en welke de streefwaarde is (kolommen: "
                                        "{columns}).",
                                  "en": "cannot tell which column is the question and which the target (columns: "
                                        "{columns})."},
    "err.stats.targets_columns_action": {
        "nl": "Zet in de eerste rij de koppen 'Vraag' (nummer zoals Q3 of de vraagtekst) en 'Streefwaarde' "
              "(percentage positief, bijvoorbeeld 80).",
        "en": "Put the headers 'Question' (a number such as Q3 or the question text) and 'Target' (percentage "
              "positive, e.g. 80) in the first row."},
    "err.stats.targets_ambiguous": {"nl": "meer dan één kolom komt in aanmerking: {columns}.",
                                    "en": "more than one column qualifies: {columns}."},
    "err.stats.targets_ambiguous_action": {
        "nl": "Geef alleen de kolom met de streefwaarde de kop 'Streefwaarde' en die met de vraag de kop 'Vraag', "
              "of haal de andere kolommen weg.",
        "en": "Head only the target column 'Target' and the question column 'Question', or remove the other "
              "columns."},
    "err.stats.targets_no_question": {"nl": "rij {row} heeft een streefwaarde maar geen vraag.",
                                      "en": "row {row} has a target but no question."},
    "err.stats.targets_no_question_action": {"nl": "Vul in rij {row} de vraag in (Q3 of de vraagtekst) of maak de "
                                                   "rij leeg.",
                                             "en": "Fill in the question in row {row} (Q3 or the question text) or "
                                                   "empty the row."},
    "err.stats.targets_no_target": {"nl": "rij {row} ('{question}') heeft geen streefwaarde.",
                                    "en": "row {row} ('{question}') has no target."},
    "err.stats.targets_no_target_action": {"nl": "Vul in rij {row} een percentage in (bijvoorbeeld 80) of haal de "
                                                 "rij weg.",
                                           "en": "Fill in a percentage in row {row} (e.g. 80) or remove the row."},
    "err.stats.targets_not_number": {"nl": "rij {row}: '{cell}' is geen percentage.",
                                     "en": "row {row}: '{cell}' is not a percentage."},
    "err.stats.targets_not_number_action": {"nl": "Schrijf in rij {row} een getal van 0 tot 100, bijvoorbeeld 80 of "
                                                  "80 %.",
                                            "en": "Write a number from 0 to 100 in row {row}, e.g. 80 or 80 %."},
    "err.stats.targets_range": {"nl": "rij {row}: {cell} ligt niet tussen 0 en 100 %.",
                                "en": "row {row}: {cell} is not between 0 and 100 %."},
    "err.stats.targets_range_action": {"nl": "Schrijf in rij {row} een percentage van 0 tot 100.",
                                       "en": "Write a percentage from 0 to 100 in row {row}."},
    "err.stats.targets_twice": {"nl": "rij {row}: '{question}' staat er al in rij {first} met een andere "
                                      "streefwaarde.",
                                "en": "row {row}: '{question}' is already in row {first} with another target."},
    "err.stats.targets_twice_action": {"nl": "Laat één streefwaarde per vraag staan.",
                                       "en": "Keep one target per question."},
    "err.stats.targets_empty": {"nl": "het bestand bevat geen streefwaarden.", "en": "the file holds no targets."},
    "err.stats.targets_empty_action": {"nl": "Zet onder de koppen per rij een vraag en een percentage.",
                                       "en": "Put a question and a percentage in each row under the headers."},
    "err.stats.targets_unknown": {"nl": "rij {row}: de vraag '{question}' is niet gevonden.",
                                  "en": "row {row}: the question '{question}' was not found."},
    "err.stats.targets_grade": {"nl": "rij {row}: '{question}' is een rapportcijfer; een streefwaarde geldt voor "
                                      "een percentage positief.",
                                "en": "row {row}: '{question}' is a grade; a target applies to a percentage "
                                      "positive."},
    "err.stats.targets_question_action": {
        "nl": "Schrijf in rij {row} het nummer (Q3) of een uniek deel van de tekst van een stelling; "
              "'ceo-desk analyze' toont ze.",
        "en": "Write the number (Q3) or a unique part of the text of a statement in row {row}; 'ceo-desk analyze' "
              "shows them."},
}
