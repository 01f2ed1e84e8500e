"""设置: pages generated from the typed table ``gui.settings_table.SETTINGS`` (the person's
settings in ``QSettings``, the library's validated by ``LibraryConfig`` with its message shown under
the field, the site token in the system keyring), plus the 签名密钥 and 信任的审核人 pages.

``save()`` writes what changed and returns the changed keys (None while a value is refused); the
window applies them (a new role or language rebuilds it, 关怀模式 restyles it)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from gui.app import message_of
from gui.context import AppContext
from gui.key_pages import SigningKeyPage, TrustedPage
from gui.layout import boxed, hbox, vbox
from gui.profile import Profile
from gui.settings_table import SETTINGS, Kind, Page, Setting, Store, user_value
from storage import LibraryError
from workflow import config
from workflow.actor import current_actor

KEYRING_SERVICE = "PolicyPress"
KEY_PAGE, TRUSTED_PAGE = "key", "trusted"


translate = QCoreApplication.translate


def keyring_backend():
    """The system keyring when a usable one exists (not the 'fail' placeholder), else None."""
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
    except Exception:  # a broken keyring set-up: say there is none
        return None
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 0) <= 0:
        return None
    return backend


def _pick_folder(parent: QWidget, title: str, start: str) -> str | None:
    return QFileDialog.getExistingDirectory(parent, title, start or str(Path.home())) or None


def _pick_file(parent: QWidget, title: str, start: str) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, start or str(Path.home()))
    return path or None


class SettingField(QWidget):
    """One setting's editor (made from its kind), its help line and its error line."""

    def __init__(self, spec: Setting, value: object, dialog: SettingsDialog) -> None:
        super().__init__(dialog)
        self.spec = spec
        row: list = []
        if spec.kind is Kind.CHOICE:
            self.editor = QComboBox(self)
            for stored, label in spec.choices:
                self.editor.addItem(translate("Settings", label), stored)
            index = self.editor.findData(value)
            if index < 0:
                self.editor.addItem(str(value), value)
                index = self.editor.count() - 1
            self.editor.setCurrentIndex(index)
        elif spec.kind is Kind.BOOL:
            self.editor = QCheckBox(translate("Settings", spec.label), self)
            self.editor.setChecked(bool(value))
        else:
            self.editor = QLineEdit(str(value or ""), self)
            self.editor.setClearButtonEnabled(spec.kind is not Kind.SECRET)
            if spec.kind is Kind.SECRET:
                self.editor.setEchoMode(QLineEdit.EchoMode.Password)
        row.append((self.editor, 1))
        if spec.kind in (Kind.FOLDER, Kind.FILE):
            browse = QPushButton(translate("Settings", "浏览…"), self)
            browse.clicked.connect(lambda: self._browse(dialog))
            row.append(browse)
        self.help = QLabel(translate("Settings", spec.help), self) if spec.help else None
        if self.help is not None:
            self.help.setObjectName("muted")
            self.help.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.setLayout(vbox(hbox(*row), self.help, self.error, spacing=2))
        self.setFocusProxy(self.editor)

    def value(self) -> str | bool:
        if isinstance(self.editor, QComboBox):
            return str(self.editor.currentData())
        if isinstance(self.editor, QCheckBox):
            return self.editor.isChecked()
        return self.editor.text().strip()

    def set_value(self, value: str | bool) -> None:
        if isinstance(self.editor, QComboBox):
            self.editor.setCurrentIndex(max(0, self.editor.findData(value)))
        elif isinstance(self.editor, QCheckBox):
            self.editor.setChecked(bool(value))
        else:
            self.editor.setText(str(value))

    def show_error(self, text: str | None) -> None:
        self.error.setText(text or "")
        self.error.setVisible(bool(text))

    def _browse(self, dialog: SettingsDialog) -> None:
        pick = dialog.pick_folder if self.spec.kind is Kind.FOLDER else dialog.pick_file
        chosen = pick(self, translate("Settings", self.spec.label), str(self.value()))
        if chosen:
            self.set_value(chosen)


class SettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.settings = ctx, settings
        self.changed: set[str] = set()
        self.pick_folder: Callable[[QWidget, str, str], str | None] = _pick_folder
        self.pick_file: Callable[[QWidget, str, str], str | None] = _pick_file
        self.setWindowTitle(translate("Settings", "设置"))
        self.library_config = config.load(ctx.library)
        self.fields: dict[str, SettingField] = {}
        self.pages = QListWidget(self)
        self.stack = QStackedWidget(self)
        self.page_ids: list[str] = []
        for page in Page:
            self._add_page(page.name.lower(), translate("Settings", page.value), self._table_page(page))
            if page is Page.PROFILE:
                self.key_page = SigningKeyPage(ctx, self._who, self)
                self._add_page(KEY_PAGE, translate("Settings", "签名密钥"), self.key_page)
                self.trusted_page = TrustedPage(ctx, self)
                self._add_page(TRUSTED_PAGE, translate("Settings", "信任的审核人"), self.trusted_page)
        self.pages.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.pages.setCurrentRow(0)
        self.pages.setFixedWidth(self.pages.sizeHintForColumn(0) + 36)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.setLayout(vbox(hbox(self.pages, (self.stack, 1), spacing=12), buttons, margin=12, spacing=12))
        self.resize(820, 560)

    # -- building ------------------------------------------------------------------------------------
    def _add_page(self, page_id: str, title: str, widget: QWidget) -> None:
        self.page_ids.append(page_id)
        self.pages.addItem(title)
        self.stack.addWidget(widget)

    def show_page(self, page_id: str) -> None:
        self.pages.setCurrentRow(self.page_ids.index(page_id))

    def _initial(self, spec: Setting) -> object:
        if spec.store is Store.LIBRARY:
            value = getattr(self.library_config, spec.key)
            return "" if value is None else value
        if spec.store is Store.KEYRING:
            return ""
        if spec.key == "profile/name":
            return user_value(self.settings, spec.key) or self.ctx.actor or current_actor()
        if spec.key == "profile/role":
            return user_value(self.settings, spec.key) if self.settings.contains(spec.key) else self.ctx.role
        return user_value(self.settings, spec.key)

    def _table_page(self, page: Page) -> QWidget:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(10)
        extra: list[QWidget] = []
        for spec in (s for s in SETTINGS if s.page is page):
            field = SettingField(spec, self._initial(spec), self)
            self.fields[spec.key] = field
            if spec.kind is Kind.BOOL:
                form.addRow(field)
            else:
                label = QLabel(translate("Settings", spec.label), self)
                label.setBuddy(field.editor)
                form.addRow(label, field)
        if page is Page.SITE:
            extra.append(self._token_note())
        return boxed(vbox(form, *extra, 1, margin=4))

    def _token_note(self) -> QLabel:
        note = QLabel(self)
        note.setWordWrap(True)
        token = self.fields["token"]
        if keyring_backend() is None:
            token.editor.setEnabled(False)
            token.editor.setPlaceholderText(translate("Settings", "本机没有系统密钥环"))
            note.setObjectName("notice")
            note.setText(
                translate(
                    "Settings",
                    "本机没有可用的系统密钥环，令牌不能在这里保存（也绝不写入资料库或配置文件）。"
                    "上传时请用命令行的 --token-file 文件，或环境变量 POLICYPRESS_TOKEN 提供令牌。",
                )  # fmt: skip
            )
        else:
            host = urlsplit(str(self.fields["site_url"].value())).hostname
            if host and self._stored_token(host):
                token.editor.setPlaceholderText(
                    translate("Settings", "已保存在系统密钥环中（不显示）；输入新令牌可替换")
                )
            note.setObjectName("muted")
            note.setText(translate("Settings", "令牌按网站的主机名保存在系统密钥环中。"))
        return note

    @staticmethod
    def _stored_token(host: str) -> bool:
        backend = keyring_backend()
        try:
            return backend is not None and backend.get_password(KEYRING_SERVICE, host) is not None
        except Exception:
            return False

    def _who(self) -> tuple[str, str]:
        return str(self.fields["profile/name"].value()), str(self.fields["profile/role"].value())

    # -- saving --------------------------------------------------------------------------------------
    def accept(self) -> None:
        if self.save() is not None:
            super().accept()

    def _refuse(self, key: str, text: str) -> None:
        self.fields[key].show_error(text)
        page = next(s.page for s in SETTINGS if s.key == key)
        self.show_page(page.name.lower())
        self.fields[key].setFocus()

    def save(self) -> set[str] | None:
        """Write every changed value; None (nothing of the person's written) while one is refused."""
        for field in self.fields.values():
            field.show_error(None)
        if not self.fields["profile/name"].value():
            self._refuse("profile/name", translate("Settings", "请填写姓名（签名和审计记录中使用）。"))
            return None
        pending: list[tuple[str, str]] = []
        problems: list[tuple[str, str]] = []
        current = config.load(self.ctx.library)
        for spec in (s for s in SETTINGS if s.store is Store.LIBRARY):
            text = str(self.fields[spec.key].value())
            old = getattr(current, spec.key)
            if text == ("" if old is None else str(old)):
                continue
            try:
                current.with_value(spec.key, text)
            except ValueError as exc:
                problems.append((spec.key, str(exc)))
                continue
            pending.append((spec.key, text))
        if not problems and not self._token_problem():
            for key, text in pending:
                try:
                    config.set_value(self.ctx.library, key, text, self.ctx.actor)
                except (ValueError, LibraryError) as exc:
                    problems.append((key, message_of(exc)))
                    break
                self.changed.add(key)
        if problems or self._token_problem():
            for key, text in reversed(problems):
                self._refuse(key, text)
            return None
        self._save_token()
        for spec in (s for s in SETTINGS if s.store is Store.USER):
            value = self.fields[spec.key].value()
            if value != self._initial(spec):
                self.settings.setValue(spec.key, value)
                self.changed.add(spec.key)
        saved = config.load(self.ctx.library)
        profile = Profile(
            str(self.fields["profile/name"].value()),
            str(self.fields["profile/role"].value()),
            saved.publisher or "",
            saved.org_code or "",
        )
        profile.save(self.settings)
        self.settings.sync()
        return set(self.changed)

    def _token_problem(self) -> bool:
        token = str(self.fields["token"].value())
        if not token:
            return False
        if not urlsplit(str(self.fields["site_url"].value())).hostname:
            self._refuse("token", translate("Settings", "请先填写网站地址：令牌按网站的主机名保存。"))
            return True
        return False

    def _save_token(self) -> None:
        token = str(self.fields["token"].value())
        backend = keyring_backend()
        if not token or backend is None:
            return
        host = urlsplit(str(self.fields["site_url"].value())).hostname or ""
        backend.set_password(KEYRING_SERVICE, host, token)
        self.fields["token"].set_value("")
        self.changed.add("token")


def open_settings(parent: QWidget, ctx: AppContext, settings: QSettings, page: str | None = None,
                  on_saved: Callable[[set[str]], None] | None = None) -> SettingsDialog:  # fmt: skip
    """The dialog, opened window-modal (not blocking); ``on_saved(changed)`` after 确定."""
    dialog = SettingsDialog(ctx, settings, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if page:
        dialog.show_page(page)
    if on_saved is not None:
        dialog.accepted.connect(lambda: on_saved(set(dialog.changed)))
    dialog.open()
    return dialog
