"""File > Print Preview, Print, Export Report As... and Report Settings.

What is printed is what the clerk sees: the record in the editor, saved or not, in the
report style chosen under File > Report Style. With several meetings selected in the
list, Export offers the index of those meetings. Pages come from
mtgdesk.printing.pages.paint_report, the same painter as PDF files, so the preview is the
real document.

`install_report_actions(window)` adds the actions to a window's File menu and returns
them; the window keeps them (`window.report_actions`). They read the window's
`editor.record()`, `meeting_list.selected_ids()` and `desk` (ui.host.WindowHost).
Pages (preview, print, PDF) come from mtgdesk.printing, loaded at first use.
"""

from __future__ import annotations

import logging
import re
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QPageLayout, QPageSize
from PySide6.QtPrintSupport import (
    QPageSetupDialog,
    QPrintDialog,
    QPrinter,
    QPrintPreviewDialog,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QPushButton,
    QWidget,
)

from mtgdesk.domain.errors import UserError
from mtgdesk.settings import Settings, load_settings, save_settings
from mtgdesk.ui import dialogs

if TYPE_CHECKING:
    from mtgdesk.reports.model import Report
    from mtgdesk.ui.host import WindowHost

# Report building, templates and the PDF painter load at first use, not with the
# window: they would add a sixth of a second to every start.

log = logging.getLogger(__name__)

STYLES = (("press-release", "&Press Release"), ("minutes", "&Minutes"))
REPORT_FILTER = ("PDF document (*.pdf);;Word document (*.docx);;Web page (*.html);;"
                 "Plain text (*.txt)")
IMAGE_FILTER = "Images (*.png *.jpg *.jpeg *.gif *.bmp *.svg);;All files (*)"


class PreviewDialog(QPrintPreviewDialog):
    """Qt's print preview, keeping its printer: the dialog does not own it, so Python
    must keep it alive as long as the dialog."""

    def __init__(self, printer: QPrinter, parent: QWidget | None = None) -> None:
        super().__init__(printer, parent)
        self.report_printer = printer


def report_file_name(report: Report, held_on: date | None) -> str:
    """"2007-03-23-officials-meeting-minutes.pdf": the day first, so the files of an
    office sort by date, and no "Officials_ Meeting" (an apostrophe made an underscore)."""
    words = re.findall(r"\w+", report.title.replace("’", "").replace("'", "").lower())
    stem = "-".join(words)[:70].strip("-") or "report"
    day = f"{held_on.isoformat()}-" if held_on else ""
    return f"{day}{stem}-{report.template}.pdf"


class ReportActions(QObject):
    """The report actions of one main window."""

    separator: QAction | None = None  # ends the actions in the File menu

    def __init__(self, window: WindowHost) -> None:
        super().__init__(window)
        self.window = window
        self.style_group = QActionGroup(self)
        self.style_actions: dict[str, QAction] = {}
        for name, text in STYLES:
            action = QAction(text, self, checkable=True)
            action.setData(name)
            self.style_group.addAction(action)
            self.style_actions[name] = action
        self.style_actions["press-release"].setChecked(True)
        self.preview_action = self._action("Print Pre&view…", self.preview,
                                           "Show the report's pages as they will print")
        self.print_action = self._action("&Print…", self.print_report,
                                         "Print the report", QKeySequence.StandardKey.Print)
        self.export_action = self._action("Export Report &As…", self.export_report,
                                          "Save the report as PDF, Word, web page or text",
                                          QKeySequence("Ctrl+Shift+E"))
        self.settings_action = self._action("Report &Settings…", self.edit_settings,
                                            "Letterhead, page size and margins")
        self.page_setup_action = self._action("Page Set&up…", self.page_setup,
                                              "Paper size (A4 or Letter) and margins")

    def _action(self, text: str, slot, tip: str, shortcut=None) -> QAction:
        action = QAction(text, self)
        action.setStatusTip(tip)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    # --- what to print ------------------------------------------------------------

    @property
    def template(self) -> str:
        checked = self.style_group.checkedAction()
        return checked.data() if checked is not None else "press-release"

    def meeting_report(self, template: str | None = None) -> Report:
        """The report of the record in the editor, as it is now (saved or not)."""
        record = self.window.editor.record()
        from mtgdesk.reports import model

        return model.build(record, template or self.template, load_settings())

    def selected_ids(self) -> list[int]:
        return list(self.window.meeting_list.selected_ids())

    def _fail(self, title: str, exc: Exception) -> None:
        if isinstance(exc, UserError):
            dialogs.error(self.window, title, str(exc))
        else:  # a bug: keep the traceback in the log, tell the clerk plainly
            log.exception("%s", title)
            dialogs.error(self.window, title, f"Something went wrong: {exc}")

    # --- printing -----------------------------------------------------------------

    def page_setup_printer(self) -> QPrinter:
        """A printer laid out as the settings say, for the page set-up dialog."""
        from mtgdesk.printing.pages import layout_for

        settings = load_settings()
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(layout_for(settings.page_size, settings.margin_mm))
        return printer

    @Slot()
    def page_setup(self) -> None:
        """Qt's page set-up dialog where a printer is installed; without one (Qt has no
        such dialog for PDF output) the report settings, which hold paper and margins."""
        printer = self.page_setup_printer()
        if printer.outputFormat() != QPrinter.OutputFormat.NativeFormat:
            self.edit_settings()
            return
        dialog = QPageSetupDialog(printer, self.window)
        dialog.setWindowTitle("Page Setup")
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.apply_page_layout(printer)

    def apply_page_layout(self, printer: QPrinter) -> None:
        """Keep what the clerk chose for every later report (settings hold one margin
        for all sides: the smallest chosen, so nothing set closer is pushed off)."""
        from dataclasses import replace

        layout = printer.pageLayout()
        size = {QPageSize.PageSizeId.Letter: "Letter"}.get(layout.pageSize().id(), "A4")
        m = layout.margins(QPageLayout.Unit.Millimeter)
        margin = round(min(m.left(), m.top(), m.right(), m.bottom()), 1)
        try:
            save_settings(replace(load_settings(), page_size=size, margin_mm=margin))
        except OSError as exc:
            dialogs.error(self.window, "Page Setup", f"The page set-up could not be kept: {exc}")
            return
        self.window.statusBar().showMessage(
            f"Reports print on {size} with {margin:g} mm margins.", 8000)

    def make_printer(self, report: Report) -> QPrinter:
        """A printer set up as the letterhead settings say (page size, margins)."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        from mtgdesk.printing.pages import page_layout

        printer.setPageLayout(page_layout(report))
        printer.setDocName(report.document_title)
        return printer

    def build_preview(self, report: Report) -> QPrintPreviewDialog:
        printer = self.make_printer(report)
        dialog = PreviewDialog(printer, self.window)
        dialog.setWindowTitle(f"Print Preview — {report.document_title}")
        dialog.paintRequested.connect(lambda device: self._paint(report, device))
        dialog.resize(900, 1000)
        return dialog

    def _paint(self, report: Report, device: QPrinter) -> None:
        try:
            from mtgdesk.printing.pages import paint_report

            paint_report(report, device)
        except Exception as exc:  # noqa: BLE001 - shown to the clerk, logged if a bug
            self._fail("Cannot print the report", exc)
            return
        if notes := self.font_notes():
            self.window.statusBar().showMessage(notes, 8000)

    def font_notes(self) -> str:
        """What the CLI notes on stderr, as sentences for the status bar: the report
        fonts that are not installed here and what was used instead ("" if none)."""
        from mtgdesk.printing.fonts import notes

        return " ".join(f"{note[:1].upper()}{note[1:]}." for note in notes())

    @Slot()
    def preview(self) -> None:
        try:
            dialog = self.build_preview(self.meeting_report())
        except Exception as exc:  # noqa: BLE001
            self._fail("Cannot show the report", exc)
            return
        dialog.exec()
        dialog.deleteLater()

    @Slot()
    def print_report(self) -> None:
        try:
            report = self.meeting_report()
        except Exception as exc:  # noqa: BLE001
            self._fail("Cannot print the report", exc)
            return
        printer = self.make_printer(report)
        dialog = QPrintDialog(printer, self.window)
        dialog.setWindowTitle("Print Report")
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if accepted:
            self._paint(report, printer)

    # --- export -------------------------------------------------------------------

    def _choose_report(self) -> Report | None:
        ids = self.selected_ids()
        if len(ids) > 1:
            answer = dialogs.choose(
                self.window, "Export Report",
                f"{len(ids)} meetings are selected. Export an index of them (one line "
                "each), or the report of the meeting in the editor?",
                [f"Index of {len(ids)} Meetings", "This Meeting", "Cancel"], escape=2)
            if answer in (None, 2):
                return None
            if answer == 0:
                return self.window.desk.index_report(ids, settings=load_settings())
        return self.meeting_report()

    @Slot()
    def export_report(self) -> None:
        try:
            report = self._choose_report()
        except Exception as exc:  # noqa: BLE001
            self._fail("Cannot export the report", exc)
            return
        if report is None:
            return
        suggested = report_file_name(report, None if report.template == "index"
                                     else self.window.editor.record().held_on)
        path = dialogs.save_file(self.window, "Export Report As", suggested, REPORT_FILTER)
        if not path:
            return
        from mtgdesk.printing.pdf import pdf_bytes
        from mtgdesk.reports.render import format_for_path

        fmt = format_for_path(path)
        if fmt is None:  # no known ending: a PDF, and say so in the name
            fmt, path = "pdf", path + ".pdf"
        try:
            self.window.desk.save_report(report, fmt, path, pdf=pdf_bytes)
        except Exception as exc:  # noqa: BLE001
            self._fail("Cannot export the report", exc)
            return
        saved = f"Report saved as {Path(path).name}."
        if fmt == "pdf" and (notes := self.font_notes()):
            saved = f"{saved} {notes}"
        self.window.statusBar().showMessage(saved, 8000)

    @Slot()
    def edit_settings(self) -> None:
        dialog = LetterheadDialog(load_settings(), self.window)
        dialog.accepted.connect(lambda: self._save_settings(dialog))
        dialog.open()  # window-modal, not blocking: tests drive it with qtbot

    def _save_settings(self, dialog: LetterheadDialog) -> None:
        try:
            save_settings(dialog.settings())
        except OSError as exc:
            dialogs.error(self.window, "Cannot save the settings", str(exc))


class LetterheadDialog(QDialog):
    """Office name, logo, page size and margins: what every report page carries."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Report Settings")
        self._base = settings
        self.office_edit = QLineEdit(settings.office_name)
        self.office_edit.setPlaceholderText("e.g. Ministry of Foreign Affairs — Global Issues")
        self.logo_edit = QLineEdit(settings.logo_path)
        self.logo_edit.setPlaceholderText("optional image file")
        browse = self.browse_button = QPushButton("&Browse…")
        browse.clicked.connect(self._browse)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_edit, 1)
        logo_row.addWidget(browse)
        self.page_combo = QComboBox()
        self.page_combo.addItems(["A4", "Letter"])
        self.page_combo.setCurrentText(settings.page_size if settings.page_size in
                                       ("A4", "Letter") else "A4")
        self.margin_spin = QDoubleSpinBox()
        self.margin_spin.setRange(5.0, 60.0)
        self.margin_spin.setDecimals(1)
        self.margin_spin.setSuffix(" mm")
        self.margin_spin.setValue(float(settings.margin_mm))
        form = QFormLayout(self)
        form.addRow("&Office name:", self.office_edit)
        form.addRow("&Logo:", logo_row)
        form.addRow("&Page size:", self.page_combo)
        form.addRow("&Margins:", self.margin_spin)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.buttons = buttons

    @Slot()
    def _browse(self) -> None:
        path = dialogs.open_file(self, "Choose a logo", IMAGE_FILTER)
        if path:
            self.logo_edit.setText(path)

    def settings(self) -> Settings:
        from dataclasses import replace

        return replace(self._base, office_name=self.office_edit.text().strip(),
                       logo_path=self.logo_edit.text().strip(),
                       page_size=self.page_combo.currentText(),
                       margin_mm=float(self.margin_spin.value()))


def install_report_actions(window: WindowHost) -> ReportActions:
    """Add the report actions to the window's File menu, before Quit."""
    actions = ReportActions(window)
    menu = window.file_menu
    before = window.quit_action if window.quit_action in menu.actions() else None
    style_menu = QMenu("Report St&yle", menu)
    for action in actions.style_actions.values():
        style_menu.addAction(action)
    items = [actions.preview_action, actions.page_setup_action, actions.print_action,
             actions.export_action, style_menu.menuAction(), actions.settings_action]
    for item in items:
        if before is None:
            menu.addAction(item)
        else:
            menu.insertAction(before, item)
    separator = menu.insertSeparator(before) if before is not None else menu.addSeparator()
    actions.separator = separator
    return actions
