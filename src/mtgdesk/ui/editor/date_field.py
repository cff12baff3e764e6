"""One field for a date or a time, typed as a clerk types it, with what it understood.

A line edit takes `2019-11-13`, `13 Nov 2019`, `November 13, 2019`, `13/11/2019` (in the
locale's day-month order), `today`; a time field `9:30`, `0930`, `2 pm`
(domain.typed_dates reads them). Beside it a line says the date understood
(`Wed 13 November 2019`) or, in red, why the text is not a date; value() is None then and
problem() names it, so the form refuses to save. Nothing is ever silently changed: a
section-by-section QDateEdit turned `2019-11-13` typed in one go into 2019-12-11.

The calendar stays a click away (the button, or Alt+Down / F4 in a date field).
"""

from __future__ import annotations

import re
from datetime import date, time
from typing import Any

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mtgdesk.domain.query import parse_date as parse_period
from mtgdesk.domain.typed_dates import Unreadable, parse_date, parse_time, shown_date, shown_time

ERROR_STYLE = "color: #b3261e;"
PERIOD = re.compile(r"\d{4}(?:[-/.]\d{1,2})?")  # a year or a month (period fields)
UNDERSTOOD_STYLE = "color: palette(placeholder-text);"


def day_first() -> bool:
    """Whether the clerk's locale writes the day before the month (13/11/2019)."""
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    d, m = fmt.find("d"), fmt.find("M")
    return d < 0 or m < 0 or d < m


class TypedField(QWidget):
    """The shared part: a line edit, a line under it, a value or a problem."""

    changed = Signal()

    def __init__(self, name: str, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.line = QLineEdit(self)
        self.line.setAccessibleName(name)
        self.line.setPlaceholderText(placeholder)
        # What was understood sits beside the text; why it was not, under it.
        self.understood = QLabel(self)
        self.understood.setObjectName("understood")
        self.understood.setTextFormat(Qt.TextFormat.PlainText)
        self.understood.setAccessibleName(f"{name}: understood as")
        self.understood.setStyleSheet(UNDERSTOOD_STYLE)
        self.error = QLabel(self)
        self.error.setObjectName("unreadable")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.row = QHBoxLayout()
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(4)
        self.row.addWidget(self.line, 1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(1)
        box.addLayout(self.row)
        box.addWidget(self.error)
        self.setFocusProxy(self.line)
        self.line.setMinimumWidth(self.line.fontMetrics().horizontalAdvance("30/09/2019") + 16)
        self._value: Any = None
        self._problem: str | None = None
        self.line.textChanged.connect(self._typed)
        self.line.editingFinished.connect(self._tidy)
        self._typed(self.line.text())

    # --- reading ----------------------------------------------------------------------

    def _parse(self, text: str) -> Any:
        raise NotImplementedError

    def _show(self, value: Any) -> str:
        raise NotImplementedError

    def _plain(self, value: Any) -> str:
        """How the field writes a value back (ISO for dates)."""
        raise NotImplementedError

    @Slot(str)
    def _typed(self, text: str) -> None:
        try:
            self._value, self._problem = self._parse(text), None
        except Unreadable as exc:
            self._value, self._problem = None, str(exc)
        self.error.setText(self._problem or "")
        self.error.setVisible(bool(self._problem))
        if self._problem:
            self.understood.setText("not a date" if isinstance(self, DateField)
                                    else "not a time")
            self.line.setStyleSheet("QLineEdit { border: 1px solid #b3261e; }")
        else:
            self.understood.setText(self._understood(text))
            self.line.setStyleSheet("")
        self.line.setAccessibleDescription(self._problem or self.understood.text())
        self.changed.emit()

    def _understood(self, text: str) -> str:
        return self._show(self._value) if self._value is not None else ""

    @Slot()
    def _tidy(self) -> None:
        # Leaving the field writes what was understood the one way the form writes it;
        # the line beside it already said which date that is.
        if self._value is not None and self._problem is None:
            plain = self._plain(self._value)
            if plain != self.line.text():
                self.line.setText(plain)

    # --- the interface ------------------------------------------------------------------

    def value(self) -> Any:
        """What the text names; None when empty or unreadable (see problem())."""
        return self._value

    def problem(self) -> str | None:
        return self._problem

    def text(self) -> str:
        return self.line.text()

    def set_value(self, value: Any) -> None:
        """Show a value (None: empty); a str is shown as typed (undo puts text back)."""
        if isinstance(value, str):
            text = value
        else:
            text = "" if value is None else self._plain(value)
        if text != self.line.text():
            self.line.setText(text)

    def set_read_only(self, read_only: bool) -> None:
        self.line.setReadOnly(read_only)


class DateField(TypedField):
    """A date; with `period` ("first" or "last", the search's Held from and to) a year
    (2003) or a month (2003-03) typed stands for its first or last day. `compact` puts
    what was understood under the text (a narrow column) rather than beside it."""

    def __init__(self, name: str, parent: QWidget | None = None, *,
                 day_first_order: bool | None = None, period: str | None = None,
                 compact: bool = False) -> None:
        self._day_first = day_first() if day_first_order is None else day_first_order
        self._period = period
        example = "13/11/2019" if self._day_first else "11/13/2019"
        hint = (f"2019-11-13, 13 Nov 2019, {example} or today" if period is None
                else "2019-11-13, 13 Nov 2019, 2019-11 or 2019")
        super().__init__(name, hint, parent)
        self.calendar_button = QToolButton(self)
        self.calendar_button.setText("▾")
        self.calendar_button.setToolTip(f"Choose the {name.lower()} on a calendar (Alt+Down)")
        self.calendar_button.setAccessibleName(f"{name}: calendar")
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes field to field
        self.calendar_button.clicked.connect(self.open_calendar)
        self.row.addWidget(self.calendar_button)
        if compact:
            box = self.layout()
            assert isinstance(box, QVBoxLayout)
            box.insertWidget(1, self.understood)
            self.line.setMinimumWidth(self.line.fontMetrics().horizontalAdvance("2019-11-13"))
        else:
            self.row.addWidget(self.understood)
            # Room for the longest day written out: the row never jumps as one types.
            width = self.understood.fontMetrics().horizontalAdvance("Wed 30 September 2019")
            self.understood.setMinimumWidth(width)
        self._calendar: QCalendarWidget | None = None
        self.line.installEventFilter(self)

    def _parse(self, text: str) -> date | None:
        period = getattr(self, "_period", None)
        if period is not None and (day := parse_period(text, end=period == "last")):
            return day
        return parse_date(text, day_first=getattr(self, "_day_first", True),
                          today=date.today())

    def _tidy(self) -> None:
        if self._period is not None and PERIOD.fullmatch(self.line.text().strip()):
            return  # a year or a month stays one: 2003 is not written 2003-01-01
        super()._tidy()

    def _show(self, value: date) -> str:
        return shown_date(value)

    def _plain(self, value: date) -> str:
        return value.isoformat()

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.calendar_button.setEnabled(not read_only)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.line and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            alt_down = (event.key() == Qt.Key.Key_Down
                        and event.modifiers() & Qt.KeyboardModifier.AltModifier)
            if (alt_down or event.key() == Qt.Key.Key_F4) and not self.line.isReadOnly():
                self.open_calendar()
                return True
        return super().eventFilter(watched, event)

    @Slot()
    def open_calendar(self) -> None:
        if self.line.isReadOnly():
            return
        if self._calendar is None:
            self._calendar = QCalendarWidget(self)
            self._calendar.setWindowFlags(Qt.WindowType.Popup)
            self._calendar.setGridVisible(True)
            self._calendar.setAccessibleName(f"{self.name}: calendar")
            self._calendar.activated.connect(self._picked)
            self._calendar.clicked.connect(self._picked)
        shown = self.value() or date.today()
        self._calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        self._calendar.adjustSize()
        self._calendar.move(self.line.mapToGlobal(self.line.rect().bottomLeft()))
        self._calendar.show()
        self._calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    @Slot(QDate)
    def _picked(self, value: QDate) -> None:
        assert self._calendar is not None
        self._calendar.hide()
        self.set_value(date(value.year(), value.month(), value.day()))
        self.line.setFocus(Qt.FocusReason.PopupFocusReason)

    def calendar(self) -> QCalendarWidget | None:
        return self._calendar


class TimeField(TypedField):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(name, "9:30, 0930 or 2 pm", parent)
        self.row.addWidget(self.understood)
        self.understood.setMinimumWidth(
            self.understood.fontMetrics().horizontalAdvance("not a time"))

    def _understood(self, text: str) -> str:
        # A time shown as typed needs no second copy; `2 pm` says what it became.
        value = self._value
        return "" if value is None or self._plain(value) == text.strip() else self._show(value)

    def _parse(self, text: str) -> time | None:
        return parse_time(text)

    def _show(self, value: time) -> str:
        return shown_time(value)

    def _plain(self, value: time) -> str:
        return shown_time(value)
