"""Use case: send a submission for review (草稿/已退回 → 待审核), refused while a 阻断 finding stands."""

from __future__ import annotations

from checks.settings import CheckSettings
from policy.findings import Finding
from policy.submission import SubmissionStatus
from storage import Library, LibraryError
from workflow import lifecycle
from workflow.check import blocking, check_submission


class SubmitRefused(LibraryError):
    def __init__(self, submission_id: int, findings: list[Finding]) -> None:
        lines_zh = "；".join(f"{f.message_zh}〔{f.id}〕" for f in findings[:10])
        more = f"；另有 {len(findings) - 10} 项" if len(findings) > 10 else ""
        super().__init__(
            "blocked",
            f"第 {submission_id} 条有 {len(findings)} 项阻断问题，不能提交审核：{lines_zh}{more}",
            f"submission {submission_id} has {len(findings)} blocking findings and cannot be submitted",
        )
        self.findings = findings


def submit(
    lib: Library, submission_id: int, actor: str, settings: CheckSettings | None = None
) -> list[Finding]:
    """Check, then move to 待审核; returns the remaining (non-blocking) findings."""
    findings = check_submission(lib, submission_id, settings)
    stopping = blocking(findings)
    if stopping:
        raise SubmitRefused(submission_id, stopping)
    lifecycle.move(lib, submission_id, SubmissionStatus.PENDING, actor)
    return findings
