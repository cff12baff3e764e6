"""The review queue and the evidence table of File > Import Release... (Qt models).

QueueItem is one release read in this session; ReviewQueueModel lists them with where
each review stands; EvidenceModel shows what the parser found in the one on screen:
field, proposed value, the words it came from and a confidence, low ones marked.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from mtgdesk.domain.vocab import label
from mtgdesk.ui.dialogs import plain_tip

if TYPE_CHECKING:
    from mtgdesk.releases import Proposal

Index = QModelIndex | QPersistentModelIndex
LOW_CONFIDENCE = 0.7
LOW_CONFIDENCE_COLOUR = QColor("#b35900")


@dataclass
class QueueItem:
    name: str
    proposal: Proposal | None
    error: str = ""
    saved_id: int | None = None
    skipped: bool = False

    @property
    def state(self) -> str:
        if self.error:
            return "cannot be read"
        if self.saved_id is not None:
            return f"saved as meeting {self.saved_id}"
        return "skipped" if self.skipped else "to review"

    @property
    def open(self) -> bool:
        return self.proposal is not None and self.saved_id is None and not self.skipped


class ReviewQueueModel(QAbstractListModel):
    """The releases read in this session, each with where its review stands."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.items: list[QueueItem] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{item.name} — {item.state}"
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = item.error or (item.proposal.summary() if item.proposal else None)
            return plain_tip(tip) if tip else None
        return None

    def add(self, items: list[QueueItem]) -> None:
        if not items:
            return
        first = len(self.items)
        self.beginInsertRows(QModelIndex(), first, first + len(items) - 1)
        self.items.extend(items)
        self.endInsertRows()

    def changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row), self.index(row))

    def next_open(self, after: int) -> int | None:
        order = list(range(after + 1, len(self.items))) + list(range(0, after + 1))
        return next((r for r in order if self.items[r].open), None)


def _value(proposal: Proposal, path: str) -> str:
    record = proposal.record
    if path.startswith("participants["):
        i = int(path[path.index("[") + 1:path.index("]")])
        if i < len(record.participants):
            p = record.participants[i]
            role = "" if p.role == "participant" else f", {label(p.role).lower()}"
            acronym = f" ({p.acronym})" if p.acronym else ""
            return f"{label(p.kind)}: {p.name}{acronym}{role}"
        return ""
    if path.startswith("paragraphs["):
        i = int(path[path.index("[") + 1:path.index("]")])
        text = record.paragraphs[i].text if i < len(record.paragraphs) else ""
        return text if len(text) < 70 else text[:67] + "…"
    value = getattr(record, path, None)
    return "" if value is None else str(value)


class HeadedTableModel(QAbstractTableModel):
    """A table whose columns are its HEADERS, named in the horizontal header."""

    HEADERS: tuple[str, ...] = ()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self.HEADERS)):
            return self.HEADERS[section]
        return None


class EvidenceModel(HeadedTableModel):
    """What was found: field, value, the words it came from, and a confidence."""

    HEADERS = ("Field", "Proposed value", "From the words", "Confidence")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.proposal: Proposal | None = None

    def set_proposal(self, proposal: Proposal | None) -> None:
        self.beginResetModel()
        self.proposal = proposal
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        if parent.isValid() or self.proposal is None:
            return 0
        return len(self.proposal.evidence)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if self.proposal is None or not index.isValid() \
                or not 0 <= index.row() < len(self.proposal.evidence):
            return None
        ev = self.proposal.evidence[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            words = " ".join(self.proposal.text[ev.start:ev.end].split())
            return (ev.path, _value(self.proposal, ev.path),
                    words if len(words) < 80 else words[:77] + "…",
                    f"{round(ev.confidence * 100)}%")[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            doubts = self.proposal.doubts_for(ev.path)
            return plain_tip("\n".join([ev.note, *doubts])) or None
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 3 \
                and ev.confidence < LOW_CONFIDENCE:
            return LOW_CONFIDENCE_COLOUR
        return None

    def words_span(self, row: int) -> tuple[int, int] | None:
        if self.proposal is None or not 0 <= row < len(self.proposal.evidence):
            return None
        ev = self.proposal.evidence[row]
        return ev.start, ev.end
