"""Cell editors for the participants table: choice combos, plain text, and the name
field with its completer.

A combo editor commits on Enter, Tab or leaving the cell (never on each arrow press, so
one choice is one undo step). The name completer matches anywhere in the name or the
acronym ("UNDP" finds "United Nations Development Programme"); picking an entry from
its popup also sets the row's kind and fills the acronym, in one undo step.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, cast

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Slot,
)
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QComboBox,
    QCompleter,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from mtgdesk.domain.vocab import ParticipantKind, label

PERSON = ParticipantKind.PERSON.value

# (kind, name, acronym or None) or (kind, name, acronym, other spellings): one name the
# completer offers. The other spellings are matched but never inserted.
Suggestion = tuple[str, str, str | None] | tuple[str, str, str | None, tuple[str, ...]]

NAME_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
ACRONYM_ROLE = Qt.ItemDataRole.UserRole + 3
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 4

Index = QModelIndex | QPersistentModelIndex
FINISHED = "mtgdeskFinished"  # a Qt property set on an editor once it is committed


def header_of(index: Index) -> str:
    value = index.model().headerData(index.column(), Qt.Orientation.Horizontal)
    return str(value or "")


class _Delegate(QStyledItemDelegate):
    """Return and Enter commit at once (Qt's own delegate commits on the next turn of the
    event loop, which races with whatever the clerk does next)."""

    def finish(self, editor: QWidget) -> None:
        if editor.property(FINISHED):  # committed once: Return and the popup both call
            return
        editor.setProperty(FINISHED, True)
        completer = editor.completer() if isinstance(editor, QLineEdit) else None
        popup = completer.popup() if completer is not None else None
        if popup is not None:
            popup.hide()
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.SubmitModelCache)

    @Slot()
    def _return_pressed(self) -> None:
        # Return that a completer popup forwards to the line edit, past our filter.
        editor = self.sender()
        if isinstance(editor, QWidget):
            self.finish(editor)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (isinstance(watched, QWidget) and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self.finish(watched)
            return True
        return super().eventFilter(watched, event)


class ChoiceDelegate(_Delegate):
    """A combo of closed-vocabulary values shown by their labels (vocab.label)."""

    def __init__(self, values: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._values = tuple(values)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: Index) -> QWidget:
        combo = QComboBox(parent)
        for value in self._values:
            combo.addItem(label(value), value)
        combo.setAccessibleName(header_of(index))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        found = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(found, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802
                     index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class TextDelegate(_Delegate):
    """A one-line text editor named for its column (screen readers say what it is)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: Index) -> QWidget:
        edit = QLineEdit(parent)
        edit.setAccessibleName(header_of(index))
        edit.setFrame(False)
        edit.returnPressed.connect(self._return_pressed)
        return edit

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QLineEdit)
        editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802
                     index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)


class NameCompleter(QCompleter):
    """Completes on name or acronym, anywhere in the text, and inserts the bare name."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.names = QStandardItemModel(self)
        self.setModel(self.names)
        self.setCompletionRole(SEARCH_ROLE)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setMaxVisibleItems(12)
        self.prefer_kind: str | None = None  # the open row's kind, among equals

    def set_suggestions(self, suggestions: Iterable[Suggestion]) -> None:
        self.names.clear()
        seen: set[str] = set()
        for suggestion in suggestions:
            kind, name, acronym = suggestion[:3]
            aliases = suggestion[3] if len(suggestion) > 3 else ()  # type: ignore[misc]
            if not name or name in seen:
                continue
            seen.add(name)
            acronym = acronym or None
            shown = f"{name} ({acronym})" if acronym else name
            item = QStandardItem(shown)
            item.setData(name, NAME_ROLE)
            item.setData(kind, KIND_ROLE)
            item.setData(acronym or "", ACRONYM_ROLE)
            item.setData(" | ".join([name, acronym or "", *aliases]), SEARCH_ROLE)
            item.setData(label(kind), Qt.ItemDataRole.ToolTipRole)
            item.setEditable(False)
            self.names.appendRow(item)

    def suggestion_count(self) -> int:
        return self.names.rowCount()

    def best(self, text: str, kind: str | None = None,
             prefer: str | None = None) -> tuple[str, str, str | None] | None:
        """The one entry typed text stands for, or None: a name, acronym or other
        spelling typed in full; else the only entry that starts with it; else the
        only entry that contains it ("Indo" is Indonesia). Never a guess between two."""
        typed = text.strip().casefold()
        if not typed:
            return None
        exact, starts, contains = [], [], []
        for row in range(self.names.rowCount()):
            item = self.names.item(row)
            spellings = [s.casefold() for s in str(item.data(SEARCH_ROLE)).split(" | ") if s]
            entry = (str(item.data(NAME_ROLE)), str(item.data(KIND_ROLE)),
                     item.data(ACRONYM_ROLE) or None)
            if kind is not None and entry[1] != kind:
                continue
            if typed in spellings:
                exact.append(entry)
            elif any(s.startswith(typed) for s in spellings):
                starts.append(entry)
            elif any(typed in s for s in spellings):
                contains.append(entry)
        for found in (exact, starts, contains):
            if not found:
                continue
            if len({e[0] for e in found}) > 1 and prefer is not None:
                # "Japa" in a country's row: Japan, not the Japan International
                # Cooperation Agency, when it is the only one of that kind.
                found = [e for e in found if e[1] == prefer]
            return found[0] if len({e[0] for e in found}) == 1 else None
        return None

    def highlight_best(self) -> None:
        """Highlight in the open popup the entry Enter would take (best()), without
        writing it into the line edit while the clerk is still typing."""
        popup = self.popup()
        best = self.best(self.completionPrefix(), prefer=self.prefer_kind)
        if best is None or popup is None:
            return
        model = popup.model()
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            if index.data(NAME_ROLE) == best[0]:
                selection = popup.selectionModel()
                selection.blockSignals(True)
                try:
                    popup.setCurrentIndex(index)
                finally:
                    selection.blockSignals(False)
                popup.viewport().update()
                return

    def pathFromIndex(self, index: Index) -> str:  # noqa: N802
        return str(index.data(NAME_ROLE) or "")


class NameDelegate(TextDelegate):
    """The Name cell: a line edit with the shared name completer."""

    def __init__(self, completer: NameCompleter, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.completer = completer
        # (editor, (name, kind, acronym)) picked from the popup of the open editor
        self._picked: tuple[QWidget, tuple[str, str, str | None]] | None = None
        # Return on a highlighted entry commits before QCompleter says "activated", so
        # the highlighted entry counts as picked when the cell ends with its name.
        # QCompleter's signals are overloaded (str, QModelIndex): pick the index one.
        # (PySide6's stubs do not know a signal can be indexed by its argument type.)
        cast(Any, completer.highlighted)[QModelIndex].connect(self._remember_pick)
        cast(Any, completer.activated)[QModelIndex].connect(self._remember_pick)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: Index) -> QWidget:
        edit = super().createEditor(parent, option, index)
        assert isinstance(edit, QLineEdit)
        # A QCompleter serves one line edit at a time; the open editor takes it.
        edit.setCompleter(self.completer)
        self._picked = None
        record = getattr(index.model(), "record", None)
        self.completer.prefer_kind = record(index.row()).kind if record is not None else None
        # After the completer has filtered for the new text (it does so on the key press,
        # past this signal), highlight the entry Enter takes.
        edit.textEdited.connect(lambda _t: QTimer.singleShot(0, self._highlight))
        return edit

    @Slot()
    def _highlight(self) -> None:
        popup = self.completer.popup()
        if self.completer.widget() is not None and popup is not None and popup.isVisible():
            self.completer.highlight_best()

    @Slot(QModelIndex)
    def _remember_pick(self, index: QModelIndex) -> None:
        editor = self.completer.widget()
        if editor is not None and index.isValid():
            self._picked = (editor, (str(index.data(NAME_ROLE)), str(index.data(KIND_ROLE)),
                                     index.data(ACRONYM_ROLE) or None))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802
                     index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        name = editor.text()
        picked = self._picked[1] if self._picked and self._picked[0] is editor else None
        set_name = getattr(model, "set_name", None)
        if not (picked and picked[0] == name):
            # Enter without Down: the entry the typed text stands for, if only one. A
            # person's row looks among people only: "Indo" typed there is a name.
            record = getattr(model, "record", None)
            kind = record(index.row()).kind if record is not None else None
            picked = self.completer.best(name, kind if kind == PERSON else None, prefer=kind)
        if picked and set_name is not None:
            set_name(index.row(), picked[0], kind=picked[1], acronym=picked[2])
        else:
            model.setData(index, name, Qt.ItemDataRole.EditRole)
