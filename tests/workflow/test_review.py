"""The 保密审查 decision: signed, bound to the payload, refused when it must be (先审后发, 一事一审)."""

from __future__ import annotations

import pytest

from bundles import signing
from policy.secrecy import Decision
from policy.submission import SubmissionStatus as S
from storage import LibraryError, submissions
from tests.bundles.flow import CLERK, HEAD, HEAD2, PASSPHRASE, office, submitted
from workflow import bundling, config, editing, keys, lifecycle, receiving, review
from workflow.submitting import SubmitRefused


@pytest.fixture
def o(tmp_path):
    office_ = office(tmp_path)
    yield office_
    office_.close()


def head_in_clerk_library(o, name=HEAD):
    """A small office: the section head works in the clerk's library (one machine)."""
    keys.init_key(o.clerk, name, "科室负责人", PASSPHRASE, store="file")


def test_an_approval_is_signed_bound_to_the_payload_and_makes_the_item_approved(o):
    sid = submitted(o)
    head_in_clerk_library(o)
    decided = review.review(o.clerk, sid, "通过", HEAD, PASSPHRASE, comment="同意发布")
    assert submissions.get(o.clerk, sid).status is S.APPROVED
    decision = Decision.from_json(decided.record)
    assert decision.payload_sha256 == decided.payload_sha256
    assert decision.form.info_name == "关于做好第3批政务公开重点工作的通知"
    assert decision.author == CLERK and decision.index_number == "000000000/2024-00001"
    assert signing.verify(decision.public_key, decision.unsigned_json(), decision.signature)
    forged = decision.unsigned_json() | {"comment": "改过的意见"}
    assert not signing.verify(decision.public_key, forged, decision.signature)
    assert lifecycle.current_approval(o.clerk, sid) is not None


def test_the_payload_reviewed_is_exactly_the_payload_bundled(o, tmp_path):
    sid = submitted(o)
    head_in_clerk_library(o)
    decided = review.review(o.clerk, sid, "通过", HEAD, PASSPHRASE)
    first = bundling.bundle(o.clerk, sid, tmp_path / "a", CLERK)
    again = bundling.bundle(o.clerk, sid, tmp_path / "b", CLERK)
    assert first.payload_sha256 == again.payload_sha256 == decided.payload_sha256
    assert first.path.name == "000000000_2024-00001.zip"


def test_approval_is_refused_while_a_blocking_finding_stands_but_a_return_is_not(o):
    sid = submitted(o)
    head_in_clerk_library(o)
    lifecycle.move(o.clerk, sid, S.DRAFT, CLERK)
    editing.confirm_field(o.clerk, sid, "title", "", CLERK)  # no title: a 阻断 finding
    lifecycle.move(o.clerk, sid, S.PENDING, CLERK)
    with pytest.raises(SubmitRefused) as refused:
        review.review(o.clerk, sid, "通过", HEAD, PASSPHRASE)
    assert "不能审核通过" in str(refused.value) and "标题" in str(refused.value)
    review.review(o.clerk, sid, "退回", HEAD, PASSPHRASE, comment="请补上标题")
    assert submissions.get(o.clerk, sid).status is S.RETURNED


def test_a_reviewer_cannot_review_their_own_submission(o):
    sid = submitted(o)
    keys.init_key(o.clerk, CLERK, "科室负责人", PASSPHRASE, store="file")
    with pytest.raises(LibraryError) as refused:
        review.review(o.clerk, sid, "通过", CLERK, PASSPHRASE)
    assert refused.value.key == "own_work"
    assert submissions.get(o.clerk, sid).status is S.PENDING


def test_a_return_needs_a_comment_and_a_wrong_passphrase_signs_nothing(o):
    sid = submitted(o)
    head_in_clerk_library(o)
    with pytest.raises(LibraryError) as no_comment:
        review.review(o.clerk, sid, "退回", HEAD, PASSPHRASE)
    assert no_comment.value.key == "no_comment"
    with pytest.raises(LibraryError) as wrong:
        review.review(o.clerk, sid, "通过", HEAD, "not the passphrase")
    assert wrong.value.key == "bad_passphrase"
    assert review.decisions_for_content(o.clerk, sid) == []


def test_one_decision_per_level_per_version_and_an_edit_voids_the_approval(o):
    sid = submitted(o)
    head_in_clerk_library(o)
    review.review(o.clerk, sid, "通过", HEAD, PASSPHRASE)
    lifecycle.move(o.clerk, sid, S.DRAFT, CLERK)
    lifecycle.move(o.clerk, sid, S.PENDING, CLERK)
    # resubmitted unchanged: a new round, so a decision can be made again
    review.review(o.clerk, sid, "通过", HEAD, PASSPHRASE)
    editing.confirm_field(o.clerk, sid, "subject", "综合政务", CLERK)  # an edit after approval
    assert submissions.get(o.clerk, sid).status is S.DRAFT
    assert lifecycle.current_approval(o.clerk, sid) is None
    with pytest.raises(LibraryError) as refused:
        bundling.bundle(o.clerk, sid, o.root / "out", CLERK)
    assert refused.value.key == "not_approved"


def test_two_levels_need_two_different_reviewers_in_order(o):
    config.set_value(o.clerk, "review_levels", "初审+复审", CLERK)
    sid = submitted(o)
    head_in_clerk_library(o)
    head_in_clerk_library(o, HEAD2)
    with pytest.raises(LibraryError) as early:
        review.review(o.clerk, sid, "通过", HEAD2, PASSPHRASE, level="复审")
    assert early.value.key == "no_first_review"
    first = review.review(o.clerk, sid, "通过", HEAD, PASSPHRASE)
    assert first.level == "初审" and submissions.get(o.clerk, sid).status is S.PENDING
    with pytest.raises(LibraryError) as twice:
        review.review(o.clerk, sid, "通过", HEAD, PASSPHRASE, level="初审")
    assert twice.value.key == "already_decided"
    with pytest.raises(LibraryError) as same:
        review.review(o.clerk, sid, "通过", HEAD, PASSPHRASE)
    assert same.value.key == "same_reviewer"
    second = review.review(o.clerk, sid, "通过", HEAD2, PASSPHRASE)
    assert second.level == "复审" and submissions.get(o.clerk, sid).status is S.APPROVED
    assert [d.level for d in review.review_file(o.clerk, sid).decisions] == ["初审", "复审"]


def test_a_key_of_another_role_cannot_review(o):
    sid = submitted(o)
    keys.init_key(o.clerk, "赵上传", "上传员", PASSPHRASE, store="file")
    with pytest.raises(LibraryError) as refused:
        review.review(o.clerk, sid, "通过", "赵上传", PASSPHRASE)
    assert refused.value.key == "not_reviewer"


def test_work_travels_as_files_clerk_to_head_and_back_with_a_return(o, tmp_path):
    sid = submitted(o)
    sent = bundling.send(o.clerk, sid, tmp_path / "to-head", CLERK)
    assert sent.path.name == "000000000_2024-00001_送审包.zip"
    opened = receiving.open_bundle(o.head, sent.path, HEAD)
    assert opened.new and opened.status is S.PENDING
    received = submissions.get(o.head, opened.submission_id)
    assert received.author == CLERK and received.fields.title == "关于做好第3批政务公开重点工作的通知"
    review.review(o.head, opened.submission_id, "退回", HEAD, PASSPHRASE, comment="解读的惠民措施要写具体")
    back = bundling.answer(o.head, opened.submission_id, tmp_path / "to-clerk", HEAD)
    assert back.path.name == "000000000_2024-00001_退回.zip"
    answered = receiving.open_bundle(o.clerk, back.path, CLERK)
    assert not answered.new and answered.submission_id == sid
    assert answered.status is S.RETURNED and answered.comment == "解读的惠民措施要写具体"
    assert submissions.get(o.clerk, sid).status is S.RETURNED


def test_an_approval_made_elsewhere_covers_exactly_the_files_sent(o, tmp_path):
    sid = submitted(o)
    sent = bundling.send(o.clerk, sid, tmp_path / "to-head", CLERK)
    opened = receiving.open_bundle(o.head, sent.path, HEAD)
    decided = review.review(o.head, opened.submission_id, "通过", HEAD, PASSPHRASE)
    assert decided.payload_sha256 == sent.payload_sha256  # the received files, not a re-rendering
    approved = bundling.answer(o.head, opened.submission_id, tmp_path / "approved", HEAD)
    assert approved.path.name == "000000000_2024-00001.zip"
    back = receiving.open_bundle(o.clerk, approved.path, CLERK)
    assert back.submission_id == sid and back.status is S.APPROVED
    at_uploader = receiving.open_bundle(o.uploader, approved.path, "赵上传")
    assert at_uploader.new and at_uploader.status is S.APPROVED
    assert (
        receiving.open_bundle(o.uploader, approved.path, "赵上传").submission_id == at_uploader.submission_id
    )


def test_a_bundle_the_other_side_would_refuse_is_not_written(o, tmp_path):
    sid = submitted(o)
    lifecycle.move(o.clerk, sid, S.DRAFT, CLERK)
    editing.confirm_field(o.clerk, sid, "title", "", CLERK)
    lifecycle.move(o.clerk, sid, S.PENDING, CLERK)  # (as a shared library's other user might)
    with pytest.raises(LibraryError) as refused:
        bundling.send(o.clerk, sid, tmp_path / "mail", CLERK)
    assert refused.value.key == "bad_metadata" and "fields/title" in refused.value.message_zh
    assert not (tmp_path / "mail").exists() or not list((tmp_path / "mail").glob("*.zip"))


def test_with_two_levels_on_two_machines_the_first_review_travels_with_the_send_bundle(o, tmp_path):
    for lib in (o.clerk, o.head, o.uploader):
        config.set_value(lib, "review_levels", "初审+复审", CLERK)
    sid = submitted(o)
    sent = bundling.send(o.clerk, sid, tmp_path / "mail", CLERK)
    opened = receiving.open_bundle(o.head, sent.path, HEAD)
    review.review(o.head, opened.submission_id, "通过", HEAD, PASSPHRASE)
    between = bundling.answer(o.head, opened.submission_id, tmp_path / "to-leader", HEAD)
    assert between.path.name == "000000000_2024-00001_送审包_初审通过.zip"
    # the 复审 reviewer works in the uploader's... here: a third library that trusts the head
    leader = o.uploader
    keys.init_key(leader, HEAD2, "科室负责人", PASSPHRASE, store="file")
    at_leader = receiving.open_bundle(leader, between.path, HEAD2)
    assert at_leader.status is S.PENDING
    second = review.review(leader, at_leader.submission_id, "通过", HEAD2, PASSPHRASE)
    assert second.level == "复审" and second.payload_sha256 == sent.payload_sha256
    final = bundling.answer(leader, at_leader.submission_id, tmp_path / "approved", HEAD2)
    assert final.path.name == "000000000_2024-00001.zip"
    assert [d.level for d in review.review_file(leader, at_leader.submission_id).decisions] == [
        "初审",
        "复审",
    ]
    with pytest.raises(receiving.BundleInvalid) as untrusted:  # the clerk does not know the leader yet
        receiving.open_bundle(o.clerk, final.path, CLERK)
    assert {r.key for r in untrusted.value.report.reasons} == {"untrusted"}
    keys.trust_key(o.clerk, keys.export_key(leader, HEAD2, tmp_path / "leader.json"), CLERK)
    back = receiving.open_bundle(o.clerk, final.path, CLERK)
    assert back.submission_id == sid and back.status is S.APPROVED
