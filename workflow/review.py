"""Use case: the section head's 保密审查 decision (先审后发, 一事一审).

A decision is recorded on a 待审核 submission, at a level (初审, and 复审 when the library's
settings ask for two), by a reviewer who holds a 科室负责人 key in this library and is not the
submission's author. It covers the 保密审查 form and is bound to the SHA-256 of exactly the
payload that will be bundled: the payload is built, frozen in the library, and the decision signed
over its hash. 通过 is refused while any 阻断 finding stands; 退回 is always possible and carries
the comment back to the clerk. One decision per level per version of the content; an edit after
approval sends the submission back to 草稿 and the decision no longer counts (``lifecycle``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from bundles.signing import sign
from checks.settings import CheckSettings
from policy.keys import REVIEWER_ROLE
from policy.secrecy import APPROVE, LEVELS, RETURN, Decision, ReviewFile, SecrecyForm
from policy.submission import Review, Submission
from policy.submission import SubmissionStatus as S
from storage import Library, LibraryError, audit, records, submissions
from workflow import config, keys, lifecycle, payload
from workflow.check import blocking, check_submission
from workflow.content import content_sha256
from workflow.submitting import SubmitRefused


def required_levels(lib: Library) -> tuple[str, ...]:
    return LEVELS if config.load(lib).review_levels == "初审+复审" else LEVELS[:1]


def default_form(sub: Submission, interpretation_summary: str = "") -> SecrecyForm:
    """The form as the app fills it in; the reviewer changes what needs changing."""
    f = sub.fields
    title = f.title or sub.title or "（无标题）"
    summary = interpretation_summary or "；".join(x for x in (f.doc_number, title) if x)
    scope = "社会公众" if (f.disclosure or "主动公开") == "主动公开" else (f.disclosure or "")
    return SecrecyForm(info_name=title, summary=summary[:300], scope=scope)


def decisions_for_content(lib: Library, submission_id: int) -> list[Review]:
    """The signed decisions of the current round (this content, since it was last sent for review)."""
    return [r for r in lifecycle.round_reviews(lib, submission_id) if r.record]


def review_file(lib: Library, submission_id: int) -> ReviewFile | None:
    """``review.json`` for the current content: every decision on it since the last 退回."""
    decisions = [Decision.from_json(r.record) for r in decisions_for_content(lib, submission_id)]  # type: ignore[arg-type]
    if not decisions:
        return None
    return ReviewFile(
        decisions[-1].payload_sha256,
        tuple(d for d in decisions if d.payload_sha256 == decisions[-1].payload_sha256),
    )


def _refused(key: str, zh: str, en: str) -> LibraryError:
    return LibraryError(key, zh, en)


def _next_level(lib: Library, submission_id: int, level: str | None) -> str:
    needed = required_levels(lib)
    done = {r.level for r in decisions_for_content(lib, submission_id) if r.decision == APPROVE}
    if level is None:
        level = next((lv for lv in needed if lv not in done), needed[-1])
    if level not in needed:
        raise _refused("bad_level", f"本资料库的审核层级是“{'+'.join(needed)}”，没有“{level}”",
                       f"this library's review levels are {'+'.join(needed)}; there is no {level}")  # fmt: skip
    if level == "复审" and "初审" not in done:
        raise _refused("no_first_review", "复审前需要先有初审“通过”", "a 复审 needs an approving 初审 first")
    if level in done or any(r.level == level for r in decisions_for_content(lib, submission_id)):
        raise _refused("already_decided", f"这一版本已有{level}结论（一事一审）",
                       f"this version already has a {level} decision")  # fmt: skip
    return level


def review(
    lib: Library,
    submission_id: int,
    decision: str,
    reviewer: str,
    passphrase: str | None = None,
    *,
    comment: str = "",
    level: str | None = None,
    form: SecrecyForm | None = None,
    settings: CheckSettings | None = None,
    now: dt.datetime | None = None,
) -> Review:
    """Record and sign one decision; returns the stored review (its ``record`` is the signed JSON)."""
    if decision not in (APPROVE, RETURN):
        raise LibraryError(
            "bad_decision", f"审核结论只能是“{APPROVE}”或“{RETURN}”", "the decision must be 通过 or 退回"
        )
    if decision == RETURN and not comment.strip():
        raise LibraryError("no_comment", "退回时请写明退回意见", "a return needs a comment for the clerk")
    sub = submissions.get(lib, submission_id)
    if sub.status is not S.PENDING:
        raise _refused("not_pending", f"第 {submission_id} 条是“{sub.status.value}”，只有待审核的条目可以审核",
                       f"submission {submission_id} is {sub.status.name}; only pending items are reviewed")  # fmt: skip
    key, private = keys.signing_key(lib, reviewer, passphrase)
    if key.public.role != REVIEWER_ROLE:
        raise _refused("not_reviewer", f"“{reviewer}”的密钥角色是{key.public.role}，审核需要{REVIEWER_ROLE}的密钥",
                       f"{reviewer}'s key is for {key.public.role}; reviewing needs a section head's key")  # fmt: skip
    if sub.author and sub.author.strip() == key.public.name:
        raise _refused("own_work", f"审核人不能审核自己经办的条目（经办人：{sub.author}）",
                       f"a reviewer may not review their own submission (author: {sub.author})")  # fmt: skip
    level = _next_level(lib, submission_id, level)
    if decision == APPROVE:
        stopping = blocking(check_submission(lib, submission_id, settings))
        if stopping:
            raise SubmitRefused(submission_id, stopping, action="审核通过")
        earlier = {r.reviewer for r in decisions_for_content(lib, submission_id)}
        if key.public.name in earlier:
            raise _refused(
                "same_reviewer",
                "初审与复审应由不同的人作出",
                "初审 and 复审 must be made by different people",
            )
    built = payload.current(lib, submission_id)
    digest = payload.freeze(lib, built)
    stamp = (now or dt.datetime.now(dt.UTC)).astimezone().replace(microsecond=0)
    unsigned = Decision(
        level=level, decision=decision, reviewer=key.public.name, role=key.public.role, comment=comment.strip(),
        reviewed_at=stamp.isoformat(), payload_sha256=digest, index_number=sub.fields.index_number,
        form=form or default_form(sub), public_key=key.public.key, author=sub.author,
    )  # fmt: skip
    signed = dataclasses.replace(unsigned, signature=sign(private, unsigned.unsigned_json()))
    stored = Review(
        submission_id, key.public.name, key.public.role, decision, comment.strip(), stamp,
        content_sha256(lib, submission_id), level=level, payload_sha256=digest, record=signed.as_json(),
    )  # fmt: skip
    with lib.write():
        review_id = records.add_review(lib, stored)
        audit.append(lib, key.public.name, "review", submission_id,
                     {"decision": decision, "level": level, "comment": comment.strip(), "payload_sha256": digest,
                      "content_sha256": stored.content_sha256, "fingerprint": key.public.fingerprint})  # fmt: skip
        if decision == RETURN:
            lifecycle.move(lib, submission_id, S.RETURNED, key.public.name, comment.strip())
        elif level == required_levels(lib)[-1]:
            lifecycle.move(lib, submission_id, S.APPROVED, key.public.name, "")
    return dataclasses.replace(stored, id=review_id)
