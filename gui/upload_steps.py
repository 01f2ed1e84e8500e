"""The steps behind the uploader's actions (a mixin of ``UploadWorkspace``): one background task
at a time on ``ctx.tasks`` (``gui.upload_jobs``), and what each result does to the page — the
list, the result panel, the progress panel, the status line and the ``changed`` signal."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal

from bundles.upload import UploadError, UploadTarget
from bundles.verify import BundleReport
from gui.app import localized
from gui.context import AppContext
from gui.tasks import TaskControl
from gui.upload_items import file_key, needs_bundle
from gui.upload_jobs import JobResult, export_job, generate_job, upload_job, verify_job
from gui.upload_models import ReadyItem, ReadyModel, outcome_name, size_text
from gui.upload_panels import ProgressPanel, ResultPanel, upload_problem
from storage import LibraryError

translate = QCoreApplication.translate
FILES_KEY = "upload/files"  # QSettings: the bundle files the page knows


class UploadSteps:
    """Needs, from the widget: the attributes below and ``refresh``, ``select``, ``_outbox``,
    ``_update_actions``, ``_set_activity``, ``_fail``."""

    ctx: AppContext
    model: ReadyModel
    result: ResultPanel
    progress: ProgressPanel
    settings: object  # QSettings
    retry_policy: object
    changed: Signal
    status_message: Signal
    idle: Signal
    _files: dict[Path, BundleReport | None]
    _stamps: dict[Path, tuple[float, int]]
    _activity: dict[str, str]
    _task: object | None
    _control: TaskControl | None
    _cancel: threading.Event
    _batch: list[str]
    _queued: list[Path]

    # -- the steps behind the actions ----------------------------------------------------------------
    def _with_bundles(self, items: list[ReadyItem], then: Callable[[list[ReadyItem]], None]) -> None:
        """Run ``then(items)`` once every item has its bundle file (made first where missing)."""
        missing = [i.submission_id for i in items if needs_bundle(i)]
        if not missing:
            then(items)
            return
        outbox = self._outbox(ask=True)
        if outbox is None:
            return
        keys = [i.key for i in items]

        def after() -> None:
            ready = [self.model.item(k) for k in keys]
            ready = [i for i in ready if i is not None and i.path is not None]
            if ready:
                then(ready)

        self._generate(missing, outbox, after)  # type: ignore[arg-type]

    def _generate(self, ids: list[int], outbox: Path, then: Callable[[], None] | None) -> None:
        root, actor = self.ctx.library_root, self.ctx.actor
        self.result.show_message(translate("UploadWorkspace", "正在生成上传包…"), None)
        self._run(
            lambda control: generate_job(root, actor, ids, outbox), lambda job: self._generated(job, then)
        )

    def _export(self, items: list[ReadyItem], folder: Path) -> None:
        root, actor = self.ctx.library_root, self.ctx.actor
        paths = [i.path for i in items if i.path is not None]
        self.result.show_message(translate("UploadWorkspace", "正在导出并校验副本…"), None)
        self._run(lambda control: export_job(root, actor, paths, folder), self._exported)

    def _upload(self, items: list[ReadyItem], target: UploadTarget) -> None:
        root, actor, policy, cancel = (
            self.ctx.library_root,
            self.ctx.actor,
            self.retry_policy,
            threading.Event(),
        )
        paths = [i.path for i in items if i.path is not None]
        self._cancel, self._batch = cancel, [i.key for i in items if i.path is not None]
        for key in self._batch:
            self._set_activity(key, translate("UploadWorkspace", "等待上传"))
        self.progress.start([p.name for p in paths], [_size(p) for p in paths])
        self.result.show_message(
            translate("UploadWorkspace", "正在上传到 {0} …").format(target.display), None
        )

        def work(control: TaskControl) -> JobResult:
            stop = lambda: cancel.is_set() or control.cancelled  # noqa: E731
            return upload_job(root, actor, paths, target, control.progress, stop, policy)

        self._run(work, self._uploaded, self._upload_progress)

    def _verify_quietly(self, paths: list[Path]) -> None:
        root = self.ctx.library_root
        for path in paths:
            self._files.setdefault(path, None)
        self._run(lambda control: verify_job(root, paths), lambda job: self._verified(job, quiet=True))

    # -- running one task at a time ------------------------------------------------------------------
    def _run(self, fn, on_done, on_progress=None) -> None:
        token = self._task = object()
        self._update_actions()

        def done(job: JobResult) -> None:
            self._end(token)
            on_done(job)
            self._next()

        def failed(exc: BaseException) -> None:
            self._end(token)
            self.progress.cancel_button.hide()
            for key in self._batch:
                self._set_activity(key, "")
            self._batch = []
            if isinstance(exc, LibraryError | UploadError):
                self._fail(localized(exc.message_zh, exc.message_en))
            else:
                self.ctx.tasks.error.emit(exc)
            self._next()

        control = self.ctx.tasks.run(fn, on_done=done, on_error=failed, on_progress=on_progress)
        if self._task is token:  # still running (the inline runner of tests has finished already)
            self._control = control

    def _end(self, token: object) -> None:
        if self._task is token:
            self._task, self._control = None, None
        self._update_actions()

    def _next(self) -> None:
        """Open the files dropped meanwhile; else say the page is idle."""
        if self._task is None and self._queued:
            queued, self._queued = self._queued, []
            self.open_bundle_files(queued)
        if self._task is None:
            self.idle.emit()

    # -- results -------------------------------------------------------------------------------------
    def _learn(self, reports: dict[Path, BundleReport]) -> None:
        for path, report in reports.items():
            self._files[path] = report
            try:
                stat = path.stat()
                self._stamps[path] = (stat.st_mtime, stat.st_size)
            except OSError:
                self._stamps.pop(path, None)
        self.settings.setValue(FILES_KEY, [str(p) for p in self._files])

    def _generated(self, job: JobResult, then: Callable[[], None] | None) -> None:
        self._learn(job.reports)
        self.refresh()
        ok = bool(job.made) and all(n.ok for n in job.notes)
        folder = next(iter(job.made.values())).parent if job.made else None
        head = (
            translate("UploadWorkspace", "已生成 {0} 个上传包，保存在 {1}").format(len(job.made), folder)
            if folder
            else translate("UploadWorkspace", "未能生成上传包")
        )
        self.result.show_notes(head, ok, job.notes)
        self.status_message.emit(head if ok or not job.notes else f"{head}：{job.notes[-1].detail}")
        if job.changed:
            self.changed.emit()
        if then is not None and job.made:
            then()

    def _verified(self, job: JobResult, quiet: bool = False) -> None:
        self._learn(job.reports)
        self.refresh()
        if quiet:
            self._selection_changed()
            return
        reports = list(job.reports.values())
        bad = [r for r in reports if not r.ok]
        if len(reports) == 1:
            self.result.show_report(reports[0])
        line = (
            translate("UploadWorkspace", "校验通过")
            if not bad
            else translate("UploadWorkspace", "校验未通过：{0}").format(
                localized(bad[0].reasons[0].message_zh, bad[0].reasons[0].message_en)
            )
        )
        self.status_message.emit(
            line
            if len(reports) == 1
            else translate("UploadWorkspace", "已校验 {0} 个上传包，{1} 个未通过").format(
                len(reports), len(bad)
            )
        )

    def _opened(self, job: JobResult) -> None:
        self._learn(job.reports)
        self.refresh()
        reports = list(job.reports.values())
        bad = sum(not r.ok for r in reports)
        self.select(*[file_key(p) for p in job.reports], *self._keys_of(job.reports))
        line = translate("UploadWorkspace", "已打开 {0} 个上传包：{1} 个校验通过，{2} 个未通过").format(
            len(reports), len(reports) - bad, bad
        )
        if len(reports) == 1:
            self.result.show_report(reports[0])
        else:
            self.result.show_notes(line, not bad, job.notes)
        self.status_message.emit(line)
        if job.changed:
            self.changed.emit()

    def _exported(self, job: JobResult) -> None:
        self.refresh()
        good = [e for e in job.exported if e.ok]
        folder = Path(good[0].target).parent if good else None  # type: ignore[arg-type]
        if len(good) == len(job.exported):
            head = translate("UploadWorkspace", "已导出 {0} 个上传包到 {1}，副本均已校验").format(
                len(good), folder
            )
        else:
            head = translate("UploadWorkspace", "导出未完成：{0} 个成功，{1} 个失败").format(
                len(good), len(job.exported) - len(good)
            )
        self.result.show_notes(head, len(good) == len(job.exported), job.notes)
        self.status_message.emit(head)
        self.changed.emit()

    def _upload_progress(self, index: int, count: int, text: str) -> None:
        part = self.progress.fraction(index, text)
        if index < len(self._batch):
            self._set_activity(
                self._batch[index], translate("UploadWorkspace", "上传中 {0}%").format(int(part * 100))
            )

    def _uploaded(self, job: JobResult) -> None:
        for key, result in zip(self._batch, job.uploads, strict=False):
            mark = "✓ " if result.ok else "✗ "
            self._activity[key] = mark + outcome_name(result.outcome)
        self._batch = []
        sent = sum(r.bytes_sent for r in job.uploads)
        skipped = sum(job.skipped_bytes.values())
        failed = next((r for r in job.uploads if not r.ok), None)
        if failed is None:
            head = translate(
                "UploadWorkspace", "已上传 {0} 个上传包：发送 {1}，跳过 {2}（网站上已有）"
            ).format(len(job.uploads), size_text(sent), size_text(skipped))
        else:
            head = upload_problem(failed.outcome, localized(failed.message_zh, failed.message_en))
        self.progress.finish(failed is None, sent, skipped, head)
        self.refresh()
        self.result.show_notes(head, failed is None, job.notes)
        self.status_message.emit(head)
        self.changed.emit()


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0
