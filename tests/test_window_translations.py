"""Every text the window passes to Qt's tr()/translate() has an English translation, and the compiled
catalogues in the package are those of the .ts sources (so English mode shows no Dutch label,
tooltip or file name). Runs Qt's own lupdate/lrelease (shipped with PySide6) on a copy."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from ceo_desk.texts import all_texts

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "i18n"
QM = ROOT / "ceo_desk" / "resources" / "i18n"


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent)) or shutil.which(f"pyside6-{name}")
    if not found:
        pytest.skip(f"pyside6-{name} not installed")
    return found


def untranslated(ts: Path) -> list[str]:
    """The window's texts that lupdate finds in the source and ``ts`` does not translate (core text keys
    that the window hands to the core's own ``tr`` are not Qt texts)."""
    core_keys = set(all_texts())
    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source") or ""
            if translation is None or translation.get("type") in ("obsolete", "vanished") or source in core_keys:
                continue
            if translation.get("type") == "unfinished" or not (translation.text or "").strip():
                missing.append(f"{context.findtext('name')}: {source}")
    return missing


def test_every_window_text_has_an_english_translation(tmp_path):
    copy = tmp_path / "resources" / "i18n" / "ceo_desk_en.ts"      # same depth: the same relative locations
    copy.parent.mkdir(parents=True)
    shutil.copy(TS / "ceo_desk_en.ts", copy)
    sources = sorted(str(p) for p in (ROOT / "ceo_desk" / "gui").rglob("*.py"))
    subprocess.run([_tool("lupdate"), *sources, "-source-language", "nl_NL", "-target-language", "en_GB",
                    "-ts", str(copy)], check=True, capture_output=True)
    missing = untranslated(copy)
    assert not missing, ("window texts without English (run pyside6-lupdate as resources/i18n/README.md says, "
                         "translate, then pyside6-lrelease):\n" + "\n".join(missing))


@pytest.mark.parametrize("name", ["ceo_desk_en", "qt_extra_nl"])
def test_the_packaged_catalogue_is_the_compiled_source(tmp_path, name):
    compiled = tmp_path / f"{name}.qm"
    subprocess.run([_tool("lrelease"), str(TS / f"{name}.ts"), "-qm", str(compiled)], check=True, capture_output=True)
    assert compiled.read_bytes() == (QM / f"{name}.qm").read_bytes(), f"compile {name}.ts again (pyside6-lrelease)"


def test_the_check_finds_an_untranslated_text(tmp_path):
    ts = tmp_path / "x.ts"
    ts.write_text('<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="en_GB">'
                  "<context><name>MainWindow</name>"
                  "<message><source>Opslaan</source><translation>Save</translation></message>"
                  '<message><source>Nieuw</source><translation type="unfinished"></translation></message>'
                  '<message><source>cli.col.year</source><translation type="unfinished"></translation></message>'
                  '<message><source>Oud</source><translation type="vanished">Old</translation></message>'
                  "</context></TS>", encoding="utf-8")
    assert untranslated(ts) == ["MainWindow: Nieuw"]
