"""Texts that several parts of the core share: the results' notes, the charts, the generated
sentences, the report's headings, summary, table columns and method page."""

TEXTS = {
    "note.suppressed": {"nl": "n < {n}: niet getoond", "en": "n < {n}: not shown"},
    "note.indicative": {"nl": "n < {n}: indicatief, niet getoetst", "en": "n < {n}: indicative, not tested"},
    "note.no_reference": {"nl": "geen referentie", "en": "no reference"},
    "note.reference_no_n": {"nl": "referentie zonder n: niet getoetst", "en": "reference without n: not tested"},
    "note.reference_small": {"nl": "referentie n < {n}: niet getoetst", "en": "reference n < {n}: not tested"},
    "note.prev_small": {"nl": "vorig jaar n < {n}: niet getoetst", "en": "previous year n < {n}: not tested"},
    "note.no_answers": {"nl": "geen antwoorden", "en": "no answers"},
    "note.grade": {"nl": "gemiddeld rapportcijfer", "en": "mean grade"},
    "note.weighted": {"nl": "gewogen (effectieve n = {n})", "en": "weighted (effective n = {n})"},
    # charts
    "chart.municipality_unnamed": {"nl": "Gemeente", "en": "Municipality"},
    "chart.reference": {"nl": "Referentiegroep", "en": "Reference group"},
    "chart.interval": {"nl": "{level}-interval", "en": "{level} interval"},
    "chart.indicative": {"nl": "indicatief (n < {n})", "en": "indicative (n < {n})"},
    "chart.suppressed": {"nl": "niet getoond (n < {n})", "en": "not shown (n < {n})"},
    "chart.grade": {"nl": "Gemiddeld rapportcijfer", "en": "Mean grade"},
    "chart.n": {"nl": "n = {n}", "en": "n = {n}"},
    # generated sentences (report and window)
    "sent.or": {"nl": "of", "en": "or"},
    "sent.positive_unknown": {"nl": "positief", "en": "positively"},
    "sent.share": {"nl": "In {year} antwoordde {percent} {positive} (n = {n}, marge ±{margin} procentpunt).",
                   "en": "In {year}, {percent} answered {positive} (n = {n}, margin ±{margin} percentage points)."},
    "sent.share_indicative": {
        "nl": "In {year} antwoordde {percent} {positive} (n = {n}). Omdat minder dan {min} cliënten deze vraag "
              "beantwoordden, is dit cijfer indicatief en is er niet getoetst.",
        "en": "In {year}, {percent} answered {positive} (n = {n}). Because fewer than {min} clients answered this "
              "question, the figure is indicative and was not tested."},
    "sent.suppressed": {
        "nl": "In {year} beantwoordden minder dan {min} cliënten deze vraag; het cijfer wordt daarom niet getoond.",
        "en": "In {year}, fewer than {min} clients answered this question, so the figure is not shown."},
    "sent.grade": {"nl": "In {year} gaven cliënten de hulp gemiddeld een {mean} (n = {n}, {level}-interval {low} tot {high}).",
                   "en": "In {year}, clients gave an average grade of {mean} (n = {n}, {level} interval {low} to {high})."},
    "sent.grade_indicative": {
        "nl": "In {year} gaven cliënten de hulp gemiddeld een {mean} (n = {n}). Omdat minder dan {min} cliënten een "
              "cijfer gaven, is dit gemiddelde indicatief en is er niet getoetst.",
        "en": "In {year}, clients gave an average grade of {mean} (n = {n}). Because fewer than {min} clients gave "
              "a grade, the mean is indicative and was not tested."},
    "sent.higher": {"nl": "hoger", "en": "higher"},
    "sent.lower": {"nl": "lager", "en": "lower"},
    "sent.ref_equal": {"nl": "Dat is gelijk aan {reference} ({ref}).",
                       "en": "That equals {reference} ({ref})."},
    "sent.ref_diff": {"nl": "Dat is {diff} procentpunt {direction} dan de referentiegroep ({ref}).",
                      "en": "That is {diff} percentage points {direction} than the reference group ({ref})."},
    "sent.ref_sig": {"nl": "Dit verschil met de referentiegroep is significant.",
                     "en": "This difference from the reference group is significant."},
    "sent.ref_not_sig": {
        "nl": "Dit verschil met de referentiegroep is niet significant (met andere woorden: het is niet te stellen "
              "dat het verschil ook in het echt voorkomt).",
        "en": "This difference from the reference group is not significant (in other words: it cannot be said "
              "that the difference also exists in reality)."},
    "sent.ref_not_tested": {"nl": "Dit verschil met de referentiegroep is niet getoetst ({reason}).",
                            "en": "This difference from the reference group was not tested ({reason})."},
    "sent.no_reference": {"nl": "Voor {year} is er geen cijfer van {reference}.",
                          "en": "There is no reference-group figure for {year}."},
    "sent.rise": {"nl": "stijging", "en": "rise"},
    "sent.fall": {"nl": "daling", "en": "fall"},
    "sent.prev_equal": {"nl": "Ten opzichte van {year} ({prev}) is het cijfer gelijk gebleven.",
                        "en": "Compared with {year} ({prev}), the figure is unchanged."},
    "sent.prev_share": {"nl": "Ten opzichte van {year} ({prev}) is dat een {change} van {diff} procentpunt; {verdict}",
                        "en": "Compared with {year} ({prev}), that is a {change} of {diff} percentage points; {verdict}"},
    "sent.prev_grade": {"nl": "Ten opzichte van {year} ({prev}) is dat een {change} van {diff} punt; {verdict}",
                        "en": "Compared with {year} ({prev}), that is a {change} of {diff} points; {verdict}"},
    "sent.change_sig": {"nl": "deze {change} is significant.", "en": "this {change} is significant."},
    "sent.change_not_sig": {"nl": "deze {change} is niet significant.", "en": "this {change} is not significant."},
    "sent.change_not_tested": {"nl": "deze {change} is niet getoetst ({reason}).",
                               "en": "this {change} was not tested ({reason})."},
    "reason.small_n": {"nl": "minder dan {n} antwoorden", "en": "fewer than {n} answers"},
    "reason.reference_n": {"nl": "{reference} geeft geen bruikbaar aantal cliënten",
                           "en": "{reference} gives no usable number of clients"},
    # the PDF report
    "report.title": {"nl": "Cliëntervaringsonderzoek {domain} {place}{years}",
                     "en": "Client experience survey {domain} {place}{years}"},
    "report.domain.jeugd": {"nl": "Jeugd", "en": "youth care"},
    "report.domain.wmo": {"nl": "Wmo", "en": "Wmo"},
    "report.subject": {"nl": "Cliëntervaringsonderzoek: percentage positieve antwoorden per vraag en jaar",
                       "en": "Client experience survey: percent positive answers per question and year"},
    "report.municipality": {"nl": "Gemeente {name}", "en": "Municipality of {name}"},
    "report.years": {"nl": "Onderzoeksjaren", "en": "Survey years"},
    "report.respondents": {"nl": "Respondenten", "en": "Respondents"},
    "report.reference": {"nl": "Referentiegroep", "en": "Reference group"},
    "report.no_reference": {"nl": "geen referentiegroep opgegeven", "en": "no reference group given"},
    "report.date": {"nl": "Datum", "en": "Date"},
    "report.made_with": {"nl": "Gemaakt met CEO Desk {version}", "en": "Made with CEO Desk {version}"},
    "report.months": {"nl": "januari februari maart april mei juni juli augustus september oktober november december",
                      "en": "January February March April May June July August September October November December"},
    "report.page": {"nl": "pagina {page} van {total}", "en": "page {page} of {total}"},
    "report.contents": {"nl": "Inhoud: samenvatting, resultaten per vraag, methode.",
                        "en": "Contents: summary, results per question, method."},
    # summary
    "summary.heading": {"nl": "Samenvatting {year}", "en": "Summary {year}"},
    "summary.intro": {"nl": "Per vraag het percentage positieve antwoorden in {year}, met de marge, het cijfer van de "
                            "referentiegroep en het verschil met {prev}.",
                      "en": "Per question the percentage of positive answers in {year}, with the margin, the reference "
                            "group's figure and the difference from {prev}."},
    "summary.intro_single": {"nl": "Per vraag het percentage positieve antwoorden in {year}, met de marge en het cijfer "
                                   "van {reference}.",
                             "en": "Per question the percentage of positive answers in {year}, with the margin and "
                                   "the figure of {reference}."},
    "summary.prev_generic": {"nl": "het vorige onderzoek", "en": "the previous survey"},
    "summary.highlights": {"nl": "Wat valt op", "en": "What stands out"},
    "summary.legend": {"nl": "▲ / ▼ = significant hoger / lager (α = {alpha}); niet sign. = niet significant; "
                             "niet getoetst = te weinig antwoorden of geen bruikbare referentie. "
                             "Bij het rapportcijfer staat het gemiddelde in plaats van een percentage.",
                       "en": "▲ / ▼ = significantly higher / lower (α = {alpha}); not sig. = not significant; "
                             "not tested = too few answers or no usable reference. "
                             "For the grade the mean is shown instead of a percentage."},
    "summary.higher": {"nl": "Significant hoger dan de referentiegroep: {items}.",
                       "en": "Significantly higher than the reference group: {items}."},
    "summary.lower": {"nl": "Significant lager dan de referentiegroep: {items}.",
                      "en": "Significantly lower than the reference group: {items}."},
    "summary.rest_not_sig": {"nl": "Bij {count} van de {total} vragen is het verschil met de referentiegroep niet significant.",
                             "en": "For {count} of the {total} questions the difference from the reference group is not significant."},
    "summary.none_sig": {"nl": "Bij geen enkele vraag wijkt {place} significant af van de referentiegroep.",
                         "en": "For no question does {place} differ significantly from the reference group."},
    "summary.place_default": {"nl": "de gemeente", "en": "the municipality"},
    "summary.versus": {"nl": "{own} tegen {ref}", "en": "{own} against {ref}"},
    "summary.from_to": {"nl": "van {prev} naar {own}", "en": "from {prev} to {own}"},
    "summary.risen": {"nl": "Significant gestegen ten opzichte van {year}: {items}.",
                      "en": "Significantly risen since {year}: {items}."},
    "summary.fallen": {"nl": "Significant gedaald ten opzichte van {year}: {items}.",
                       "en": "Significantly fallen since {year}: {items}."},
    "summary.no_change": {"nl": "Geen van de veranderingen ten opzichte van {year} is significant.",
                          "en": "None of the changes since {year} is significant."},
    "summary.small": {"nl": "Te weinig antwoorden voor een toets (n < {n}), dus alleen indicatief: {items}.",
                      "en": "Too few answers for a test (n < {n}), so indicative only: {items}."},
    "summary.hidden": {"nl": "Niet getoond omdat minder dan {n} cliënten antwoordden: {items}.",
                       "en": "Not shown because fewer than {n} clients answered: {items}."},
    "summary.grade_item": {"nl": "het gemiddelde rapportcijfer", "en": "the mean grade"},
    "summary.and": {"nl": "en", "en": "and"},
    "summary.more": {"nl": "{count} andere vragen", "en": "{count} other questions"},
    # tables
    "col.question": {"nl": "Vraag", "en": "Question"},
    "col.year": {"nl": "Jaar", "en": "Year"},
    "col.n": {"nl": "n", "en": "n"},
    "col.percent": {"nl": "%", "en": "%"},
    "col.margin": {"nl": "marge", "en": "margin"},
    "col.ref_percent": {"nl": "ref. %", "en": "ref. %"},
    "col.ref_n": {"nl": "ref. n", "en": "ref. n"},
    "col.vs_ref": {"nl": "verschil met referentie", "en": "difference from reference"},
    "col.vs_prev": {"nl": "verschil met vorig jaar", "en": "difference from previous year"},
    "col.vs_year": {"nl": "verschil met {year}", "en": "difference from {year}"},
    "col.mean": {"nl": "gemiddelde", "en": "mean"},
    "col.interval": {"nl": "{level}-interval", "en": "{level} interval"},
    "cell.higher": {"nl": "▲ hoger", "en": "▲ higher"},
    "cell.lower": {"nl": "▼ lager", "en": "▼ lower"},
    "cell.risen": {"nl": "▲ gestegen", "en": "▲ risen"},
    "cell.fallen": {"nl": "▼ gedaald", "en": "▼ fallen"},
    "cell.not_sig": {"nl": "niet sign.", "en": "not sig."},
    "cell.not_tested": {"nl": "niet getoetst", "en": "not tested"},
    "cell.hidden": {"nl": "niet getoond", "en": "not shown"},
    "cell.grade": {"nl": "(gemiddeld cijfer)", "en": "(mean grade)"},
    "footnote.indicative": {"nl": "* Indicatief: minder dan {test} antwoorden, daarom niet getoetst.",
                            "en": "* Indicative: fewer than {test} answers, so not tested."},
    "footnote.suppressed": {"nl": "Bij minder dan {report} antwoorden wordt het cijfer niet getoond.",
                            "en": "With fewer than {report} answers the figure is not shown."},
    "question.heading": {"nl": "Resultaten per vraag", "en": "Results per question"},
    # method
    "method.heading": {"nl": "Methode", "en": "Method"},
    "method.who.h": {"nl": "Wie antwoordden", "en": "Who answered"},
    "method.who": {"nl": "In totaal vulden {total} cliënten de vragenlijst in: {per_year}. Bestanden: {files}.",
                   "en": "In total {total} clients filled in the questionnaire: {per_year}. Files: {files}."},
    "method.together": {"nl": "Alle respondenten (jongeren en ouders/verzorgers) zijn samengenomen.",
                        "en": "All respondents (youths and parents/carers) are taken together."},
    "method.by": {"nl": "De resultaten zijn uitgesplitst naar ‘{by}’.", "en": "The results are broken down by ‘{by}’."},
    "method.positive.h": {"nl": "Wat telt als positief", "en": "What counts as positive"},
    "method.positive": {"nl": "{questions}: positief = {positive}; niet positief = {negative}. Niet meegeteld in n: "
                              "{excluded} en lege antwoorden.",
                        "en": "{questions}: positive = {positive}; not positive = {negative}. Left out of n: "
                              "{excluded} and blank answers."},
    "method.all_questions": {"nl": "Alle vragen", "en": "All questions"},
    "method.questions": {"nl": "Vragen {numbers}", "en": "Questions {numbers}"},
    "method.question": {"nl": "Vraag {numbers}", "en": "Question {numbers}"},
    "method.percent": {"nl": "Het percentage is het aantal positieve antwoorden gedeeld door n, het aantal geldige "
                             "antwoorden (positief plus niet positief).",
                       "en": "The percentage is the number of positive answers divided by n, the number of valid "
                             "answers (positive plus not positive)."},
    "method.grade": {"nl": "Het rapportcijfer (1–10) staat als gemiddelde in het rapport, met een t-interval; "
                           "wie geen cijfer gaf, telt niet mee.",
                     "en": "The grade (1–10) is reported as a mean with a t interval; those who gave no grade are "
                           "left out."},
    "method.stats.h": {"nl": "Marges en toetsen", "en": "Margins and tests"},
    "method.interval": {"nl": "De marge in de tabellen is de gebruikelijke foutmarge, z·√(p(1−p)/n) met z = {z} "
                              "({level} betrouwbaarheid). De lijnen op de staven in de grafieken tonen het "
                              "{level}-betrouwbaarheidsinterval volgens Wilson, dat ook bij percentages dicht bij "
                              "0 of 100 klopt.",
                        "en": "The margin in the tables is the conventional margin of error, z·√(p(1−p)/n) with "
                              "z = {z} ({level} confidence). The lines on the bars in the charts show the {level} "
                              "Wilson score interval, which also holds for percentages close to 0 or 100."},
    "method.tests": {"nl": "Het verschil met de referentiegroep is getoetst met een tweezijdige z-toets voor twee "
                           "proporties met gepoolde variantie; het aantal positieve antwoorden in de "
                           "referentiegroep is het percentage maal n, afgerond. Het verschil met het vorige jaar "
                           "is met dezelfde toets getoetst (elk jaar andere respondenten); voor het rapportcijfer "
                           "met de t-toets van Welch. Een verschil heet significant als p kleiner is dan "
                           "α = {alpha}. Een verschil dat niet significant is, kan op toeval berusten: dan is niet "
                           "te stellen dat het ook in het echt voorkomt.",
                     "en": "The difference from the reference group is tested with a two-sided two-proportion "
                           "z-test with pooled variance; the reference group's number of positive answers is its "
                           "percentage times n, rounded. The difference from the previous year is tested with the "
                           "same test (different respondents each year); for the grade with Welch's t-test. A "
                           "difference is called significant when p is below α = {alpha}. A difference that is not "
                           "significant may be due to chance: it cannot be said that it also exists in reality."},
    "method.adjust": {"nl": "Omdat het rapport veel toetsen bevat, zijn de p-waarden gecorrigeerd volgens {method}.",
                      "en": "Because the report holds many tests, the p-values are adjusted by the {method} method."},
    "method.adjust.holm": {"nl": "Holm", "en": "Holm"},
    "method.adjust.fdr_bh": {"nl": "Benjamini–Hochberg", "en": "Benjamini–Hochberg"},
    "method.weight": {"nl": "De antwoorden zijn gewogen met de kolom ‘{weight}’; marges en toetsen gebruiken de "
                            "effectieve n volgens Kish.",
                      "en": "The answers are weighted with the column ‘{weight}’; margins and tests use Kish's "
                            "effective n."},
    "method.ref.h": {"nl": "Referentiegroep", "en": "Reference group"},
    "method.ref": {"nl": "Bron: {source}. Per vraag telt de referentiegroep {ranges}.",
                   "en": "Source: {source}. Per question the reference group counts {ranges}."},
    "method.ref_range": {"nl": "in {year} {low} tot {high} cliënten", "en": "{low} to {high} clients in {year}"},
    "method.ref_none": {"nl": "Er is geen referentiegroep opgegeven; het rapport vergelijkt alleen de jaren.",
                        "en": "No reference group was given; the report compares the years only."},
    "method.small.h": {"nl": "Kleine aantallen", "en": "Small numbers"},
    "method.small": {"nl": "Bij minder dan {test} antwoorden is een cijfer indicatief: het staat gearceerd in de "
                           "grafiek, met een * in de tabel, en wordt niet getoetst. Bij minder dan {report} "
                           "antwoorden wordt het cijfer niet getoond, om de privacy van cliënten te beschermen en "
                           "omdat het te onzeker is.",
                     "en": "With fewer than {test} answers a figure is indicative: it is hatched in the chart, "
                           "marked * in the table, and not tested. With fewer than {report} answers the figure is "
                           "not shown, to protect clients' privacy and because it is too uncertain."},
}
