"""A long write run from the window: on a worker (ui.background.LongWrite), behind a
window-modal progress dialog that does not block the event loop.

The window keeps repainting, and the clerk cannot start a second write meanwhile (the
dialog is modal to the window). Cancel is offered only where the write is all or
nothing (an import: its one transaction rolls back). The answer arrives on the GUI
thread: `succeeded(answer)`, `failed(exc)` (a UserError's plain message, or a bug
already logged) or `cancelled()`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QProgressDialog, QWidget

from mtgdesk.domain.errors import UserError
from mtgdesk.domain.progress import Progress
from mtgdesk.ui.background import LongWrite

if TYPE_CHECKING:
    from mtgdesk.ui.host import WindowHost

SHOW_AFTER_MS = 400  # a quick write shows no dialog at all
# A write of this many meetings or more (delete, restore from the Trash, empty it) runs
# as a long write; fewer are done at once, as the clerk expects.
LONG_WRITE = 500


def unexpected(exc: Exception) -> str:
    """What the clerk is told of a bug in a long write (its traceback is in the log)."""
    return (f"an unexpected error occurred ({type(exc).__name__}: {exc}); the details are "
            "in the program's log")


def run_long_write(window: WindowHost, what: str, label: str,
                   work: Callable[[Progress], Any], *,
                   succeeded: Callable[[Any], None],
                   failed: Callable[[Exception], None],
                   cancelled: Callable[[], None] | None = None,
                   over: QWidget | None = None) -> LongWrite:
    """Start `work(progress)` on a worker; `cancelled` given: the dialog offers Cancel.

    The progress dialog is modal to `over` (a dialog the write was started from), else
    to the window.
    """
    op = LongWrite(window, what, work)
    dialog = QProgressDialog(label, "Cancel", 0, 0, over or window)
    # A label may name a file or a meeting: text, never markup (QProgressDialog's own
    # label guesses, as every QLabel does).
    text_label = QLabel(label, dialog)
    text_label.setTextFormat(Qt.TextFormat.PlainText)
    dialog.setLabel(text_label)
    dialog.setObjectName("longWriteProgress")
    dialog.setWindowTitle(what)
    dialog.setAccessibleName(label)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    if cancelled is None:
        dialog.setCancelButton(None)  # there is no half-way to stop at
        dialog.canceled.connect(dialog.show)  # Esc: it goes on, so the dialog stays
    else:
        def cancel() -> None:
            dialog.setLabelText("Cancelling: nothing of it will be stored…")
            dialog.show()
            op.cancel()

        dialog.canceled.connect(cancel)

    def progressed(done: int, total: int) -> None:
        if dialog.maximum() != total:
            dialog.setMaximum(total)
        dialog.setValue(done)

    def finish() -> None:
        window.current_write = None
        dialog.canceled.disconnect()
        dialog.close()
        dialog.deleteLater()

    def on_succeeded(answer: Any) -> None:
        finish()
        succeeded(answer)

    def on_failed(exc: Exception) -> None:
        finish()
        failed(exc)

    def on_cancelled() -> None:
        finish()
        if cancelled is not None:
            cancelled()

    op.progressed.connect(progressed)
    op.succeeded.connect(on_succeeded)
    op.failed.connect(on_failed)
    op.cancelled.connect(on_cancelled)
    window.current_write = op
    op.start()
    return op


def run_write(window: WindowHost, what: str, label: str, count: int,
              work: Callable[[Progress | None], Any], *,
              succeeded: Callable[[Any], None], failed: Callable[[Exception], None],
              over: QWidget | None = None) -> None:
    """A write of `count` meetings: a few at once, LONG_WRITE or more as a long write."""
    if count >= LONG_WRITE:
        run_long_write(window, what, label, work, succeeded=succeeded, failed=failed,
                       over=over)
        return
    try:
        answer = work(None)
    except UserError as exc:
        failed(exc)
        return
    succeeded(answer)
