"""File > Print Preview, Print, Export Report As... and Report Settings, driven as a
clerk would; modal exec() calls are patched, never waited on."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMainWindow

from mtgdesk.desk import Desk
from mtgdesk.services.meetings import save_meeting
from mtgdesk.settings import Settings, load_settings, save_settings
from mtgdesk.ui import dialogs
from mtgdesk.ui.reports.report_actions import LetterheadDialog, install_report_actions
from tests.reports.readback import (
    html_text,
    missing_facts,
    normalise,
    pdf_pages,
    pdf_text,
    read_back,
)


class FakeEditor:
    def __init__(self, record):
        self._record = record

    def record(self):
        return self._record.copy()


class FakeList:
    def __init__(self, ids):
        self.ids = ids

    def selected_ids(self):
        return list(self.ids)


@pytest.fixture
def window(qtbot, engine, seed_record):
    """The parts of the main window the report actions use."""
    seed_record.id = save_meeting(engine, seed_record).id
    win = QMainWindow()
    qtbot.addWidget(win)
    win.desk = Desk(engine)
    win.file_menu = win.menuBar().addMenu("&File")
    win.quit_action = win.file_menu.addAction("&Quit")
    win.editor = FakeEditor(seed_record)
    win.meeting_list = FakeList([seed_record.id])
    win.report_actions = install_report_actions(win)
    return win


def test_actions_are_in_the_file_menu_before_quit(window):
    texts = [a.text() for a in window.file_menu.actions() if not a.isSeparator()]
    assert texts == ["Print Pre&view…", "Page Set&up…", "&Print…", "Export Report &As…",
                     "Report St&yle",
                     "Report &Settings…", "&Quit"]


def test_preview_is_built_from_the_real_document(window, monkeypatch, tmp_path):
    shown = {}

    def fake_exec(dialog):
        # What the dialog would show: its pages, painted by our painter.
        widget = dialog.findChild(QPrintPreviewWidget)
        widget.updatePreview()
        shown["pages"] = widget.pageCount()
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "preview.pdf"))
        dialog.paintRequested.emit(printer)
        shown["title"] = dialog.windowTitle()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintPreviewDialog, "exec", fake_exec)
    window.report_actions.preview_action.trigger()
    assert "Senior Official-Level Meeting" in shown["title"]
    data = (tmp_path / "preview.pdf").read_bytes()
    assert missing_facts(pdf_text(data, tmp_path)) == []
    # As many pages as the document (how many depends on the fonts installed here).
    assert shown["pages"] == pdf_pages(data, tmp_path) >= 1


def test_print_uses_the_page_setup_from_settings(window, monkeypatch, tmp_path):
    save_settings(Settings(office_name="Protocol Office", page_size="Letter", margin_mm=25.0))
    seen = {}

    def fake_exec(dialog):
        printer = dialog.printer()
        layout = printer.pageLayout()
        seen["size"] = layout.pageSize().id() == QPageSize.PageSizeId.Letter
        seen["margin"] = round(layout.margins(layout.Unit.Millimeter).left())
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "printed.pdf"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", fake_exec)
    window.report_actions.print_action.trigger()
    assert seen == {"size": True, "margin": 25}
    text = normalise(pdf_text((tmp_path / "printed.pdf").read_bytes(), tmp_path))
    assert "Protocol Office" in text and "11 countries" in text


def test_print_cancelled_prints_nothing(window, monkeypatch, tmp_path):
    monkeypatch.setattr(QPrintDialog, "exec", lambda d: QDialog.DialogCode.Rejected)
    window.report_actions.print_action.trigger()
    assert not list(tmp_path.glob("*.pdf"))


@pytest.mark.parametrize("suffix", ["pdf", "docx", "html", "txt"])
def test_export_report_as_by_file_type(window, monkeypatch, tmp_path, suffix):
    out = tmp_path / f"report.{suffix}"
    monkeypatch.setattr(dialogs, "save_file", lambda *a, **k: str(out))
    window.report_actions.export_action.trigger()
    data = out.read_bytes()
    text = read_back(suffix, data, tmp_path)
    assert missing_facts(text) == []


def test_export_says_which_font_it_fell_back_to(window, monkeypatch, tmp_path, qapp):
    from PySide6.QtGui import QFontDatabase

    from mtgdesk.reports import fonts

    family = QFontDatabase.families(QFontDatabase.WritingSystem.Japanese)[0]
    monkeypatch.setattr(fonts, "JAPANESE", ("No Such Serif JP 7f3a", family))
    monkeypatch.setattr(dialogs, "save_file", lambda *a, **k: str(tmp_path / "r.pdf"))
    window.report_actions.export_action.trigger()
    assert window.statusBar().currentMessage() == (
        'Report saved as r.pdf. Report font "No Such Serif JP 7f3a" not found; '
        f'used "{family}".')
    monkeypatch.setattr(fonts, "JAPANESE", (family,))
    window.report_actions.export_action.trigger()
    assert window.statusBar().currentMessage() == "Report saved as r.pdf."


def test_export_minutes_style(window, monkeypatch, tmp_path):
    out = tmp_path / "minutes.txt"
    monkeypatch.setattr(dialogs, "save_file", lambda *a, **k: str(out))
    window.report_actions.style_actions["minutes"].trigger()
    window.report_actions.export_action.trigger()
    assert out.read_text(encoding="utf-8").startswith("DRAFT\n")


def test_export_several_selected_offers_the_index(window, engine, seed_record, monkeypatch,
                                                  tmp_path):
    other = seed_record.copy()
    other.id, other.title = None, "Second Meeting"
    window.meeting_list.ids.append(save_meeting(engine, other).id)
    asked = []
    monkeypatch.setattr(dialogs, "choose", lambda *a, **k: asked.append(a[3]) or 0)
    out = tmp_path / "index.html"
    monkeypatch.setattr(dialogs, "save_file", lambda *a, **k: str(out))
    window.report_actions.export_action.trigger()
    assert asked and asked[0][0] == "Index of 2 Meetings"
    shown = html_text(out.read_text(encoding="utf-8"))
    assert "Second Meeting" in shown and "Senior Official-Level Meeting" in shown


def test_export_error_is_a_message_not_a_crash(window, monkeypatch, tmp_path):
    errors = []
    monkeypatch.setattr(dialogs, "error", lambda parent, title, text: errors.append(text))
    monkeypatch.setattr(dialogs, "save_file",
                        lambda *a, **k: str(tmp_path / "missing" / "r.txt"))
    window.report_actions.export_action.trigger()
    assert errors and "cannot write" in errors[0]


def test_letterhead_settings_dialog(window, qtbot, monkeypatch, tmp_path):
    monkeypatch.setattr(dialogs, "open_file", lambda *a, **k: str(tmp_path / "logo.png"))
    window.report_actions.settings_action.trigger()
    dialog = window.findChild(LetterheadDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.office_edit, "Treaty Office")
    qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)
    dialog.page_combo.setCurrentText("Letter")
    dialog.margin_spin.setValue(18)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    saved = load_settings()
    assert (saved.office_name, saved.logo_path, saved.page_size, saved.margin_mm) == (
        "Treaty Office", str(tmp_path / "logo.png"), "Letter", 18.0)


def test_main_window_has_the_report_actions(qtbot, engine, seed_record, monkeypatch, tmp_path):
    from mtgdesk.ui.window.main_window import MainWindow

    save_meeting(engine, seed_record)
    win = MainWindow(Desk(engine))
    qtbot.addWidget(win)
    texts = [a.text() for a in win.file_menu.actions()]
    assert "Print Pre&view…" in texts and "Export Report &As…" in texts
    out = tmp_path / "from-window.txt"
    monkeypatch.setattr(dialogs, "save_file", lambda *a, **k: str(out))
    win.report_actions.export_action.trigger()
    assert missing_facts(out.read_text(encoding="utf-8")) == []
