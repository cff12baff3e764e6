"""A read-only tree of the participants grouped by kind, with a count per group.

It follows the participants table model: any change there rebuilds the tree (a meeting
has tens of participants, not thousands, so a rebuild is cheaper than being clever).
Child items carry their row in the table model (SOURCE_ROW_ROLE) so the editor can jump
back to the row.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt

from mtgdesk.domain.records import ParticipantRecord
from mtgdesk.domain.vocab import ParticipantKind, label
from mtgdesk.ui.editor.participant_model import ParticipantTableModel

GROUPS: tuple[tuple[str, str], ...] = (
    (ParticipantKind.COUNTRY.value, "Countries"),
    (ParticipantKind.ORGANIZATION.value, "International organizations"),
    (ParticipantKind.AGENCY.value, "Host government agencies"),
    (ParticipantKind.PERSON.value, "Persons"),
)
HEADERS = ("Participant", "Role", "Attendance")
SOURCE_ROW_ROLE = Qt.ItemDataRole.UserRole + 10
GROUP_KIND_ROLE = Qt.ItemDataRole.UserRole + 11

Index = QModelIndex | QPersistentModelIndex


def shown_name(p: ParticipantRecord) -> str:
    if not p.name.strip():
        return "(no name yet)"
    if p.kind == ParticipantKind.PERSON:
        name = " ".join(x for x in (p.honorific, p.name) if x)
        return f"{name}, {p.post}" if p.post else name
    return f"{p.name} ({p.acronym})" if p.acronym else p.name


class ParticipantGroupModel(QAbstractItemModel):
    def __init__(self, source: ParticipantTableModel, parent: Any = None) -> None:
        super().__init__(parent)
        self._source = source
        self._groups: list[list[tuple[int, ParticipantRecord]]] = []
        self._build()
        for sig in (source.modelReset, source.rowsInserted, source.rowsRemoved,
                    source.dataChanged, source.layoutChanged):
            sig.connect(self._rebuild)

    def _build(self) -> None:
        by_kind: dict[str, list[tuple[int, ParticipantRecord]]] = {k: [] for k, _ in GROUPS}
        for row in range(self._source.rowCount()):
            rec = self._source.record(row)
            by_kind.setdefault(rec.kind, []).append((row, rec))
        self._groups = [by_kind[k] for k, _ in GROUPS]

    def _rebuild(self, *_: Any) -> None:
        self.beginResetModel()
        self._build()
        self.endResetModel()

    def group_count(self, kind: str) -> int:
        return len(self._groups[[k for k, _ in GROUPS].index(kind)])

    # Internal ids: 0 for a group row, group number + 1 for a participant under it.
    def index(self, row: int, column: int,
              parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        if parent.internalId() == 0:
            return self.createIndex(row, column, parent.row() + 1)
        return QModelIndex()

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        if not parent.isValid():
            return len(GROUPS)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._groups[parent.row()])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(HEADERS)):
            return HEADERS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            kind, title = GROUPS[index.row()]
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return f"{title} ({len(self._groups[index.row()])})" \
                    if index.column() == 0 else None
            if role == GROUP_KIND_ROLE:
                return kind
            return None
        row, rec = self._groups[index.internalId() - 1][index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return (shown_name(rec), label(rec.role), label(rec.attendance))[index.column()]
        if role == SOURCE_ROW_ROLE:
            return row
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
