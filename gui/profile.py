"""The person using the app: 姓名, 角色, 单位, 机构代码 — asked on first start, edited in 设置.

The profile belongs to the person, so it is kept per OS user in ``QSettings`` (``profile/*``);
the 单位 and 机构代码 also go to the library's settings (发布机构, 机构代码), which belong to the
library and feed the 索引号. The person's signing key is made here too (``ensure_key``): in the
system keyring when there is one, else in a file under a passphrase asked for now.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from gui.layout import vbox
from policy.config import ConfigValueError, LibraryConfig
from policy.keys import ROLES
from storage import Library, LibraryError, keys
from storage.keys import KeyRecord
from workflow import config
from workflow.actor import current_actor

CLERK, HEAD, UPLOADER = ROLES
ROLE_NAMES = {
    CLERK: QT_TRANSLATE_NOOP("Profile", "经办人"),
    HEAD: QT_TRANSLATE_NOOP("Profile", "科室负责人"),
    UPLOADER: QT_TRANSLATE_NOOP("Profile", "上传员"),
}
ROLE_TASKS = {
    CLERK: QT_TRANSLATE_NOOP("Profile", "导入公文、撰写政策解读、提交审核并生成送审包"),
    HEAD: QT_TRANSLATE_NOOP("Profile", "预览送审包、作保密审查，通过或退回"),
    UPLOADER: QT_TRANSLATE_NOOP("Profile", "校验审核通过的包，导出或上传到网站"),
}


translate = QCoreApplication.translate


def role_name(role: str) -> str:
    return translate("Profile", ROLE_NAMES.get(role, role))


@dataclass(frozen=True, slots=True)
class Profile:
    name: str
    role: str = CLERK
    organisation: str = ""  # the library's 发布机构
    org_code: str = ""  # the library's 机构代码

    @classmethod
    def load(cls, settings: QSettings | None) -> Profile | None:
        """The stored profile; None on first start (never saved)."""
        if settings is None or not settings.value("profile/name", ""):
            return None
        role = str(settings.value("profile/role", CLERK))
        return cls(
            str(settings.value("profile/name")),
            role if role in ROLES else CLERK,
            str(settings.value("profile/organisation", "")),
            str(settings.value("profile/org_code", "")),
        )

    @classmethod
    def default(cls, lib: Library | None = None) -> Profile:
        """A first guess: the login name as a clerk, the library's 发布机构 and 机构代码."""
        found = config.load(lib) if lib is not None else LibraryConfig()
        return cls(current_actor(), CLERK, found.publisher or "", found.org_code or "")

    def save(self, settings: QSettings) -> None:
        settings.setValue("profile/name", self.name)
        settings.setValue("profile/role", self.role)
        settings.setValue("profile/organisation", self.organisation)
        settings.setValue("profile/org_code", self.org_code)


def org_code_problem(code: str) -> str | None:
    """The library's own message for a 机构代码 it would refuse, else None."""
    try:
        LibraryConfig().with_value("org_code", code)
    except ConfigValueError as exc:
        return str(exc)
    return None


def write_to_library(lib: Library, profile: Profile, actor: str) -> None:
    """The 单位 and 机构代码 as the library's 发布机构 and 机构代码 (only what changed)."""
    current = config.load(lib)
    for key, value in (("publisher", profile.organisation), ("org_code", profile.org_code)):
        wanted = LibraryConfig().with_value(key, value) if value.strip() else None
        if wanted is not None and getattr(wanted, key) != getattr(current, key):
            config.set_value(lib, key, value, actor)


def own_key(lib: Library, name: str) -> KeyRecord | None:
    found = keys.own_keys(lib, name.strip())
    return found[0] if found else None


def ensure_key(parent: QWidget | None, lib: Library, name: str, role: str) -> KeyRecord | None:
    """The person's signing key in this library, made now if missing: in the system keyring when
    one exists, else in a file under a new passphrase (asked; None if the person cancels)."""
    from gui import passphrase  # these load the cryptography: only when a key is made
    from workflow.keys import init_key

    record = own_key(lib, name)
    if record is not None:
        return record
    try:
        return init_key(lib, name, role, None, store="keyring")
    except LibraryError as exc:
        if exc.key != "no_keyring":
            raise
    secret = passphrase.ask_passphrase(parent, name, new=True)
    if secret is None:
        return None
    return init_key(lib, name, role, secret, store="file")


class ProfileDialog(QDialog):
    """姓名, 角色, 单位, 机构代码; the 机构代码 is checked as the library would check it."""

    def __init__(self, profile: Profile, parent: QWidget | None = None, *, first_start: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            translate("Profile", "欢迎使用 PolicyPress") if first_start else translate("Profile", "个人资料")
        )
        intro = QLabel(
            translate("Profile", "请填写您的信息。角色决定窗口中提供哪些功能；以后可在“设置”中修改。")
            if first_start
            else translate("Profile", "角色决定窗口中提供哪些功能。")
        )
        intro.setWordWrap(True)
        self.name = QLineEdit(profile.name, self)
        self.role = QComboBox(self)
        for role in ROLES:
            tasks = translate("Profile", ROLE_TASKS[role])
            self.role.addItem(f"{role_name(role)} — {tasks}", role)
        self.role.setCurrentIndex(ROLES.index(profile.role))
        self.organisation = QLineEdit(profile.organisation, self)
        self.organisation.setPlaceholderText(translate("Profile", "例如：长江区人民政府办公室"))
        self.org_code = QLineEdit(profile.org_code, self)
        self.org_code.setPlaceholderText(translate("Profile", "9 位组织机构代码或 18 位统一社会信用代码"))
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(translate("Profile", "姓名(&N)"), self.name)
        form.addRow(translate("Profile", "角色(&R)"), self.role)
        form.addRow(translate("Profile", "单位(&U)"), self.organisation)
        form.addRow(translate("Profile", "机构代码(&C)"), self.org_code)
        for label, field in ((0, self.name), (1, self.role), (2, self.organisation), (3, self.org_code)):
            form.itemAt(label, QFormLayout.ItemRole.LabelRole).widget().setBuddy(field)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.setLayout(vbox(intro, form, self.error, buttons, margin=16, spacing=12))
        self.resize(560, self.sizeHint().height())

    def profile(self) -> Profile:
        return Profile(
            self.name.text().strip(),
            self.role.currentData(),
            self.organisation.text().strip(),
            self.org_code.text().strip(),
        )

    def problem(self) -> str | None:
        chosen = self.profile()
        if not chosen.name:
            return translate("Profile", "请填写姓名（签名和审计记录中使用）。")
        return org_code_problem(chosen.org_code) if chosen.org_code else None

    def accept(self) -> None:
        problem = self.problem()
        if problem:
            self.error.setText(problem)
            self.error.show()
            return
        super().accept()
