"""A real WebDAV server for the upload tests, and the BagIt bundles they upload.

The server: a real WebDAV server: WsgiDAV over a folder, served by cheroot on
127.0.0.1 in a thread, behind a small middleware that can misbehave on purpose.

The faults are the ones a district server shows: the connection dropped in the middle of a PUT
(and the server gone until it comes back), a storm of 503s, a bearer token demanded, a full
disk (507). Every request that reaches the server is recorded, so tests can assert what the
uploader really did (how many PUTs, in what order, how many bytes arrived).
"""

from __future__ import annotations

import errno
import hashlib
import os
import socket
import struct
import threading
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import bagit
from cheroot import wsgi
from wsgidav.wsgidav_app import WsgiDAVApp

MOUNT = "/dav"


class _Gateway(wsgi.Gateway_10):
    """Hands the connection's socket to the middleware, which drops it to simulate a cut line."""

    def get_environ(self) -> dict[str, Any]:
        env = super().get_environ()
        env["test.socket"] = self.req.conn.socket
        return env


@dataclass
class Faults:
    token: str | None = None  # demand "Authorization: Bearer <token>", else 401
    busy: int = 0  # answer 503 to this many requests, then serve
    full: bool = False  # answer 507 to every PUT
    drop_after_bytes: int | None = None  # cut the line once this many PUT body bytes have arrived
    drop_put: int | None = None  # cut the line half-way through the N-th PUT (1-based)
    down: bool = False  # every request is cut at once (set after a drop: the server is gone)


@dataclass
class Request:
    method: str
    path: str  # decoded, below the mount
    status: str = ""
    length: int = 0  # Content-Length of the request


@dataclass
class DavServer:
    root: Path  # the served folder; uploads go to root / "incoming"
    url: str  # the upload target: http://127.0.0.1:PORT/dav/incoming
    faults: Faults = field(default_factory=Faults)
    log: list[Request] = field(default_factory=list)
    put_bytes: int = 0  # body bytes the server received in PUTs (cut ones included)
    puts: int = 0
    drops: int = 0

    def methods(self, method: str) -> list[Request]:
        return [r for r in self.log if r.method == method]

    def files(self) -> dict[str, bytes]:
        """What is stored under the upload folder: relative path → bytes."""
        base = self.root / "incoming"
        return {
            p.relative_to(base).as_posix(): p.read_bytes() for p in sorted(base.rglob("*")) if p.is_file()
        }


class _Cut(Exception):
    """Raised after the socket is shut down: the request gets no answer."""


class _Faulty:
    """The misbehaving middleware in front of WsgiDAV."""

    def __init__(self, app: Callable, server: DavServer) -> None:
        self.app = app
        self.server = server
        self.lock = threading.Lock()

    def __call__(self, environ: dict[str, Any], start_response: Callable) -> Any:
        server, faults = self.server, self.server.faults
        path = environ.get("PATH_INFO", "").encode("latin-1").decode("utf-8", "replace")
        request = Request(environ["REQUEST_METHOD"], path, length=int(environ.get("CONTENT_LENGTH") or 0))
        with self.lock:
            server.log.append(request)
        if faults.down:
            self._cut(environ)
        if faults.busy > 0:
            faults.busy -= 1
            return self._answer(start_response, request, "503 Service Unavailable")
        if faults.token is not None and environ.get("HTTP_AUTHORIZATION") != f"Bearer {faults.token}":
            return self._answer(start_response, request, "401 Unauthorized", [("WWW-Authenticate", "Bearer")])
        if request.method == "PUT":
            server.puts += 1
            if faults.full:
                return self._answer(start_response, request, "507 Insufficient Storage")
            limit = None
            if faults.drop_put == server.puts:
                limit = server.put_bytes + request.length // 2
            elif (
                faults.drop_after_bytes is not None
                and server.put_bytes + request.length > faults.drop_after_bytes
            ):
                limit = faults.drop_after_bytes
            environ["wsgi.input"] = _CountingInput(environ, self, limit)

        def recording_start(status: str, headers: list, exc_info: Any = None) -> Callable:
            request.status = status
            return start_response(status, headers, exc_info)

        return self.app(environ, recording_start)

    def _answer(self, start_response: Callable, request: Request, status: str, headers: list | None = None):
        request.status = status
        start_response(status, [("Content-Type", "text/plain"), ("Content-Length", "0"), *(headers or [])])
        return [b""]

    def _cut(self, environ: dict[str, Any]) -> None:
        self.server.drops += 1
        self.server.faults.down = True
        cut_line(environ)


class _CountingInput:
    """``wsgi.input`` that counts the PUT bytes arriving and cuts the line at ``limit``."""

    def __init__(self, environ: dict[str, Any], owner: _Faulty, limit: int | None) -> None:
        self.inner = environ["wsgi.input"]
        self.environ = environ
        self.owner = owner
        self.limit = limit

    def read(self, size: int = -1) -> bytes:
        server = self.owner.server
        if self.limit is not None:
            room = self.limit - server.put_bytes
            if room <= 0:
                self.owner._cut(self.environ)
            size = room if size is None or size < 0 else min(size, room)
        data = self.inner.read(size)
        server.put_bytes += len(data)
        return data

    def readline(self, size: int = -1) -> bytes:
        data = self.inner.readline(size)
        self.owner.server.put_bytes += len(data)
        return data


def cut_line(environ: dict[str, Any]) -> None:
    """End the request with no answer: the socket is reset (as a dropped line looks to a client)."""
    sock = environ["test.socket"]
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    raise OSError(errno.ECONNABORTED, "cut by the test")


@contextmanager
def serving(app: Callable) -> Iterator[str]:
    """``app`` served by cheroot on a free port of 127.0.0.1 in a thread; yields the base URL."""
    server = wsgi.Server(("127.0.0.1", 0), app, numthreads=4, timeout=5, shutdown_timeout=1)
    server.gateway = _Gateway
    server.expiration_interval = 0.05  # how often serve() looks up: a quick stop()
    server.error_log = lambda *args, **kwargs: None  # the cut lines are on purpose
    server.prepare()
    thread = threading.Thread(target=server.serve, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.bind_addr[1]}"
    finally:
        server.stop()
        thread.join(5)


@contextmanager
def dav_server(root: Path) -> Iterator[DavServer]:
    """WsgiDAV serving ``root`` (anonymous; the token check is the middleware's) on a free port."""
    (root / "incoming").mkdir(parents=True, exist_ok=True)
    config = {
        "provider_mapping": {MOUNT: str(root)},
        "simple_dc": {"user_mapping": {"*": True}},
        "http_authenticator": {"domain_controller": None},
        "verbose": 0,
        "logging": {"enable": False},
        "dir_browser": {"enable": False},
        "lock_storage": True,
    }
    state = DavServer(root, "")
    with serving(_Faulty(WsgiDAVApp(config), state)) as base:
        state.url = f"{base}{MOUNT}/incoming"
        yield state


def make_bundle(
    folder: Path,
    files: dict[str, bytes],
    *,
    index_number: str = "11360200MB1234567X/2024-00003",
    top: str = "bag",
    compress: bool = True,
) -> Path:
    """A bundle as DESIGN.md describes it: ``files`` (paths under data/) made into a BagIt bag with
    bagit, zipped with the bag as the single top folder; returns the .zip (named by its hash's head)."""
    bag_dir = folder / top
    for name, data in files.items():
        path = bag_dir / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    bagit.make_bag(str(bag_dir), {"External-Identifier": index_number, "Source-Organization": "长江区人民政府办公室"},
                   checksums=["sha256"])  # fmt: skip
    tmp = folder / "bundle.zip.part"
    method = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    with zipfile.ZipFile(tmp, "w", method) as archive:
        for path in sorted(bag_dir.rglob("*")):
            if path.is_file():
                archive.write(path, f"{top}/{path.relative_to(bag_dir).as_posix()}")
    digest = hashlib.sha256(tmp.read_bytes()).hexdigest()
    bundle = folder / f"送审包-{digest[:8]}.zip"
    os.replace(tmp, bundle)
    return bundle


def bag_tree(bundle: Path) -> dict[str, bytes]:
    """The bag inside ``bundle`` as the server should hold it: path below the top folder → bytes."""
    with zipfile.ZipFile(bundle) as archive:
        return {
            info.filename.partition("/")[2]: archive.read(info)
            for info in archive.infolist()
            if not info.is_dir()
        }
