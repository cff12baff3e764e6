"""Issue 12, as a user meets it from the command line: strange paths, outputs onto the
database, special files, control characters, refused URLs. One class of fault a test
(or a few), each run through the installed command."""

from __future__ import annotations

import json
import os
import sqlite3

import pytest

from tests.e2e.test_cli import assert_one_line_error, mtgdesk


def count(db) -> int:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT count(*) FROM meeting").fetchone()[0]
    finally:
        conn.close()


# --- class 1: a path is a path, whatever it holds ------------------------------------

@pytest.mark.parametrize("name", ["meet#1.sqlite3", "a?b.sqlite3", "100%41.sqlite3",
                                  "x%3f#%23?.sqlite3"])
def test_a_database_name_with_url_characters_is_that_file(tmp_path, seed_path, name):
    db = tmp_path / name
    assert mtgdesk("--db", db, "import", seed_path).returncode == 0
    assert sorted(p.name for p in tmp_path.iterdir() if "sqlite3" in p.name
                  and not p.name.endswith(("-wal", "-shm"))) == [name]
    assert count(db) == 1
    copy = tmp_path / f"copy {name}"
    assert mtgdesk("--db", db, "backup", copy).returncode == 0
    assert count(copy) == 1  # the meeting, not an empty 4 KB file
    restored = mtgdesk("--db", db, "restore", copy)
    assert restored.returncode == 0, restored.stderr
    aside = next(p for p in tmp_path.iterdir() if ".replaced-" in p.name)
    assert count(aside) == 1  # the replaced database kept whole
    assert count(db) == 1


@pytest.mark.parametrize("url", ["mysql://u@localhost/db", "nosuch://x", "sqlite+nosuch://"])
def test_a_url_of_an_unsupported_database_is_one_line(tmp_path, url):
    result = mtgdesk("--db", url, "list")
    assert_one_line_error(result, "cannot be opened" if "+" in url else "not supported")


# --- class 2: no output replaces the database -----------------------------------------

@pytest.mark.parametrize("how", ["same", "dot", "symlink", "hardlink", "wal", "shm"])
def test_no_output_can_replace_the_database_or_its_journal(tmp_path, seed_path, how):
    db = tmp_path / "m.sqlite3"
    assert mtgdesk("--db", db, "import", seed_path).returncode == 0
    before = db.read_bytes()
    target = {"same": db, "dot": tmp_path / "." / "m.sqlite3",
              "symlink": tmp_path / "link", "hardlink": tmp_path / "hard",
              "wal": tmp_path / "m.sqlite3-wal", "shm": tmp_path / "m.sqlite3-shm"}[how]
    if how == "symlink":
        target.symlink_to(db)
    if how == "hardlink":
        os.link(db, target)
    commands = [("export", "-o", target), ("report", "1", "--format", "txt", "-o", target)]
    if how not in ("same", "dot"):  # backup refused those before
        commands.append(("backup", target))
    for command in commands:
        result = mtgdesk("--db", db, *command)
        assert_one_line_error(result, "nothing was written")
    assert db.read_bytes() == before
    assert count(db) == 1


# --- class 12: a failed backup leaves nothing behind ----------------------------------

def test_a_backup_a_killed_mtgdesk_left_is_cleared_and_a_failed_one_leaves_nothing(
        tmp_path, seed_path):
    db = tmp_path / "m.sqlite3"
    assert mtgdesk("--db", db, "import", seed_path).returncode == 0
    out = tmp_path / "out"
    out.mkdir()
    dead = out / "copy.sqlite3.999999999.partial"  # no such process
    dead.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    assert mtgdesk("--db", db, "backup", out / "copy.sqlite3").returncode == 0
    assert sorted(p.name for p in out.iterdir()) == ["copy.sqlite3"]
    assert json.loads(mtgdesk("--db", out / "copy.sqlite3", "list", "--json").stdout)


# --- class 7: text is printed, never obeyed by the terminal ---------------------------

def test_control_characters_in_stored_text_are_shown_not_sent_to_the_terminal(
        tmp_path, seed_path):
    db = tmp_path / "m.sqlite3"
    assert mtgdesk("--db", db, "import", seed_path).returncode == 0
    conn = sqlite3.connect(db)  # as an older mtgdesk or another program could store it
    with conn:
        conn.execute("UPDATE meeting SET title = title || ?, venue = ?",
                     ("\x1b]0;owned\x07\x1b[2J\x08\x08\rX\x9b31m", "v\x1b[31m"))
    conn.close()
    # Stored behind the program's back (no journal entry): the search index, whose
    # rows the search prints, takes it in when rebuilt.
    assert mtgdesk("--db", db, "reindex").returncode == 0
    for command in (("list",), ("search", "security"), ("list", "--json"),
                    ("export",)):
        result = mtgdesk("--db", db, *command)
        assert result.returncode == 0, result.stderr
        out = result.stdout
        for ch in ("\x1b", "\x07", "\x08", "\r", "\x9b"):
            assert ch not in out, (command, out)
        assert "\\u001b" in out
    listed = json.loads(mtgdesk("--db", db, "list", "--json").stdout)
    assert listed[0]["title"].endswith("\x1b]0;owned\x07\x1b[2J\x08\x08\rX\x9b31m")


# --- class 8: only regular files are read ---------------------------------------------

@pytest.mark.parametrize("command", ["import", "parse"])
def test_a_device_or_a_pipe_is_refused_at_once(tmp_path, command):
    fifo = tmp_path / "release.txt"
    os.mkfifo(fifo)
    zero = tmp_path / "zero.json" if command == "import" else tmp_path / "zero.html"
    zero.symlink_to("/dev/zero")
    for path in (fifo, zero, "/dev/zero"):
        args = ("--db", tmp_path / "m.sqlite3", command, path) if command == "import" \
            else (command, path)
        result = mtgdesk(*args)  # before: a hang (FIFO) or gigabytes (/dev/zero)
        assert result.returncode == 1 and "Traceback" not in result.stderr
        said = result.stdout + result.stderr
        assert "not a regular file" in said or "nameless" in said, said


def test_a_symlink_to_a_device_is_not_a_database(tmp_path):
    db = tmp_path / "m.sqlite3"
    db.symlink_to("/dev/null")
    assert_one_line_error(mtgdesk("--db", db, "list"), "not a database file")
    assert not os.path.exists("/dev/null-journal")


# --- class 10: a damaged or hostile file is one line, never a traceback ----------------

def _docx(tmp_path, name, document_xml):
    import zipfile

    import docx

    good = tmp_path / "good.docx"
    d = docx.Document()
    d.add_paragraph("The Senior Official-Level Meeting was held in Tokyo on 23 March 2007.")
    d.save(good)
    out = tmp_path / name
    with zipfile.ZipFile(good) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for member in zin.namelist():
            data = zin.read(member)
            if member == "word/document.xml":
                data = document_xml(data)
            z.writestr(member, data)
    return good, out


def test_a_docx_with_broken_xml_is_one_line_and_the_good_one_is_still_read(tmp_path):
    good, bad = _docx(tmp_path, "bad.docx", lambda data: data[: len(data) // 2])
    assert_one_line_error(mtgdesk("parse", bad), "bad.docx", "damaged")
    result = mtgdesk("--db", tmp_path / "m.sqlite3", "import", good, bad)
    assert "Traceback" not in result.stderr
    assert "bad.docx: not a Word (.docx) document, or a damaged one" in result.stdout


def test_a_docx_whose_document_is_not_word_xml_is_one_line(tmp_path):
    # found by benchmarks/fuzz (docx): well-formed XML in another namespace was a
    # traceback from inside python-docx
    _, bad = _docx(tmp_path, "other.docx", lambda data: data.replace(
        b"wordprocessingml/2006/main", b"wordprocessingml/1003/main", 1))
    assert_one_line_error(mtgdesk("parse", bad), "other.docx", "damaged")


def test_a_zip_bomb_docx_is_refused_before_it_unpacks(tmp_path):
    _, bomb = _docx(tmp_path, "bomb.docx",
                    lambda data: data.replace(b"Tokyo", b"Tokyo" + b" " * (200 * 2**20)))
    assert bomb.stat().st_size < 2**20
    assert_one_line_error(mtgdesk("parse", bomb), "bomb.docx", "unpacks to")


# --- classes 11 and 13: the spec's limits, duplicate keys, a byte-order mark ----------

def _doc(**meeting):
    base = {"title": "Meeting", "held_on": "2007-03-23"}
    return {"format": "mtgdesk", "version": 1, "meetings": [{**base, **meeting}]}


@pytest.mark.parametrize("meeting, words", [
    ({"venue": "v" * 501}, "meetings[0].venue: The venue is longer than 500"),
    ({"participants": [{"kind": "country", "name": "Japan"}] * 10_001},
     "meetings[0].participants: 10,001 participants; a meeting can have at most 10,000"),
    ({"participants": [{"kind": "person", "name": "A", "honorific": "H" * 51}]},
     "meetings[0].participants[0].honorific: The honorific of participant 1 is longer"),
    ({"city": "Tokyo\nOsaka"}, "meetings[0].city: The city holds a line break"),
    ({"paragraphs": [{"text": "bell\x07"}]}, "meetings[0].paragraphs[0].text: Paragraph 1 "
     "holds the control character U+0007"),
])
def test_the_spec_limits_are_enforced_at_import(tmp_path, meeting, words):
    f = tmp_path / "m.json"
    f.write_text(json.dumps(_doc(**meeting)), encoding="utf-8")
    db = tmp_path / "m.sqlite3"
    assert_one_line_error(mtgdesk("--db", db, "import", f), words)
    assert not db.exists() or count(db) == 0


def test_a_huge_unknown_key_or_version_gives_a_short_line(tmp_path):
    f = tmp_path / "m.json"
    f.write_text(json.dumps(_doc(**{"x" * 5_000_000: 1})), encoding="utf-8")
    result = mtgdesk("--db", tmp_path / "m.sqlite3", "import", f)
    assert_one_line_error(result, "unknown field")
    assert len(result.stderr) < 400
    f.write_text('{"format": "mtgdesk", "version": ' + "9" * 5000 + ', "meetings": []}')
    result = mtgdesk("--db", tmp_path / "m.sqlite3", "import", f)
    assert_one_line_error(result, "number too long")


def test_a_key_given_twice_is_an_error_and_a_bom_is_allowed(tmp_path, seed_path):
    text = seed_path.read_text(encoding="utf-8")
    twice = tmp_path / "twice.json"
    twice.write_text(text.rstrip().rstrip("}") + ', "meetings": []}', encoding="utf-8")
    db = tmp_path / "m.sqlite3"
    assert_one_line_error(mtgdesk("--db", db, "import", twice), "meetings: given twice")
    bom = tmp_path / "bom.json"
    bom.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    result = mtgdesk("--db", db, "import", bom)
    assert result.returncode == 0, result.stderr
    assert count(db) == 1


# --- class 3: damage the integrity cache cannot see -----------------------------------

def _damage_in_place(db):
    """Break one page of a table no import reads, keeping size, times and inode."""
    st = os.stat(db)
    conn = sqlite3.connect(db)
    page = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'saved_search'"
                        ).fetchone()[0]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with open(db, "r+b") as f:
        f.seek((page - 1) * size)
        f.write(b"\x0d\x00\x00\x00\x05\x0f\xf0\x00")  # a leaf claiming 5 cells it lacks
    os.utime(db, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert (os.stat(db).st_size, os.stat(db).st_mtime_ns, os.stat(db).st_ino) == \
        (st.st_size, st.st_mtime_ns, st.st_ino)


def test_damage_done_in_place_is_found_before_the_first_write(tmp_path, seed_path):
    db = tmp_path / "m.sqlite3"
    assert mtgdesk("--db", db, "import", seed_path).returncode == 0
    assert mtgdesk("--db", db, "list").returncode == 0  # checked, and remembered so
    _damage_in_place(db)
    other = tmp_path / "other.json"
    doc = json.loads(seed_path.read_text(encoding="utf-8"))
    doc["meetings"][0].pop("uuid", None)
    other.write_text(json.dumps(doc), encoding="utf-8")
    result = mtgdesk("--db", db, "import", other)
    assert_one_line_error(result, "is damaged", "nothing was saved", "restore")
    assert count(db) == 1


# --- class 4: a -wal deleted behind mtgdesk's back ------------------------------------

def test_an_import_reported_done_survives_its_wal_being_deleted(tmp_path, seed_path):
    import subprocess
    import sys

    db = tmp_path / "m.sqlite3"
    assert mtgdesk("--db", db, "import", seed_path).returncode == 0
    # Another program (a window) has the database open, so the -wal stays after the
    # import; then a sync client deletes it, and the other program is killed.
    with subprocess.Popen(
        [sys.executable, "-c", "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
         "c.execute('SELECT count(*) FROM meeting').fetchall(); print('open', flush=True);"
         " sys.stdin.read()", str(db)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            text=True) as holder:
        _import_and_lose_the_wal(tmp_path, db, seed_path, holder)
    assert count(db) == 31


def _import_and_lose_the_wal(tmp_path, db, seed_path, holder):
    try:
        assert holder.stdout.readline().strip() == "open"
        doc = json.loads(seed_path.read_text(encoding="utf-8"))
        doc["meetings"][0].pop("uuid", None)
        more = tmp_path / "more.json"
        more.write_text(json.dumps({**doc, "meetings": doc["meetings"] * 30}),
                        encoding="utf-8")
        result = mtgdesk("--db", db, "import", more)
        assert result.returncode == 0 and "imported 30 meetings" in result.stdout
        wal = tmp_path / "m.sqlite3-wal"
        assert wal.exists()
        wal.unlink()
    finally:
        holder.kill()
        holder.wait()


def _reader(db, *, seconds: float):
    """Another program in a read transaction for `seconds` (a long export, an SQLite
    browser left open): the frames written after its snapshot cannot reach the file."""
    import subprocess
    import sys

    return subprocess.Popen(
        [sys.executable, "-c", "import sqlite3, sys, time; "
         "c = sqlite3.connect(sys.argv[1], isolation_level=None); c.execute('BEGIN'); "
         "c.execute('SELECT count(*) FROM meeting').fetchall(); print('open', flush=True);"
         " time.sleep(float(sys.argv[2])); c.execute('COMMIT'); sys.stdin.read()",
         str(db), str(seconds)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)


def test_an_import_waits_for_a_reader_of_an_older_snapshot_before_it_is_done(
        tmp_path, seed_path):
    db = tmp_path / "m.sqlite3"
    assert mtgdesk("--db", db, "import", seed_path).returncode == 0
    # The reader lets go after 8 s; the import's pages reach the file before it ends
    # (the old code tried for 1 s, and left them in the -wal the sync client deleted).
    with _reader(db, seconds=8) as holder:
        _import_and_lose_the_wal(tmp_path, db, seed_path, holder)
    assert count(db) == 31


def test_a_reader_that_never_lets_go_is_named_in_a_warning(tmp_path, seed_path):
    db = tmp_path / "m.sqlite3"
    assert mtgdesk("--db", db, "import", seed_path).returncode == 0
    doc = json.loads(seed_path.read_text(encoding="utf-8"))
    doc["meetings"][0].pop("uuid", None)
    copy = tmp_path / "copy.json"
    copy.write_text(json.dumps(doc), encoding="utf-8")
    with _reader(db, seconds=600) as holder:
        try:
            assert holder.stdout.readline().strip() == "open"
            result = mtgdesk("--db", db, "import", copy)
        finally:
            holder.kill()
            holder.wait()
    assert result.returncode == 0
    assert f"mtgdesk: warning: another program kept reading {db}" in result.stderr
    assert "-wal until that program stops reading" in result.stderr
    assert count(db) == 2
