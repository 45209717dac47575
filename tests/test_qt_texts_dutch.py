"""In Dutch mode Qt's own dialogs speak Dutch too (the file dialog's 'Look in:' was English)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QFileInfo
from PySide6.QtGui import QAbstractFileIconProvider
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel

from ceo_desk.gui import translations


@pytest.fixture()
def language(qapp):
    def install(lang: str) -> None:
        translations.install(qapp, lang)
    yield install
    for translator in translations._installed:
        qapp.removeTranslator(translator)
    translations._installed.clear()


@pytest.mark.parametrize("lang, look_in, file_type, cancel, folder", [
    ("nl", "Zoeken in:", "Bestanden van type:", "Annuleren", "Map"),
    ("en", "Look in:", "Files of type:", "Cancel", "Folder")])
def test_file_dialog_and_buttons_in_the_chosen_language(qtbot, language, tmp_path, lang, look_in, file_type, cancel,
                                                        folder):
    language(lang)
    dialog = QFileDialog(None, "x")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    labels = {label.objectName(): label.text().replace("&", "") for label in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"] == look_in and labels["fileTypeLabel"] == file_type
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == cancel
    assert QAbstractFileIconProvider().type(QFileInfo(str(tmp_path))) == folder      # the dialog's Type column
