"""The submissions list: filters by status and kind, and the library's search as the clerk types
(``storage.search``: any term length, the 1–2 character case included). Searching runs on the GUI
thread after a short pause in typing: the library answers a search in milliseconds."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLabel, QListView, QTabBar, QWidget

from gui.context import AppContext
from gui.layout import hbox, vbox
from gui.submission_delegate import SubmissionDelegate
from gui.submissions_model import COLUMN, OBJECT_ROLE, SubmissionsModel, kind_name, status_name
from policy.submission import Kind, SubmissionStatus
from storage import submissions
from storage.search import search

SEARCH_DELAY_MS = 150
SEARCH_LIMIT = 500
STATUS_TABS: tuple[SubmissionStatus | None, ...] = (
    None,
    SubmissionStatus.DRAFT,
    SubmissionStatus.PENDING,
    SubmissionStatus.RETURNED,
    SubmissionStatus.APPROVED,
)
SORTS = (  # (column, order, label)
    ("updated_at", Qt.SortOrder.DescendingOrder, QT_TRANSLATE_NOOP("SubmissionList", "按最近编辑")),
    ("doc_number", Qt.SortOrder.AscendingOrder, QT_TRANSLATE_NOOP("SubmissionList", "按文号")),
    ("title", Qt.SortOrder.AscendingOrder, QT_TRANSLATE_NOOP("SubmissionList", "按标题")),
    ("status", Qt.SortOrder.AscendingOrder, QT_TRANSLATE_NOOP("SubmissionList", "按状态")),
    ("kind", Qt.SortOrder.AscendingOrder, QT_TRANSLATE_NOOP("SubmissionList", "按类别")),
)


class SubmissionList(QWidget):
    selected = Signal(object)  # the submission id, or None

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.query = ""
        self.status_tabs = QTabBar()
        self.status_tabs.setDrawBase(False)
        self.status_tabs.setExpanding(False)
        for status in STATUS_TABS:
            self.status_tabs.addTab(
                status_name(status) if status else QCoreApplication.translate("SubmissionList", "全部")
            )
        self.kind_box = QComboBox()
        self.kind_box.addItem(QCoreApplication.translate("SubmissionList", "全部类别"), None)
        for kind in Kind:
            self.kind_box.addItem(kind_name(kind), kind)
        self.sort_box = QComboBox()
        for _, _, label in SORTS:
            self.sort_box.addItem(QCoreApplication.translate("SubmissionList", label))
        self.model = SubmissionsModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(SubmissionDelegate(self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setUniformItemSizes(True)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.count_label = QLabel()
        self.count_label.setObjectName("muted")
        self.empty_hint = QLabel()
        self.empty_hint.setObjectName("muted")
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setWordWrap(True)
        self.setLayout(
            vbox(
                self.status_tabs,
                hbox((self.kind_box, 1), (self.sort_box, 1)),
                self.view,
                self.empty_hint,
                self.count_label,
            )
        )
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.status_tabs.currentChanged.connect(lambda _: self.refresh())
        self.kind_box.currentIndexChanged.connect(lambda _: self.refresh())
        self.sort_box.currentIndexChanged.connect(lambda _: self._sort())
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)

    # -- what is shown -------------------------------------------------------------------------
    @property
    def status(self) -> SubmissionStatus | None:
        return STATUS_TABS[self.status_tabs.currentIndex()]

    @property
    def kind(self) -> Kind | None:
        return self.kind_box.currentData()

    def set_query(self, text: str) -> None:
        """As the clerk types: searched after a short pause."""
        self.query = text
        self._search_timer.start()

    def refresh(self) -> None:
        """Reload from the library, keeping the selected row when it is still listed."""
        self._search_timer.stop()
        keep = self.current_id()
        lib = self.ctx.library
        if self.query.strip():
            hits = search(lib, self.query, status=self.status, kind=self.kind, limit=SEARCH_LIMIT)
            order = {h.submission_id: i for i, h in enumerate(hits)}
            rows = sorted(submissions.summaries(lib, ids=order), key=lambda r: order[r.id])
            self.model.set_rows(rows, {h.submission_id: h.snippet for h in hits})  # best hit first
        else:
            self.model.set_rows(submissions.summaries(lib, self.status, self.kind))
            self._sort()
        self._show_counts()
        if keep is not None and not self.select(keep, emit=False):
            self.selected.emit(None)

    def clear_filters(self) -> None:
        """Everything listed again: no search, all statuses, all kinds."""
        self.query = ""
        for widget in (self.status_tabs, self.kind_box):
            widget.blockSignals(True)
            widget.setCurrentIndex(0)
            widget.blockSignals(False)
        self.refresh()

    def _sort(self) -> None:
        if self.query.strip():
            return  # a search lists the best hits first
        key, order, _ = SORTS[self.sort_box.currentIndex()]
        self.model.sort(COLUMN[key], order)

    def _show_counts(self) -> None:
        n = self.model.rowCount()
        if self.query.strip():
            text = QCoreApplication.translate("SubmissionList", "找到 {n} 条").format(n=n)
        else:
            text = QCoreApplication.translate("SubmissionList", "共 {n} 条").format(n=n)
        self.count_label.setText(text)
        self.empty_hint.setVisible(n == 0)
        if n == 0 and self.query.strip():
            self.empty_hint.setText(QCoreApplication.translate("SubmissionList", "没有找到匹配的条目"))
        elif n == 0:
            self.empty_hint.setText(
                QCoreApplication.translate(
                    "SubmissionList", "还没有条目。\n把公文文件拖到窗口里，或用 文件 → 导入。"
                )
            )

    # -- selection -------------------------------------------------------------------------------
    def current_id(self) -> int | None:
        index = self.view.selectionModel().currentIndex()
        if not index.isValid() or not self.view.selectionModel().isRowSelected(index.row()):
            return None
        return index.data(OBJECT_ROLE).id

    def select(self, submission_id: int, emit: bool = True) -> bool:
        row = self.model.row_of(submission_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        selection = self.view.selectionModel()
        if not emit:
            selection.blockSignals(True)
        selection.setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        selection.blockSignals(False)
        self.view.scrollTo(index)
        return True

    def _current_changed(self, current, _previous) -> None:
        self.selected.emit(current.data(OBJECT_ROLE).id if current.isValid() else None)
