"""Driver for the crash test: starts the real window (mtgdesk.app.run_gui) on a database,
types FIRST into the meeting title, waits WAIT_MS, types SECOND, then waits to be killed.

    python tests/e2e/crash_driver.py DB FIRST SECOND WAIT_MS

Prints "typed-1" and "typed-2" on stdout as each part is typed.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from mtgdesk import app as mtgdesk_app  # noqa: E402


def main() -> int:
    db, first, second, wait_ms = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    mtgdesk_app.make_application()

    def window():
        found = [w for w in QApplication.topLevelWidgets()
                 if w.objectName() == "mainWindow" and w.isVisible() and w.is_attached()]
        return found[0] if found else None

    def type_first() -> None:
        w = window()
        if w is None:
            QTimer.singleShot(100, type_first)
            return
        title = w.editor.form.title
        title.setFocus(Qt.FocusReason.OtherFocusReason)
        title.selectAll()
        QTest.keyClicks(title, first)
        print("typed-1", flush=True)
        QTimer.singleShot(wait_ms, type_second)

    def type_second() -> None:
        QTest.keyClicks(window().editor.form.title, second)
        print("typed-2", flush=True)

    QTimer.singleShot(300, type_first)
    return mtgdesk_app.run_gui(db)


if __name__ == "__main__":
    sys.exit(main())
