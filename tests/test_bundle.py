"""The desktop bundle, when one has been built (`make bundle` writes dist/ceo-desk/): what a user runs,
run from the bundle: `ceo-desk --version`, `ceo-desk demo` in Dutch and English (real PDFs) and
`ceo-desk-gui --screenshot` on the bundled demo files. Skipped where no bundle exists (a plain
`make test`, CI); `make bundle-check` runs the same check by hand (build/check_bundle.py)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "dist" / "ceo-desk"


def _checker():
    spec = importlib.util.spec_from_file_location("check_bundle", ROOT / "build" / "check_bundle.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not (BUNDLE / "ceo-desk").is_file(), reason="no bundle built (make bundle)")
def test_the_built_bundle_runs_version_demo_and_window(tmp_path, capsys):
    shot = tmp_path / "window.png"
    assert _checker().main([str(BUNDLE), str(shot)]) == 0
    out = capsys.readouterr().out
    assert "bundle check passed" in out
    for step in ("ceo-desk --version", "ceo-desk demo --lang nl", "ceo-desk demo --lang en", "ceo-desk-gui --screenshot"):
        assert f"{step}" in out and "exit 0" in out.split(step, 1)[1].splitlines()[0], out
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_the_bundle_check_refuses_a_folder_without_a_bundle(tmp_path, capsys):
    """The checker itself can fail: an empty folder is no bundle."""
    with pytest.raises(SystemExit) as stop:
        _checker().main([str(tmp_path)])
    assert stop.value.code == 1
    assert "make bundle" in capsys.readouterr().err
