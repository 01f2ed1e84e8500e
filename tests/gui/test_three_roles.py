"""The whole hand-over through the three windows, three libraries as on three machines, files passed
through folders as on USB sticks: the clerk sends a 送审包; the section head returns it with a
comment; the clerk opens the answer, sees the comment, fixes a field and sends again; the section
head approves; the uploader opens the approved bundle, verifies it and uploads it to a WebDAV server
on 127.0.0.1 — and what the server holds is a bag that verifies. Every dialog is answered by the test
(passphrases, folders, files, confirmations); background tasks run inline."""

from __future__ import annotations

import zipfile
from pathlib import Path

import bagit

import gui.passphrase
from gui.context import AppContext
from gui.profile import Profile
from gui.tasks import TaskRunner
from policy.interpretation import FormKind
from policy.submission import SubmissionStatus as S
from storage import Library, submissions
from tests.bundles.davserver import dav_server
from tests.gui import role_windows
from tests.gui.role_windows import files_in, open_window
from tests.storage import INTERPRETATION, write_notices
from workflow.interpret import store_interpretation
from workflow.verify import verify_bundles

PASS = "长江后浪推前浪-2024"
ORG, PUBLISHER = "000000000", "昌江区人民政府办公室"
COMMENT = "标题请写全称，与正文一致"
FIXED_TITLE = "关于做好第8批政务公开重点工作的通知（修订）"


delete_widgets = role_windows.delete_widgets  # autouse


class Machine:
    """One person's computer: a library, a settings file, the main window in their role."""

    def __init__(self, qapp, qtbot, root: Path, name: str, role: str) -> None:
        from PySide6.QtCore import QSettings

        self.library = Library.open(root / "library")
        self.settings = QSettings(str(root / "settings.ini"), QSettings.Format.IniFormat)
        self.ctx = AppContext(library=self.library, actor=name, tasks=TaskRunner(qapp, inline=True))
        self.window = open_window(self.ctx, self.settings, qtbot, "经办人")
        # first start: the profile, the library's 机构代码, the signing key (no keyring: a passphrase)
        self.key = self.window.profile_chosen(Profile(name, role, PUBLISHER, ORG))
        assert self.key is not None and self.ctx.role == role

    def close(self) -> None:
        self.window.close()
        self.library.close()


def test_clerk_section_head_and_uploader_pass_the_work_on_as_files(
    qapp, qtbot, tmp_path, no_keyring, monkeypatch
):
    monkeypatch.setattr(gui.passphrase, "ask_passphrase", lambda parent, who, new=False: PASS)
    usb = {name: tmp_path / name for name in ("to_head", "to_clerk", "to_uploader", "keys")}
    for folder in usb.values():
        folder.mkdir()
    clerk = Machine(qapp, qtbot, tmp_path / "clerk", "张三", "经办人")
    head = Machine(qapp, qtbot, tmp_path / "head", "李科长", "科室负责人")
    uploader = Machine(qapp, qtbot, tmp_path / "uploader", "赵上传", "上传员")

    # the section head hands the public key over (设置 → 签名密钥 → 导出公钥); both colleagues trust it
    settings = head.window.show_settings("key")
    settings.key_page.pick_save = lambda parent, title, suggested: str(usb["keys"] / suggested)
    settings.key_page.export()
    (public,) = files_in(usb["keys"], "*.json")
    settings.reject()
    for machine in (clerk, uploader):
        dialog = machine.window.show_settings("trusted")
        assert dialog.trusted_page.import_file(public)
        dialog.reject()

    # -- the clerk: import, fill in, submit, 生成送审包 into the folder of the USB stick -------------
    w = clerk.window
    clerk.settings.setValue("outbox/folder", str(usb["to_head"]))
    (notice,) = write_notices(tmp_path / "drafts", [8])
    assert w.import_paths([notice])
    sid = w.submission_id
    validity = w.fields.rows["validity"].editor
    validity.box.setCurrentIndex(validity.box.findData("有效"))
    written, chart, qa = tmp_path / "解读.md", tmp_path / "图解.png", tmp_path / "问答.md"
    written.write_text(INTERPRETATION, "utf-8")
    chart.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(32))
    qa.write_text("问：这份通知讲了什么？\n答：今年的重点工作安排。\n", "utf-8")
    store_interpretation(clerk.library, sid, "张三", written, [(FormKind.GRAPHIC, chart), (FormKind.QA, qa)])
    w.checks.recheck()
    assert w.submit_action.isEnabled(), [f.message_zh for f in w.checks.blocking]
    w.submit_action.trigger()
    assert submissions.get(clerk.library, sid).status is S.PENDING and w.send_action.isEnabled()
    w.send_action.trigger()
    (first,) = files_in(usb["to_head"])
    assert first.name == f"{ORG}_2024-00001_送审包.zip"

    # -- the section head: open it (文件 → 打开), preview, return it with a comment --------------------
    hw = head.window
    review = hw.page.workspace
    review.confirm = lambda title, text: True
    review.ask_passphrase = lambda who: PASS
    review.pick_folder = lambda title, start: usb["to_clerk"]
    hw.choose_files = lambda title, pattern: [str(first)]
    hw.page.open_action.trigger()
    assert review.submission_id is not None and review.title.text() == "关于做好第8批政务公开重点工作的通知"
    assert hw.windowTitle().startswith("关于做好第8批政务公开重点工作的通知 — ")
    review.form.comment.setPlainText(COMMENT)
    review.form.return_button.click()
    (returned,) = files_in(usb["to_clerk"])
    assert returned.name.endswith("_退回.zip") and review.queue.items() == []

    # -- the clerk: open the answer, read the comment, fix the title, submit and send again ----------
    w.choose_files = lambda title, pattern: [str(returned)]
    w.open_action.trigger()
    assert submissions.get(clerk.library, sid).status is S.RETURNED
    assert w.submission_id == sid and w.returned.isVisible() and COMMENT in w.returned.text()
    assert "李科长" in w.returned.text()
    assert w.recent.paths()[0] == returned.resolve()
    title = w.fields.rows["title"].editor
    title.edit.setText(FIXED_TITLE)
    title.edit.editingFinished.emit()
    assert submissions.get(clerk.library, sid).status is S.DRAFT
    w.checks.recheck()
    w.submit_action.trigger()
    assert submissions.get(clerk.library, sid).status is S.PENDING
    first.unlink()  # the stick holds the new one only
    w.send_action.trigger()
    (second,) = files_in(usb["to_head"])

    # -- the section head: the corrected one arrives by drag and drop; approve it ---------------------
    review.pick_folder = lambda title, start: usb["to_uploader"]
    hw.page.drop_paths([str(second)])
    assert review.title.text() == FIXED_TITLE
    assert review.form.approve_button.isEnabled(), review.form.approve_reason.text()
    review.form.approve_button.click()
    (approved,) = files_in(usb["to_uploader"])
    assert approved.name == f"{ORG}_2024-00001.zip"

    # -- the uploader: open it (verified on opening), upload it to the site of 设置 -------------------
    uw = uploader.window
    upload = uw.page.workspace
    upload.confirm = lambda title, text: True
    with dav_server(tmp_path / "dav") as server:
        dialog = uw.show_settings("site")
        dialog.fields["site_url"].set_value(server.url)
        dialog.fields["site_protocol"].set_value("webdav")
        dialog.accept()
        uw.choose_files = lambda title, pattern: [str(approved)]
        uw.page.open_action.trigger()
        (item,) = [i for i in upload.model.rows() if i.title == FIXED_TITLE]
        assert item.path == approved
        assert item.report is not None and item.report.ok, item.report
        upload.select(item.key)
        next(a for a in uw.page.step_actions if a.text().startswith("上传")).trigger()
        qtbot.waitUntil(lambda: not upload.busy, timeout=60000)
        stored = server.files()
    assert stored and all(name.startswith(f"{ORG}_2024-00001/") or "/" in name for name in stored)

    # what the site holds is the bag that was approved: rebuilt into a zip, it verifies here
    bag_root = tmp_path / "dav" / "incoming"
    (bag_dir,) = [p for p in bag_root.iterdir() if p.is_dir()]
    bagit.Bag(str(bag_dir)).validate()
    rebuilt = tmp_path / "from-site.zip"
    with zipfile.ZipFile(rebuilt, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(bag_dir.rglob("*")):
            if path.is_file():
                zf.write(path, f"{bag_dir.name}/{path.relative_to(bag_dir).as_posix()}")
    (report,) = verify_bundles(uploader.library, [rebuilt])
    assert report.ok, report.reasons
    assert [d.decision for d in report.decisions] == ["通过"] and report.decisions[0].reviewer == "李科长"
    (row,) = [s for s in submissions.summaries(uploader.library) if s.title == FIXED_TITLE]
    assert row.status is S.UPLOADED
    for machine in (clerk, head, uploader):
        machine.close()
