"""A combo-box editor for cells whose model offers choices (``CHOICES_ROLE``)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ceo_desk.gui.catalogue_models import CHOICES_ROLE, VALUE_ROLE


class ChoiceDelegate(QStyledItemDelegate):
    """Opens a combo box with the model's choices; the chosen value goes back via ``setData``."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> QWidget:
        editor = QComboBox(parent)
        editor.setAccessibleName(str(index.model().headerData(index.column(), Qt.Orientation.Horizontal) or ""))
        for label, value in index.data(CHOICES_ROLE) or []:
            editor.addItem(label, value)
        editor.activated.connect(lambda _=0, e=editor: self._commit(e))
        return editor

    def _commit(self, editor: QComboBox) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor)

    def setEditorData(self, editor: QComboBox, index: QModelIndex) -> None:
        current = index.data(VALUE_ROLE)
        for i in range(editor.count()):
            if editor.itemData(i) == current:
                editor.setCurrentIndex(i)
                break

    def setModelData(self, editor: QComboBox, model: QAbstractItemModel, index: QModelIndex) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
