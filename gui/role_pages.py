"""The section head's (科室负责人) and the uploader's (上传员) pages of the main window: each is a
frame around its role's workspace — ``gui.review_workspace.ReviewWorkspace`` and
``gui.upload_workspace.UploadWorkspace`` — giving it the window's 文件 → 打开 (Ctrl+O), dropped
.zip files, 刷新, the watched 送审包 folder (head) and the upload target from 设置 (uploader).

While a workspace's module does not exist yet, ``PendingWorkspace`` (a clearly marked PLACEHOLDER)
stands in for it, so the window still opens in that role."""

from __future__ import annotations

import importlib
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QWidget

from gui.actions import BUNDLE_SUFFIX, action
from gui.app import message_of
from gui.context import AppContext
from gui.layout import vbox
from gui.settings_table import user_value

translate = QCoreApplication.translate


class PendingWorkspace(QWidget):
    """PLACEHOLDER for a workspace whose module is not there yet: same signals and methods, and a
    label saying the function is not available in this build."""

    changed = Signal()
    status_message = Signal(str)

    def __init__(self, ctx: AppContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.target_provider = lambda: None
        label = QLabel(
            translate("RolePages", "“{title}”功能尚未完成，将在后续版本提供。").format(title=title), self
        )
        label.setObjectName("emptyHint")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setLayout(vbox(label, margin=24))

    def open_bundle_files(self, paths: list[str | Path]) -> None:
        self.status_message.emit(translate("RolePages", "此版本还不能打开包文件"))

    def watch_folder(self, path: str | Path | None) -> None:
        pass

    def refresh(self) -> None:
        pass


def load_workspace(module: str, cls: str, ctx: AppContext, title: str, parent: QWidget, settings) -> QWidget:
    """``module.cls(ctx, parent, settings=settings)``, or a ``PendingWorkspace`` while the module
    does not exist."""
    try:
        found = importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name != module:
            raise  # the module exists but is broken: a bug to see, not to hide
        return PendingWorkspace(ctx, title, parent)
    return getattr(found, cls)(ctx, parent, settings=settings)


class WorkspacePage(QWidget):
    """A role's page around another module's workspace (see the module's docstring)."""

    status_message = Signal(str, int)
    title_changed = Signal(str)
    opened = Signal(object)  # a Path opened (for 最近打开)
    MODULE = CLASS = TITLE = OPEN_TEXT = OPEN_TIP = ""

    def __init__(self, ctx: AppContext, window) -> None:
        super().__init__(window)
        self.ctx, self.window_ = ctx, window
        self.workspace = load_workspace(
            self.MODULE, self.CLASS, ctx, translate("RolePages", self.TITLE), self, window.ensure_settings()
        )
        self.workspace.status_message.connect(lambda text: self.status_message.emit(text, 8000))
        if hasattr(self.workspace, "title_changed"):
            self.workspace.title_changed.connect(self.title_changed)
        self.setLayout(vbox(self.workspace))
        self.open_action = action(
            self,
            translate("RolePages", self.OPEN_TEXT),
            self.open_dialog,
            "Ctrl+O",
            tip=translate("RolePages", self.OPEN_TIP),
        )
        self.open_action.setIconText(translate("RolePages", "打开"))
        self.refresh_action = action(self, translate("RolePages", "刷新(&L)"), self.workspace.refresh, "F5")

    def menu_actions(self) -> dict[str, list[QAction]]:
        return {"file": [self.open_action], "view": [self.refresh_action], "toolbar": [self.open_action]}

    def status_widgets(self) -> list[tuple[QWidget, int, bool]]:
        return []

    def open_dialog(self) -> None:
        files = self.window_.choose_files(
            translate("RolePages", "打开包文件"),
            translate("RolePages", "PolicyPress 包 (*.zip);;所有文件 (*)"),
        )
        if files:
            self.open_bundle_files(files)

    def open_bundle_files(self, paths: list[str | Path]) -> None:
        self.workspace.open_bundle_files([Path(p) for p in paths])
        for path in paths:
            self.opened.emit(Path(path))

    def drop_paths(self, paths: list[str]) -> None:
        bundles = [p for p in paths if p.lower().endswith(BUNDLE_SUFFIX)]
        if bundles:
            self.open_bundle_files(bundles)
        if len(bundles) < len(paths):
            self.status_message.emit(translate("RolePages", "这里只能打开 .zip 包文件"), 6000)

    def flush(self) -> None:
        flush = getattr(self.workspace, "flush", None)
        if flush is not None:
            flush()

    def warm_up(self) -> None:
        pass

    def save_state(self, settings) -> None:
        pass

    def restore_state(self, settings) -> None:
        pass

    def close_down(self) -> None:
        self.flush()


class HeadPage(WorkspacePage):
    MODULE, CLASS, TITLE = "gui.review_workspace", "ReviewWorkspace", QT_TRANSLATE_NOOP("RolePages", "审核")
    OPEN_TEXT = QT_TRANSLATE_NOOP("RolePages", "打开送审包(&O)…")
    OPEN_TIP = QT_TRANSLATE_NOOP("RolePages", "打开经办人送来的送审包，预览并审核")

    def __init__(self, ctx: AppContext, window) -> None:
        super().__init__(ctx, window)
        self.watch(user_value(window.settings, "inbox/folder") or None)

    def watch(self, folder: str | None) -> None:
        self.workspace.watch_folder(Path(folder) if folder else None)


class UploaderPage(WorkspacePage):
    MODULE, CLASS, TITLE = "gui.upload_workspace", "UploadWorkspace", QT_TRANSLATE_NOOP("RolePages", "上传")
    OPEN_TEXT = QT_TRANSLATE_NOOP("RolePages", "打开上传包(&O)…")
    OPEN_TIP = QT_TRANSLATE_NOOP("RolePages", "打开审核通过的包，校验后导出或上传")

    def __init__(self, ctx: AppContext, window) -> None:
        super().__init__(ctx, window)
        self.workspace.target_provider = self.target
        steps = (("generate", translate("RolePages", "生成上传包(&G)"), "Ctrl+G"), ("verify", translate("RolePages", "校验(&V)"), "Ctrl+Shift+V"),
                 ("export", translate("RolePages", "导出到文件夹(&E)…"), "Ctrl+E"), ("upload", translate("RolePages", "上传(&U)"), "Ctrl+U"))  # fmt: skip
        self.step_actions = [
            action(self, text, getattr(self.workspace, name), key)
            for name, text, key in steps
            if hasattr(self.workspace, name)
        ]

    def menu_actions(self) -> dict[str, list[QAction]]:
        lent = super().menu_actions()
        lent["file"] = lent["file"] + self.step_actions
        return lent

    def target(self):
        """The site from 设置 (网站地址, 上传方式) and its token from the keyring (or the
        environment); None, after saying why, when it is not set up."""
        from bundles.upload import UploadError
        from workflow.upload import resolve_target

        try:
            return resolve_target(self.ctx.library)
        except UploadError as exc:
            self.window_.show_problem(
                translate("RolePages", "不能上传"),
                message_of(exc)
                + "\n\n"
                + translate("RolePages", "请在 设置 → 上传网站 中填写网站地址和令牌。"),
            )
            return None
