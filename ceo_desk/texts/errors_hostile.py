"""Messages for hostile, damaged and odd files, for outputs that would destroy the user's data, and for
damaged project files (``ceo_desk.io.guards``, ``ceo_desk.atomic_write``, ``ceo_desk.project``)."""

TEXTS = {
    # before reading (ceo_desk.io.guards)
    "err.hostile.unreadable": {"nl": "het bestand is niet te openen ({reason}).",
                               "en": "the file cannot be opened ({reason})."},
    "err.hostile.unreadable_action": {"nl": "Controleer of u het bestand mag lezen, of kopieer het naar een eigen map.",
                                      "en": "Check that you may read the file, or copy it to a folder of your own."},
    "err.hostile.special_fifo": {
        "nl": "dit is geen gewoon bestand maar een 'named pipe'; CEO Desk zou eindeloos wachten op gegevens.",
        "en": "this is not an ordinary file but a named pipe; CEO Desk would wait for data forever."},
    "err.hostile.special_device": {
        "nl": "dit is geen gewoon bestand maar een apparaat (bijvoorbeeld /dev/zero), dat eindeloos gegevens geeft.",
        "en": "this is not an ordinary file but a device (such as /dev/zero) that gives data without end."},
    "err.hostile.special_other": {"nl": "dit is geen gewoon bestand.", "en": "this is not an ordinary file."},
    "err.hostile.special_action": {"nl": "Kies het enquêtebestand zelf (.sav, .xlsx of .csv).",
                                   "en": "Choose the survey file itself (.sav, .xlsx or .csv)."},
    "err.hostile.too_big": {"nl": "het bestand is {size} MB groot; meer dan {limit} MB is geen enquêtebestand.",
                            "en": "the file is {size} MB; more than {limit} MB is not a survey file."},
    "err.hostile.too_big_action": {"nl": "Kies het bestand met de antwoorden, of lever een kleiner uittreksel aan.",
                                   "en": "Choose the file with the answers, or supply a smaller extract."},
    "err.hostile.xlsx_part": {
        "nl": "een onderdeel van de werkmap ({part}) wordt uitgepakt {size} MB groot; meer dan {limit} MB leest "
              "CEO Desk niet.",
        "en": "one part of the workbook ({part}) unpacks to {size} MB; CEO Desk does not read more than {limit} MB."},
    "err.hostile.xlsx_total": {
        "nl": "de werkmap wordt uitgepakt {size} MB groot; meer dan {limit} MB leest CEO Desk niet.",
        "en": "the workbook unpacks to {size} MB; CEO Desk does not read more than {limit} MB."},
    "err.hostile.xlsx_ratio": {
        "nl": "een onderdeel van de werkmap ({part}) is {ratio} keer samengeperst; zo werkt een 'zipbom', "
              "geen gewone werkmap.",
        "en": "one part of the workbook ({part}) is compressed {ratio} times; that is how a 'zip bomb' works, "
              "not an ordinary workbook."},
    "err.hostile.xlsx_lie": {
        "nl": "een onderdeel van de werkmap ({part}) is groter dan het zelf opgeeft; de werkmap is beschadigd "
              "of gemanipuleerd.",
        "en": "one part of the workbook ({part}) is larger than it declares; the workbook is damaged or tampered "
              "with."},
    "err.hostile.xlsx_action": {
        "nl": "Open de werkmap in Excel, bewaar alleen het blad met de antwoorden als nieuwe .xlsx of als .csv, "
              "en laad dat.",
        "en": "Open the workbook in Excel, save only the sheet with the answers as a new .xlsx or as .csv, "
              "and load that."},
    "err.hostile.csv_line": {
        "nl": "het bestand heeft een regel van meer dan {limit} MB; een enquêtebestand heeft korte regels "
              "(één per respondent).",
        "en": "the file has a line of more than {limit} MB; a survey file has short lines (one per respondent)."},
    "err.hostile.csv_line_action": {
        "nl": "Controleer of dit het goede bestand is, of sla de gegevens in Excel opnieuw op als CSV.",
        "en": "Check that this is the right file, or save the data again as CSV from Excel."},
    "err.hostile.columns": {
        "nl": "het bestand heeft {count} kolommen; meer dan {limit} is geen enquêtebestand.",
        "en": "the file has {count} columns; more than {limit} is not a survey file."},
    "err.hostile.columns_action": {
        "nl": "Bewaar alleen de kolommen met vragen en achtergrondgegevens, of kies het goede bestand.",
        "en": "Keep only the columns with questions and background data, or choose the right file."},
    # writing (ceo_desk.atomic_write)
    "err.hostile.output_is_input": {
        "nl": "dit is ook een invoerbestand ({input}); CEO Desk schrijft nooit over de gegevens heen.",
        "en": "this is also an input file ({input}); CEO Desk never writes over the data."},
    "err.hostile.output_is_input_action": {"nl": "Kies een andere naam voor het resultaat (-o).",
                                           "en": "Choose another name for the output (-o)."},
    "err.hostile.write_failed": {"nl": "kan niet schrijven ({reason}); een eerder bestand met deze naam is "
                                       "ongewijzigd.",
                                 "en": "cannot write ({reason}); an earlier file of this name is unchanged."},
    "err.hostile.write_failed_action": {
        "nl": "Maak ruimte vrij op de schijf, kies een andere map, of sluit het bestand in Excel of de PDF-lezer.",
        "en": "Free some disk space, choose another folder, or close the file in Excel or the PDF reader."},
    # project files (ceo_desk.project, ceo_desk.project_checks)
    "err.hostile.project_not_text": {"nl": "het projectbestand is geen tekstbestand (of is beschadigd).",
                                     "en": "the project file is not a text file (or is damaged)."},
    "err.hostile.project_json": {"nl": "het projectbestand is beschadigd: regel {line} is niet te lezen.",
                                 "en": "the project file is damaged: line {line} cannot be read."},
    "err.hostile.project_unreadable": {"nl": "het projectbestand is niet te lezen ({reason}).",
                                       "en": "the project file cannot be read ({reason})."},
    "err.hostile.project_damaged": {"nl": "het projectbestand is beschadigd.", "en": "the project file is damaged."},
    "err.hostile.project_action": {
        "nl": "Herstel het bestand (bijvoorbeeld uit een reservekopie) of open de gegevensbestanden opnieuw en sla "
              "een nieuw project op.",
        "en": "Repair the file (from a backup, for example) or open the data files again and save a new project."},
    "err.hostile.project_expect_object": {
        "nl": "in het projectbestand staat bij '{field}' {value}; daar hoort een groep gegevens ({{…}}).",
        "en": "the project file holds {value} at '{field}'; a group of values ({{…}}) belongs there."},
    "err.hostile.project_expect_list": {
        "nl": "in het projectbestand staat bij '{field}' {value}; daar hoort een lijst ([…]).",
        "en": "the project file holds {value} at '{field}'; a list ([…]) belongs there."},
    "err.hostile.project_expect_text": {
        "nl": "in het projectbestand staat bij '{field}' {value}; daar hoort een tekst.",
        "en": "the project file holds {value} at '{field}'; a text belongs there."},
    "err.hostile.project_expect_yes_no": {
        "nl": "in het projectbestand staat bij '{field}' {value}; daar hoort true of false.",
        "en": "the project file holds {value} at '{field}'; true or false belongs there."},
    "err.hostile.project_expect_number_range": {
        "nl": "in het projectbestand staat bij '{field}' {value}; daar hoort een getal van {low} tot {high}.",
        "en": "the project file holds {value} at '{field}'; a number from {low} to {high} belongs there."},
    "err.hostile.project_expect_integer_range": {
        "nl": "in het projectbestand staat bij '{field}' {value}; daar hoort een geheel getal van {low} tot {high}.",
        "en": "the project file holds {value} at '{field}'; a whole number from {low} to {high} belongs there."},
    "err.hostile.project_expect_at_most_min_n_test": {
        "nl": "in het projectbestand is '{field}' {value}, meer dan de ondergrens voor toetsen (min_n_test).",
        "en": "the project file sets '{field}' to {value}, more than the minimum for tests (min_n_test)."},
    "err.hostile.project_expect_one_of": {
        "nl": "in het projectbestand staat bij '{field}' {value}; daar hoort een van: {choices}.",
        "en": "the project file holds {value} at '{field}'; one of these belongs there: {choices}."},
    "err.hostile.project_outside_question": {
        "nl": "Dit project verwijst naar bestanden buiten de map van het project:\n\n{files}\n\nAlleen openen als u "
              "het project vertrouwt. Deze bestanden openen?",
        "en": "This project refers to files outside the project's folder:\n\n{files}\n\nOpen them only if you "
              "trust the project. Open these files?"},
    # content (ceo_desk.io.plausible)
    "err.hostile.year_text": {
        "nl": "de jaarkolom bevat tekst in plaats van jaartallen ({values}).",
        "en": "the year column holds text instead of years ({values})."},
    "err.hostile.year_dates": {
        "nl": "de jaarkolom bevat datums in plaats van jaartallen ({values}).",
        "en": "the year column holds dates instead of years ({values})."},
    "err.hostile.year_text_action": {
        "nl": "Zet in de kolom alleen jaartallen als getal (zoals 2023), of geef het jaar van het hele bestand op "
              "met --year {name}=JAAR (in het venster: kies het jaar bij het bestand).",
        "en": "Put only years as numbers (such as 2023) in the column, or give the year of the whole file with "
              "--year {name}=YEAR (in the window: choose the year for the file)."},
    "err.hostile.fraction_among_percent": {
        "nl": "tussen percentages zoals {example} staat {cells}: is dat een breuk (dus 75 %) of echt minder dan 1 %? "
              "CEO Desk leest dat niet stilzwijgend als minder dan 1 %.",
        "en": "among percentages such as {example} there is {cells}: is that a fraction (so 75 %) or really less "
              "than 1 %? CEO Desk does not silently read it as less than 1 %."},
    "err.hostile.fraction_among_percent_action": {
        "nl": "Schrijf dat percentage in de referentietabel zoals de andere (bijvoorbeeld 75).",
        "en": "Write that percentage in the reference table like the others (for example 75)."},
    "err.hostile.negative_n": {
        "nl": "de aantallen (n) bevatten negatieve getallen ({cells}); een aantal cliënten kan niet negatief zijn.",
        "en": "the counts (n) hold negative numbers ({cells}); a number of clients cannot be negative."},
    "err.hostile.negative_n_action": {
        "nl": "Corrigeer de aantallen in de referentietabel (vraag het bureau om de juiste n).",
        "en": "Correct the counts in the reference table (ask the agency for the right n)."},
    "warn.hostile.sheet_by_answers": {
        "nl": "de werkmap heeft meer bladen; gelezen is blad '{sheet}' (daar staan de antwoorden), niet {others}.",
        "en": "the workbook has several sheets; sheet '{sheet}' was read (it holds the answers), not {others}."},
    "warn.hostile.sheet_by_name": {
        "nl": "de werkmap heeft meer bladen; gelezen is blad '{sheet}' (naar de naam), niet {others}.",
        "en": "the workbook has several sheets; sheet '{sheet}' was read (by its name), not {others}."},
    "warn.hostile.sheet_by_size": {
        "nl": "de werkmap heeft meer bladen; gelezen is blad '{sheet}' (het grootste), niet {others}. Klopt dat "
              "niet, bewaar dan alleen het blad met de antwoorden.",
        "en": "the workbook has several sheets; sheet '{sheet}' was read (the largest), not {others}. If that is "
              "wrong, save only the sheet with the answers."},
    "warn.hostile.formulas_without_values": {
        "nl": "{count} cellen met een formule maar zonder opgeslagen uitkomst (kolom {columns}) zijn als leeg "
              "gelezen. Open de werkmap in Excel en sla haar opnieuw op, dan worden de uitkomsten bewaard.",
        "en": "{count} cells with a formula but no stored result (column {columns}) were read as blank. Open the "
              "workbook in Excel and save it again, so that the results are stored."},
    "err.hostile.duplicate_header": {
        "nl": "de kolommen {first} en {second} hebben dezelfde kop maar andere antwoorden; CEO Desk weet niet "
              "welke de vraag is.",
        "en": "columns {first} and {second} have the same header but different answers; CEO Desk cannot tell "
              "which one is the question."},
    "err.hostile.duplicate_header_action": {
        "nl": "Geef een van beide kolommen een andere kop, of verwijder de kolom die niet klopt.",
        "en": "Give one of the two columns another header, or delete the column that is wrong."},
    "warn.hostile.duplicate_header_same": {
        "nl": "kolom {second} herhaalt kolom {first} (zelfde kop, zelfde antwoorden) en is weggelaten.",
        "en": "column {second} repeats column {first} (same header, same answers) and was left out."},
    "err.hostile.mixed_encoding": {
        "nl": "het bestand mengt twee tekensets (regel {utf8} is UTF-8, regel {other} niet); zo lezen zou namen "
              "verminken en één wijk in tweeën splitsen.",
        "en": "the file mixes two character sets (line {utf8} is UTF-8, line {other} is not); reading it so would "
              "garble names and split one district in two."},
    "err.hostile.mixed_encoding_action": {
        "nl": "Open het bestand in Excel en sla het op als 'CSV UTF-8 (door komma's gescheiden)', of vraag het "
              "bureau om één bestand in één tekenset.",
        "en": "Open the file in Excel and save it as 'CSV UTF-8 (comma delimited)', or ask the agency for one file "
              "in one character set."},
    "err.hostile.ragged": {
        "nl": "niet elke regel heeft evenveel velden: de tabel heeft er {usual}, maar {count} regel(s) niet (regel "
              "(velden): {lines}); de antwoorden zouden in de verkeerde kolom terechtkomen.",
        "en": "not every line has the same number of fields: the table has {usual}, but {count} line(s) do not "
              "(line (fields): {lines}); answers would land in the wrong column."},
    "err.hostile.ragged_action": {
        "nl": "Zet tekst met het scheidingsteken tussen aanhalingstekens, of open het bestand in Excel en sla het "
              "opnieuw op als CSV.",
        "en": "Put text that contains the separator between quotes, or open the file in Excel and save it again "
              "as CSV."},
    "err.hostile.only_missing": {
        "nl": "de antwoordkolommen ({columns}) bevatten alleen 'niet van toepassing', 'weet niet' of 'geen "
              "antwoord'; er valt niets te tellen.",
        "en": "the answer columns ({columns}) hold only 'not applicable', 'don't know' or 'no answer'; there is "
              "nothing to count."},
    "err.hostile.only_missing_action": {
        "nl": "Controleer of dit het volledige antwoordenbestand is, of vraag het bureau om de antwoorden.",
        "en": "Check that this is the complete file of answers, or ask the agency for the answers."},
}
