"""The 文件信息 tab: every metadata field of the contract in a form beside the 原文 pane.

Each extracted value shows its confidence (a low one is marked on the field too); focusing a field
highlights the passage it came from. An edit is saved as the clerk's confirmed value through
``workflow.editing.confirm_field`` — after a short pause in typing, or at once on Enter, leaving the
field or a pick — so there is no Save button to forget. 全部确认 confirms what the clerk reviewed.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QWidget,
)

from gui.app import message_of
from gui.context import AppContext
from gui.field_editors import CheckField, ChoiceField, DateField, FieldEditor, LineField
from gui.layout import boxed, hbox, vbox
from gui.source_pane import SourcePane
from policy.docnumber import parse_doc_number
from policy.fieldvalues import CHOICES, DATE_FIELDS, LIST_FIELDS, FieldValueError, parse_field_value
from policy.metadata import FIELD_KEYS
from policy.submission import Submission, SubmissionStatus
from storage import LibraryError, submissions
from workflow import editing

SAVE_DELAY_MS = 700
HIGH, MEDIUM = 0.85, 0.6

LABELS = {
    "title": QT_TRANSLATE_NOOP("FieldsTab", "标题"),
    "doc_number": QT_TRANSLATE_NOOP("FieldsTab", "文号"),
    "issuer_mark": QT_TRANSLATE_NOOP("FieldsTab", "发文机关标志"),
    "issuers": QT_TRANSLATE_NOOP("FieldsTab", "发文机关署名"),
    "date": QT_TRANSLATE_NOOP("FieldsTab", "成文日期"),
    "doc_type": QT_TRANSLATE_NOOP("FieldsTab", "文种"),
    "recipients": QT_TRANSLATE_NOOP("FieldsTab", "主送机关"),
    "signer": QT_TRANSLATE_NOOP("FieldsTab", "签发人"),
    "disclosure": QT_TRANSLATE_NOOP("FieldsTab", "公开属性"),
    "validity": QT_TRANSLATE_NOOP("FieldsTab", "有效性"),
    "effective_date": QT_TRANSLATE_NOOP("FieldsTab", "施行日期"),
    "expiry_date": QT_TRANSLATE_NOOP("FieldsTab", "有效期至"),
    "validity_years": QT_TRANSLATE_NOOP("FieldsTab", "有效期（年）"),
    "provisional": QT_TRANSLATE_NOOP("FieldsTab", "暂行/试行"),
    "registration_number": QT_TRANSLATE_NOOP("FieldsTab", "规范性文件登记号"),
    "index_number": QT_TRANSLATE_NOOP("FieldsTab", "索引号"),
    "subject": QT_TRANSLATE_NOOP("FieldsTab", "主题分类"),
    "publisher": QT_TRANSLATE_NOOP("FieldsTab", "发布机构"),
    "publish_date": QT_TRANSLATE_NOOP("FieldsTab", "发布日期"),
    "attachments": QT_TRANSLATE_NOOP("FieldsTab", "附件说明"),
    "cc": QT_TRANSLATE_NOOP("FieldsTab", "抄送机关"),
    "printer": QT_TRANSLATE_NOOP("FieldsTab", "印发机关"),
    "print_date": QT_TRANSLATE_NOOP("FieldsTab", "印发日期"),
    "copy_number": QT_TRANSLATE_NOOP("FieldsTab", "份号"),
    "classification": QT_TRANSLATE_NOOP("FieldsTab", "密级和保密期限"),
    "urgency": QT_TRANSLATE_NOOP("FieldsTab", "紧急程度"),
}
GROUPS = (
    (
        QT_TRANSLATE_NOOP("FieldsTab", "公文要素"),
        ("title", "doc_number", "issuer_mark", "issuers", "date", "doc_type", "recipients", "signer"),
    ),
    (
        QT_TRANSLATE_NOOP("FieldsTab", "公开与有效性"),
        (
            "disclosure",
            "validity",
            "effective_date",
            "expiry_date",
            "validity_years",
            "provisional",
            "registration_number",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("FieldsTab", "政府信息公开目录"),
        ("index_number", "subject", "publisher", "publish_date"),
    ),
    (
        QT_TRANSLATE_NOOP("FieldsTab", "版头与版记"),
        ("attachments", "cc", "printer", "print_date", "copy_number", "classification", "urgency"),
    ),
)
assert sorted(k for _, keys in GROUPS for k in keys) == sorted(FIELD_KEYS) == sorted(LABELS)
LOCKED = (SubmissionStatus.UPLOADED, SubmissionStatus.WITHDRAWN, SubmissionStatus.EXPIRED)


def _zh(exc: Exception) -> str:
    """The Chinese part of a core message (``中文 (English)``)."""
    text = message_of(exc)
    return text.rsplit(" (", 1)[0] if text.endswith(")") and " (" in text else text


class FieldRow:
    def __init__(self, key: str, editor: FieldEditor) -> None:
        self.key, self.editor = key, editor
        self.badge = QLabel()
        self.badge.setMinimumWidth(64)
        self.badge.setTextFormat(Qt.TextFormat.RichText)
        self.message = QLabel(wordWrap=True, visible=False)
        self.message.setTextFormat(Qt.TextFormat.RichText)
        self.widget = boxed(vbox(hbox(editor, self.badge), self.message, spacing=2))

    def say(self, text: str = "", tone: str = "error") -> None:
        colour = {"error": "#c62828", "warn": "#b26a00", "info": "#5f6b7a"}[tone]
        self.message.setText(f'<span style="color:{colour}">{text}</span>' if text else "")
        self.message.setVisible(bool(text))


class FieldsTab(QWidget):
    edited = Signal()
    source_requested = Signal(int, int, int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.submission_id: int | None = None
        self.sub: Submission | None = None
        self._pending: set[str] = set()
        self.heading = QLabel(wordWrap=True)
        self.heading.setObjectName("heading")
        self.notice = QLabel(wordWrap=True, visible=False)
        self.notice.setObjectName("notice")
        self.confirm_button = QPushButton(QCoreApplication.translate("FieldsTab", "全部确认"))
        self.confirm_button.setToolTip(
            QCoreApplication.translate("FieldsTab", "核对无误后，把所有提取出的值记为已确认")
        )
        self.confirm_button.clicked.connect(self.confirm_all)
        self.rows: dict[str, FieldRow] = {}
        form_widget = QWidget()
        groups = []
        label_width = (
            max(
                self.fontMetrics().horizontalAdvance(QCoreApplication.translate("FieldsTab", t))
                for t in LABELS.values()
            )
            + 8
        )
        for title, keys in GROUPS:
            box = QGroupBox(QCoreApplication.translate("FieldsTab", title))
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            for key in keys:
                row = self.rows[key] = FieldRow(key, self._editor(key))
                label = QLabel(QCoreApplication.translate("FieldsTab", LABELS[key]))
                label.setMinimumWidth(label_width)
                label.setBuddy(row.editor.focus_widget())
                form.addRow(label, row.widget)
                row.editor.changed.connect(lambda k=key: self._typed(k))
                row.editor.committed.connect(lambda k=key: self._save(k))
                row.editor.focused.connect(lambda k=key: self._focused(k))
            groups.append(box)
        form_widget.setLayout(vbox(*groups, 1, margin=4))
        self.scroll = QScrollArea(widgetResizable=True)
        self.scroll.setWidget(form_widget)
        self.rows["subject"].message.linkActivated.connect(self._take_suggestion)
        self.source = SourcePane(ctx, self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(
            boxed(vbox(hbox((self.heading, 1), self.confirm_button), self.notice, self.scroll))
        )
        self.splitter.addWidget(self.source)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setSizes([560, 450])
        self.setLayout(vbox(self.splitter, margin=6))
        self._timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self.source_requested.connect(lambda b, s, e: self.show_source(b, s, e))
        self.set_submission(None)

    def _editor(self, key: str) -> FieldEditor:
        if key in DATE_FIELDS:
            return DateField()
        if key == "provisional":
            return CheckField(QCoreApplication.translate("FieldsTab", "标题含“暂行”或“试行”"))
        if key == "subject":
            from workflow.subjects import subjects

            try:
                return ChoiceField(subjects(self.ctx.library))
            except (LibraryError, FieldValueError):
                return LineField()
        if key in CHOICES:
            return ChoiceField(CHOICES[key])
        placeholder = ""
        if key in LIST_FIELDS:
            placeholder = QCoreApplication.translate("FieldsTab", "多项用“；”分隔")
        elif key == "doc_number":
            placeholder = QCoreApplication.translate("FieldsTab", "如 昌府办字〔2024〕26号")
        elif key == "index_number":
            placeholder = QCoreApplication.translate("FieldsTab", "提交审核时自动编号")
        return LineField(placeholder)

    # -- the contract of a workspace tab ---------------------------------------------------------------
    def set_submission(self, submission_id: int | None) -> None:
        self.flush()
        self.submission_id = submission_id
        self.sub = submissions.get(self.ctx.library, submission_id) if submission_id is not None else None
        self._show_all()
        scan = self.sub is not None and self.sub.extraction_status == "no_text_layer"
        original = next((f for f in self.sub.files if f.role.value == "original"), None) if self.sub else None
        self.source.set_submission(submission_id, original.format if original else None, scan)

    def show_source(self, block: int, start: int = 0, end: int = -1) -> None:
        self.source.show_span(block, start, end)

    def focus_field(self, key: str) -> bool:
        row = self.rows.get(key)
        if row is None:
            return False
        self.scroll.ensureWidgetVisible(row.widget)
        row.editor.focus_widget().setFocus(Qt.FocusReason.OtherFocusReason)
        self._focused(key)
        return True

    def flush(self) -> None:
        """Save what was typed and not saved yet (before switching items, submitting, closing)."""
        self._timer.stop()
        for key in sorted(self._pending):
            self._save(key)

    # -- showing ------------------------------------------------------------------------------------------
    def _show_all(self) -> None:
        sub = self.sub
        self.confirm_button.setEnabled(sub is not None and sub.status not in LOCKED)
        self.heading.setText(
            (sub.title or QCoreApplication.translate("FieldsTab", "（无标题）"))
            if sub
            else QCoreApplication.translate("FieldsTab", "未选择条目")
        )
        self._show_notice()
        for key, row in self.rows.items():
            row.editor.set_value(getattr(sub.fields, key) if sub else None)
            row.editor.set_read_only(sub is None or sub.status in LOCKED)
            row.say()
            self._show_badge(key)
        self._suggest_subject()

    def _show_notice(self) -> None:
        sub, text = self.sub, ""
        if sub is not None and sub.extraction_status == "no_text_layer":
            text = QCoreApplication.translate(
                "FieldsTab", "扫描件：原件没有文字层，无法自动提取。请对照右侧的页面图像手工填写各项信息。"
            )
        elif sub is not None and sub.status in LOCKED:
            text = QCoreApplication.translate("FieldsTab", "已发布的条目不能直接修改，请导入新版本。")
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def _show_badge(self, key: str) -> None:
        row, sub = self.rows[key], self.sub
        text, tip, state = "", "", ""
        value = getattr(sub.fields, key) if sub else None
        evidence = sub.extracted.evidence.get(key) if sub else None
        if sub is None:
            pass
        elif key in sub.confirmed:
            c = sub.confirmed[key]
            text = '<span style="color:#1e7d32">✔ {}</span>'.format(
                QCoreApplication.translate("FieldsTab", "已确认")
            )
            tip = QCoreApplication.translate("FieldsTab", "{who} 确认于 {at}").format(
                who=c.who, at=f"{c.at:%Y-%m-%d %H:%M}"
            )
        elif evidence is not None and value not in (None, (), ""):
            share = f"{evidence.confidence:.0%}"
            if evidence.confidence >= HIGH:
                text = '<span style="color:#1e7d32">● {}</span>'.format(
                    QCoreApplication.translate("FieldsTab", "高")
                )
            elif evidence.confidence >= MEDIUM:
                text = '<span style="color:#b26a00">● {}</span>'.format(
                    QCoreApplication.translate("FieldsTab", "中")
                )
            else:
                text = '<span style="color:#c62828"><b>▲ {}</b></span>'.format(
                    QCoreApplication.translate("FieldsTab", "低，请核对")
                )
                state = "low"
            tip = QCoreApplication.translate(
                "FieldsTab", "提取置信度 {share}；聚焦此项可在右侧原文中看到出处"
            ).format(share=share)
        elif value in (None, (), ""):
            text = '<span style="color:#8a8f98">○ {}</span>'.format(
                QCoreApplication.translate("FieldsTab", "待填")
            )
        row.badge.setText(text)
        row.badge.setToolTip(tip)
        row.editor.set_state(state)

    def _suggest_subject(self) -> None:
        sub, row = self.sub, self.rows["subject"]
        if sub is None or sub.fields.subject or not sub.body_text or not isinstance(row.editor, ChoiceField):
            return
        from workflow.subjects import suggest_subject

        choices = tuple(row.editor.box.itemData(i) for i in range(1, row.editor.box.count()))
        found = suggest_subject(sub.body_text, choices, limit=1)
        if found:
            label = QCoreApplication.translate("FieldsTab", "建议：")
            row.say(f'{label}<a href="{found[0][0]}">{found[0][0]}</a>', "info")

    def _take_suggestion(self, subject: str) -> None:
        self.rows["subject"].editor.set_text(subject)  # signals committed: saved

    def _focused(self, key: str) -> None:
        if self.sub is not None:
            self.source.show_evidence(self.sub.extracted.evidence.get(key))

    # -- saving --------------------------------------------------------------------------------------------
    def _typed(self, key: str) -> None:
        row = self.rows[key]
        try:
            value = parse_field_value(key, row.editor.text())
        except FieldValueError as exc:
            row.say(_zh(exc))
            row.editor.set_state("invalid")
            self._pending.discard(key)
            return
        row.editor.set_state("")
        number = parse_doc_number(row.editor.text()) if key == "doc_number" and value else None
        if number is not None and number.problems:
            prefix = QCoreApplication.translate("FieldsTab", "不合 GB/T 9704：")
            row.say(prefix + "；".join(number.problems) + f"（{number.normalized}）", "warn")
        else:
            row.say()
        self._pending.add(key)
        self._timer.start()

    def _save(self, key: str) -> bool:
        self._pending.discard(key)
        sub, row = self.sub, self.rows[key]
        if sub is None:
            return False
        text = row.editor.text()
        try:
            value = parse_field_value(key, text)
            if value == getattr(sub.fields, key) and key in sub.confirmed:
                return True  # nothing new to record
            editing.confirm_field(self.ctx.library, sub.id, key, text, self.ctx.actor)
        except (FieldValueError, LibraryError) as exc:
            row.say(_zh(exc))
            row.editor.set_state("invalid")
            return False
        self.sub = submissions.get(self.ctx.library, sub.id)
        if key == "title":
            self.heading.setText(self.sub.title or "")
        if key == "subject" or "#c62828" in row.message.text():
            row.say()  # an error fixed, or the suggestion taken
        self._show_badge(key)
        self.edited.emit()
        return True

    def unsaved(self) -> list[str]:
        """Values typed here that the core refused (still in their fields, not in the library)."""
        if self.sub is None:
            return []
        return [
            QCoreApplication.translate("FieldsTab", "“{title}”的{field}：{text}").format(
                title=self.sub.title or f"#{self.sub.id}",
                field=QCoreApplication.translate("FieldsTab", LABELS[key]),
                text=row.editor.text(),
            )
            for key, row in self.rows.items()
            if row.editor.state() == "invalid"
        ]

    def discard_unsaved(self) -> None:
        """Forget what was refused: every field shows the stored value again."""
        self._pending.clear()
        self._show_all()

    def confirm_all(self) -> list[str]:
        from workflow.confirming import confirm_all

        self.flush()
        if self.sub is None:
            return []
        try:
            keys = confirm_all(self.ctx.library, self.sub.id, self.ctx.actor)
        except LibraryError as exc:
            self.notice.setText(_zh(exc))
            self.notice.setVisible(True)
            return []
        self.sub = submissions.get(self.ctx.library, self.sub.id)
        for key in self.rows:
            self._show_badge(key)
        if keys:
            self.edited.emit()
        return keys
