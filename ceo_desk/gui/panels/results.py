"""The results overview: filter, year chooser, the table, copy as tab-separated text."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMenu,
                               QPushButton, QTableView, QVBoxLayout, QWidget)

from ceo_desk.gui.frozen import FrozenColumnsView

from ceo_desk.formula_guard import formula_safe
from ceo_desk.gui.formatting import reference_words
from ceo_desk.gui.models import QUESTION_ID_ROLE, ResultsFilterProxy, ResultsTableModel

ALL_YEARS = 0
QUESTION_WIDTH = 300
DEFAULT_FIELDS = ("n", "value", "ref_percent", "sig_ref", "sig_prev")
SIZED_ROWS = 100       # the rows (besides those in view) a column's width is fitted to: every question without a
                       # breakdown; with 343 municipalities as groups, fitting to all 14,000 rows took seconds


def selection_as_tsv(view: QTableView, always: tuple[int, ...] = (0, 1)) -> str:
    """The selected cells as tab-separated lines (with the column titles), the way Excel pastes them.
    The ``always`` columns (question number and text) come along, so pasted figures say what they are;
    hidden columns stay out."""
    indexes = sorted(view.selectionModel().selectedIndexes(), key=lambda i: (i.row(), i.column()))
    if not indexes:
        return ""
    model = view.model()
    columns = sorted(({i.column() for i in indexes} | {c for c in always if c < model.columnCount()}))
    columns = [c for c in columns if not view.isColumnHidden(c)]
    rows: dict[int, dict[int, str]] = {}
    for index in indexes:
        rows.setdefault(index.row(), {})
    for row, cells in rows.items():
        for c in columns:
            index = model.index(row, c)
            if c in always or view.selectionModel().isSelected(index):
                cells[c] = str(index.data() or "")
    head = [str(model.headerData(c, Qt.Orientation.Horizontal) or "").replace("\n", " ") for c in columns]
    clean = lambda text: formula_safe(text.replace("\t", " ").replace("\n", " "))    # pasted into Excel: no formula
    lines = ["\t".join(head)] + ["\t".join(clean(cells.get(c, "")) for c in columns) for _, cells in sorted(rows.items())]
    return "\r\n".join(lines) + "\r\n"


class QuestionRowsTable:
    """What a panel with a table of question rows does with it: Ctrl+C copies the selection (with the
    question's number and text), and moving to another row announces that row's question.
    The panel holds ``self.table`` and the signal ``questionSelected``."""

    def copy_selection(self) -> None:
        text = selection_as_tsv(self.table)
        if text:
            QGuiApplication.clipboard().setText(text)

    def _current_changed(self, current, previous) -> None:
        if current.isValid() and (not previous.isValid() or current.row() != previous.row()):
            qid = current.data(QUESTION_ID_ROLE)
            if qid:
                self.questionSelected.emit(qid)


class ResultsPanel(QuestionRowsTable, QWidget):
    questionSelected = Signal(str)           # question id
    yearChosen = Signal(object)              # a year, or None for all years
    fieldsChosen = Signal(list)              # the figures shown per year

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ResultsTableModel(self)
        self.proxy = ResultsFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Zoek een vraag…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(self.tr("Vragen filteren"))
        self.filter.textChanged.connect(self.proxy.set_text)
        self.year = QComboBox(self)
        self.year.setAccessibleName(self.tr("Jaar"))
        self.year.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.year.setToolTip(self.tr("Toon alle jaren of één jaar"))
        self.year.currentIndexChanged.connect(self._year_changed)
        year_label = QLabel(self.tr("&Jaar:"), self)
        year_label.setBuddy(self.year)
        top = QHBoxLayout()
        self.fields_button = QPushButton(self.tr("Cijfers"), self)      # its size hint makes room for the menu arrow
        self.fields_button.setToolTip(self.tr("Kies welke cijfers per jaar in de tabel staan"))
        self.fields_button.setAccessibleName(self.tr("Cijfers per jaar kiezen"))
        self.fields_menu = QMenu(self.fields_button)
        self.field_actions: dict[str, QAction] = {}
        for field, name in self._field_names().items():
            action = self.fields_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(field in DEFAULT_FIELDS)
            action.toggled.connect(self._fields_changed)
            self.field_actions[field] = action
        self.fields_button.setMenu(self.fields_menu)
        top.addWidget(self.filter, 1)
        top.addWidget(year_label)
        top.addWidget(self.year)
        top.addWidget(self.fields_button)

        self.table = FrozenColumnsView(2, self)           # Nr. and Vraag stay in view
        self.table.setModel(self.proxy)
        self.table.horizontalHeader().setMinimumSectionSize(22)
        self.table.horizontalHeader().setResizeContentsPrecision(SIZED_ROWS)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setAccessibleName(self.tr("Resultaten per vraag en jaar"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.copy_action = QAction(self.tr("Kopiëren"), self)
        self.copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.copy_action.triggered.connect(self.copy_selection)
        self.table.addAction(self.copy_action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        self.legend = QLabel(self)
        self.legend.setWordWrap(True)
        self.legend.setToolTip(self.tr("Geen teken: geen significant verschil, of niet getoetst (te kleine n)."))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.legend)
        self._frame, self._years, self._confidence, self._lang = None, [], 0.95, "nl"
        self._reference_name = ""
        self._name_reference()

    def _name_reference(self) -> None:
        """The legend and the figures' menu call the reference group as the user did (the report dialog's
        name, kept in the project), 'de referentiegroep' without one."""
        words = reference_words(self._reference_name, self._lang)
        self.legend.setText(self.tr("▲ ▼ significant hoger of lager dan {reference} of het jaar ervoor · "
                                    "cursief: indicatief (kleine n) · wijs een cel aan voor details").format(**words))
        for field, name in self._field_names().items():
            self.field_actions[field].setText(name)

    def show_results(self, frame, years: list[int], confidence: float, lang: str, reference_name: str = "") -> None:
        """The results ``frame`` for ``years``; ``reference_name`` is what the user calls the reference group."""
        chosen = self.year.currentData()
        self._frame, self._years, self._confidence, self._lang = frame, list(years), confidence, lang
        self._reference_name = reference_name
        self._name_reference()
        self.year.blockSignals(True)
        self.year.clear()
        self.year.addItem(self.tr("Alle jaren"), ALL_YEARS)
        for y in reversed(self._years):
            self.year.addItem(str(y), y)
        position = self.year.findData(chosen) if chosen is not None else 0
        self.year.setCurrentIndex(max(position, 0))
        self.year.blockSignals(False)
        self._refill()

    def chosen_year(self) -> int | None:
        value = self.year.currentData()
        return None if not value else int(value)

    def _field_names(self) -> dict[str, str]:
        words = reference_words(getattr(self, "_reference_name", ""), getattr(self, "_lang", "nl"))
        return {"n": self.tr("n (aantal geldige antwoorden)"), "value": self.tr("% positief of gemiddeld cijfer"),
                "margin": self.tr("± foutmarge"), "ref_percent": self.tr("ref: % of gemiddelde in {reference}").format(**words),
                "sig_ref": self.tr("▲▼ t.o.v. {reference}").format(**words),
                "sig_prev": self.tr("▲▼ t.o.v. het jaar ervoor")}

    def shown_fields(self) -> list[str]:
        return [f for f, action in self.field_actions.items() if action.isChecked()]

    def show_fields(self, fields: list[str]) -> None:
        for field, action in self.field_actions.items():
            action.blockSignals(True)
            action.setChecked(field in fields)
            action.blockSignals(False)
        self._apply_fields()

    def _fields_changed(self) -> None:
        self._apply_fields()
        self.fieldsChosen.emit(self.shown_fields())

    def _apply_fields(self, fit: bool = True) -> None:
        """Hide the year columns the user did not choose, the reference columns without a reference
        table and the 'previous year' column of the first year (nothing to compare with). With ``fit`` a
        column shown again is fitted to its contents (a hidden column is not fitted with the others)."""
        shown = set(self.shown_fields())
        no_reference = self._frame is None or "ref_percent" not in self._frame or self._frame["ref_percent"].isna().all()
        first_year = min(self._years) if self._years else None
        for column in range(self.model.columnCount()):
            spec = self.model.column_spec(column)
            if spec.year is None:
                continue
            hidden = (spec.field not in shown or (no_reference and spec.field in ("ref_percent", "sig_ref"))
                      or (spec.field == "sig_prev" and spec.year == first_year))
            if fit and not hidden and self.table.isColumnHidden(column):
                self.table.setColumnHidden(column, False)
                self.table.resizeColumnToContents(column)
            self.table.setColumnHidden(column, hidden)

    def _year_changed(self, _index: int) -> None:
        self._refill()
        self.yearChosen.emit(self.chosen_year())

    def choose_year(self, year: int | None) -> None:
        position = self.year.findData(year or ALL_YEARS)
        if position >= 0:
            self.year.setCurrentIndex(position)

    def _titles(self) -> list[str]:
        return [self.model.headerData(c, Qt.Orientation.Horizontal) for c in range(self.model.columnCount())]

    def _refill(self) -> None:
        """Show the frame for the chosen year(s). A new set of columns is fitted to its contents; the same columns
        as before (a breakdown switched, a correction) keep their widths, also those the user set, and only the
        question column is fitted again (its labels name the groups): fitting every column cost a visible pause."""
        selected = self.selected_question()
        year = self.chosen_year()
        header = self.table.horizontalHeader()
        titles, widths = self._titles(), [header.sectionSize(c) for c in range(header.count())]
        self.model.set_results(self._frame, [year] if year else self._years, self._confidence, self._lang,
                               self._reference_name)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._apply_fields(fit=False)
        if titles and titles == self._titles():
            for column, width in enumerate(widths):
                if width > 0 and column != 1:
                    header.resizeSection(column, width)
            self.table.resizeColumnToContents(1)
        else:
            self.table.resizeColumnsToContents()      # hidden columns are fitted when they are shown
        if self.model.columnCount() > 1:
            if year:                      # one year: the question text gets the room left
                header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
            else:
                header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(1, min(QUESTION_WIDTH, header.sectionSize(1)))
        if selected:
            self.select_question(selected)

    def selected_question(self) -> str | None:
        index = self.table.selectionModel().currentIndex()
        return index.data(QUESTION_ID_ROLE) if index.isValid() else None

    def selected_questions(self) -> list[str]:
        """Question ids of every row with a selected cell, in table order."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedIndexes()})
        return [self.proxy.index(r, 0).data(QUESTION_ID_ROLE) for r in rows]

    def select_question(self, question_id: str) -> None:
        row = self.model.row_of(question_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(index)

