"""The uploader's two lists as thin Qt models over dataclasses: what is ready (``ReadyItem``: a
submission of this library, a bundle file received or generated, or both) and the upload log
(``storage.uploads.UploadLogEntry``). ``SORT_ROLE`` gives native values, ``OBJECT_ROLE`` the row's
dataclass. The models hold no rules: the rows are built by ``gui.upload_items.gather`` from what the
library and the verifier said."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from bundles.verify import BundleReport
from gui.app import localized
from gui.model_roles import OBJECT_ROLE, SORT_ROLE
from gui.submissions_model import STATUS_COLORS, status_name
from policy.submission import SubmissionStatus
from storage.uploads import UploadLogEntry

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex
GREEN, RED, GREY = QColor("#1e7d32"), QColor("#c62828"), QColor("#6b7280")

# a bundle file that belongs to no submission of this library: where it stands
PENDING, UPLOADED, UNUSABLE = "pending", "uploaded", "unusable"
FILE_STATES = {
    PENDING: QT_TRANSLATE_NOOP("UploadModels", "待上传"),
    UPLOADED: QT_TRANSLATE_NOOP("UploadModels", "已上传"),
    UNUSABLE: QT_TRANSLATE_NOOP("UploadModels", "不能上传"),
}
BUNDLE_KINDS = {  # bag-info's Bundle-Kind values (the core's words)
    "审核通过": QT_TRANSLATE_NOOP("UploadModels", "审核通过"),
    "变更": QT_TRANSLATE_NOOP("UploadModels", "变更"),
    "送审包": QT_TRANSLATE_NOOP("UploadModels", "送审包"),
    "退回": QT_TRANSLATE_NOOP("UploadModels", "退回"),
}
OUTCOMES = {  # workflow.upload / bundles.upload outcomes
    "uploaded": QT_TRANSLATE_NOOP("UploadModels", "已上传"),
    "already_uploaded": QT_TRANSLATE_NOOP("UploadModels", "网站上已有"),
    "invalid": QT_TRANSLATE_NOOP("UploadModels", "校验未通过"),
    "not_approved": QT_TRANSLATE_NOOP("UploadModels", "不是发布包"),
    "not_attempted": QT_TRANSLATE_NOOP("UploadModels", "未尝试"),
    "token_refused": QT_TRANSLATE_NOOP("UploadModels", "令牌被拒绝"),
    "disk_full": QT_TRANSLATE_NOOP("UploadModels", "网站空间已满"),
    "network": QT_TRANSLATE_NOOP("UploadModels", "网络中断"),
    "server_error": QT_TRANSLATE_NOOP("UploadModels", "网站出错"),
    "cancelled": QT_TRANSLATE_NOOP("UploadModels", "已取消"),
    "rejected": QT_TRANSLATE_NOOP("UploadModels", "被网站拒绝"),
    "verify_failed": QT_TRANSLATE_NOOP("UploadModels", "核对不符"),
    "changed": QT_TRANSLATE_NOOP("UploadModels", "包已改动"),
    "bad_bundle": QT_TRANSLATE_NOOP("UploadModels", "包不能上传"),
}
OK_OUTCOMES = ("uploaded", "already_uploaded")


def size_text(n: int) -> str:
    """1.5 MB, 820 KB, 12 B (decimal units, as file managers show them)."""
    if n >= 1_000_000:
        return f"{n / 1_000_000:.1f} MB"
    if n >= 1_000:
        return f"{n / 1_000:.0f} KB"
    return f"{n} B"


def outcome_name(outcome: str) -> str:
    return translate("UploadModels", OUTCOMES[outcome]) if outcome in OUTCOMES else outcome


def bundle_kind_name(kind: str | None) -> str:
    return translate("UploadModels", BUNDLE_KINDS[kind]) if kind in BUNDLE_KINDS else (kind or "")


def local_time(stamp: str) -> str:
    """An ISO time from the library as the user's clock shows it: 2024-06-05 10:12:03."""
    try:
        return f"{dt.datetime.fromisoformat(stamp).astimezone():%Y-%m-%d %H:%M:%S}"
    except ValueError:
        return stamp


@dataclass(frozen=True, slots=True)
class ReadyItem:
    """One row of the uploader's list."""

    key: str  # "s:<id>" for a submission, "f:<path>" for a file of no submission here
    title: str | None
    index_number: str | None
    kind: str  # what the content is (政策文件 …), as shown
    submission_id: int | None = None
    status: SubmissionStatus | None = None  # the submission's, else see ``file_state``
    file_state: str = PENDING
    path: Path | None = None  # the bundle file, once there is one
    report: BundleReport | None = None  # None: not verified yet (or no file)
    activity: str = ""  # what is happening to it now: 校验中… / 上传中 45 %
    updated_at: dt.datetime | None = None

    @property
    def verified(self) -> bool | None:
        return None if self.report is None else self.report.ok

    @property
    def bundle_kind(self) -> str | None:
        return self.report.kind if self.report is not None else None


COLUMNS: tuple[tuple[str, str], ...] = (
    ("index_number", QT_TRANSLATE_NOOP("UploadModels", "索引号")),
    ("title", QT_TRANSLATE_NOOP("UploadModels", "标题")),
    ("kind", QT_TRANSLATE_NOOP("UploadModels", "类别")),
    ("status", QT_TRANSLATE_NOOP("UploadModels", "状态")),
    ("verified", QT_TRANSLATE_NOOP("UploadModels", "校验")),
    ("activity", QT_TRANSLATE_NOOP("UploadModels", "进度")),
)
COLUMN = {key: i for i, (key, _) in enumerate(COLUMNS)}
READY_WIDTHS = {"index_number": 190, "kind": 90, "status": 70, "verified": 48, "activity": 110}
_STATUS_ORDER = [SubmissionStatus.APPROVED, SubmissionStatus.EXPORTED, SubmissionStatus.UPLOADED]


def status_text(item: ReadyItem) -> str:
    if item.status is not None:
        return status_name(item.status)
    return translate("UploadModels", FILE_STATES[item.file_state])


def kind_text(item: ReadyItem) -> str:
    bundle = item.bundle_kind
    if bundle in (None, "审核通过"):
        return item.kind
    return f"{item.kind} · {bundle_kind_name(bundle)}" if item.kind else bundle_kind_name(bundle)


class ReadyModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ReadyItem] = []

    def set_rows(self, rows: Sequence[ReadyItem]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[ReadyItem]:
        return list(self._rows)

    def row_of(self, key: str) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.key == key), None)

    def item(self, key: str) -> ReadyItem | None:
        row = self.row_of(key)
        return None if row is None else self._rows[row]

    def update(self, key: str, **changes: Any) -> None:
        """Replace fields of one row (its activity while a task runs) and repaint that row."""
        row = self.row_of(key)
        if row is None:
            return
        self._rows[row] = replace(self._rows[row], **changes)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("UploadModels", COLUMNS[section][1])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item, key = self._rows[index.row()], COLUMNS[index.column()][0]
        if role == OBJECT_ROLE:
            return item
        if role == SORT_ROLE:
            return self._sort_value(item, key)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item)
        if role == Qt.ItemDataRole.ForegroundRole:
            if key == "verified" and item.verified is not None:
                return GREEN if item.verified else RED
            if key == "status" and item.status in STATUS_COLORS:
                return QColor(STATUS_COLORS[item.status])  # type: ignore[index]
            if key == "status" and item.status is None and item.file_state == UNUSABLE:
                return RED
            if key in ("activity", "index_number") and not getattr(item, key):
                return GREY
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "verified":
            return Qt.AlignmentFlag.AlignCenter
        return None

    def _display(self, item: ReadyItem, key: str) -> str:
        if key == "index_number":
            return item.index_number or translate("UploadModels", "（无索引号）")
        if key == "title":
            return item.title or (item.path.name if item.path else translate("UploadModels", "（无标题）"))
        if key == "kind":
            return kind_text(item)
        if key == "status":
            return status_text(item)
        if key == "verified":
            if item.path is None:
                return ""
            return {None: "…", True: "✓", False: "✗"}[item.verified]
        return item.activity

    @staticmethod
    def _sort_value(item: ReadyItem, key: str) -> Any:
        if key == "status":
            order = _STATUS_ORDER.index(item.status) if item.status in _STATUS_ORDER else len(_STATUS_ORDER)
            return order * 10 + list(FILE_STATES).index(item.file_state)
        if key == "verified":
            return {None: 1, True: 0, False: 2}[item.verified] if item.path else 3
        if key == "kind":
            return kind_text(item)
        return getattr(item, key) or ""

    def _tooltip(self, item: ReadyItem) -> str:
        lines = [item.title or "", item.index_number or ""]
        if item.path is not None:
            lines.append(translate("UploadModels", "上传包：{0}").format(str(item.path)))
        else:
            lines.append(translate("UploadModels", "尚未生成上传包"))
        if item.report is not None and not item.report.ok:
            lines.extend(localized(r.message_zh, r.message_en) for r in item.report.reasons[:5])
        return "\n".join(line for line in lines if line)


class ReadyFilter(QSortFilterProxyModel):
    """Sorts on ``SORT_ROLE``; hides what is already on the site when ``only_pending`` is set."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.only_pending = False
        self.setSortRole(SORT_ROLE)

    def set_only_pending(self, on: bool) -> None:
        self.beginFilterChange()
        self.only_pending = on
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self.only_pending:
            return True
        item = self.sourceModel().index(source_row, 0, source_parent).data(OBJECT_ROLE)
        return not (item.status is SubmissionStatus.UPLOADED or item.file_state == UPLOADED)


LOG_COLUMNS: tuple[tuple[str, str], ...] = (
    ("at", QT_TRANSLATE_NOOP("UploadModels", "时间")),
    ("bundle", QT_TRANSLATE_NOOP("UploadModels", "上传包")),
    ("index_number", QT_TRANSLATE_NOOP("UploadModels", "索引号")),
    ("target", QT_TRANSLATE_NOOP("UploadModels", "网站")),
    ("outcome", QT_TRANSLATE_NOOP("UploadModels", "结果")),
    ("bytes_sent", QT_TRANSLATE_NOOP("UploadModels", "发送")),
    ("message", QT_TRANSLATE_NOOP("UploadModels", "说明")),
)


class UploadLogModel(QAbstractTableModel):
    """The upload log, newest first. The library's rows hold no token (the core keeps it out)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[UploadLogEntry] = []

    def set_rows(self, rows: Sequence[UploadLogEntry]) -> None:
        self.beginResetModel()
        self._rows = sorted(rows, key=lambda e: e.id or 0, reverse=True)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(LOG_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("UploadModels", LOG_COLUMNS[section][1])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry, key = self._rows[index.row()], LOG_COLUMNS[index.column()][0]
        if role == OBJECT_ROLE:
            return entry
        if role == SORT_ROLE:
            if key in ("at", "bytes_sent", "target", "outcome"):
                return entry.id if key == "at" else getattr(entry, key)
            return str(entry.detail.get(key) or "")
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._display(entry, key)
        if role == Qt.ItemDataRole.ForegroundRole and key == "outcome":
            return GREEN if entry.outcome in OK_OUTCOMES else RED
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "bytes_sent":
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    @staticmethod
    def _display(entry: UploadLogEntry, key: str) -> str:
        if key == "at":
            return local_time(entry.at)
        if key == "outcome":
            return outcome_name(entry.outcome)
        if key == "bytes_sent":
            return size_text(entry.bytes_sent)
        if key == "target":
            return entry.target
        return str(entry.detail.get(key) or "")
