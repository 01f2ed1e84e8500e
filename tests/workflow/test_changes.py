"""A change to a published item (废止/撤回…): its own reviewed bundle referring to the earlier
索引号; once uploaded, the earlier item is 已失效 or 已撤回. Exports verify their copy."""

from __future__ import annotations

import json
import zipfile

import pytest

from bundles.upload import UploadTarget
from bundles.upload.retry import RetryPolicy
from policy.submission import SubmissionStatus as S
from storage import LibraryError, submissions
from tests.bundles.davserver import dav_server
from tests.bundles.flow import CLERK, HEAD, PASSPHRASE, office, submitted
from workflow import bundling, changes, keys, review, submitting
from workflow.export import export
from workflow.upload import upload

FAST = RetryPolicy(tries=2, base_s=0, jitter_s=0, timeout=(5, 10))


@pytest.fixture
def o(tmp_path):
    office_ = office(tmp_path)
    keys.init_key(office_.clerk, HEAD, "科室负责人", PASSPHRASE, store="file")
    yield office_
    office_.close()


def approved_bundle(o, sid, out):
    review.review(o.clerk, sid, "通过", HEAD, PASSPHRASE)
    return bundling.bundle(o.clerk, sid, out, CLERK)


def test_export_copies_verifies_the_copy_and_marks_the_item_exported(o, tmp_path):
    sid = submitted(o)
    made = approved_bundle(o, sid, tmp_path / "out")
    (result,) = export(o.clerk, [made.path], tmp_path / "usb", CLERK)
    assert result.ok and (tmp_path / "usb" / made.path.name).read_bytes() == made.path.read_bytes()
    assert submissions.get(o.clerk, sid).status is S.EXPORTED
    broken = tmp_path / "broken.zip"
    broken.write_bytes(made.path.read_bytes()[:-200])
    (refused,) = export(o.clerk, [broken], tmp_path / "usb2", CLERK)
    assert not refused.ok and refused.target is None and not (tmp_path / "usb2" / "broken.zip").exists()


def test_a_withdrawal_is_reviewed_bundled_uploaded_and_withdraws_the_published_item(o, tmp_path):
    sid = submitted(o)
    first = approved_bundle(o, sid, tmp_path / "out")
    with pytest.raises(LibraryError) as early:
        changes.request_change(o.clerk, sid, "撤回", CLERK)
    assert early.value.key == "not_published"
    with dav_server(tmp_path / "site") as dav:
        target = UploadTarget(dav.url, "webdav", None)
        assert upload(o.clerk, [first.path], target, CLERK, policy=FAST)[0].ok
        assert submissions.get(o.clerk, sid).status is S.UPLOADED
        change = changes.request_change(o.clerk, sid, "撤回", CLERK, reason="政策已调整")
        submitting.submit(o.clerk, change, CLERK)
        made = approved_bundle(o, change, tmp_path / "out")
        assert made.kind == "变更" and made.path.name == "000000000_2024-00002_变更.zip"
        with zipfile.ZipFile(made.path) as zf:
            meta = json.loads(next(zf.read(n) for n in zf.namelist() if n.endswith("data/metadata.json")))
        assert meta["change"]["kind"] == "撤回" and meta["change"]["refers_to"] == "000000000/2024-00001"
        assert upload(o.clerk, [made.path], target, CLERK, policy=FAST)[0].ok
    assert submissions.get(o.clerk, sid).status is S.WITHDRAWN
    assert submissions.get(o.clerk, change).status is S.UPLOADED


def test_verify_flags_a_bundle_whose_index_number_was_already_uploaded_with_other_content(o, tmp_path):
    from workflow import config
    from workflow.verify import verify_bundles

    sid = submitted(o)
    first = approved_bundle(o, sid, tmp_path / "out")
    with dav_server(tmp_path / "site") as dav:
        assert upload(o.clerk, [first.path], UploadTarget(dav.url, "webdav", None), CLERK, policy=FAST)[0].ok
    # another library numbers its own, different notice the same way
    other = office(tmp_path / "other")
    keys.trust_key(other.clerk, o.root / "head.pubkey.json", CLERK)
    config.set_value(other.clerk, "review_levels", "初审", CLERK)
    sid2 = submitted(other, number=8)
    keys.init_key(other.clerk, "钱科长", "科室负责人", PASSPHRASE, store="file")
    review.review(other.clerk, sid2, "通过", "钱科长", PASSPHRASE)
    clash = bundling.bundle(other.clerk, sid2, tmp_path / "clash", CLERK).path
    keys.trust_key(o.clerk, keys.export_key(other.clerk, "钱科长", tmp_path / "qian.json"), CLERK)
    (report,) = verify_bundles(o.clerk, [clash])
    assert [r.key for r in report.reasons] == ["index_published"]
    assert first.path.name in report.reasons[0].message_zh
    assert verify_bundles(o.clerk, [first.path])[0].ok  # the one uploaded itself is fine
    other.close()
