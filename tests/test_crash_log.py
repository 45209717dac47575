"""The log of unexpected errors rotates: it never grows without bound on a user's disk."""

from __future__ import annotations

from ceo_desk.gui import crash


def test_log_rotates(tmp_path, monkeypatch):
    path = tmp_path / "ceo-desk.log"
    monkeypatch.setenv("CEO_DESK_LOG", str(path))
    monkeypatch.setattr(crash, "LOG_MAX_BYTES", 20_000)
    before = list(crash.log.handlers)
    assert crash.setup_logging() == path
    try:
        for i in range(40):
            crash.log_exception(RuntimeError(f"fout {i}"), "Traceback\n" + "x" * 2_000)
    finally:
        for handler in set(crash.log.handlers) - set(before):
            crash.log.removeHandler(handler)
            handler.close()
    logs = sorted(p.name for p in tmp_path.iterdir())
    assert logs == ["ceo-desk.log", "ceo-desk.log.1", "ceo-desk.log.2"]
    assert all((tmp_path / name).stat().st_size <= 20_000 + 2_200 for name in logs)
    assert "fout 39" in path.read_text(encoding="utf-8")
