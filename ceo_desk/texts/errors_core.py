"""Error and warning texts of the core (reading files, counting, reports, projects, export).

Each error has a problem key and an ``..._action`` key (what the user should do); both take the
error's ``params``. The file name and the column are added by ``InputError.render``.
"""

TEXTS = {
    # any file
    "err.core.file_missing": {"nl": "het bestand bestaat niet (meer).", "en": "the file does not exist (any more)."},
    "err.core.file_missing_action": {"nl": "Controleer de naam en de map.", "en": "Check the name and the folder."},
    "err.core.is_folder": {"nl": "dit is een map, geen bestand.", "en": "this is a folder, not a file."},
    "err.core.is_folder_action": {"nl": "Kies een bestand in de map.", "en": "Choose a file in the folder."},
    "err.core.unknown_type": {"nl": "bestanden van het type '{suffix}' kan CEO Desk niet lezen.",
                              "en": "CEO Desk cannot read files of type '{suffix}'."},
    "err.core.unknown_type_action": {
        "nl": "Gebruik een SPSS-bestand (.sav), een Excel-werkmap (.xlsx) of een CSV-bestand (.csv).",
        "en": "Use an SPSS file (.sav), an Excel workbook (.xlsx) or a CSV file (.csv)."},
    # CSV
    "err.core.csv_empty": {"nl": "het bestand is leeg.", "en": "the file is empty."},
    "err.core.choose_answers_action": {"nl": "Kies het bestand met de antwoorden.",
                                       "en": "Choose the file with the answers."},
    "err.core.csv_binary": {"nl": "dit is geen tekstbestand (CSV) maar een binair bestand.",
                            "en": "this is not a text file (CSV) but a binary file."},
    "err.core.csv_binary_action": {"nl": "Kies het CSV-bestand zelf, of sla de gegevens op als CSV of .xlsx.",
                                   "en": "Choose the CSV file itself, or save the data as CSV or .xlsx."},
    "err.core.csv_encoding": {
        "nl": "de tekenset is niet te herkennen (geen UTF-8 en geen Windows-1252; byte {byte}).",
        "en": "the character set cannot be recognised (not UTF-8 and not Windows-1252; byte {byte})."},
    "err.core.csv_encoding_action": {
        "nl": "Sla het bestand in Excel op als 'CSV UTF-8 (door komma's gescheiden)' en laad het opnieuw.",
        "en": "Save the file in Excel as 'CSV UTF-8 (comma delimited)' and load it again."},
    "err.core.csv_unreadable": {"nl": "het CSV-bestand is niet als tabel te lezen ({reason}).",
                                "en": "the CSV file cannot be read as a table ({reason})."},
    "err.core.csv_unreadable_action": {
        "nl": "Controleer of elke regel evenveel kolommen heeft, of sla het opnieuw op vanuit Excel.",
        "en": "Check that every line has the same number of columns, or save it again from Excel."},
    # Excel
    "err.core.xlsx_not_zip": {"nl": "dit is geen Excel-werkmap (.xlsx); de inhoud is van een ander soort.",
                              "en": "this is not an Excel workbook (.xlsx); its content is of another kind."},
    "err.core.xlsx_not_zip_action": {
        "nl": "Controleer of u het goede bestand koos, of sla het in Excel op als .xlsx of .csv.",
        "en": "Check that you chose the right file, or save it in Excel as .xlsx or .csv."},
    "err.core.xlsx_unreadable": {"nl": "de Excel-werkmap is niet te lezen ({reason}).",
                                 "en": "the Excel workbook cannot be read ({reason})."},
    "err.core.xlsx_unreadable_action": {
        "nl": "Open het bestand in Excel, sla het opnieuw op als .xlsx en probeer het nog eens.",
        "en": "Open the file in Excel, save it again as .xlsx and try once more."},
    # SPSS
    "err.core.sav_unreadable": {"nl": "dit is geen leesbaar SPSS-bestand ({reason}).",
                                "en": "this is not a readable SPSS file ({reason})."},
    "err.core.sav_unreadable_action": {
        "nl": "Controleer of het bestand compleet is en in SPSS te openen is, of vraag het bureau om een nieuw "
              "exemplaar.",
        "en": "Check that the file is complete and opens in SPSS, or ask the agency for a new copy."},
    # answers
    "err.core.no_rows": {"nl": "het bestand bevat geen antwoorden (0 rijen).",
                         "en": "the file holds no answers (0 rows)."},
    "err.core.no_questions": {
        "nl": "er staat geen enkele vraag in die CEO Desk herkent (geen antwoordschaal als Altijd/Vaak/Soms/Nooit, "
              "Mee eens, Ja/Nee of een rapportcijfer).",
        "en": "it holds no question CEO Desk recognises (no answer scale such as Altijd/Vaak/Soms/Nooit, "
              "Mee eens, Ja/Nee or a grade)."},
    "err.core.no_questions_action": {
        "nl": "Controleer of dit het antwoordenbestand is; bij SPSS moeten de waardelabels erin staan.",
        "en": "Check that this is the file with the answers; an SPSS file must hold its value labels."},
    "err.core.year_empty": {"nl": "de jaarkolom is helemaal leeg.", "en": "the year column is entirely empty."},
    "err.core.year_empty_action": {"nl": "Vul de kolom in of geef het jaar op met --year {name}=JAAR.",
                                   "en": "Fill in the column or give the year with --year {name}=YEAR."},
    "err.core.year_bad": {"nl": "de jaarkolom bevat waarden die geen jaartal zijn ({values}).",
                          "en": "the year column holds values that are not years ({values})."},
    "err.core.year_bad_action": {"nl": "Corrigeer de kolom, of geef het jaar op met --year BESTAND=JAAR.",
                                 "en": "Correct the column, or give the year with --year FILE=YEAR."},
    "err.core.year_rows_missing": {"nl": "{count} rijen hebben geen jaartal.", "en": "{count} rows have no year."},
    "err.core.year_rows_missing_action": {"nl": "Vul de jaarkolom aan of geef het jaar op met --year {name}=JAAR.",
                                          "en": "Complete the year column or give the year with --year {name}=YEAR."},
    "err.core.year_missing": {
        "nl": "het onderzoeksjaar staat niet in het bestand (geen kolom 'jaar') en niet eenduidig in de bestandsnaam.",
        "en": "the survey year is not in the file (no column 'jaar') and not unambiguously in the file name."},
    "err.core.year_missing_action": {
        "nl": "Geef het jaar op, bijvoorbeeld --year {name}=2024 (in het venster: kies het jaar bij het bestand).",
        "en": "Give the year, for example --year {name}=2024 (in the window: choose the year with the file)."},
    "err.core.reference_not_answers": {"nl": "dit is een referentietabel, geen bestand met antwoorden.",
                                       "en": "this is a reference table, not a file with answers."},
    "err.core.reference_not_answers_action": {"nl": "Geef het op als referentiegroep (--reference BESTAND).",
                                              "en": "Give it as the reference group (--reference FILE)."},
    "err.core.no_surveys": {"nl": "er zijn geen enquêtebestanden geladen.", "en": "no survey files are loaded."},
    "err.core.no_surveys_action": {"nl": "Open eerst een of meer bestanden.", "en": "Open one or more files first."},
    # counting
    "err.core.by_missing": {"nl": "de kolom '{by}' om op te splitsen bestaat niet in dit bestand.",
                            "en": "the column '{by}' to break down by does not exist in this file."},
    "err.core.by_missing_action": {"nl": "Kies een van de achtergrondkolommen: {available}.",
                                   "en": "Choose one of the background columns: {available}."},
    "err.core.weight_missing": {"nl": "de weegkolom '{weight}' ontbreekt of bevat geen getallen.",
                                "en": "the weight column '{weight}' is missing or holds no numbers."},
    "err.core.weight_missing_action": {"nl": "Kies een numerieke weegkolom of analyseer zonder weging.",
                                       "en": "Choose a numeric weight column or analyse without weights."},
    "err.core.weight_negative": {"nl": "de weegfactor bevat negatieve waarden.",
                                 "en": "the weight holds negative values."},
    "err.core.weight_negative_action": {"nl": "Corrigeer de weegfactoren.", "en": "Correct the weights."},
    # report choice
    "err.core.report_years": {"nl": "geen resultaten voor {missing}.", "en": "no results for {missing}."},
    "err.core.report_years_action": {"nl": "Kies uit {years}.", "en": "Choose from {years}."},
    "err.core.report_question": {"nl": "onbekende vraag: {unknown}.", "en": "unknown question: {unknown}."},
    "err.core.report_question_action": {"nl": "Kies een vraagnummer of vraagtekst uit 'ceo-desk analyze'.",
                                        "en": "Choose a question number or text from 'ceo-desk analyze'."},
    "err.core.report_empty": {"nl": "er is niets te rapporteren voor deze keuze van jaren en vragen.",
                              "en": "there is nothing to report for this choice of years and questions."},
    "err.core.report_empty_action": {"nl": "Kies andere jaren of vragen.", "en": "Choose other years or questions."},
    "err.core.split_is_file": {"nl": "is een bestand; met --split is een map nodig.",
                               "en": "is a file; --split needs a folder."},
    "err.core.split_is_file_action": {"nl": "Geef een mapnaam op.", "en": "Give a folder name."},
    "err.core.export_format": {"nl": "'{suffix}' is geen exportformaat.", "en": "'{suffix}' is not an export format."},
    "err.core.export_format_action": {"nl": "Kies een bestandsnaam op .csv, .xlsx of .json.",
                                      "en": "Choose a file name ending in .csv, .xlsx or .json."},
    # projects
    "err.core.project_save": {"nl": "het project kan niet worden opgeslagen ({reason}).",
                              "en": "the project cannot be saved ({reason})."},
    "err.core.project_save_action": {"nl": "Kies een andere map of bestandsnaam.",
                                     "en": "Choose another folder or file name."},
    "err.core.project_version": {"nl": "de versie van het projectbestand ontbreekt of is ongeldig.",
                                 "en": "the project file's version is missing or invalid."},
    "err.core.project_open_action": {"nl": "Open een projectbestand dat CEO Desk heeft opgeslagen (…{suffix}).",
                                     "en": "Open a project file that CEO Desk saved (…{suffix})."},
    "err.core.project_newer": {"nl": "dit project is opgeslagen met een nieuwere CEO Desk (formaatversie {version}).",
                               "en": "this project was saved by a newer CEO Desk (format version {version})."},
    "err.core.project_newer_action": {"nl": "Werk CEO Desk bij om het te openen.",
                                      "en": "Update CEO Desk to open it."},
    "err.core.project_missing": {"nl": "het projectbestand bestaat niet (meer).",
                                 "en": "the project file does not exist (any more)."},
    "err.core.project_foreign": {"nl": "dit is geen CEO Desk-projectbestand.", "en": "this is not a CEO Desk project file."},
    # warnings (they load, but the user should know)
    "warn.core.grade_range": {"nl": "{count} waarden buiten 1-10 ({values}) tellen niet mee in het gemiddelde.",
                              "en": "{count} values outside 1-10 ({values}) are left out of the mean."},
    "warn.core.unknown_scale": {
        "nl": "antwoorden passen bij geen bekende schaal ({categories}); niet meegeteld. Wijs in het venster een "
              "schaal toe of markeer de kolom als 'geen vraag'.",
        "en": "the answers fit no known scale ({categories}); not counted. Assign a scale in the window or mark "
              "the column as 'not a question'."},
    "warn.core.same_text": {
        "nl": "kolommen '{first}' en '{second}' hebben dezelfde vraagtekst; alleen '{first}' telt mee. Geef de "
              "vragen verschillende teksten als het verschillende vragen zijn.",
        "en": "columns '{first}' and '{second}' have the same question text; only '{first}' counts. Give the "
              "questions different texts if they are different questions."},
    "warn.core.ref_duplicates": {"nl": "{count} dubbele regels (zelfde vraag en jaar); de eerste telt.",
                                 "en": "{count} duplicate rows (same question and year); the first counts."},
    "warn.core.ref_no_n": {"nl": "bij {count} regels ontbreekt n; daar kan niet getoetst worden.",
                           "en": "{count} rows have no n; they cannot be tested."},
    "warn.core.unmatched": {"nl": "'{question}' heeft geen vraag in de referentiegroep ({reference}).",
                            "en": "'{question}' has no question in the reference group ({reference})."},
    "warn.core.unmatched_hint": {
        "nl": "'{question}' heeft geen vraag in de referentiegroep ({reference}). Bedoelt u '{hint}'? Koppel ze "
              "dan in het venster.",
        "en": "'{question}' has no question in the reference group ({reference}). Did you mean '{hint}'? Then "
              "link them in the window."},
    "warn.core.reference_unused": {"nl": "Referentievraag '{question}' komt in geen enkel enquêtebestand voor.",
                                   "en": "Reference question '{question}' occurs in no survey file."},
}
