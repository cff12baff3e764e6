"""File > Page Setup...: the paper and margins chosen are kept for every later report."""

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter

from mtgdesk.services.interchange import import_files
from mtgdesk.settings import load_settings
from mtgdesk.ui.reports.report_actions import LetterheadDialog


def test_chosen_layout_is_kept_and_used_for_printing(make_window, engine, seed_path):
    import_files(engine, [seed_path])
    window = make_window(engine)
    actions = window.report_actions
    assert actions.page_setup_action in window.file_menu.actions()
    printer = actions.page_setup_printer()
    layout = printer.pageLayout()
    assert layout.pageSize().id() == QPageSize.PageSizeId.A4
    assert round(layout.margins(QPageLayout.Unit.Millimeter).left()) == 20
    # What Qt's page set-up dialog does to the printer when the clerk presses OK:
    printer.setPageLayout(QPageLayout(
        QPageSize(QPageSize.PageSizeId.Letter), QPageLayout.Orientation.Portrait,
        QMarginsF(25, 15, 25, 18), QPageLayout.Unit.Millimeter))
    actions.apply_page_layout(printer)
    settings = load_settings()
    assert (settings.page_size, settings.margin_mm) == ("Letter", 15.0)
    report_printer = actions.make_printer(actions.meeting_report())
    assert report_printer.pageLayout().pageSize().id() == QPageSize.PageSizeId.Letter


def test_without_a_printer_page_setup_opens_the_report_settings(make_window, engine):
    window = make_window(engine)
    printer = window.report_actions.page_setup_printer()
    # This machine has no printer installed: Qt prints to PDF and has no set-up dialog.
    assert printer.outputFormat() != QPrinter.OutputFormat.NativeFormat
    window.report_actions.page_setup_action.trigger()
    dialog = window.findChild(LetterheadDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.page_combo.currentText() == "A4"
    dialog.reject()
