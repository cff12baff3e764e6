"""Import published releases (text, HTML, Word) as draft meetings.

Each file is read and parsed on its own (mtgdesk.releases); what can be stored is
stored as a draft (status `draft`) for the clerk to review, in one transaction, with
a history entry each. A
release the parser could not make a valid record of (no title, no date) is not
stored, and says why, so one odd file never blocks a folder of good ones.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from mtgdesk.domain.errors import UserError
from mtgdesk.domain.progress import Progress
from mtgdesk.domain.records import MeetingRecord
from mtgdesk.domain.validation import errors, validate_meeting
from mtgdesk.domain.vocab import Status
from mtgdesk.releases import RELEASE_SUFFIXES, Proposal, parse_file
from mtgdesk.releases.corrections import Correction, apply
from mtgdesk.services import meetings, writes
from mtgdesk.services.meetings import Saved
from mtgdesk.store.session import Engine


def is_release(path: str | Path) -> bool:
    return Path(path).suffix.lower() in RELEASE_SUFFIXES


def release_files(folder: str | Path) -> list[Path]:
    """The release files of a folder (not its subfolders), in name order."""
    folder = Path(folder)
    if not folder.is_dir():
        raise UserError(f"{folder}: is not a folder")
    return sorted(p for p in folder.iterdir() if p.is_file() and is_release(p))


@dataclass
class FileResult:
    path: str
    proposal: Proposal | None = None
    meeting_id: int | None = None
    problems: list[str] = field(default_factory=list)  # why it was not stored

    @property
    def stored(self) -> bool:
        return self.meeting_id is not None


NOT_A_RELEASE = "not a .txt, .html, .docx or .pdf file"


def propose(paths: Sequence[str | Path], *, progress: Progress | None = None,
            corrections: Sequence[Correction] = ()) -> list[FileResult]:
    """Parse every file, the clerk's remembered corrections applied; a file that
    cannot be read (or is not a release) carries its message, never raises."""
    results = []
    for n, path in enumerate(paths, 1):
        if not is_release(path):
            results.append(FileResult(str(path), None, problems=[NOT_A_RELEASE]))
        else:
            try:
                results.append(FileResult(str(path),
                                          apply(parse_file(path), corrections)))
            except UserError as exc:
                results.append(FileResult(str(path), None, problems=[str(exc)]))
        if progress:
            progress(n, len(paths))
    return results


def storable(proposal: Proposal) -> list[str]:
    """Why the proposal cannot be stored as it stands (empty when it can)."""
    return [f"{p.where}: {p.message}" for p in errors(validate_meeting(proposal.record))]


def store_drafts(engine: Engine, results: Sequence[FileResult], *,
                 author: str | None = None) -> list[FileResult]:
    """Store every valid proposal as a draft meeting, in one transaction, through the
    write path: each gets a history entry (import) and a change journal entry."""
    todo = []
    for r in results:
        if r.proposal is None:
            continue
        r.problems = storable(r.proposal)
        if not r.problems:
            todo.append(r)
    drafts = []
    for r in todo:
        assert r.proposal is not None
        drafts.append(writes.imported(as_draft(r.proposal.record)))
    changes = writes.apply(engine, drafts, author=author)
    for r, ref in zip(todo, changes.added, strict=True):
        r.meeting_id = ref.id
    return list(results)


def as_draft(record: MeetingRecord) -> MeetingRecord:
    """A proposal's record (as the clerk reviewed it) made a new draft meeting: no id,
    version or uuid of its own yet, status draft whatever the release said."""
    draft = record.copy()
    draft.id = draft.version = draft.uuid = None
    draft.status = Status.DRAFT.value
    return draft


def save_reviewed(engine: Engine, record: MeetingRecord, *, author: str | None = None
                  ) -> Saved:
    """Store one reviewed proposal as a new draft meeting (a save through the write
    path: validated, with its history entry); ValidationFailed says what to put right."""
    return meetings.save_meeting(engine, as_draft(record), author=author)


def import_releases(engine: Engine, paths: Sequence[str | Path], *,
                    progress: Progress | None = None, author: str | None = None
                    ) -> list[FileResult]:
    """Every release stored as a draft, read with the remembered corrections."""
    from mtgdesk.services.release_aliases import aliases

    return store_drafts(engine, propose(paths, progress=progress,
                                        corrections=aliases(engine)), author=author)
