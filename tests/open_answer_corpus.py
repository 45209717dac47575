"""A corpus of open answers shared by the open-answer tests: comments with the themes decided by hand,
and comments with personal data, and survey files (xlsx, Dutch CSV, SPSS) that carry them."""

from __future__ import annotations

from builders import FREQ_LABELS, Q1, answers, survey_frame, to_codes, write_csv, write_sav, write_xlsx

OPEN_Q = "Heeft u nog opmerkingen of tips?"

# (comment, the default themes it is about) — read and decided by hand
THEMED = [
    ("We hebben lang moeten wachten op de eerste afspraak.", {"wachttijd"}),
    ("Na drie maanden gewacht, de wachtlijst was echt te lang.", {"wachttijd"}),
    ("De wachttijd was kort en de hulpverlener was heel vriendelijk.", {"wachttijd", "bejegening"}),
    ("Ik werd nooit teruggebeld en de voicemail stond altijd aan.", {"bereikbaarheid"}),
    ("Telefonisch slecht bereikbaar, mail werd ook niet beantwoord.", {"bereikbaarheid"}),
    ("Meer uitleg over de cliëntondersteuner graag, het was onduidelijk wat ik kon verwachten.",
     {"informatie en communicatie"}),
    ("We werden niet op de hoogte gehouden van de voortgang.", {"informatie en communicatie"}),
    ("Ik voelde me serieus genomen, er werd echt geluisterd.", {"bejegening"}),
    ("De medewerker was arrogant en neerbuigend.", {"bejegening"}),
    ("Zeer deskundige begeleider met veel kennis van autisme.", {"deskundigheid"}),
    ("De kennismaking was prettig.", set()),
    ("Steeds een andere hulpverlener, telkens mijn verhaal opnieuw vertellen.", {"wisselingen van hulpverlener"}),
    ("In een jaar tijd drie keer gewisseld van begeleider.", {"wisselingen van hulpverlener"}),
    ("De samenwerking tussen school en de jeugdhulp kan beter, ze werken langs elkaar heen.", {"samenwerking"}),
    ("Van het kastje naar de muur gestuurd.", {"samenwerking", "regels en bureaucratie"}),
    ("Het gaat nu veel beter met mijn zoon, hij is rustiger.", {"resultaat"}),
    ("De hulp helpt echt, we zien vooruitgang.", {"resultaat"}),
    ("Zoveel formulieren en regels, de herindicatie was een drama.", {"regels en bureaucratie"}),
    ("De eigen bijdrage van € 20 per maand was niet duidelijk vooraf.",
     {"eigen bijdrage", "informatie en communicatie"}),
    ("Het CAK stuurde pas na een half jaar de factuur.", {"eigen bijdrage"}),
    ("Dat geldt ook voor de school van mijn dochter.", set()),
    ("Prima zo, dank u wel.", set()),
    ("Ik verwacht eigenlijk niets meer.", set()),
]


# Personal data as clients write it, and the pieces of it that must never appear in any output.
WITH_PERSONAL = [
    "Mijn zoon Daan werd goed geholpen, bel 06-12345678.",
    "Mail jan.jansen@gmail.com over de wachttijd.",
    "We wonen aan de Kerkstraat 12 en juf Roos kwam langs.",
    "Mijn BSN 123456782 stond op de brief.",
    "Terugbetalen op NL91 ABNA 0417 1643 00, postcode 5611 AB.",
    "Mijn dochter Emma is geboren op 3 maart 2011; mevrouw Bakker weet ervan, bel +31 40 123 4567.",
]
PERSONAL = ["Daan", "06-12345678", "12345678", "jan.jansen", "gmail", "Kerkstraat", "Roos", "123456782", "NL91",
            "0417 1643", "5611 AB", "Emma", "3 maart 2011", "Bakker", "123 4567"]


def _survey_frame(year: int, comments: list[str | None], districts: list[str]):
    n = len(comments)
    return survey_frame({Q1: answers(seed=year, Altijd=n // 2, Vaak=n - n // 2), OPEN_Q: comments},
                        year=year, stadsdeel=districts)


def _comments(year: int, n: int) -> list[str | None]:
    """The themed corpus and the personal ones, then blanks: the same list for every format."""
    texts = [c for c, _ in THEMED] + WITH_PERSONAL
    rows = (texts + [None] * n)[:n]
    return rows




def write_files(folder):
    """2023 as xlsx, 2024 as Dutch CSV (Windows-1252), 2022 as SPSS with a string column (8 respondents).

    60 respondents a year; stadsdeel Noord 30, Zuid 23, West 4, Oost 3; the comments lie in Noord."""
    n = 60
    districts = ["Noord"] * 30 + ["Zuid"] * 23 + ["West"] * 4 + ["Oost"] * 3
    write_xlsx(folder / "ceo_2023.xlsx", _survey_frame(2023, _comments(2023, n), districts))
    write_csv(folder / "ceo_2024.csv", _survey_frame(2024, _comments(2024, n), districts))
    codes = to_codes(answers(seed=1, Altijd=4, Vaak=4), FREQ_LABELS)
    write_sav(folder / "ceo_2022.sav", {"jaar": [2022] * 8, "v1": codes,
                                        "opm": ["Mijn zoon Daan wacht al maanden."] + [""] * 7},
              labels={"v1": Q1, "opm": OPEN_Q}, value_labels={"v1": FREQ_LABELS})
    return [folder / "ceo_2022.sav", folder / "ceo_2023.xlsx", folder / "ceo_2024.csv"]
