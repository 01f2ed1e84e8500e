"""The upload use case: verify each bundle, upload the valid ones, log every attempt, and mark the
linked library item 已上传.

A bundle is verified here even if it was verified when it arrived, because what goes on the
public site is the file on disk now. A fatal answer (a refused token, a full disk) or a cancel
stops the batch: the bundles after it are reported as not attempted rather than each hitting the
same wall. The token goes to the uploader and nowhere else — not into the upload log, the audit
chain, a result or a message.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from bundles.upload import (
    CANCELLED,
    Cancelled,
    Progress,
    UploadError,
    UploadResult,
    UploadTarget,
    never_cancelled,
    no_progress,
    token_ok,
)
from bundles.upload import http as http_profile
from bundles.upload import webdav as webdav_profile
from bundles.upload.bagzip import read_bag
from bundles.upload.retry import RetryPolicy
from bundles.verify import NEEDS_APPROVAL, BundleReport
from policy.submission import SubmissionStatus
from storage import Library, LibraryError, audit, payloads, submissions, uploads
from workflow import changes, config, lifecycle
from workflow.verify import verify_bundles

TOKEN_ENV = "POLICYPRESS_TOKEN"
KEYRING_SERVICE = "PolicyPress"
FATAL_OUTCOMES = ("token_refused", "disk_full")
_LOGGED_ATTEMPTS = 50  # retries kept in one log row's detail (a storm can produce hundreds)


# ---- where to, and with what token ----------------------------------------------------------------


def resolve_target(
    lib: Library,
    url: str | None = None,
    protocol: str | None = None,
    token_file: Path | str | None = None,
    environ: Mapping[str, str] | None = None,
) -> UploadTarget:
    """The target from the arguments, else the library's settings (网站地址, 上传方式); the token
    from ``token_file`` (its first line), else ``POLICYPRESS_TOKEN``, else the system keyring
    (service "PolicyPress", user = the site's host name). No token at all is allowed: a server
    that wants one answers 401, which says so clearly."""
    settings = config.load(lib)
    url = (url or settings.site_url or "").strip()
    if not url:
        raise UploadError(
            "no_url", "没有上传地址：请用 --to URL 指定，或在设置中填写网站地址（site_url）",
            "no upload URL: pass --to URL or set site_url in the library settings",
        )  # fmt: skip
    token = _token(url, token_file, os.environ if environ is None else environ)
    if token is not None and not token_ok(token):
        raise UploadError(
            "bad_token", "令牌含有空格、中文或其他不可见字符，无法放入请求头，请检查令牌文件或环境变量",
            "the token holds spaces, non-ASCII or control characters and cannot be sent; check where it came from",
        )  # fmt: skip
    try:
        return UploadTarget(url, protocol or settings.site_protocol, token)  # type: ignore[arg-type]
    except ValueError:
        raise UploadError(
            "bad_url", f"上传地址应以 http:// 或 https:// 开头，上传方式为 webdav 或 http：{uploads.clean_target(url)}",
            f"the upload URL must be http(s) and the protocol webdav or http: {uploads.clean_target(url)}",
        ) from None  # fmt: skip


def _token(url: str, token_file: Path | str | None, environ: Mapping[str, str]) -> str | None:
    if token_file is not None:
        try:
            first = Path(token_file).read_text("utf-8-sig").splitlines()[:1]
        except (OSError, UnicodeDecodeError) as exc:
            why = getattr(exc, "strerror", None) or "不是 UTF-8 文本"
            raise UploadError(
                "token_file",
                f"无法读取令牌文件（{why}）：{token_file}",
                f"cannot read the token file: {token_file}",
            ) from None
        token = first[0].strip() if first else ""
        if not token:
            raise UploadError(
                "token_file", f"令牌文件的第一行是空的：{token_file}", f"the token file's first line is empty: {token_file}"
            )  # fmt: skip
        return token
    if environ.get(TOKEN_ENV, "").strip():
        return environ[TOKEN_ENV].strip()
    return _keyring_token(urlsplit(url).hostname or "")


def _keyring_token(host: str) -> str | None:
    """The token kept in the system keyring for ``host``; None without a usable keyring (a
    headless machine, a locked or broken backend must not stop an upload that needs no token)."""
    if not host:
        return None
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, host) or None
    except Exception:
        return None


# ---- the use case ---------------------------------------------------------------------------------


def upload(
    lib: Library,
    bundle_paths: Iterable[Path | str],
    target: UploadTarget,
    actor: str,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    *,
    policy: RetryPolicy | None = None,
) -> list[UploadResult]:
    """Verify, then upload each bundle to ``target``; one result per bundle, in order."""
    paths = [Path(p) for p in bundle_paths]
    progress = progress or no_progress
    cancelled = cancelled or never_cancelled
    reports = list(verify_bundles(lib, paths))
    results: list[UploadResult] = []
    stopped: UploadResult | None = None
    for path, report in zip(paths, reports, strict=True):
        if stopped is not None:
            results.append(_not_attempted(path, report, target, stopped))
            continue
        if not report.ok:
            result = _invalid(path, report, target)
        elif report.kind not in NEEDS_APPROVAL:
            result = _not_for_site(path, report, target)
        else:
            result = _upload_one(lib, path, report.bundle_sha256, target, progress, cancelled, policy)
        result = _record(lib, result, actor, report)
        results.append(result)
        if result.outcome in FATAL_OUTCOMES or result.outcome == CANCELLED:
            stopped = result
    return results


def _upload_one(
    lib: Library,
    path: Path,
    verified_sha256: str,
    target: UploadTarget,
    progress: Progress,
    cancelled: Cancelled,
    policy: RetryPolicy | None,
) -> UploadResult:
    def shown(done: int, total: int, text: str) -> None:
        progress(done, total, f"{path.name}: {text}")

    try:
        bag = read_bag(path)
    except UploadError as exc:
        return _failed(path, verified_sha256, target, exc.key, exc.message_zh, exc.message_en)
    if bag.sha256 != verified_sha256:  # replaced on disk between the check and the upload
        return _failed(path, bag.sha256, target, "changed", "上传包在校验后被改动，未上传，请重新校验",
                       "the bundle changed after it was verified; it was not uploaded — verify it again")  # fmt: skip
    try:
        if target.protocol == "http":
            return http_profile.upload(bag, target, policy=policy, progress=shown, cancelled=cancelled)
        ledger = _LibraryLedger(lib, bag.sha256, target.display)
        return webdav_profile.upload(bag, target, ledger, policy=policy, progress=shown, cancelled=cancelled)
    except KeyboardInterrupt:
        _log(lib, _failed(path, bag.sha256, target, CANCELLED, "上传被中断", "upload interrupted"), None, {})
        raise


class _LibraryLedger:
    """The library's ``upload_files`` rows for one bundle at one target, as the WebDAV profile's
    ledger: each confirmed file is committed at once, so even a killed process resumes."""

    def __init__(self, lib: Library, bundle_sha256: str, target: str) -> None:
        self.lib, self.sha, self.target = lib, bundle_sha256, target

    def confirmed(self) -> dict[str, tuple[str, int]]:
        return {
            p: (f.sha256, f.size) for p, f in uploads.confirmed_files(self.lib, self.sha, self.target).items()
        }

    def confirm(self, path: str, sha256: str, size: int) -> None:
        uploads.confirm_file(self.lib, self.sha, self.target, uploads.ConfirmedFile(path, sha256, size))

    def forget(self, path: str) -> None:
        uploads.forget_file(self.lib, self.sha, self.target, path)


# ---- results that never reached the server ---------------------------------------------------------


def _failed(
    path: Path,
    sha: str,
    target: UploadTarget,
    outcome: str,
    zh: str,
    en: str,
    index_number: str | None = None,
) -> UploadResult:
    return UploadResult(
        str(path), sha, target.display, target.protocol, outcome, zh, en, index_number=index_number
    )


def _invalid(path: Path, report: BundleReport, target: UploadTarget) -> UploadResult:
    reasons = [r.message_zh for r in report.reasons] or ["校验未通过"]
    english = [r.message_en for r in report.reasons] or ["verification failed"]
    return _failed(
        path, report.bundle_sha256 or "", target, "invalid",
        f"上传包校验未通过，未上传：{'；'.join(reasons)}",
        f"the bundle failed verification and was not uploaded: {'; '.join(english)}",
        report.index_number,
    )  # fmt: skip


def _not_for_site(path: Path, report: BundleReport, target: UploadTarget) -> UploadResult:
    """A 送审包 or a returned bundle verifies, but only approved content goes on the site (先审后发)."""
    return _failed(
        path, report.bundle_sha256, target, "not_approved",
        f"这是“{report.kind}”，不是审核通过的发布包，不能上传（先审后发）",
        f"this is a {report.kind} bundle, not an approved one; only approved bundles are uploaded",
        report.index_number,
    )  # fmt: skip


def _not_attempted(
    path: Path, report: BundleReport, target: UploadTarget, cause: UploadResult
) -> UploadResult:
    return _failed(
        path, report.bundle_sha256 or "", target, "not_attempted",
        f"未上传：前一个上传包已{'取消' if cause.outcome == CANCELLED else '因致命错误停止'}（{cause.message_zh}）",
        f"not uploaded: the batch stopped at an earlier bundle ({cause.message_en})",
        report.index_number,
    )  # fmt: skip


# ---- the log, the audit chain, the item's status --------------------------------------------------


def _record(lib: Library, result: UploadResult, actor: str, report: BundleReport) -> UploadResult:
    """Log the attempt, append the audit entry, move a linked item to 已上传 after a success."""
    made = payloads.bundle(lib, result.bundle_sha256) if result.bundle_sha256 else None
    sid = made.submission_id if made else None
    result = dataclasses.replace(result, submission_id=sid)
    status_note = None
    if result.ok and sid is not None:
        status_note = _mark_uploaded(lib, sid, actor)
        if status_note:
            result = dataclasses.replace(
                result, message_zh=f"{result.message_zh}；条目状态未改为已上传：{status_note[0]}",
                message_en=f"{result.message_en}; the item was not marked uploaded: {status_note[1]}",
            )  # fmt: skip
    extra: dict[str, Any] = {}
    if result.outcome == "invalid":
        extra["reasons"] = [r.message_zh for r in report.reasons]
    if status_note:
        extra["status_note"] = status_note[0]
    _log(lib, result, sid, extra)
    audit.append(lib, actor, "upload", sid, {
        "bundle": Path(result.bundle).name, "sha256": result.bundle_sha256, "target": result.target,
        "protocol": result.protocol, "outcome": result.outcome, "bytes_sent": result.bytes_sent,
        "files_sent": len(result.files_sent), "verified": result.verified,
    })  # fmt: skip
    return result


def _log(lib: Library, result: UploadResult, sid: int | None, extra: dict[str, Any]) -> None:
    detail = {
        "bundle": Path(result.bundle).name,
        "protocol": result.protocol,
        "message": result.message_zh,
        "index_number": result.index_number,
        "files_sent": list(result.files_sent),
        "files_skipped": len(result.files_skipped),
        "verified": result.verified,
        "retries": result.retries,
        "attempts": [dataclasses.asdict(a) for a in result.attempts[-_LOGGED_ATTEMPTS:]],
        **extra,
    }
    uploads.log_upload(lib, sid, result.target, result.outcome, detail,
                       bundle_sha256=result.bundle_sha256 or None, bytes_sent=result.bytes_sent)  # fmt: skip


def _mark_uploaded(lib: Library, sid: int, actor: str) -> tuple[str, str] | None:
    """Move the item to 已上传; why not, when the lifecycle refuses (the upload itself stands)."""
    try:
        if submissions.get(lib, sid).status is SubmissionStatus.UPLOADED:
            return None
        lifecycle.move(lib, sid, SubmissionStatus.UPLOADED, actor, "上传成功")
        changes.apply_published(lib, sid, actor)  # a change uploaded: the item it concerns expires
    except LibraryError as exc:
        return exc.message_zh, exc.message_en
    return None
