"""One or two plain sentences per statistical method, for the report's method page (and the README)."""

TEXTS = {
    "stats.method.edge": {
        "nl": "Is een percentage 0 of 100, dan staat het Wilson-interval in plaats van de marge, omdat de marge daar "
              "±0 zou zijn.",
        "en": "Where a percentage is 0 or 100, the Wilson interval is shown instead of the margin, because the "
              "margin would be ±0 there."},
    "stats.method.diff_interval": {
        "nl": "Bij elk getoetst verschil tussen percentages hoort een {level}-interval volgens Newcombe (de "
              "‘hybrid score’-methode): het bereik in procentpunten waarbinnen het werkelijke verschil "
              "waarschijnlijk ligt.",
        "en": "Each tested difference between percentages has a {level} interval by Newcombe's hybrid score "
              "method: the range in percentage points within which the true difference probably lies."},
    "stats.method.diff_interval_grade": {
        "nl": "Bij elk getoetst verschil hoort een {level}-interval: bij percentages volgens Newcombe (‘hybrid "
              "score’) in procentpunten, bij het rapportcijfer dat van de t-toets van Welch, in punten.",
        "en": "Each tested difference has a {level} interval: for percentages Newcombe's (hybrid score) in "
              "percentage points, for the grade that of Welch's t-test, in points."},
    "stats.method.mdd": {
        "nl": "Bij elke toets is ook het kleinste verschil berekend dat met deze aantallen in 80 % van de gevallen "
              "gevonden wordt (tweezijdig, α = {alpha}). Een kleiner verschil is met deze aantallen niet aan te "
              "tonen, ook als het bestaat.",
        "en": "For each test the smallest difference that these numbers detect in 80 % of cases was also "
              "computed (two-sided, α = {alpha}). A smaller difference cannot be shown with these numbers, even "
              "if it exists."},
    "stats.method.effective_n": {
        "nl": "De regels voor kleine aantallen gelden bij weging voor de effectieve n; de ongewogen n staat ernaast.",
        "en": "With weights, the rules for small numbers apply to the effective n; the unweighted n is shown "
              "beside it."},
    "stats.method.fpc_groups": {
        "nl": "De correctie geldt voor de gemeente als geheel, niet voor de groepen: hun aantal cliënten is niet "
              "bekend.",
        "en": "The correction applies to the municipality as a whole, not to the groups: their number of clients "
              "is not known."},
    "stats.method.ref_self": {
        "nl": "{Reference} bevat deze gemeente zelf. Haar eigen aantallen (de hele gemeente, ook bij een "
              "uitsplitsing) zijn eruit gehaald; tabel, grafiek en tekst tonen en toetsen wat overblijft.",
        "en": "{Reference} contains this municipality. Its own counts (the whole municipality, also in a "
              "breakdown) were taken out; table, chart and text show and test the remainder."},
    "stats.method.rounding": {
        "nl": "{Reference} geeft hele procenten, dus het werkelijke cijfer kan tot 0,5 procentpunt hoger of "
              "lager liggen. Waar de significantie binnen dat bereik omslaat, staat dat bij het resultaat.",
        "en": "{Reference} gives whole percentages, so the true figure may lie up to 0.5 percentage points "
              "higher or lower. Where significance changes within that range, the result says so."},
    "stats.method.target": {
        "nl": "Het percentage is met een exacte binomiale toets (tweezijdig) vergeleken met de streefwaarde: {targets}.",
        "en": "The percentage was compared with the target by an exact (two-sided) binomial test: {targets}."},
    "stats.method.grade_ref": {
        "nl": "Het rapportcijfer is met {reference} vergeleken met de t-toets van Welch, op basis van het "
              "gemiddelde, de standaarddeviatie en het aantal dat {reference} opgeeft.",
        "en": "The grade was compared with {reference} by Welch's t-test, from the mean, standard "
              "deviation and number that {reference} gives."},
}
