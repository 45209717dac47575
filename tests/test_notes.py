"""The results frame holds note codes; every face writes them out in its own language.

A weighted survey with a small first year: the exported file, the terminal table and the frame itself.
"""

from __future__ import annotations

import pandas as pd
import pytest

from builders import Q1, answers, survey_frame, write_csv
from ceo_desk import services
from ceo_desk.cli import main
from ceo_desk.model.options import AnalysisOptions
from ceo_desk.stats.notes import names, note_text, token

EXPECTED = {
    "nl": {2023: "effectieve n < 30: indicatief, niet getoetst; gewogen (effectieve n = 20)",
           2024: "vorig jaar n < 30: niet getoetst; gewogen (effectieve n = 1.500)"},
    "en": {2023: "effective n < 30: indicative, not tested; weighted (effective n = 20)",
           2024: "previous year n < 30: not tested; weighted (effective n = 1,500)"},
}


@pytest.fixture()
def files(tmp_path):
    paths = []
    for year, (pos, neg) in {2023: (12, 8), 2024: (1000, 500)}.items():
        shares = answers(seed=year, Altijd=pos, Nooit=neg)
        frame = survey_frame({Q1: shares}, year=year, weegfactor=[1.0] * len(shares))
        paths.append(write_csv(tmp_path / f"teststad_{year}.csv", frame))
    return paths


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("suffix", [".csv", ".json"])
def test_exported_notes_are_text_in_the_chosen_language(tmp_path, files, lang, suffix):
    out = tmp_path / f"results{suffix}"
    assert main(["analyze", *map(str, files), "--weight", "weegfactor", "--lang", lang, "-o", str(out)]) == 0
    table = pd.read_csv(out) if suffix == ".csv" else pd.read_json(out)
    assert dict(zip(table["year"], table["note"])) == EXPECTED[lang]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_terminal_table_writes_the_notes_out(files, capsys, lang):
    assert main(["analyze", *map(str, files), "--weight", "weegfactor", "--lang", lang]) == 0
    printed = capsys.readouterr().out
    for text in EXPECTED[lang].values():
        assert text in printed
    assert "indicative" not in printed if lang == "nl" else "indicatief" not in printed


def test_the_frame_holds_the_same_codes_in_either_language(files):
    out = services.load_files(files)
    frames = {lang: services.analyse(out.surveys, None, AnalysisOptions(weight="weegfactor", lang=lang)).results
              for lang in ("nl", "en")}
    assert frames["nl"]["note"].tolist() == frames["en"]["note"].tolist()
    by_year = dict(zip(frames["nl"]["year"], frames["nl"]["note"]))
    assert names(by_year[2023]) == ["indicative_eff", "weighted"]
    assert names(by_year[2024]) == ["prev_small", "weighted"]
    for year, code in by_year.items():
        assert note_text(code, "nl") == EXPECTED["nl"][year] and note_text(code, "en") == EXPECTED["en"][year]


def test_values_with_separators_come_back_intact():
    code = ";".join([token("other", 10, "Noord; Oost: 50% (oud)"), token("secondary")])
    assert names(code) == ["other", "secondary"]
    assert note_text(code, "nl") == ("samengevoegd: groepen met minder dan 10 respondenten (Noord; Oost: 50% (oud)); "
                                     "niet getoond, zodat een kleine groep niet uit de andere af te leiden is")
    assert note_text(None) == note_text(pd.NA) == note_text("") == ""
