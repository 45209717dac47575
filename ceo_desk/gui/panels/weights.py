"""Weights in the window: the "Wegen met …" chooser and the bar that proposes a weight column.

Choosing a column sets ``AnalysisOptions.weight`` through the session (an undoable setting, kept in
the project), so the figures are weighted exactly as ``ceo-desk analyze --weight COLUMN`` weights
them. Loaded files with a weight column (``weegfactor`` and the like, recognised by the import)
while nothing is weighted get a bar that asks once per set of columns: weigh, or not.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from ceo_desk.gui.panels.notices import style_as_bar


def weight_columns(surveys) -> list[str]:
    """Names of the columns the import recognised as weights in every loaded survey file (a column
    missing from one file could not weigh that file's answers), in the first file's order."""
    from ceo_desk.model.scales import normalise_label
    from ceo_desk.model.survey import ColumnKind
    if not surveys:
        return []
    per_file = [{normalise_label(c.name): c.name for c in s.columns if c.kind is ColumnKind.WEIGHT} for s in surveys]
    common = set(per_file[0]).intersection(*per_file[1:])
    return [name for key, name in per_file[0].items() if key in common]


class WeightChooser(QWidget):
    """'Wegen met: [niet wegen | weegfactor …]'; ``weightChosen`` gives a column name or None."""
    weightChosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox(self)
        self.combo.setAccessibleName(self.tr("Wegen met"))
        self.combo.setToolTip(self.tr("Weeg de antwoorden met een weegfactor uit de bestanden: gewogen percentages, "
                                      "gemiddelden en toetsen op het effectieve aantal (Kish)"))
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        label = QLabel(self.tr("Wegen &met:"), self)
        label.setBuddy(self.combo)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(label)
        row.addWidget(self.combo)
        self.combo.activated.connect(lambda _: self.weightChosen.emit(self.combo.currentData()))
        self.show_analysis(None)

    def show_analysis(self, analysis) -> None:
        """Offer the weight columns of the loaded files; select the weight in use."""
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(self.tr("niet wegen"), None)
        columns = weight_columns(analysis.surveys) if analysis is not None else []
        current = analysis.options.weight if analysis is not None else None
        if current and current not in columns:       # a project's weight the files spell differently
            columns.append(current)
        for name in columns:
            self.combo.addItem(name, name)
        self.combo.setCurrentIndex(max(self.combo.findData(current), 0) if current else 0)
        self.combo.blockSignals(False)
        self.combo.setEnabled(len(columns) > 0)
        self.setVisible(len(columns) > 0)


class WeightProposal(QFrame):
    """A bar above the results: 'Deze bestanden hebben een weegfactor (…). Wegen?' [Wegen] [Niet wegen].
    Asked once per set of weight columns; choosing in the chooser answers it too."""
    weightChosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        style_as_bar(self)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.weigh_button = QPushButton(self.tr("&Wegen"), self)
        self.weigh_button.setToolTip(self.tr("De cijfers wegen met deze kolom (ongedaan te maken met Ctrl+Z)"))
        self.skip_button = QPushButton(self.tr("&Niet wegen"), self)
        self.skip_button.setToolTip(self.tr("Ongewogen blijven; later te kiezen bij 'Wegen met'"))
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.text, 1)
        row.addWidget(self.weigh_button)
        row.addWidget(self.skip_button)
        self.weigh_button.clicked.connect(self._weigh)
        self.skip_button.clicked.connect(self._skip)
        self._column: str | None = None
        self._answered: set[tuple[str, ...]] = set()
        self._asked: tuple[str, ...] = ()
        self.hide()

    def show_analysis(self, analysis) -> None:
        columns = tuple(weight_columns(analysis.surveys)) if analysis is not None else ()
        weighted = analysis is not None and analysis.options.weight is not None
        if weighted and columns:
            self._answered.add(columns)
        self._asked, self._column = columns, (columns[0] if columns else None)
        if not columns or weighted or columns in self._answered:
            self.hide()
            return
        self.text.setText(self.tr("Deze bestanden hebben een weegfactor (kolom '{column}'). De cijfers wegen?")
                          .format(column=self._column))
        self.show()

    def _weigh(self) -> None:
        self._answered.add(self._asked)
        self.hide()
        self.weightChosen.emit(self._column)

    def _skip(self) -> None:
        self._answered.add(self._asked)
        self.hide()
