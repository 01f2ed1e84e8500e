"""The 历史 tab: everything that happened to a submission, read-only, in one sortable table —
every saved version of the 解读 (``records.text_versions``), every confirmed field (who changed which
field, old → new, when: ``submissions.history``), the audit log's entries for it (``audit.entries``)
and every review (level, decision, reviewer, comment, signed or not, the payload hash it is bound
to). Selecting a row shows it in full below; Ctrl+C (or the context menu) copies the selected rows.
``HistoryModel`` is a thin model over ``HistoryRow`` dataclasses, usable without a window."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QWidget,
)

from gui.app import localized
from gui.context import AppContext
from gui.fields_tab import LABELS
from gui.layout import hbox, vbox
from gui.model_roles import OBJECT_ROLE, SORT_ROLE
from storage import Library, LibraryError

VERSION, CONFIRM, AUDIT, REVIEW = "version", "confirm", "audit", "review"
KIND_NAMES = {
    VERSION: QT_TRANSLATE_NOOP("HistoryView", "解读版本"),
    CONFIRM: QT_TRANSLATE_NOOP("HistoryView", "字段修改"),
    AUDIT: QT_TRANSLATE_NOOP("HistoryView", "操作日志"),
    REVIEW: QT_TRANSLATE_NOOP("HistoryView", "审核"),
}
ACTIONS = {
    "import": QT_TRANSLATE_NOOP("HistoryView", "导入"),
    "confirm": QT_TRANSLATE_NOOP("HistoryView", "确认字段"),
    "reextract": QT_TRANSLATE_NOOP("HistoryView", "重新识别"),
    "interpretation": QT_TRANSLATE_NOOP("HistoryView", "保存解读"),
    "link": QT_TRANSLATE_NOOP("HistoryView", "关联"),
    "details": QT_TRANSLATE_NOOP("HistoryView", "补充信息"),
    "status": QT_TRANSLATE_NOOP("HistoryView", "状态变更"),
    "review": QT_TRANSLATE_NOOP("HistoryView", "审核"),
    "review_received": QT_TRANSLATE_NOOP("HistoryView", "收到审核结论"),
    "open_bundle": QT_TRANSLATE_NOOP("HistoryView", "打开包文件"),
    "bundle": QT_TRANSLATE_NOOP("HistoryView", "生成包文件"),
    "export": QT_TRANSLATE_NOOP("HistoryView", "导出"),
    "upload": QT_TRANSLATE_NOOP("HistoryView", "上传"),
    "accept": QT_TRANSLATE_NOOP("HistoryView", "接受检查结果"),
    "change": QT_TRANSLATE_NOOP("HistoryView", "变更"),
}
COLUMNS = (
    ("at", QT_TRANSLATE_NOOP("HistoryView", "时间")),
    ("kind", QT_TRANSLATE_NOOP("HistoryView", "类别")),
    ("who", QT_TRANSLATE_NOOP("HistoryView", "人员")),
    ("what", QT_TRANSLATE_NOOP("HistoryView", "内容")),
)


def tr(text: str) -> str:
    return QCoreApplication.translate("HistoryView", text)


@dataclass(frozen=True, slots=True)
class HistoryRow:
    at: dt.datetime
    kind: str  # VERSION | CONFIRM | AUDIT | REVIEW
    who: str
    what: str  # one line
    detail: str  # everything, shown below the table and copied
    order: int = 0  # ties in time keep the order the library recorded them in


def _time(value: str | dt.datetime) -> dt.datetime:
    stamp = value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(value)
    return stamp if stamp.tzinfo else stamp.astimezone()


def _value(value: Any) -> str:
    if value is None or value == "" or value == []:
        return tr("（空）")
    if isinstance(value, list):
        return "、".join(map(str, value))
    return str(value)


def _field(key: str) -> str:
    return QCoreApplication.translate("FieldsTab", LABELS[key]) if key in LABELS else key


def _audit_line(action: str, d: dict[str, Any]) -> str:
    name = QCoreApplication.translate("HistoryView", ACTIONS[action]) if action in ACTIONS else action
    if action == "status":
        extra = f"：{d.get('from', '')} → {d.get('to', '')}"
        return name + extra + (f"（{d['reason']}）" if d.get("reason") else "")
    if action == "confirm":
        return f"{name}：{_field(str(d.get('field')))} {_value(d.get('old'))} → {_value(d.get('new'))}"
    if action in ("review", "review_received"):
        parts = [d.get("level", ""), d.get("decision", ""), d.get("reviewer", "")]
        line = f"{name}：" + " ".join(p for p in parts if p)
        return line + (f"（{d['comment']}）" if d.get("comment") else "")
    if action in ("open_bundle", "bundle", "export", "import"):
        parts = [d.get("kind", ""), d.get("file", "")]
        return f"{name}：" + " ".join(str(p) for p in parts if p)
    if action == "accept":
        return f"{name}：{d.get('rule', '')}（{d.get('reason', '')}）"
    return name


def load_history(lib: Library, submission_id: int) -> list[HistoryRow]:
    """Every version, confirmation, audit entry and review of the submission, oldest first."""
    from storage import audit, records, submissions

    rows: list[HistoryRow] = []
    versions = records.text_versions(lib, submission_id, "interpretation")
    for n, (saved_at, text) in enumerate(versions, 1):
        what = tr("政策解读第 {n} 版（{chars} 字）").format(n=n, chars=len(text))
        first = text.strip().splitlines()[0][:60] if text.strip() else ""
        rows.append(HistoryRow(_time(saved_at), VERSION, "", f"{what} {first}".strip(), text, n))
    for n, c in enumerate(submissions.history(lib, submission_id)):
        what = f"{_field(c.field)}：{_value(c.old)} → {_value(c.new)}"
        rows.append(HistoryRow(_time(c.at), CONFIRM, c.who, what, what, n))
    for e in audit.entries(lib, submission_id):
        detail = json.dumps(e.detail, ensure_ascii=False, indent=2, sort_keys=True, default=str)
        line = _audit_line(e.action, e.detail)
        rows.append(HistoryRow(_time(e.at), AUDIT, e.actor, line, f"{line}\n\n{detail}", e.id))
    for r in records.reviews(lib, submission_id):
        signed = bool(r.record and r.record.get("signature"))
        bound = (r.payload_sha256 or r.content_sha256 or "")[:12]
        state = tr("已签名") if signed else tr("未签名")
        what = f"{r.level} {r.decision} · {state} · {tr('内容')} {bound}…"
        if r.comment:
            what += f" · {r.comment}"
        detail = "\n".join(
            (
                tr("层级：{v}").format(v=r.level),
                tr("结论：{v}").format(v=r.decision),
                tr("审核人：{v}（{role}）").format(v=r.reviewer, role=r.role),
                tr("意见：{v}").format(v=r.comment or tr("（无）")),
                tr("签名：{v}").format(v=state),
                tr("审核的发布包内容（SHA-256）：{v}").format(v=r.payload_sha256 or tr("（无）")),
                tr("条目内容（SHA-256）：{v}").format(v=r.content_sha256),
            )
        )
        rows.append(HistoryRow(_time(r.at), REVIEW, r.reviewer, what, detail, r.id or 0))
    rows.sort(key=lambda row: (row.at, list(KIND_NAMES).index(row.kind), row.order))
    return rows


class HistoryModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[HistoryRow] = []

    def set_rows(self, rows: Sequence[HistoryRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[HistoryRow]:
        return list(self._rows)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(COLUMNS[section][1])
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, key = self._rows[index.row()], COLUMNS[index.column()][0]
        if role == OBJECT_ROLE:
            return row
        if role == SORT_ROLE:
            if key == "at":  # the rows are in the order things happened (ties in a second included)
                return index.row()
            return list(KIND_NAMES).index(row.kind) if key == "kind" else getattr(row, key)
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "at":
                return f"{row.at.astimezone():%Y-%m-%d %H:%M}"
            if key == "kind":
                return tr(KIND_NAMES[row.kind])
            return getattr(row, key)
        if role == Qt.ItemDataRole.ToolTipRole and key == "what":
            return row.detail[:600]
        return None


class _KindFilter(QSortFilterProxyModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.kind: str | None = None
        self.setSortRole(SORT_ROLE)

    def set_kind(self, kind: str | None) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt ≥ 6.9
            self.beginFilterChange()
            self.kind = kind
            self.endFilterChange()
        else:
            self.kind = kind
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:  # noqa: N802
        if self.kind is None:
            return True
        item = self.sourceModel().index(row, 0, parent).data(OBJECT_ROLE)
        return item is not None and item.kind == self.kind


class HistoryView(QWidget):
    edited = Signal()  # never emitted (read-only); the workspace tabs' contract
    source_requested = Signal(int, int, int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.submission_id: int | None = None
        self._generation = 0
        self.model = HistoryModel(self)
        self.proxy = _KindFilter(self)
        self.proxy.setSourceModel(self.model)
        self.kind_box = QComboBox()
        self.kind_box.addItem(tr("全部"), None)
        for kind, name in KIND_NAMES.items():
            self.kind_box.addItem(tr(name), kind)
        self.count = QLabel()
        self.count.setObjectName("muted")
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        copy = QAction(tr("复制所选行"), self.table)
        copy.setShortcut(QKeySequence.StandardKey.Copy)
        copy.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        copy.triggered.connect(self.copy_selected)
        self.table.addAction(copy)
        self.detail = QPlainTextEdit(readOnly=True)
        self.detail.setPlaceholderText(tr("选中一行，在这里查看全文"))
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        show = QLabel(tr("显示"))
        self.setLayout(vbox(hbox(show, self.kind_box, (self.count, 1)), (split, 1), margin=6))
        self.kind_box.currentIndexChanged.connect(lambda _: self._filter())
        self.table.selectionModel().currentRowChanged.connect(lambda current, _: self._show(current))
        self.table.customContextMenuRequested.connect(self._menu)

    # -- the contract of a workspace tab -------------------------------------------------------------
    def set_submission(self, submission_id: int | None) -> None:
        self.submission_id = submission_id
        self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.submission_id is not None:
            self.refresh()  # what happened in the other tabs since (a few quick queries)

    def refresh(self) -> None:
        self._generation += 1
        generation, sid, root = self._generation, self.submission_id, self.ctx.library_root
        if sid is None:
            self._fill([])
            return

        def load(control) -> list[HistoryRow]:
            with Library.open(root) as lib:
                return load_history(lib, sid)

        def done(rows: list[HistoryRow]) -> None:
            if generation == self._generation:
                self._fill(rows)

        def failed(exc: BaseException) -> None:
            if generation != self._generation:
                return
            self._fill([])
            if isinstance(exc, LibraryError):
                self.count.setText(localized(exc.message_zh, exc.message_en))
            else:
                self.ctx.tasks.error.emit(exc)

        self.ctx.tasks.run(load, on_done=done, on_error=failed)

    def _fill(self, rows: list[HistoryRow]) -> None:
        self.model.set_rows(rows)
        self.detail.clear()
        self._count()

    def _filter(self) -> None:
        self.proxy.set_kind(self.kind_box.currentData())
        self._count()

    def _count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        text = (
            tr("共 {n} 条").format(n=total)
            if shown == total
            else tr("{shown} / {n} 条").format(shown=shown, n=total)
        )
        self.count.setText(text if self.submission_id is not None else "")

    def visible_rows(self) -> list[HistoryRow]:
        """The rows as the table shows them (filtered, in the shown order)."""
        return [self.proxy.index(i, 0).data(OBJECT_ROLE) for i in range(self.proxy.rowCount())]

    def _show(self, current: QModelIndex) -> None:
        row = current.data(OBJECT_ROLE) if current.isValid() else None
        if row is None:
            self.detail.clear()
            return
        head = " · ".join(
            x for x in (f"{row.at.astimezone():%Y-%m-%d %H:%M:%S}", tr(KIND_NAMES[row.kind]), row.who) if x
        )
        self.detail.setPlainText(f"{head}\n\n{row.detail}")

    # -- copying -------------------------------------------------------------------------------------
    def selected_text(self) -> str:
        """The selected rows as tab-separated lines (the detail of a single selected row in full)."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedIndexes()})
        lines = []
        for r in rows:
            cells = [self.proxy.index(r, c).data() or "" for c in range(len(COLUMNS))]
            lines.append("\t".join(cells))
        return "\n".join(lines)

    def copy_selected(self) -> None:
        text = self.selected_text()
        if text:
            QGuiApplication.clipboard().setText(text)

    def copy_all(self) -> None:
        self.table.selectAll()
        self.copy_selected()

    def _menu(self, pos) -> None:
        menu = QMenu(self.table)
        menu.addAction(tr("复制所选行"), self.copy_selected)
        menu.addAction(tr("复制全部"), self.copy_all)
        menu.exec(self.table.viewport().mapToGlobal(pos))
