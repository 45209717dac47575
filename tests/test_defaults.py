"""The statistical defaults are declared once (AnalysisOptions); the command line, the stored
preferences and the settings dialog's 'Restore defaults' all give the same values."""

from __future__ import annotations

from ceo_desk.cli import build_parser, options_from
from ceo_desk.model.options import AnalysisOptions

FIELDS = ("confidence", "alpha", "min_n_test", "min_n_report", "adjust", "ref_includes_self", "lang")


def declared() -> dict:
    return {name: getattr(AnalysisOptions(), name) for name in FIELDS}


def test_command_line_defaults_are_the_declared_ones():
    for command in (["analyze", "x.sav"], ["report", "x.sav", "-o", "r.pdf"]):
        options = options_from(build_parser().parse_args(command))
        assert options == AnalysisOptions(), command


def test_preferences_and_settings_dialog_defaults_are_the_declared_ones(qtbot, tmp_path):
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QDialogButtonBox

    from ceo_desk.gui.dialogs import SettingsDialog
    from ceo_desk.gui.settings import Preferences
    prefs = Preferences(QSettings(str(tmp_path / "leeg.ini"), QSettings.Format.IniFormat))
    assert prefs.analysis_options() == AnalysisOptions()

    changed = {**declared(), "confidence": 0.9, "alpha": 0.01, "min_n_test": 50, "min_n_report": 20,
               "adjust": "holm", "ref_includes_self": True}
    prefs.store_options(AnalysisOptions(**changed, weight="weegfactor"))
    assert prefs.analysis_options() == AnalysisOptions(**changed)          # the weight belongs to the files
    dialog = SettingsDialog(AnalysisOptions(**changed), open_pdf=True)
    qtbot.addWidget(dialog)
    assert dialog.values() == changed
    buttons = dialog.findChild(QDialogButtonBox)
    buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).click()
    assert dialog.values() == declared()
    assert AnalysisOptions(**dialog.values()) == AnalysisOptions()
