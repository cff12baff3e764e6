"""A private PostgreSQL server for the tests: initdb in a new temporary folder, started
with pg_ctl on a free port of 127.0.0.1, stopped and removed at the end of the run.

The tests never touch a server they did not start: the one here listens on its own
port, with a superuser and password made up for this run. PostgreSQL refuses to run as
root, so under root (CI) the server runs as the `postgres` user the Debian package
creates (or `nobody`), through setpriv; its folder belongs to that user.
"""

from __future__ import annotations

import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

SUPERUSER = "mtgdesk_test"


def _bindir() -> Path:
    """Where initdb and pg_ctl are: Debian keeps them off the PATH, per major version."""
    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin"),
                        key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0,
                        reverse=True)
    for d in candidates:
        if (d / "initdb").exists() and (d / "pg_ctl").exists():
            return d
    found = shutil.which("initdb")
    if found:
        return Path(found).resolve().parent
    raise RuntimeError("PostgreSQL is not installed (no initdb): run "
                       "`packaging/system-deps test` first")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _run_as() -> pwd.struct_passwd | None:
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            return pwd.getpwnam(name)
        except KeyError:
            continue
    raise RuntimeError("no unprivileged user (postgres or nobody) to run PostgreSQL as")


@dataclass
class PgServer:
    folder: Path
    port: int
    password: str
    user: pwd.struct_passwd | None
    durable: bool = False

    def url(self, database: str = "postgres", *, user: str = SUPERUSER,
            password: str | None = None) -> str:
        secret = self.password if password is None else password
        return f"postgresql://{user}:{secret}@127.0.0.1:{self.port}/{database}"

    def _cmd(self, args: list[str]) -> list[str]:
        if self.user is None:
            return args
        return ["setpriv", f"--reuid={self.user.pw_uid}", f"--regid={self.user.pw_gid}",
                "--clear-groups", "--", *args]

    def pg_ctl(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            self._cmd([str(_bindir() / "pg_ctl"), "-D", str(self.folder / "data"), *args]),
            capture_output=True, text=True, check=check, timeout=120, env=_env())

    def stop(self) -> None:
        self.pg_ctl("stop", "-m", "immediate", "-w", check=False)

    def start(self) -> None:
        log = self.folder / "server.log"
        self.pg_ctl("start", "-w", "-t", "60", "-l", str(log), "-o", self._options())

    def _options(self) -> str:
        base = (f"-p {self.port} -c listen_addresses=127.0.0.1 "
                f"-c unix_socket_directories={self.folder} -c max_connections=200")
        if self.durable:  # as an office runs it (the load benchmark)
            return base
        # Durability is not what the tests check; without fsync they run faster.
        return base + " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"


def _env() -> dict[str, str]:
    # The server's messages in English whatever the machine's locale; no PG* variable
    # of the caller's may point the tools at another server.
    env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    env.update(LC_ALL="C", LANG="C")
    return env


def start_server(*, durable: bool = False) -> PgServer:
    user = _run_as()
    folder = Path(tempfile.mkdtemp(prefix="mtgdesk-pg-"))
    password = secrets.token_hex(16)
    pwfile = folder / "pw"
    pwfile.write_text(password + "\n", encoding="utf-8")
    if user is not None:
        os.chown(folder, user.pw_uid, user.pw_gid)
        os.chown(pwfile, user.pw_uid, user.pw_gid)
    server = PgServer(folder, _free_port(), password, user, durable)
    subprocess.run(
        server._cmd([str(_bindir() / "initdb"), "-D", str(folder / "data"), "-U", SUPERUSER,
                     "--pwfile", str(pwfile), "--auth=scram-sha-256", "-E", "UTF8",
                     "--locale=C", "--no-sync"]),
        capture_output=True, text=True, check=True, timeout=300, env=_env())
    pwfile.unlink()
    for attempt in range(3):
        try:
            server.start()
            return server
        except subprocess.CalledProcessError:
            if attempt == 2:
                raise
            server.port = _free_port()  # someone took the port in between
            time.sleep(0.5)
    raise AssertionError("unreachable")


def remove_server(server: PgServer) -> None:
    server.stop()
    shutil.rmtree(server.folder, ignore_errors=True)
