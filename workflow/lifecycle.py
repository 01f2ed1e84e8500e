"""The lifecycle of a submission, checked in one place:

草稿 → 待审核 → 已通过 / 已退回 → 已导出 → 已上传, and 已撤回 / 已失效 for published items.
Approval needs a recorded review of the current content; an edit after submission or approval
sends it back to 草稿 and the old approval stops counting; only approved content leaves.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from policy.submission import Review
from policy.submission import SubmissionStatus as S
from storage import Library, LibraryError, audit, records, submissions
from workflow import config
from workflow.content import content_sha256

TRANSITIONS: dict[S, frozenset[S]] = {
    S.DRAFT: frozenset({S.PENDING}),
    S.PENDING: frozenset({S.APPROVED, S.RETURNED, S.DRAFT}),
    S.RETURNED: frozenset({S.DRAFT, S.PENDING}),
    S.APPROVED: frozenset({S.EXPORTED, S.UPLOADED, S.DRAFT}),
    S.EXPORTED: frozenset({S.UPLOADED, S.DRAFT}),
    S.UPLOADED: frozenset({S.WITHDRAWN, S.EXPIRED}),
    S.WITHDRAWN: frozenset(),
    S.EXPIRED: frozenset(),
}
APPROVE, RETURN = "通过", "退回"


class TransitionError(LibraryError):
    pass


def _refuse(sub_id: int, frm: S, to: S, why: str = "") -> TransitionError:
    extra = f"：{why}" if why else ""
    return TransitionError(
        "transition", f"第 {sub_id} 条不能从“{frm.value}”改为“{to.value}”{extra}",
        f"submission {sub_id} cannot go from {frm.name} to {to.name}{(': ' + why) if why else ''}",
    )  # fmt: skip


def move(lib: Library, submission_id: int, to: S, actor: str, reason: str = "") -> None:
    """Change the status if the lifecycle allows it, with an audit entry, in one transaction."""
    with lib.write():
        current = submissions.get(lib, submission_id).status
        if to not in TRANSITIONS[current]:
            raise _refuse(submission_id, current, to)
        if to in (S.EXPORTED, S.UPLOADED) and not current_approval(lib, submission_id):
            raise _refuse(submission_id, current, to, "内容在审核通过后已改动，需重新审核")
        submissions.set_status(lib, submission_id, to)
        audit.append(
            lib, actor, "status", submission_id, {"from": current.value, "to": to.value, "reason": reason}
        )


REVIEW_ACTIONS = ("review", "review_received")


def round_reviews(lib: Library, submission_id: int) -> list[Review]:
    """The decisions of the current review round: made on the content as it is now, since it was
    last sent for review (a resubmission starts a new round; going back to 草稿 ends it). Every
    decision has its audit entry, so the round is the reviews logged after the last 待审核."""
    in_round = 0
    for entry in audit.entries(lib, submission_id):
        if entry.action == "status" and entry.detail.get("to") in (S.PENDING.value, S.DRAFT.value):
            in_round = 0  # back to 草稿 voids the round; sent for review again starts a new one
        elif entry.action in REVIEW_ACTIONS:
            in_round += 1
    digest = content_sha256(lib, submission_id)
    recent = records.reviews(lib, submission_id)[-in_round:] if in_round else []
    return [r for r in recent if r.content_sha256 == digest]


def current_approval(lib: Library, submission_id: int) -> Review | None:
    """The last 通过 of the current round when every level the library requires has approved the
    content as it is now and nothing was returned since; else None."""
    reviews = round_reviews(lib, submission_id)
    if not reviews or reviews[-1].decision != APPROVE:
        return None
    needed = ("初审", "复审") if config.load(lib).review_levels == "初审+复审" else ("初审",)
    approved = {r.level for r in reviews if r.decision == APPROVE}
    return reviews[-1] if set(needed) <= approved else None


@dataclass(frozen=True, slots=True)
class ReviewInput:
    reviewer: str
    role: str
    decision: str
    comment: str = ""


def record_review(lib: Library, submission_id: int, review: ReviewInput) -> Review:
    """A section head's decision on exactly the current content: 通过 → 已通过, 退回 → 已退回."""
    if review.decision not in (APPROVE, RETURN):
        raise LibraryError(
            "bad_decision", f"审核结论只能是“{APPROVE}”或“{RETURN}”", "the decision must be 通过 or 退回"
        )
    if not review.reviewer.strip():
        raise LibraryError("no_reviewer", "审核必须填写审核人", "a review needs a reviewer")
    with lib.write():
        current = submissions.get(lib, submission_id).status
        to = S.APPROVED if review.decision == APPROVE else S.RETURNED
        if current is not S.PENDING:
            raise _refuse(submission_id, current, to, "只有待审核的条目可以审核")
        stored = Review(
            submission_id, review.reviewer, review.role, review.decision, review.comment,
            dt.datetime.now(dt.UTC).astimezone().replace(microsecond=0), content_sha256(lib, submission_id),
        )  # fmt: skip
        review_id = records.add_review(lib, stored)
        audit.append(lib, review.reviewer, "review", submission_id,
                     {"decision": review.decision, "comment": review.comment, "role": review.role,
                      "content_sha256": stored.content_sha256})  # fmt: skip
        move(lib, submission_id, to, review.reviewer, review.comment)
    return dataclasses.replace(stored, id=review_id)


def check_editable(lib: Library, submission_id: int) -> None:
    """Published items are not edited in place: a new version is imported instead."""
    current = submissions.get(lib, submission_id).status
    if current in (S.UPLOADED, S.WITHDRAWN, S.EXPIRED):
        raise _refuse(submission_id, current, S.DRAFT, "已发布的条目不能直接修改，请导入新版本")


def after_edit(lib: Library, submission_id: int, actor: str) -> None:
    """Content changed: a submitted or approved item goes back to 草稿 (its approval no longer counts)."""
    current = submissions.get(lib, submission_id).status
    if current in (S.PENDING, S.APPROVED, S.EXPORTED, S.RETURNED):
        move(lib, submission_id, S.DRAFT, actor, "提交后内容被修改")
