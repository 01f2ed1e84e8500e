"""The uploader's (上传员) page: what is ready to go out — this library's approved submissions and the
bundle files received or generated, each verified — and the actions 打开上传包, 生成上传包, 校验,
导出, 上传 (with progress, 取消 and resume), beside the result panel, above the 上传记录.

Every step is a ``workflow`` use case run on ``ctx.tasks`` (``gui.upload_jobs``); the window stays
usable meanwhile. The bundle files the page knows are remembered (QSettings ``upload/files``), and the
core keeps what each upload has confirmed in the library, so 上传 after a cut line, a 取消 or a
restart of the app continues where it stopped. Dialogs are attributes a test (or the main window)
replaces: ``pick_folder(title, start)``, ``pick_files(title)``, ``confirm(title, text)``; the upload
target comes from ``target_provider()`` (the site profile of 设置), called on the GUI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QSettings,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from bundles.upload import UploadError, UploadTarget
from bundles.upload.retry import RetryPolicy
from bundles.verify import BundleReport
from gui.app import localized
from gui.context import AppContext
from gui.layout import boxed, hbox, vbox
from gui.tasks import TaskControl
from gui.upload_items import gather, upload_candidates
from gui.upload_jobs import open_job, verify_job
from gui.upload_models import (
    COLUMN,
    OBJECT_ROLE,
    READY_WIDTHS,
    SORT_ROLE,
    ReadyFilter,
    ReadyItem,
    ReadyModel,
    UploadLogModel,
)
from gui.upload_panels import ProgressPanel, ResultPanel, table_view
from gui.upload_steps import FILES_KEY, UploadSteps
from policy.submission import SubmissionStatus
from storage.uploads import upload_log
from workflow.upload import resolve_target

translate = QCoreApplication.translate
OUTBOX_KEY, EXPORT_KEY = "outbox/folder", "export/folder"


class UploadWorkspace(QWidget, UploadSteps):
    changed = Signal()  # the library changed (a bundle made or opened, an item exported or uploaded)
    status_message = Signal(str)  # one line for the status bar
    idle = Signal()  # a background task of the page ended

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, settings: QSettings | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.settings = settings if settings is not None else QSettings(self)
        self.target_provider: Callable[[], UploadTarget | None] = lambda: resolve_target(ctx.library)
        self.retry_policy: RetryPolicy | None = None  # None: the core's (tests pass a quick one)
        self.pick_folder: Callable[[str, Path | None], Path | None] = self._ask_folder
        self.pick_files: Callable[[str], list[Path]] = self._ask_files
        self.confirm: Callable[[str, str], bool] = self._ask_yes
        self._files: dict[Path, BundleReport | None] = {}  # bundle files known here → their report
        self._stamps: dict[Path, tuple[float, int]] = {}  # (mtime, size) when verified
        self._activity: dict[str, str] = {}  # row key → the last result shown in 进度
        self._task: object | None = None
        self._control: TaskControl | None = None
        self._cancel = threading.Event()
        self._batch: list[str] = []  # the row keys of the upload in flight, in order
        self._queued: list[Path] = []  # files dropped while a task ran
        self._verify_due = False
        self.setAcceptDrops(True)
        self._build()
        for raw in self._setting_list(FILES_KEY):
            if Path(raw).is_file():
                self._files[Path(raw)] = None
        self.refresh()

    # -- building ------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.open_button = QPushButton(translate("UploadWorkspace", "打开上传包…"))
        self.generate_button = QPushButton(translate("UploadWorkspace", "生成上传包"))
        self.verify_button = QPushButton(translate("UploadWorkspace", "校验"))
        self.export_button = QPushButton(translate("UploadWorkspace", "导出…"))
        self.upload_button = QPushButton(translate("UploadWorkspace", "上传"))
        self.upload_button.setObjectName("primary")
        self.only_pending = QCheckBox(translate("UploadWorkspace", "只看待上传"))
        tips = (
            (self.open_button, translate("UploadWorkspace", "打开收到的上传包（.zip），校验后列入清单")),
            (self.generate_button, translate("UploadWorkspace", "为所选的已通过条目生成上传包")),
            (self.verify_button, translate("UploadWorkspace", "重新校验所选上传包；未选择时打开文件校验")),
            (self.export_button, translate("UploadWorkspace", "把所选上传包复制到文件夹或 U 盘，并校验副本")),
            (self.upload_button, translate("UploadWorkspace", "把所选上传包上传到“设置”中的网站")),
        )
        for button, tip in tips:
            button.setToolTip(tip)
        self.open_button.clicked.connect(self.open_dialog)
        self.generate_button.clicked.connect(self.generate)
        self.verify_button.clicked.connect(self.verify)
        self.export_button.clicked.connect(self.export)
        self.upload_button.clicked.connect(self.upload)
        self.model = ReadyModel(self)
        self.proxy = ReadyFilter(self)
        self.proxy.setSourceModel(self.model)
        self.only_pending.toggled.connect(self.proxy.set_only_pending)
        self.table = table_view(self.proxy, self)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COLUMN["title"], QHeaderView.ResizeMode.Stretch)
        for key, width in READY_WIDTHS.items():
            self.table.setColumnWidth(COLUMN[key], width)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        hint = QLabel(
            translate(
                "UploadWorkspace",
                "还没有待上传的内容。\n已通过审核的条目会列在这里；收到的上传包（.zip）可以拖到这里，或点“打开上传包…”。",
            )
        )
        hint.setObjectName("emptyHint")
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(hint)
        self.list_stack.addWidget(self.table)
        self.result = ResultPanel()
        self.progress = ProgressPanel()
        self.progress.cancel_button.clicked.connect(self.cancel)
        side = boxed(vbox((self.result, 1), self.progress))
        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(self.list_stack)
        top.addWidget(side)
        top.setStretchFactor(0, 3)
        top.setStretchFactor(1, 2)
        top.setSizes([800, 460])
        self.log_model = UploadLogModel(self)
        log_proxy = QSortFilterProxyModel(self)
        log_proxy.setSortRole(SORT_ROLE)
        log_proxy.setSourceModel(self.log_model)
        self.log_view = table_view(log_proxy, self)
        self.log_view.horizontalHeader().setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate((150, 200, 170, 270, 90, 70)):
            self.log_view.setColumnWidth(column, width)
        log_box = QGroupBox(translate("UploadWorkspace", "上传记录"))
        log_box.setLayout(vbox(self.log_view, margin=6))
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(log_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([520, 220])
        actions = hbox(self.open_button, self.generate_button, self.verify_button, self.export_button,
                       self.upload_button, 1, self.only_pending)  # fmt: skip
        self.setLayout(vbox(actions, (self.splitter, 1), margin=8, spacing=8))

    # -- the list ------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the library and the known files again (cheap; verifying happens on the pool)."""
        for path in list(self._files):
            try:
                stat = path.stat()
            except OSError:
                del self._files[path]
                continue
            if self._stamps.get(path) not in (None, (stat.st_mtime, stat.st_size)):
                self._files[path] = None  # changed on disk since it was verified: verify again
        keys = [i.key for i in self.selected_items()]
        items = gather(self.ctx.library, self._files, self._outbox(ask=False))
        items = [replace(i, activity=self._activity[i.key]) if i.key in self._activity else i for i in items]
        self.model.set_rows(items)
        self.list_stack.setCurrentIndex(1 if items else 0)
        self.select(*keys)
        self.log_model.set_rows(upload_log(self.ctx.library))
        self._update_actions()
        if not self._verify_due and any(i.path is not None and i.report is None for i in items):
            self._verify_due = True  # once the current slot (and any task it chains) has started
            QTimer.singleShot(0, self, self._verify_pending)

    def _verify_pending(self) -> None:
        """Verify the files of the list that have no report yet (remembered, found in the outbox)."""
        self._verify_due = False
        unverified = [i.path for i in self.model.rows() if i.path is not None and i.report is None]
        if unverified and self._task is None:
            self._verify_quietly(unverified)

    def selected_items(self) -> list[ReadyItem]:
        rows = sorted({self.proxy.mapToSource(i).row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.index(r, 0).data(OBJECT_ROLE) for r in rows]

    def select(self, *keys: str) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for key in keys:
            row = self.model.row_of(key)
            if row is not None:
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                selection.select(index, flags)
                self.table.scrollTo(index)

    def _selection_changed(self) -> None:
        self._update_actions()
        if self._task is not None:
            return
        items = self.selected_items()
        if len(items) == 1 and items[0].report is not None:
            self.result.show_report(items[0].report)
        elif len(items) == 1 and items[0].path is None:
            self.result.show_message(
                translate(
                    "UploadWorkspace", "尚未生成上传包：点“生成上传包”，或直接“导出”/“上传”（会先生成）。"
                ),
                None,
            )

    def _update_actions(self) -> None:
        free, items = self._task is None, self.selected_items()
        self.open_button.setEnabled(free)
        self.verify_button.setEnabled(free)
        self.generate_button.setEnabled(free and any(i.submission_id is not None for i in items))
        self.export_button.setEnabled(free and bool(upload_candidates(items)))
        self.upload_button.setEnabled(free and bool(upload_candidates(items)))

    # -- actions -------------------------------------------------------------------------------------
    def open_dialog(self) -> None:
        paths = self.pick_files(translate("UploadWorkspace", "打开上传包"))
        if paths:
            self.open_bundle_files(paths)

    def open_bundle_files(self, paths: Iterable[Path | str]) -> None:
        """Verify received bundle files and list them; an approved one is opened into the library."""
        files = [Path(p) for p in paths]
        if not files:
            return
        if self._task is not None:
            self._queued.extend(files)
            self._say(
                translate("UploadWorkspace", "正在处理其他任务，完成后接着打开 {0} 个文件").format(len(files))
            )
            return
        root, actor = self.ctx.library_root, self.ctx.actor
        self.result.show_message(
            translate("UploadWorkspace", "正在校验 {0} 个文件…").format(len(files)), None
        )
        self._run(lambda control: open_job(root, actor, files), self._opened)

    def generate(self) -> None:
        ids = [i.submission_id for i in self.selected_items() if i.submission_id is not None]
        if not ids:
            self._say(translate("UploadWorkspace", "请先在列表中选择已通过的条目"))
            return
        outbox = self._outbox(ask=True)
        if outbox is not None:
            self._generate(ids, outbox, None)

    def verify(self) -> None:
        items = self.selected_items()
        if not items:
            self.open_dialog()
            return
        paths = [i.path for i in items if i.path is not None]
        if not paths:
            self._say(translate("UploadWorkspace", "所选条目还没有上传包：请先点“生成上传包”"))
            return
        root = self.ctx.library_root
        self.result.show_message(translate("UploadWorkspace", "正在校验…"), None)
        self._run(lambda control: verify_job(root, paths), self._verified)

    def export(self) -> None:
        items = upload_candidates(self.selected_items())
        if not items:
            self._say(translate("UploadWorkspace", "请先在列表中选择要导出的条目"))
            return
        start = self.settings.value(EXPORT_KEY)
        folder = self.pick_folder(
            translate("UploadWorkspace", "导出到文件夹（如 U 盘）"), Path(start) if start else None
        )
        if folder is None:
            return
        self.settings.setValue(EXPORT_KEY, str(folder))
        self._with_bundles(items, lambda ready: self._export(ready, Path(folder)))

    def upload(self) -> None:
        items = upload_candidates(self.selected_items())
        if not items:
            self._say(translate("UploadWorkspace", "请先在列表中选择要上传的条目"))
            return
        try:
            target = self.target_provider()
        except UploadError as exc:
            target, problem = None, exc
        else:
            problem = None
        if target is None:
            self._fail(
                translate(
                    "UploadWorkspace",
                    "尚未设置上传网站：请在“设置 → 上传网站”中填写网站地址和上传方式（WebDAV 或 HTTP）",
                )
                if problem is None or problem.key == "no_url"
                else translate("UploadWorkspace", "上传设置有误：{0}（设置 → 上传网站）").format(
                    localized(problem.message_zh, problem.message_en)
                )
            )
            return
        again = [i for i in items if i.status is SubmissionStatus.UPLOADED]
        question = translate(
            "UploadWorkspace", "所选条目中有 {0} 个已经上传过。仍要再上传一次吗？网站上已有的文件不会重传。"
        )
        if again and not self.confirm(translate("UploadWorkspace", "再次上传"), question.format(len(again))):
            return
        self._with_bundles(items, lambda ready: self._upload(ready, target))

    def cancel(self) -> None:
        self._cancel.set()
        if self._control is not None:
            self._control.cancel()
        self.progress.cancelling()

    @property
    def busy(self) -> bool:
        """A task of the page runs (or a verification of new files is about to start)."""
        return self._task is not None or self._verify_due

    # -- small things --------------------------------------------------------------------------------
    def _keys_of(self, reports: dict[Path, BundleReport]) -> list[str]:
        paths = set(reports)
        return [i.key for i in self.model.rows() if i.path in paths]

    def _set_activity(self, key: str, text: str) -> None:
        self._activity[key] = text
        self.model.update(key, activity=text)

    def _say(self, text: str) -> None:
        self.status_message.emit(text)

    def _fail(self, text: str) -> None:
        self.result.show_message(text, False)
        self.status_message.emit(text)

    def _outbox(self, ask: bool) -> Path | None:
        value = self.settings.value(OUTBOX_KEY)
        if value:
            return Path(value)
        if not ask:
            return None
        folder = self.pick_folder(translate("UploadWorkspace", "选择存放上传包的文件夹"), None)
        if folder is not None:
            self.settings.setValue(OUTBOX_KEY, str(folder))
        return folder

    def _setting_list(self, key: str) -> list[str]:
        value = self.settings.value(key)
        if not value:
            return []
        return [value] if isinstance(value, str) else [str(v) for v in value]

    def _ask_folder(self, title: str, start: Path | None) -> Path | None:
        chosen = QFileDialog.getExistingDirectory(self, title, str(start or Path.home()))
        return Path(chosen) if chosen else None

    def _ask_files(self, title: str) -> list[Path]:
        names, _ = QFileDialog.getOpenFileNames(
            self, title, str(Path.home()), translate("UploadWorkspace", "上传包 (*.zip);;所有文件 (*)")
        )
        return [Path(n) for n in names]

    def _ask_yes(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    # -- drag and drop -------------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        self.open_bundle_files([p for p in paths if p.is_file()])
        event.acceptProposedAction()
