"""The window's dialogs: settings, report export choices, messages for bad input and crashes,
unsaved changes, moved project files, and the About box. Message boxes go through the static
``QMessageBox`` functions so that tests can patch them."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox,
                               QFileDialog, QFormLayout, QGroupBox, QLineEdit, QMessageBox, QRadioButton,
                               QSpinBox, QVBoxLayout, QWidget)

from ceo_desk import __version__
from ceo_desk.gui.settings import DEFAULTS



LANGUAGE_NAMES = (("nl", "Nederlands"), ("en", "English"))


def ok_cancel_defaults(dialog: QDialog, defaults) -> QDialogButtonBox:
    """OK, Cancel and Restore defaults (which calls ``defaults``), wired to the dialog."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
                               | QDialogButtonBox.StandardButton.RestoreDefaults, dialog)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(defaults)
    return buttons


class SettingsDialog(QDialog):
    """Statistical settings, language and export behaviour, shown from an ``AnalysisOptions``;
    ``values()`` gives back the dialog's fields (for ``dataclasses.replace``)."""

    def __init__(self, options, open_pdf: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Instellingen"))
        form = QFormLayout()
        self.confidence = QDoubleSpinBox(self)
        self.confidence.setRange(80.0, 99.9)
        self.confidence.setDecimals(1)
        self.confidence.setSuffix(" %")
        self.confidence.setValue(100 * options.confidence)
        self.confidence.setToolTip(self.tr("Betrouwbaarheid van intervallen en foutmarges (meestal 95 %)"))
        self.alpha = QDoubleSpinBox(self)
        self.alpha.setRange(0.001, 0.2)
        self.alpha.setDecimals(3)
        self.alpha.setSingleStep(0.01)
        self.alpha.setValue(options.alpha)
        self.alpha.setToolTip(self.tr("Significantieniveau van de toetsen (meestal 0,05)"))
        self.min_n_test = QSpinBox(self)
        self.min_n_test.setRange(1, 1000)
        self.min_n_test.setValue(options.min_n_test)
        self.min_n_test.setToolTip(self.tr("Onder deze n: indicatief, geen toets"))
        self.min_n_report = QSpinBox(self)
        self.min_n_report.setRange(1, 1000)
        self.min_n_report.setValue(options.min_n_report)
        self.min_n_report.setToolTip(self.tr("Onder deze n wordt het cijfer niet getoond"))
        self.min_n_report.valueChanged.connect(lambda v: self.min_n_test.setMinimum(v))
        self.min_n_test.setMinimum(self.min_n_report.value())
        self.adjust = QComboBox(self)
        for key, name in (("none", self.tr("Geen correctie")), ("holm", "Holm"),
                          ("fdr_bh", "Benjamini-Hochberg (FDR)")):
            self.adjust.addItem(name, key)
        self.adjust.setCurrentIndex(max(0, self.adjust.findData(options.adjust)))
        self.ref_includes_self = QCheckBox(self.tr("De referentiegroep bevat deze gemeente zelf"), self)
        self.ref_includes_self.setChecked(options.ref_includes_self)
        self.language = QComboBox(self)
        for key, name in LANGUAGE_NAMES:
            self.language.addItem(name, key)
        self.language.setCurrentIndex(max(0, self.language.findData(options.lang)))
        self.open_pdf = QCheckBox(self.tr("PDF openen na het exporteren"), self)
        self.open_pdf.setChecked(open_pdf)
        rows = [(self.tr("&Betrouwbaarheid:"), self.confidence), (self.tr("&Alfa (significantie):"), self.alpha),
                (self.tr("Minimale n voor een &toets:"), self.min_n_test),
                (self.tr("Minimale n om te &tonen:"), self.min_n_report),
                (self.tr("&Meervoudig toetsen:"), self.adjust), ("", self.ref_includes_self),
                (self.tr("&Taal:"), self.language), ("", self.open_pdf)]
        for label, widget in rows:
            widget.setAccessibleName(label.replace("&", "").rstrip(":") or widget.text().replace("&", ""))
            form.addRow(label, widget)
        buttons = ok_cancel_defaults(self, self._defaults)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _defaults(self) -> None:
        self.confidence.setValue(100 * DEFAULTS.confidence)
        self.alpha.setValue(DEFAULTS.alpha)
        self.min_n_report.setValue(DEFAULTS.min_n_report)
        self.min_n_test.setValue(DEFAULTS.min_n_test)
        self.adjust.setCurrentIndex(max(0, self.adjust.findData(DEFAULTS.adjust)))
        self.ref_includes_self.setChecked(DEFAULTS.ref_includes_self)

    def values(self) -> dict[str, Any]:
        return {"confidence": round(self.confidence.value() / 100, 4), "alpha": round(self.alpha.value(), 4),
                "min_n_test": self.min_n_test.value(), "min_n_report": self.min_n_report.value(),
                "adjust": self.adjust.currentData(), "ref_includes_self": self.ref_includes_self.isChecked(),
                "lang": self.language.currentData()}

    def open_pdf_after_export(self) -> bool:
        return self.open_pdf.isChecked()


REPORT, BRIEF, WORKBOOK = "report", "brief", "workbook"


class ReportDialog(QDialog):
    """What goes into the PDF report, the council brief or the table workbook (``kind``): everything, the
    selected questions, or one year; the title and the reference group's name."""

    def __init__(self, years: list[int], selected: list[str], title: str, parent: QWidget | None = None,
                 reference_name: str = "", kind: str = REPORT) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setWindowTitle({REPORT: self.tr("Rapport exporteren"), BRIEF: self.tr("Raadsinformatiebrief maken"),
                             WORKBOOK: self.tr("Tabellenbijlage maken")}[kind])
        self.selected = selected
        box = QGroupBox(self.tr("Inhoud"), self)
        self.everything = QRadioButton(self.tr("&Volledig rapport (alle vragen, alle jaren)") if kind == REPORT
                                       else self.tr("&Alle vragen, alle jaren"), box)
        self.only_selected = QRadioButton(self.tr("Alleen de &gekozen vragen ({n})").format(n=len(selected)), box)
        self.only_selected.setEnabled(bool(selected))
        self.one_year = QRadioButton(self.tr("Eén &jaar:"), box)
        self.year = QComboBox(box)
        for y in reversed(years):
            self.year.addItem(str(y), y)
        self.year.setAccessibleName(self.tr("Jaar van het rapport"))
        self.year.setEnabled(False)
        self.one_year.toggled.connect(self.year.setEnabled)
        self.everything.setChecked(True)
        group = QButtonGroup(self)
        for button in (self.everything, self.only_selected, self.one_year):
            group.addButton(button)
        inner = QFormLayout(box)
        inner.addRow(self.everything)
        inner.addRow(self.only_selected)
        inner.addRow(self.one_year, self.year)
        self.title = QLineEdit(title, self)
        self.title.setPlaceholderText(self.tr("Standaardtitel (onderzoek, gemeente, jaren)"))
        self.title.setAccessibleName(self.tr("Titel van het rapport"))
        form = QFormLayout()
        form.addRow(self.tr("&Titel:"), self.title)
        self.reference_name = QLineEdit(reference_name, self)
        self.reference_name.setPlaceholderText(self.tr("Referentiegroep"))
        self.reference_name.setAccessibleName(self.tr("Naam van de referentiegroep"))
        self.reference_name.setToolTip(self.tr("Hoe het rapport, de brief, de tabellen en de grafieken de "
                                               "referentiegroep noemen (leeg: 'Referentiegroep')"))
        form.addRow(self.tr("Naam &referentiegroep:"), self.reference_name)
        self.open_answers = QCheckBox(self.tr("Bijlage met de &open antwoorden (thema's en citaten, zonder "
                                              "persoonsgegevens)"), self)
        if kind != BRIEF:                      # the brief is one or two pages: no appendix
            form.addRow(self.open_answers)
        else:
            self.open_answers.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Opslaan als…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def choice(self) -> dict[str, Any]:
        """Keyword arguments for ``ReportOptions``: title, years, questions."""
        years = (int(self.year.currentData()),) if self.one_year.isChecked() else None
        questions = tuple(self.selected) if self.only_selected.isChecked() else None
        return {"title": self.title.text().strip() or None, "years": years, "questions": questions,
                "open_answers": self.kind != BRIEF and self.open_answers.isChecked(),
                "reference_name": self.reference_name.text().strip() or None}


def show_input_errors(parent: QWidget | None, messages: list[str]) -> None:
    """Files that could not be used: each message names the file, the problem and what to do."""
    if not messages:
        return
    intro = (QCoreApplication.translate("Dialogs", "Dit bestand kon niet worden gebruikt:") if len(messages) == 1
             else QCoreApplication.translate("Dialogs", "Deze bestanden konden niet worden gebruikt:"))
    text = intro + "\n\n" + "\n\n".join(f"• {m}" for m in messages) + "\n\n" + QCoreApplication.translate("Dialogs", 
        "Wat al geladen was, blijft geladen.")
    QMessageBox.warning(parent, QCoreApplication.translate("Dialogs", "Bestand niet te gebruiken"), text)


def show_unexpected(parent: QWidget | None, log_path: Path | None) -> None:
    where = str(log_path) if log_path else QCoreApplication.translate("Dialogs", "(geen logbestand)")
    QMessageBox.critical(parent, QCoreApplication.translate("Dialogs", "Onverwachte fout"), QCoreApplication.translate("Dialogs", 
        "Er ging iets mis dat CEO Desk niet had voorzien. Wat u geladen had, is nog aanwezig; sla uw project op.\n\n"
        "De details staan in het logbestand:\n{path}\n\nStuur dat bestand mee als u de fout meldt.").format(path=where))


def ask_save_changes(parent: QWidget | None) -> QMessageBox.StandardButton:
    return QMessageBox.question(
        parent, QCoreApplication.translate("Dialogs", "Wijzigingen opslaan?"), QCoreApplication.translate("Dialogs", "Het project heeft wijzigingen die nog niet zijn opgeslagen. Opslaan?"),
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save)


LOCATE, SKIP, CANCEL = "locate", "skip", "cancel"


def ask_moved_file(parent: QWidget | None, name: str, folder: str) -> str:
    """A project's file is not where it was: LOCATE it, SKIP it, or CANCEL opening the project."""
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("Dialogs", "Bestand niet gevonden"),
                      QCoreApplication.translate("Dialogs", "{name} staat niet meer op {folder}.\n\nKies 'Zoeken…' om aan te wijzen waar het nu staat, "
                         "of 'Overslaan' om het project zonder dit bestand te openen.").format(name=name, folder=folder),
                      QMessageBox.StandardButton.NoButton, parent)
    locate = box.addButton(QCoreApplication.translate("Dialogs", "Zoeken…"), QMessageBox.ButtonRole.AcceptRole)
    skip = box.addButton(QCoreApplication.translate("Dialogs", "Overslaan"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(locate)
    box.exec()
    clicked = box.clickedButton()
    return LOCATE if clicked is locate else SKIP if clicked is skip else CANCEL


def resolve_sources(parent: QWidget | None, problems: list, file_filter: str) -> bool | None:
    """Let the user point to files that moved (or skip them); warn about files that changed.
    None: open nothing; True: the project's file list changed (it must be saved again); False: as saved."""
    changed, relinked = [], False
    for problem in problems:
        source = problem.source
        if problem.missing:
            name, folder = Path(source.path).name, str(Path(source.path).parent)
            answer = ask_moved_file(parent, name, folder)
            while answer == LOCATE:
                found, _ = QFileDialog.getOpenFileName(
                    parent, QCoreApplication.translate("Dialogs", "Waar staat {name}?").format(name=name), folder,
                    file_filter)
                if found:
                    break
                answer = ask_moved_file(parent, name, folder)
            if answer == CANCEL:
                return None
            source.path = Path(found) if answer == LOCATE else None       # None: skipped
            relinked = True
        else:
            changed.append(Path(source.path).name)
    if changed:
        QMessageBox.information(parent, QCoreApplication.translate("Dialogs", "Bestanden gewijzigd"), QCoreApplication.translate("Dialogs", 
            "Deze bestanden zijn veranderd sinds het project werd opgeslagen; de cijfers kunnen afwijken van eerder:"
            "\n\n{names}").format(names="\n".join(f"• {n}" for n in changed)))
    return relinked


class HelpDialog(QDialog):
    """The short manual (F1): what each panel does, what the figures and markers mean."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        from importlib import resources

        from PySide6.QtWidgets import QTextBrowser
        super().__init__(parent)
        self.setWindowTitle(self.tr("Handleiding"))
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.browser.setAccessibleName(self.tr("Handleiding"))
        try:
            text = (resources.files("ceo_desk") / "resources" / "help" / f"manual_{lang}.html").read_text("utf-8")
        except (FileNotFoundError, OSError):
            text = self.tr("<p>De handleiding ontbreekt in deze installatie.</p>")
        self.browser.setHtml(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(640, 620)


def no_pdf_viewer(parent: QWidget | None, path: str) -> None:
    QMessageBox.information(parent, QCoreApplication.translate("Dialogs", "PDF niet geopend"), QCoreApplication.translate(
        "Dialogs", "Het rapport is opgeslagen:\n{path}\n\nEr is geen programma gevonden dat PDF-bestanden opent. "
        "Installeer een PDF-lezer, of open het bestand zelf vanuit die map. (Instellingen: 'PDF openen na het "
        "exporteren' uitzetten voorkomt deze melding.)").format(path=path))


def about(parent: QWidget | None) -> None:
    QMessageBox.about(parent, QCoreApplication.translate("Dialogs", "Over CEO Desk"), QCoreApplication.translate("Dialogs", 
        "<h3>CEO Desk {version}</h3><p>Cliëntervaringsonderzoek (Wmo en Jeugd) voor gemeenten: bestanden van het "
        "bureau inlezen, percentages positief met foutmarges, toetsen tegen de referentiegroep en het vorige jaar, "
        "en een PDF-rapport per vraag en jaar.</p><p>Gemaakt met Python, Qt (PySide6), pandas, statsmodels en "
        "ReportLab.</p>").format(version=__version__))


def choose_save_path(parent: QWidget | None, title: str, start: str, file_filter: str, suffix: str) -> Path | None:
    path, chosen = QFileDialog.getSaveFileName(parent, title, start, file_filter)
    if not path:
        return None
    path = Path(path)
    if not path.suffix:                 # the kind of file the user chose in the dialog, else ``suffix``
        found = re.search(r"\(\*(\.\w+)", chosen or "")
        path = path.with_suffix(found.group(1) if found else suffix)
    return path


def confirm_outside(parent: QWidget | None, project, lang: str) -> bool:
    """A project that points at files outside its own folder opens them only when the user says yes."""
    from ceo_desk.i18n import tr
    from ceo_desk.project import sources_outside
    outside = sources_outside(project)
    if not outside:
        return True
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("Dialogs", "Bestanden buiten de projectmap"),
        tr("err.hostile.project_outside_question", lang, files="\n".join(f"• {s.path}" for s in outside)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes
