"""Qt models over the question catalogue: the questions with their scale and reference match,
and one question's answer categories with their role. Edits are announced as signals; the
session turns them into overrides and a re-analysis."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from ceo_desk.gui.formatting import reference_words
from ceo_desk.i18n import fmt_number

CHOICES_ROLE = Qt.ItemDataRole.UserRole + 10      # [(label, value)] for the combo-box delegate
VALUE_ROLE = Qt.ItemDataRole.UserRole + 11        # the current value among the choices
KEY_ROLE = Qt.ItemDataRole.UserRole + 12          # the question key of the row
NO_REFERENCE = ""                                 # choice value for "no reference question"
ATTENTION = QColor(200, 120, 0)
MANUAL_MARK = "✎"                                 # a pairing the user made by hand
DUPLICATE_MARK = "⚠"                              # two questions paired with one reference question



def scale_name(question, lang: str) -> str:
    from ceo_desk.model.scales import SCALES
    if question.kind == "mean":
        return QCoreApplication.translate("CatalogueModels", "Rapportcijfer (gemiddelde)")
    if not question.recognised:
        return QCoreApplication.translate("CatalogueModels", "Niet herkend")
    if question.scale in SCALES:
        return SCALES[question.scale].name(lang).split(" (")[0]
    if question.scale == "mixed":
        return QCoreApplication.translate("CatalogueModels", "Gemengd")
    return QCoreApplication.translate("CatalogueModels", "Eigen indeling")


def role_label(role) -> str:
    return {"positive": QCoreApplication.translate("CatalogueModels", "Positief"), "negative": QCoreApplication.translate("CatalogueModels", "Negatief"),
            "excluded": QCoreApplication.translate("CatalogueModels", "Telt niet mee")}[getattr(role, "value", role)]


def _reference_means(analysis, lang: str) -> dict[str, str]:
    """Per grade paired with a reference that gives its mean: a tooltip line with the reference's mean
    grade per year ('Gemiddeld cijfer: 7,0 (2023), 7,9 (2024)'), as the results table shows it. Made once
    per analysis: painting runs no pandas."""
    results = analysis.results if analysis is not None else None
    if results is None or not {"ref_mean", "question_key", "kind"} <= set(results.columns):
        return {}
    rows = results[(results["kind"] == "mean") & results["ref_mean"].notna()]
    if "group_level" in rows:
        rows = rows[rows["group_level"] != "group"]
    means: dict[str, dict[int, float]] = {}
    for key, year, mean in zip(rows["question_key"], rows["year"].astype(int), rows["ref_mean"]):
        means.setdefault(key, {})[year] = mean
    line = QCoreApplication.translate("CatalogueModels", "Gemiddeld cijfer: {means}")
    return {key: "\n" + line.format(means=", ".join(f"{fmt_number(m, 1, lang)} ({y})" for y, m in sorted(by_year.items())))
            for key, by_year in means.items()}


class QuestionsModel(QAbstractTableModel):
    """Nr., question, scale, reference question (editable), counted (checkable)."""

    matchChosen = Signal(str, object)        # question key, reference key or None
    countedToggled = Signal(str, bool)       # question key, counted

    COLUMNS = ("id", "question", "scale", "reference", "counted")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.analysis = None
        self.lang = "nl"
        self._questions: list = []
        self._ref_means: dict[str, str] = {}
        self._reference = reference_words("", self.lang)["reference"]

    def set_analysis(self, analysis, lang: str, reference_name: str = "") -> None:
        """``reference_name``: what the user calls the reference group (the tooltips say it)."""
        self.beginResetModel()
        self.analysis, self.lang = analysis, lang
        self._reference = reference_words(reference_name, lang)["reference"]
        self._questions = list(analysis.catalogue) if analysis is not None else []
        self._ref_means = _reference_means(analysis, lang)
        self.endResetModel()

    def question(self, row: int):
        return self._questions[row] if 0 <= row < len(self._questions) else None

    def row_of(self, key: str) -> int:
        return next((i for i, q in enumerate(self._questions) if q.key == key), -1)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._questions)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        titles = [(QCoreApplication.translate("CatalogueModels", "Nr."), QCoreApplication.translate("CatalogueModels", "Vraagnummer")), (QCoreApplication.translate("CatalogueModels", "Vraag"), QCoreApplication.translate("CatalogueModels", "Vraag of kolom uit de bestanden")),
                  (QCoreApplication.translate("CatalogueModels", "Schaal"), QCoreApplication.translate("CatalogueModels", "Antwoordschaal die de import herkende")),
                  (QCoreApplication.translate("CatalogueModels", "Referentievraag"), QCoreApplication.translate("CatalogueModels", "De vraag in {reference} waarmee vergeleken wordt; dubbelklik om te wijzigen").format(reference=self._reference)),
                  (QCoreApplication.translate("CatalogueModels", "Telt mee"), QCoreApplication.translate("CatalogueModels", "Uitvinken als deze kolom geen vraag is"))]
        return titles[section][0 if role == Qt.ItemDataRole.DisplayRole else 1]

    def _reference_choices(self) -> list[tuple[str, str]]:
        reference = self.analysis.reference
        choices = [(QCoreApplication.translate("CatalogueModels", "— geen referentie —"), NO_REFERENCE)]
        if reference is not None:
            choices += [(text, key) for key, text in reference.questions.items()]
        return choices

    def _reference_text(self, q) -> tuple[str, str, bool]:
        """(cell text, tooltip, needs attention)"""
        analysis = self.analysis
        if analysis.reference is None:
            return "", QCoreApplication.translate("CatalogueModels", "Geen referentiegroep geladen."), False
        ref_key = analysis.matching.reference_for(q.key)
        if ref_key:
            text = analysis.reference.questions.get(ref_key, ref_key)
            manual = q.key in analysis.matching.manual
            how = QCoreApplication.translate("CatalogueModels", "door u gekozen") if manual else QCoreApplication.translate("CatalogueModels", "zelfde tekst")
            tip = f"{text}\n({how})" + self._ref_means.get(q.key, "")
            others = [analysis.catalogue.by_key(k) for k in analysis.matching.sharing(q.key)]
            others = [o.id for o in others if o is not None and not o.ignored]
            if others:
                tip += "\n" + QCoreApplication.translate("CatalogueModels", "Let op: {ids} is/zijn ook met deze referentievraag gekoppeld.").format(ids=", ".join(others))
                return f"{DUPLICATE_MARK} {text}", tip, True
            return (f"{MANUAL_MARK} {text}" if manual else text), tip, False
        suggestion = analysis.matching.suggestions.get(q.key)
        if suggestion:
            text = analysis.reference.questions.get(suggestion, suggestion)
            return QCoreApplication.translate("CatalogueModels", "voorstel: {text}").format(text=text), QCoreApplication.translate("CatalogueModels", 
                "Geen vraag met dezelfde tekst. Bedoelt u '{text}'? Dubbelklik om te koppelen.").format(text=text), True
        if q.key in analysis.matching.manual:
            return QCoreApplication.translate("CatalogueModels", "— geen referentie —"), QCoreApplication.translate("CatalogueModels", "Door u ontkoppeld."), False
        # a reference table often has no grade: an unpaired grade needs no attention, a statement does
        return QCoreApplication.translate("CatalogueModels", "— geen —"), QCoreApplication.translate("CatalogueModels", "Geen vraag met dezelfde tekst in {reference}.").format(reference=self._reference), q.reported and q.kind == "share"

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        try:
            q = self._questions[index.row()]
            column = self.COLUMNS[index.column()]
            if role == KEY_ROLE:
                return q.key
            if column == "id":
                if role == Qt.ItemDataRole.DisplayRole:
                    return q.id
            elif column == "question":
                if role == Qt.ItemDataRole.DisplayRole:
                    return q.text
                if role == Qt.ItemDataRole.ToolTipRole:
                    files = [f"{self.analysis.surveys[i].name}: {name}" for i, name in q.sources]
                    return "\n".join([q.text] + files)
            elif column == "scale":
                if role == Qt.ItemDataRole.DisplayRole:
                    return scale_name(q, self.lang)
                if role == Qt.ItemDataRole.ToolTipRole and q.categories:
                    return ", ".join(q.categories)
                if role == Qt.ItemDataRole.ForegroundRole and not q.recognised and not q.ignored:
                    return ATTENTION
            elif column == "reference":
                text, tip, attention = self._reference_text(q)
                if role == Qt.ItemDataRole.DisplayRole:
                    return text
                if role == Qt.ItemDataRole.ToolTipRole:
                    return tip
                if role == Qt.ItemDataRole.ForegroundRole and attention:
                    return ATTENTION
                if role == CHOICES_ROLE:
                    return self._reference_choices()
                if role == VALUE_ROLE:
                    return self.analysis.matching.reference_for(q.key) or NO_REFERENCE
            elif column == "counted":
                counted = q.reported           # an unrecognised column counts only once it has a positive category
                if role == Qt.ItemDataRole.CheckStateRole:
                    return Qt.CheckState.Checked if counted else Qt.CheckState.Unchecked
                if role == Qt.ItemDataRole.AccessibleTextRole:
                    return QCoreApplication.translate("CatalogueModels", "telt mee") if counted else QCoreApplication.translate("CatalogueModels", "telt niet mee")
                if role == Qt.ItemDataRole.ToolTipRole:
                    if q.ignored:
                        return QCoreApplication.translate("CatalogueModels", "Door u uitgezet: deze kolom telt niet mee. Vink aan om haar weer mee te tellen.")
                    if not counted:
                        return QCoreApplication.translate("CatalogueModels", "Telt niet mee: de antwoorden passen bij geen bekende schaal. Kies hieronder welke "
                                  "categorieën positief zijn om de vraag mee te tellen.")
                    return QCoreApplication.translate("CatalogueModels", "Uitvinken als deze kolom geen vraag is")
            if role == Qt.ItemDataRole.FontRole and q.ignored:
                from PySide6.QtGui import QFont
                font = QFont()
                font.setStrikeOut(True)
                return font
        except Exception:
            return None
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        q = self.question(index.row())
        if q is None:
            return base
        column = self.COLUMNS[index.column()]
        if column == "reference" and self.analysis.reference is not None:
            return base | Qt.ItemFlag.ItemIsEditable
        if column == "counted":
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def setData(self, index: QModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        q = self.question(index.row())
        if q is None:
            return False
        column = self.COLUMNS[index.column()]
        if column == "reference" and role == Qt.ItemDataRole.EditRole:
            self.matchChosen.emit(q.key, value or None)
            return True
        if column == "counted" and role == Qt.ItemDataRole.CheckStateRole:
            counted = Qt.CheckState(value) == Qt.CheckState.Checked
            self.countedToggled.emit(q.key, counted)
            return True
        return False


class CategoriesModel(QAbstractTableModel):
    """One question's answer categories: label, number of answers (the chosen year), role (editable)."""

    roleChosen = Signal(str, str, object)      # question key, category, Role

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.question = None
        self.lang = "nl"
        self.year: int | None = None
        self._rows: list[tuple[str, int | None]] = []

    def set_question(self, analysis, question, lang: str, year: int | None = None) -> None:
        """Show ``question``'s categories with their number of answers in ``year`` (all years: None)."""
        self.beginResetModel()
        self.question, self.lang, self.year = question, lang, year
        self._rows = []
        if question is not None and question.kind == "share":
            from ceo_desk.report.question_view import category_counts
            counts = category_counts(analysis, question, [year] if year else None)
            self._rows = list(zip(question.categories, counts))
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            answers = (QCoreApplication.translate("CatalogueModels", "Antwoorden {year}").format(year=self.year)
                       if self.year else QCoreApplication.translate("CatalogueModels", "Antwoorden (alle jaren)"))
            return (QCoreApplication.translate("CatalogueModels", "Antwoordcategorie"), answers,
                    QCoreApplication.translate("CatalogueModels", "Telt als"))[section]
        return None

    def _choices(self) -> list[tuple[str, Any]]:
        from ceo_desk.model.scales import Role
        return [(role_label(r), r) for r in (Role.POSITIVE, Role.NEGATIVE, Role.EXCLUDED)]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        try:
            category, count = self._rows[index.row()]
            column = index.column()
            declared_missing = category in self.question.user_missing
            if column == 0 and role == Qt.ItemDataRole.DisplayRole:
                return category
            if column == 1:
                if role == Qt.ItemDataRole.DisplayRole:
                    return fmt_number(count, 0, self.lang) if count is not None else ""
                if role == Qt.ItemDataRole.TextAlignmentRole:
                    return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            if column == 2:
                current = self.question.role_of(category)
                if role == Qt.ItemDataRole.DisplayRole:
                    return role_label(current)
                if role == Qt.ItemDataRole.ToolTipRole:
                    return (QCoreApplication.translate("CatalogueModels", "Het bestand verklaart deze code als ontbrekend; hij telt nooit mee.")
                            if declared_missing else QCoreApplication.translate("CatalogueModels", "Dubbelklik om te kiezen: positief, negatief of niet meetellen (niet in n)."))
                if role == CHOICES_ROLE:
                    return self._choices()
                if role == VALUE_ROLE:
                    return current
                if role == Qt.ItemDataRole.ForegroundRole and current.value == "positive":
                    return QColor(0, 110, 60)
        except Exception:
            return None
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.column() == 2 and self.question is not None and 0 <= index.row() < len(self._rows):
            if self._rows[index.row()][0] not in self.question.user_missing:
                return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: QModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != 2 or self.question is None:
            return False
        from ceo_desk.model.scales import Role
        category = self._rows[index.row()][0]
        try:
            role = Role(value)          # an editor may hand back the enum's plain string
        except ValueError:
            return False
        if role is self.question.role_of(category):
            return False
        self.roleChosen.emit(self.question.key, category, role)
        return True
