"""Uploading verified bundles to the district site: the shared vocabulary of the two profiles.

``webdav`` puts the bag's files into a collection named by the bundle hash and writes a marker
last; ``http`` posts the zip in one multipart request. Both retry what a retry can fix (dropped
connections, timeouts, 5xx), stop at once on what it cannot (a refused token, a full disk), and
report a frozen ``UploadResult``. The token lives only in ``UploadTarget`` and in the request
header: it is kept out of ``repr``, results, messages and exceptions, since all of those end up
in logs, the audit chain or a terminal.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal, Protocol
from urllib.parse import urlsplit, urlunsplit

PROTOCOLS = ("webdav", "http")
_TOKEN = re.compile(r"[\x21-\x7e]+")
UploadProtocol = Literal["webdav", "http"]


class Progress(Protocol):
    """Called as bytes go out: ``done_bytes`` of ``total_bytes`` so far, ``text`` the file in flight."""

    def __call__(self, done_bytes: int, total_bytes: int, text: str) -> None: ...


Cancelled = Callable[[], bool]


def no_progress(done_bytes: int, total_bytes: int, text: str) -> None:
    """The progress callback of a caller that shows none."""


def never_cancelled() -> bool:
    return False


def token_ok(token: str) -> bool:
    """A token an HTTP header can carry: printable ASCII, no spaces (RFC 6750 allows less)."""
    return bool(_TOKEN.fullmatch(token))


def display_url(url: str) -> str:
    """``url`` without userinfo, query or fragment: the form that may be shown, logged and stored
    (a password or a signed query string must not reach the upload log)."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if ":" in host:  # an IPv6 literal
        host = f"[{host}]"
    netloc = f"{host}:{parts.port}" if parts.port else host
    return urlunsplit((parts.scheme, netloc, parts.path, "", ""))


@dataclass(frozen=True, slots=True)
class UploadTarget:
    """Where bundles go. ``repr`` shows the URL without credentials and never the token."""

    url: str
    protocol: UploadProtocol = "webdav"
    token: str | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.protocol not in PROTOCOLS:
            raise ValueError(f"unknown upload protocol: {self.protocol!r}")
        if not re.match(r"^https?://[^\s/]+", self.url):
            raise ValueError("the upload URL must start with http:// or https://")
        if self.token is not None and not token_ok(self.token):
            # an HTTP header holds printable ASCII only; say so without quoting the token
            raise ValueError("the token must be printable ASCII without spaces")

    @property
    def display(self) -> str:
        return display_url(self.url)

    def __repr__(self) -> str:
        token = "set" if self.token else "none"
        return f"UploadTarget(url={self.display!r}, protocol={self.protocol!r}, token={token})"


class UploadError(Exception):
    """Why an upload stopped. ``fatal``: retrying other bundles is pointless (a refused token, a
    full disk), so a batch stops there. ``str()`` is the one-line message, Chinese then English."""

    def __init__(
        self, key: str, message_zh: str, message_en: str, *, fatal: bool = False, status: int | None = None
    ) -> None:
        super().__init__(f"{message_zh} ({message_en})")
        self.key = key
        self.message_zh = message_zh
        self.message_en = message_en
        self.fatal = fatal
        self.status = status


class UploadCancelled(Exception):
    """The caller's ``cancelled()`` said stop; raised between requests and between body chunks."""


@dataclass(frozen=True, slots=True)
class UploadAttempt:
    """One request that failed and was tried again (or made the upload give up): kept in the
    upload log's detail so a flaky server shows up. ``error`` is the exception's class name only,
    never its text, which may quote the URL."""

    method: str
    path: str  # relative to the target collection ("" for the collection or the POST itself)
    status: int | None
    error: str | None
    wait_s: float  # the pause before the next try (0 when it gave up)
    gave_up: bool = False


@dataclass(frozen=True, slots=True)
class UploadResult:
    """What happened to one bundle at one target."""

    bundle: str  # the file as given
    bundle_sha256: str  # the idempotency key: SHA-256 of the zip's bytes ("" if unreadable)
    target: str  # display form of the URL
    protocol: str
    outcome: str  # uploaded | already_uploaded | invalid | token_refused | disk_full | network | ...
    message_zh: str
    message_en: str
    files_sent: tuple[str, ...] = ()
    files_skipped: tuple[str, ...] = ()  # the server already held them intact
    bytes_sent: int = 0
    verified: bool = False  # the server copy was read back (or its hash echoed) and matched
    attempts: tuple[UploadAttempt, ...] = ()
    index_number: str | None = None
    submission_id: int | None = None

    @property
    def ok(self) -> bool:
        return self.outcome in (UPLOADED, ALREADY_UPLOADED)

    @property
    def retries(self) -> int:
        return sum(not a.gave_up for a in self.attempts)

    @property
    def message(self) -> str:
        return f"{self.message_zh} ({self.message_en})"


UPLOADED, ALREADY_UPLOADED, CANCELLED = "uploaded", "already_uploaded", "cancelled"
