"""The forms of the 解读 (the notice asks for at least two): pictures and videos stored in the library,
records of a 互动直播 or 现场宣讲, and the 简明问答 editor (question / answer rows; an answered
question makes the 简明问答 form). The count shown is ``checks``' own count, against its setting."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from checks.rules.interpretation import forms_present
from gui.interp_panels import clear_rows, scrolling, source_button
from policy.interpretation import Form, FormKind, Interpretation, QAItem

translate = QCoreApplication.translate

IMAGE_FILTER = "*.png *.jpg *.jpeg *.gif *.bmp *.svg *.webp *.tif *.tiff"
VIDEO_FILTER = "*.mp4 *.mov *.avi *.wmv *.mkv *.flv *.webm *.m4v *.mpg *.mpeg"


def form_name(kind: FormKind) -> str:
    names = {
        FormKind.GRAPHIC: translate("FormsPanel", "图片/图解"),
        FormKind.VIDEO: translate("FormsPanel", "视频"),
        FormKind.LIVE: translate("FormsPanel", "互动直播"),
        FormKind.QA: translate("FormsPanel", "简明问答"),
        FormKind.TALK: translate("FormsPanel", "现场宣讲"),
    }
    return names[kind]


def count_text(forms: Sequence[Form], qa: Sequence[QAItem], required: int) -> tuple[str, bool]:
    """(解读形式 1/2：图片/图解 — 还差 1 种, enough?)"""
    present = forms_present(Interpretation(title="", forms=tuple(forms), qa=tuple(qa)))
    names = "、".join(form_name(k) for k in present) or translate("FormsPanel", "无")
    enough = len(present) >= required
    if enough:
        text = translate("FormsPanel", "解读形式 {0}/{1}：{2} ✓")
        return text.format(len(present), required, names), True
    text = translate("FormsPanel", "解读形式 {0}/{1}：{2}，还差 {3} 种")
    return text.format(len(present), required, names, required - len(present)), False


class FormsPanel(QWidget):
    changed = Signal(str)  # "forms" or "qa"
    add_file_requested = Signal(object, str)  # FormKind, path
    source_requested = Signal(int, int, int)

    def __init__(self, required: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.required = required
        self.count_label = QLabel(self)
        self.count_label.setWordWrap(True)
        self.add_image = QPushButton(translate("FormsPanel", "添加图片/图解…"), self)
        self.add_video = QPushButton(translate("FormsPanel", "添加视频…"), self)
        self.add_live = QPushButton(translate("FormsPanel", "记录互动直播"), self)
        self.add_talk = QPushButton(translate("FormsPanel", "记录现场宣讲"), self)
        self.add_image.clicked.connect(lambda: self._pick(FormKind.GRAPHIC))
        self.add_video.clicked.connect(lambda: self._pick(FormKind.VIDEO))
        self.add_live.clicked.connect(lambda: self.add_record(FormKind.LIVE))
        self.add_talk.clicked.connect(lambda: self.add_record(FormKind.TALK))
        self.add_question = QPushButton(translate("FormsPanel", "添加问答"), self)
        self.add_question.clicked.connect(self.add_qa_row)
        buttons = QHBoxLayout()
        for b in (self.add_image, self.add_video, self.add_live, self.add_talk):
            buttons.addWidget(b)
        buttons.addStretch(1)
        area, self._rows = scrolling(self)
        qa_heading = QHBoxLayout()
        qa_heading.addWidget(
            QLabel(translate("FormsPanel", "<b>简明问答</b>（回答了的问题计为一种形式）"), self)
        )
        qa_heading.addStretch(1)
        qa_heading.addWidget(self.add_question)
        qa_area, self._qa_rows = scrolling(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.count_label)
        layout.addLayout(buttons)
        layout.addWidget(area, 2)
        layout.addLayout(qa_heading)
        layout.addWidget(qa_area, 3)
        self._forms: list[Form] = []
        self._qa: list[QAItem] = []
        self.questions: list[QLineEdit] = []
        self.answers: list[QPlainTextEdit] = []
        self.form_rows: list[QWidget] = []
        self._read_only = False
        self._update_count()

    # ---- data in and out --------------------------------------------------------------------

    def forms(self) -> tuple[Form, ...]:
        return tuple(self._forms)

    def qa(self) -> tuple[QAItem, ...]:
        return tuple(self._qa)

    def set_data(self, forms: Sequence[Form], qa: Sequence[QAItem], read_only: bool = False) -> None:
        self._read_only = read_only
        for b in (self.add_image, self.add_video, self.add_live, self.add_talk, self.add_question):
            b.setEnabled(not read_only)
        self._forms, self._qa = list(forms), list(qa)
        self._rebuild_forms()
        self._rebuild_qa()
        self._update_count()

    def add_form(self, form: Form) -> None:
        """A stored media form (added by the tab once the file is in the library)."""
        self._forms = [f for f in self._forms if not (f.kind is form.kind and f.file_name == form.file_name)]
        self._forms.append(form)
        self._rebuild_forms()
        self._update_count()

    def add_record(self, kind: FormKind) -> None:
        """A 直播/宣讲 record: a title line (date, place, link) and what was said."""
        self._forms.append(Form(kind))
        self._rebuild_forms()
        self._changed("forms")

    def add_qa_row(self) -> None:
        self._qa.append(QAItem(""))
        self._rebuild_qa()
        self._changed("qa")
        self.questions[-1].setFocus()

    @property
    def enough(self) -> bool:
        return count_text(self._forms, self._qa, self.required)[1]

    # ---- rows ---------------------------------------------------------------------------------

    def _pick(self, kind: FormKind) -> None:
        if kind is FormKind.GRAPHIC:
            title = translate("FormsPanel", "选择图片或图解")
            pattern = translate("FormsPanel", "图片 ({0})").format(IMAGE_FILTER)
        else:
            title = translate("FormsPanel", "选择视频")
            pattern = translate("FormsPanel", "视频 ({0})").format(VIDEO_FILTER)
        path, _ = QFileDialog.getOpenFileName(self, title, "", pattern)
        if path:
            self.add_file_requested.emit(kind, path)

    def _rebuild_forms(self) -> None:
        clear_rows(self._rows)
        self.form_rows = []
        for i, form in enumerate(self._forms):
            row = QFrame(self)
            row.setFrameShape(QFrame.Shape.StyledPanel)
            head = QHBoxLayout()
            head.addWidget(QLabel(f"<b>{form_name(form.kind)}</b>", row))
            if form.file_name:
                name = QLabel(form.file_name, row)
                name.setTextFormat(Qt.TextFormat.PlainText)
                head.addWidget(name)
            title = QLineEdit(form.title, row)
            title.setReadOnly(self._read_only)
            title.setPlaceholderText(
                translate("FormsPanel", "标题或说明")
                if form.file_name
                else translate("FormsPanel", "时间、地点、主讲人或直播链接")
            )
            title.textChanged.connect(lambda text, i=i: self._edit_form(i, title=text))
            head.addWidget(title, 1)
            remove = QPushButton("✕", row)
            remove.setFixedWidth(28)
            remove.setEnabled(not self._read_only)
            remove.setToolTip(translate("FormsPanel", "删除这种形式"))
            remove.clicked.connect(lambda _=False, i=i: self._remove_form(i))
            head.addWidget(remove)
            box = QVBoxLayout(row)
            box.setContentsMargins(6, 4, 6, 4)
            box.addLayout(head)
            if not form.file_name:
                record = QPlainTextEdit(form.text, row)
                record.setReadOnly(self._read_only)
                record.setPlaceholderText(translate("FormsPanel", "记录要点：讲了什么、回答了哪些问题"))
                record.setFixedHeight(70)
                record.textChanged.connect(lambda i=i, r=record: self._edit_form(i, text=r.toPlainText()))
                box.addWidget(record)
            self._rows.insertWidget(self._rows.count() - 1, row)
            self.form_rows.append(row)

    def _rebuild_qa(self) -> None:
        clear_rows(self._qa_rows)
        self.questions, self.answers = [], []
        for i, item in enumerate(self._qa):
            row = QFrame(self)
            row.setFrameShape(QFrame.Shape.StyledPanel)
            question = QLineEdit(item.question, row)
            question.setReadOnly(self._read_only)
            question.setPlaceholderText(translate("FormsPanel", "问题"))
            question.textChanged.connect(lambda text, i=i: self._edit_qa(i, question=text))
            remove = QPushButton("✕", row)
            remove.setFixedWidth(28)
            remove.setEnabled(not self._read_only)
            remove.setToolTip(translate("FormsPanel", "删除这条问答"))
            remove.clicked.connect(lambda _=False, i=i: self._remove_qa(i))
            head = QHBoxLayout()
            head.addWidget(QLabel(translate("FormsPanel", "问"), row))
            head.addWidget(question, 1)
            for ref in item.sources[:2]:
                head.addWidget(source_button(ref, self.source_requested.emit, row))
            head.addWidget(remove)
            answer = QPlainTextEdit(item.answer, row)
            answer.setReadOnly(self._read_only)
            answer.setPlaceholderText(translate("FormsPanel", "用通俗的话回答"))
            answer.setFixedHeight(60)
            answer.textChanged.connect(lambda i=i, a=answer: self._edit_qa(i, answer=a.toPlainText()))
            box = QVBoxLayout(row)
            box.setContentsMargins(6, 4, 6, 4)
            box.addLayout(head)
            box.addWidget(answer)
            self._qa_rows.insertWidget(self._qa_rows.count() - 1, row)
            self.questions.append(question)
            self.answers.append(answer)

    def _edit_form(self, i: int, **change: str) -> None:
        self._forms[i] = replace(self._forms[i], **change)
        self._changed("forms")

    def _remove_form(self, i: int) -> None:
        del self._forms[i]
        self._rebuild_forms()
        self._changed("forms")

    def _edit_qa(self, i: int, **change: str) -> None:
        self._qa[i] = replace(self._qa[i], **change)
        self._changed("qa")

    def _remove_qa(self, i: int) -> None:
        del self._qa[i]
        self._rebuild_qa()
        self._changed("qa")

    def _changed(self, part: str) -> None:
        self._update_count()
        self.changed.emit(part)

    def _update_count(self) -> None:
        text, enough = count_text(self._forms, self._qa, self.required)
        self.count_label.setText(text)
        self.count_label.setStyleSheet(f"color: {'#2b8a3e' if enough else '#e67700'}; font-weight: bold;")
