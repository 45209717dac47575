"""The fast SPSS reader (polars-readstat) gives exactly what the reference reader (pyreadstat) gives."""

from __future__ import annotations

import datetime as dt
import struct
from pathlib import Path

import numpy as np
import pandas as pd
import pyreadstat
import pytest

from ceo_desk.io.sav import read_sav, read_sav_pyreadstat
from ceo_desk.io.sav_polars import read_sav_polars

SAMPLES = Path(__file__).resolve().parents[1].parent / "shared" / "samples"


def _assert_same(fast, slow) -> None:
    assert fast.n_rows == slow.n_rows
    assert fast.format == slow.format
    assert [c.name for c in fast.columns] == [c.name for c in slow.columns]
    for a, b in zip(fast.columns, slow.columns):
        assert a.label == b.label, a.name
        assert a.value_labels == b.value_labels, a.name
        assert a.user_missing == b.user_missing, a.name
        assert a.values.dtype.kind == b.values.dtype.kind, a.name
        if a.is_numeric:
            np.testing.assert_array_equal(a.values, b.values, err_msg=a.name)
        else:
            assert list(a.values) == list(b.values), a.name


def _survey_frame() -> tuple[pd.DataFrame, dict]:
    rng = np.random.default_rng(7)
    n = 500
    frame = pd.DataFrame({
        "respnr": np.arange(1, n + 1, dtype=float),
        "gemeente": rng.choice(["Eindhoven", "’s-Hertogenbosch", "Súdwest-Fryslân", "  Venlo  ", ""], n),
        "j01": rng.choice([1, 2, 3, 4, 5, 9, np.nan], n),
        "j02": rng.choice([1, 2, 3, 4, 98, 99, 97, np.nan], n),
        "rapportcijfer": rng.choice([np.nan, *range(1, 11)], n),
        "weegfactor": rng.uniform(0.5, 1.5, n).round(4),
        "leeg": np.full(n, np.nan),
        "opmerking": rng.choice(["Fijn geholpen.", "Lang gewacht op de wachtlijst!", "", "   "], n),
        "geboren": [dt.date(1990, 1, 1) + dt.timedelta(days=int(d)) for d in rng.integers(0, 9000, n)],
    })
    meta = dict(
        column_labels={"respnr": "Respondentnummer", "j01": "Het was makkelijk om hulp te krijgen.",
                       "j02": "Ik voel me serieus genomen – écht.", "rapportcijfer": "Rapportcijfer",
                       "opmerking": "Heeft u nog opmerkingen?"},
        variable_value_labels={
            "j01": {1: "Altijd", 2: "Vaak", 3: "Soms", 4: "Nooit", 5: "Niet van toepassing", 9: "Geen antwoord"},
            "j02": {1: "Helemaal eens", 2: "Eens", 3: "Oneens", 4: "Helemaal oneens", 98: "Weet niet",
                    99: "Geen antwoord"},
        },
        missing_ranges={"j01": [9], "j02": [{"lo": 98, "hi": 99}, 97]},
    )
    return frame, meta


@pytest.mark.parametrize("compress", [False, True], ids=["sav", "zsav"])
def test_fast_reader_equals_pyreadstat(tmp_path, compress):
    frame, meta = _survey_frame()
    path = tmp_path / ("enquete.zsav" if compress else "enquete.sav")
    pyreadstat.write_sav(frame, str(path), compress=compress, **meta)
    fast, slow = read_sav_polars(path), read_sav_pyreadstat(path)
    _assert_same(fast, slow)
    j01 = next(c for c in fast.columns if c.name == "j01")
    assert 9.0 in j01.values and j01.user_missing == {9.0}   # user-missing codes kept as values
    j02 = next(c for c in fast.columns if c.name == "j02")
    assert j02.user_missing == {97.0, 98.0, 99.0}


def test_latin1_file_reads_the_same(tmp_path):
    frame = pd.DataFrame({"wijk": ["Strijp", "Woensel-Zuid", "Tongelre", "Gestel – Noord"],
                          "j01": [1.0, 2.0, 9.0, np.nan]})
    path = tmp_path / "latin.sav"
    pyreadstat.write_sav(frame, str(path), column_labels={"wijk": "Wijk (één)"},
                         variable_value_labels={"j01": {1: "Altijd", 2: "Vaak", 9: "Geen antwoord"}},
                         missing_ranges={"j01": [9]})
    _assert_same(read_sav_polars(path), read_sav_pyreadstat(path))


def _as_windows_1252(path: Path) -> None:
    """Rewrite a UTF-8 .sav written by pyreadstat as SPSS before version 16 wrote files: Windows-1252 text,
    declared only by the code page in the machine record (7/3), with no character-encoding record (7/20).
    Every 'é' must end its text: its one Windows-1252 byte plus a padding space replace its two UTF-8 bytes."""
    data = bytearray(path.read_bytes().replace("é".encode(), "é ".encode("cp1252")))
    encoding = data.find(struct.pack("<4i", 7, 20, 1, 5) + b"UTF-8")
    machine = data.find(struct.pack("<4i", 7, 3, 4, 8))
    assert encoding > 0 and machine > 0
    struct.pack_into("<i", data, encoding + 4, 99)          # an unknown record: readers skip it
    struct.pack_into("<i", data, machine + 16 + 7 * 4, 1252)  # character code: Windows-1252
    path.write_bytes(bytes(data))


def test_windows_1252_file_reads_the_same(tmp_path):
    frame = pd.DataFrame({"wijk": ["Strijp-Café", "Gestel", ""], "j01": [1.0, 9.0, np.nan]})
    path = tmp_path / "oud.sav"
    pyreadstat.write_sav(frame, str(path), column_labels={"wijk": "Wijk of café", "j01": "Thuis in het café"},
                         variable_value_labels={"j01": {1: "Altijd", 9: "Weet niet, café"}},
                         missing_ranges={"j01": [9]})
    _as_windows_1252(path)
    assert b"caf\xe9" in path.read_bytes() and "é".encode() not in path.read_bytes()
    fast, slow = read_sav_polars(path), read_sav_pyreadstat(path)
    _assert_same(fast, slow)
    wijk, j01 = fast.columns
    assert (wijk.label, list(wijk.values)) == ("Wijk of café", ["Strijp-Café", "Gestel", None])
    assert (j01.label, j01.value_labels[9.0], j01.user_missing) == ("Thuis in het café", "Weet niet, café", {9.0})


def test_corrupt_file_falls_back_to_the_reference_reader_message(tmp_path):
    from ceo_desk.model.errors import InputError

    path = tmp_path / "kapot.sav"
    path.write_bytes(b"$FL2@(#) IBM SPSS STATISTICS" + b"\x00" * 50)
    with pytest.raises(InputError) as caught:
        read_sav(path)
    assert "kapot.sav" in str(caught.value)


@pytest.mark.parametrize("name", ["ceo_jeugd_eindhoven_2019.sav", "ceo_wmo_eindhoven_2021_2022.sav"])
def test_samples_read_the_same(name):
    path = SAMPLES / name
    if not path.exists():
        pytest.skip("the shared samples are not next to this checkout")
    _assert_same(read_sav_polars(path), read_sav_pyreadstat(path))
