"""Texts of the report's method page: what exactly this report did, in plain Dutch."""

TEXTS = {
    "report.method.who": {"nl": "In totaal vulden {total} cliënten de vragenlijst in: {per_year}. Bestanden: {files}.",
                          "en": "In total {total} clients filled in the questionnaire: {per_year}. Files: {files}."},
    "report.method.groups": {"nl": "Wie de vragenlijst invulde (kolom ‘{column}’, zoals het bestand het noemt): "
                                   "{per_year}.",
                             "en": "Who filled in the questionnaire (column ‘{column}’, as the file names it): "
                                   "{per_year}."},
    "report.method.together": {"nl": "In de cijfers zijn deze groepen samengenomen.",
                               "en": "The figures take these groups together."},
    "report.method.together_all": {"nl": "In de cijfers zijn alle respondenten samengenomen.",
                                   "en": "The figures take all respondents together."},
    "report.method.by": {"nl": "De resultaten zijn uitgesplitst naar ‘{by}’.",
                         "en": "The results are broken down by ‘{by}’."},
    "report.method.unknown_group": {"nl": "onbekend", "en": "unknown"},
    "report.method.response": {"nl": "Respons: {per_year}.", "en": "Response: {per_year}."},
    "report.method.response_year": {"nl": "{year}: {n} van {population} cliënten ({rate})",
                                    "en": "{year}: {n} of {population} clients ({rate})"},
    "report.method.scale": {"nl": "{questions} (schaal {scale}): positief = {positive}; niet positief = {negative}. "
                                  "Niet meegeteld in n: {excluded}.",
                            "en": "{questions} (scale {scale}): positive = {positive}; not positive = {negative}. "
                                  "Left out of n: {excluded}."},
    "report.method.blank": {"nl": "lege antwoorden", "en": "blank answers"},
    "report.method.custom_scale": {"nl": "eigen indeling", "en": "own coding"},
    "report.method.weight.h": {"nl": "Weging", "en": "Weighting"},
    "report.method.weighted": {"nl": "De antwoorden zijn gewogen met de kolom ‘{weight}’: het percentage is het "
                                     "gewogen aandeel. Marges en toetsen gebruiken de effectieve n volgens Kish, die "
                                     "kleiner is dan het aantal respondenten.",
                               "en": "The answers are weighted with the column ‘{weight}’: the percentage is the "
                                     "weighted share. Margins and tests use Kish's effective n, which is smaller "
                                     "than the number of respondents."},
    "report.method.unweighted_has": {"nl": "De bestanden bevatten een weegfactor ({columns}), maar die is in dit "
                                           "rapport niet gebruikt: alle cijfers zijn ongewogen.",
                                     "en": "The files hold a weight ({columns}), but this report does not use it: all "
                                           "figures are unweighted."},
    "report.method.unweighted": {"nl": "De cijfers zijn ongewogen; de bestanden bevatten geen weegfactor.",
                                 "en": "The figures are unweighted; the files hold no weight."},
    "report.method.tests": {"nl": "Het verschil met {reference} is getoetst met een tweezijdige z-toets voor "
                                  "twee proporties met gepoolde variantie; het aantal positieve antwoorden van "
                                  "{reference} is het percentage maal n, afgerond. Het verschil met het vorige "
                                  "jaar is met dezelfde toets getoetst (elk jaar andere respondenten); voor het "
                                  "rapportcijfer met de t-toets van Welch. Een verschil heet significant als p "
                                  "kleiner is dan α = {alpha}.",
                            "en": "The difference from {reference} is tested with a two-sided two-proportion "
                                  "z-test with pooled variance; the number of positive answers of {reference} is "
                                  "its percentage times n, rounded. The difference from the previous year is tested "
                                  "with the same test (different respondents each year); for the grade with Welch's "
                                  "t-test. A difference is called significant when p is below α = {alpha}."},
    "report.method.no_adjust": {"nl": "Dit rapport bevat {count} toetsen. Daarvoor is niet gecorrigeerd: bij zoveel "
                                      "toetsen kan een enkel significant resultaat op toeval berusten.",
                                "en": "This report holds {count} tests. They are not corrected for: with so many "
                                      "tests a single significant result may be due to chance."},
    "report.method.adjust": {"nl": "Dit rapport bevat {count} toetsen. Omdat het er veel zijn, zijn de p-waarden "
                                   "gecorrigeerd volgens {method}, {family}.",
                             "en": "This report holds {count} tests. Because there are many, the p-values are "
                                   "adjusted by the {method} method, {family}."},
    "report.method.family.all": {"nl": "over alle toetsen van de analyse samen (alle jaren en beide soorten "
                                       "vergelijking)",
                                 "en": "over all tests of the analysis together (all years and both kinds of "
                                       "comparison)"},
    "report.method.family.year": {"nl": "per onderzoeksjaar en per soort vergelijking (met {reference}, met "
                                        "het vorige jaar)",
                                  "en": "per survey year and per kind of comparison (with {reference}, with "
                                        "the previous year)"},
    "report.method.fpc": {"nl": "Omdat bekend is hoeveel cliënten hulp kregen, zijn marges en toetsen verkleind met "
                                "de eindige-populatiecorrectie √((N−n)/(N−1)).",
                          "en": "Because the number of clients who received support is known, margins and tests "
                                "are reduced with the finite-population correction √((N−n)/(N−1))."},
    "report.method.not_sig.h": {"nl": "Wat ‘niet significant’ betekent", "en": "What ‘not significant’ means"},
    "report.method.not_sig": {
        "nl": "Staat er dat een verschil niet significant is, dan betekent dat, met andere woorden: het is niet te "
              "stellen dat het verschil in de onderzoekspopulatie ook in het echt voorkomt. Dat komt door de "
              "foutmarge, die in dit rapport meestal ongeveer {margin} procentpunt is: de werkelijke uitkomsten "
              "kunnen zoveel hoger of lager liggen dan de resultaten in het onderzoek. Een significant verschil is "
              "groot genoeg om niet aan die marge toe te schrijven, al blijft een kleine kans op toeval ({alpha}).",
        "en": "When a difference is called not significant, that means, in other words: it cannot be said that the "
              "difference in the surveyed population also exists in reality. That is because of the margin of "
              "error, mostly about {margin} percentage points in this report: the true outcomes may lie that much "
              "higher or lower than the survey's results. A significant difference is too large to put down to "
              "that margin, though a small chance of coincidence remains ({alpha})."},
    "report.method.ref": {"nl": "De cijfers worden vergeleken met ‘{name}’ (bron: {source}). Per vraag telt "
                                "{reference} {ranges}.",
                          "en": "The figures are compared with ‘{name}’ (source: {source}). Per question "
                                "{reference} counts {ranges}."},
    "report.method.not_sig.short": {
        "nl": "Met andere woorden: het is niet te stellen dat het verschil in de onderzoekspopulatie ook in het echt "
              "voorkomt. Dat komt door de foutmarge.",
        "en": "In other words: it cannot be said that the difference in the surveyed population also exists in "
              "reality. That is because of the margin of error."},
}
