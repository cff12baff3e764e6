"""Data-safety drills run against the installed `mtgdesk` command, as a user would.

The suite calls these functions (tests/e2e/test_safety_drills.py); the same drills run
by hand from the repository root, on a scratch folder:

    python -m tests.e2e.drills kill-import --rounds 10 --meetings 3000
    python -m tests.e2e.drills concurrent-import --processes 4 --meetings 400
    python -m tests.e2e.drills damaged
    python -m tests.e2e.drills backup

Each prints what it did and exits 0 when the promise held, 1 with the reason if not.
Only the standard library and the installed command are used to check the outcome:
sqlite3's integrity_check and `mtgdesk list --json` / `mtgdesk export`.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

SEED = Path(__file__).resolve().parents[1] / "fixtures" / "human-security-2007.json"


class DrillFailed(AssertionError):
    pass


def check(condition: bool, message: str) -> None:
    if not condition:
        raise DrillFailed(message)


def command() -> list[str]:
    found = shutil.which("mtgdesk") or shutil.which("mtgdesk", path=str(
        Path(sys.executable).parent))
    return [found] if found else [sys.executable, "-m", "mtgdesk"]


def mtgdesk(*args: object, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*command(), *map(str, args)], capture_output=True, text=True,
                          timeout=timeout, check=False)


def start(*args: object) -> subprocess.Popen[str]:
    return subprocess.Popen([*command(), *map(str, args)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def write_document(path: Path, meetings: int, tag: str) -> Path:
    """An interchange file of `meetings` copies of the seed, each title tagged."""
    doc = json.loads(SEED.read_text(encoding="utf-8"))
    base = doc["meetings"][0]
    doc["meetings"] = [dict(base, title=f"{tag} {i:06d} {base['title']}")
                       for i in range(meetings)]
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def integrity_problems(db: Path) -> list[str]:
    con = sqlite3.connect(db)  # read-write: recovers a WAL left by a killed writer
    try:
        rows = [r[0] for r in con.execute("PRAGMA integrity_check")]
    finally:
        con.close()
    return [] if rows == ["ok"] else rows


def titles(db: Path) -> list[str]:
    out = mtgdesk("--db", db, "list", "--json")
    check(out.returncode == 0, f"mtgdesk list failed: {out.stderr.strip()}")
    return [m["title"] for m in json.loads(out.stdout)]


def audit_count(db: Path, action: str) -> int:
    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT count(*) FROM audit_entry WHERE action = ?",
                           (action,)).fetchone()[0]
    finally:
        con.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- drills -------------------------------------------------------------------------

def kill_import(folder: Path, *, rounds: int = 5, meetings: int = 2000, seed: int | None = None,
                say: Callable[[str], None] = print) -> dict[str, int]:
    """Import a large file and SIGKILL the process at random moments: after each kill
    the database passes integrity_check and holds all or none of that import."""
    rng = random.Random(seed)
    db = folder / "kill.sqlite3"
    big = write_document(folder / "big.json", meetings, "bulk")
    ok = mtgdesk("--db", db, "import", SEED)
    check(ok.returncode == 0, f"first import failed: {ok.stderr}")
    began = time.monotonic()
    ok = mtgdesk("--db", db, "import", big)
    full = time.monotonic() - began
    check(ok.returncode == 0, f"timing import failed: {ok.stderr}")
    expected = 1 + meetings
    say(f"a whole import of {meetings} meetings takes {full:.2f} s; killing within that")
    killed_mid = completed = 0
    for n in range(1, rounds + 1):
        proc = start("--db", db, "import", big)
        time.sleep(rng.uniform(0.05, full * 1.1))
        proc.send_signal(signal.SIGKILL)
        proc.communicate()
        finished = proc.returncode == 0
        problems = integrity_problems(db)
        check(problems == [], f"round {n}: integrity_check failed: {problems[:3]}")
        count = len(titles(db))
        check(count in (expected, expected + meetings),
              f"round {n}: {count} meetings after the kill; expected {expected} (none) or "
              f"{expected + meetings} (all)")
        check(audit_count(db, "import") == count,
              f"round {n}: the history does not match the meetings stored")
        all_in = count == expected + meetings
        expected = count
        completed += all_in
        killed_mid += not all_in
        say(f"round {n}: {'all' if all_in else 'none'} of the import stored "
            f"({'finished' if finished else 'killed'}), integrity ok, {count} meetings")
    return {"rounds": rounds, "none": killed_mid, "all": completed, "meetings": expected}


def concurrent_import(folder: Path, *, processes: int = 4, meetings: int = 300,
                      fresh: bool = True, say: Callable[[str], None] = print) -> dict[str, int]:
    """Several `mtgdesk import` processes on one database at once: all succeed (they
    wait their turn) and every meeting of every file is stored exactly once."""
    db = folder / "shared.sqlite3"
    if not fresh:
        check(mtgdesk("--db", db, "list").returncode == 0, "could not create the database")
    files = [write_document(folder / f"p{i}.json", meetings, f"proc{i}")
             for i in range(processes)]
    began = time.monotonic()
    procs = [start("--db", db, "import", f) for f in files]
    results = [p.communicate(timeout=300) for p in procs]
    elapsed = time.monotonic() - began
    for i, (proc, (_out, err)) in enumerate(zip(procs, results, strict=True)):
        check(proc.returncode == 0, f"process {i} failed: {err.strip()}")
    stored = titles(db)
    check(len(stored) == processes * meetings,
          f"{len(stored)} meetings stored; expected {processes * meetings}")
    for i in range(processes):
        mine = sum(1 for t in stored if t.startswith(f"proc{i} "))
        check(mine == meetings, f"process {i}: {mine} of its {meetings} meetings stored")
    check(len(set(stored)) == len(stored), "a meeting was stored twice")
    check(integrity_problems(db) == [], "integrity_check failed")
    say(f"{processes} concurrent imports of {meetings} meetings each: all succeeded in "
        f"{elapsed:.2f} s, {len(stored)} meetings stored, none lost")
    return {"processes": processes, "meetings": len(stored)}


def corrupt(path: Path, pages: list[int], rng: random.Random) -> None:
    page_size = int.from_bytes(path.read_bytes()[16:18], "big")
    with path.open("r+b") as fh:
        for page in pages:
            fh.seek((page - 1) * page_size + 8)
            fh.write(bytes(rng.randrange(256) for _ in range(page_size - 16)))


def damaged(folder: Path, *, say: Callable[[str], None] = print) -> dict[str, int]:
    """A damaged database and a random-bytes file are refused by every command that
    opens them, with a one-line message, and are left byte for byte unchanged."""
    rng = random.Random(7)
    db = folder / "damaged.sqlite3"
    big = write_document(folder / "some.json", 200, "d")
    check(mtgdesk("--db", db, "import", big).returncode == 0, "setup import failed")
    pages = db.stat().st_size // 4096
    corrupt(db, [pages // 4, pages // 2, pages - 3], rng)
    junk = folder / "random.sqlite3"
    junk.write_bytes(rng.randbytes(256 * 1024))
    refused = 0
    for path in (db, junk):
        before, names = digest(path), sorted(p.name for p in folder.iterdir())
        for args in (["list"], ["import", SEED], ["export"], ["backup", folder / "b.db"]):
            out = mtgdesk("--db", path, *args)
            check(out.returncode == 1, f"{path.name} {args[0]}: not refused")
            err = out.stderr.strip()
            check("Traceback" not in err and len(err.splitlines()) == 1
                  and err.startswith("mtgdesk: error: "), f"not a one-line message: {err}")
            check(("damaged" in err or "not an mtgdesk database" in err) and "backup" in err,
                  f"the message does not say what to do: {err}")
            check(digest(path) == before, f"{path.name} was modified by `{args[0]}`")
            check(sorted(p.name for p in folder.iterdir()) == names,
                  f"`{args[0]}` created files beside {path.name}")
            refused += 1
        say(f"{path.name}: refused by list, import, export and backup; unchanged "
            f"(sha256 {before[:12]}...), no -wal/-shm created")
        say(f"  message: {err}")
    return {"refused": refused}


def backup_restore(folder: Path, *, say: Callable[[str], None] = print) -> dict[str, int]:
    """`mtgdesk backup` then `mtgdesk restore` brings back exactly what was backed up
    and keeps the database it replaced."""
    db = folder / "office.sqlite3"
    first = write_document(folder / "first.json", 50, "first")
    check(mtgdesk("--db", db, "import", first).returncode == 0, "import failed")
    before = mtgdesk("--db", db, "export").stdout
    out = mtgdesk("--db", db, "backup", folder / "monday.sqlite3")
    check(out.returncode == 0, f"backup failed: {out.stderr}")
    check(mtgdesk("--db", db, "import", SEED).returncode == 0, "second import failed")
    check(len(titles(db)) == 51, "second import missing")
    out = mtgdesk("--db", db, "restore", folder / "monday.sqlite3")
    check(out.returncode == 0, f"restore failed: {out.stderr}")
    check(mtgdesk("--db", db, "export").stdout == before, "restored data differs")
    replaced = list(folder.glob("office.sqlite3.replaced-*"))
    check(len(replaced) == 1 and len(titles(replaced[0])) == 51,
          "the replaced database was not kept")
    junk = folder / "junk.sqlite3"
    junk.write_bytes(os.urandom(4096))
    out = mtgdesk("--db", db, "restore", junk)
    check(out.returncode == 1 and "nothing was changed" in out.stderr, "junk restored?")
    check(mtgdesk("--db", db, "export").stdout == before, "a refused restore changed data")
    say("backup, import, restore: the export after restore equals the one before; "
        f"replaced database kept as {replaced[0].name}; a random file was refused")
    return {"meetings": 50}


DRILLS = {"kill-import": kill_import, "concurrent-import": concurrent_import,
          "damaged": damaged, "backup": backup_restore}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.e2e.drills",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("drill", choices=[*DRILLS, "all"])
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--meetings", type=int)
    parser.add_argument("--processes", type=int, default=4)
    parser.add_argument("--keep", action="store_true", help="keep the scratch folder")
    args = parser.parse_args(argv)
    names = list(DRILLS) if args.drill == "all" else [args.drill]
    folder = Path(tempfile.mkdtemp(prefix="mtgdesk-drill-"))
    # The drills must not touch the user's settings or backups.
    os.environ.setdefault("MTGDESK_CONFIG_DIR", str(folder / "config"))
    os.environ.setdefault("XDG_DATA_HOME", str(folder / "data"))
    try:
        for name in names:
            sub = folder / name
            sub.mkdir()
            kwargs: dict[str, int] = {}
            if name == "kill-import":
                kwargs["rounds"] = args.rounds
            if name == "concurrent-import":
                kwargs["processes"] = args.processes
            if args.meetings and name in ("kill-import", "concurrent-import"):
                kwargs["meetings"] = args.meetings
            print(f"== {name}")
            DRILLS[name](sub, **kwargs)  # type: ignore[operator]
        print("all promises held")
        return 0
    except DrillFailed as exc:
        print(f"FAILED: {exc}", file=sys.stderr)
        return 1
    finally:
        if args.keep:
            print(f"scratch folder kept: {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
