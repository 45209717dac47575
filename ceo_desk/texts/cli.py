"""What the command line says itself: the prefixes of its messages, its table's headings, its own errors."""

TEXTS = {
    "cli.error": {"nl": "fout: {message}", "en": "error: {message}"},
    "cli.warning": {"nl": "let op: {message}", "en": "note: {message}"},
    "cli.written": {"nl": "geschreven: {path}", "en": "written: {path}"},
    "cli.rows_written": {"nl": "{count} rijen geschreven naar {path}", "en": "{count} rows written to {path}"},
    "cli.unrecognised": {"nl": "Niet herkende kolommen (niet meegeteld):", "en": "Unrecognised columns (not counted):"},
    "cli.no_usable_surveys": {"nl": "geen bruikbare enquêtebestanden.", "en": "no usable survey files."},
    "cli.year_pair": {"nl": "'{text}': schrijf BESTAND=JAAR, bijvoorbeeld enquete.csv=2024",
                      "en": "'{text}': write FILE=YEAR, for example enquete.csv=2024"},
    "cli.population_pair": {"nl": "'{text}': schrijf JAAR=N, bijvoorbeeld 2024=1850",
                            "en": "'{text}': write YEAR=N, for example 2024=1850"},
    "cli.target_pair": {"nl": "'{text}': schrijf VRAAG=PERCENTAGE, bijvoorbeeld Q3=80",
                        "en": "'{text}': write QUESTION=PERCENT, for example Q3=80"},
    "cli.date": {"nl": "'{text}': schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2025-03-01",
                 "en": "'{text}': write the date as YYYY-MM-DD, for example 2025-03-01"},
    "cli.question_unknown": {
        "nl": "vraag '{wanted}' niet gevonden. Geef een nummer (Q3) of (een uniek deel van) de vraagtekst; "
              "'ceo-desk analyze' toont ze.",
        "en": "question '{wanted}' not found. Give a number (Q3) or (a unique part of) the question text; "
              "'ceo-desk analyze' shows them."},
    "cli.demo_missing": {
        "nl": "de demobestanden staan niet in {folder}. Installeer CEO Desk opnieuw, of maak ze met "
              "'python resources/make_demo_data.py'.",
        "en": "the demo files are not in {folder}. Install CEO Desk again, or make them with "
              "'python resources/make_demo_data.py'."},
    "cli.no_window": {"nl": "het venster kan niet starten ({reason}). Installeer PySide6 of gebruik 'ceo-desk analyze'.",
                      "en": "the window cannot start ({reason}). Install PySide6 or use 'ceo-desk analyze'."},
    # the terminal table's headings
    "cli.col.question": {"nl": "vraag", "en": "question"},
    "cli.col.group": {"nl": "groep", "en": "group"},
    "cli.col.year": {"nl": "jaar", "en": "year"},
    "cli.col.prev": {"nl": "Δ vorig", "en": "Δ prev"},
    "cli.col.note": {"nl": "opmerking", "en": "note"},
}
