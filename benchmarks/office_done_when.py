"""Issue 16's "Done when", walked with the installed command on a private PostgreSQL 15
that this run starts and removes (tests/pgserver.py); prints each command and what it
said.

    python benchmarks/office_done_when.py
"""
# ruff: noqa: E501, E731, E702, E401, E402, I001
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]; sys.path.insert(0, str(ROOT)); sys.path.insert(0, str(ROOT / "src"))
from tests import pgserver

_beside = Path(sys.executable).with_name("mtgdesk")
MT = [str(_beside)] if _beside.exists() else [shutil.which("mtgdesk") or "mtgdesk"]
FIX = ROOT / "tests/fixtures/human-security-2007.json"
tmp = Path(tempfile.mkdtemp(prefix="w16-done-"))
env = {**os.environ, "MTGDESK_CACHE_DIR": str(tmp / "cache"), "XDG_DATA_HOME": str(tmp / "data"),
       "XDG_CONFIG_HOME": str(tmp / "config")}
def run(*args):
    shown = " ".join(a if "@" not in a else a.split("://")[0] + "://…@" + a.split("@")[1] for a in args)
    p = subprocess.run([*MT, *args], capture_output=True, text=True, env=env, timeout=120)
    print(f"$ mtgdesk {shown}\n  rc={p.returncode}")
    for line in (p.stdout + p.stderr).strip().splitlines()[:12]:
        print("  " + line)
    return p
server = pgserver.start_server()
try:
    v = subprocess.run([str(pgserver._bindir() / "postgres"), "--version"], capture_output=True, text=True).stdout.strip()
    print("server:", v)
    import psycopg
    with psycopg.connect(server.url(), autocommit=True) as c:
        c.execute("CREATE DATABASE office")
    url = server.url("office")
    print("\n## an empty database gets its schema from the program")
    run("admin", "init-server", url)
    with psycopg.connect(url) as c:
        print("  tables:", sorted(r[0] for r in c.execute("SELECT tablename FROM pg_tables WHERE schemaname='public'")))
    print("\n## the fixture imports and exports as on SQLite")
    run("--db", url, "import", str(FIX))
    sq = tmp / "same.sqlite3"
    run("--db", str(sq), "import", str(FIX))
    a = run("--db", url, "export").stdout; b = run("--db", str(sq), "export").stdout
    def strip(t):
        d = json.loads(t)
        for m in d["meetings"]:
            m.pop("uuid")  # each database gives an imported meeting without one its own
        return d
    print("  export from the server == export from SQLite (uuids aside):", strip(a) == strip(b))
    print("  fixture meetings have a uuid:", any("uuid" in m for m in json.loads(FIX.read_text())["meetings"]))
    print("\n## search by words, acronym and chair")
    for q in ("human security", "UNHCR", "chair:Tsuruoka", "participant:UNDP"):
        run("--db", url, "search", q)
    print("\n## reports print")
    run("--db", url, "report", "1", "--format", "pdf", "-o", str(tmp / "r.pdf"))
    print("  pdf bytes:", (tmp / "r.pdf").stat().st_size if (tmp / "r.pdf").exists() else None)
    run("--db", url, "report", "1", "--template", "minutes", "--format", "txt", "-o", str(tmp / "r.txt"))
    print("\n## a backup to a local file holds every meeting")
    run("--db", url, "backup", str(tmp / "abroad.sqlite3"))
    run("--db", str(tmp / "abroad.sqlite3"), "list")
    print("\n## a stopped server gives the one-line message")
    server.stop()
    import time; t = time.monotonic()
    p = run("--db", url, "list")
    print(f"  lines on stderr: {len(p.stderr.strip().splitlines())}; {time.monotonic()-t:.1f} s")
finally:
    pgserver.remove_server(server)
