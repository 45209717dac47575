"""The questions found in the files, with their scale and reference match, and below it the
selected question's answer categories, each counting as positive, negative or not at all."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSplitter,
                               QTableView, QVBoxLayout, QWidget)

from ceo_desk.gui.catalogue_models import KEY_ROLE, CategoriesModel, QuestionsModel
from ceo_desk.gui.delegates import ChoiceDelegate

QUESTION_WIDTH = 280
EDIT_TRIGGERS = (QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.SelectedClicked
                 | QAbstractItemView.EditTrigger.EditKeyPressed)


class QuestionsPanel(QWidget):
    questionSelected = Signal(str)          # question key

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.analysis = None
        self.lang = "nl"
        self.year: int | None = None
        self.model = QuestionsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Vragen"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(EDIT_TRIGGERS)
        self.table.setItemDelegateForColumn(QuestionsModel.COLUMNS.index("reference"), ChoiceDelegate(self.table))
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.resizeSection(0, 40)
        header.resizeSection(1, QUESTION_WIDTH)          # the text must be readable; the table scrolls sideways
        header.resizeSection(2, 100)
        header.resizeSection(3, 170)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        # ticking a row's box makes that row the chosen one (a click on the box alone does not select)
        self.model.countedToggled.connect(lambda key, _counted: key != self.selected_key() and self.select_key(key))

        self.categories = CategoriesModel(self)
        self.category_table = QTableView(self)
        self.category_table.setModel(self.categories)
        self.category_table.setAccessibleName(self.tr("Antwoordcategorieën van de gekozen vraag"))
        self.category_table.setEditTriggers(EDIT_TRIGGERS | QAbstractItemView.EditTrigger.CurrentChanged)
        self.category_table.setItemDelegateForColumn(2, ChoiceDelegate(self.category_table))
        self.category_table.verticalHeader().hide()
        self.category_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.category_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.category_table.horizontalHeader().resizeSection(2, 130)
        self.category_title = QLabel(self.tr("Kies een vraag om te zien welke antwoorden als positief tellen."), self)
        self.category_title.setWordWrap(True)
        self.reset_button = QPushButton(self.tr("Standaardindeling"), self)
        self.reset_button.setToolTip(self.tr("Zet de indeling van deze vraag terug zoals de import haar herkende"))
        self.reset_button.setAccessibleName(self.tr("Standaardindeling herstellen"))
        self.reset_button.setEnabled(False)

        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        title_row = QHBoxLayout()
        title_row.addWidget(self.category_title, 1)
        title_row.addWidget(self.reset_button)
        lower_layout.addLayout(title_row)
        lower_layout.addWidget(self.category_table)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def show_analysis(self, analysis, lang: str, reference_name: str = "") -> None:
        """Refresh after a (re-)analysis; keeps the selected question selected. ``reference_name``: what the
        user calls the reference group."""
        selected = self.selected_key()
        self.analysis, self.lang = analysis, lang
        self.model.set_analysis(analysis, lang, reference_name)
        row = self.model.row_of(selected) if selected else -1
        if row >= 0:
            self.select_key(selected)
        else:
            self.categories.set_question(analysis, None, lang, self.year)
            self._update_title(None)

    def selected_key(self) -> str | None:
        index = self.table.selectionModel().currentIndex()
        return index.data(KEY_ROLE) if index.isValid() else None

    def select_key(self, key: str) -> None:
        row = self.model.row_of(key)
        if row < 0:
            return
        index = self.model.index(row, 1)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(self.model.index(row, 0))       # vertically only: Nr. stays in view
        self._show_categories(self.model.question(row))

    def _current_changed(self, current, previous) -> None:
        q = self.model.question(current.row()) if current.isValid() else None
        self._show_categories(q)
        if q is not None:
            self.questionSelected.emit(q.key)

    def set_year(self, year: int | None) -> None:
        """Count the answers of the chosen year only (None: all years)."""
        self.year = year
        self._show_categories(self.model.question(self.model.row_of(self.selected_key() or "")))

    def _show_categories(self, question) -> None:
        self.categories.set_question(self.analysis, question, self.lang, self.year)
        self._update_title(question)

    def _update_title(self, question) -> None:
        if question is None:
            self.category_title.setText(self.tr("Kies een vraag om te zien welke antwoorden als positief tellen."))
            self.reset_button.setEnabled(False)
            return
        if question.kind == "mean":
            text = self.tr("{id}: een rapportcijfer; het gemiddelde wordt gerapporteerd.").format(id=question.id)
        elif not question.recognised:
            text = self.tr("{id}: de antwoorden passen bij geen bekende schaal. Kies welke categorieën positief zijn "
                           "om de vraag mee te tellen.").format(id=question.id)
        else:
            text = self.tr("{id}: percentage positief = positief / (positief + negatief).").format(id=question.id)
        self.category_title.setText(text)
        self.reset_button.setEnabled(self.analysis is not None and question.key in self.analysis.overrides.roles)
