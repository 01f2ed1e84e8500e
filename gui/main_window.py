"""The main window: one frame for every role. The role (``ctx.role``, from the person's profile)
decides the page in the middle — the clerk's list and workspace (``gui.clerk_page``), the section
head's review or the uploader's upload workspace (``gui.role_pages``) — and, with it, the menus and
toolbar (``gui.menus``): what a role does not do is absent. The frame holds what every role shares:
the title (with the selected submission), 最近打开, 设置, 关怀模式, dropped files, the status bar and
the window's geometry. Changing the role or the language in 设置 rebuilds the page and menus.

Pickers and messages go through ``choose_files``, ``choose_folder`` and ``show_problem`` (plain
attributes), so tests answer them instead of a modal dialog."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow, QMessageBox, QStatusBar, QWidget

from gui.app import message_of
from gui.clerk_page import ClerkPage
from gui.context import AppContext
from gui.menus import build_menus
from gui.profile import CLERK, HEAD, UPLOADER, Profile, ProfileDialog, ensure_key, write_to_library
from gui.recent import RecentFiles
from gui.role_pages import HeadPage, UploaderPage
from gui.settings_table import user_value
from gui.stylesheet import style_sheet
from storage import LibraryError
from storage.keys import KeyRecord

PAGES = {CLERK: ClerkPage, HEAD: HeadPage, UPLOADER: UploaderPage}


translate = QCoreApplication.translate


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, settings: QSettings | None = None) -> None:
        super().__init__()
        self.ctx, self.settings = ctx, settings
        self.recent = RecentFiles(settings)
        self.care = bool(user_value(settings, "ui/care"))
        self.last_problem: tuple[str, str] | None = None
        self.profile_dialog: ProfileDialog | None = None
        self._shown = False
        self.setAcceptDrops(True)
        self.page: QWidget | None = None
        self._build()
        self._restore_geometry()
        if self.care:
            self.set_care(True)

    def __getattr__(self, name: str):
        """The clerk page's parts (``window.list``, ``window.fields``, ``window.submit_action``…)."""
        page = self.__dict__.get("page")
        if page is None or name.startswith("_"):
            raise AttributeError(name)
        return getattr(page, name)

    @property
    def base_title(self) -> str:
        return translate("MainWindow", "PolicyPress 政策文件发布助手")

    # -- building, by role ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.page = PAGES.get(self.ctx.role, ClerkPage)(self.ctx, self)
        self.setCentralWidget(self.page)
        self.setStatusBar(QStatusBar(self))
        for widget, stretch, permanent in self.page.status_widgets():
            if permanent:
                self.statusBar().addPermanentWidget(widget, stretch)
            else:
                self.statusBar().addWidget(widget, stretch)
        self.page.status_message.connect(self.statusBar().showMessage)
        self.page.title_changed.connect(self.show_title)
        self.page.opened.connect(self.recent.add)
        build_menus(self)
        self.setStyleSheet(style_sheet(self.care))
        self.show_title("")
        if self.settings is not None:
            self.page.restore_state(self.settings)
        if self._shown:
            QTimer.singleShot(0, self, lambda: self.page.warm_up())

    def rebuild(self) -> None:
        """The page, menus and toolbar again for ``ctx.role`` (after 设置 changed the role or language)."""
        self._save_page_state()
        self.page.close_down()
        self.ctx.tasks.wait(15000)  # no task may call back into the page going away
        old = self.takeCentralWidget()
        old.hide()
        old.deleteLater()
        self._build()
        if self.care:
            from gui.care import CareMode

            CareMode.of(QApplication.instance()).space_lines(self)

    def show_title(self, title: str) -> None:
        self.setWindowTitle(f"{title} — {self.base_title}" if title else self.base_title)

    # -- what every role shares ----------------------------------------------------------------------
    def choose_files(self, title: str, pattern: str) -> list[str]:
        files, _ = QFileDialog.getOpenFileNames(self, title, str(Path.home()), pattern)
        return files

    def choose_folder(self, title: str, start: str = "") -> str | None:
        return QFileDialog.getExistingDirectory(self, title, start or str(Path.home())) or None

    def outbox_folder(self, title: str) -> str | None:
        """设置's 发件文件夹 when set (and there), else asked for."""
        folder = str(user_value(self.settings, "outbox/folder"))
        if folder and Path(folder).is_dir():
            return folder
        return self.choose_folder(title)

    def show_problem(self, title: str, text: str) -> QMessageBox:
        """A message that does not block (window-modal), also kept in ``last_problem``."""
        self.last_problem = (title, text)
        self.statusBar().showMessage(f"{title}：{text}".replace("\n", " "), 10000)
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def open_recent(self, path: Path) -> None:
        if not path.exists():
            self.show_problem(translate("MainWindow", "找不到文件"), str(path))
            return
        self.page.drop_paths([str(path)])

    def ask_discard(self, unsaved: list[str]) -> QMessageBox:
        """Asked on closing while typed values were refused (window-modal, not blocking): 返回修改
        keeps them; 放弃并退出 forgets them and closes."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            translate("MainWindow", "有内容未能保存"),
            translate(
                "MainWindow",
                "以下内容未能保存，关闭窗口后将丢失：\n\n{lines}\n\n返回修改，还是放弃这些内容并退出？",
            ).format(lines="\n".join(unsaved)),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        back = box.addButton(translate("MainWindow", "返回修改"), QMessageBox.ButtonRole.RejectRole)
        discard = box.addButton(translate("MainWindow", "放弃并退出"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(back)
        discard.clicked.connect(self._discard_and_close)
        box.open()
        return box

    def _discard_and_close(self) -> None:
        self.page.discard_unsaved()
        self.close()

    def show_library_report(self):
        """资料库检查 (non-modal): a finding about one submission opens it where the role lists them."""
        from gui.library_report import LibraryReportDialog

        dialog = LibraryReportDialog(self.ctx, self, can_open=hasattr(self.page, "list"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open_submission.connect(self.open_submission)
        dialog.show()
        return dialog

    def open_submission(self, submission_id: int) -> None:
        """Select ``submission_id`` in the clerk's list, clearing a search or filter that hides it."""
        listing = getattr(self.page, "list", None)
        if listing is None or listing.select(submission_id):
            return
        if self.search is not None:
            self.search.clear()
        listing.clear_filters()
        listing.select(submission_id)

    def focus_search(self) -> None:
        if self.search is not None:
            self.search.setFocus()
            self.search.selectAll()

    def set_care(self, on: bool) -> None:
        """关怀模式 on or off, for the app and this window (remembered in 设置)."""
        from gui.care import CareMode

        self.care = on
        if self.settings is not None:
            self.settings.setValue("ui/care", on)
        self.setStyleSheet(style_sheet(on))
        CareMode.of(QApplication.instance()).set_enabled(on, [self])
        if self.care_action.isChecked() != on:
            self.care_action.setChecked(on)

    def ensure_settings(self) -> QSettings:
        if self.settings is None:  # a window made without settings (tests): a throw-away file
            path = Path(tempfile.mkdtemp(prefix="policypress-settings-")) / "settings.ini"
            self.settings = QSettings(str(path), QSettings.Format.IniFormat)
            self.recent.settings = self.settings
        return self.settings

    def show_settings(self, page: str | None = None):
        from gui.settings_dialog import open_settings

        return open_settings(self, self.ctx, self.ensure_settings(), page, on_saved=self.apply_settings)

    def apply_settings(self, changed: set[str]) -> None:
        """What 设置 changed: a new name or role or language rebuilds the window; 关怀模式 restyles
        it; a new 收件文件夹 is watched."""
        settings = self.ensure_settings()
        profile = Profile.load(settings)
        rebuild = False
        if profile is not None and (profile.name, profile.role) != (self.ctx.actor, self.ctx.role):
            self.ctx.actor, self.ctx.role = profile.name, profile.role
            rebuild = True
        if "ui/language" in changed:
            from gui.app import set_language

            set_language(QApplication.instance(), str(user_value(settings, "ui/language")))
            rebuild = True
        if "ui/care" in changed:
            self.set_care(bool(user_value(settings, "ui/care")))
        if rebuild:
            self.rebuild()
        elif "inbox/folder" in changed and isinstance(self.page, HeadPage):
            self.page.watch(str(user_value(settings, "inbox/folder")) or None)

    # -- first start ---------------------------------------------------------------------------------
    def first_start(self) -> ProfileDialog:
        """Ask who is working (window-modal, not blocking); ``profile_chosen`` follows 确定."""
        dialog = ProfileDialog(Profile.default(self.ctx.library), self, first_start=True)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.profile_chosen(dialog.profile()))
        self.profile_dialog = dialog
        dialog.open()
        return dialog

    def profile_chosen(self, profile: Profile) -> KeyRecord | None:
        """Keep the profile, give the library its 发布机构/机构代码, make the person's signing key
        (asking a passphrase when there is no keyring) and show the role's window."""
        settings = self.ensure_settings()
        profile.save(settings)
        settings.sync()
        try:
            write_to_library(self.ctx.library, profile, profile.name)
            key = ensure_key(self, self.ctx.library, profile.name, profile.role)
        except (LibraryError, ValueError) as exc:
            self.show_problem(translate("MainWindow", "个人资料未能全部保存"), message_of(exc))
            key = None
        changed = (profile.name, profile.role) != (self.ctx.actor, self.ctx.role)
        self.ctx.actor, self.ctx.role = profile.name, profile.role
        if changed:
            self.rebuild()
        if key is not None:
            self.statusBar().showMessage(
                translate("MainWindow", "签名密钥已就绪，指纹 {fp}（设置 → 签名密钥 可导出公钥）").format(
                    fp=key.public.fingerprint
                ),
                15000,
            )
        return key

    # -- drag and drop, window state -------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if urls and all(u.isLocalFile() for u in urls):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.page.drop_paths(paths)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._shown:
            self._shown = True
            QTimer.singleShot(0, self, lambda: self.page.warm_up())

    def _restore_geometry(self) -> None:
        if self.settings is None:
            return
        geometry = self.settings.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    def _save_page_state(self) -> None:
        if self.settings is not None:
            self.page.save_state(self.settings)

    def closeEvent(self, event: QCloseEvent) -> None:
        if hasattr(self.page, "unsaved"):
            self.page.flush()  # what can be saved is; what the library refused is left
            unsaved = self.page.unsaved()
            if unsaved:
                event.ignore()
                self.ask_discard(unsaved)
                return
        self.page.close_down()
        self.ctx.tasks.wait(15000)
        if self.settings is not None:
            self.settings.setValue("main/geometry", self.saveGeometry())
            self._save_page_state()
        super().closeEvent(event)
