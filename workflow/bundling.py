"""Use cases that write bundle files: the clerk's 送审包 (``send``), the approved bundle
(``bundle``), and the reviewer's answer to a received 送审包 (approved, or returned with the
comment). Each is a BagIt zip (``bundles.bag``) recorded in the library's ``bundles`` table.

An approved bundle carries exactly the payload frozen when the decisions were made (``review.json``
names its hash), never a fresh rendering. 依申请公开 and 不予公开 items are never bundled for the
site, and an approved bundle needs its 索引号 (it names the file and the bag's External-Identifier).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from bundles.bag import BagInfo, bundle_file_name, write_bag
from bundles.digest import file_sha256
from bundles.payload import METADATA_FILE, Payload, json_bytes
from bundles.verify import metadata_problems
from policy.secrecy import ReviewFile
from policy.submission import Submission
from policy.submission import SubmissionStatus as S
from storage import Library, LibraryError, audit, payloads, submissions
from storage.payloads import BundleRecord
from workflow import config, lifecycle, payload
from workflow.content import content_sha256
from workflow.review import review_file

SEND, APPROVED, RETURNED, CHANGE = "送审包", "审核通过", "退回", "变更"
_SUFFIX = {SEND: "_送审包", RETURNED: "_退回", APPROVED: "", CHANGE: "_变更"}
NOT_FOR_SITE = ("依申请公开", "不予公开")


@dataclass(frozen=True, slots=True)
class BundleWritten:
    path: Path
    kind: str
    submission_id: int
    index_number: str | None
    payload_sha256: str
    bundle_sha256: str


def _write(
    lib: Library,
    sub: Submission,
    kind: str,
    body: Payload,
    review: ReviewFile | None,
    out: Path | str,
    actor: str,
    suffix: str | None = None,
) -> BundleWritten:
    fields = sub.fields
    info = BagInfo(
        organization=fields.publisher or config.load(lib).publisher or "、".join(fields.issuers),
        kind=kind, index_number=fields.index_number, title=fields.title, contact=sub.author,
        approval_sha256=review.payload_sha256 if review and kind in (APPROVED, CHANGE) else None,
    )  # fmt: skip
    meta = body.get(METADATA_FILE)
    problems = metadata_problems(json.loads(meta.data)) if meta else []
    if problems:  # e.g. no title: the receiving side would refuse the file, so it is not written
        raise LibraryError("bad_metadata", f"第 {sub.id} 条的信息不完整，不能打包：{problems[0].message_zh}",
                           f"submission {sub.id} cannot be bundled: {problems[0].message_en}")  # fmt: skip
    name = bundle_file_name(fields.index_number, f"条目{sub.id}", _SUFFIX[kind] if suffix is None else suffix)
    path = write_bag(body, info, out, name, json_bytes(review.as_json()) if review else None)
    bundle_sha = file_sha256(path)
    digest = body.sha256
    with lib.write():
        payloads.record_bundle(lib, BundleRecord(bundle_sha, sub.id, fields.index_number, digest, kind, name, "made",
                                                 content_sha256=content_sha256(lib, sub.id)))  # fmt: skip
        audit.append(lib, actor, "bundle", sub.id,
                     {"kind": kind, "file": name, "bundle_sha256": bundle_sha, "payload_sha256": digest})  # fmt: skip
    return BundleWritten(path, kind, sub.id, fields.index_number, digest, bundle_sha)


def send(lib: Library, submission_id: int, out: Path | str, actor: str) -> BundleWritten:
    """The 送审包 of a submitted item: its payload, no decision, for a section head elsewhere."""
    sub = submissions.get(lib, submission_id)
    if sub.status is not S.PENDING:
        raise LibraryError("not_pending", f"第 {submission_id} 条是“{sub.status.value}”，请先提交审核（submit）再生成送审包",
                           f"submission {submission_id} is {sub.status.name}; submit it before sending it for review")  # fmt: skip
    body = payload.current(lib, submission_id)
    payload.freeze(lib, body)
    return _write(lib, sub, SEND, body, None, out, actor)


def bundle(lib: Library, submission_id: int, out: Path | str, actor: str) -> BundleWritten:
    """The approved bundle: the frozen payload the decisions cover, and ``review.json``."""
    sub = submissions.get(lib, submission_id)
    disclosure = sub.fields.disclosure
    if disclosure in NOT_FOR_SITE:
        raise LibraryError("not_for_site", f"第 {submission_id} 条的公开属性是“{disclosure}”，不生成网站发布包",
                           f"submission {submission_id} is {disclosure}; it is never bundled for the site")  # fmt: skip
    if (
        sub.status not in (S.APPROVED, S.EXPORTED, S.UPLOADED)
        or lifecycle.current_approval(lib, submission_id) is None
    ):
        raise LibraryError("not_approved", f"第 {submission_id} 条当前内容没有完成审核通过（先审后发）",
                           f"submission {submission_id} has no approval of its current content")  # fmt: skip
    review = review_file(lib, submission_id)
    if review is None:
        raise LibraryError("unsigned_approval", f"第 {submission_id} 条的审核没有签名记录，请用 review 命令重新审核",
                           f"submission {submission_id}'s approval is not signed; review it again with the review command")  # fmt: skip
    if not sub.fields.index_number:
        raise LibraryError("no_index_number", f"第 {submission_id} 条没有索引号，不能生成发布包",
                           f"submission {submission_id} has no index number")  # fmt: skip
    kind = CHANGE if "change" in sub.details else APPROVED
    return _write(lib, sub, kind, payload.thaw(lib, review.payload_sha256), review, out, actor)


def answer(lib: Library, submission_id: int, out: Path | str, actor: str) -> BundleWritten:
    """The file a section head sends back for a received 送审包: the approved bundle once every
    level has approved, or the returned one carrying the decision and its comment. Between the
    levels (初审 made, 复审 to come on another machine) it is the 送审包 again, carrying the signed
    初审, for the 复审 reviewer to open."""
    sub = submissions.get(lib, submission_id)
    if sub.status is S.PENDING:
        review = review_file(lib, submission_id)
        if review is None or not review.approved_levels():
            raise LibraryError("no_decision", f"第 {submission_id} 条还没有审核结论", f"submission {submission_id} has no decision yet")  # fmt: skip
        levels = "、".join(sorted(review.approved_levels()))
        return _write(lib, sub, SEND, payload.thaw(lib, review.payload_sha256), review, out, actor,
                      suffix=f"_送审包_{levels}通过")  # fmt: skip
    if sub.status is S.RETURNED:
        review = review_file(lib, submission_id)
        if review is None or review.returned is None:
            raise LibraryError("no_return", "没有签名的退回记录", "there is no signed return to send back")
        return _write(lib, sub, RETURNED, payload.thaw(lib, review.payload_sha256), review, out, actor)
    return bundle(lib, submission_id, out, actor)
