"""The uploader's page (上传员), asserted as the uploader sees it: an approved submission listed as
ready, 生成上传包 writing the zip, 校验 valid or every reason, 导出 with the copy verified, 上传 to a
real WsgiDAV server with progress, a refused token, a cut line resumed after a restart, 取消 then
上传 again, and the 上传记录 without the token. Approved bundles are made in process the way the
section head's app makes them (``tests.bundles.flow``), plus one 20 MB bundle signed by a reviewer
the library trusts, for the responsiveness figure."""

from __future__ import annotations

import dataclasses
import os
import shutil
import time
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication

from bundles import signing
from bundles.bag import BagInfo, bundle_file_name, write_bag
from bundles.payload import METADATA_FORMAT, Payload, PayloadFile, json_bytes
from bundles.upload import UploadTarget
from bundles.upload.retry import RetryPolicy
from bundles.upload.webdav import MARKER
from bundles.verify import BundleReport, Reason
from gui.context import AppContext
from gui.tasks import TaskRunner
from gui.upload_models import (
    COLUMN,
    OBJECT_ROLE,
    SORT_ROLE,
    ReadyFilter,
    ReadyItem,
    ReadyModel,
    UploadLogModel,
)
from gui.upload_workspace import UploadWorkspace
from policy.keys import REVIEWER_ROLE, PublicKey
from policy.secrecy import APPROVE, Decision, ReviewFile, SecrecyForm
from policy.submission import SubmissionStatus as S
from storage import Library, keys, submissions, uploads
from storage.uploads import UploadLogEntry
from tests.bundles.davserver import bag_tree, dav_server
from tests.bundles.flow import CLERK, HEAD, ORG, PASSPHRASE, UPLOADER, notice, office, rewrite_zip
from tests.gui.stall import StallMeter
from workflow import bundling, config, review, submitting

TOKEN = "pp-site.Token_0123456789abcdef"
FAST = RetryPolicy(tries=2, base_s=0, jitter_s=0, timeout=(5, 10))
MAX_STALL_MS = 250


@pytest.fixture(autouse=True)
def no_keyring(monkeypatch):
    """The machine's keyring and environment are not the tests' business."""
    monkeypatch.setattr("keyring.get_password", lambda service, user: None)
    monkeypatch.delenv("POLICYPRESS_TOKEN", raising=False)


# ---- what the tests start from -------------------------------------------------------------------


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """Made once: an office (tests.bundles.flow) whose section head's library also holds an approved
    notice (a small office: one library, all roles), and a 20 MB bundle signed by another reviewer."""
    root = tmp_path_factory.mktemp("office")
    o = office(root / "office")
    config.set_value(o.head, "org_code", ORG, CLERK)
    config.set_value(o.head, "publisher", "昌江区人民政府办公室", CLERK)
    sid = notice(o.head, root / "work", 3)
    submitting.submit(o.head, sid, CLERK)
    review.review(o.head, sid, "通过", HEAD, PASSPHRASE)
    o.close()
    private, public_b64 = signing.generate()
    reviewer = (private, PublicKey("周审核", REVIEWER_ROLE, public_b64))
    files = {f"files/附件{i}.bin": os.urandom(5_000_000) for i in range(4)}
    big = signed_bundle(root / "big", reviewer, f"{ORG}/2024-00077", files)
    return root, sid, reviewer[1], big


@pytest.fixture
def o(template, tmp_path):
    """A fresh copy of the office for each test."""
    shutil.copytree(template[0] / "office", tmp_path / "office")
    copy = SimpleNamespace(
        head=Library.open(tmp_path / "office" / "head"),
        uploader=Library.open(tmp_path / "office" / "uploader"),
        sid=template[1],
    )
    yield copy
    copy.head.close()
    copy.uploader.close()


@pytest.fixture
def big(template, tmp_path):
    """A library trusting the 20 MB bundle's reviewer, and a copy of the bundle (as off a USB stick)."""
    lib = Library.open(tmp_path / "uploader2")
    keys.add(lib, template[2], None, "trusted")
    copy = tmp_path / "usb-in" / template[3].name
    copy.parent.mkdir()
    shutil.copy2(template[3], copy)
    yield lib, copy
    lib.close()


def signed_bundle(out: Path, reviewer, index_number: str, files: dict[str, bytes]) -> Path:
    """An approved bundle as a section head's app writes it: payload, signed review.json, bag."""
    private, public = reviewer
    title = "关于印发《长江区2024年政务公开工作要点》的通知"
    metadata = {"format": METADATA_FORMAT, "kind": "政策文件", "fields": {"title": title, "index_number": index_number},
                "files": {"pages": ["policy.html"], "attachments": [], "media": []}}  # fmt: skip
    contents = {"metadata.json": json_bytes(metadata), "policy.html": f"<h1>{title}</h1>".encode(), **files}
    body = Payload(tuple(PayloadFile(p, d) for p, d in contents.items()))
    decision = Decision(
        level="初审", decision=APPROVE, reviewer=public.name, role=public.role, comment="同意",
        reviewed_at="2024-06-05T10:00:00+08:00", payload_sha256=body.sha256, index_number=index_number,
        form=SecrecyForm(title, "政务公开工作安排"), public_key=public.key, author=CLERK,
    )  # fmt: skip
    signed = dataclasses.replace(decision, signature=signing.sign(private, decision.unsigned_json()))
    info = BagInfo("长江区人民政府办公室", "审核通过", index_number, title, CLERK, body.sha256)
    review_json = json_bytes(ReviewFile(body.sha256, (signed,)).as_json())
    return write_bag(body, info, out, bundle_file_name(index_number, "x", ""), review_json)


def make_workspace(qtbot, lib, tmp_path, *, inline=True, name="settings.ini") -> UploadWorkspace:
    tasks = TaskRunner(QApplication.instance(), inline=inline)
    ctx = AppContext(library=lib, actor=UPLOADER, tasks=tasks, role="上传员")
    settings = QSettings(str(tmp_path / name), QSettings.Format.IniFormat)
    ws = UploadWorkspace(ctx, settings=settings)
    settings.setParent(ws)
    qtbot.addWidget(ws)
    ws.folders = {"outbox": tmp_path / "outbox", "export": tmp_path / "usb"}
    ws.asked = []
    ws.pick_folder = lambda title, start: (
        ws.asked.append(title) or ws.folders["export" if "导出" in title else "outbox"]
    )
    ws.confirm = lambda title, text: True
    ws.retry_policy = FAST
    ws.said = []
    ws.status_message.connect(ws.said.append)
    wait_idle(qtbot, ws)
    return ws


def wait_idle(qtbot, ws, timeout=60_000) -> None:
    qtbot.waitUntil(lambda: not ws.busy, timeout=timeout)


def cell(ws, key: str, column: str) -> str:
    row = ws.model.row_of(key)
    assert row is not None, f"{key} is not listed"
    return ws.model.index(row, COLUMN[column]).data()


def log_texts(ws) -> list[str]:
    model = ws.log_view.model()
    return [
        " | ".join(model.index(r, c).data() or "" for c in range(model.columnCount()))
        for r in range(model.rowCount())
    ]


def click_upload(qtbot, ws, *keys: str, timeout=120_000) -> None:
    ws.select(*keys)
    assert ws.upload_button.isEnabled()
    ws.upload_button.click()
    wait_idle(qtbot, ws, timeout)


# ---- the models, without a window ------------------------------------------------------------------


def test_the_models_show_native_sort_values_and_the_rows_own_dataclass(qapp):
    good = BundleReport(
        "/in/a.zip", "aa", (), kind="审核通过", index_number="000000000/2024-00001", title="通知"
    )
    bad = BundleReport("/in/b.zip", "bb", (Reason("checksum", "文件内容与清单校验值不符：data/policy.html", "x"),),
                       kind="审核通过", index_number="000000000/2024-00002")  # fmt: skip
    rows = [
        ReadyItem("s:1", "关于印发的通知", "000000000/2024-00001", "政策文件", 1, S.APPROVED, path=Path("/in/a.zip"), report=good),
        ReadyItem("f:/in/b.zip", None, "000000000/2024-00002", "政策文件", file_state="unusable", path=Path("/in/b.zip"), report=bad),
        ReadyItem("s:3", "已发布的通知", None, "政策文件", 3, S.UPLOADED),
    ]  # fmt: skip
    model = ReadyModel()
    model.set_rows(rows)
    shown = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(3)]
    assert shown[0] == ["000000000/2024-00001", "关于印发的通知", "政策文件", "已通过", "✓", ""]
    assert shown[1][1:5] == ["b.zip", "政策文件", "不能上传", "✗"]
    assert shown[2][0] == "（无索引号）" and shown[2][3:5] == ["已上传", ""]
    assert model.index(1, 0).data(OBJECT_ROLE) is rows[1]
    assert "文件内容与清单校验值不符" in model.index(1, 1).data(Qt.ItemDataRole.ToolTipRole)
    statuses = [model.index(r, COLUMN["status"]).data(SORT_ROLE) for r in range(3)]
    assert statuses[0] < statuses[2] and all(isinstance(v, int) for v in statuses)
    model.update("s:1", activity="上传中 40%")
    assert model.index(0, COLUMN["activity"]).data() == "上传中 40%"
    proxy = ReadyFilter()
    proxy.setSourceModel(model)
    proxy.set_only_pending(True)
    assert proxy.rowCount() == 2
    proxy.sort(COLUMN["verified"])
    assert [proxy.index(r, 0).data(OBJECT_ROLE).key for r in range(2)] == ["s:1", "f:/in/b.zip"]

    log = UploadLogModel()
    log.set_rows([
        UploadLogEntry(1, "http://site/dav", "network", {"bundle": "a.zip", "message": "网络中断"}, "aa", 1500, "2024-06-05T02:00:00+00:00", 1),
        UploadLogEntry(1, "http://site/dav", "uploaded", {"bundle": "a.zip", "index_number": "000000000/2024-00001"}, "aa", 2_500_000, "2024-06-05T02:05:00+00:00", 2),
    ])  # fmt: skip
    newest = [log.index(0, c).data() for c in range(log.columnCount())]
    assert newest[1:6] == ["a.zip", "000000000/2024-00001", "http://site/dav", "已上传", "2.5 MB"]
    assert log.index(1, 4).data() == "网络中断" and log.index(1, 5).data(SORT_ROLE) == 1500


# ---- a small office: the approved submission of this library ----------------------------------------


def test_an_approved_submission_is_ready_bundled_verified_and_exported(qtbot, o, tmp_path):
    ws = make_workspace(qtbot, o.head, tmp_path)
    key = f"s:{o.sid}"
    assert cell(ws, key, "status") == "已通过" and cell(ws, key, "index_number") == f"{ORG}/2024-00001"
    assert cell(ws, key, "title") == submissions.get(o.head, o.sid).title and cell(ws, key, "verified") == ""

    ws.select(key)
    ws.generate_button.click()
    written = tmp_path / "outbox" / f"{ORG}_2024-00001.zip"
    assert written.is_file() and ws.asked == ["选择存放上传包的文件夹"]
    assert cell(ws, key, "verified") == "✓" and "已生成 1 个上传包" in ws.said[-1]

    ws.verify_button.click()
    shown = ws.result.text()
    assert (
        shown.startswith("✓ 校验通过")
        and "签名来自可信审核人" in shown
        and "李科长（科室负责人）通过" in shown
    )

    tampered = rewrite_zip(written, tmp_path / "tampered.zip", lambda members: {
        name: data.replace(b"<", b"[", 1) if name.endswith("data/policy.html") else data
        for name, data in members.items()})  # fmt: skip
    ws.open_bundle_files([tampered])
    fkey = f"f:{tampered}"
    assert cell(ws, fkey, "verified") == "✗" and cell(ws, fkey, "status") == "不能上传"
    assert "✗ 校验未通过" in ws.result.text()
    assert "文件内容与清单校验值不符：data/policy.html" in ws.result.text()
    assert ws.selected_items()[0].key == fkey and not ws.upload_button.isEnabled()

    ws.select(key)
    ws.export_button.click()
    copy = tmp_path / "usb" / written.name
    assert copy.read_bytes() == written.read_bytes()
    assert f"{written.name}：已导出到 {copy}，副本校验通过" in ws.result.text()
    assert ws.said[-1].startswith("已导出 1 个上传包") and "副本均已校验" in ws.said[-1]
    assert cell(ws, key, "status") == "已导出"

    again = make_workspace(qtbot, o.head, tmp_path)  # the app restarted: the files are remembered
    assert cell(again, key, "verified") == "✓" and cell(again, f"f:{tampered}", "verified") == "✗"


def test_received_bundles_are_verified_and_listed_with_every_reason(qtbot, o, tmp_path):
    made = bundling.bundle(o.head, o.sid, tmp_path / "from-head", HEAD)
    stranger = Library.open(tmp_path / "stranger")  # trusts no reviewer at all
    ws = make_workspace(qtbot, o.uploader, tmp_path)
    opened = []
    ws.changed.connect(lambda: opened.append(True))
    ws.pick_files = lambda title: [made.path]
    ws.verify_button.click()  # nothing selected: 校验 opens files
    (item,) = [i for i in ws.model.rows() if i.path == made.path]
    assert item.submission_id is not None and cell(ws, item.key, "status") == "已通过"
    assert cell(ws, item.key, "verified") == "✓" and opened
    assert ws.said[-1] == "已打开 1 个上传包：1 个校验通过，0 个未通过"

    other = make_workspace(qtbot, stranger, tmp_path, name="stranger.ini")
    dropped = QMimeData()
    dropped.setUrls([QUrl.fromLocalFile(str(made.path))])
    drop = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, dropped, Qt.MouseButton.NoButton,
                      Qt.KeyboardModifier.NoModifier)  # fmt: skip
    other.dropEvent(drop)  # dropped on the page, as from a USB stick's folder
    assert cell(other, f"f:{made.path}", "verified") == "✗"
    assert "初审·李科长 的签名密钥不在可信审核人名单中" in other.result.text()
    stranger.close()


# ---- uploading to a real WebDAV server on the real task pool ------------------------------------------


def test_upload_shows_progress_marks_the_item_uploaded_and_logs_without_the_token(qtbot, o, tmp_path):
    with dav_server(tmp_path / "site") as dav:
        dav.faults.token = TOKEN
        ws = make_workspace(qtbot, o.head, tmp_path, inline=False)
        ws.target_provider = lambda: UploadTarget(dav.url, "webdav", TOKEN)
        key = f"s:{o.sid}"
        click_upload(qtbot, ws, key)  # no bundle yet: it is made first, then uploaded
        bundle = tmp_path / "outbox" / f"{ORG}_2024-00001.zip"
        assert ws.progress.overall_bar.value() == ws.progress.overall_bar.maximum()
        assert ws.progress.bundle_bar.value() == ws.progress.bundle_bar.maximum()
        assert cell(ws, key, "status") == "已上传" and cell(ws, key, "activity") == "✓ 已上传"
        assert ws.said[-1].startswith("已上传 1 个上传包：发送")
        held = dav.files()
        prefix = next(k.split("/")[0] for k in held)
        assert {k[len(prefix) + 1 :]: v for k, v in held.items() if not k.endswith(MARKER)} == bag_tree(
            bundle
        )
        assert f"{prefix}/{MARKER}" in held
        (line,) = log_texts(ws)
        assert "已上传" in line and bundle.name in line and dav.url in line
        ws.resize(1280, 800)
        ws.show()
        qtbot.waitExposed(ws)
        ws.grab().save("/tmp/upload-shot.png")
        everything = "\n".join([*log_texts(ws), ws.result.text(), *ws.said, ws.progress.bytes_label.text()])
        assert TOKEN not in everything
        ws.ctx.tasks.wait()


def test_a_refused_token_or_a_full_server_is_one_clear_line_and_the_item_stays(qtbot, o, tmp_path):
    with dav_server(tmp_path / "site") as dav:
        dav.faults.token = TOKEN
        ws = make_workspace(qtbot, o.head, tmp_path, inline=False)
        ws.target_provider = lambda: UploadTarget(dav.url, "webdav", "an-old.token")
        key = f"s:{o.sid}"
        click_upload(qtbot, ws, key)
        assert (
            ws.said[-1] == "网站拒绝了上传令牌（HTTP 401）：请在“设置 → 上传网站”中检查令牌是否正确、是否过期"
        )
        assert ws.result.headline.text() == ws.said[-1]
        assert cell(ws, key, "status") == "已通过" and cell(ws, key, "activity") == "✗ 令牌被拒绝"

        dav.faults.token, dav.faults.full = None, True
        click_upload(qtbot, ws, key)
        assert ws.said[-1] == "网站服务器存储空间已满（HTTP 507），请联系网站管理员"
        assert cell(ws, key, "status") == "已通过"
        assert [line.split(" | ")[4] for line in log_texts(ws)] == ["网站空间已满", "令牌被拒绝"]
        assert "an-old.token" not in "\n".join(log_texts(ws) + ws.said)
        ws.ctx.tasks.wait()


def test_without_a_site_the_uploader_is_sent_to_settings(qtbot, o, tmp_path):
    ws = make_workspace(qtbot, o.head, tmp_path)  # the default target: the library's settings
    click_upload(qtbot, ws, f"s:{o.sid}")
    assert ws.said[-1] == "尚未设置上传网站：请在“设置 → 上传网站”中填写网站地址和上传方式（WebDAV 或 HTTP）"
    assert not uploads.upload_log(o.head) and not (tmp_path / "outbox").exists()


def test_a_cut_line_then_a_restart_resumes_where_the_upload_stopped(qtbot, big, tmp_path):
    lib, bundle = big
    total = sum(len(v) for v in bag_tree(bundle).values())
    with dav_server(tmp_path / "site") as dav:
        ws = make_workspace(qtbot, lib, tmp_path, inline=False)
        ws.target_provider = lambda: UploadTarget(dav.url, "webdav", None)
        ws.open_bundle_files([bundle])
        wait_idle(qtbot, ws)
        (item,) = ws.model.rows()
        assert item.status is S.APPROVED and item.path == bundle
        dav.faults.drop_after_bytes = total // 2
        click_upload(qtbot, ws, item.key)
        assert ws.said[-1] == "网络中断，上传未完成：已传完的文件已记下，再点“上传”会从中断处继续"
        assert cell(ws, item.key, "status") == "已通过"
        ws.close()
        ws.ctx.tasks.wait()

        dav.faults.drop_after_bytes, dav.faults.down = None, False
        again = make_workspace(qtbot, lib, tmp_path, inline=False)  # the app restarted
        assert cell(again, item.key, "verified") == "✓"
        again.target_provider = ws.target_provider
        click_upload(qtbot, again, item.key)
        assert cell(again, item.key, "status") == "已上传"
        first, second = uploads.upload_log(lib)
        assert (first.outcome, second.outcome) == ("network", "uploaded")
        assert 0 < second.bytes_sent < total  # only what had not been confirmed went again
        assert (
            "跳过 5.0 MB" in again.progress.bytes_label.text()
            or "跳过 10.0 MB" in again.progress.bytes_label.text()
        )
        assert [line.split(" | ")[4] for line in log_texts(again)] == ["已上传", "网络中断"]
        again.ctx.tasks.wait()


def test_cancel_stops_the_upload_and_a_later_upload_completes_with_the_window_responsive(
    qtbot, big, tmp_path, capsys
):
    lib, bundle = big
    total = sum(len(v) for v in bag_tree(bundle).values())
    with dav_server(tmp_path / "site") as dav:
        ws = make_workspace(qtbot, lib, tmp_path, inline=False)
        ws.target_provider = lambda: UploadTarget(dav.url, "webdav", None)
        ws.open_bundle_files([bundle])
        wait_idle(qtbot, ws)
        (item,) = ws.model.rows()
        ws.progress.bundle_bar.valueChanged.connect(lambda v: v >= 250 and ws.busy and ws.cancel())
        click_upload(qtbot, ws, item.key)
        assert ws.said[-1] == "已取消上传：已传完的文件已记下，再点“上传”会从中断处继续"
        assert cell(ws, item.key, "status") == "已通过" and cell(ws, item.key, "activity") == "✗ 已取消"
        ws.progress.bundle_bar.valueChanged.disconnect()

        click_upload(qtbot, ws, item.key)
        assert cell(ws, item.key, "status") == "已上传"
        cancelled, done = uploads.upload_log(lib)
        assert cancelled.outcome == "cancelled" and done.outcome == "uploaded"
        assert cancelled.bytes_sent > 0 and done.bytes_sent < total
        figures = f"cancelled after {cancelled.bytes_sent / 1e6:.1f} MB, resumed with {done.bytes_sent / 1e6:.1f} MB"

    with dav_server(tmp_path / "site2") as dav:  # another site: the whole 20 MB goes, the window measured
        ws.target_provider = lambda: UploadTarget(dav.url, "webdav", None)
        meter = StallMeter(ws)
        started = time.perf_counter()
        meter.start()
        click_upload(qtbot, ws, item.key)
        elapsed = time.perf_counter() - started
        meter.timer.stop()
        assert uploads.upload_log(lib)[-1].bytes_sent == total and ws.said[-1].startswith("已上传 1 个上传包")
        assert meter.longest * 1000 < MAX_STALL_MS, f"the event loop stalled {meter.longest * 1000:.0f} ms"
        with capsys.disabled():
            print(f"\n{figures}; a full 20 MB upload: {elapsed:.2f} s, {meter.ticks} ticks of 10 ms, "
                  f"longest event-loop stall {meter.longest * 1000:.0f} ms")  # fmt: skip
        ws.ctx.tasks.wait()
