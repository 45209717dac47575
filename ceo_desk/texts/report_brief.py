"""Texts of the council brief (raadsinformatiebrief): one or two pages, .pdf or .docx, plain B1 Dutch."""

TEXTS = {
    "err.report.brief_format": {"nl": "een raadsbrief kan alleen als {formats} worden geschreven.",
                                "en": "a council brief can only be written as {formats}."},
    "err.report.brief_format_action": {"nl": "Geef een bestandsnaam die eindigt op .pdf of .docx.",
                                       "en": "Give a file name ending in .pdf or .docx."},
    "report.brief.title": {"nl": "Raadsinformatie: wat cliënten van de hulp vinden",
                           "en": "Council information: what clients think of the support"},
    "report.brief.subject": {"nl": "Raadsinformatie over het cliëntervaringsonderzoek",
                             "en": "Council information on the client experience survey"},
    "report.brief.intro": {
        "nl": "Elk jaar vraagt de gemeente aan cliënten hoe zij de hulp hebben ervaren. Deze brief vat de uitkomsten "
              "van {years} samen ({per_year} cliënten) en vergelijkt ze met {reference}. Per uitkomst staat erbij "
              "hoeveel cliënten de vraag beantwoordden (n), hoe groot de foutmarge is en of een verschil "
              "significant is.",
        "en": "Every year the municipality asks clients how they experienced the support. This brief sums up the "
              "results of {years} ({per_year} clients) and compares them with {reference}. Each result gives how "
              "many clients answered the question (n), the margin of error and whether a difference is "
              "significant."},
    "report.brief.no_reference": {"nl": "de vorige jaren", "en": "the previous years"},
    "report.brief.findings": {"nl": "Belangrijkste uitkomsten", "en": "Main findings"},
    "report.brief.the_grade": {"nl": "Het rapportcijfer", "en": "The grade"},
    "report.brief.grade_spread": {"nl": "gemiddeld cijfer", "en": "mean grade"},
    "report.brief.ref_higher": {
        "nl": "{question}: in {year} {own} positief (n = {n}, {spread}). Dat is significant hoger dan {reference} "
              "({ref}).",
        "en": "{question}: {own} positive in {year} (n = {n}, {spread}). That is significantly higher than "
              "{reference} ({ref})."},
    "report.brief.ref_lower": {
        "nl": "{question}: in {year} {own} positief (n = {n}, {spread}). Dat is significant lager dan {reference} "
              "({ref}).",
        "en": "{question}: {own} positive in {year} (n = {n}, {spread}). That is significantly lower than "
              "{reference} ({ref})."},
    "report.brief.change_up": {
        "nl": "{question}: gestegen van {prev} in {prev_year} naar {own} in {year} (n = {n}, {spread}). Deze "
              "stijging is significant.",
        "en": "{question}: up from {prev} in {prev_year} to {own} in {year} (n = {n}, {spread}). This rise is "
              "significant."},
    "report.brief.change_down": {
        "nl": "{question}: gedaald van {prev} in {prev_year} naar {own} in {year} (n = {n}, {spread}). Deze "
              "daling is significant.",
        "en": "{question}: down from {prev} in {prev_year} to {own} in {year} (n = {n}, {spread}). This fall is "
              "significant."},
    "report.brief.trend_up": {"nl": "{question}: elk jaar iets hoger van {first} tot en met {last} ({series}; laatste "
                                    "jaar n = {n}, {spread}).",
                              "en": "{question}: a little higher every year from {first} to {last} ({series}; last "
                                    "year n = {n}, {spread})."},
    "report.brief.trend_down": {"nl": "{question}: elk jaar iets lager van {first} tot en met {last} ({series}; "
                                      "laatste jaar n = {n}, {spread}).",
                                "en": "{question}: a little lower every year from {first} to {last} ({series}; last "
                                      "year n = {n}, {spread})."},
    "report.brief.trend_none_sig": {"nl": "Geen van de stappen is significant; of dit doorzet, is nog niet te zeggen.",
                                    "en": "None of the steps is significant; whether it continues cannot be said "
                                          "yet."},
    "report.brief.trend_some_sig": {"nl": "De stap naar {years} is significant.",
                                    "en": "The step to {years} is significant."},
    "report.brief.level_ref": {
        "nl": "{question}: in {year} {own} positief (n = {n}, {spread}). Het verschil met {reference} ({ref}) "
              "is niet significant.",
        "en": "{question}: {own} positive in {year} (n = {n}, {spread}). The difference from {reference} ({ref}) "
              "is not significant."},
    "report.brief.level_prev": {
        "nl": "{question}: in {year} {own} positief (n = {n}, {spread}); in {prev_year} {prev}. Die verandering is "
              "niet significant.",
        "en": "{question}: {own} positive in {year} (n = {n}, {spread}); {prev} in {prev_year}. That change is not "
              "significant."},
    "report.brief.level": {"nl": "{question}: in {year} {own} positief (n = {n}, {spread}).",
                           "en": "{question}: {own} positive in {year} (n = {n}, {spread})."},
    "report.brief.small": {
        "nl": "Let op, kleine aantallen: bij minder dan {test} antwoorden is een cijfer alleen een indicatie en is er "
              "niet getoetst; bij minder dan {report} staat er geen cijfer. Dat geldt voor: {items}.",
        "en": "Note, small numbers: with fewer than {test} answers a figure is only indicative and not tested; with "
              "fewer than {report} no figure is given. This applies to: {items}."},
    "report.brief.table_title": {"nl": "Alle vragen in {year}", "en": "All questions in {year}"},
    "report.brief.col_value": {"nl": "% {year}", "en": "% {year}"},
    "report.brief.col_vs_ref": {"nl": "t.o.v. referentie (procentpunt)", "en": "vs reference (percentage points)"},
    "report.brief.col_vs_prev": {"nl": "t.o.v. {year} (procentpunt)", "en": "vs {year} (percentage points)"},
    "report.brief.legend": {
        "nl": "% = aandeel positieve antwoorden (bij het rapportcijfer: het gemiddelde). ▲ / ▼ = significant hoger / "
              "lager (α = {alpha}); niet sign. = niet significant; * = indicatief, te weinig antwoorden voor een toets.",
        "en": "% = share of positive answers (for the grade: the mean). ▲ / ▼ = significantly higher / lower "
              "(α = {alpha}); not sig. = not significant; * = indicative, too few answers for a test."},
    "report.brief.sources": {"nl": "Waar de cijfers vandaan komen", "en": "Where the figures come from"},
    "report.brief.source_files": {"nl": "Antwoorden van cliënten ({per_year}) uit: {files}.",
                                  "en": "Clients' answers ({per_year}) from: {files}."},
    "report.brief.source_reference": {"nl": "Vergeleken met ‘{name}’ (bron: {source}).",
                                      "en": "Compared with ‘{name}’ (source: {source})."},
    "report.brief.source_method": {
        "nl": "Een verschil is significant als de toets een p kleiner dan {alpha} geeft. Niet significant betekent, met "
              "andere woorden: het is niet te stellen dat het verschil in de onderzoekspopulatie ook in het echt "
              "voorkomt. Dat komt door de foutmarge van meestal ongeveer {margin} procentpunt.",
        "en": "A difference is significant when the test gives p below {alpha}. Not significant means, in other "
              "words: it cannot be said that the difference in the surveyed population also exists in reality. That "
              "is because of the margin of error of mostly about {margin} percentage points."},
    "report.brief.source_report": {"nl": "Het volledige rapport met alle grafieken en de methode hoort bij deze brief.",
                                   "en": "The full report with all charts and the method goes with this brief."},
    "report.brief.footer": {"nl": "Raadsinformatie cliëntervaring · {date} · CEO Desk {version}",
                            "en": "Council information client experience · {date} · CEO Desk {version}"},
}
