"""Use case: send a submission for review (草稿/已退回 → 待审核), refused while a 阻断 finding stands.

At submission the item gets its 索引号 (``workflow.indexing``, in the same transaction as the status
change) when it has none yet: from the library's scheme (``config set index_scheme``, default
``{org}/{year}-{serial:05d}``: the 机构代码, the year of the 成文日期 — else the current year — and the next serial for that org
and year in this library). With the scheme ``manual`` the site assigns them, and an item without one
entered by the clerk is refused. Without a configured 机构代码 nothing is assigned and the item is
still submitted (the command line prints a 提示), so that a library without settings keeps working.
An index number is unique within the library, whoever wrote it."""

from __future__ import annotations

from checks.settings import CheckSettings
from policy.findings import Finding
from policy.submission import SubmissionStatus
from storage import Library, LibraryError
from workflow import lifecycle
from workflow.check import blocking, check_submission
from workflow.indexing import assign_index_number


class SubmitRefused(LibraryError):
    def __init__(self, submission_id: int, findings: list[Finding], action: str = "提交审核") -> None:
        lines_zh = "；".join(f"{f.message_zh}〔{f.id}〕" for f in findings[:10])
        more = f"；另有 {len(findings) - 10} 项" if len(findings) > 10 else ""
        verb = "submitted" if action == "提交审核" else "approved"
        super().__init__(
            "blocked",
            f"第 {submission_id} 条有 {len(findings)} 项阻断问题，不能{action}：{lines_zh}{more}",
            f"submission {submission_id} has {len(findings)} blocking findings and cannot be {verb}",
        )
        self.findings = findings


def submit(
    lib: Library, submission_id: int, actor: str, settings: CheckSettings | None = None
) -> list[Finding]:
    """Check, assign the 索引号, then move to 待审核; returns the remaining (non-blocking) findings."""
    findings = check_submission(lib, submission_id, settings)
    stopping = blocking(findings)
    if stopping:
        raise SubmitRefused(submission_id, stopping)
    with lib.write():
        assign_index_number(lib, submission_id, actor)
        lifecycle.move(lib, submission_id, SubmissionStatus.PENDING, actor)
    return findings
