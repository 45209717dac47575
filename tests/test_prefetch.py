"""SPSS files read ahead (``ceo_desk.io.prefetch``) give what reading them now gives, never stale contents,
and a pipe is never read ahead."""

from __future__ import annotations

import hashlib
import os
import threading

import numpy as np
import pytest

from builders import FREQ_LABELS, Q1, write_sav
from ceo_desk.cli import main
from ceo_desk.io import prefetch
from ceo_desk.io.classify import file_checksum
from ceo_desk.io.registry import read_raw


def sav(path, codes):
    return write_sav(path, {"jaar": [2024] * len(codes), "j01": codes}, labels={"j01": Q1},
                     value_labels={"j01": FREQ_LABELS}, user_missing={"j01": [9]})


def column(table, name):
    return next(c for c in table.columns if c.name == name)


def test_a_file_read_ahead_is_the_file_read_now(tmp_path):
    path = sav(tmp_path / "a.sav", [1, 2, 9, None, 4, 1])
    prefetch.start([path])
    ahead = read_raw(path)
    now = read_raw(path)                      # taken once: this one is read afresh
    assert np.array_equal(column(ahead, "j01").values, column(now, "j01").values, equal_nan=True)
    assert column(ahead, "j01").values[2] == 9 and column(ahead, "j01").user_missing == {9.0}
    assert column(ahead, "j01").value_labels == column(now, "j01").value_labels


def test_a_file_changed_after_the_read_ahead_is_read_again(tmp_path):
    path = sav(tmp_path / "b.sav", [1, 1, 1])
    prefetch.start([path])
    sav(path, [4, 4, 4, 4, 4])               # replaced before the program gets to it
    os.utime(path, ns=(1, 1))                 # even within the same clock tick: other size, other time
    assert column(read_raw(path), "j01").values.tolist() == [4.0] * 5
    assert file_checksum(path) == hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_loaded_survey_carries_its_files_checksum_unless_left_out(tmp_path):
    from ceo_desk.services import load_files

    path = sav(tmp_path / "c.sav", [1, 2, 3])
    prefetch.start([path])
    assert load_files([path]).surveys[0].checksum == hashlib.sha256(path.read_bytes()).hexdigest()
    assert load_files([path], checksums=False).surveys[0].checksum == ""


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_pipe_is_never_read_ahead(tmp_path, capsys):
    pipe = tmp_path / "data.sav"
    os.mkfifo(pipe)
    prefetch.start([pipe])                    # returns at once and starts nothing for the pipe
    assert not any(t.name.endswith("data.sav") for t in threading.enumerate())
    assert main(["analyze", str(pipe)]) == 2  # the guards still refuse it by name
    assert "data.sav" in capsys.readouterr().err
