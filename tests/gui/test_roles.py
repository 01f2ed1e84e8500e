"""The window of each role: its page and actions (a role's missing actions are absent, not greyed),
the profile asked on first start with the person's signing key, a role changed in 设置 rebuilding
the window, the 签名密钥 and 信任的审核人 pages, the title, 最近打开 and the shortcuts list."""

from __future__ import annotations

import json

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QKeySequence

import gui.passphrase
from gui.clerk_page import ClerkPage
from gui.menus import shortcut_rows
from gui.profile import Profile
from gui.role_pages import HeadPage, UploaderPage
from gui.settings_dialog import SettingsDialog
from storage import Library, keys
from tests.gui import role_windows
from tests.gui.role_windows import files_in, menu_actions, open_window, texts
from tests.storage import write_notices
from workflow import config
from workflow.importing import import_files
from workflow.keys import export_key, init_key

PASS = "长江后浪推前浪-2024"
settings = role_windows.settings  # a fixture
delete_widgets = role_windows.delete_widgets  # autouse


def test_each_role_offers_its_own_actions_and_not_the_others(ctx, settings, qtbot):
    clerk = open_window(ctx, settings, qtbot, "经办人")
    assert isinstance(clerk.page, ClerkPage)
    offered = texts(menu_actions(clerk))
    assert {"导入(I)…", "提交审核(S)", "生成送审包(B)…", "打开退回或审核通过的包(O)…"} <= offered
    assert not any("上传" in t for t in offered)
    clerk.close()
    for role, page in (("科室负责人", HeadPage), ("上传员", UploaderPage)):
        window = open_window(ctx, settings, qtbot, role)
        assert isinstance(window.page, page)
        offered = texts(menu_actions(window))
        assert not any(t.startswith(("导入", "提交审核", "生成送审包", "全部确认")) for t in offered), offered
        assert window.search is None and "编辑(E)" not in {
            a.text().replace("&", "") for a in window.menuBar().actions()
        }
        assert any(t.startswith("打开") and t.endswith("包(O)…") for t in offered)
        assert f"{'科室负责人' if role == '科室负责人' else '上传员'} · 张三" == window.role_label.text()
        window.close()


def test_first_start_asks_who_makes_the_key_and_shows_that_roles_window(ctx, settings, qtbot, no_keyring,
                                                                        monkeypatch):  # fmt: skip
    asked = []
    monkeypatch.setattr(
        gui.passphrase, "ask_passphrase", lambda parent, who, new=False: asked.append((who, new)) or PASS
    )
    window = open_window(ctx, settings, qtbot)
    dialog = window.first_start()
    assert dialog.isVisible() and dialog.name.text()  # the login name as a first guess
    dialog.name.setText("李科长")
    dialog.role.setCurrentIndex(dialog.role.findData("科室负责人"))
    dialog.organisation.setText("昌江区人民政府办公室")
    dialog.org_code.setText("12345678-0")  # a wrong check character: refused with the library's reason
    dialog.accept()
    assert dialog.isVisible() and "校验位" in dialog.error.text()
    dialog.org_code.setText("000000000")
    dialog.accept()
    assert not dialog.isVisible()
    # kept for the person, given to the library, the key made (no keyring: a passphrase asked)
    assert Profile.load(settings) == Profile("李科长", "科室负责人", "昌江区人民政府办公室", "000000000")
    stored = config.load(ctx.library)
    assert (stored.org_code, stored.publisher) == ("000000000", "昌江区人民政府办公室")
    assert asked == [("李科长", True)]
    (record,) = keys.own_keys(ctx.library, "李科长")
    assert record.public.role == "科室负责人" and record.private_store.startswith("file:")
    assert record.public.fingerprint in window.statusBar().currentMessage()
    # the window is the section head's now
    assert (ctx.actor, ctx.role) == ("李科长", "科室负责人")
    assert isinstance(window.page, HeadPage) and window.role_label.text() == "科室负责人 · 李科长"


def test_a_role_changed_in_settings_rebuilds_the_window(ctx, settings, qtbot):
    window = open_window(ctx, settings, qtbot, "经办人")
    dialog = window.show_settings()
    assert isinstance(dialog, SettingsDialog)
    role = dialog.fields["profile/role"].editor
    role.setCurrentIndex(role.findData("上传员"))
    dialog.accept()
    assert isinstance(window.page, UploaderPage) and ctx.role == "上传员"
    assert not any(t.startswith("导入") for t in texts(menu_actions(window)))
    assert settings.value("profile/role") == "上传员"
    again = window.show_settings()
    again.fields["profile/role"].editor.setCurrentIndex(0)
    again.accept()
    assert isinstance(window.page, ClerkPage) and ctx.role == "经办人"


def test_the_key_page_makes_and_exports_the_key_and_the_trusted_page_imports_a_colleagues(
    ctx, settings, qtbot, tmp_path, no_keyring, monkeypatch
):
    monkeypatch.setattr(gui.passphrase, "ask_passphrase", lambda parent, who, new=False: PASS)
    window = open_window(ctx, settings, qtbot, "上传员")
    dialog = window.show_settings("key")
    page = dialog.key_page
    assert page.create_button.isVisible() and not page.export_button.isVisible()
    page.create()
    assert "指纹" in page.fingerprint.text() and page.export_button.isVisible()
    page.pick_save = lambda parent, title, suggested: str(tmp_path / suggested)
    page.export()
    exported = tmp_path / "张三-上传员.pubkey.json"
    assert json.loads(exported.read_text("utf-8"))["name"] == "张三"
    # a section head elsewhere exports a key; the uploader trusts it
    with Library.open(tmp_path / "head") as head:
        init_key(head, "李科长", "科室负责人", PASS, store="file")
        theirs = export_key(head, "李科长", tmp_path / "lee.json")
    trusted = dialog.trusted_page
    trusted.pick_open = lambda parent, title, pattern: str(theirs)
    trusted.import_dialog()
    rows = {
        trusted.table.item(r, 0).text(): trusted.table.item(r, 1).text()
        for r in range(trusted.table.rowCount())
    }
    assert rows == {"张三": "上传员", "李科长": "科室负责人"}
    assert "已信任 李科长" in trusted.message.text()
    bad = tmp_path / "bad.json"
    bad.write_text("{}", "utf-8")
    assert not trusted.import_file(bad) and "公钥" in trusted.message.text()


def test_title_recent_files_and_shortcuts(ctx, settings, qtbot, tmp_path):
    (path,) = write_notices(tmp_path / "in", [4])
    (outcome,) = import_files(ctx.library, [path], "张三")
    window = open_window(ctx, settings, qtbot, "经办人")
    window.list.refresh()
    window.list.select(outcome.submission_id)
    assert window.windowTitle() == "关于做好第4批政务公开重点工作的通知 — PolicyPress 政策文件发布助手"
    # 最近打开 remembers what was opened (kept in the settings)
    window.recent.add(path)
    assert window.recent.paths()[0] == path.resolve()
    recent = next(a.menu() for a in window.menuBar().actions()[0].menu().actions() if a.menu())
    recent.aboutToShow.emit()
    assert any(path.name in a.text() for a in recent.actions())
    # the shortcuts of the main actions, listed in 帮助 → 快捷键 from the actions themselves
    shown = {(text, shortcut) for _, text, shortcut in shortcut_rows(window)}
    for text, wanted in (("导入(I)…", "Ctrl+I"), ("提交审核(S)", "Ctrl+Return"), ("查找(F)", "Ctrl+F"),
                       ("打开退回或审核通过的包(O)…", "Ctrl+O"), ("设置(P)…", "Ctrl+,"), ("关怀模式(C)", "Ctrl+Shift+C")):  # fmt: skip
        native = QKeySequence(wanted).toString(
            QKeySequence.SequenceFormat.NativeText
        )  # as the dialog shows it
        assert any(t == text and k.startswith(native) for t, k in shown), (text, native, shown)


def test_the_section_head_opens_dropped_bundles_and_watches_the_inbox_folder(ctx, settings, qtbot, tmp_path):
    inbox = tmp_path / "收件"
    inbox.mkdir()
    settings.setValue("inbox/folder", str(inbox))
    opened, watched = [], []
    window = open_window(ctx, settings, qtbot, "科室负责人")
    page = window.page
    page.workspace.open_bundle_files = lambda paths, **kw: opened.extend(paths)
    page.workspace.watch_folder = lambda path: watched.append(path)
    page.watch(str(inbox))
    assert watched == [inbox]
    bundle = tmp_path / "送审包.zip"
    bundle.write_bytes(b"PK")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(bundle)), QUrl.fromLocalFile(str(tmp_path / "x.docx"))])
    window.dropEvent(QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                                Qt.KeyboardModifier.NoModifier))  # fmt: skip
    assert opened == [bundle] and ".zip" in window.statusBar().currentMessage()
    assert window.recent.paths() == [bundle.resolve()]
    assert files_in(tmp_path) == [bundle]
