"""`verify`: every way a bundle can be wrong is named, each found in a bundle tampered that way."""

from __future__ import annotations

import json
import stat
import zipfile

import pytest

from bundles.verify import Limits, verify_bundle
from policy.keys import PublicKey
from tests.bundles.flow import CLERK, HEAD, PASSPHRASE, UPLOADER, office, rehash, rewrite_zip, submitted
from workflow import bundling, keys, review
from workflow.keys import trusted_keys
from workflow.verify import verify_bundles

TOP = "000000000_2024-00001"


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    """One approved bundle (and its 送审包), made once for all the tampering below."""
    tmp = tmp_path_factory.mktemp("verify")
    o = office(tmp)
    sid = submitted(o)
    sent = bundling.send(o.clerk, sid, tmp / "sent", CLERK)
    keys.init_key(o.clerk, HEAD, "科室负责人", PASSPHRASE, store="file")
    review.review(o.clerk, sid, "通过", HEAD, PASSPHRASE)
    approved = bundling.bundle(o.clerk, sid, tmp / "out", CLERK).path
    trusted = trusted_keys(o.clerk)  # the keys created in the clerk's library and the ones it trusts
    yield approved, sent.path, trusted, o
    o.close()


def keys_of(report) -> set[str]:
    return {r.key for r in report.reasons}


def test_an_untouched_approved_bundle_and_send_bundle_verify(made):
    approved, sent, trusted, _ = made
    good = verify_bundle(approved, trusted)
    assert good.ok, good.reasons
    assert good.kind == "审核通过" and good.index_number == "000000000/2024-00001"
    assert [(d.level, d.decision, d.reviewer) for d in good.decisions] == [("初审", "通过", HEAD)]
    assert verify_bundle(sent, trusted).ok and verify_bundle(sent, trusted).kind == "送审包"


def test_a_changed_payload_file_fails_its_checksum(made, tmp_path):
    approved, _, trusted, _ = made
    bad = rewrite_zip(approved, tmp_path / "b.zip",
                      lambda m: m | {f"{TOP}/data/policy.html": m[f"{TOP}/data/policy.html"] + b"<!-- x -->"})  # fmt: skip
    report = verify_bundle(bad, trusted)
    assert not report.ok and "checksum" in keys_of(report)
    assert any(r.path and r.path.endswith("policy.html") for r in report.reasons)


def test_a_missing_and_an_unlisted_file_are_both_named(made, tmp_path):
    approved, _, trusted, _ = made

    def edit(m):
        m = {k: v for k, v in m.items() if not k.endswith("interpretation.html")}
        return m | {f"{TOP}/data/extra.txt": b"not in the manifest"}

    report = verify_bundle(rewrite_zip(approved, tmp_path / "b.zip", edit), trusted)
    assert {"missing", "unexpected"} <= keys_of(report)


def test_a_validly_rehashed_bag_with_changed_content_no_longer_matches_its_approval(made, tmp_path):
    approved, _, trusted, _ = made

    def edit(bag):
        page = bag / "data" / "policy.html"
        page.write_text(page.read_text("utf-8").replace("重点工作", "重要工作"), "utf-8")

    report = verify_bundle(rehash(approved, tmp_path / "b.zip", edit), trusted)
    assert "checksum" not in keys_of(report)  # the bag itself is consistent again
    assert {"approval_hash", "decision_hash", "approval_label"} <= keys_of(report)


def test_a_rehashed_bag_whose_review_was_rewritten_to_match_fails_the_signature(made, tmp_path):
    approved, _, trusted, _ = made

    def edit(bag):
        record = json.loads((bag / "data" / "review.json").read_text("utf-8"))
        record["decisions"][0]["comment"] = "同意（此句为伪造）"
        record["decisions"][0]["form"]["scope"] = "内部"
        (bag / "data" / "review.json").write_text(json.dumps(record, ensure_ascii=False), "utf-8")

    report = verify_bundle(rehash(approved, tmp_path / "b.zip", edit), trusted)
    assert keys_of(report) == {"bad_signature"}


def test_an_approval_from_a_key_nobody_trusts_fails(made):
    approved, _, _, o = made
    report = verify_bundle(approved, [])
    assert keys_of(report) == {"untrusted"}
    signer = verify_bundle(approved, []).decisions[0].public_key
    as_uploader = [PublicKey(HEAD, "上传员", signer)]  # the same key, trusted for another role
    assert keys_of(verify_bundle(approved, as_uploader)) == {"not_reviewer"}


def test_an_approved_bundle_without_its_review_or_with_missing_levels_fails(made, tmp_path):
    approved, _, trusted, _ = made
    report = verify_bundle(
        rehash(approved, tmp_path / "b.zip", lambda bag: (bag / "data" / "review.json").unlink()), trusted
    )
    assert keys_of(report) == {"no_approval"}
    assert keys_of(verify_bundle(approved, trusted, levels=("初审", "复审"))) == {"not_approved"}


def test_metadata_that_breaks_the_schema_is_reported_with_where(made, tmp_path):
    _, sent, trusted, _ = made

    def edit(bag):
        meta = json.loads((bag / "data" / "metadata.json").read_text("utf-8"))
        meta["fields"]["date"] = "2024年6月4日"
        meta["surprise"] = True
        (bag / "data" / "metadata.json").write_text(json.dumps(meta, ensure_ascii=False), "utf-8")

    report = verify_bundle(rehash(sent, tmp_path / "b.zip", edit), trusted)
    schema = [r for r in report.reasons if r.key == "metadata_schema"]
    assert len(schema) == 2 and any("fields/date" in r.message_zh for r in schema)


@pytest.mark.parametrize("name", ["../evil.txt", "/etc/evil.txt", f"{TOP}/data/../../evil.txt", "C:/evil.txt",
                                  f"{TOP}\\data\\evil.txt"])  # fmt: skip
def test_paths_escaping_the_bag_are_refused_before_anything_is_extracted(made, tmp_path, name):
    approved, _, trusted, _ = made
    report = verify_bundle(rewrite_zip(approved, tmp_path / "b.zip", lambda m: m | {name: b"x"}), trusted)
    assert "path_escape" in keys_of(report)
    assert not (tmp_path.parent / "evil.txt").exists()


def test_symlinks_and_names_differing_only_in_case_are_refused(made, tmp_path):
    approved, _, trusted, _ = made
    bad = tmp_path / "b.zip"
    rewrite_zip(approved, bad, lambda m: m | {f"{TOP}/data/Policy.html": b"x"})
    with zipfile.ZipFile(bad, "a") as zf:
        link = zipfile.ZipInfo(f"{TOP}/data/link")
        link.external_attr = (stat.S_IFLNK | 0o777) << 16
        zf.writestr(link, "/etc/passwd")
    assert {"case_clash", "symlink"} <= keys_of(verify_bundle(bad, trusted))


def test_sizes_beyond_the_limits_and_a_zip_bomb_are_refused_unread(made, tmp_path):
    approved, _, trusted, _ = made
    assert "file_too_big" in keys_of(verify_bundle(approved, trusted, limits=Limits(max_file_bytes=100)))
    assert "too_many_files" in keys_of(verify_bundle(approved, trusted, limits=Limits(max_files=3)))
    assert "total_too_big" in keys_of(verify_bundle(approved, trusted, limits=Limits(max_total_bytes=1000)))
    bomb = rewrite_zip(
        approved, tmp_path / "bomb.zip", lambda m: m | {f"{TOP}/data/zeros.bin": bytes(64 << 20)}
    )
    assert "zip_bomb" in keys_of(verify_bundle(bomb, trusted))


def test_not_a_zip_and_not_one_folder(made, tmp_path):
    approved, _, trusted, _ = made
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"PK\x03\x04 not really")
    assert keys_of(verify_bundle(junk, trusted)) == {"not_zip"}
    two = rewrite_zip(approved, tmp_path / "two.zip", lambda m: m | {"other/readme.txt": b"x"})
    assert keys_of(verify_bundle(two, trusted)) == {"not_one_folder"}


def test_two_bundles_carrying_the_same_index_number_with_other_content_are_both_flagged(made, tmp_path):
    approved, _, _, o = made
    other = tmp_path / "other"
    o2 = office(other)
    keys.trust_key(o2.clerk, o.root / "head.pubkey.json", CLERK)
    sid = submitted(o2, number=9)  # another library: the same 000000000/2024-00001 for other content
    keys.init_key(o2.clerk, "钱科长", "科室负责人", PASSPHRASE, store="file")
    review.review(o2.clerk, sid, "通过", "钱科长", PASSPHRASE)
    clash = bundling.bundle(o2.clerk, sid, other / "out", CLERK).path
    keys.trust_key(o.clerk, keys.export_key(o2.clerk, "钱科长", other / "qian.json"), UPLOADER)
    reports = verify_bundles(o.clerk, [approved, clash])
    assert [keys_of(r) for r in reports] == [{"duplicate_index"}, {"duplicate_index"}]
    assert verify_bundles(o.clerk, [approved])[0].ok
    o2.close()
