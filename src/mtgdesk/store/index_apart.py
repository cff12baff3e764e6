"""A writer of the search index in a process of its own, fed the meetings a batch at a
time: a large import builds the index's documents (folding, CJK pairs, word pairs, the
stored row: most of its Python work) on the other core while this process reads,
checks and stores the next batch (mtgdesk.services.indexing.Beside).

The child holds the index folder's one writer from `Apart.start` to its end; it keeps
nothing unless told to commit (`Apart.commit`, after the database committed). When
this process dies (a kill, a crash) the child reads the end of its pipe and leaves
without committing: tantivy keeps only committed segments, and the index stays at its
old mark, from which the journal is replayed when it is next opened. If the child
dies, `send` and `commit` raise Gone and the caller lets the index follow the journal
once the database has committed.

A spawned process (not forked: this process has threads, tantivy's and Qt's), which
imports only the store's index modules. A frozen program calls
multiprocessing.freeze_support() first (packaging/mtgdesk.spec).
"""

from __future__ import annotations

import io
import multiprocessing
import pickle
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from mtgdesk.store.search import Packed, built
from mtgdesk.store.text_index import Busy, Damaged, TextIndex, _lock

START_WAIT_S = 60.0  # the child's imports and its writer, on a loaded machine
COMMIT_WAIT_S = 600.0  # the index's last segments and merges (1,000,000 meetings)


class Gone(Exception):
    """The child process is not there any more (or would not start, or is busy)."""


@contextmanager
def apart(index: TextIndex, heap: int) -> Iterator[Apart]:
    """The one writer of `index`'s folder in a child process, once it holds it; Busy at
    once when another writer has the folder. Nothing is kept unless the child is told
    to commit; `index.refresh()` afterwards reads what it did."""
    assert index.path is not None
    lock = _lock(index.path)  # this process's other threads wait as for any writer
    if not lock.acquire(blocking=False):
        raise Busy(f"the search index in {index.path} is being written")
    try:
        child = Apart(index.path, heap)
        try:
            try:
                child.started()
            except Gone as exc:
                raise Busy(str(exc)) from None
            yield child
        finally:
            child.close()
    finally:
        lock.release()


class Apart:
    """This process's end of a child that writes the index folder `path`."""

    def __init__(self, path: Path, heap: int) -> None:
        ctx = multiprocessing.get_context("spawn")
        # One-way pipes: the child holds only the reading end of the first, so that
        # this process's death is an end of file to it.
        self._theirs, self._out = ctx.Pipe(duplex=False)
        self._back, theirs_back = ctx.Pipe(duplex=False)
        self._proc = ctx.Process(target=serve, args=(self._theirs, theirs_back,
                                                     str(path), heap),
                                 daemon=True, name="mtgdesk-index-writer")
        self._proc.start()
        self._theirs.close()
        theirs_back.close()
        self._lock = threading.Lock()

    def started(self) -> str:
        """Wait for the child to hold the writer: its mark's "seq entry generation", or
        Gone (with why) when the folder is busy or damaged."""
        answer = self._answer(START_WAIT_S)
        if answer[0] != "ready":
            raise Gone(answer[1])
        return str(answer[1])

    def send(self, remove: Sequence[int], meetings: Sequence[Packed]) -> None:
        """The meetings `remove`d from the index, then `meetings` added: one batch,
        each meeting packed as plain values (store.search.packed), built into its
        document there. Records pickled were a class's instances to make again, one
        attribute at a time: 7 s of the child's CPU at 100,000 meetings, against under
        1 s for the same values as tuples."""
        data = pickle.dumps(("batch", list(remove), list(meetings)),
                            protocol=pickle.HIGHEST_PROTOCOL)
        try:
            self._out.send_bytes(data)  # waits while the child is a batch behind
        except OSError as exc:
            raise Gone(f"the search index's writer process ended: {exc}") from None

    def commit(self, seq: int, entry: str) -> str:
        """Commit what was sent, marked with journal entry `seq`; returns once done,
        with how the child spent its time (for the log: which process the import
        waited for)."""
        try:
            self._out.send_bytes(pickle.dumps(("commit", seq, entry)))
        except OSError as exc:
            raise Gone(f"the search index's writer process ended: {exc}") from None
        answer = self._answer(COMMIT_WAIT_S)
        if answer[0] != "committed":
            raise Gone(answer[1])
        return str(answer[1])

    def close(self) -> None:
        """End the child; what it did not commit is dropped. Returns once it has ended
        (the folder's writer lock is then free)."""
        try:
            self._out.close()
        except OSError:
            pass
        self._proc.join(COMMIT_WAIT_S)
        if self._proc.is_alive():
            self._proc.kill()
            self._proc.join()
        self._back.close()

    def _answer(self, wait: float) -> tuple[Any, ...]:
        try:
            if not self._back.poll(wait):
                raise Gone("the search index's writer process did not answer")
            return tuple(pickle.loads(self._back.recv_bytes()))
        except (EOFError, OSError) as exc:
            raise Gone(f"the search index's writer process ended: {exc}") from None


def serve(inbox: Any, outbox: Any, path: str, heap: int) -> None:
    """The child: hold the writer, add each batch, commit when told; leave without
    committing at the end of the pipe."""
    import signal
    import time

    # Ctrl+C in a terminal reaches the whole process group: the importing process
    # decides (Cancel), and its end is this one's.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        index = TextIndex(Path(path))
        writing_ = index.writing(heap=heap, wait=False)
        w = writing_.__enter__()
    except (Busy, Damaged, OSError) as exc:
        outbox.send_bytes(pickle.dumps(("refused", str(exc))))
        return
    try:
        mark = index.mark
        outbox.send_bytes(pickle.dumps(("ready", f"{mark.seq} {mark.entry} "
                                                 f"{mark.generation}")))
        waited = 0.0  # for the next batch: the importing process was the slower
        while True:
            start = time.perf_counter()
            try:
                data = inbox.recv_bytes()
            except (EOFError, OSError):
                return  # the importing process ended, or let go: nothing committed
            waited += time.perf_counter() - start
            message = plain(data)
            del data
            if message[0] == "batch":
                _, remove, meetings = message
                w.remove(remove)
                w.add(map(built, meetings))
            elif message[0] == "commit":
                start = time.perf_counter()
                w.commit(message[1], message[2])
                outbox.send_bytes(pickle.dumps((
                    "committed", f"waited {waited:.1f} s for batches, committed in "
                    f"{time.perf_counter() - start:.1f} s, CPU {time.process_time():.1f} s, "
                    f"peak resident memory {_peak_mb()} MB")))
                return
    except Exception as exc:  # noqa: BLE001 - told to the parent, which follows later
        try:
            outbox.send_bytes(pickle.dumps(("failed", f"{type(exc).__name__}: {exc}")))
        except OSError:
            pass
    finally:
        writing_.__exit__(None, None, None)


class _Plain(pickle.Unpickler):
    """An unpickler of plain values only (str, bytes, numbers, None, tuples, lists,
    dicts): any class or function named in the data is refused."""

    def find_class(self, module: str, name: str) -> Any:
        raise pickle.UnpicklingError(f"not a plain value: {module}.{name}")


def plain(data: bytes) -> Any:
    """What the importing process sent: plain values, or UnpicklingError."""
    return _Plain(io.BytesIO(data)).load()


def _peak_mb() -> str:
    """This process's own peak resident memory (VmHWM: getrusage's would count the
    importing process's, copied for a moment before the child's program started)."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return str(int(line.split()[1]) // 1024)
    except OSError:
        pass
    return "?"
