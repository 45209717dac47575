"""A long read moves the progress bar and gives way to Cancel without waiting for the read to end."""

from __future__ import annotations

import threading
import time

import pytest

from ceo_desk import services
from ceo_desk.io.watched_read import read_watched
from ceo_desk.model.progress import OperationCancelled


def _slow_read(release: threading.Event, value="gelezen"):
    def read():
        release.wait(30)
        return value
    return read


def test_progress_moves_and_names_the_file(tmp_path):
    path = tmp_path / "groot.sav"
    path.write_bytes(b"x" * 10)
    seen = []
    release = threading.Event()
    threading.Timer(0.45, release.set).start()
    assert read_watched(_slow_read(release), path, lambda f, m: seen.append((f, m)), lambda: False) == "gelezen"
    assert len(seen) >= 3
    fractions = [f for f, _ in seen]
    assert fractions == sorted(fractions) and 0 < fractions[-1] <= 0.95
    assert all(m.startswith("groot.sav · ") and m.endswith(" s") for _, m in seen)


def test_cancel_does_not_wait_for_the_read(tmp_path):
    path = tmp_path / "groot.sav"
    path.write_bytes(b"x")
    release = threading.Event()
    flag = threading.Event()
    threading.Timer(0.3, flag.set).start()
    start = time.monotonic()
    with pytest.raises(OperationCancelled):
        read_watched(_slow_read(release), path, lambda f, m: None, flag.is_set)
    assert not release.is_set()                      # the read was still running when we returned
    assert time.monotonic() - start < 0.3 + 1.0      # a generous bound: the read itself takes 30 s
    release.set()


def test_the_reads_own_error_comes_through(tmp_path):
    path = tmp_path / "kapot.csv"
    path.write_text("x")

    def read():
        raise ValueError("kapot")
    with pytest.raises(ValueError, match="kapot"):
        read_watched(read, path, lambda f, m: None, lambda: False)


def test_load_files_is_cancelled_during_a_slow_read(tmp_path, monkeypatch):
    path = tmp_path / "enquete_2023.csv"
    path.write_text("a;b\n1;2\n")
    release = threading.Event()

    def slow_read_raw(p):
        release.wait(30)
        raise AssertionError("the read should have been abandoned")
    monkeypatch.setattr(services, "read_raw", slow_read_raw)
    flag = threading.Event()
    threading.Timer(0.3, flag.set).start()
    progress = []
    with pytest.raises(services.OperationCancelled):
        services.load_files([path], progress=lambda f, m: progress.append(m), cancelled=flag.is_set)
    release.set()
    assert any(m.startswith("enquete_2023.csv · ") for m in progress)
