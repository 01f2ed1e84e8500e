"""The plain HTTP profile: one ``POST <url>`` of the zip as multipart/form-data (field ``bundle``),
with ``Authorization: Bearer`` and ``Idempotency-Key: <bundle sha256>``.

The bundle hash is the idempotency key, so a POST retried after a dropped connection — whose
first copy may well have arrived — cannot create a second item: the server answers 409 for a key
it already holds, which counts as success. There is no per-file resume here (the zip is one
request); when the server echoes the ``sha256`` of what it received, it is compared with the
bundle hash, which is this profile's read-back.
"""

from __future__ import annotations

import io
import json
import uuid
from urllib.parse import quote

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
from bundles.upload.bagzip import BagZip
from bundles.upload.retry import RetryPolicy, check_status, with_retries
from bundles.upload.transport import Body, Chain, Meter, open_session

FIELD = "bundle"


def _multipart_head(boundary: str, filename: str) -> bytes:
    """The part header; the file name both as a quoted UTF-8 ``filename`` (what most servers read)
    and as RFC 5987 ``filename*`` (what strict ones read), since bundle names may be Chinese."""
    plain = filename.replace("\\", "_").replace('"', "_").replace("\r", "_").replace("\n", "_")
    return (
        f"--{boundary}\r\n"
        f'Content-Disposition: form-data; name="{FIELD}"; filename="{plain}"; '
        f"filename*=UTF-8''{quote(filename, safe='')}\r\n"
        "Content-Type: application/zip\r\n\r\n"
    ).encode()


def upload(
    bag: BagZip,
    target: UploadTarget,
    *,
    policy: RetryPolicy | None = None,
    progress: Progress = no_progress,
    cancelled: Cancelled = never_cancelled,
) -> UploadResult:
    """POST ``bag``'s zip to ``target``; the result's ``outcome`` says what happened."""
    policy = policy or RetryPolicy()
    meter = Meter(bag.size, progress, cancelled)
    attempts: list[UploadAttempt] = []
    boundary = f"policypress-{uuid.uuid4().hex}"
    head, tail = _multipart_head(boundary, bag.path.name), f"\r\n--{boundary}--\r\n".encode()
    headers = {
        "Content-Type": f"multipart/form-data; boundary={boundary}",
        "Idempotency-Key": bag.sha256,
        "Accept": "application/json",
    }

    def post(session: requests.Session) -> tuple[int, dict]:
        meter.done = 0
        with bag.path.open("rb") as fp:
            body = Body(Chain(io.BytesIO(head), fp, io.BytesIO(tail)), len(head) + bag.size + len(tail),
                        meter, bag.path.name)  # fmt: skip
            response = session.post(target.url, data=body, headers=headers, timeout=policy.timeout,
                                    allow_redirects=False)  # fmt: skip
        with response:
            check_status(response)
            return response.status_code, _answer(response)

    def result(outcome: str, zh: str, en: str, verified: bool = False) -> UploadResult:
        sent = (bag.path.name,) if outcome == UPLOADED else ()
        return UploadResult(
            bundle=str(bag.path), bundle_sha256=bag.sha256, target=target.display, protocol="http",
            outcome=outcome, message_zh=zh, message_en=en, files_sent=sent,
            files_skipped=(bag.path.name,) if outcome == ALREADY_UPLOADED else (), bytes_sent=meter.sent,
            verified=verified, attempts=tuple(attempts), index_number=bag.index_number,
        )  # fmt: skip

    with open_session(target) as session:
        try:
            status, answer = with_retries(lambda: post(session), policy, method="POST", path="", attempts=attempts,
                                          cancelled=cancelled)  # fmt: skip
        except UploadError as exc:
            return result(exc.key, exc.message_zh, exc.message_en)
        except UploadCancelled:
            return result(CANCELLED, "已取消上传", "upload cancelled")
    if status not in (200, 201, 202, 409):
        return result(
            "rejected", f"网站拒绝了上传（HTTP {status}）", f"the site refused the upload (HTTP {status})"
        )
    echoed = answer.get("sha256")
    if isinstance(echoed, str) and echoed.lower() != bag.sha256:
        return result(
            "verify_failed", "网站收到的内容与上传包不一致（SHA-256 不符），请重新上传",
            "what the site received does not match the bundle (SHA-256 differs); upload it again",
        )  # fmt: skip
    verified = isinstance(echoed, str)
    checked_zh, checked_en = (
        ("，网站回传的 SHA-256 核对无误", "; the SHA-256 the site echoed matches") if verified
        else ("（网站未回传 SHA-256，无法核对）", " (the site echoed no SHA-256; not verified)")
    )  # fmt: skip
    if status == 409:
        return result(
            ALREADY_UPLOADED,
            f"网站上已有这个上传包，未重复上传{checked_zh}",
            f"the site already has this bundle; nothing was duplicated{checked_en}",
            verified,
        )
    return result(UPLOADED, f"已上传{checked_zh}", f"uploaded{checked_en}", verified)


def _answer(response: requests.Response) -> dict:
    """The server's JSON answer, if it gave one (only ``sha256`` is read)."""
    if "json" not in response.headers.get("Content-Type", ""):
        return {}
    try:
        value = json.loads(response.content[: 1 << 20])
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}
