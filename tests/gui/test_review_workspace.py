"""The section head's workspace, as a section head on another machine uses it: 送审包 files from a
clerk's library (tests/bundles/flow.py) opened in the head's own library, previewed as the site will
show them, returned with a comment or approved — the answer written as a file that the clerk's and
the uploader's libraries accept. Background tasks run inline, but for one test on the real pool."""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings

from gui.context import AppContext
from gui.review_queue import OBJECT_ROLE, sender_text
from gui.review_workspace import ReviewWorkspace
from gui.stylesheet import STYLE_SHEET
from gui.tasks import TaskRunner
from policy.submission import SubmissionStatus as S
from storage import submissions
from tests.bundles.flow import CLERK, HEAD, PASSPHRASE, office, rehash, rewrite_zip, submitted
from workflow import bundling, editing, keys, lifecycle, receiving
from workflow.verify import verify_bundles

TITLE3 = "关于做好第3批政务公开重点工作的通知"
REVIEWER = "科室负责人"


@pytest.fixture(autouse=True)
def delete_widgets(qapp):
    """Delete the closed widgets now (pytest-qt only asks for it): a browser page left alive at exit
    outlives its profile."""
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def o(tmp_path):
    office_ = office(tmp_path)
    yield office_
    office_.close()


@pytest.fixture
def settings(qapp, tmp_path):
    s = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat, qapp)
    yield s
    s.deleteLater()


class Ports:
    """What the workspace would ask the user, answered by the test and recorded."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.problems: list[tuple[str, str]] = []
        self.opened_urls: list[str] = []
        self.folders_asked: list[Path] = []
        self.passphrases_asked: list[str] = []

    def attach(self, ws: ReviewWorkspace) -> ReviewWorkspace:
        ws.confirm = lambda title, text: True
        ws.ask_passphrase = lambda who: self.passphrases_asked.append(who) or PASSPHRASE
        ws.pick_folder = lambda title, start: self.folders_asked.append(start) or self.folder
        ws.show_problems = lambda title, text: self.problems.append((title, text))
        ws.open_url = lambda url: self.opened_urls.append(url.toLocalFile())
        ws.preview.open_url = ws.open_url
        return ws


def workspace(ctx, settings, qtbot, ports: Ports) -> ReviewWorkspace:
    ws = ReviewWorkspace(ctx, settings=settings)
    qtbot.addWidget(ws)
    ports.attach(ws)
    ws.resize(1280, 800)
    ws.show()
    return ws


@pytest.fixture
def ports(tmp_path):
    return Ports(tmp_path / "answers")


@pytest.fixture
def head(qapp, o, settings, qtbot, ports):
    ctx = AppContext(library=o.head, actor=HEAD, tasks=TaskRunner(qapp, inline=True), role=REVIEWER)
    return workspace(ctx, settings, qtbot, ports)


def sent(o, number: int, folder: Path, *, clear: str | None = None) -> Path:
    """A clerk's 送审包 written to ``folder`` (as if on a USB stick). ``clear``: a field emptied after
    the clerk's checks passed (文号: a 阻断 finding at the head's; 标题: a bundle that fails its schema)."""
    sid = submitted(o, number)
    if clear:
        lifecycle.move(o.clerk, sid, S.DRAFT, CLERK)
        editing.confirm_field(o.clerk, sid, clear, "", CLERK)
        lifecycle.move(o.clerk, sid, S.PENDING, CLERK)
    return bundling.send(o.clerk, sid, folder, CLERK).path


def wait_for_page(qtbot, ws, name: str) -> None:
    qtbot.waitUntil(lambda: ws.preview.current_page() == name, timeout=15000)


def js(qtbot, view, script: str):
    result: list = []
    view.page().runJavaScript(script, 0, result.append)
    qtbot.waitUntil(lambda: bool(result), timeout=5000)
    return result[0]


def test_a_received_bundle_is_queued_previewed_and_returned_with_a_comment(o, head, ports, qtbot, tmp_path):
    usb = tmp_path / "usb"
    bundle = sent(o, 3, usb)
    head.open_bundle_files([bundle])

    # in the queue, marked as received, with who sent it; selected
    (item,) = head.queue.items()
    assert item.received and item.file_name == bundle.name and item.author == CLERK
    assert "经办人 张三 送来" in sender_text(item)
    assert head.queue.model.index(0).data(OBJECT_ROLE) == item
    assert head.submission_id == item.submission_id
    assert head.title.text() == TITLE3 and bundle.name in head.origin.text()
    assert head.form.info_name.text() == TITLE3 and "初审" in head.form.level.text()

    # the site preview: the policy page titled as the document, the 解读 link resolves in the view
    wait_for_page(qtbot, head, "policy.html")
    assert head.preview.view.title() == TITLE3
    assert js(qtbot, head.preview.view, "document.querySelector('h1').textContent.trim()") == TITLE3
    js(qtbot, head.preview.view, "document.getElementById('interpretation-link').click(); 1")
    wait_for_page(qtbot, head, "interpretation.html")
    assert "政策解读" in js(qtbot, head.preview.view, "document.querySelector('h1').textContent")
    js(qtbot, head.preview.view, "document.querySelector('a[href^=\"policy.html\"]').click(); 1")
    wait_for_page(qtbot, head, "policy.html")
    assert ports.opened_urls == []  # the links stayed inside the view
    head.preview.browser_button.click()
    assert ports.opened_urls == [str(head.preview.rendered.folder / "policy.html")]

    # no 阻断: 通过 is possible; 退回 without a comment is refused, visibly
    assert head.form.approve_button.isEnabled() and "没有" in head.preview.summary.text()
    head.form.return_button.click()
    assert head.form.message.isVisible() and "退回意见" in head.form.message.text()
    assert ports.passphrases_asked == [] and head.queue.items()
    assert submissions.get(o.head, item.submission_id).status is S.PENDING

    # with a comment: signed, the answer written where the reviewer chose, the item leaves the queue
    head.form.comment.setPlainText("解读的惠民措施要写具体")
    assert not head.form.message.isVisible()
    head.form.return_button.click()
    answer = ports.folder / "000000000_2024-00001_退回.zip"
    assert answer.is_file() and head.last_answer == answer
    assert ports.folders_asked == [usb]  # offered: the folder the 送审包 came from
    assert ports.passphrases_asked == [HEAD]
    assert head.queue.items() == [] and head.submission_id is None
    assert str(answer) in head.banner.text() and head.folder_button.isVisible()
    head.folder_button.click()
    assert ports.opened_urls[-1] == str(ports.folder)

    # the clerk's library takes the answer: returned, with the comment
    back = receiving.open_bundle(o.clerk, answer, CLERK)
    assert back.status is S.RETURNED and back.comment == "解读的惠民措施要写具体"


def test_an_approved_answer_is_a_bundle_the_uploader_verifies(o, head, ports, tmp_path):
    head.open_bundle_files([sent(o, 4, tmp_path / "usb")])
    assert head.form.approve_button.isEnabled()
    head.form.summary.setPlainText("第4批政务公开重点工作安排")
    head.form.add_withheld()
    head.form.withheld.item(0, 0).setText("联系人手机号")
    head.form.approve_button.click()
    assert "第 1 项需要写明内容、理由和依据" in head.form.message.text()  # refused: reason and basis
    head.form.withheld.item(0, 1).setText("个人隐私")
    head.form.withheld.cellWidget(0, 2).setCurrentIndex(1)
    head.form.approve_button.click()
    (answer,) = ports.folder.glob("*.zip")
    assert answer.name == "000000000_2024-00001.zip" and head.last_answer == answer
    assert "已审核通过" in head.banner.text()
    (report,) = verify_bundles(o.uploader, [answer])  # the uploader trusts the head's key
    assert report.ok, report.reasons
    (decision,) = report.decisions
    assert decision.decision == "通过" and decision.reviewer == HEAD
    assert decision.form.summary == "第4批政务公开重点工作安排"
    assert decision.form.withheld[0].reason == "个人隐私" and "第十五条" in decision.form.withheld[0].basis


def test_approval_is_disabled_with_the_reason_while_a_blocking_finding_stands(o, head, ports, tmp_path):
    head.open_bundle_files([sent(o, 5, tmp_path / "usb", clear="doc_number")])
    assert head.submission_id is not None
    assert "阻断" in head.preview.summary.text()
    assert not head.form.approve_button.isEnabled()
    reason = head.form.approve_reason.text()
    assert "阻断" in reason and "缺少文号" in reason and reason == head.form.approve_button.toolTip()
    assert head.form.return_button.isEnabled()  # the way out: back to the clerk
    head.decide("通过")  # even if asked directly
    assert submissions.get(o.head, head.submission_id).status is S.PENDING and not ports.folder.exists()


def test_bad_bundles_are_listed_with_their_reasons_in_one_dialog(o, head, ports, tmp_path):
    good = sent(o, 6, tmp_path / "usb")
    tampered = rewrite_zip(
        good,
        tmp_path / "改过的_送审包.zip",
        lambda m: {k: (v + b"<!-- x -->" if k.endswith("policy.html") else v) for k, v in m.items()},
    )

    # a 送审包 whose metadata.json was stripped of its title and re-hashed (PolicyPress itself refuses
    # to write one): the bag is consistent, the schema is not
    def strip_title(bag):
        meta = json.loads((bag / "data" / "metadata.json").read_text("utf-8"))
        meta["fields"]["title"] = None
        (bag / "data" / "metadata.json").write_text(json.dumps(meta, ensure_ascii=False), "utf-8")

    untitled = rehash(sent(o, 15, tmp_path / "usb2"), tmp_path / "无标题_送审包.zip", strip_title)
    not_a_bundle = tmp_path / "说明.txt"
    not_a_bundle.write_text("不是送审包", "utf-8")
    head.open_bundle_files([tampered, good, untitled, not_a_bundle])
    assert len(head.queue.items()) == 1 and head.queue.items()[0].file_name == good.name
    ((title, text),) = ports.problems  # one dialog
    assert "3 个文件未能打开" in text
    assert tampered.name in text and "说明.txt" in text and "不是送审包文件" in text
    assert untitled.name in text and "fields/title" in text
    print("\n" + text)


def test_the_watched_folder_opens_a_dropped_zip_once(o, head, ports, tmp_path, qtbot):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    head.inbox.set_settle_ms(40)
    head.watch_folder(inbox)
    assert head.queue.items() == []
    bundle = sent(o, 7, tmp_path / "usb")
    shutil.copy(bundle, inbox / bundle.name)
    qtbot.waitUntil(lambda: len(head.queue.items()) == 1, timeout=10000)
    assert head.queue.items()[0].file_name == bundle.name and head.submission_id is not None
    assert head.inbox.scan() == []  # each file once

    # the answer saved into the watched folder is not taken for a new 送审包
    ports.folder = inbox
    head.form.comment.setPlainText("请补充附件")
    head.form.return_button.click()
    assert head.last_answer is not None and head.last_answer.parent == inbox
    qtbot.wait(300)
    assert head.inbox.scan() == [] and not head.opening and ports.problems == []
    assert head.queue.items() == []
    head.watch_folder(None)


def test_history_lists_the_review_and_the_field_confirmations(o, head, ports, tmp_path):
    head.open_bundle_files([sent(o, 8, tmp_path / "usb")])
    sid = head.submission_id
    head.form.comment.setPlainText("请补充执行标准")
    head.form.return_button.click()
    from gui.history_view import HistoryView

    view = HistoryView(head.ctx, head)
    view.set_submission(sid)
    rows = view.visible_rows()
    reviews = [r for r in rows if r.kind == "review"]
    assert len(reviews) == 1 and reviews[0].who == HEAD
    assert (
        "初审 退回" in reviews[0].what and "已签名" in reviews[0].what and "请补充执行标准" in reviews[0].what
    )
    confirmations = [r for r in rows if r.kind == "confirm"]
    assert any("有效性" in r.what and "→ 有效" in r.what and r.who.startswith(CLERK) for r in confirmations)
    assert any("打开包文件" in r.what for r in rows if r.kind == "audit")


def test_in_a_shared_library_a_return_goes_back_to_the_clerks_list(qapp, o, settings, qtbot, ports):
    keys.init_key(o.clerk, HEAD, REVIEWER, PASSPHRASE, store="file")
    sid = submitted(o, 9)
    ctx = AppContext(library=o.clerk, actor=HEAD, tasks=TaskRunner(qapp, inline=True), role=REVIEWER)
    ws = workspace(ctx, settings, qtbot, ports)
    (item,) = ws.queue.items()
    assert not item.received and "经办人 张三 提交" in sender_text(item)
    ws.select(sid)
    ws.form.comment.setPlainText("文号格式不对")
    ws.form.return_button.click()
    assert ports.folders_asked == [] and not ports.folder.exists()  # nothing to send: same library
    assert submissions.get(o.clerk, sid).status is S.RETURNED
    assert "经办人会在自己的列表中看到退回意见" in ws.banner.text() and not ws.folder_button.isVisible()


def test_without_a_signing_key_the_form_says_so_and_points_to_settings(
    qapp, o, settings, qtbot, ports, tmp_path
):
    ctx = AppContext(library=o.head, actor="钱科长", tasks=TaskRunner(qapp, inline=True), role=REVIEWER)
    ws = workspace(ctx, settings, qtbot, ports)
    ws.open_bundle_files([sent(o, 10, tmp_path / "usb")])
    assert ws.form.key_notice.isVisible() and "设置" in ws.form.key_notice.text()
    assert not ws.form.approve_button.isEnabled() and not ws.form.return_button.isEnabled()


def test_on_the_real_pool_the_preview_shows_and_the_decision_does_not_block(
    qapp, o, settings, qtbot, ports, tmp_path
):
    tasks = TaskRunner(qapp)
    ctx = AppContext(library=o.head, actor=HEAD, tasks=tasks, role=REVIEWER)
    ws = workspace(ctx, settings, qtbot, ports)
    bundle = sent(o, 11, tmp_path / "usb")
    started = time.perf_counter()
    ws.open_bundle_files([bundle])
    assert time.perf_counter() - started < 0.2  # the GUI thread is not held while the bundle is verified
    assert ws.opening and "正在校验并打开" in ws.queue.busy.text()
    qtbot.waitUntil(lambda: ws.submission_id is not None, timeout=15000)
    wait_for_page(qtbot, ws, "policy.html")
    shown = time.perf_counter() - started
    qtbot.waitUntil(lambda: ws.form.approve_button.isEnabled(), timeout=15000)
    print(f"\nopened and previewed in {shown:.2f} s (preview alone {ws.preview.load_seconds:.2f} s)")
    assert ws.preview.view.title().startswith("关于做好第11批")
    ws.form.comment.setPlainText("同意")
    ws.form.approve_button.click()
    assert ws.deciding and ws.form.busy_row.isVisible() and not ws.form.approve_button.isEnabled()
    qtbot.waitUntil(lambda: not ws.deciding, timeout=30000)
    assert ws.last_answer is not None and ws.last_answer.is_file()
    assert ws.queue.items() == []
    tasks.wait()


def test_screenshot_of_the_workspace_with_a_selected_item(o, head, qtbot, tmp_path):
    head.open_bundle_files([sent(o, 12, tmp_path / "usb"), sent(o, 13, tmp_path / "usb", clear="doc_number")])
    head.setStyleSheet(STYLE_SHEET)  # as in the main window
    head.select(head.queue.items()[1].submission_id)  # the one with a 阻断 finding
    wait_for_page(qtbot, head, "policy.html")
    qtbot.wait(400)  # let the page paint
    head.grab().save("/tmp/review-shot.png")
    assert Path("/tmp/review-shot.png").stat().st_size > 10000
    assert head.queue.view.isVisible() and head.preview.view.isVisible()
    head.tabs.setCurrentWidget(head.history)
    head.history.table.selectRow(0)
    qtbot.wait(100)
    head.grab().save("/tmp/review-history.png")
