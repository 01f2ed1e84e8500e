"""Use case: a change to something already published — a new 有效性 (失效, 废止, 修订) or a
withdrawal (撤回). The change is a submission of its own, linked to the published one, reviewed
and bundled like any other (先审后发); its ``metadata.json`` says what changes and refers to the
earlier bundle's 索引号. Once the change is uploaded, the published item becomes 已失效 or 已撤回."""

from __future__ import annotations

import dataclasses
import datetime as dt

from policy.metadata import PolicyMetadata
from policy.submission import LinkKind
from policy.submission import SubmissionStatus as S
from storage import Library, LibraryError, audit, records, submissions
from workflow import lifecycle

CHANGE_KINDS = ("失效", "废止", "修订", "撤回")
PUBLISHED = (S.EXPORTED, S.UPLOADED)


def request_change(
    lib: Library, submission_id: int, kind: str, actor: str, reason: str = "", date: dt.date | None = None
) -> int:
    """A new submission (草稿) announcing the change; returns its ID."""
    if kind not in CHANGE_KINDS:
        raise LibraryError(
            "bad_change",
            f"变更类型只能是 {'、'.join(CHANGE_KINDS)}",
            f"the change must be one of {CHANGE_KINDS}",
        )
    sub = submissions.get(lib, submission_id)
    if sub.status not in PUBLISHED or not sub.fields.index_number:
        raise LibraryError("not_published", f"第 {submission_id} 条尚未发布（{sub.status.value}），不能申请{kind}",
                           f"submission {submission_id} is not published ({sub.status.name})")  # fmt: skip
    old = sub.fields
    when = date or dt.date.today()
    validity = {"失效": "失效", "废止": "废止", "修订": "已修订"}.get(kind, old.validity)
    fields = dataclasses.replace(old, validity=validity, index_number=None, publish_date=None)
    body = (
        f"《{old.title or ''}》（{old.doc_number or '无文号'}，索引号 {old.index_number}）"
        f"自{when.year}年{when.month}月{when.day}日起{kind}。"
        + (f"\n{reason.strip()}" if reason.strip() else "")
    )
    change = {"kind": kind, "refers_to": old.index_number, "reason": reason.strip(), "date": when.isoformat()}
    with lib.write():
        sid = submissions.insert(lib, sub.kind, PolicyMetadata(fields=fields), body, None, sub.department,
                                 sub.site_column, details={"change": change}, author=actor)  # fmt: skip
        records.link(lib, sid, submission_id, LinkKind.CHANGES)
        audit.append(lib, actor, "change", sid, {"of": submission_id, **change})
    return sid


def apply_published(lib: Library, submission_id: int, actor: str) -> int | None:
    """After a change's bundle is uploaded: the item it concerns becomes 已失效 or 已撤回. Returns
    that item's ID (None when the submission is not a change)."""
    sub = submissions.get(lib, submission_id)
    change = sub.details.get("change")
    if not change:
        return None
    target = next(
        (
            to
            for frm, to, kind in records.links(lib, submission_id)
            if frm == submission_id and kind is LinkKind.CHANGES
        ),
        None,
    )
    if target is None:
        return None
    to = S.WITHDRAWN if change["kind"] == "撤回" else S.EXPIRED
    current = submissions.get(lib, target).status
    if current is S.EXPORTED:
        lifecycle.move(lib, target, S.UPLOADED, actor, "变更发布前的原件视为已发布")
    if submissions.get(lib, target).status is S.UPLOADED:
        lifecycle.move(lib, target, to, actor, f"{change['kind']}（变更已上传）")
    return target
