"""What goes over the wire: the HTTP session (bearer token, timeouts come from ``RetryPolicy``)
and request bodies that count what leaves the machine, report progress and honour a cancel.

The token is attached by ``BearerAuth`` rather than a default header: requests then skips
``~/.netrc`` (which would otherwise replace the header), drops it on a redirect to another host,
and the object's ``repr`` cannot leak it.

``Meter`` keeps two numbers apart: ``sent`` (every byte handed to the socket, a retried file
counted again — what the upload log and the resume figures report) and the progress position
(each file counted once, so the bar never runs past 100 %).
"""

from __future__ import annotations

from typing import IO

import requests
from requests.auth import AuthBase

from bundles.upload import Cancelled, Progress, UploadCancelled, UploadTarget

CHUNK = 1 << 16
USER_AGENT = "PolicyPress/0.1 (bundle uploader)"


class BearerAuth(AuthBase):
    def __init__(self, token: str) -> None:
        self._token = token

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        request.headers["Authorization"] = f"Bearer {self._token}"
        return request

    def __repr__(self) -> str:
        return "BearerAuth(<hidden>)"


def open_session(target: UploadTarget) -> requests.Session:
    session = requests.Session()
    session.headers["User-Agent"] = USER_AGENT
    if target.token:
        session.auth = BearerAuth(target.token)
    return session


class Meter:
    def __init__(self, total: int, progress: Progress, cancelled: Cancelled) -> None:
        self.total = total
        self.sent = 0
        self.done = 0  # bytes of the files finished (sent, skipped or read back)
        self._progress = progress
        self._cancelled = cancelled

    def check(self) -> None:
        if self._cancelled():
            raise UploadCancelled()

    def show(self, position: int, text: str) -> None:
        self._progress(min(self.done + position, self.total), self.total, text)

    def finish(self, size: int, text: str) -> None:
        self.done += size
        self.show(0, text)


class Body:
    """A file-like request body of known length over ``stream``: requests sends it with a
    Content-Length (from ``len``) and reads it in chunks, so a 6 MB file is never in memory."""

    def __init__(self, stream: IO[bytes], size: int, meter: Meter, text: str) -> None:
        self._stream = stream
        self._size = size
        self._meter = meter
        self._text = text
        self._position = 0

    def __len__(self) -> int:
        return self._size

    def read(self, n: int = -1) -> bytes:
        self._meter.check()
        chunk = self._stream.read(CHUNK if n is None or n < 0 else n)
        self._position += len(chunk)
        self._meter.sent += len(chunk)
        self._meter.show(self._position, self._text)
        return chunk


class Chain:
    """Several streams read as one (a multipart preamble, the zip, the closing boundary)."""

    def __init__(self, *streams: IO[bytes]) -> None:
        self._streams = list(streams)

    def read(self, n: int = -1) -> bytes:
        while self._streams:
            chunk = self._streams[0].read(n)
            if chunk:
                return chunk
            self._streams.pop(0)
        return b""
