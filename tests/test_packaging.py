"""What an installed wheel needs: the demo data inside the package, and a pyproject without the
license table that setuptools warns about on every install."""

from __future__ import annotations

import tomllib
from pathlib import Path

import ceo_desk
from ceo_desk.cli import demo_folder

ROOT = Path(__file__).resolve().parents[1]


def test_demo_data_is_package_data():
    folder = demo_folder()
    assert Path(ceo_desk.__file__).parent in folder.parents
    names = {p.name for p in folder.iterdir()}
    assert {"referentiegroep_jeugd.xlsx", "ceo_jeugd_voorbeeldstad_2022.sav"} <= names
    package_data = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]
    assert "resources/**/*" in package_data["ceo_desk"]


def test_license_is_an_spdx_string():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert isinstance(project["license"], str)
