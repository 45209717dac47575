"""Open answers: kept by the import (xlsx, Dutch CSV, SPSS), masked once, themes counted per year
against the themes written out here for every comment, quotes only where the group is big enough."""

from __future__ import annotations

from collections import Counter

import pytest

from open_answer_corpus import OPEN_Q, PERSONAL, THEMED, WITH_PERSONAL, write_files
from ceo_desk.io import read_survey
from ceo_desk.model.survey import ColumnKind
from ceo_desk.openanswers.collect import NO_THEME, collect, search, suppressed, theme_table
from ceo_desk.openanswers.themes import DEFAULT_THEMES, Theme, ThemeMatcher, format_themes, parse_themes

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

@pytest.fixture
def files(tmp_path):
    write_files(tmp_path)
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
    # of WITH_PERSONAL: the e-mail one is about waiting, the BSN one mentions a letter (brief), the IBAN
    # one is about paying back (terugbetalen)
    expected_personal = Counter({"wachttijd": 1, "informatie en communicatie": 1, "eigen bijdrage": 1})
    n_answers = len(THEMED) + len(WITH_PERSONAL)
    for theme in DEFAULT_THEMES:
        want = expected[theme.name] + expected_personal[theme.name]
        assert rows[theme.name].counts == {2023: want, 2024: want}, theme.name
        assert rows[theme.name].answered == {2023: n_answers, 2024: n_answers}
        if want:
            assert rows[theme.name].share(2024) == pytest.approx(100 * want / n_answers)
            assert 1 <= len(rows[theme.name].quotes) <= 3
            assert rows[theme.name].quotes[0][0] == 2024
    no_theme = sum(1 for _, themes in THEMED if not themes) + 3     # Daan's, the Kerkstraat and Emma's comment
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
    assert len(noord) == len(THEMED) + len(WITH_PERSONAL)            # the comments all lie in Noord
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
