"""The upload use case and the `upload` command, against a real WsgiDAV server: approved bundles go
up, others are refused with their reasons, every attempt is logged, an interrupted upload resumes
from the library's record, a linked item becomes 已上传, and the token never shows anywhere."""

import dataclasses
import hashlib
import json
import os
from pathlib import Path

import pytest

from bundles import signing
from bundles.bag import BagInfo, bundle_file_name, write_bag
from bundles.payload import METADATA_FORMAT, Payload, PayloadFile, json_bytes
from bundles.upload import UploadError, UploadTarget
from bundles.upload.retry import RetryPolicy
from bundles.upload.webdav import MARKER
from cli import run
from policy.keys import REVIEWER_ROLE, PublicKey
from policy.secrecy import APPROVE, Decision, ReviewFile, SecrecyForm
from policy.submission import SubmissionStatus as S
from storage import Library, audit, keys, payloads, submissions, uploads
from storage.payloads import BundleRecord
from tests.bundles.davserver import bag_tree, dav_server
from workflow import config, lifecycle
from workflow.importing import import_files
from workflow.upload import resolve_target, upload
from workflow.verify import verify_bundles

FAST = RetryPolicy(tries=3, base_s=0, jitter_s=0, timeout=(5, 10))
TOKEN = "pp-upload.Token_1234567890"
REVIEWER = "李科长"


@pytest.fixture(autouse=True)
def no_keyring(monkeypatch):
    """The machine's keyring is not the tests' business; one test puts a token in it."""
    monkeypatch.setattr("keyring.get_password", lambda service, user: None)
    monkeypatch.delenv("POLICYPRESS_TOKEN", raising=False)


@pytest.fixture
def lib(tmp_path):
    library = Library.open(tmp_path / "lib")
    yield library
    library.close()


@pytest.fixture
def dav(tmp_path):
    with dav_server(tmp_path / "site") as server:
        yield server


@pytest.fixture
def reviewer(lib):
    """A section head's key pair, trusted by the library."""
    private, public_b64 = signing.generate()
    public = PublicKey(REVIEWER, REVIEWER_ROLE, public_b64)
    keys.add(lib, public, None, "trusted")
    return private, public


def approved_bundle(out, reviewer, index_number, files=None, *, kind="审核通过"):
    """An approved bundle as the section head's app writes it: payload, signed review.json, bag."""
    private, public = reviewer
    title = f"关于做好第{index_number[-1]}批政务公开工作的通知"
    metadata = {"format": METADATA_FORMAT, "kind": "政策文件",
                "fields": {"title": title, "index_number": index_number},
                "files": {"pages": ["policy.html"], "attachments": [], "media": []}}  # fmt: skip
    contents = {"metadata.json": json_bytes(metadata), "policy.html": f"<h1>{title}</h1>".encode(),
                **(files or {"policy.pdf": os.urandom(20_000), "files/附件1 申报表.xlsx": os.urandom(3_000)})}  # fmt: skip
    body = Payload(tuple(PayloadFile(p, d) for p, d in contents.items()))
    decision = Decision(
        level="初审", decision=APPROVE, reviewer=public.name, role=public.role, comment="同意",
        reviewed_at="2024-06-05T10:00:00+08:00", payload_sha256=body.sha256, index_number=index_number,
        form=SecrecyForm(title, "政务公开工作安排"), public_key=public.key, author="张三",
    )  # fmt: skip
    signed = dataclasses.replace(decision, signature=signing.sign(private, decision.unsigned_json()))
    review = ReviewFile(body.sha256, (signed,)) if kind != "送审包" else None
    info = BagInfo("长江区人民政府办公室", kind, index_number, title, "张三", body.sha256 if review else None)
    name = bundle_file_name(index_number, "x", "" if kind == "审核通过" else f"_{kind}")
    return write_bag(body, info, out, name, json_bytes(review.as_json()) if review else None)


def bundle_sha(bundle):
    return hashlib.sha256(Path(bundle).read_bytes()).hexdigest()


def server_tree(dav, bundle):
    """The server copy of ``bundle`` (its collection, the marker left out)."""
    prefix = f"{bundle_sha(bundle)}/"
    return {
        k[len(prefix) :]: v for k, v in dav.files().items() if k.startswith(prefix) and not k.endswith(MARKER)
    }


def test_approved_bundles_go_up_and_the_others_are_refused_with_their_reasons(lib, dav, reviewer, tmp_path):
    good = approved_bundle(tmp_path / "out", reviewer, "11360200MB1234567X/2024-00001")
    stranger = (*signing.generate(),)
    untrusted = approved_bundle(tmp_path / "out", (stranger[0], PublicKey("王某", REVIEWER_ROLE, stranger[1])),
                                "11360200MB1234567X/2024-00002")  # fmt: skip
    unreviewed = approved_bundle(tmp_path / "out", reviewer, "11360200MB1234567X/2024-00003", kind="送审包")
    shown = []

    results = upload(lib, [good, untrusted, unreviewed], UploadTarget(dav.url), "王五",
                     progress=lambda done, total, text: shown.append(text), policy=FAST)  # fmt: skip

    assert [r.outcome for r in results] == ["uploaded", "invalid", "not_approved"]
    assert server_tree(dav, good) == bag_tree(good)
    assert not any(k.startswith((bundle_sha(untrusted), bundle_sha(unreviewed))) for k in dav.files())
    assert "不在可信审核人名单中" in results[1].message_zh
    assert "先审后发" in results[2].message_zh
    assert shown and all(t.startswith(good.name) for t in shown)  # progress names the bundle in flight

    log = uploads.upload_log(lib)
    assert [e.outcome for e in log] == ["uploaded", "invalid", "not_approved"]
    assert log[0].bytes_sent == results[0].bytes_sent > 20_000 and log[0].detail["verified"] is True
    assert log[0].bundle_sha256 == bundle_sha(good) and log[0].target == dav.url
    assert any("不在可信审核人名单中" in r for r in log[1].detail["reasons"])
    uploaded = [e.detail for e in audit.entries(lib) if e.action == "upload"]
    assert [d["outcome"] for d in uploaded] == ["uploaded", "invalid", "not_approved"]


def test_an_interrupted_upload_resumes_from_the_library_record_with_only_the_file_in_flight(
    lib, dav, reviewer, tmp_path
):
    files = {f"files/附件{i}.bin": os.urandom(50_000) for i in range(6)}
    bundle = approved_bundle(tmp_path / "out", reviewer, "11360200MB1234567X/2024-00004", files)
    total = sum(len(v) for v in bag_tree(bundle).values())
    dav.faults.drop_after_bytes = total // 2

    (first,) = upload(lib, [bundle], UploadTarget(dav.url), "王五", policy=FAST)
    assert first.outcome == "network"
    confirmed = uploads.confirmed_files(lib, first.bundle_sha256, dav.url)
    assert set(confirmed) == set(first.files_sent) and confirmed  # what the server acknowledged is kept

    dav.faults.drop_after_bytes, dav.faults.down = None, False
    (second,) = upload(lib, [bundle], UploadTarget(dav.url), "王五", policy=FAST)

    in_flight = first.attempts[-1].path
    assert second.outcome == "uploaded"
    assert set(second.files_sent) & {*first.files_sent, in_flight} == {in_flight}
    already = sum(f.size for f in confirmed.values())
    assert second.bytes_sent == total - already  # nothing confirmed went again
    assert server_tree(dav, bundle) == bag_tree(bundle)
    assert [e.outcome for e in uploads.upload_log(lib)] == ["network", "uploaded"]


def test_a_linked_item_becomes_uploaded_and_a_rerun_changes_nothing(lib, dav, reviewer, tmp_path, corpus):
    (imported,) = import_files(lib, [corpus / "d055.docx"], "张三")
    sid = imported.submission_id
    lifecycle.move(lib, sid, S.PENDING, "张三")
    lifecycle.record_review(lib, sid, lifecycle.ReviewInput(REVIEWER, REVIEWER_ROLE, lifecycle.APPROVE))
    bundle = approved_bundle(tmp_path / "out", reviewer, "11360200MB1234567X/2024-00005")
    (report,) = verify_bundles(lib, [bundle])
    record = BundleRecord(report.bundle_sha256, sid, report.index_number, report.payload_sha256, "审核通过",
                          bundle.name, "made")  # fmt: skip
    payloads.record_bundle(lib, record)  # as workflow.bundling records the bundles it writes

    (result,) = upload(lib, [bundle], UploadTarget(dav.url), "王五", policy=FAST)
    assert result.outcome == "uploaded" and result.submission_id == sid
    assert submissions.get(lib, sid).status is S.UPLOADED
    moves = [e.detail["to"] for e in audit.entries(lib, sid) if e.action == "status"]
    assert moves[-1] == S.UPLOADED.value

    (again,) = upload(lib, [bundle], UploadTarget(dav.url), "王五", policy=FAST)
    assert again.outcome == "already_uploaded" and again.bytes_sent == 0 and again.message_zh.count("；") == 0
    assert submissions.get(lib, sid).status is S.UPLOADED
    assert [e.submission_id for e in uploads.upload_log(lib)] == [sid, sid]


def test_a_refused_token_stops_the_whole_batch_after_one_request(lib, dav, reviewer, tmp_path):
    bundles = [
        approved_bundle(tmp_path / "out", reviewer, f"11360200MB1234567X/2024-0001{i}") for i in range(3)
    ]
    dav.faults.token = TOKEN
    results = upload(lib, bundles, UploadTarget(dav.url, "webdav", "an-old.token"), "王五", policy=FAST)
    assert [r.outcome for r in results] == ["token_refused", "not_attempted", "not_attempted"]
    assert len(dav.log) == 1
    assert "前一个上传包已因致命错误停止" in results[1].message_zh
    assert [e.outcome for e in uploads.upload_log(lib)] == ["token_refused"]


# ---- the command ---------------------------------------------------------------------------------


def test_the_command_uploads_with_a_token_file_and_never_shows_the_token(
    lib, dav, reviewer, tmp_path, capsys
):
    bundle = approved_bundle(tmp_path / "out", reviewer, "11360200MB1234567X/2024-00021")
    token_file = tmp_path / "token.txt"
    token_file.write_text(f"{TOKEN}\nsecond line is ignored\n", encoding="utf-8")
    dav.faults.token = TOKEN
    common = ["--library", str(lib.root), "--user", "王五", "--to", dav.url]

    assert run(["upload", str(bundle), *common, "--token-file", str(token_file), "--json"]) == 0
    line = json.loads(capsys.readouterr().out)
    assert line["outcome"] == "uploaded" and line["ok"] and line["verified"]
    assert line["sha256"] == bundle_sha(bundle) and line["index_number"] == "11360200MB1234567X/2024-00021"
    assert "已上传并核对" in line["message"]

    assert run(["upload", str(bundle), *common, "--token-file", str(token_file)]) == 0
    out = capsys.readouterr().out
    assert bundle.name in out and "网站上已有" in out and out.count("\n") == 1

    dav.faults.token = "rotated-token"
    assert run(["upload", str(bundle), *common, "--token-file", str(token_file)]) == 1
    captured = capsys.readouterr()
    assert (
        "网站拒绝了上传凭据（HTTP 401）" in captured.err
        and "(the site refused the upload token" in captured.err
    )
    assert "Traceback" not in captured.err and captured.err.count("\n") == 1

    seen = captured.out + captured.err + line["message"] + out
    stored = b"".join(p.read_bytes() for p in lib.root.glob("library.sqlite3*"))
    assert TOKEN not in seen and TOKEN.encode() not in stored
    assert len(uploads.upload_log(lib)) == 3


def test_the_command_exits_1_when_a_bundle_is_refused_and_2_without_a_url(
    lib, dav, reviewer, tmp_path, capsys
):
    good = approved_bundle(tmp_path / "out", reviewer, "11360200MB1234567X/2024-00022")
    missing = tmp_path / "nowhere.zip"
    base = ["--library", str(lib.root)]

    assert run(["upload", str(good), str(missing), *base, "--to", dav.url, "--json"]) == 1
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [x["outcome"] for x in lines] == ["uploaded", "invalid"]
    assert "无法读取文件" in lines[1]["message"]

    assert run(["upload", str(good), *base]) == 2
    assert "没有上传地址" in capsys.readouterr().err
    assert run(["upload", str(good), *base, "--to", dav.url, "--token-file", str(tmp_path / "none.txt")]) == 2
    assert "无法读取令牌文件" in capsys.readouterr().err


# ---- where to, and with what token ---------------------------------------------------------------


def test_the_target_comes_from_the_settings_and_the_token_from_file_env_or_keyring(
    lib, tmp_path, monkeypatch
):
    config.set_value(lib, "site_url", "https://www.changjiang.gov.cn/dav/incoming", "管理员")
    config.set_value(lib, "site_protocol", "http", "管理员")
    target = resolve_target(lib)
    assert (target.url, target.protocol, target.token) == (
        "https://www.changjiang.gov.cn/dav/incoming",
        "http",
        None,
    )

    assert resolve_target(lib, environ={"POLICYPRESS_TOKEN": " env-token\n"}).token == "env-token"
    asked = []
    monkeypatch.setattr(
        "keyring.get_password", lambda service, host: asked.append((service, host)) or "kr-token"
    )
    assert resolve_target(lib, environ={}).token == "kr-token"
    assert asked == [("PolicyPress", "www.changjiang.gov.cn")]
    token_file = tmp_path / "t.txt"
    token_file.write_text("file-token\n", encoding="utf-8")
    assert resolve_target(lib, "https://other.example/up", "webdav", token_file).token == "file-token"

    def broken(service, host):
        raise RuntimeError("no keyring backend")

    monkeypatch.setattr("keyring.get_password", broken)
    assert resolve_target(lib, environ={}).token is None  # a broken keyring does not stop an upload


def test_a_token_that_cannot_be_sent_is_refused_without_quoting_it(lib, tmp_path):
    token_file = tmp_path / "t.txt"
    token_file.write_text("令牌 with spaces\n", encoding="utf-8")
    with pytest.raises(UploadError) as exc:
        resolve_target(lib, "https://site.example/dav", None, token_file)
    assert exc.value.key == "bad_token" and "令牌 with spaces" not in str(exc.value)
    target = UploadTarget("https://user:pw@site.example/dav?sig=abc", "webdav", "tok.en")
    assert repr(target) == "UploadTarget(url='https://site.example/dav', protocol='webdav', token=set)"
