"""The project file (core, no Qt): round trip, format version, moved and changed files."""

from __future__ import annotations

import json
import shutil

import pytest

from builders import Q1, answers, survey_frame, write_reference, write_xlsx
from ceo_desk import services
from ceo_desk.model.errors import InputError
from ceo_desk.model.options import AnalysisOptions, Overrides
from ceo_desk.model.scales import Role
from ceo_desk.project import FORMAT_VERSION, check_sources, load_project, project_from, save_project


@pytest.fixture
def loaded(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    survey = write_xlsx(data / "ceo_2024.xlsx", survey_frame({Q1: answers(Altijd=30, Vaak=20, Soms=10)}, year=2024))
    reference = write_reference(data / "ref.xlsx", [(Q1, 2024, 3000, 70)])
    outcome = services.load_files([survey], reference=reference)
    return outcome, survey, reference


def test_round_trip_keeps_files_settings_and_corrections(tmp_path, loaded):
    outcome, survey, reference = loaded
    overrides = Overrides(reference_match={"x": None}, roles={"q": {"Vaak": Role.NEGATIVE}}, not_question={"z"})
    options = AnalysisOptions(confidence=0.9, alpha=0.01, min_n_test=40, min_n_report=5, adjust="holm")
    project = project_from(outcome.surveys, outcome.reference, options, overrides, {str(survey): 2024}, "Titel")
    target = tmp_path / "p.ceoproj.json"
    save_project(project, target)
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["format"] == "ceo-desk-project" and data["version"] == FORMAT_VERSION
    assert data["surveys"][0]["path"] == "data/ceo_2024.xlsx" and len(data["surveys"][0]["sha256"]) == 64
    back = load_project(target)
    assert back.options == options and back.overrides.to_json() == overrides.to_json()
    assert back.surveys[0].path.resolve() == survey.resolve() and back.surveys[0].year == 2024
    assert back.reference.path.resolve() == reference.resolve() and back.report_title == "Titel"
    assert check_sources(back) == []


def test_moved_folder_and_changed_file(tmp_path, loaded):
    outcome, survey, reference = loaded
    target = tmp_path / "p.ceoproj.json"
    save_project(project_from(outcome.surveys, outcome.reference, AnalysisOptions(), Overrides()), target)
    moved = tmp_path / "elders"
    shutil.copytree(tmp_path / "data", moved / "data")
    shutil.copy(target, moved / target.name)
    shutil.rmtree(tmp_path / "data")
    project = load_project(moved / target.name)       # relative paths: the folder moved as a whole
    assert check_sources(project) == []
    write_xlsx(moved / "data" / "ceo_2024.xlsx", survey_frame({Q1: answers(Altijd=1, Vaak=1, Soms=1)}, year=2024))
    (moved / "data" / "ref.xlsx").unlink()
    kinds = {p.source.path.name: p.kind for p in check_sources(project)}
    assert kinds == {"ceo_2024.xlsx": "changed", "ref.xlsx": "missing"}


@pytest.mark.parametrize("content, words", [
    ("{niet json", "beschadigd: regel 1"),
    ('{"format": "iets anders"}', "geen CEO Desk-projectbestand"),
    ('{"format": "ceo-desk-project", "version": 99}', "nieuwere CEO Desk"),
])
def test_bad_project_files(tmp_path, content, words):
    path = tmp_path / "p.ceoproj.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=words):
        load_project(path)
