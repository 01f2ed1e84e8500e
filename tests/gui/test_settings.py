"""设置: generated from the typed table; the library's settings validated by LibraryConfig (its
Chinese reason under the field, nothing saved), the person's in QSettings, the site token in the
system keyring only — and, without a keyring, a note pointing to --token-file / POLICYPRESS_TOKEN;
the uploader's upload target read from there."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from gui.settings_dialog import SettingsDialog
from gui.settings_table import SETTINGS, Kind, Store
from policy.config import LABELS
from storage import audit
from tests.gui import role_windows
from tests.gui.role_windows import open_window
from workflow import config

TOKEN = "s3cret-token-42"
settings = role_windows.settings  # a fixture
delete_widgets = role_windows.delete_widgets  # autouse


def test_the_dialog_is_generated_from_the_table_and_names_the_library_settings_as_the_library_does(
    ctx, settings
):
    dialog = SettingsDialog(ctx, settings)
    assert set(dialog.fields) == {s.key for s in SETTINGS}
    library = [s for s in SETTINGS if s.store is Store.LIBRARY]
    assert {s.key for s in library} == set(LABELS)
    assert all(s.label == LABELS[s.key] for s in library)
    assert {"签名密钥", "信任的审核人", "上传网站", "文件夹", "界面"} <= {
        dialog.pages.item(i).text() for i in range(dialog.pages.count())
    }
    assert dialog.fields["ui/language"].editor.count() == 3
    assert dialog.fields["profile/name"].value() == "张三"
    assert all(s.kind is not Kind.SECRET or s.store is Store.KEYRING for s in SETTINGS)
    dialog.deleteLater()


def test_a_bad_library_value_is_refused_with_its_reason_and_nothing_is_saved(ctx, settings):
    dialog = SettingsDialog(ctx, settings)
    dialog.fields["org_code"].set_value("123")
    dialog.fields["site_url"].set_value("ftp://example.org")
    dialog.fields["outbox/folder"].set_value("/media/usb")
    assert dialog.save() is None
    assert "9 位组织机构代码或 18 位统一社会信用代码" in dialog.fields["org_code"].error.text()
    assert not dialog.fields["org_code"].error.isHidden()
    assert "http:// 或 https://" in dialog.fields["site_url"].error.text()
    assert dialog.stack.currentIndex() == dialog.page_ids.index("profile")  # the first refused field's page
    assert config.load(ctx.library).org_code is None and not settings.contains("outbox/folder")


def test_good_values_go_to_their_owners(ctx, settings, tmp_path):
    dialog = SettingsDialog(ctx, settings)
    dialog.fields["org_code"].set_value("000000000")
    dialog.fields["publisher"].set_value("昌江区人民政府办公室")
    dialog.fields["review_levels"].set_value("初审+复审")
    dialog.fields["outbox/folder"].set_value(str(tmp_path / "usb"))
    dialog.fields["ui/language"].set_value("en")
    changed = dialog.save()
    assert changed == {"org_code", "publisher", "review_levels", "outbox/folder", "ui/language"}
    stored = config.load(ctx.library)
    assert (stored.org_code, stored.publisher, stored.review_levels) == (
        "000000000",
        "昌江区人民政府办公室",
        "初审+复审",
    )
    assert {e.detail["key"] for e in audit.entries(ctx.library) if e.action == "config"} >= {
        "org_code",
        "publisher",
    }
    assert settings.value("outbox/folder") == str(tmp_path / "usb") and settings.value("ui/language") == "en"
    assert settings.value("profile/org_code") == "000000000"  # the person's profile follows
    assert SettingsDialog(ctx, settings).save() == set()  # nothing changed: nothing written


def test_the_token_goes_to_the_keyring_only_and_the_uploader_uses_it(
    ctx, settings, qtbot, memory_keyring, tmp_path
):
    window = open_window(ctx, settings, qtbot, "上传员")
    dialog = window.show_settings("site")
    dialog.fields["token"].set_value(TOKEN)
    assert dialog.save() is None and "网站地址" in dialog.fields["token"].error.text()  # the host names it
    dialog.fields["site_url"].set_value("https://gk.example.gov.cn/dav/incoming")
    dialog.fields["site_protocol"].set_value("webdav")
    dialog.accept()
    assert memory_keyring.items == {("PolicyPress", "gk.example.gov.cn"): TOKEN}
    settings.sync()
    assert TOKEN not in (tmp_path / "settings.ini").read_text("utf-8")
    assert not any(TOKEN.encode() in p.read_bytes() for p in ctx.library_root.rglob("*") if p.is_file())
    target = window.page.workspace.target_provider()
    assert (target.url, target.protocol, target.token) == (
        "https://gk.example.gov.cn/dav/incoming",
        "webdav",
        TOKEN,
    )
    again = window.show_settings("site")
    assert again.fields["token"].value() == "" and "已保存" in again.fields["token"].editor.placeholderText()


def test_without_a_keyring_the_token_field_says_where_a_token_comes_from(ctx, settings, qtbot, no_keyring):
    window = open_window(ctx, settings, qtbot, "上传员")
    dialog = window.show_settings("site")
    assert not dialog.fields["token"].editor.isEnabled()
    page_text = " ".join(w.text() for w in dialog.stack.currentWidget().findChildren(QLabel))
    assert "--token-file" in page_text and "POLICYPRESS_TOKEN" in page_text
    # no site: the uploader is told where to set it, and nothing is uploaded
    assert window.page.workspace.target_provider() is None
    assert "网站地址" in window.last_problem[1]
