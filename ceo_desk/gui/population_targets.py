"""The dialog for two settings per year and per question: the number of clients who received support
(N, for the finite-population correction) and the policy target of a statement (percentage positive).

Both are analysis options (``population``, ``targets``): kept in the project and an undoable step like the
other settings. The dialog only collects what the user typed; the statistics are the core's.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QGroupBox, QHeaderView, QLabel, QMessageBox,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ceo_desk.i18n import fmt_number

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _number(text: str) -> float | None:
    """'1.850', '1850', '80', '80,5', '80 %' -> a number; '' -> None; anything else raises ValueError."""
    text = text.strip().rstrip("%").strip().replace("\u00a0", "").replace(" ", "")
    if not text:
        return None
    if "," in text:
        text = text.replace(".", "").replace(",", ".")
    elif text.count(".") == 1 and len(text.partition(".")[2]) == 3:
        text = text.replace(".", "")           # 1.850: a thousands separator
    return float(text)


def _typed(table, row: int, column: int) -> tuple[str, float | None]:
    """A cell's text and its number: None when empty, -1 when it is no number (refused by the caller)."""
    text = table.item(row, column).text()
    try:
        return text, _number(text)
    except ValueError:
        return text, -1.0


def _item(text: str, editable: bool = False, align=None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
    item.setFlags(flags | Qt.ItemFlag.ItemIsEditable if editable else flags)
    if align is not None:
        item.setTextAlignment(align)
    return item


class PopulationTargetsDialog(QDialog):
    """Per year N (clients who received support) beside the respondents, per statement a target."""

    def __init__(self, analysis, options, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Populatie en streefwaarden"))
        self.lang = options.lang
        population = dict(options.population)
        self.years = list(analysis.years)
        n_by_year = analysis.n_by_year()
        self.respondents = {year: int(n_by_year.get(year, 0)) for year in self.years}
        self.population = QTableWidget(len(self.years), 3, self)
        self.population.setObjectName("population")
        self.population.setHorizontalHeaderLabels([self.tr("Jaar"), self.tr("Respondenten"),
                                                   self.tr("Cliënten met ondersteuning (N)")])
        self.population.setAccessibleName(self.tr("Aantal cliënten per jaar"))
        for row, year in enumerate(self.years):
            self.population.setItem(row, 0, _item(str(year)))
            self.population.setItem(row, 1, _item(fmt_number(n_by_year.get(year), 0, self.lang), align=_RIGHT))
            given = population.get(year)
            self.population.setItem(row, 2, _item("" if given is None else str(given), True, _RIGHT))
        # statements only: a target applies to a percentage positive
        self.questions = [q for q in analysis.catalogue if q.reported and q.kind == "share"]
        targets = {}
        for wanted, percent in options.targets:
            question = analysis.catalogue.find(wanted)
            if question is not None:
                targets[question.key] = percent
        self.targets = QTableWidget(len(self.questions), 2, self)
        self.targets.setObjectName("targets")
        self.targets.setHorizontalHeaderLabels([self.tr("Vraag"), self.tr("Streefwaarde (% positief)")])
        self.targets.setAccessibleName(self.tr("Streefwaarde per vraag"))
        for row, q in enumerate(self.questions):
            self.targets.setItem(row, 0, _item(f"{q.id}. {q.text}"))
            value = targets.get(q.key)
            self.targets.setItem(row, 1, _item("" if value is None else fmt_number(value, 0 if float(value).is_integer()
                                                                                      else 1, self.lang), True, _RIGHT))
        for table in (self.population, self.targets):
            table.verticalHeader().hide()
            table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
            table.horizontalHeader().setStretchLastSection(True)
        self.targets.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.targets.horizontalHeader().setStretchLastSection(False)
        self.targets.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        for title, hint, table in (
                (self.tr("Aantal cliënten per jaar"),
                 self.tr("Het aantal cliënten dat dat jaar ondersteuning kreeg. Is het bekend, dan worden marges, "
                         "intervallen en toetsen gecorrigeerd voor de eindige populatie. Leeg: geen correctie."),
                 self.population),
                (self.tr("Streefwaarden"),
                 self.tr("Het beleidsdoel per stelling als percentage positief; het cijfer wordt er met een exacte "
                         "binomiale toets mee vergeleken. Leeg: geen streefwaarde."),
                 self.targets)):
            box = QGroupBox(title, self)
            inner = QVBoxLayout(box)
            label = QLabel(hint, box)
            label.setWordWrap(True)
            inner.addWidget(label)
            inner.addWidget(table)
            layout.addWidget(box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 520)
        self._values: dict | None = None

    def _read(self) -> dict:
        """The typed values as option values; ValueError with a message naming the cell."""
        population = []
        for row, year in enumerate(self.years):
            text, value = _typed(self.population, row, 2)
            if value is None:
                continue
            if value < 1 or not float(value).is_integer():
                raise ValueError(self.tr("{year}: '{text}' is geen aantal cliënten. Typ een geheel getal, "
                                         "bijvoorbeeld 1850, of laat het veld leeg.").format(year=year, text=text))
            if value <= self.respondents.get(year, 0):
                raise ValueError(self.tr("{year}: {n} cliënten is niet meer dan de {respondents} respondenten. Typ "
                                         "het aantal cliënten dat in {year} ondersteuning kreeg, of laat het veld "
                                         "leeg.").format(year=year, n=text, respondents=self.respondents[year]))
            population.append((year, int(value)))
        targets = []
        for row, q in enumerate(self.questions):
            text, value = _typed(self.targets, row, 1)
            if value is None:
                continue
            if not 0 <= value <= 100:
                raise ValueError(self.tr("{question}: '{text}' is geen percentage. Typ een getal van 0 tot 100, "
                                         "of laat het veld leeg.").format(question=q.id, text=text))
            targets.append((q.text, float(value)))
        return {"population": tuple(population), "targets": tuple(targets)}

    def accept(self) -> None:
        try:
            self._values = self._read()
        except ValueError as err:
            QMessageBox.warning(self, self.windowTitle(), str(err))
            return
        super().accept()

    def values(self) -> dict:
        return dict(self._values or {})
