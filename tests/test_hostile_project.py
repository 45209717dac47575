"""Damaged and hand-edited project files: a message in the user's words naming what is wrong, never
Python's own text; the project file is left as it was; files outside the project folder need a yes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import hostile_corpus as corpus
from ceo_desk.model.errors import InputError
from ceo_desk.project import load_project, project_from, save_project, sources_outside
from ceo_desk import services

ROOT = Path(__file__).resolve().parents[1]
PYTHON_WORDS = ("Error", "object", "operand", "must be", "Expecting", "line 1 column", "NoneType", "Traceback")


def saved_project(folder: Path) -> Path:
    survey = corpus.honest_csv(folder)
    outcome = services.load_files([survey])
    from ceo_desk.model.options import AnalysisOptions, Overrides
    return save_project(project_from(outcome.surveys, None, AnalysisOptions(), Overrides()),
                        folder / "p.ceoproj.json")


def edit(path: Path, change) -> Path:
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


DAMAGE = [
    ("overrides as a list", lambda d: d.__setitem__("overrides", []), ["overrides", "groep gegevens"]),
    ("confidence 2", lambda d: d["options"].__setitem__("confidence", 2), ["options.confidence", "0.5 tot 1"]),
    ("confidence text", lambda d: d["options"].__setitem__("confidence", "95%"), ["options.confidence", "'95%'"]),
    ("alpha 0", lambda d: d["options"].__setitem__("alpha", 0), ["options.alpha"]),
    ("min_n_report above min_n_test", lambda d: d["options"].update(min_n_report=50, min_n_test=30),
     ["min_n_report", "50"]),
    ("adjust unknown", lambda d: d["options"].__setitem__("adjust", "bonferroni"), ["options.adjust", "holm"]),
    ("surveys an object", lambda d: d.__setitem__("surveys", {"path": "x"}), ["surveys", "lijst"]),
    ("survey without path", lambda d: d["surveys"][0].pop("path"), ["surveys[0].path", "tekst"]),
    ("year as text", lambda d: d["surveys"][0].__setitem__("year", "2O23"), ["surveys[0].year", "geheel getal"]),
    ("role unknown", lambda d: d["overrides"].__setitem__("roles", {"q": {"Altijd": "heel goed"}}),
     ["overrides.roles.q.Altijd", "positive"]),
    ("not_question a string", lambda d: d["overrides"].__setitem__("not_question", "q1"),
     ["overrides.not_question", "lijst"]),
    ("report title a number", lambda d: d.__setitem__("report", {"title": 7}), ["report.title"]),
]


@pytest.mark.parametrize("what, change, words", DAMAGE, ids=[d[0] for d in DAMAGE])
def test_wrong_field_is_named_in_user_words(tmp_path, what, change, words):
    path = edit(saved_project(tmp_path), change)
    before = path.read_bytes()
    with pytest.raises(InputError) as err:
        load_project(path)
    for lang in ("nl", "en"):
        message = err.value.render(lang)
        assert "p.ceoproj.json" in message
        assert not any(w in message for w in PYTHON_WORDS), message
    message = err.value.render("nl")
    assert all(w in message for w in words), message
    assert "Herstel het bestand" in message
    assert path.read_bytes() == before


@pytest.mark.parametrize("content, words", [
    (b'{"format": "ceo-desk-project", "version": 1,\n "surveys": [}', "regel 2"),
    (b"\xff\xfe\x00\x00binary", "geen tekstbestand"),
    (b"[" * 100_000 + b"]" * 100_000, "beschadigd"),
])
def test_unreadable_project_files(tmp_path, content, words):
    path = tmp_path / "p.ceoproj.json"
    path.write_bytes(content)
    with pytest.raises(InputError) as err:
        load_project(path)
    assert words in str(err.value) and not any(w in str(err.value) for w in PYTHON_WORDS), str(err.value)


def test_project_that_is_a_pipe_is_refused(tmp_path):
    path = tmp_path / "p.ceoproj.json"
    os.mkfifo(path)
    with pytest.raises(InputError, match="named pipe"):
        load_project(path)


def test_sources_outside_the_project_folder_are_found(tmp_path):
    folder = tmp_path / "a" / "b"
    folder.mkdir(parents=True)
    path = saved_project(folder)
    assert sources_outside(load_project(path)) == []
    elsewhere = corpus.honest_csv(tmp_path, "geheim_2023.csv")
    edit(path, lambda d: d["surveys"][0].update(path="../../geheim_2023.csv", absolute_path=str(elsewhere)))
    outside = sources_outside(load_project(path))
    assert [s.path.name for s in outside] == ["geheim_2023.csv"]
    link = folder / "link_2023.csv"                      # a link inside the folder to a file outside it
    link.symlink_to(elsewhere)
    edit(path, lambda d: d["surveys"][0].update(path="link_2023.csv", absolute_path=str(link)))
    assert [s.path.name for s in sources_outside(load_project(path))] == ["link_2023.csv"]


def test_screenshot_of_a_project_outside_its_folder_stops_at_the_question(tmp_path):
    folder = tmp_path / "project"
    folder.mkdir()
    path = saved_project(folder)
    elsewhere = corpus.honest_csv(tmp_path, "geheim_2023.csv")
    edit(path, lambda d: d["surveys"][0].update(path="../geheim_2023.csv", absolute_path=str(elsewhere)))
    shot = tmp_path / "venster.png"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen",
           "CEO_DESK_LOG": str(tmp_path / "log.txt"), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    done = subprocess.run([sys.executable, "-m", "ceo_desk", "gui", "--project", str(path), "--screenshot", str(shot)],
                          capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 2 and "geheim_2023.csv" in done.stderr and "buiten de map" in done.stderr, done.stderr
    assert not shot.exists() and "Traceback" not in done.stderr


# --- the window -------------------------------------------------------------------------------------

pytest.importorskip("pytestqt")


@pytest.fixture
def window_app(qtbot, tmp_path, monkeypatch):
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QMessageBox
    from ceo_desk.gui.app import Application
    from ceo_desk.gui.settings import Preferences
    from gui_support import shutdown
    monkeypatch.setenv("CEO_DESK_LOG", str(tmp_path / "ceo-desk.log"))
    boxes, answers = [], {"question": QMessageBox.StandardButton.No}

    def record(kind):
        def box(parent, title, text, *args, **kwargs):
            boxes.append((kind, title, text))
            return answers.get(kind, QMessageBox.StandardButton.Ok)
        return box

    for kind in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(record(kind)))
    application = Application(QApplication.instance(),
                              Preferences(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)))
    application.boxes, application.answers = boxes, answers
    qtbot.addWidget(application.window)
    application.window.show()
    yield application
    shutdown(application)


def open_through_menu(qtbot, app, path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    app.window.open_project_action.trigger()
    qtbot.waitUntil(lambda: not app.runner.busy, timeout=60_000)


def test_damaged_project_in_the_window_one_message(qtbot, window_app, tmp_path, monkeypatch):
    path = edit(saved_project(tmp_path), lambda d: d.__setitem__("overrides", []))
    before = path.read_bytes()
    open_through_menu(qtbot, window_app, path, monkeypatch)
    qtbot.waitUntil(lambda: bool(window_app.boxes), timeout=60_000)
    assert [b[0] for b in window_app.boxes] == ["warning"], window_app.boxes
    assert "p.ceoproj.json" in window_app.boxes[0][2] and "overrides" in window_app.boxes[0][2]
    assert path.read_bytes() == before and window_app.session.analysis is None


@pytest.mark.parametrize("answer", ["No", "Yes"])
def test_window_asks_before_opening_files_outside_the_project(qtbot, window_app, tmp_path, monkeypatch, answer):
    from PySide6.QtWidgets import QMessageBox
    folder = tmp_path / "project"
    folder.mkdir()
    path = saved_project(folder)
    elsewhere = corpus.honest_csv(tmp_path, "geheim_2023.csv")
    edit(path, lambda d: d["surveys"][0].update(path="../geheim_2023.csv", absolute_path=str(elsewhere)))
    window_app.answers["question"] = getattr(QMessageBox.StandardButton, answer)
    open_through_menu(qtbot, window_app, path, monkeypatch)
    questions = [b for b in window_app.boxes if b[0] == "question"]
    assert len(questions) == 1 and "geheim_2023.csv" in questions[0][2]
    if answer == "No":
        assert window_app.session.analysis is None
    else:
        qtbot.waitUntil(lambda: window_app.session.analysis is not None, timeout=60_000)
        assert window_app.session.analysis.surveys[0].path.name == "geheim_2023.csv"
