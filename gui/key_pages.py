"""Two pages of 设置 about signing keys: 签名密钥 (the person's own key: its fingerprint, made if
missing, its public half exported for colleagues) and 信任的审核人 (colleagues' public keys this
library trusts: imported from the file they exported). Pickers are attributes so tests can answer
them without a modal dialog."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from gui.app import message_of
from gui.context import AppContext
from gui.layout import hbox, vbox
from gui.profile import ensure_key, own_key, role_name
from storage import LibraryError
from storage import keys as stored_keys
from workflow.keys import export_key, trust_key, trusted_keys

translate = QCoreApplication.translate


def _pick_open(parent: QWidget, title: str, pattern: str) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, str(Path.home()), pattern)
    return path or None


def _pick_save(parent: QWidget, title: str, suggested: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(
        parent, title, str(Path.home() / suggested), translate("KeyPages", "公钥文件 (*.json)")
    )
    return path or None


class SigningKeyPage(QWidget):
    """The person's key in this library: who, role, fingerprint, where the private half is kept."""

    def __init__(self, ctx: AppContext, who: Callable[[], tuple[str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.who = ctx, who  # who(): (name, role) as the profile page currently says
        self.pick_save: Callable[[QWidget, str, str], str | None] = _pick_save
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint = QLabel(self)
        self.fingerprint.setObjectName("fingerprint")
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice = QLabel(self)
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.create_button = QPushButton(translate("KeyPages", "生成签名密钥(&G)"), self)
        self.create_button.clicked.connect(self.create)
        self.export_button = QPushButton(translate("KeyPages", "导出公钥(&E)…"), self)
        self.export_button.setToolTip(
            translate("KeyPages", "把公钥文件交给同事，由对方在“信任的审核人”中导入")
        )
        self.export_button.clicked.connect(self.export)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        help_text = QLabel(
            translate(
                "KeyPages",
                "审核结论用科室负责人的私钥签名；上传员和经办人用导入的公钥核对签名。私钥保存在系统密钥环中；"
                "没有密钥环时保存为口令加密的文件，签名时输入口令。",
            ),  # fmt: skip
            self,
        )
        help_text.setObjectName("muted")
        help_text.setWordWrap(True)
        self.setLayout(vbox(self.summary, self.fingerprint, self.notice,
                            hbox(self.create_button, self.export_button, 1), self.message, help_text, 1,
                            spacing=10))  # fmt: skip
        self.refresh()

    def refresh(self) -> None:
        name, role = self.who()
        record = own_key(self.ctx.library, name) if name else None
        self.create_button.setVisible(record is None)
        self.export_button.setVisible(record is not None)
        self.notice.hide()
        if record is None:
            self.summary.setText(
                translate("KeyPages", "本资料库还没有 {name} 的签名密钥。").format(name=name or "—")
            )
            self.fingerprint.clear()
            return
        where = (
            translate("KeyPages", "系统密钥环")
            if record.private_store == "keyring"
            else translate("KeyPages", "口令加密的密钥文件")
        )
        self.summary.setText(
            translate("KeyPages", "{name}（{role}）的签名密钥，私钥保存在{where}。").format(
                name=record.public.name, role=role_name(record.public.role), where=where
            )
        )
        self.fingerprint.setText(translate("KeyPages", "指纹：{fp}").format(fp=record.public.fingerprint))
        if record.public.role != role:
            self.notice.setText(
                translate(
                    "KeyPages",
                    "密钥登记的角色是{key_role}，与当前角色{role}不同；审核签名需要科室负责人的密钥。",
                ).format(key_role=role_name(record.public.role), role=role_name(role))
            )
            self.notice.show()

    def create(self) -> None:
        name, role = self.who()
        try:
            record = ensure_key(self, self.ctx.library, name, role)
        except LibraryError as exc:
            self.message.setText(message_of(exc))
            return
        self.message.setText(
            translate("KeyPages", "已生成签名密钥。")
            if record is not None
            else translate("KeyPages", "未生成签名密钥（已取消）。")
        )
        self.refresh()

    def export(self) -> None:
        name, _ = self.who()
        record = own_key(self.ctx.library, name)
        if record is None:
            return
        out = self.pick_save(
            self, translate("KeyPages", "导出公钥"), f"{record.public.name}-{record.public.role}.pubkey.json"
        )
        if not out:
            return
        try:
            path = export_key(self.ctx.library, name, out)
        except (LibraryError, OSError) as exc:
            self.message.setText(message_of(exc))
            return
        self.message.setText(translate("KeyPages", "公钥已导出到 {path}").format(path=path))


class TrustedPage(QWidget):
    """The keys this library trusts: its own, colleagues' imported ones, the configured list's."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.pick_open: Callable[[QWidget, str, str], str | None] = _pick_open
        intro = QLabel(
            translate(
                "KeyPages",
                "只有这里列出的人签名的审核结论才被承认。导入同事用“导出公钥”得到的文件；核对指纹时最好当面或电话确认。",
            ),
            self,
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [
                translate("KeyPages", "姓名"),
                translate("KeyPages", "角色"),
                translate("KeyPages", "指纹"),
                translate("KeyPages", "来源"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setTabKeyNavigation(False)
        self.import_button = QPushButton(translate("KeyPages", "导入公钥文件(&I)…"), self)
        self.import_button.clicked.connect(self.import_dialog)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.setLayout(vbox(intro, self.table, hbox(self.import_button, 1), self.message, spacing=10))
        self.refresh()

    def refresh(self) -> None:
        lib = self.ctx.library
        records = {r.public.fingerprint: r for r in stored_keys.all_keys(lib)}
        try:
            trusted = trusted_keys(lib)
        except LibraryError as exc:  # a configured list that no longer reads
            self.message.setText(message_of(exc))
            trusted = [r.public for r in records.values()]
        self.table.setRowCount(len(trusted))
        for row, key in enumerate(trusted):
            record = records.get(key.fingerprint)
            source = (
                translate("KeyPages", "本人")
                if record and record.own
                else translate("KeyPages", "已导入")
                if record
                else translate("KeyPages", "可信审核人名单")
            )
            for column, text in enumerate((key.name, role_name(key.role), key.fingerprint, source)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()

    def import_dialog(self) -> None:
        path = self.pick_open(
            self,
            translate("KeyPages", "导入同事的公钥文件"),
            translate("KeyPages", "公钥文件 (*.json);;所有文件 (*)"),
        )
        if path:
            self.import_file(path)

    def import_file(self, path: str | Path) -> bool:
        try:
            record = trust_key(self.ctx.library, path, self.ctx.actor)
        except LibraryError as exc:
            self.message.setText(message_of(exc))
            return False
        self.message.setText(
            translate("KeyPages", "已信任 {name}（{role}），指纹 {fp}").format(
                name=record.public.name, role=role_name(record.public.role), fp=record.public.fingerprint
            )
        )
        self.refresh()
        return True
