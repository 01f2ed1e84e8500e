"""Uploading a bundle over WebDAV to a real WsgiDAV server on 127.0.0.1 that misbehaves on purpose:
a line cut mid-upload (resume), a 503 storm, a refused token, a full disk, a corrupted copy."""

import json
import os
import zipfile

import pytest

from bundles.upload import UploadError, UploadTarget
from bundles.upload.bagzip import read_bag
from bundles.upload.retry import RetryPolicy
from bundles.upload.webdav import MARKER, MemoryLedger, upload
from tests.bundles.davserver import bag_tree, dav_server, make_bundle

FAST = RetryPolicy(tries=4, base_s=0, jitter_s=0, timeout=(5, 10))
TOKEN = "s3cr3t.Tok3n-for_the-site"


@pytest.fixture
def dav(tmp_path):
    with dav_server(tmp_path / "site") as server:
        yield server


@pytest.fixture
def small(tmp_path):
    return make_bundle(tmp_path / "small", {
        "policy.pdf": os.urandom(20_000),
        "policy.html": "<h1>关于做好政务公开工作的通知</h1>".encode(),
        "metadata.json": json.dumps({"title": "关于做好政务公开工作的通知"}, ensure_ascii=False).encode(),
        "files/附件1 申报表#1.xlsx": os.urandom(5_000),
    })  # fmt: skip


@pytest.fixture
def many(tmp_path):
    """Eight 64 KB files, stored: the upload is long enough to be cut in the middle of a file."""
    files = {f"files/附件{i}.bin": os.urandom(64_000) for i in range(8)}
    return make_bundle(tmp_path / "many", files, compress=False)


def on_server(dav, bundle):
    """The server copy of ``bundle``: path inside the bag → bytes (the marker excluded)."""
    sha = read_bag(bundle).sha256
    return {
        k.split("/", 1)[1]: v
        for k, v in dav.files().items()
        if k.startswith(sha + "/") and not k.endswith(MARKER)
    }


def test_the_bag_goes_into_a_collection_named_by_its_hash_and_the_marker_comes_last(dav, small):
    bag = read_bag(small)
    result = upload(bag, UploadTarget(dav.url, "webdav"), MemoryLedger(), policy=FAST)

    assert result.outcome == "uploaded" and result.ok and result.verified
    assert on_server(dav, small) == bag_tree(small)
    assert f"{bag.sha256}/data/files/附件1 申报表#1.xlsx" in dav.files()
    assert result.bytes_sent == bag.total_bytes == sum(len(v) for v in bag_tree(small).values())
    marker = json.loads(dav.files()[f"{bag.sha256}/{MARKER}"])
    assert marker["bundle_sha256"] == bag.sha256
    assert marker["index_number"] == "11360200MB1234567X/2024-00003"
    assert marker["files"] == len(bag_tree(small))
    # every file was read back before the marker, and the marker is the last thing written
    requests = [(r.method, r.path.rsplit("/", 1)[-1]) for r in dav.log]
    assert requests[-1] == ("PUT", MARKER)
    reads = [name for method, name in requests if method == "GET"]
    assert sorted(reads) == sorted(p.rsplit("/", 1)[-1] for p in bag_tree(small))
    assert requests.index(("PUT", MARKER)) > max(i for i, (m, _) in enumerate(requests) if m == "GET")


def test_a_second_run_finds_the_verified_copy_and_sends_nothing(dav, small):
    bag = read_bag(small)
    upload(bag, UploadTarget(dav.url), MemoryLedger(), policy=FAST)
    puts_before, bytes_before = len(dav.methods("PUT")), dav.put_bytes

    again = upload(bag, UploadTarget(dav.url), MemoryLedger(), policy=FAST)

    assert again.outcome == "already_uploaded" and again.ok and again.verified
    assert again.bytes_sent == 0 and again.files_sent == ()
    assert len(dav.methods("PUT")) == puts_before and dav.put_bytes == bytes_before
    assert "未重复上传" in again.message_zh
    assert sorted(dav.files()) == sorted(
        [f"{bag.sha256}/{p}" for p in bag_tree(small)] + [f"{bag.sha256}/{MARKER}"]
    )


@pytest.mark.parametrize("cut", ["half_the_bytes", "fifth_put"])
def test_an_upload_cut_mid_way_resumes_with_only_the_file_that_was_in_flight(dav, many, cut):
    bag = read_bag(many)
    ledger = MemoryLedger()
    if cut == "half_the_bytes":
        dav.faults.drop_after_bytes = bag.total_bytes // 2
    else:
        dav.faults.drop_put = 5  # the server stays gone after the cut
    first = upload(bag, UploadTarget(dav.url), ledger, policy=FAST)

    assert first.outcome == "network" and not first.ok
    assert "已传完的文件下次不会重传" in first.message_zh
    in_flight = first.attempts[-1].path
    assert in_flight not in first.files_sent and first.files_sent  # some files made it, one did not
    assert not any(k.endswith(MARKER) for k in dav.files())

    dav.faults.drop_after_bytes = dav.faults.drop_put = None
    dav.faults.down = False
    second = upload(bag, UploadTarget(dav.url), ledger, policy=FAST)

    assert second.outcome == "uploaded" and second.verified
    touched_before = {*first.files_sent, in_flight}
    assert set(second.files_sent) & touched_before == {in_flight}  # only the file in flight is re-sent
    assert set(second.files_skipped) == set(first.files_sent)
    sizes = {m.path: m.size for m in bag.members}
    assert second.bytes_sent == sum(sizes[p] for p in second.files_sent)
    assert on_server(dav, many) == bag_tree(many)


def test_a_file_already_on_the_server_but_not_in_the_ledger_is_sent_again(dav, small):
    """The size alone does not prove the copy: without the library's record it is re-sent."""
    bag = read_bag(small)
    upload(bag, UploadTarget(dav.url), MemoryLedger(), policy=FAST)
    marker = dav.root / "incoming" / bag.sha256 / MARKER
    marker.unlink()
    result = upload(bag, UploadTarget(dav.url), MemoryLedger(), policy=FAST)
    assert result.outcome == "uploaded"
    assert sorted(result.files_sent) == sorted(m.path for m in bag.members)


def test_a_503_storm_is_ridden_out_with_backoff_and_the_retries_are_counted(dav, small):
    pauses = []
    policy = RetryPolicy(tries=6, base_s=0.5, jitter_s=0, timeout=(5, 10), sleep=pauses.append)
    dav.faults.busy = 5
    result = upload(read_bag(small), UploadTarget(dav.url), MemoryLedger(), policy=policy)

    assert result.outcome == "uploaded" and result.verified
    assert result.retries == 5
    assert [a.status for a in result.attempts] == [503] * 5
    assert [a.wait_s for a in result.attempts] == [0.5, 1.0, 2.0, 4.0, 8.0]  # exponential
    assert sum(pauses) == pytest.approx(15.5)  # and really waited (in slices, through the injected sleep)
    assert on_server(dav, small) == bag_tree(small)


def test_a_storm_longer_than_the_tries_gives_up_with_the_status(dav, small):
    dav.faults.busy = 100
    result = upload(read_bag(small), UploadTarget(dav.url), MemoryLedger(), policy=FAST)
    assert result.outcome == "server_error" and not result.ok
    assert "HTTP 503" in result.message_zh and "4 次" in result.message_zh
    assert len(dav.log) == FAST.tries


def test_a_refused_token_stops_at_once_and_is_never_shown(dav, small):
    dav.faults.token = "the-right-one"
    target = UploadTarget(dav.url, "webdav", TOKEN)
    result = upload(read_bag(small), target, MemoryLedger(), policy=FAST)

    assert result.outcome == "token_refused" and not result.ok
    assert len(dav.log) == 1 and result.retries == 0  # one request, no retry
    assert "HTTP 401" in result.message_zh and "令牌" in result.message_zh
    for text in (repr(target), repr(result), result.message, str(target)):
        assert TOKEN not in text


def test_the_right_token_is_sent_as_a_bearer_header(dav, small):
    dav.faults.token = TOKEN
    result = upload(read_bag(small), UploadTarget(dav.url, "webdav", TOKEN), MemoryLedger(), policy=FAST)
    assert result.outcome == "uploaded"


def test_a_full_disk_stops_at_the_first_put(dav, small):
    dav.faults.full = True
    result = upload(read_bag(small), UploadTarget(dav.url), MemoryLedger(), policy=FAST)
    assert result.outcome == "disk_full" and not result.ok
    assert len(dav.methods("PUT")) == 1 and result.retries == 0
    assert "507" in result.message_zh and "存储空间已满" in result.message_zh


def test_a_copy_corrupted_on_the_server_is_caught_by_reading_back_and_sent_again(dav, small):
    bag = read_bag(small)
    ledger = MemoryLedger()
    upload(bag, UploadTarget(dav.url), ledger, policy=FAST)
    stored = dav.root / "incoming" / bag.sha256 / "data" / "policy.pdf"
    damaged = bytearray(stored.read_bytes())
    damaged[100:108] = b"\x00" * 8  # same size: only reading back can tell
    stored.write_bytes(bytes(damaged))
    dav.log.clear()

    result = upload(bag, UploadTarget(dav.url), ledger, policy=FAST)

    assert result.outcome == "uploaded" and result.verified
    assert result.files_sent == ("data/policy.pdf",)
    assert on_server(dav, small) == bag_tree(small)
    requests = [(r.method, r.path.rsplit("/", 1)[-1]) for r in dav.log]
    withdrawn, resent = requests.index(("DELETE", MARKER)), requests.index(("PUT", "policy.pdf"))
    assert withdrawn < resent  # the marker is withdrawn before the copy is fixed
    assert requests[-1] == ("PUT", MARKER)
    reads = [name for method, name in requests if method == "GET"]
    assert reads.count("policy.pdf") == 2  # found bad, then checked again after sending it
    assert all(
        reads.count(p.rsplit("/", 1)[-1]) == 1 for p in bag_tree(small) if not p.endswith("policy.pdf")
    )


def test_progress_runs_to_the_total_and_a_cancel_stops_between_chunks(dav, many):
    bag = read_bag(many)
    seen = []

    def progress(done, total, text):
        seen.append((done, total, text))

    stop = lambda: len(seen) > 3  # noqa: E731
    ledger = MemoryLedger()
    cancelled = upload(bag, UploadTarget(dav.url), ledger, policy=FAST, progress=progress, cancelled=stop)
    assert cancelled.outcome == "cancelled" and "已取消" in cancelled.message_zh
    assert not any(k.endswith(MARKER) for k in dav.files())

    seen.clear()
    done = upload(bag, UploadTarget(dav.url), ledger, policy=FAST, progress=progress)
    assert done.outcome == "uploaded"
    assert all(d <= t for d, t, _ in seen) and seen[-1][0] == seen[-1][1]
    assert [d for d, _, _ in seen] == sorted(d for d, _, _ in seen)
    assert any(text.startswith("files/") or "附件" in text for _, _, text in seen)


# ---- the bundle is read safely ---------------------------------------------------------------------


def _rezip(bundle, out, change):
    with zipfile.ZipFile(bundle) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            for new_info, new_data in change(info, data):
                dst.writestr(new_info, new_data)
    return out


def _with_extra(name, *, symlink=False):
    """A change that slips one more member into the zip (after bagit.txt)."""

    def change(info, data):
        yield info, data
        if info.filename.endswith("bagit.txt"):
            extra = zipfile.ZipInfo(name)
            if symlink:
                extra.external_attr = 0o120777 << 16
            yield extra, b"/etc/passwd"

    return change


def _altered(info, data):
    yield info, (data[:-1] + b"!" if info.filename.endswith("policy.pdf") else data)


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (_with_extra("bag/../evil.txt"), "“..”"),
        (_with_extra("/etc/evil.txt"), "绝对路径"),
        (_with_extra("bag/data/link.pdf", symlink=True), "符号链接"),
        (_altered, "SHA-256 不符"),
        (_with_extra("other/x.txt"), "顶层文件夹"),
        (_with_extra("bag/data/extra.txt"), "清单不符"),
    ],
    ids=["dot-dot", "absolute", "symlink", "changed-content", "two-tops", "unlisted-file"],
)
def test_an_unsafe_or_altered_bundle_is_refused_before_anything_is_sent(tmp_path, small, change, words):
    bad = _rezip(small, tmp_path / "bad.zip", change)
    with pytest.raises(UploadError) as exc:
        read_bag(bad)
    assert exc.value.key == "bad_bundle" and words in exc.value.message_zh


def test_the_bag_members_and_their_hashes_come_from_the_manifests(small):
    bag = read_bag(small)
    assert bag.top == "bag" and bag.index_number == "11360200MB1234567X/2024-00003"
    paths = [m.path for m in bag.members]
    assert paths[-1] == "tagmanifest-sha256.txt" and paths[0].startswith("data/")  # payload first
    manifest = bag_tree(small)["manifest-sha256.txt"].decode()
    pdf = next(m for m in bag.members if m.path == "data/policy.pdf")
    assert f"{pdf.sha256}  data/policy.pdf" in manifest
