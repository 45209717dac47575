"""A combo-box editor for cells whose model offers choices (``CHOICES_ROLE``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ceo_desk.gui.catalogue_models import CHOICES_ROLE, VALUE_ROLE


class ChoiceEditor(QComboBox):
    """A combo box that keeps its choices' values as Python objects.

    ``QComboBox.itemData`` converts values to Qt types (a ``str``-based enum comes back as a plain
    string), so the values live in a list beside the items. ``chosen`` is emitted when the user
    picks an item in the open list (mouse or Enter there); with the list closed, the arrow keys only
    move and Enter, Tab or leaving the cell commits (the delegate's standard event filter).
    """

    chosen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values: list[Any] = []
        self._popup_open = False
        self.activated.connect(self._activated)

    def add_choice(self, label: str, value: Any) -> None:
        self.addItem(label)
        self.values.append(value)

    def value(self) -> Any:
        index = self.currentIndex()
        return self.values[index] if 0 <= index < len(self.values) else None

    def set_value(self, value: Any) -> None:
        for i, v in enumerate(self.values):
            if v == value:
                self.setCurrentIndex(i)
                return

    def showPopup(self) -> None:
        self._popup_open = True
        super().showPopup()

    def hidePopup(self) -> None:
        super().hidePopup()
        # a pick in the list hides it first, then sets the index and emits ``activated``
        QTimer.singleShot(0, self._popup_closed)

    def _popup_closed(self) -> None:
        self._popup_open = False

    def _activated(self, _index: int) -> None:
        if self._popup_open:
            self._popup_open = False
            self.chosen.emit()


class ChoiceDelegate(QStyledItemDelegate):
    """Opens a combo box with the model's choices; the chosen value goes back via ``setData``."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> QWidget:
        editor = ChoiceEditor(parent)
        editor.setAccessibleName(str(index.model().headerData(index.column(), Qt.Orientation.Horizontal) or ""))
        for label, value in index.data(CHOICES_ROLE) or []:
            editor.add_choice(label, value)
        editor.chosen.connect(lambda e=editor: self._commit(e))
        return editor

    def _commit(self, editor: ChoiceEditor) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor)

    def setEditorData(self, editor: ChoiceEditor, index: QModelIndex) -> None:
        editor.set_value(index.data(VALUE_ROLE))

    def setModelData(self, editor: ChoiceEditor, model: QAbstractItemModel, index: QModelIndex) -> None:
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
