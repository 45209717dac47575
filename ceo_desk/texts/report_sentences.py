"""The plain sentences under each question (B1 Dutch): a few phrasings, chosen per question so that a
report of ten questions does not repeat one sentence ten times. Every phrasing says the same thing."""

TEXTS = {
    "report.sent.share.0": {"nl": "In {year} antwoordde {percent} {positive} (n = {n}, marge ±{margin} procentpunt).",
                            "en": "In {year}, {percent} answered {positive} (n = {n}, margin ±{margin} percentage points)."},
    "report.sent.share.1": {"nl": "In {year} koos {percent} van de cliënten {positive} (n = {n}, marge ±{margin} "
                                  "procentpunt).",
                            "en": "In {year}, {percent} of the clients chose {positive} (n = {n}, margin ±{margin} "
                                  "percentage points)."},
    "report.sent.share.2": {"nl": "Van de cliënten die deze vraag in {year} beantwoordden, koos {percent} {positive} "
                                  "(n = {n}, marge ±{margin} procentpunt).",
                            "en": "Of the clients who answered this question in {year}, {percent} chose {positive} "
                                  "(n = {n}, margin ±{margin} percentage points)."},
    "report.sent.ref.0": {"nl": "Dat is {diff} procentpunt {direction} dan {reference} ({ref}); {verdict}.",
                          "en": "That is {diff} percentage points {direction} than {reference} ({ref}); "
                                "{verdict}."},
    "report.sent.ref.1": {"nl": "Dat ligt {diff} procentpunt {side} het cijfer van {reference} ({ref}); "
                                "{verdict}.",
                          "en": "That lies {diff} percentage points {side} the figure of {reference} ({ref}); "
                                "{verdict}."},
    "report.sent.ref.2": {"nl": "Vergeleken met {reference} ({ref}) is dat {diff} procentpunt {direction}; "
                                "{verdict}.",
                          "en": "Compared with {reference} ({ref}) that is {diff} percentage points "
                                "{direction}; {verdict}."},
    "report.sent.the_reference": {"nl": "de referentiegroep", "en": "the reference group"},
    "report.sent.above": {"nl": "boven", "en": "above"},
    "report.sent.below": {"nl": "onder", "en": "below"},
    "report.sent.ref_sig": {"nl": "dat verschil is significant", "en": "that difference is significant"},
    "report.sent.ref_not_sig": {"nl": "dat verschil is niet significant", "en": "that difference is not significant"},
    "report.sent.ref_not_tested": {"nl": "dat verschil is niet getoetst ({reason})",
                                   "en": "that difference was not tested ({reason})"},
    "report.sent.prev.0": {"nl": "Het cijfer is {diff} {unit} {direction} dan in {year} ({prev}); {verdict}.",
                           "en": "The figure is {diff} {unit} {direction} than in {year} ({prev}); {verdict}."},
    "report.sent.prev.1": {"nl": "Ten opzichte van {year} ({prev}) is dat een {change} van {diff} {unit}; {verdict}.",
                           "en": "Compared with {year} ({prev}), that is a {change} of {diff} {unit}; {verdict}."},
    "report.sent.prev.2": {"nl": "Vergeleken met {year} ({prev}) {moved} het cijfer {diff} {unit}; {verdict}.",
                           "en": "Compared with {year} ({prev}) the figure {moved} {diff} {unit}; {verdict}."},
    "report.sent.rose": {"nl": "steeg", "en": "rose"},
    "report.sent.fell": {"nl": "daalde", "en": "fell"},
    "report.sent.unit_pp": {"nl": "procentpunt", "en": "percentage points"},
    "report.sent.unit_points": {"nl": "punt", "en": "points"},
    "report.sent.change_sig": {"nl": "die {change} is significant", "en": "that {change} is significant"},
    "report.sent.change_not_sig": {"nl": "die {change} is niet significant", "en": "that {change} is not significant"},
    "report.sent.change_not_tested": {"nl": "die {change} is niet getoetst ({reason})",
                                      "en": "that {change} was not tested ({reason})"},
    "report.sent.earlier_ref": {"nl": "In {year} lag het cijfer significant {direction} dan {reference} ({own} "
                                      "tegen {ref}; n = {n}).",
                                "en": "In {year} the figure was significantly {direction} than {reference} "
                                      "({own} against {ref}; n = {n})."},
    "report.sent.earlier_change": {"nl": "Van {prev_year} naar {year} {moved} het cijfer significant, van {prev} naar "
                                         "{own} (n = {n}).",
                                   "en": "From {prev_year} to {year} the figure {moved} significantly, from {prev} to "
                                         "{own} (n = {n})."},
    # a breakdown: each group's figure and the group against the rest (or the other group)
    "report.sent.group_share.0": {"nl": "In de groep ‘{group}’ antwoordde in {year} {percent} {positive} (n = {n}, "
                                        "marge ±{margin} procentpunt).",
                                  "en": "In the group ‘{group}’, {percent} answered {positive} in {year} (n = {n}, "
                                        "margin ±{margin} percentage points)."},
    "report.sent.group_share.1": {"nl": "In {year} koos {percent} van de groep ‘{group}’ {positive} (n = {n}, "
                                        "marge ±{margin} procentpunt).",
                                  "en": "In {year}, {percent} of the group ‘{group}’ chose {positive} (n = {n}, "
                                        "margin ±{margin} percentage points)."},
    "report.sent.group_share.2": {"nl": "Van de groep ‘{group}’ koos in {year} {percent} {positive} (n = {n}, "
                                        "marge ±{margin} procentpunt).",
                                  "en": "Of the group ‘{group}’, {percent} chose {positive} in {year} (n = {n}, "
                                        "margin ±{margin} percentage points)."},
    "report.sent.group_interval": {"nl": "In de groep ‘{group}’ antwoordde in {year} {percent} {positive} (n = {n}, "
                                         "{level}-interval {low} tot {high}).",
                                   "en": "In the group ‘{group}’, {percent} answered {positive} in {year} (n = {n}, "
                                         "{level} interval {low} to {high})."},
    "report.sent.group_indicative": {"nl": "In de groep ‘{group}’ antwoordde in {year} {percent} {positive} (n = {n}). "
                                           "Dat zijn minder dan {min} antwoorden: het cijfer is indicatief en niet "
                                           "getoetst.",
                                     "en": "In the group ‘{group}’, {percent} answered {positive} in {year} (n = {n}). "
                                           "That is fewer than {min} answers: the figure is indicative and was not "
                                           "tested."},
    "report.sent.group_grade": {"nl": "De groep ‘{group}’ gaf in {year} gemiddeld een {mean} (n = {n}, "
                                      "{level}-interval {low} tot {high}).",
                                "en": "The group ‘{group}’ gave an average grade of {mean} in {year} (n = {n}, "
                                      "{level} interval {low} to {high})."},
    "report.sent.group_grade_indicative": {"nl": "De groep ‘{group}’ gaf in {year} gemiddeld een {mean} (n = {n}). "
                                                 "Dat zijn minder dan {min} antwoorden: het gemiddelde is indicatief "
                                                 "en niet getoetst.",
                                           "en": "The group ‘{group}’ gave an average grade of {mean} in {year} "
                                                 "(n = {n}). That is fewer than {min} answers: the mean is indicative "
                                                 "and was not tested."},
    "report.sent.group_rest.0": {"nl": "‘{group}’ ligt {diff} {unit} {direction} dan de {rest} ({rest_value}); "
                                       "{verdict}.",
                                 "en": "‘{group}’ is {diff} {unit} {direction} than the {rest} ({rest_value}); "
                                       "{verdict}."},
    "report.sent.group_rest.1": {"nl": "Vergeleken met de {rest} ({rest_value}) scoort ‘{group}’ {diff} {unit} "
                                       "{direction}; {verdict}.",
                                 "en": "Compared with the {rest} ({rest_value}), ‘{group}’ scores {diff} {unit} "
                                       "{direction}; {verdict}."},
    "report.sent.group_rest_equal": {"nl": "‘{group}’ scoort gelijk aan de {rest} ({rest_value}).",
                                     "en": "‘{group}’ scores the same as the {rest} ({rest_value})."},
    "report.sent.pair.0": {"nl": "‘{higher}’ scoort {diff} {unit} hoger dan ‘{lower}’; {verdict}.",
                           "en": "‘{higher}’ scores {diff} {unit} higher than ‘{lower}’; {verdict}."},
    "report.sent.pair.1": {"nl": "Het verschil tussen ‘{higher}’ (hoger) en ‘{lower}’ is {diff} {unit}; {verdict}.",
                           "en": "The difference between ‘{higher}’ (higher) and ‘{lower}’ is {diff} {unit}; "
                                 "{verdict}."},
    "report.sent.group_item": {"nl": "‘{group}’ ({value}, n = {n})", "en": "‘{group}’ ({value}, n = {n})"},
    "report.sent.groups_not_sig_all": {
        "nl": "In {year} verschilt geen enkele groep significant van de {rest} ({items}); de cijfers met n en "
              "marge staan in de tabel.",
        "en": "In {year} no group differs significantly from the {rest} ({items}); the figures with n and margin "
              "are in the table."},
    "report.sent.groups_not_sig_others": {
        "nl": "Bij de andere groepen ({items}) is het verschil met de {rest} niet significant; hun cijfers met n en "
              "marge staan in de tabel.",
        "en": "For the other groups ({items}) the difference from the {rest} is not significant; their figures "
              "with n and margin are in the table."},
    "report.sent.groups_untested": {
        "nl": "Niet getoetst, omdat de groep of de rest minder dan {n} antwoorden heeft: {items}.",
        "en": "Not tested, because the group or the rest has fewer than {n} answers: {items}."},
    "report.sent.pair_equal": {"nl": "‘{a}’ en ‘{b}’ scoren gelijk.", "en": "‘{a}’ and ‘{b}’ score the same."},
}
