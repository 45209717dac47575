"""Texts of the report's summary ("Wat valt op") and of the findings it shares with the council brief."""

TEXTS = {
    "report.sum.item_ref": {"nl": "{question} ({own} tegen {ref}; n = {n}, {spread})",
                            "en": "{question} ({own} against {ref}; n = {n}, {spread})"},
    "report.sum.item_change": {"nl": "{question} (van {prev} naar {own}; n = {n}, {spread})",
                               "en": "{question} (from {prev} to {own}; n = {n}, {spread})"},
    "report.sum.margin": {"nl": "marge ±{margin}", "en": "margin ±{margin}"},
    "report.sum.interval": {"nl": "{level}-interval {low} tot {high} %", "en": "{level} interval {low} to {high} %"},
    "report.sum.item_grade": {"nl": "het rapportcijfer (van {prev} naar {own}; n = {n})",
                              "en": "the grade (from {prev} to {own}; n = {n})"},
    "report.sum.higher": {"nl": "In {year} significant hoger dan {reference}: {items}.",
                          "en": "In {year} significantly higher than {reference}: {items}."},
    "report.sum.lower": {"nl": "In {year} significant lager dan {reference}: {items}.",
                         "en": "In {year} significantly lower than {reference}: {items}."},
    "report.sum.rest": {"nl": "Bij de andere {count} van de {total} vragen is het verschil met {reference} in {year} "
                              "niet significant.",
                        "en": "For the other {count} of the {total} questions the difference from {reference} "
                              "in {year} is not significant."},
    "report.sum.none_latest": {"nl": "In {year} wijkt {place} bij geen enkele vraag significant af van "
                                     "{reference}.",
                               "en": "In {year} {place} does not differ significantly from {reference} on "
                                     "any question."},
    "report.sum.none_ever": {"nl": "In geen van de jaren ({years}) wijkt {place} bij een vraag significant af van "
                                   "{reference}.",
                             "en": "In none of the years ({years}) does {place} differ significantly from "
                                   "{reference} on any question."},
    "report.sum.risen": {"nl": "Van {prev} naar {year} significant gestegen: {items}.",
                         "en": "Significantly risen from {prev} to {year}: {items}."},
    "report.sum.fallen": {"nl": "Van {prev} naar {year} significant gedaald: {items}.",
                          "en": "Significantly fallen from {prev} to {year}: {items}."},
    "report.sum.no_change": {"nl": "Geen van de veranderingen tussen de jaren is significant.",
                             "en": "None of the changes between the years is significant."},
    "report.sum.no_change_one": {"nl": "Geen van de veranderingen ten opzichte van {prev} is significant.",
                                 "en": "None of the changes since {prev} is significant."},
    "report.sum.trend_up": {"nl": "{question} steeg elk jaar van {first} tot en met {last}: {series}.",
                            "en": "{question} rose every year from {first} to {last}: {series}."},
    "report.sum.trend_down": {"nl": "{question} daalde elk jaar van {first} tot en met {last}: {series}.",
                              "en": "{question} fell every year from {first} to {last}: {series}."},
    "report.sum.trend_none_sig": {"nl": "Geen van die stappen is op zichzelf significant; of het een blijvende "
                                        "ontwikkeling is, valt met deze cijfers niet te zeggen.",
                                  "en": "None of those steps is significant on its own; whether it is a lasting "
                                        "development cannot be said from these figures."},
    "report.sum.trend_some_sig": {"nl": "Significant was de stap naar {years}.",
                                  "en": "The step to {years} was significant."},
    "report.sum.small": {"nl": "Te weinig antwoorden voor een toets (n < {n}), dus alleen een indicatie: {items}.",
                         "en": "Too few answers for a test (n < {n}), so indicative only: {items}."},
    "report.sum.hidden": {"nl": "Niet getoond omdat minder dan {n} cliënten antwoordden: {items}.",
                          "en": "Not shown because fewer than {n} clients answered: {items}."},
    "report.sum.item_small": {"nl": "{question} in {year} (n = {n})", "en": "{question} in {year} (n = {n})"},
    "report.sum.item_hidden": {"nl": "{question} in {year}", "en": "{question} in {year}"},
    "report.sum.the_grade": {"nl": "Het rapportcijfer", "en": "The grade"},
    "report.sum.intro_years": {
        "nl": "De tabel toont per vraag het percentage positieve antwoorden in {year}, met de marge, het cijfer van "
              "{prev} en van {reference}. Onder de tabel staat wat opvalt in alle jaren van dit rapport "
              "({years}).",
        "en": "The table shows per question the percentage of positive answers in {year}, with the margin, the "
              "figures of {prev} and of {reference}. Below the table: what stands out in all years of this "
              "report ({years})."},
    "report.sum.intro_one": {
        "nl": "De tabel toont per vraag het percentage positieve antwoorden in {year}, met de marge, het cijfer van "
              "{prev} en van {reference}.",
        "en": "The table shows per question the percentage of positive answers in {year}, with the margin, the "
              "figures of {prev} and of {reference}."},
    "report.sum.legend": {
        "nl": "Verschillen in procentpunten (bij het rapportcijfer: in punten). ▲ / ▼ = significant hoger / lager "
              "(α = {alpha}); niet sign. = niet significant; niet getoetst = te weinig antwoorden of geen "
              "bruikbare referentie. Bij het rapportcijfer staat het gemiddelde in plaats van een percentage.",
        "en": "Differences in percentage points (for the grade: in points). ▲ / ▼ = significantly higher / lower "
              "(α = {alpha}); not sig. = not significant; not tested = too few answers or no usable reference. "
              "For the grade the mean is shown instead of a percentage."},
    "report.col.prev_value": {"nl": "{year}", "en": "{year}"},
    # the question table's target column (only where a target is set for the question)
    "report.col.target_value": {"nl": "streefwaarde {target}", "en": "target {target}"},
    "report.col.target": {"nl": "streefwaarde", "en": "target"},
    "report.cell.target_met": {"nl": "gehaald", "en": "met"},
    "report.cell.target_missed": {"nl": "niet gehaald", "en": "not met"},
    "report.cell.target_above": {"nl": "▲ sign. erboven", "en": "▲ sig. above"},
    "report.cell.target_below": {"nl": "▼ sign. eronder", "en": "▼ sig. below"},
    "report.col.vs_ref_pp": {"nl": "verschil met referentie (procentpunt)",
                             "en": "difference from reference (percentage points)"},
    "report.col.vs_year_pp": {"nl": "verschil met {year} (procentpunt)",
                              "en": "difference from {year} (percentage points)"},
    "report.col.vs_prev_pp": {"nl": "verschil met vorig jaar (procentpunt)",
                              "en": "difference from previous year (percentage points)"},
    "report.col.vs_prev_points": {"nl": "verschil met vorig jaar (punt)",
                                  "en": "difference from previous year (points)"},
    "report.col.prev": {"nl": "vorig jaar", "en": "previous year"},
}
