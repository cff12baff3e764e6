"""Keys typed at any speed around a popup reach the field they were typed for (X11).

What went wrong: a participant's name typed right after Insert was lost, or lost its
first letters ("FP" for "WFP", "Dnmark"), on a loaded machine, in the real window only.
The name completer's list is a Qt popup, and a Qt popup under X11 grabs the keyboard
while it is open. X reports a grab as focus events: FocusOut (mode Grab) to the main
window, FocusIn (mode Grab) to the popup, and the reverse (mode Ungrab) when the popup
closes. Qt's X11 backend takes them for real focus changes:

- after FocusOut it waits 100 ms for a FocusIn and then deactivates the window; a loaded
  machine reads the Ungrab FocusIn later than that. In the inactive window the item
  view's delegate commits and closes the open name cell (its rule for a window losing
  focus), Qt tries no shortcut (Insert does nothing) and the keys typed meanwhile go
  to a closed cell;
- FocusIn (Grab) makes the popup Qt's focus window, and the keys read after Return has
  closed the popup still go to that hidden window, which hands them to the closed cell.

The focus never left the window: X only lent the keyboard to our own popup. So
`GrabFocusFilter` drops the focus events X sends for a grab or its end (mode Grab or
Ungrab) before Qt sees them; real focus changes (mode Normal, WhileGrabbed: another
window, another program) still reach Qt. With the focus window left alone, Qt itself
sends each key to the popup while it is open and to the focused field once it closed.
"""

from __future__ import annotations

import ctypes

from PySide6.QtCore import QAbstractNativeEventFilter, QByteArray, QCoreApplication

# xcb/xproto.h: xcb_focus_in_event_t and xcb_focus_out_event_t share one layout:
# response_type (byte 0, high bit: sent by another client), detail (1), sequence (2-3),
# event (4-7), mode (8).
XCB_FOCUS_IN, XCB_FOCUS_OUT = 9, 10
XCB_NOTIFY_MODE_GRAB, XCB_NOTIFY_MODE_UNGRAB = 1, 2
_MODE_OFFSET = 8


class GrabFocusFilter(QAbstractNativeEventFilter):
    """Drops X11's FocusIn/FocusOut events that only say a keyboard grab began or ended."""

    def nativeEventFilter(self, eventType: QByteArray | bytes | bytearray | memoryview,  # noqa: N802, N803
                          message: int) -> object:
        kind = eventType.data() if isinstance(eventType, QByteArray) else bytes(eventType)
        address = int(message)  # a shiboken VoidPtr of unknown size: false even when set
        if kind != b"xcb_generic_event_t" or not address:
            return False, 0
        head = ctypes.string_at(address, _MODE_OFFSET + 1)
        if head[0] & 0x7F in (XCB_FOCUS_IN, XCB_FOCUS_OUT) and head[_MODE_OFFSET] in (
                XCB_NOTIFY_MODE_GRAB, XCB_NOTIFY_MODE_UNGRAB):
            return True, 0
        return False, 0


_INSTALLED: list[GrabFocusFilter] = []


def install(app: QCoreApplication) -> bool:
    """Install the filter once, under X11 only; True if it is installed."""
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.platformName() != "xcb":
        return False
    if not _INSTALLED:
        _INSTALLED.append(GrabFocusFilter())
        app.installNativeEventFilter(_INSTALLED[0])
    return True
