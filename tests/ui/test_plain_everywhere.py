"""Issue 12, class 6, closed as a class: a meeting whose every text field holds markup,
shown in the window (the list, the form, the participant and paragraph tables, the
search results, a saved search, the history, message boxes about files whose names hold
markup), and every widget of every window walked: labels, tooltips, what's-this and
status tips, every role of every model a view shows, message boxes, documents. Each text
is rendered as Qt would render it (a QLabel or a tooltip in AutoText guesses rich text
from the text itself); the markup must come out as typed, never as a heading, an image,
a link or bold."""

from __future__ import annotations

import dataclasses
import json

from PySide6 import QtGui
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from mtgdesk.domain.records import MeetingRecord, ParagraphRecord, ParticipantRecord
from mtgdesk.services import meetings
from mtgdesk.services.search import save_search
from mtgdesk.ui import dialogs
from mtgdesk.ui.search.search_results import HTML_ROLE
from tests.full_record import full_record

REAL_ERROR, REAL_INFO = dialogs.error, dialogs.info


SHORT = {"acronym", "article", "honorific"}  # at most 50 characters


def hostile(token: str, *, short: bool = False) -> str:
    """A value whose every piece of markup would show if Qt rendered it."""
    if short:
        return f"<b>{token}</b><img src=/x>"
    return (f"<b>{token}</b> quillwort <img src=/etc/passwd> "
            f"<a href=http://example.org/>{token}a</a> <h1 style=color:red>{token}h</h1>")


def token(name: str) -> str:
    return f"zq{name.replace('_', '')}zq"


def marked(record, skip=()):
    """`record` with every free-text field (no vocabulary) holding hostile(its token)."""
    changes = {}
    for f in dataclasses.fields(record):
        value = getattr(record, f.name)
        if f.name in skip or f.metadata.get("choices") is not None:
            continue
        if isinstance(value, str) or (value is None and f.type in ("str | None", "str")):
            changes[f.name] = hostile(token(f"{type(record).__name__[:4]}{f.name}"),
                                      short=f.name in SHORT)
    return dataclasses.replace(record, **changes)


def hostile_meeting() -> MeetingRecord:
    base = full_record()
    record = marked(base, skip=("uuid",))
    record.participants = [marked(p) for p in base.participants] + [
        marked(ParticipantRecord(kind="country", name="x")),  # not in the list: a tip
        marked(ParticipantRecord(kind="organization", name="x"))]
    record.paragraphs = [marked(p) for p in base.paragraphs] + [
        marked(ParagraphRecord(text="x"), skip=("owner",))]
    record.report_overrides = {"opening": hostile(token("opening"))}
    return record


TOKENS_SEEN: set[str] = set()


def rendered(text: str, fmt: Qt.TextFormat) -> str:
    """What the clerk reads: `text` as a widget with text format `fmt` shows it."""
    if fmt == Qt.TextFormat.PlainText or (
            fmt == Qt.TextFormat.AutoText and not QtGui.Qt.mightBeRichText(text)):
        return text
    doc = QTextDocument()
    if fmt == Qt.TextFormat.MarkdownText:
        doc.setMarkdown(text)
    else:
        doc.setHtml(text)
    return doc.toPlainText()


def problems_of(text: object, fmt: Qt.TextFormat, where: str) -> list[str]:
    if not isinstance(text, str) or "zq" not in text:
        return []
    shown = rendered(text, fmt)
    bad = []
    # Each token stands right after the '>' of a tag in every value; rendered as
    # markup, the tag is gone and the '>' with it.
    for start in range(len(shown)):
        if shown.startswith("zq", start) and (end := shown.find("zq", start + 2)) > 0 \
                and shown[start + 2:end].isalnum():
            TOKENS_SEEN.add(shown[start:end + 2])
            if shown[start - 1:start] != ">" and shown[start - 2:start] != "zq":
                bad.append(f"{where}: {shown[:160]!r}")
    if "\ufffc" in shown:  # an image was made of the markup
        bad.append(f"{where}: an image in {shown[:120]!r}")
    return bad


TIP_ROLES = {Qt.ItemDataRole.ToolTipRole: Qt.TextFormat.AutoText,
             Qt.ItemDataRole.WhatsThisRole: Qt.TextFormat.AutoText,
             Qt.ItemDataRole.DisplayRole: Qt.TextFormat.PlainText,
             Qt.ItemDataRole.StatusTipRole: Qt.TextFormat.PlainText}


def columns(model, parent: QModelIndex) -> int:
    try:
        return model.columnCount(parent)
    except TypeError:  # a list model: one column, its columnCount is private
        return 1


def model_problems(view: QAbstractItemView, where: str) -> list[str]:
    model = view.model()
    if model is None:
        return []
    bad: list[str] = []
    html_delegates = {c for c in range(columns(model, QModelIndex()))
                      if type(view.itemDelegateForColumn(c)).__name__ == "SnippetDelegate"}

    def walk(parent: QModelIndex, depth: int) -> None:
        for row in range(min(model.rowCount(parent), 200)):
            for col in range(columns(model, parent)):
                index = model.index(row, col, parent)
                for role, fmt in TIP_ROLES.items():
                    bad.extend(problems_of(index.data(role), fmt,
                                           f"{where} [{row},{col}] role {role}"))
                if col in html_delegates:
                    bad.extend(problems_of(index.data(HTML_ROLE), Qt.TextFormat.RichText,
                                           f"{where} [{row},{col}] painted as HTML"))
                if depth < 3 and col == 0 and model.rowCount(index) > 0:
                    walk(index, depth + 1)

    walk(QModelIndex(), 0)
    for orientation in (Qt.Orientation.Horizontal, Qt.Orientation.Vertical):
        count = columns(model, QModelIndex()) if orientation == Qt.Orientation.Horizontal \
            else min(model.rowCount(QModelIndex()), 200)
        for section in range(count):
            bad.extend(problems_of(model.headerData(section, orientation,
                                                    Qt.ItemDataRole.ToolTipRole),
                                   Qt.TextFormat.AutoText, f"{where} header {section}"))
    return bad


def widget_problems(top: QWidget) -> list[str]:
    bad: list[str] = []
    for w in [top, *top.findChildren(QWidget)]:
        where = f"{type(w).__name__} {w.objectName()!r}"
        bad.extend(problems_of(w.toolTip(), Qt.TextFormat.AutoText, f"{where} tooltip"))
        bad.extend(problems_of(w.whatsThis(), Qt.TextFormat.AutoText, f"{where} what's this"))
        if isinstance(w, QLabel):
            bad.extend(problems_of(w.text(), w.textFormat(), f"{where} text"))
        if isinstance(w, QTextEdit) and not isinstance(w, QPlainTextEdit):
            bad.extend(problems_of(w.toPlainText(), Qt.TextFormat.PlainText, f"{where}"))
        if isinstance(w, QTabBar):
            for i in range(w.count()):
                bad.extend(problems_of(w.tabToolTip(i), Qt.TextFormat.AutoText,
                                       f"{where} tab {i} tooltip"))
        if isinstance(w, QAbstractItemView) and not isinstance(w, QHeaderView):
            bad.extend(model_problems(w, where))
        for action in w.actions():
            bad.extend(problems_of(action.toolTip(), Qt.TextFormat.AutoText,
                                   f"{where} action tooltip"))
    return bad


def test_a_meeting_all_markup_is_text_in_every_widget(
        qtbot, make_window, engine, fake_dialogs, monkeypatch, tmp_path):
    record = hostile_meeting()
    saved = meetings.save_meeting(engine, record)
    stored = meetings.get_meeting(engine, saved.id)
    stored.title = hostile(token("retitled"))
    stored.venue = hostile(token("revenue"))
    # a final meeting amended: a history entry whose reason and changes hold markup
    meetings.amend_meeting(engine, stored, hostile(token("reason")))
    save_search(engine, hostile(token("savedname")), hostile(token("savedquery")))

    boxes: list[str] = []

    def seen_box(box: QMessageBox) -> int:
        boxes.extend(widget_problems(box))
        boxes.append("a box")
        return int(QMessageBox.StandardButton.Ok)

    monkeypatch.setattr(QMessageBox, "exec", seen_box)
    monkeypatch.setattr(dialogs, "error", REAL_ERROR)
    monkeypatch.setattr(dialogs, "info", REAL_INFO)

    window = make_window(engine)
    qtbot.waitUntil(lambda: window.list_model.rowCount() == 1)
    assert window.open_meeting(saved.id)
    panel = window.search_panel
    with qtbot.waitSignal(panel.searched, timeout=10_000):
        qtbot.keyClicks(window.search_field, "quillwort")
    qtbot.waitUntil(lambda: panel.results.rowCount() == 1)
    window.safety.history_action.trigger()
    qtbot.waitUntil(lambda: bool(window.safety.history_dialog.rows()))

    # Files from outside, named with markup: each refusal is a message box.
    named = tmp_path / "<h1 style=color:red>zqfilenamezq<img src=x>.json"
    named.write_text("{not json", encoding="utf-8")
    unknown = tmp_path / "unknown.json"
    unknown.write_text(json.dumps({"format": "mtgdesk", "version": 1, "meetings": [
        {"title": "T", "held_on": "2007-03-23", hostile(token("unknownkey")): 1}]}),
        encoding="utf-8")
    for bad_file in (named, unknown):
        fake_dialogs.answer("open_files", [str(bad_file)])
        window.import_action.trigger()
        qtbot.waitUntil(lambda: window.current_write is None, timeout=30_000)
    assert boxes.count("a box") == 2, boxes

    problems = [b for b in boxes if b != "a box"]
    for top in QApplication.topLevelWidgets():
        if top.isVisible() or top is window:
            problems += widget_problems(top)
    assert problems == []
    # The walk saw the meeting where a clerk sees it: the list, the form, both tables,
    # the search results, the saved search, the history, both message boxes.
    for name in ("zqreasonzq", "zqretitledzq", "zqrevenuezq", "zqPartnamezq",
                 "zqParatextzq", "zqsavednamezq", "zqsavedqueryzq", "zqfilenamezq",
                 "zqunknownkeyzq"):
        assert name in TOKENS_SEEN, (name, " ".join(sorted(TOKENS_SEEN)))
