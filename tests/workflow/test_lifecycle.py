"""草稿 → 待审核 → 已通过 / 已退回 → 已导出 → 已上传: transitions checked in one place."""

import pytest

from policy.submission import SubmissionStatus as S
from storage import Library, LibraryError, audit, submissions
from workflow import editing, lifecycle
from workflow.importing import import_files

HEAD = lifecycle.ReviewInput("李科长", "科室负责人", lifecycle.APPROVE, "同意发布")


@pytest.fixture
def lib(tmp_path):
    library = Library.open(tmp_path / "lib")
    yield library
    library.close()


@pytest.fixture
def draft(lib, corpus):
    (outcome,) = import_files(lib, [corpus / "d055.docx"], "张三")
    return outcome.submission_id


def status(lib, sid):
    return submissions.get(lib, sid).status


def test_submit_then_approve_records_a_review_of_the_current_content(lib, draft):
    lifecycle.move(lib, draft, S.PENDING, "张三")
    assert status(lib, draft) is S.PENDING
    review = lifecycle.record_review(lib, draft, HEAD)
    assert status(lib, draft) is S.APPROVED
    assert lifecycle.current_approval(lib, draft) == review
    actions = [e.action for e in audit.entries(lib, draft)]
    assert actions == ["import", "status", "review", "status"]


def test_an_edit_after_approval_sends_it_back_to_draft_and_the_approval_stops_counting(lib, draft):
    lifecycle.move(lib, draft, S.PENDING, "张三")
    lifecycle.record_review(lib, draft, HEAD)
    editing.confirm_field(lib, draft, "validity", "有效", "张三")
    assert status(lib, draft) is S.DRAFT
    assert lifecycle.current_approval(lib, draft) is None
    lifecycle.move(lib, draft, S.PENDING, "张三")
    with pytest.raises(LibraryError):  # the old approval does not let it leave
        lifecycle.move(lib, draft, S.EXPORTED, "王五")


def test_only_approved_content_can_be_exported_or_uploaded(lib, draft):
    with pytest.raises(lifecycle.TransitionError):
        lifecycle.move(lib, draft, S.EXPORTED, "王五")
    lifecycle.move(lib, draft, S.PENDING, "张三")
    with pytest.raises(lifecycle.TransitionError):
        lifecycle.move(lib, draft, S.UPLOADED, "王五")
    lifecycle.record_review(lib, draft, HEAD)
    lifecycle.move(lib, draft, S.EXPORTED, "王五")
    lifecycle.move(lib, draft, S.UPLOADED, "王五")
    assert status(lib, draft) is S.UPLOADED


def test_a_draft_cannot_be_reviewed_and_a_review_needs_a_reviewer(lib, draft):
    with pytest.raises(lifecycle.TransitionError):
        lifecycle.record_review(lib, draft, HEAD)
    lifecycle.move(lib, draft, S.PENDING, "张三")
    with pytest.raises(LibraryError) as exc:
        lifecycle.record_review(lib, draft, lifecycle.ReviewInput("  ", "科室负责人", lifecycle.APPROVE))
    assert "审核人" in str(exc.value)
    assert status(lib, draft) is S.PENDING


def test_returned_items_can_be_fixed_and_resubmitted(lib, draft):
    lifecycle.move(lib, draft, S.PENDING, "张三")
    lifecycle.record_review(
        lib, draft, lifecycle.ReviewInput("李科长", "科室负责人", lifecycle.RETURN, "缺少有效性")
    )
    assert status(lib, draft) is S.RETURNED
    editing.confirm_field(lib, draft, "validity", "有效", "张三")
    assert status(lib, draft) is S.DRAFT
    lifecycle.move(lib, draft, S.PENDING, "张三")
    assert status(lib, draft) is S.PENDING


def test_published_items_are_not_edited_in_place(lib, draft):
    lifecycle.move(lib, draft, S.PENDING, "张三")
    lifecycle.record_review(lib, draft, HEAD)
    lifecycle.move(lib, draft, S.UPLOADED, "王五")
    with pytest.raises(lifecycle.TransitionError):
        editing.confirm_field(lib, draft, "title", "改过的标题", "张三")
    assert submissions.get(lib, draft).fields.title.startswith("广州市住房和城乡建设局")
    lifecycle.move(lib, draft, S.EXPIRED, "王五")
    assert status(lib, draft) is S.EXPIRED


def test_the_transition_table_is_closed_over_the_statuses():
    assert set(lifecycle.TRANSITIONS) == set(S)
    for targets in lifecycle.TRANSITIONS.values():
        assert targets <= set(S)
