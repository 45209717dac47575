"""`ceo-desk analyze`: exact column names, exports in three formats, atomic writes."""

from __future__ import annotations


import pandas as pd
import pytest

from builders import Q1, Q2, answers, read_export, survey_frame, write_reference, write_xlsx
from ceo_desk.cli import main
from ceo_desk.export import export_table
from ceo_desk.model.errors import InputError
from ceo_desk.stats.results import RESULT_COLUMNS


@pytest.fixture()
def inputs(tmp_path):
    s22 = write_xlsx(tmp_path / "s_2022.xlsx", survey_frame({Q1: answers(Altijd=50, Nooit=50), Q2: answers(Vaak=80, Soms=20)},
                                                           year=2022, stadsdeel=["Noord", "Zuid"] * 50))
    s23 = write_xlsx(tmp_path / "s_2023.xlsx", survey_frame({Q1: answers(Altijd=70, Nooit=30), Q2: answers(Vaak=60, Soms=40)},
                                                           year=2023, stadsdeel=["Noord", "Zuid"] * 50))
    ref = write_reference(tmp_path / "ref.csv", [(Q1, 2022, 3000, 60.0), (Q1, 2023, 3000, 61.0)], percent="text")
    return s22, s23, ref


@pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".json"])
def test_export_has_exact_columns(tmp_path, inputs, suffix):
    out = tmp_path / f"results{suffix}"
    assert main(["analyze", *map(str, inputs[:2]), "--reference", str(inputs[2]), "-o", str(out)]) == 0
    frame = read_export(out)
    assert list(frame.columns[: len(RESULT_COLUMNS)]) == RESULT_COLUMNS
    q1 = frame[frame.question == Q1].set_index("year")
    assert q1.loc[2023, "percent"] == pytest.approx(70.0)
    assert q1.loc[2023, "prev_year"] == 2022 and q1.loc[2023, "ref_percent"] == 61.0
    assert len(frame) == 4


def test_by_adds_group_column(tmp_path, inputs):
    out = tmp_path / "by.csv"
    assert main(["analyze", *map(str, inputs[:2]), "--by", "stadsdeel", "-o", str(out)]) == 0
    frame = pd.read_csv(out)
    assert "group" in frame.columns and set(frame.group) == {"Noord", "Zuid", "Totaal"}
    assert len(frame) == 12          # two groups and the total, per question and year


def test_terminal_table(inputs, capsys):
    assert main(["analyze", *map(str, inputs[:2]), "--reference", str(inputs[2])]) == 0
    out = capsys.readouterr().out
    assert "70,0" in out and "vraag" in out
    assert main(["analyze", *map(str, inputs[:2]), "--lang", "en"]) == 0
    assert "70.0" in capsys.readouterr().out


@pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".json"])
def test_export_is_atomic_and_keeps_old_file(tmp_path, monkeypatch, suffix):
    """The write fails half-way, inside the atomic write: the old file stays, no part is left."""
    import ceo_desk.export
    target = tmp_path / f"r{suffix}"
    target.write_text("old", encoding="utf-8")
    started = []
    real_write_atomic = ceo_desk.export.write_atomic

    def half_then_full_disk(path, write):
        def failing(tmp):
            started.append(tmp)
            tmp.write_bytes(b"half a file")
            raise OSError(28, "No space left on device")
        return real_write_atomic(path, failing)
    monkeypatch.setattr(ceo_desk.export, "write_atomic", half_then_full_disk)
    with pytest.raises(InputError, match="kan niet schrijven"):      # one message for the user, naming the file
        export_table(pd.DataFrame({"a": [1, 2]}), target)
    assert started and started[0].parent == tmp_path       # the temporary file was really written
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_unknown_export_format(tmp_path, inputs, capsys):
    assert main(["analyze", str(inputs[0]), "-o", str(tmp_path / "r.pdf")]) == 2
    assert "r.pdf" in capsys.readouterr().err
