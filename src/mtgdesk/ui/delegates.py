"""Cell editors for the participants table: choice combos, plain text, and the name
field with its completer.

A combo editor commits on Enter, Tab or leaving the cell (never on each arrow press, so
one choice is one undo step). The name completer matches anywhere in the name or the
acronym ("UNDP" finds "United Nations Development Programme"); picking an entry from
its popup also sets the row's kind and fills the acronym, in one undo step.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from mtgdesk.domain.vocab import label

# (kind, name, acronym or None) or (kind, name, acronym, other spellings): one name the
# completer offers. The other spellings are matched but never inserted.
Suggestion = tuple[str, str, str | None] | tuple[str, str, str | None, tuple[str, ...]]

NAME_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
ACRONYM_ROLE = Qt.ItemDataRole.UserRole + 3
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 4

Index = QModelIndex | QPersistentModelIndex


def header_of(index: Index) -> str:
    value = index.model().headerData(index.column(), Qt.Orientation.Horizontal)
    return str(value or "")


class ChoiceDelegate(QStyledItemDelegate):
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


class TextDelegate(QStyledItemDelegate):
    """A one-line text editor named for its column (screen readers say what it is)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: Index) -> QWidget:
        edit = QLineEdit(parent)
        edit.setAccessibleName(header_of(index))
        edit.setFrame(False)
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
            item.setData(acronym, ACRONYM_ROLE)
            item.setData(" | ".join([name, acronym or "", *aliases]), SEARCH_ROLE)
            item.setData(label(kind), Qt.ItemDataRole.ToolTipRole)
            item.setEditable(False)
            self.names.appendRow(item)

    def suggestion_count(self) -> int:
        return self.names.rowCount()

    def pathFromIndex(self, index: Index) -> str:  # noqa: N802
        return str(index.data(NAME_ROLE) or "")


class NameDelegate(TextDelegate):
    """The Name cell: a line edit with the shared name completer."""

    def __init__(self, completer: NameCompleter, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.completer = completer
        # editor -> (name, kind, acronym) picked from the popup while it was open
        self._picked: dict[int, tuple[str, str, str | None]] = {}

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: Index) -> QWidget:
        edit = super().createEditor(parent, option, index)
        assert isinstance(edit, QLineEdit)
        # A QCompleter serves one line edit at a time; the open editor takes it.
        edit.setCompleter(self.completer)
        key = id(edit)

        def picked(idx: QModelIndex) -> None:
            self._picked[key] = (str(idx.data(NAME_ROLE)), str(idx.data(KIND_ROLE)),
                                 idx.data(ACRONYM_ROLE) or None)

        self.completer.activated[QModelIndex].connect(picked)
        edit.destroyed.connect(lambda *_: self._forget(key, picked))
        return edit

    def _forget(self, key: int, slot: Any) -> None:
        self._picked.pop(key, None)
        try:
            self.completer.activated[QModelIndex].disconnect(slot)
        except (RuntimeError, TypeError):  # already gone with the completer
            pass

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802
                     index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        name = editor.text()
        picked = self._picked.get(id(editor))
        set_name = getattr(model, "set_name", None)
        if picked and picked[0] == name and set_name is not None:
            set_name(index.row(), name, kind=picked[1], acronym=picked[2])
        else:
            model.setData(index, name, Qt.ItemDataRole.EditRole)
