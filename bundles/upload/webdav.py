"""The WebDAV profile: the bag's files go into ``<url>/<bundle sha256>/``, then a marker says the
copy is complete.

The order is what makes re-runs safe. The collection is named by the bundle hash, so a re-run
lands in the same place and never duplicates. A file is skipped only when the library recorded
it as confirmed for this bundle and target *and* the server still lists it at that size, so an
interrupted upload resumes with the file that was in flight. WebDAV has no checksum of its own,
so every file is read back and hashed against the manifest before the marker is written: a
marker means "complete and verified", and a site importer may rely on it. A marker already
there, with a copy that reads back intact, makes the run send nothing.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Protocol
from urllib.parse import quote, unquote, urlsplit

import requests

from bundles.upload import (
    ALREADY_UPLOADED,
    CANCELLED,
    UPLOADED,
    Cancelled,
    Progress,
    UploadAttempt,
    UploadCancelled,
    UploadError,
    UploadResult,
    UploadTarget,
    never_cancelled,
    no_progress,
)
from bundles.upload.bagzip import BagMember, BagZip
from bundles.upload.retry import RetryPolicy, check_status, with_retries
from bundles.upload.transport import CHUNK, Body, Meter, open_session

MARKER = ".policypress-complete"
_DAV = "{DAV:}"
_PROPFIND = (
    b'<?xml version="1.0" encoding="utf-8"?>'
    b'<D:propfind xmlns:D="DAV:"><D:prop><D:resourcetype/><D:getcontentlength/></D:prop></D:propfind>'
)
_MAX_LISTING = 16 << 20  # a PROPFIND answer larger than this is not a bundle collection


class Ledger(Protocol):
    """The library's record of the files confirmed on the server for one bundle at one target."""

    def confirmed(self) -> Mapping[str, tuple[str, int]]: ...  # path → (sha256, size)

    def confirm(self, path: str, sha256: str, size: int) -> None: ...

    def forget(self, path: str) -> None: ...


class MemoryLedger:
    """A ledger kept in memory (a caller without a library: the bench, some tests)."""

    def __init__(self) -> None:
        self.files: dict[str, tuple[str, int]] = {}

    def confirmed(self) -> Mapping[str, tuple[str, int]]:
        return dict(self.files)

    def confirm(self, path: str, sha256: str, size: int) -> None:
        self.files[path] = (sha256, size)

    def forget(self, path: str) -> None:
        self.files.pop(path, None)


@dataclass(frozen=True, slots=True)
class _Entry:
    collection: bool
    size: int | None


def _utc_now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def upload(
    bag: BagZip,
    target: UploadTarget,
    ledger: Ledger,
    *,
    policy: RetryPolicy | None = None,
    progress: Progress = no_progress,
    cancelled: Cancelled = never_cancelled,
    clock: Callable[[], str] = _utc_now,
) -> UploadResult:
    """Upload ``bag`` to ``target`` (a WebDAV collection URL); never raises for what the server or
    the network does — the result's ``outcome`` says what happened."""
    with open_session(target) as session:
        return _Run(bag, target, ledger, session, policy or RetryPolicy(), progress, cancelled, clock).run()


class _Run:
    def __init__(
        self,
        bag: BagZip,
        target: UploadTarget,
        ledger: Ledger,
        session: requests.Session,
        policy: RetryPolicy,
        progress: Progress,
        cancelled: Cancelled,
        clock: Callable[[], str],
    ) -> None:
        self.bag, self.target, self.ledger, self.session = bag, target, ledger, session
        self.policy, self.cancelled, self.clock = policy, cancelled, clock
        self.base = f"{target.url.rstrip('/')}/{bag.sha256}/"
        self.meter = Meter(0, progress, cancelled)
        self.attempts: list[UploadAttempt] = []
        self.sent: list[str] = []
        self.skipped: list[str] = []

    # ---- the steps ------------------------------------------------------------------------------

    def run(self) -> UploadResult:
        try:
            return self._upload()
        except UploadError as exc:
            return self._result(exc.key, exc.message_zh, exc.message_en)
        except UploadCancelled:
            return self._result(
                CANCELLED, "已取消上传；已传完的文件下次不会重传",
                "upload cancelled; the files already sent will not be sent again",
            )  # fmt: skip

    def _upload(self) -> UploadResult:
        top = self._list("")
        intact: set[str] = set()  # read back and matching, not sent since
        if top is not None and MARKER in top:
            self.meter.total = self.bag.total_bytes
            bad = (
                self._read_back(self.bag.members)
                if self._marker_names_this_bundle()
                else list(self.bag.members)
            )
            if not bad:
                self.skipped = [m.path for m in self.bag.members]
                return self._result(
                    ALREADY_UPLOADED, "网站上已有这个上传包的完整副本，核对无误，未重复上传",
                    "the site already holds a complete copy of this bundle; it reads back intact, nothing was sent",
                    verified=True,
                )  # fmt: skip
            self._request("DELETE", MARKER, ok=(200, 204, 404))  # no longer true: the copy is being fixed
            for member in bad:
                self.ledger.forget(member.path)
            intact = {m.path for m in self.bag.members} - {m.path for m in bad}
            self.meter.done = 0
        on_server = self._prepare_collections(top)
        confirmed = self.ledger.confirmed()
        to_send = [
            m
            for m in self.bag.members
            if not (confirmed.get(m.path) == (m.sha256, m.size) and on_server.get(m.path) == m.size)
        ]
        self.skipped = [m.path for m in self.bag.members if m not in to_send]
        to_check = [m for m in self.bag.members if m.path not in intact or m in to_send]
        self.meter.total = sum(m.size for m in to_send) + sum(m.size for m in to_check)
        for member in to_send:
            self._put(member)
        bad = self._read_back(to_check)
        if bad:
            for member in bad:
                self.ledger.forget(member.path)
                self.skipped = [p for p in self.skipped if p != member.path]
                self.meter.total += 2 * member.size
                self._put(member)
            still_bad = self._read_back(bad)
            if still_bad:
                shown = still_bad[0].path
                raise UploadError(
                    "verify_failed", f"网站上的副本与清单不符（{shown}），重传后仍不一致，未写完成标记",
                    f"the server copy of {shown} does not match the manifest even after sending it again; "
                    "no completion marker was written",
                )  # fmt: skip
        self._put_marker()
        return self._result(
            UPLOADED, f"已上传并核对：发送 {len(self.sent)} 个文件，{len(self.skipped)} 个网站上已有",
            f"uploaded and verified: {len(self.sent)} files sent, {len(self.skipped)} already on the site",
            verified=True,
        )  # fmt: skip

    def _prepare_collections(self, top: dict[str, _Entry] | None) -> dict[str, int | None]:
        """MKCOL what is missing, PROPFIND what exists; the sizes of the files already there."""
        if top is None:
            self._mkcol("")
            top = {}
        listings: dict[str, dict[str, _Entry] | None] = {"": top}
        needed = _folders(m.path for m in self.bag.members)
        for collection in needed:
            parent, _, name = collection.rstrip("/").rpartition("/")
            parent_listing = listings.get(parent + "/" if parent else "")
            entry = parent_listing.get(name) if parent_listing else None
            if entry is not None and entry.collection:
                listings[collection] = self._list(collection)
            else:
                listings[collection] = {} if self._mkcol(collection) else self._list(collection)
        sizes: dict[str, int | None] = {}
        for collection, listing in listings.items():
            for name, entry in (listing or {}).items():
                if not entry.collection:
                    sizes[collection + name] = entry.size
        return sizes

    def _put(self, member: BagMember) -> None:
        def send() -> None:
            with self.bag.open(member) as stream:
                body = Body(stream, member.size, self.meter, member.path)
                response = self.session.put(
                    self._url(member.path), data=body, timeout=self.policy.timeout, allow_redirects=False,
                    headers={"Content-Type": "application/octet-stream"},
                )  # fmt: skip
            check_status(response)
            response.close()
            if response.status_code not in (200, 201, 204):
                raise self._refused("PUT", member.path, response.status_code)

        with_retries(send, self.policy, method="PUT", path=member.path, attempts=self.attempts,
                     cancelled=self.cancelled)  # fmt: skip
        self.ledger.confirm(member.path, member.sha256, member.size)
        if member.path not in self.sent:
            self.sent.append(member.path)
        self.meter.finish(member.size, member.path)

    def _read_back(self, members: tuple[BagMember, ...] | list[BagMember]) -> list[BagMember]:
        """GET each file and hash it: the members whose server copy is missing or differs."""
        bad = []
        for member in members:
            digest = self._server_sha256(member.path)
            if digest != member.sha256:
                bad.append(member)
            self.meter.finish(member.size, f"核对 {member.path}")
        return bad

    def _server_sha256(self, path: str) -> str | None:
        def fetch() -> str | None:
            response = self.session.get(self._url(path), stream=True, timeout=self.policy.timeout)
            with response:
                check_status(response)
                if response.status_code == 404:
                    return None
                if response.status_code != 200:
                    raise self._refused("GET", path, response.status_code)
                digest = hashlib.sha256()
                for chunk in response.iter_content(CHUNK):
                    self.meter.check()
                    digest.update(chunk)
                return digest.hexdigest()

        return with_retries(fetch, self.policy, method="GET", path=path, attempts=self.attempts,
                            cancelled=self.cancelled)  # fmt: skip

    def _marker_names_this_bundle(self) -> bool:
        def fetch() -> bool:
            response = self.session.get(self._url(MARKER), timeout=self.policy.timeout)
            with response:
                check_status(response)
                if response.status_code != 200:
                    return False
                try:
                    return json.loads(response.content).get("bundle_sha256") == self.bag.sha256
                except (ValueError, AttributeError):
                    return False

        return with_retries(fetch, self.policy, method="GET", path=MARKER, attempts=self.attempts,
                            cancelled=self.cancelled)  # fmt: skip

    def _put_marker(self) -> None:
        payload = {
            "bundle_sha256": self.bag.sha256,
            "index_number": self.bag.index_number,
            "files": len(self.bag.members),
            "bytes": self.bag.total_bytes,
            "bag": self.bag.top,
            "completed_at": self.clock(),
        }
        data = json.dumps(payload, ensure_ascii=False, sort_keys=True).encode("utf-8")
        self._request("PUT", MARKER, ok=(200, 201, 204), data=data,
                      headers={"Content-Type": "application/json; charset=utf-8"})  # fmt: skip

    # ---- requests ------------------------------------------------------------------------------

    def _url(self, path: str) -> str:
        """``path`` (inside the bag) under the bundle collection, each segment percent-encoded
        as UTF-8 (Chinese names, spaces, ``#`` and ``?`` survive the trip)."""
        trailing = "/" if path.endswith("/") else ""
        segments = [quote(s, safe="") for s in path.rstrip("/").split("/") if s]
        return self.base + "/".join(segments) + (trailing if segments else "")

    def _request(self, method: str, path: str, *, ok: tuple[int, ...], **kwargs: object) -> int:
        def send() -> int:
            response = self.session.request(
                method, self._url(path), timeout=self.policy.timeout, allow_redirects=False, **kwargs
            )
            with response:
                check_status(response)
                if response.status_code not in ok:
                    raise self._refused(method, path, response.status_code)
                return response.status_code

        return with_retries(send, self.policy, method=method, path=path, attempts=self.attempts,
                            cancelled=self.cancelled)  # fmt: skip

    def _mkcol(self, collection: str) -> bool:
        """Create ``collection``; False when it already existed (405)."""
        status = self._request("MKCOL", collection, ok=(201, 405, 409))
        if status == 409:
            raise UploadError(
                "no_folder", f"网站上的上传目录不存在：{self.target.display}",
                f"the upload folder does not exist on the site: {self.target.display}",
            )  # fmt: skip
        return status == 201

    def _list(self, collection: str) -> dict[str, _Entry] | None:
        """The members of ``collection`` (Depth: 1), by name; None when it does not exist."""

        def send() -> dict[str, _Entry] | None:
            response = self.session.request(
                "PROPFIND", self._url(collection), data=_PROPFIND, timeout=self.policy.timeout,
                allow_redirects=False, headers={"Depth": "1", "Content-Type": "application/xml; charset=utf-8"},
            )  # fmt: skip
            with response:
                check_status(response)
                if response.status_code == 404:
                    return None
                if response.status_code != 207 or len(response.content) > _MAX_LISTING:
                    raise self._refused("PROPFIND", collection, response.status_code)
                return _parse_listing(response.content, urlsplit(self._url(collection)).path)

        return with_retries(send, self.policy, method="PROPFIND", path=collection, attempts=self.attempts,
                            cancelled=self.cancelled)  # fmt: skip

    def _refused(self, method: str, path: str, status: int) -> UploadError:
        shown = path or "/"
        return UploadError(
            "rejected", f"网站拒绝了请求 {method} {shown}（HTTP {status}）",
            f"the site refused {method} {shown} (HTTP {status})", status=status,
        )  # fmt: skip

    def _result(self, outcome: str, zh: str, en: str, *, verified: bool = False) -> UploadResult:
        return UploadResult(
            bundle=str(self.bag.path), bundle_sha256=self.bag.sha256, target=self.target.display,
            protocol="webdav", outcome=outcome, message_zh=zh, message_en=en,
            files_sent=tuple(self.sent), files_skipped=tuple(self.skipped), bytes_sent=self.meter.sent,
            verified=verified, attempts=tuple(self.attempts), index_number=self.bag.index_number,
        )  # fmt: skip


def _folders(paths: Iterable[str]) -> list[str]:
    """Every collection the files need, "data/" before "data/files/" (MKCOL is one level at a time)."""
    folders = {"/".join(p.split("/")[:n]) + "/" for p in paths for n in range(1, p.count("/") + 1)}
    return sorted(folders, key=lambda c: (c.count("/"), c))


def _parse_listing(xml: bytes, collection_path: str) -> dict[str, _Entry]:
    """A Depth: 1 multistatus as ``name → entry`` for the collection's direct members."""
    try:
        root = ET.fromstring(xml)
    except ET.ParseError:
        raise UploadError(
            "bad_answer",
            "网站对目录查询（PROPFIND）的回答无法解析",
            "the site's PROPFIND answer cannot be parsed",
        ) from None
    own = unquote(collection_path).rstrip("/") + "/"
    entries: dict[str, _Entry] = {}
    for response in root.iter(f"{_DAV}response"):
        href = response.findtext(f"{_DAV}href") or ""
        path = unquote(urlsplit(href).path)
        if not path.startswith(own):
            continue
        name = path[len(own) :].strip("/")
        if not name or "/" in name:
            continue
        collection, size = False, None
        for propstat in response.iter(f"{_DAV}propstat"):
            if " 200 " not in f" {propstat.findtext(f'{_DAV}status') or ''} ":
                continue
            if propstat.find(f"{_DAV}prop/{_DAV}resourcetype/{_DAV}collection") is not None:
                collection = True
            length = propstat.findtext(f"{_DAV}prop/{_DAV}getcontentlength")
            if length and length.strip().isdigit():
                size = int(length.strip())
        entries[name] = _Entry(collection, size)
    return entries
