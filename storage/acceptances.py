"""Reviewers' explicit acceptances of check findings (a finding accepted no longer blocks)."""

from __future__ import annotations

import datetime as dt

from policy.findings import Acceptance
from storage.library import Library, now


def add(lib: Library, submission_id: int, finding_id: str, reviewer: str, reason: str) -> None:
    with lib.write() as conn:
        conn.execute(
            "INSERT INTO acceptances(submission_id, finding_id, reviewer, reason, at) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT(submission_id, finding_id) DO UPDATE SET reviewer = excluded.reviewer,"
            " reason = excluded.reason, at = excluded.at",
            (submission_id, finding_id, reviewer, reason, now()),
        )


def of(lib: Library, submission_id: int) -> dict[str, Acceptance]:
    rows = lib.query("SELECT * FROM acceptances WHERE submission_id = ? ORDER BY at", (submission_id,))
    return {
        r["finding_id"]: Acceptance(r["reviewer"], r["reason"], dt.datetime.fromisoformat(r["at"]))
        for r in rows
    }
