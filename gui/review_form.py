"""The 保密审查 form of the section head's workspace: 信息名称, 内容摘要, 拟公开方式, 公开范围,
公开时间 (prefilled by ``workflow.review.default_form``), the parts withheld with their 理由 and 依据,
the level the decision takes (初审 / 复审, ``workflow.review.required_levels``), a comment, and
通过 / 退回. 通过 stays disabled, with the reason shown, while a 阻断 finding stands, while the check
runs, or while the reviewer has no 科室负责人 key here. The form decides nothing: the buttons emit
``decide_requested`` and the workspace runs ``workflow.review.review``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from gui.app import localized
from gui.layout import boxed, hbox, vbox
from gui.review_data import ReviewState
from policy.findings import Finding
from policy.keys import REVIEWER_ROLE
from policy.secrecy import APPROVE, RETURN, SecrecyForm, Withheld

METHODS = ("政府网站主动公开", "政府网站和政务新媒体主动公开", "政府信息公开查阅点", "依申请公开")
SCOPES = ("社会公众", "特定对象", "本机关内部")
TIMES = ("审核通过后 20 个工作日内", "审核通过后 5 个工作日内", "审核通过后即时公开")
BASES = (
    "《政府信息公开条例》第十四条（国家秘密、法律禁止公开等）",
    "《政府信息公开条例》第十五条（商业秘密、个人隐私）",
    "《政府信息公开条例》第十六条（内部事务信息、过程性信息）",
)
CONTENT, REASON, BASIS = range(3)


def tr(text: str) -> str:
    return QCoreApplication.translate("ReviewForm", text)


def _combo(values: tuple[str, ...]) -> QComboBox:
    box = QComboBox()
    box.setEditable(True)
    box.addItems(list(values))
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    return box


def _set_combo(box: QComboBox, text: str) -> None:
    index = box.findText(text)
    if index >= 0:
        box.setCurrentIndex(index)
    else:
        box.setEditText(text)


class ReviewForm(QWidget):
    decide_requested = Signal(str)  # 通过 | 退回

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state: ReviewState | None = None
        self.findings: list[Finding] = []
        self.checking = False
        self.busy = False
        self._build()
        self.set_state(None)

    # -- building ------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.level = QLabel()
        self.level.setObjectName("heading")
        self.level_detail = QLabel(wordWrap=True)
        self.level_detail.setObjectName("muted")
        self.key_notice = QLabel(wordWrap=True)
        self.key_notice.setObjectName("notice")
        self.info_name = QLineEdit()
        self.summary = QPlainTextEdit()
        self.summary.setFixedHeight(64)
        self.summary.setTabChangesFocus(True)
        self.method = _combo(METHODS)
        self.scope = _combo(SCOPES)
        self.publish_time = _combo(TIMES)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(tr("信息名称"), self.info_name)
        form.addRow(tr("内容摘要"), self.summary)
        form.addRow(tr("拟公开方式"), self.method)
        form.addRow(tr("公开范围"), self.scope)
        form.addRow(tr("公开时间"), self.publish_time)
        secrecy = QGroupBox(tr("保密审查"))
        secrecy.setLayout(form)

        self.withheld = QTableWidget(0, 3)
        self.withheld.setHorizontalHeaderLabels([tr("不予公开的内容"), tr("理由"), tr("依据")])
        header = self.withheld.horizontalHeader()
        header.setSectionResizeMode(CONTENT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(REASON, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(BASIS, QHeaderView.ResizeMode.Stretch)
        self.withheld.verticalHeader().setVisible(False)
        self.withheld.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.withheld.setMinimumHeight(84)
        self.withheld.setMaximumHeight(150)
        self.add_row_button = QPushButton(tr("添加一项"))
        self.remove_row_button = QPushButton(tr("删除所选"))
        hint = QLabel(tr("没有不予公开的内容时留空。"))
        hint.setObjectName("muted")
        withheld = QGroupBox(tr("不予公开的部分"))
        withheld.setLayout(
            vbox(self.withheld, hbox(hint, 1, self.add_row_button, self.remove_row_button), margin=6)
        )

        self.comment = QPlainTextEdit()
        self.comment.setPlaceholderText(tr("退回时必须写明意见，经办人会看到；通过时可以不写。"))
        self.comment.setMinimumHeight(72)
        self.comment.setTabChangesFocus(True)
        comment = QGroupBox(tr("审核意见"))
        comment.setLayout(vbox(self.comment, margin=6))

        fields = QWidget()
        fields.setLayout(vbox(secrecy, withheld, (comment, 1)))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(fields)

        self.message = QLabel(wordWrap=True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.approve_reason = QLabel(wordWrap=True)
        self.approve_reason.setObjectName("muted")
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setFixedWidth(90)
        self.busy_label = QLabel()
        self.busy_label.setObjectName("muted")
        self.busy_row = boxed(hbox(self.progress, (self.busy_label, 1)))
        self.return_button = QPushButton(tr("退回"))
        self.approve_button = QPushButton(tr("通过"))
        self.approve_button.setObjectName("primary")
        buttons = vbox(self.approve_reason, hbox(1, self.return_button, self.approve_button))
        self.setLayout(
            vbox(
                hbox(self.level, (self.level_detail, 1)), self.key_notice, (scroll, 1), self.message,
                self.busy_row, buttons, margin=6,
            )
        )  # fmt: skip
        self.add_row_button.clicked.connect(lambda: self.add_withheld())
        self.remove_row_button.clicked.connect(self._remove_selected)
        self.approve_button.clicked.connect(lambda: self.decide_requested.emit(APPROVE))
        self.return_button.clicked.connect(lambda: self.decide_requested.emit(RETURN))
        self.comment.textChanged.connect(self._comment_changed)

    # -- filling -------------------------------------------------------------------------------------
    def set_state(self, state: ReviewState | None) -> None:
        self.state = state
        self.findings, self.checking = [], state is not None
        self.show_message("")
        self.withheld.setRowCount(0)
        self.comment.clear()
        if state is None:
            self.level.setText(tr("未选择条目"))
            self.level_detail.clear()
            self.key_notice.hide()
            for edit in (self.info_name, self.summary):
                edit.clear()
            self._update()
            return
        form = state.form
        self.info_name.setText(form.info_name)
        self.summary.setPlainText(form.summary)
        _set_combo(self.method, form.method)
        _set_combo(self.scope, form.scope)
        _set_combo(self.publish_time, form.publish_time)
        for w in form.withheld:
            self.add_withheld(w)
        self.level.setText(tr("审核层级：{level}").format(level=state.level))
        detail = [tr("本库要求：{levels}").format(levels="+".join(state.levels))]
        for level, decision, reviewer in state.earlier:
            detail.append(
                tr("{level}已由 {who} {decision}").format(level=level, who=reviewer, decision=decision)
            )
        self.level_detail.setText("；".join(detail))
        self.key_notice.setText(self._key_text(state))
        self.key_notice.setVisible(state.key_problem is not None)
        self._update()

    def _key_text(self, state: ReviewState) -> str:
        if state.key_problem == "no_key":
            return tr(
                "本资料库没有您的签名密钥，不能签署审核结论。请在 设置 → 签名密钥 中创建科室负责人的签名密钥。"
            )
        if state.key_problem == "not_reviewer" and state.key is not None:
            return tr("您的签名密钥角色是{role}，审核需要{reviewer}的密钥（设置 → 签名密钥）。").format(
                role=state.key.public.role, reviewer=REVIEWER_ROLE
            )
        return ""

    def set_checking(self) -> None:
        self.checking = True
        self._update()

    def set_findings(self, findings: list[Finding]) -> None:
        self.findings, self.checking = list(findings), False
        self._update()

    def set_busy(self, busy: bool, text: str = "") -> None:
        self.busy = busy
        self.busy_label.setText(text)
        self._update()

    def show_message(self, text: str, error: bool = True) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #c62828;" if error else "color: #1e7d32;")
        self.message.setVisible(bool(text))

    # -- reading -------------------------------------------------------------------------------------
    def add_withheld(self, withheld: Withheld | None = None) -> None:
        row = self.withheld.rowCount()
        self.withheld.insertRow(row)
        self.withheld.setItem(row, CONTENT, QTableWidgetItem(withheld.content if withheld else ""))
        self.withheld.setItem(row, REASON, QTableWidgetItem(withheld.reason if withheld else ""))
        basis = _combo(BASES)
        basis.setEditText(withheld.basis if withheld else "")
        self.withheld.setCellWidget(row, BASIS, basis)

    def _remove_selected(self) -> None:
        for row in sorted({i.row() for i in self.withheld.selectedIndexes()}, reverse=True):
            self.withheld.removeRow(row)

    def withheld_parts(self) -> list[Withheld]:
        parts = []
        for row in range(self.withheld.rowCount()):
            cells = [
                (self.withheld.item(row, c).text() if self.withheld.item(row, c) else "") for c in (0, 1)
            ]
            basis = self.withheld.cellWidget(row, BASIS)
            parts.append(Withheld(cells[0].strip(), cells[1].strip(), basis.currentText().strip()))
        return [w for w in parts if w.content or w.reason or w.basis]

    def problems(self) -> list[str]:
        """What must be put right before a decision can be signed."""
        found = []
        if not self.info_name.text().strip():
            found.append(tr("请填写信息名称。"))
        for n, w in enumerate(self.withheld_parts(), 1):
            if not (w.content and w.reason and w.basis):
                found.append(tr("不予公开的第 {n} 项需要写明内容、理由和依据。").format(n=n))
        return found

    def form(self) -> SecrecyForm:
        return SecrecyForm(
            info_name=self.info_name.text().strip(),
            summary=self.summary.toPlainText().strip(),
            method=self.method.currentText().strip(),
            scope=self.scope.currentText().strip(),
            publish_time=self.publish_time.currentText().strip(),
            withheld=tuple(self.withheld_parts()),
        )

    def comment_text(self) -> str:
        return self.comment.toPlainText().strip()

    # -- the buttons ---------------------------------------------------------------------------------
    @property
    def blocking(self) -> list[Finding]:
        return [f for f in self.findings if f.blocking]

    def approve_refusal(self) -> str | None:
        """Why 通过 is not possible now (None when it is)."""
        if self.state is None:
            return tr("未选择条目")
        if self.state.key_problem is not None:
            return tr("没有可用的签名密钥")
        if self.busy:
            return self.busy_label.text()
        if self.checking:
            return tr("正在检查，检查完成后才能通过…")
        blocking = self.blocking
        if blocking:
            first = localized(blocking[0].message_zh, blocking[0].message_en)
            more = tr("等 {n} 项").format(n=len(blocking)) if len(blocking) > 1 else ""
            return tr("有阻断问题未解决，不能通过：{first}{more}。可以退回经办人修改。").format(
                first=first.rstrip("。"), more=more
            )
        return None

    def _update(self) -> None:
        usable = self.state is not None and self.state.key_problem is None and not self.busy
        refusal = self.approve_refusal()
        self.approve_button.setEnabled(refusal is None)
        self.approve_button.setToolTip(refusal or "")
        self.approve_reason.setText(refusal if refusal and self.state is not None and not self.busy else "")
        self.return_button.setEnabled(usable)
        self.busy_row.setVisible(self.busy)
        for widget in (self.info_name, self.summary, self.method, self.scope, self.publish_time, self.withheld,
                       self.comment, self.add_row_button, self.remove_row_button):  # fmt: skip
            widget.setEnabled(self.state is not None and not self.busy)

    def ask_comment(self, text: str) -> None:
        """Show why a comment is needed and put the cursor in the comment box."""
        self.show_message(text)
        self._asked_comment = True
        self.comment.setFocus()

    def _comment_changed(self) -> None:
        if getattr(self, "_asked_comment", False) and self.comment_text():
            self._asked_comment = False
            self.show_message("")
