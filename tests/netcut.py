"""A TCP relay the tests put between mtgdesk and their own PostgreSQL server, and cut:
after `cut()` no byte goes either way and no connection is accepted, but no socket is
closed either, which is what a vanished network looks like to libpq (silence, not a
refusal). `mend()` lets bytes flow again; `close()` ends it all."""

from __future__ import annotations

import select
import socket
import threading


class NetCut:
    def __init__(self, port: int) -> None:
        self.target = ("127.0.0.1", port)
        self.listener = socket.create_server(("127.0.0.1", 0), backlog=64)
        self.port = int(self.listener.getsockname()[1])
        self.flowing = threading.Event()
        self.flowing.set()
        self.closed = threading.Event()
        self._sockets: list[socket.socket] = [self.listener]
        threading.Thread(target=self._accept, daemon=True, name="netcut").start()

    def cut(self) -> None:
        self.flowing.clear()

    def mend(self) -> None:
        self.flowing.set()

    def close(self) -> None:
        self.closed.set()
        self.flowing.set()
        for s in list(self._sockets):
            try:
                s.close()
            except OSError:
                pass

    def _accept(self) -> None:
        while not self.closed.is_set():
            self.flowing.wait()  # cut: connections wait in the backlog, unanswered
            if self.closed.is_set():
                return
            ready, _, _ = select.select([self.listener], [], [], 0.2)
            if not ready or not self.flowing.is_set():
                continue
            try:
                client, _ = self.listener.accept()
                server = socket.create_connection(self.target)
            except OSError:
                continue
            self._sockets += [client, server]
            threading.Thread(target=self._pump, args=(client, server), daemon=True).start()

    def _pump(self, a: socket.socket, b: socket.socket) -> None:
        peers = {a: b, b: a}
        while not self.closed.is_set():
            if not self.flowing.is_set():  # silence: nothing read, nothing written
                self.flowing.wait(0.2)
                continue
            try:
                ready, _, _ = select.select([a, b], [], [], 0.2)
            except (OSError, ValueError):
                return
            for s in ready:
                if not self.flowing.is_set():
                    break
                try:
                    data = s.recv(65536)
                except OSError:
                    return
                if not data:
                    for x in (a, b):
                        x.close()
                    return
                try:
                    peers[s].sendall(data)
                except OSError:
                    return
