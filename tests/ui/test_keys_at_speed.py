"""Issue 13: keys typed at any speed land where they were typed.

- A whole burst of keys is queued on the window before any of them is handled (as X
  hands a loaded program the keys typed meanwhile): nothing runs between Insert and the
  name, Tab and the date, Ctrl+Shift+P and the paragraph, and all of it is stored.
- ui.popup_keys: the X11 focus events that only say our popup grabbed the keyboard (or
  let it go) are dropped before Qt sees them; real focus changes pass. (Under X, see
  tests/e2e/test_keys_at_speed.py.)
"""

from __future__ import annotations

import ctypes
from datetime import date

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent

from mtgdesk.services import meetings
from mtgdesk.ui import popup_keys

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
NONE = Qt.KeyboardModifier.NoModifier
PARAGRAPH = "The meeting agreed to meet again in Jakarta, in 2008."


def chars(text: str) -> list[tuple[int, Qt.KeyboardModifier, str]]:
    out = []
    for c in text:
        key = ord(c.upper()) if c.isascii() and c.isalnum() else (
            Qt.Key.Key_Space if c == " " else Qt.Key.Key_unknown)
        out.append((int(key), SHIFT if c.isupper() else NONE, c))
    return out


def key(k: Qt.Key, mods: Qt.KeyboardModifier = NONE, text: str = "") -> list[tuple]:
    return [(int(k), mods, text)]


def queue_on(window, keys) -> None:
    """Post every press and release to the window at once; none is handled yet."""
    handle = window.windowHandle()
    for k, mods, text in keys:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QCoreApplication.postEvent(handle, QKeyEvent(kind, k, mods, text))


def test_a_burst_of_keys_queued_before_any_is_handled_is_stored_as_typed(
        qtbot, make_window, engine):
    window = make_window(engine)
    rows = [("Indo", "Indonesia"), ("UNDP", "United Nations Development Programme"),
            ("Canada", "Canada"), ("Vietnam", "Viet Nam"), ("WFP", "World Food Programme")]
    keys = [*key(Qt.Key.Key_N, CTRL), *chars("Speed"), *key(Qt.Key.Key_Tab),
            *chars("23 March 2007"), *key(Qt.Key.Key_Tab) * 4, *chars("March 28, 2007")]
    for n, (typed, _name) in enumerate(rows):
        keys += key(Qt.Key.Key_Insert) if n % 2 else key(Qt.Key.Key_A, CTRL | SHIFT)
        keys += [*chars(typed), *key(Qt.Key.Key_Return, NONE, "\r")]
    keys += [*key(Qt.Key.Key_P, CTRL | SHIFT), *chars(PARAGRAPH)]
    queue_on(window, keys)
    editor = window.editor
    qtbot.waitUntil(lambda: bool(editor.paragraphs.records())
                    and editor.record().paragraphs[0].text == PARAGRAPH, timeout=10_000)
    qtbot.keyClick(window, Qt.Key.Key_S, CTRL)
    [summary] = meetings.list_meetings(engine)
    stored = meetings.get_meeting(engine, summary.id)
    assert stored.title == "Speed"
    assert (stored.held_on, stored.released_on) == (date(2007, 3, 23), date(2007, 3, 28))
    assert [p.name for p in stored.participants] == [name for _t, name in rows]
    assert [p.text for p in stored.paragraphs] == [PARAGRAPH]


def xcb_event(response_type: int, mode: int = 0) -> ctypes.Array:
    """An X event as xcb hands it to Qt: 32 bytes, the focus mode at byte 8."""
    event = ctypes.create_string_buffer(32)
    event[0] = response_type
    event[8] = mode
    return event


def filtered(event: ctypes.Array, kind: bytes = b"xcb_generic_event_t") -> bool:
    dropped, _result = popup_keys.GrabFocusFilter().nativeEventFilter(
        QByteArray(kind), ctypes.addressof(event))
    return dropped


def test_only_the_focus_events_of_a_keyboard_grab_are_dropped():
    focus_in, focus_out = popup_keys.XCB_FOCUS_IN, popup_keys.XCB_FOCUS_OUT
    normal, grab, ungrab, while_grabbed = 0, 1, 2, 3
    # A popup's grab and its end: the window keeps the focus.
    for kind in (focus_in, focus_out):
        assert filtered(xcb_event(kind, grab))
        assert filtered(xcb_event(kind, ungrab))
        assert filtered(xcb_event(kind | 0x80, grab))  # the same, sent by a client
        # The focus going to another window or program (or coming back) is a change.
        assert not filtered(xcb_event(kind, normal))
        assert not filtered(xcb_event(kind, while_grabbed))
    # Keys, and any other event or platform, pass whatever byte 8 holds.
    key_press, key_release, button_press = 2, 3, 4
    for other in (key_press, key_release, button_press):
        assert not filtered(xcb_event(other, grab))
    assert not filtered(xcb_event(focus_out, grab), b"windows_generic_MSG")


def test_the_filter_is_for_x11_only(qtbot):
    app = QCoreApplication.instance()
    assert app is not None
    assert popup_keys.install(app) is False  # the tests run offscreen, not under X
