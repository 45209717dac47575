"""Texts of reading files: numbers, reference-table columns, header rows, weights, labels."""

TEXTS = {
    # numbers
    "io_import.numbers_read_thousands": {
        "nl": "'{cell}' kan een duizendtal of een decimaal getal zijn; gelezen als {value} (punt of komma als "
              "scheiding van duizendtallen). Klopt dat niet, schrijf de getallen dan zonder scheidingsteken "
              "voor duizendtallen.",
        "en": "'{cell}' could be a thousands figure or a decimal; read as {value} (point or comma as thousands "
              "separator). If that is wrong, write the numbers without a thousands separator."},
    "io_import.numbers_read_decimal": {
        "nl": "'{cell}' kan een duizendtal of een decimaal getal zijn; gelezen als {value} (decimaalteken"
              "). Klopt dat niet, schrijf de getallen dan zonder scheidingsteken voor duizendtallen.",
        "en": "'{cell}' could be a thousands figure or a decimal; read as {value} (decimal separator). "
              "If that is wrong, write the numbers without a thousands separator."},
    "io_import.numbers_conflict": {
        "nl": "getallen in twee schrijfwijzen ({cells} wijkt af van de rest); die cellen zijn niet als getal gelezen.",
        "en": "numbers written two ways ({cells} differs from the rest); those cells were not read as numbers."},
}
TEXTS.update({
    "cli.header_row_pair": {
        "nl": "'{text}': schrijf BESTAND=RIJ, bijvoorbeeld enquete.xlsx=3 (1 = eerste rij)",
        "en": "'{text}': write FILE=ROW, for example survey.xlsx=3 (1 = first row)"},
    "io_import.role.question": {"nl": "vraag", "en": "question"},
    "io_import.role.year": {"nl": "jaar", "en": "year"},
    "io_import.role.n": {"nl": "n (aantal)", "en": "n (count)"},
    "io_import.role.percent": {"nl": "percentage positief", "en": "percent positive"},
    # errors
    "err.io_import.ref_ambiguous": {
        "nl": "voor de rol '{role}' komen meer kolommen in aanmerking: {candidates}; CEO Desk kiest niet op de gok.",
        "en": "more than one column could be '{role}': {candidates}; CEO Desk does not guess."},
    "err.io_import.ref_ambiguous_action": {
        "nl": "Zeg welke het is, bijvoorbeeld met {option} (in het venster: kies de rol boven de kolom).",
        "en": "Say which one it is, for example with {option} (in the window: choose the role above the column)."},
    "err.io_import.ref_missing": {
        "nl": "dit is geen referentietabel zoals CEO Desk die kent: geen kolom gevonden voor de rol '{role}' "
              "(kolommen: {columns}).",
        "en": "this is not a reference table as CEO Desk knows one: no column found for the role '{role}' "
              "(columns: {columns})."},
    "err.io_import.ref_missing_action": {
        "nl": "Zeg welke kolom het is met --reference-columns {role}=KOLOM (kolomkop, letter of nummer; in het "
              "venster: kies de rol boven de kolom).",
        "en": "Say which column it is with --reference-columns {role}=COL (header, letter or number; in the window: "
              "choose the role above the column)."},
    "err.io_import.columns_spec": {
        "nl": "'{spec}' is geen geldige kolomtoewijzing.",
        "en": "'{spec}' is not a valid column assignment."},
    "err.io_import.columns_spec_action": {
        "nl": "Schrijf --reference-columns question=KOLOM,year=KOLOM,n=KOLOM,percent=KOLOM (kolomkop, letter of nummer).",
        "en": "Write --reference-columns question=COL,year=COL,n=COL,percent=COL (header, letter or number)."},
    "err.io_import.column_not_found": {
        "nl": "kolom '{column}' (voor '{role}') staat niet in het bestand (kolommen: {columns}).",
        "en": "column '{column}' (for '{role}') is not in the file (columns: {columns})."},
    "err.io_import.column_not_found_action": {
        "nl": "Noem de kolom bij zijn kop, letter (A, B …) of nummer (1, 2 …).",
        "en": "Name the column by its header, letter (A, B …) or number (1, 2 …)."},
    "err.io_import.header_row_missing": {
        "nl": "rij {row} bestaat niet of is leeg (het bestand heeft {rows} rijen).",
        "en": "row {row} does not exist or is empty (the file has {rows} rows)."},
    "err.io_import.header_row_missing_action": {
        "nl": "Geef met --header-row BESTAND=N de rij met de kolomkoppen, zoals het rekenblad die nummert (1 = eerste rij).",
        "en": "Give the row with the column headers with --header-row FILE=N, numbered as the spreadsheet shows it "
              "(1 = first row)."},
    "err.io_import.empty": {"nl": "het bestand bevat geen tabel.", "en": "the file holds no table."},
    "err.io_import.empty_action": {"nl": "Kies het bestand met de gegevens.", "en": "Choose the file with the data."},
    "err.io_import.ref_format": {
        "nl": "een referentietabel van het type '{suffix}' kan CEO Desk niet lezen.",
        "en": "CEO Desk cannot read a reference table of type '{suffix}'."},
    "err.io_import.ref_format_action": {
        "nl": "Lever de referentiegroep aan als werkmap (.xlsx, .xls, .ods) of CSV.",
        "en": "Supply the reference group as a workbook (.xlsx, .xls, .ods) or CSV."},
    "err.io_import.ref_years": {
        "nl": "jaartallen ontbreken of zijn geen jaartal.", "en": "years are missing or are not years."},
    "err.io_import.ref_years_action": {
        "nl": "Vul in elke rij het jaar in, of geef één jaar voor de hele tabel met --reference-columns year=JAAR.",
        "en": "Fill in the year on every row, or give one year for the whole table with --reference-columns year=YEAR."},
    "err.io_import.ref_percent_text": {
        "nl": "percentages die geen getal zijn ({cells}).", "en": "percentages that are not numbers ({cells})."},
    "err.io_import.ref_percent_text_action": {
        "nl": "Schrijf de percentages als 76, 76,0 %, 76% of 0,76.",
        "en": "Write the percentages as 76, 76.0 %, 76% or 0.76."},
    "err.io_import.ref_percent_range": {"nl": "percentages buiten 0-100.", "en": "percentages outside 0-100."},
    "err.io_import.ref_percent_range_action": {"nl": "Controleer de kolom.", "en": "Check the column."},
    "err.io_import.ref_counts": {
        "nl": "aantallen (n) die geen geheel getal zijn ({cells}).",
        "en": "counts (n) that are not whole numbers ({cells})."},
    "err.io_import.ref_counts_action": {"nl": "Schrijf n als een geheel getal.", "en": "Write n as a whole number."},
    "err.io_import.ref_no_percent": {
        "nl": "de referentietabel bevat geen percentages.", "en": "the reference table holds no percentages."},
    "err.io_import.ref_no_percent_action": {"nl": "Controleer de tabel.", "en": "Check the table."},

    # weights
    "io_import.weight_left_out": {
        "nl": "{count} respondenten hebben een lege of nul-weegfactor; zij tellen niet mee in de gewogen cijfers en "
              "niet in n (zoals SPSS doet).",
        "en": "{count} respondents have a blank or zero weight; they are left out of the weighted figures and of n "
              "(as SPSS does)."},
    "io_import.method_weight_left_out": {
        "nl": "{count} respondenten met een lege of nul-weegfactor zijn buiten de gewogen cijfers gelaten.",
        "en": "{count} respondents with a blank or zero weight were left out of the weighted figures."},

    # labels across files
    "io_import.labels_carried": {
        "nl": "codes zonder labels; de labels van dezelfde kolom in {source} zijn overgenomen ({labels}).",
        "en": "codes without labels; the labels of the same column in {source} were taken ({labels})."},
    "io_import.labels_conflict": {
        "nl": "code {code} heet hier '{label}' maar in {source} '{other}'; controleer welke klopt.",
        "en": "code {code} is called '{label}' here but '{other}' in {source}; check which is right."},

    # every column accounted for
    "io_import.column_empty": {"nl": "de kolom is leeg; niet gebruikt.", "en": "the column is empty; not used."},
    "io_import.preview.unreadable": {"nl": "kan zo niet gelezen worden", "en": "cannot be read this way"},
    "io_import.preview.question": {"nl": "antwoorden: {answers}", "en": "answers: {answers}"},
    "io_import.preview.unrecognised": {"nl": "op geen bekende schaal: {answers}", "en": "on no known scale: {answers}"},
    "io_import.preview.grade": {"nl": "rapportcijfer ({count} ingevuld)", "en": "grade ({count} filled in)"},
    "io_import.preview.open": {"nl": "open antwoorden ({count} ingevuld)", "en": "open answers ({count} filled in)"},
    "io_import.preview.background": {"nl": "{count} groepen: {groups}", "en": "{count} groups: {groups}"},
    "io_import.preview.year": {"nl": "jaren: {years}", "en": "years: {years}"},
    "io_import.preview.weight": {"nl": "weegfactor ({left_out} leeg of 0: buiten de gewogen cijfers)",
                                 "en": "weight ({left_out} blank or 0: left out of the weighted figures)"},
    "io_import.preview.unused": {"nl": "niet gebruikt", "en": "not used"},
    "io_import.column_ignored": {"nl": "niet gebruikt, zoals gekozen in de importinstellingen.",
                                 "en": "not used, as chosen in the import settings."},
    "io_import.column_other": {
        "nl": "getallen zonder antwoordlabels en geen rapportcijfer, jaar, gewicht of achtergrondkenmerk; niet "
              "meegeteld. Is het een weegfactor, geef hem dan op met --weight (in het venster: kies 'Weegfactor' "
              "bij deze kolom in de importinstellingen van het bestand).",
        "en": "numbers without answer labels that are no grade, year, weight or background column; not counted. "
              "If it is a weight, give it with --weight (in the window: choose 'Weight' for this column in the "
              "file's import settings)."},

    "err.io_import.year_column_missing": {
        "nl": "de jaarkolom '{column}' staat niet in het bestand (kolommen: {columns}).",
        "en": "the year column '{column}' is not in the file (columns: {columns})."},
    "err.io_import.year_column_missing_action": {
        "nl": "Noem de kolom zoals in de kopregel, of geef het jaar zelf op met --year BESTAND=JAAR.",
        "en": "Name the column as in the header row, or give the year itself with --year FILE=YEAR."},
})
