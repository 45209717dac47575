"""Open answers: kept by the import (xlsx, Dutch CSV, SPSS), masked once, themes counted per year
against the themes written out here for every comment, quotes only where the group is big enough."""

from __future__ import annotations

from collections import Counter

import pytest

from builders import FREQ_LABELS, Q1, answers, survey_frame, to_codes, write_csv, write_sav, write_xlsx
from ceo_desk.io import read_survey
from ceo_desk.model.survey import ColumnKind
from ceo_desk.openanswers.collect import NO_THEME, collect, search, suppressed, theme_table
from ceo_desk.openanswers.themes import DEFAULT_THEMES, Theme, ThemeMatcher, format_themes, parse_themes

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


@pytest.mark.parametrize("comment, themes", THEMED, ids=[t[0][:40] for t in THEMED])
def test_each_comment_gets_its_themes(comment, themes):
    assert set(ThemeMatcher(DEFAULT_THEMES).themes_of(comment)) == themes


def test_inflections_of_a_keyword():
    matcher = ThemeMatcher([Theme("wachten", ("wacht",))])
    for text in ("wachten", "gewacht", "wachtlijst", "Wachttijden", "ik wachtte"):
        assert matcher.themes_of(text) == ("wachten",), text
    for text in ("verwachting", "ik verwacht"):
        assert matcher.themes_of(text) == (), text


def test_theme_list_round_trips_as_text():
    themes = parse_themes(format_themes(DEFAULT_THEMES))
    assert themes == list(DEFAULT_THEMES)
    edited = parse_themes("wachttijd: wacht, duurde lang\n\n  vervoer :taxi,  busje \nvervoer: dubbel\nleeg:")
    assert edited == [Theme("wachttijd", ("wacht", "duurde lang")), Theme("vervoer", ("taxi", "busje")),
                      Theme("leeg", ())]


# --- import and collect ----------------------------------------------------------------------------

PERSONAL = ["Daan", "06-12345678", "jan.jansen@gmail.com", "Kerkstraat 12", "Roos", "123456782"]
WITH_PERSONAL = [
    "Mijn zoon Daan werd goed geholpen, bel 06-12345678.",
    "Mail jan.jansen@gmail.com over de wachttijd.",
    "We wonen aan de Kerkstraat 12 en juf Roos kwam langs.",
    "Mijn BSN 123456782 stond op de brief.",
]


def _survey_frame(year: int, comments: list[str | None], districts: list[str]):
    n = len(comments)
    return survey_frame({Q1: answers(seed=year, Altijd=n // 2, Vaak=n - n // 2), OPEN_Q: comments},
                        year=year, stadsdeel=districts)


def _comments(year: int, n: int) -> list[str | None]:
    """The themed corpus and the personal ones, then blanks: the same list for every format."""
    texts = [c for c, _ in THEMED] + WITH_PERSONAL
    rows = (texts + [None] * n)[:n]
    return rows


@pytest.fixture
def files(tmp_path):
    """2023 as xlsx, 2024 as Dutch CSV (Windows-1252), 2022 as SPSS with a string column."""
    n = 60
    districts = ["Noord"] * 30 + ["Zuid"] * 23 + ["West"] * 4 + ["Oost"] * 3
    f2023 = _survey_frame(2023, _comments(2023, n), districts)
    write_xlsx(tmp_path / "ceo_2023.xlsx", f2023)
    f2024 = _survey_frame(2024, _comments(2024, n), districts)
    write_csv(tmp_path / "ceo_2024.csv", f2024)
    codes = to_codes(answers(seed=1, Altijd=4, Vaak=4), FREQ_LABELS)
    write_sav(tmp_path / "ceo_2022.sav", {"jaar": [2022] * 8, "v1": codes,
                                          "opm": ["Mijn zoon Daan wacht al maanden."] + [""] * 7},
              labels={"v1": Q1, "opm": OPEN_Q}, value_labels={"v1": FREQ_LABELS})
    return tmp_path


def test_the_import_keeps_open_answers_in_every_format(files):
    for name in ("ceo_2023.xlsx", "ceo_2024.csv", "ceo_2022.sav"):
        survey = read_survey(files / name)
        column = [c for c in survey.columns if c.kind is ColumnKind.OPEN_TEXT][0]
        assert column.text == OPEN_Q
        assert "Daan" in " ".join(t for t in column.texts if t)       # kept in memory, as written
        assert "Daan" not in repr(column) and "Daan" not in repr(survey)


def test_collect_masks_everything_and_counts_per_year(files):
    surveys = [read_survey(files / n) for n in ("ceo_2022.sav", "ceo_2023.xlsx", "ceo_2024.csv")]
    data = collect(surveys)
    assert [q.text for q in data.questions] == [OPEN_Q]
    key = data.questions[0].key
    assert data.respondents == {(key, 2022): 8, (key, 2023): 60, (key, 2024): 60}
    for answer in data.answers:
        for item in PERSONAL:
            assert item not in answer.text("nl"), (item, answer.text("nl"))
    assert any(a.text() == "Mijn zoon [naam] werd goed geholpen, bel [telefoon]." for a in data.answers)
    # per theme and year: the number of comments decided by hand above (2022 has 8 respondents: hidden)
    rows = {r.theme: r for r in theme_table(data, key)}
    expected = Counter(t for _, themes in THEMED for t in themes)
    # of WITH_PERSONAL: the e-mail one is about waiting, the BSN one mentions a letter (brief)
    expected_personal = Counter({"wachttijd": 1, "informatie en communicatie": 1})
    n_answers = len(THEMED) + len(WITH_PERSONAL)
    for theme in DEFAULT_THEMES:
        want = expected[theme.name] + expected_personal[theme.name]
        assert rows[theme.name].counts == {2023: want, 2024: want}, theme.name
        assert rows[theme.name].answered == {2023: n_answers, 2024: n_answers}
        if want:
            assert rows[theme.name].share(2024) == pytest.approx(100 * want / n_answers)
            assert 1 <= len(rows[theme.name].quotes) <= 3
            assert rows[theme.name].quotes[0][0] == 2024
    no_theme = sum(1 for _, themes in THEMED if not themes) + 2     # Daan's and the Kerkstraat comment
    assert rows[NO_THEME].counts == {2023: no_theme, 2024: no_theme}
    assert 2022 not in rows["wachttijd"].counts                      # fewer than 10 respondents
    assert all(year != 2022 for row in rows.values() for year, _ in row.quotes)


def test_small_groups_are_hidden_with_the_next_smallest(files):
    data = collect([read_survey(files / "ceo_2024.csv")])
    key = data.questions[0].key
    # West 4 and Oost 3 are below 10; together 7, so Zuid (23) is hidden too: 30 respondents hidden
    assert data.hidden_groups(key, 2024, "stadsdeel") == {"West", "Oost", "Zuid"}
    assert suppressed({"a": 12, "b": 9, "c": 30}) == {"a", "b"}
    assert suppressed({"a": 12, "b": 14}) == set()
    assert suppressed({"a": 5, "b": 5, "c": 40}) == {"a", "b"}
    assert data.visible(key, 2024, group=("stadsdeel", "West")) == []
    assert data.visible(key, 2024, group=("stadsdeel", "Zuid")) == []
    noord = data.visible(key, 2024, group=("stadsdeel", "Noord"))
    assert len(noord) == 27                                          # the 27 comments all lie in Noord
    table = {r.theme: r for r in theme_table(data, key, group=("stadsdeel", "West"))}
    assert table["wachttijd"].counts == {} and table["wachttijd"].quotes == ()


def test_search_reads_the_masked_text_only(files):
    data = collect([read_survey(files / "ceo_2024.csv")])
    shown = data.visible(data.questions[0].key)
    assert search(shown, "Daan") == []
    found = search(shown, "[naam]")
    assert any("juf [naam]" in a.text() for a in found)
    assert [a.text() for a in search(shown, "CLIËNTONDERSTEUNER")] == [THEMED[5][0]]
    assert len(search(shown, "")) == len(shown)
