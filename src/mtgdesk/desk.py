"""The desk: the one Qt-free object the command line and the window hold. It owns the
engine, the settings and the author, and offers every use case by delegating to
mtgdesk.services; nothing that holds a Desk needs to know SQLAlchemy. The report writers
and the release parser are imported when first used (a listing does not pay for them).
Each write returns what it changed (`Changes`, or a result that carries one), so a
view can decide from it what to refresh.

    with Desk.open("meetings.sqlite3") as desk:
        changes = desk.save(record)
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from types import ModuleType, TracebackType
from typing import TYPE_CHECKING

from mtgdesk.domain.changes import Changes
from mtgdesk.domain.errors import ServerAway, UserError
from mtgdesk.domain.progress import Progress
from mtgdesk.domain.records import MeetingRecord
from mtgdesk.domain.summary import MeetingSummary
from mtgdesk.services import (
    backup,
    drafts,
    facets,
    history,
    interchange,
    journal,
    meetings,
    search,
    trash,
)
from mtgdesk.services.drafts import DraftInfo
from mtgdesk.services.history import HistoryEntry, describe
from mtgdesk.services.interchange import ImportResult
from mtgdesk.services.search import SavedSearch, SearchResult
from mtgdesk.settings import Settings, load_settings
from mtgdesk.store.database import (
    grant_role,
    init_roles,
    open_database,
    reachable,
    resolve_url,
    server_login,
    server_role,
    sqlite_path,
)
from mtgdesk.store.search import Hit

if TYPE_CHECKING:
    from mtgdesk.domain.query import Filters
    from mtgdesk.releases import Proposal
    from mtgdesk.releases.corrections import Correction
    from mtgdesk.reports.model import Report
    from mtgdesk.reports.render import PdfWriter
    from mtgdesk.services.release_import import FileResult
    from mtgdesk.store.listen import JournalListener
    from mtgdesk.store.session import Engine


__all__ = ["Changes", "Desk", "DraftInfo", "HistoryEntry", "Hit", "ImportResult",
           "SavedSearch", "SearchResult", "describe"]


class Desk:
    """One open database, with the settings and the author its writes are made by."""

    def __init__(self, engine: Engine, *, settings: Settings | None = None) -> None:
        self._engine = engine
        self.settings = settings or load_settings()
        self._login: str | None = None  # the server's name for the clerk, when asked
        self._role: str | None = None

    @classmethod
    def open(cls, db: str | os.PathLike[str] | None = None, *,
             settings: Settings | None = None, away_ok: bool = False) -> Desk:
        """Open (create, or upgrade after a copy) the database file or URL `db`;
        None: $MTGDESK_DB's or the default one. `away_ok`: an office server that cannot
        be reached gives a desk all the same (`started_away`; the window then works on
        this computer until it answers, and `check_schema` is called then)."""
        try:
            return cls(open_database(db), settings=settings)
        except ServerAway:
            if not away_ok:
                raise
        desk = cls(open_database(db, migrate=False), settings=settings)
        desk.started_away = True
        return desk

    started_away = False

    def check_schema(self) -> None:
        """A desk that `started_away`: the server answers now; its schema is checked
        (and brought up to date if this login may) as at any open."""
        if self.started_away:
            from mtgdesk.store.database import upgrade_schema

            upgrade_schema(self._engine)
            self.started_away = False

    @property
    def author(self) -> str:
        """Who the history says made this desk's changes: the name set in the settings,
        else the office server's login, else the OS user name."""
        if self.on_server and not self.settings.user_name.strip():
            if self._login is None:
                self._login = server_login(self._engine) or ""
            if self._login:
                return self._login
        return self.settings.author

    @property
    def on_server(self) -> bool:
        """Whether this desk works on an office server (not a file of its own)."""
        return self._engine.url.get_backend_name() == "postgresql"

    @property
    def location(self) -> str:
        """The database file, or its URL with any password hidden (About, messages)."""
        url = self._engine.url
        if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
            return url.database
        return url.render_as_string(hide_password=True)

    @property
    def read_only(self) -> str | None:
        """Why this database is open read-only (a read-only mount, no write access, a
        full disk); None when it can be written."""
        from mtgdesk.store.read_only import read_only_reason

        return read_only_reason(self._engine)

    def close(self) -> None:
        from mtgdesk.services import indexing
        from mtgdesk.store import dialect

        indexing.forget(self._engine)  # its files unmapped now, not when collected
        dialect.settle(self._engine)  # a write a reader held in the -wal: into the file
        self._engine.dispose()

    @staticmethod
    def left_in_wal() -> list[str]:
        """Databases this program wrote whose last write is still only in their -wal
        (another program kept reading): safe only while that file is kept."""
        from mtgdesk.store import dialect

        return dialect.left_in_wal()

    def __enter__(self) -> Desk:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    # --- reading meetings ----------------------------------------------------------

    # On an office server that is away, these three answer from the clerk's local
    # search index (services.offline): the window's list shows what it holds.

    def count(self) -> int:
        try:
            return meetings.count_meetings(self._engine)
        except ServerAway as away:
            return self._offline(away).count(self._engine, away)

    def list_meetings(self, *, limit: int | None = None, offset: int = 0, order: str = "held_on",
             descending: bool = True) -> list[MeetingSummary]:
        try:
            return meetings.list_meetings(self._engine, limit=limit, offset=offset,
                                          order=order, descending=descending)
        except ServerAway as away:
            return self._offline(away).listing(self._engine, away, limit=limit,
                                               offset=offset, descending=descending)

    def summaries(self, ids: Sequence[int]) -> dict[int, MeetingSummary]:
        try:
            return meetings.summaries(self._engine, list(ids))
        except ServerAway as away:
            return self._offline(away).summaries(self._engine, away, ids)

    @staticmethod
    def _offline(away: ServerAway) -> ModuleType:
        from mtgdesk.services import offline

        return offline

    def get(self, meeting_id: int) -> MeetingRecord:
        return meetings.get_meeting(self._engine, meeting_id)

    def get_many(self, ids: Sequence[int]) -> list[MeetingRecord]:
        return meetings.get_meetings(self._engine, list(ids))

    def history(self, meeting_id: int) -> list[HistoryEntry]:
        """The meeting's history, oldest first (kept after it is deleted for good)."""
        return history.history(self._engine, meeting_id)

    def journal(self, since: int = 0, *, limit: int | None = None) -> list[journal.Entry]:
        """Change journal entries after sequence number `since`, oldest first."""
        return journal.since(self._engine, since, limit=limit)

    def follow(self, seq: int | None) -> tuple[int, Changes]:
        """What other programs (other clerks on a server) wrote after journal entry
        `seq`, already in the search index: (the last entry's number, the Changes).
        None: at start, the index is caught up and nothing is said to have changed."""
        return journal.follow(self._engine, seq)

    def listen_journal(self) -> JournalListener | None:
        """On an office server, a connection of its own told at once when any clerk's
        write commits (LISTEN/NOTIFY): `wait(timeout_s)` says whether the journal grew
        (then `follow`). None for a file. ServerAway when the server is away."""
        if not self.on_server:
            return None
        from mtgdesk.store.listen import JournalListener

        return JournalListener(self._engine)

    def trash(self) -> list[trash.TrashItem]:
        return trash.list_trash(self._engine)

    def known_participant_names(self) -> list[tuple[str, str, str | None]]:
        """(kind, name, acronym) of every participant recorded, for completers."""
        return meetings.known_participant_names(self._engine)

    # --- drafts: the editor's unsaved edits, kept against a crash -------------------

    @staticmethod
    def new_draft_key() -> str:
        return drafts.new_key()

    def save_draft(self, key: str, record: MeetingRecord, *, here: bool = False) -> bool:
        """Keep the editor's content under `key`; True when the database has it, False
        when the office server is away and it was kept on this machine instead
        (services.local_drafts; `send_local_drafts` takes it to the server later).
        `here`: on this machine at once (the server is known to be away: no clerk
        waits for libpq to give up on it at every keystroke)."""
        if not self.on_server:
            drafts.save_draft(self._engine, key, record, owner=self.author)
            return True
        from mtgdesk.services import local_drafts

        if here:
            local_drafts.keep(self._engine, key, record)
            return False
        try:  # the author too: asking the server for the login may find it away
            drafts.save_draft(self._engine, key, record, owner=self.author)
        except ServerAway:
            local_drafts.keep(self._engine, key, record)
            return False
        local_drafts.remove(self._engine, key)  # the server's is the newer now
        return True

    def discard_draft(self, key: str) -> None:
        if self.on_server:
            from mtgdesk.services import local_drafts

            local_drafts.remove(self._engine, key)
        drafts.discard_draft(self._engine, key, owner=self.author)

    def local_drafts(self) -> list[DraftInfo]:
        """Drafts kept on this machine while the office server was away, oldest first."""
        if not self.on_server:
            return []
        from mtgdesk.services import local_drafts

        return local_drafts.list_kept(self._engine)

    def send_local_drafts(self) -> int:
        """The drafts kept on this machine become this clerk's drafts on the server;
        returns how many (ServerAway: it is away again, the rest stay here)."""
        if not self.on_server:
            return 0
        from mtgdesk.services import local_drafts

        return local_drafts.send(self._engine, owner=self.author)

    @property
    def server_address(self) -> str:
        """HOST:PORT of the office server (messages, the window's banner)."""
        from mtgdesk.store.dialect import server_address

        return server_address(self._engine.url)

    def reachable(self) -> bool:
        """Whether the database answers now (an office server may be away)."""
        return reachable(self._engine)

    def drafts(self) -> list[DraftInfo]:
        """This clerk's kept drafts (on a server, others keep theirs), oldest first."""
        return drafts.list_drafts(self._engine, owner=self.author)

    # --- writing meetings: each returns what it changed ----------------------------

    def save(self, record: MeetingRecord, *, force: bool = False) -> Changes:
        """Store a record (a new meeting when it has no id); Changes.warnings holds what
        the clerk should look at. See services.meetings.save_meeting for refusals."""
        return meetings.save_meeting(self._engine, record, force=force,
                                     author=self.author).changes

    def save_as_copy(self, record: MeetingRecord) -> Changes:
        return meetings.save_as_copy(self._engine, record, author=self.author).changes

    def finalise(self, meeting_id: int, *, expected_version: int | None = None) -> Changes:
        return meetings.finalise_meeting(self._engine, meeting_id,
                                         expected_version=expected_version,
                                         author=self.author).changes

    def amend(self, record: MeetingRecord, reason: str) -> Changes:
        return meetings.amend_meeting(self._engine, record, reason, author=self.author).changes

    def delete(self, ids: Sequence[int], *, progress: Progress | None = None,
               reason: str | None = None) -> Changes:
        """Move meetings to the Trash, all in one transaction; the reason, when given,
        goes in their history (the window asks one for a final meeting)."""
        return trash.trash_many(self._engine, ids, author=self.author, progress=progress,
                                reason=reason)

    def restore(self, ids: Sequence[int], *, progress: Progress | None = None) -> Changes:
        """Take meetings out of the Trash, all in one transaction."""
        return trash.restore_many(self._engine, ids, author=self.author, progress=progress)

    def empty_trash(self, ids: Sequence[int] | None = None, *,
                    progress: Progress | None = None) -> Changes:
        return trash.empty(self._engine, ids, author=self.author, progress=progress)

    # --- interchange and releases --------------------------------------------------

    def import_files(self, paths: Sequence[str | Path], *, update: bool = False,
                     progress: Progress | None = None) -> ImportResult:
        """Interchange files, all or nothing; per file, what was new, updated, present."""
        return interchange.import_files(self._engine, paths, update=update,
                                        progress=progress, author=self.author)

    def import_releases(self, paths: Sequence[str | Path], *,
                        progress: Progress | None = None) -> list[FileResult]:
        """Releases (.txt, .html, .docx, .pdf) stored as drafts; per file, what happened."""
        from mtgdesk.services import release_import

        return release_import.import_releases(self._engine, paths, progress=progress,
                                              author=self.author)

    @staticmethod
    def release_files(folder: str | Path) -> list[Path]:
        """The release files (.txt, .html, .docx) in a folder and its subfolders."""
        from mtgdesk.services.release_import import release_files

        return release_files(folder)

    @staticmethod
    def is_release(path: str | Path) -> bool:
        from mtgdesk.services.release_import import is_release

        return is_release(path)

    @staticmethod
    def propose(path: str | Path) -> Proposal:
        """The record a release proposes; nothing is stored."""
        from mtgdesk.releases import parse_file

        return parse_file(path)

    def propose_releases(self, paths: Sequence[str | Path], *,
                         progress: Progress | None = None) -> list[FileResult]:
        """What each file proposes, for review, with the clerk's remembered corrections
        applied; nothing is stored. A file that cannot be read, or is not a release,
        says why (FileResult.problems)."""
        from mtgdesk.services.release_import import propose

        return propose(paths, progress=progress, corrections=self.release_aliases())

    def propose_text(self, text: str) -> Proposal:
        """What a pasted release proposes, with the remembered corrections applied."""
        from mtgdesk.releases import parse_paste
        from mtgdesk.releases.corrections import apply

        return apply(parse_paste(text), self.release_aliases())

    def save_reviewed_release(self, record: MeetingRecord) -> Changes:
        """Store a reviewed proposal as a new draft meeting (ValidationFailed: what to
        put right first)."""
        from mtgdesk.services.release_import import save_reviewed

        return save_reviewed(self._engine, record, author=self.author).changes

    def remember_corrections(self, proposal: Proposal, record: MeetingRecord
                             ) -> list[Correction]:
        """Keep the corrections the reviewed `record` makes to the participants the
        release `proposal`ed, for the releases read later; returns those kept."""
        from mtgdesk.services import release_aliases

        return release_aliases.remember(self._engine, proposal, record.participants,
                                        author=self.author)

    def release_aliases(self) -> list[Correction]:
        """The corrections kept from import reviews (File > Release Corrections…)."""
        from mtgdesk.services import release_aliases

        return release_aliases.aliases(self._engine)

    def remove_release_alias(self, alias_id: int) -> None:
        from mtgdesk.services import release_aliases

        release_aliases.remove(self._engine, alias_id)

    def restore_release_alias(self, correction: Correction) -> int:
        """Keep a removed correction again (its Undo); returns its new number."""
        from mtgdesk.services import release_aliases

        return release_aliases.restore(self._engine, correction, author=self.author)

    def export_text(self, ids: Sequence[int] | None = None) -> str:
        return interchange.export_text(self._engine, ids)

    def export_file(self, dest: str | Path, ids: Sequence[int] | None = None) -> int:
        """Write an interchange file (atomically); returns how many meetings."""
        return interchange.write_export(self._engine, dest, ids)

    # --- search --------------------------------------------------------------------

    def search(self, query: str, filters: Filters | None = None, *,
               order: str = "relevance", limit: int = 50, offset: int = 0) -> search.SearchResult:
        return search.search(self._engine, query, filters, order=order, limit=limit,
                             offset=offset)

    def prepare_search(self) -> None:
        """The search index opened and caught up now, not by the first search."""
        search.prepare(self._engine)

    def matching_ids(self, query: str, filters: Filters | None = None, *,
                     order: str = "relevance") -> list[int]:
        """Every meeting the query finds, in order (the window's list shows them)."""
        return search.matching_ids(self._engine, query, filters, order=order)

    def facets(self, query: str, filters: Filters | None = None, *, size: int = 10
               ) -> facets.Facets:
        """How many matches fall in each year, series, chair, participant, kind."""
        return facets.facets(self._engine, query, filters, size=size)

    def series_names(self) -> list[str]:
        return search.series_names(self._engine)

    def saved_searches(self) -> list[SavedSearch]:
        return search.saved_searches(self._engine)

    def save_search(self, name: str, query: str, filters: Filters | None = None) -> None:
        search.save_search(self._engine, name, query, filters)

    def delete_saved_search(self, search_id: int) -> None:
        search.delete_saved_search(self._engine, search_id)

    def reindex(self, progress: Progress | None = None) -> int:
        """Build the search index afresh from the stored meetings (it replaces the old
        one when complete); returns how many meetings it holds."""
        return search.reindex(self._engine, progress)

    # --- reports -------------------------------------------------------------------

    def write_report(self, meeting_id: int, template: str, fmt: str, dest: str | Path, *,
                     pdf: PdfWriter | None = None) -> Path:
        """A PDF is made by `pdf`, the page painter the caller has (mtgdesk.printing)."""
        from mtgdesk.services import reports

        return reports.render_report(self._engine, meeting_id, template, fmt, dest,
                                     settings=self.settings, pdf=pdf)

    def write_index(self, fmt: str, dest: str | Path, *, ids: Sequence[int] | None = None,
                    date_from: date | None = None, date_to: date | None = None,
                    pdf: PdfWriter | None = None) -> Path:
        from mtgdesk.services import reports

        return reports.render_index(self._engine, fmt, dest, ids=ids, date_from=date_from,
                                    date_to=date_to, settings=self.settings, pdf=pdf)

    @staticmethod
    def save_report(report: Report, fmt: str, dest: str | Path, *,
                    pdf: PdfWriter | None = None) -> Path:
        """A report already made (as the window shows it), written whole or not at all."""
        from mtgdesk.services import reports

        return reports.write_report(report, fmt, dest, pdf=pdf)

    @staticmethod
    def wait_behind_writers(ms: int) -> None:
        """How long a write waits for another program's write to finish before giving up
        (a batch job waits long; the window tells the clerk sooner)."""
        from mtgdesk.store import dialect

        dialect.BUSY_TIMEOUT_MS = ms

    def index_report(self, ids: Sequence[int], *, settings: Settings | None = None) -> Report:
        """The index (one line a meeting) of these meetings, for printing or export;
        `settings`: the letterhead as it is now (the window's may have changed)."""
        from mtgdesk.services import reports

        return reports.index_report(self._engine, ids=ids,
                                    settings=settings or self.settings)

    # --- the office server -----------------------------------------------------------

    @property
    def role(self) -> str | None:
        """What the server lets this clerk do: 'reader', 'clerk', 'approver', or 'owner'
        (everything); None for a file of one's own (everything)."""
        if not self.on_server:
            return None
        if self._role is None:
            self._role = server_role(self._engine)
        return self._role

    @staticmethod
    def names_server(db: str | os.PathLike[str]) -> bool:
        """Whether `db` (a --db value) is an office server's URL, not a file."""
        return sqlite_path(resolve_url(db)) is None and not os.fspath(db).lower(
        ).startswith("sqlite")

    @staticmethod
    def init_server(url: str) -> None:
        """Schema, roles and grants on the office server `url` (as its owner)."""
        engine = open_database(url)
        try:
            init_roles(engine)
        finally:
            engine.dispose()

    @staticmethod
    def grant_role(url: str, login: str, role: str) -> None:
        engine = open_database(url)
        try:
            grant_role(engine, login, role)
        finally:
            engine.dispose()

    # --- backup and restore --------------------------------------------------------

    @staticmethod
    def backups_dir() -> Path:
        return backup.backups_dir()

    def auto_backup(self) -> Path | None:
        """A rotating backup unless one was taken in the last day; returns it, if made
        (how many are kept is read from the settings as they are now). None on an
        office server: the office's IT backs the server up (docs/office.md)."""
        if self.on_server:
            return None
        return backup.auto_backup(self._engine)

    def database_file(self) -> Path:
        return backup.database_file(self._engine)

    def backup(self, dest: str | Path, *, progress: Progress | None = None) -> Path:
        """A consistent copy of the database at `dest` (a file, or a folder to put it in);
        of an office server, a new SQLite file from one snapshot of it."""
        if self.on_server:
            from mtgdesk.services import transfer

            return transfer.backup_to_file(self._engine, dest, progress=progress)[0]
        return backup.backup(self._engine, dest)

    @staticmethod
    def restore_server(url: str, src: str | Path, *, progress: Progress | None = None
                       ) -> int:
        """Load the backup file `src` into the empty office server `url` (the server
        lets an approver only); returns how many meetings."""
        from mtgdesk.services import transfer

        return transfer.restore_into_server(url, src, progress=progress)

    def restore_into_server(self, src: str | Path, *, progress: Progress | None = None
                            ) -> int:
        """restore_server on this desk's own server (the window's Restore from Backup)."""
        from mtgdesk.services import indexing, transfer

        restored = transfer.restore_into(self._engine, src, progress=progress)
        indexing.forget(self._engine)  # rebuilt for the restored archive at next use
        return restored

    @staticmethod
    def copy_database(source: str, dest: str, *, progress: Progress | None = None) -> int:
        """Every meeting with its history from `source` into `dest`, a new file or an
        empty server, all or nothing; returns how many meetings."""
        from mtgdesk.services import transfer

        return transfer.copy_between(source, dest, progress=progress)

    @staticmethod
    def restore_database(db: str | os.PathLike[str] | None, src: str | Path
                         ) -> tuple[Path, Path | None]:
        """Replace the database file `db` by the backup `src`, without opening `db` first
        (it may be the damaged one), then bring the schema up to date. Returns the file
        restored and where the replaced one was kept (None: there was none)."""
        path = sqlite_path(resolve_url(db))
        if path is None:
            raise UserError("restore works on database files; --db names no file")
        aside = backup.restore(path, src)
        open_database(path).dispose()  # brings an older backup's schema up to date
        return path, aside
