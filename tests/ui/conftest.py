"""GUI test helpers: every message box and file picker is replaced (mtgdesk.ui.dialogs).

`fake_dialogs` is autouse: a test queues the answers it expects to be asked for with
`fake_dialogs.answer("ask_yes_no", True)`; a question nobody queued an answer for
fails the test, so an unexpected prompt cannot pass unnoticed. info and error only
record what they were told.
"""

from __future__ import annotations

from collections import defaultdict, deque
from typing import Any

import pytest

from mtgdesk.ui import dialogs

ASKING = ("ask_yes_no", "ask_save_discard_cancel", "open_file", "open_files", "save_file",
          "choose", "ask_text")
TELLING = ("info", "error")


class FakeDialogs:
    def __init__(self) -> None:
        self.calls: list[tuple[str, tuple[Any, ...]]] = []
        self._answers: dict[str, deque[Any]] = defaultdict(deque)
        # At teardown a window still holding edits is closed: let it discard them.
        self.default_leave: dialogs.Choice | None = None

    def answer(self, name: str, *values: Any) -> None:
        self._answers[name].extend(values)

    def called(self, name: str) -> list[tuple[Any, ...]]:
        return [args for n, args in self.calls if n == name]

    def texts(self, name: str) -> str:
        return "\n".join(" ".join(str(a) for a in args[1:]) for args in self.called(name))

    def _ask(self, name: str, *args: Any, **kwargs: Any) -> Any:
        self.calls.append((name, args))
        if self._answers[name]:
            return self._answers[name].popleft()
        if name == "ask_save_discard_cancel" and self.default_leave is not None:
            return self.default_leave
        raise AssertionError(f"unexpected dialog {name}{args[1:]}")

    def _tell(self, name: str, *args: Any, **kwargs: Any) -> None:
        self.calls.append((name, args))


@pytest.fixture(autouse=True)
def fake_dialogs(monkeypatch: pytest.MonkeyPatch):
    fake = FakeDialogs()
    for name in ASKING:
        monkeypatch.setattr(dialogs, name, lambda *a, _n=name, **k: fake._ask(_n, *a, **k))
    for name in TELLING:
        monkeypatch.setattr(dialogs, name, lambda *a, _n=name, **k: fake._tell(_n, *a, **k))
    yield fake


@pytest.fixture
def desk(engine):
    """The Qt-free core object the window holds, on the test's own database."""
    from mtgdesk.desk import Desk

    return Desk(engine)


@pytest.fixture
def keep_window(qtbot, fake_dialogs):
    """Windows handed to it are closed at teardown, discarding unsaved edits, and the
    desk each one holds is closed (a window ui.window.startup opened has its own)."""
    windows = []

    def keep(window):
        windows.append(window)
        return window

    yield keep
    fake_dialogs.default_leave = dialogs.Choice.DISCARD
    for window in windows:
        window.close()
        desk = getattr(window, "desk", None)
        if desk is not None:
            desk.close()
        window.deleteLater()
    qtbot.wait(1)  # let deleteLater run while the fixtures still exist


@pytest.fixture
def make_window(qtbot, keep_window):
    """Build a MainWindow on a desk, shown and active; closed at teardown. Given an
    engine (most tests check what was stored through the engine fixture), the window
    holds a Desk on that engine."""
    from mtgdesk.desk import Desk
    from mtgdesk.ui.window.main_window import MainWindow

    def make(desk_or_engine):
        desk = (desk_or_engine if isinstance(desk_or_engine, Desk)
                else Desk(desk_or_engine))
        window = MainWindow(desk)
        # Not qtbot.addWidget: keep_window closes the windows itself, after telling the
        # fake dialogs to let unsaved edits go.
        with qtbot.waitActive(window):  # shortcuts reach an active window only
            window.show()
            window.activateWindow()
        return keep_window(window)

    return make


@pytest.fixture
def stack():
    """The undo stack an editor shares with its window."""
    from PySide6.QtGui import QUndoStack

    return QUndoStack()


@pytest.fixture
def shown(qtbot):
    """Show a widget as a test needs it (exposed, room for its columns) and return it."""

    def show(widget):
        qtbot.addWidget(widget)
        widget.resize(1000, 500)
        widget.show()
        qtbot.waitExposed(widget)
        return widget

    return show
