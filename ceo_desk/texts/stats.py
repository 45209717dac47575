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
    "stats.sent.grade_ref": {"nl": "Dat is {diff} punt {direction} dan de referentiegroep ({ref}).",
                             "en": "That is {diff} points {direction} than the reference group ({ref})."},
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
        "nl": "Omdat de referentiegroep hele procenten geeft, hangt de significantie af van de afronding van "
              "de referentie.",
        "en": "Because the reference group gives whole percentages, significance depends on the rounding of "
              "the reference."},
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
}
