"""The loaded files: survey files with their format, years and number of respondents, and the
reference table. Selected files can be removed (Delete)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from ceo_desk.i18n import fmt_number

PATH_ROLE = Qt.ItemDataRole.UserRole + 1
IS_REFERENCE_ROLE = Qt.ItemDataRole.UserRole + 2


class SourcesPanel(QWidget):
    removeRequested = Signal(set, bool)          # survey paths, reference too
    importSettingsRequested = Signal(str, bool)  # a file's path, whether it is the reference table

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels([self.tr("Bestand"), self.tr("Soort"), self.tr("Jaren"), self.tr("Respondenten")])
        self.tree.setRootIsDecorated(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)     # the year at the end of a name stays
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setAccessibleName(self.tr("Geladen bestanden"))
        self.tree.setToolTip(self.tr("De geladen enquêtebestanden en de referentiegroep. Sleep bestanden hierheen om ze toe te voegen."))
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.remove_action = QAction(self.tr("Bestand verwijderen"), self)
        self.remove_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.remove_action.triggered.connect(self._remove_selected)
        self.tree.addAction(self.remove_action)
        self.settings_action = QAction(self.tr("Importinstellingen…"), self)
        self.settings_action.setToolTip(self.tr("Hoe dit bestand gelezen wordt: rij met kolomkoppen, jaar, wat elke "
                                                "kolom is"))
        self.settings_action.triggered.connect(self._import_settings)
        self.tree.addAction(self.settings_action)
        self.tree.itemDoubleClicked.connect(lambda item, _: self._import_settings(item))
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)

    def show_analysis(self, analysis, lang: str) -> None:
        self.tree.clear()
        if analysis is None:
            return
        formats = {"sav": "SPSS", "spss": "SPSS", "xlsx": "Excel", "excel": "Excel", "csv": "CSV"}
        for survey in analysis.surveys:
            by_year = survey.n_by_year()
            item = QTreeWidgetItem([survey.name, formats.get(survey.format.lower(), survey.format),
                                    ", ".join(str(y) for y in by_year),
                                    fmt_number(survey.n_rows, 0, lang)])
            item.setData(0, PATH_ROLE, str(survey.path))
            item.setData(0, IS_REFERENCE_ROLE, False)
            item.setToolTip(0, "\n".join([str(survey.path)] + [w.render(lang) for w in survey.warnings]))
            item.setTextAlignment(3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.tree.addTopLevelItem(item)
        reference = analysis.reference
        if reference is not None:
            years = sorted({int(y) for y in reference.frame["year"]})
            name = reference.path.name if reference.path else reference.name
            item = QTreeWidgetItem([name, self.tr("Referentiegroep"),
                                    f"{years[0]}–{years[-1]}" if len(years) > 1 else ", ".join(map(str, years)),
                                    self.tr("{n} vragen").format(n=len(reference.questions))])
            item.setData(0, PATH_ROLE, str(reference.path or ""))
            item.setData(0, IS_REFERENCE_ROLE, True)
            item.setToolTip(0, "\n".join([str(reference.path or "")] + [w.render(lang) for w in reference.warnings]))
            item.setTextAlignment(3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.tree.addTopLevelItem(item)

    def _import_settings(self, item=None) -> None:
        item = item if isinstance(item, QTreeWidgetItem) else self.tree.currentItem()
        if item is not None and item.data(0, PATH_ROLE):
            self.importSettingsRequested.emit(item.data(0, PATH_ROLE), bool(item.data(0, IS_REFERENCE_ROLE)))

    def _remove_selected(self) -> None:
        items = self.tree.selectedItems()
        if not items:
            return
        surveys = {it.data(0, PATH_ROLE) for it in items if not it.data(0, IS_REFERENCE_ROLE)}
        reference = any(it.data(0, IS_REFERENCE_ROLE) for it in items)
        self.removeRequested.emit(surveys, reference)
