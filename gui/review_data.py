"""What the section head's workspace shows, read from the library as plain data (no widgets): the
待审核 queue (``load_queue``) and, for the selected item, the state of its review (``load_state``):
the 保密审查 form prefilled by ``workflow.review.default_form``, the level the next decision takes,
whether it came from a 送审包 file, and the reviewer's own signing key."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from policy.keys import REVIEWER_ROLE
from policy.secrecy import APPROVE, SecrecyForm
from policy.submission import Kind, SubmissionStatus
from storage import Library, payloads, submissions
from storage import keys as stored_keys
from storage.keys import KeyRecord
from storage.payloads import BundleRecord
from workflow.review import decisions_for_content, default_form, required_levels

RECEIVED = "received"


@dataclass(frozen=True, slots=True)
class QueueItem:
    """One row of the 待审核 queue."""

    submission_id: int
    kind: Kind
    title: str | None
    doc_number: str | None
    author: str | None  # the clerk who prepared it (for a 送审包: who sent it)
    arrived_at: dt.datetime  # when the 送审包 was opened here, else when it last changed (submitted)
    file_name: str | None = None  # the 送审包 it was opened from; None for an item of this library

    @property
    def received(self) -> bool:
        return self.file_name is not None


def received_bundle(lib: Library, submission_id: int) -> BundleRecord | None:
    """The 送审包 (or other bundle) this submission was opened from, the latest one."""
    found = [b for b in payloads.bundles_for(lib, submission_id) if b.origin == RECEIVED]
    return found[-1] if found else None


def _stamp(text: str, fallback: dt.datetime) -> dt.datetime:
    try:
        return dt.datetime.fromisoformat(text)
    except (TypeError, ValueError):
        return fallback


def load_queue(lib: Library) -> list[QueueItem]:
    """The library's 待审核 submissions, the longest waiting first."""
    items = []
    for summary in submissions.summaries(lib, status=SubmissionStatus.PENDING):
        sub = submissions.get(lib, summary.id)
        bundle = received_bundle(lib, summary.id)
        arrived = _stamp(bundle.at, summary.updated_at) if bundle else summary.updated_at
        items.append(
            QueueItem(
                summary.id,
                summary.kind,
                summary.title,
                summary.doc_number,
                sub.author,
                arrived,
                bundle.file_name if bundle else None,
            )
        )
    items.sort(key=lambda item: (item.arrived_at, item.submission_id))
    return items


@dataclass(frozen=True, slots=True)
class ReviewState:
    """Everything the 保密审查 side of the workspace needs for one submission."""

    submission_id: int
    status: SubmissionStatus
    title: str | None
    doc_number: str | None
    author: str | None
    form: SecrecyForm
    level: str  # the level the next decision takes (初审 / 复审)
    levels: tuple[str, ...]  # the levels this library requires
    earlier: tuple[tuple[str, str, str], ...]  # (level, decision, reviewer) of this round so far
    bundle: BundleRecord | None  # the 送审包 it was opened from
    key: KeyRecord | None  # the reviewer's own signing key in this library

    @property
    def received(self) -> bool:
        return self.bundle is not None

    @property
    def key_problem(self) -> str | None:
        """Why this person cannot sign here: "no_key", "not_reviewer", or None when they can."""
        if self.key is None:
            return "no_key"
        if self.key.public.role != REVIEWER_ROLE:
            return "not_reviewer"
        return None


def load_state(lib: Library, submission_id: int, reviewer: str) -> ReviewState:
    sub = submissions.get(lib, submission_id)
    levels = required_levels(lib)
    round_ = decisions_for_content(lib, submission_id)
    approved = {r.level for r in round_ if r.decision == APPROVE}
    level = next((lv for lv in levels if lv not in approved), levels[-1])
    own = stored_keys.own_keys(lib, reviewer.strip())
    return ReviewState(
        submission_id,
        sub.status,
        sub.fields.title or sub.title,
        sub.fields.doc_number or sub.doc_number,
        sub.author,
        default_form(sub),
        level,
        levels,
        tuple((r.level, r.decision, r.reviewer) for r in round_),
        received_bundle(lib, submission_id),
        own[0] if own else None,
    )
