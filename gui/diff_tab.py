"""The 新旧对照 tab: compare the submission's policy with its old version, clause by clause.

The clerk picks the old policy file (or the tab opens the policy this submission replaces, when the
library links one); both are read and compared on the task runner (``workflow.composer.
compare_with_old``). The 对照表 names each change in words and colours it; selecting a row shows
its character diff; double-clicking shows the clause in the window's 原文 pane. The summary below
is editable and goes into the 解读's 新旧政策差异 section on request, through the autosave path;
``edited`` then tells the window (the 政策解读 tab re-reads what is stored when it is next shown).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QWidget,
)

from gui.app import localized, message_of
from gui.context import AppContext
from gui.interp_difftable import OBJECT_ROLE, SORT_ROLE, DiffTableModel, change_name, legend_html, pieces_html
from gui.layout import boxed, hbox, vbox
from policy.interpretation import Change, Element
from storage import Library, LibraryError
from workflow.composer import Comparison, compare_with_old, replaced_policy, set_section

translate = QCoreApplication.translate
POLICY_FILES = "*.docx *.doc *.wps *.pdf *.ofd *.txt"


class ChangedOnly(QSortFilterProxyModel):
    """Sorts on the model's native values; hides 未变 rows when ``changed_only``."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.changed_only = False
        self.setSortRole(SORT_ROLE)

    def set_changed_only(self, on: bool) -> None:
        self.beginFilterChange()
        self.changed_only = on
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        if not self.changed_only:
            return True
        row = self.sourceModel().index(source_row, 0, source_parent).data(OBJECT_ROLE)
        return row.change is not Change.UNCHANGED


class DiffTab(QWidget):
    edited = Signal()
    source_requested = Signal(int, int, int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._sid: int | None = None
        self._generation = 0
        self.comparison: Comparison | None = None
        self.pick_button = QPushButton(translate("DiffTab", "选择原政策文件…"), self)
        self.pick_button.clicked.connect(self.pick_old)
        self.old_label = QLabel(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.warnings = QLabel(self)
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #e67700;")
        self.legend = QLabel(legend_html(), self)
        self.changed_only = QCheckBox(translate("DiffTab", "只看有变化的条款"), self)
        self.model = DiffTableModel(self)
        self.proxy = ChangedOnly(self)
        self.proxy.setSourceModel(self.model)
        self.changed_only.toggled.connect(self.proxy.set_changed_only)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(
            -1, Qt.SortOrder.AscendingOrder
        )  # the policy's order until a header is clicked
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for column, mode in enumerate((0, 0, 1, 0, 1, 0)):
            resize = QHeaderView.ResizeMode.Stretch if mode else QHeaderView.ResizeMode.ResizeToContents
            header.setSectionResizeMode(column, resize)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.table.doubleClicked.connect(self._row_opened)
        self.detail = QTextBrowser(self)
        self.detail.setPlaceholderText(
            translate("DiffTab", "选中一行，查看逐字对照（删去的划线，新增的加下划线）")
        )
        self.summary = QPlainTextEdit(self)
        self.summary.setPlaceholderText(translate("DiffTab", "对照后，这里给出变化的概述，可修改后插入解读"))
        self.summary.setMaximumHeight(90)
        self.insert_button = QPushButton(translate("DiffTab", "插入到“新旧政策差异”"), self)
        self.insert_button.clicked.connect(self.insert_summary)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        bottom = boxed(vbox(QLabel(translate("DiffTab", "变化概述"), self), self.summary,
                            hbox(1, self.insert_button)), self)  # fmt: skip
        layout = vbox(
            hbox(self.pick_button, self.old_label, 1),
            self.status,
            self.warnings,
            hbox(self.legend, 1, self.changed_only),
            splitter,
            bottom,
            margin=6,
        )
        layout.setStretchFactor(splitter, 1)
        self.setLayout(layout)
        self.set_submission(None)

    # ---- the contract -------------------------------------------------------------------------

    @property
    def submission_id(self) -> int | None:
        return self._sid

    def set_submission(self, submission_id: int | None) -> None:
        if submission_id is not None and submission_id == self._sid:
            return
        self._sid, self._generation = submission_id, self._generation + 1
        self._show(None)
        self.old_label.setText(translate("DiffTab", "尚未选择原政策"))
        self.status.setText(
            translate("DiffTab", "如果这份文件修订或替代了以前的政策，选择原政策文件，生成新旧对照表。")
        )
        self.setEnabled(submission_id is not None)
        if submission_id is None:
            return
        old = replaced_policy(self._ctx.library, submission_id)
        if old is not None:
            self.load_old(old)

    def pick_old(self) -> None:
        title = translate("DiffTab", "选择原政策文件")
        pattern = translate("DiffTab", "政策文件 ({0})").format(POLICY_FILES)
        path, _ = QFileDialog.getOpenFileName(self, title, "", pattern)
        if path:
            self.load_old(path)

    def load_old(self, old: str | Path | int) -> None:
        """Compare with ``old``: a file, or the id of the submission holding the old policy."""
        if self._sid is None:
            return
        self._generation += 1
        sid, generation, root = self._sid, self._generation, self._ctx.library.root
        target: Path | int = old if isinstance(old, int) else Path(old)
        name = translate("DiffTab", "资料库中的原政策") if isinstance(old, int) else Path(old).name
        self.old_label.setText(translate("DiffTab", "原政策：{0}").format(name))
        self.status.setText(translate("DiffTab", "正在读取并对照两份文件…"))
        self.pick_button.setEnabled(False)

        def work(control) -> Comparison:
            with Library.open(root) as own:
                return compare_with_old(own, sid, target)

        def failed(exc: BaseException) -> None:
            if generation != self._generation:
                return
            self.pick_button.setEnabled(True)
            if not isinstance(exc, LibraryError):
                self._ctx.tasks.error.emit(exc)
            self.status.setText(translate("DiffTab", "无法对照：{0}").format(message_of(exc)))

        self._ctx.tasks.run(work, on_done=lambda c: self._compared(generation, c), on_error=failed)

    def insert_summary(self) -> None:
        """Put the summary into the 新旧政策差异 section (after what the clerk wrote there)."""
        text = self.summary.toPlainText().strip()
        if self._sid is None or not text:
            return
        sid, root, actor = self._sid, self._ctx.library.root, self._ctx.actor
        self.insert_button.setEnabled(False)

        def work(control) -> None:
            with Library.open(root) as own:
                set_section(own, sid, actor, Element.CHANGES, text)

        def done(_: None) -> None:
            self.insert_button.setEnabled(True)
            self.status.setText(translate("DiffTab", "已插入到解读的“新旧政策差异”部分。"))
            self.edited.emit()

        def failed(exc: BaseException) -> None:
            self.insert_button.setEnabled(True)
            if not isinstance(exc, LibraryError):
                self._ctx.tasks.error.emit(exc)
                return
            self.status.setText(
                translate("DiffTab", "未能插入：{0}").format(localized(exc.message_zh, exc.message_en))
            )

        self._ctx.tasks.run(work, on_done=done, on_error=failed)

    # ---- showing a comparison -----------------------------------------------------------------

    def _compared(self, generation: int, comparison: Comparison) -> None:
        if generation != self._generation:
            return  # another submission or another old file was chosen meanwhile
        self.pick_button.setEnabled(True)
        self._show(comparison)

    def _show(self, comparison: Comparison | None) -> None:
        self.comparison = comparison
        result = comparison.result if comparison else None
        self.model.set_rows(result.rows if result else ())
        self.detail.clear()
        self.warnings.setText("\n".join(result.warnings) if result else "")
        self.warnings.setVisible(bool(result and result.warnings))
        self.summary.setPlainText(comparison.summary if comparison and result.rows else "")
        self.insert_button.setEnabled(bool(comparison and result.rows))
        if result is not None:
            order = (Change.ADDED, Change.DELETED, Change.MODIFIED, Change.MOVED, Change.UNCHANGED)
            counts = "　".join(f"{change_name(c)} {result.counts.get(c, 0)}" for c in order)
            self.status.setText(translate("DiffTab", "共 {0} 处：{1}").format(len(result.rows), counts))

    def _row_chosen(self, current: QModelIndex, previous: QModelIndex) -> None:
        row = current.data(OBJECT_ROLE) if current.isValid() else None
        self.detail.setHtml(pieces_html(row) if row else "")

    def _row_opened(self, index: QModelIndex) -> None:
        if self.comparison is None:
            return
        source = self.proxy.mapToSource(index).row()
        block = self.comparison.blocks[source] if source < len(self.comparison.blocks) else None
        if block is not None:
            self.source_requested.emit(block, -1, -1)
