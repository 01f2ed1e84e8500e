"""The 详情 tab: a submission's kind-specific details (``policy.details``) in a form — a 意见征集's
period and 征求结果, a 收费清单's rows, a 政策文件's 解读发布日期, 重大政策/重大行政决策 marks and
公众参与 records — which the checks read (ZJ-…, SF-…, JC-…).

As in 文件信息 there is no Save button: what is typed is saved after a short pause, or at once when a
value is done (Enter, leaving a field, a pick, a table cell, an added or deleted row), through
``workflow.details.set_details`` with the whole form (``replace=True``). When the core refuses (an
end before the start, a date it cannot read) its message stands beside the form and what was typed
stays — also when the clerk goes to another item and comes back (kept in memory until it is saved).
Published items are shown read-only; details the core cannot read (a change request's) are not
touched.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QLabel, QScrollArea, QStackedWidget, QWidget

from gui.app import message_of
from gui.context import AppContext
from gui.details_forms import (
    LABELS,
    ConsultationForm,
    DetailsForm,
    FeeForm,
    PolicyForm,
    is_details_key,
    place_of,
)
from gui.fields_tab import LOCKED
from gui.layout import vbox
from gui.submissions_model import kind_name
from policy.details import DetailsError, FeeListDetails, parse_details
from policy.submission import Kind, Submission
from storage import LibraryError, submissions
from workflow import details as core

__all__ = ["LABELS", "DetailsTab", "is_details_key"]

SAVE_DELAY_MS = 700
translate = QCoreApplication.translate


class DetailsTab(QWidget):
    edited = Signal()
    source_requested = Signal(int, int, int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.submission_id: int | None = None
        self.sub: Submission | None = None
        self.read_only = True
        self._dirty = False
        self._stored: dict[str, Any] = {}
        self._drafts: dict[int, tuple[dict[str, Any], str]] = {}  # refused: (what was typed, why)
        self.heading = QLabel(wordWrap=True)
        self.heading.setObjectName("heading")
        self.notice = QLabel(wordWrap=True, visible=False)
        self.notice.setObjectName("notice")
        self.message = QLabel(wordWrap=True, visible=False)
        self.message.setObjectName("error")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.consultation, self.fees, self.policy = ConsultationForm(), FeeForm(), PolicyForm()
        self.forms: dict[Kind, DetailsForm] = {
            Kind.CONSULTATION: self.consultation, Kind.FEE_LIST: self.fees, Kind.POLICY: self.policy,
            Kind.MAJOR_DECISION: self.policy, Kind.NEWS: self.policy,
        }  # fmt: skip
        self.stack = QStackedWidget()
        empty = QLabel(translate("DetailsTab", "未选择条目"))
        empty.setObjectName("muted")
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(empty)
        self.scrolls: dict[DetailsForm, QScrollArea] = {}
        for form in (self.consultation, self.fees, self.policy):
            scroll = self.scrolls[form] = QScrollArea(widgetResizable=True)
            scroll.setWidget(form)
            self.stack.addWidget(scroll)
            form.changed.connect(self._typed)
            form.committed.connect(self.flush_now)
        self.fees.import_button.clicked.connect(lambda: self.import_csv())
        self.setLayout(vbox(self.heading, self.notice, self.message, (self.stack, 1), margin=6))
        self._timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self.set_submission(None)

    @property
    def form(self) -> DetailsForm | None:
        return self.forms.get(self.sub.kind) if self.sub is not None else None

    # -- the contract of a workspace tab ---------------------------------------------------------------
    def set_submission(self, submission_id: int | None) -> None:
        self.flush()
        self.submission_id = submission_id
        self.sub = submissions.get(self.ctx.library, submission_id) if submission_id is not None else None
        self._show()

    def flush(self) -> bool:
        """Save what was typed and not saved yet (before switching items, submitting, closing)."""
        self._timer.stop()
        if not self._dirty:
            return True
        return self._save()

    def unsaved(self) -> list[str]:
        """What was typed and refused, per submission (it is only in memory): one line each."""
        lines = []
        for sid, (_data, reason) in sorted(self._drafts.items()):
            try:
                title = submissions.get(self.ctx.library, sid).title or f"#{sid}"
            except LibraryError:
                continue  # deleted meanwhile: nothing left to keep
            lines.append(
                translate("DetailsTab", "“{title}”的详情：{reason}").format(title=title, reason=reason)
            )
        return lines

    def discard_unsaved(self) -> None:
        """Forget what was refused: the form shows what the library holds."""
        self._drafts.clear()
        self._show()

    def flush_now(self) -> None:
        self._dirty = True
        self.flush()

    def focus_field(self, key: str, row: int | None = None) -> bool:
        """Show what a finding's ``Location(field=key, row=row)`` names among the details."""
        form = self.form
        if form is None or not is_details_key(key):
            return False
        target = form.target(*place_of(key, row))
        if target is None:
            return False
        self.scrolls[form].ensureWidgetVisible(target)
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    # -- showing ------------------------------------------------------------------------------------------
    def _show(self) -> None:
        self._timer.stop()
        self._dirty = False
        sub, form = self.sub, self.form
        self.say()
        if sub is None or form is None:
            self.heading.setText(translate("DetailsTab", "未选择条目"))
            self._notice("")
            self.stack.setCurrentIndex(0)
            return
        title = sub.fields.title or sub.title or translate("DetailsTab", "（无标题）")
        self.heading.setText(f"{kind_name(sub.kind)} · {title}")
        self.stack.setCurrentWidget(self.scrolls[form])
        notice, unreadable = "", False
        try:
            self._stored = core.current(self.ctx.library, sub.id).to_dict()
        except LibraryError as exc:  # e.g. a change request's details: shown, never overwritten
            self._stored, unreadable = dict(sub.details), True
            notice = translate("DetailsTab", "详情无法在此编辑：{reason}").format(reason=message_of(exc))
        if sub.status in LOCKED:
            notice = translate("DetailsTab", "已发布的条目不能直接修改，请导入新版本。")
        self.read_only = unreadable or sub.status in LOCKED
        draft = self._drafts.get(sub.id) if not self.read_only else None
        form.show_data(sub.kind, draft[0] if draft else self._stored)
        form.set_read_only(self.read_only)
        self._notice(notice)
        if draft:
            self._dirty = True  # tried again on the next edit or switch
            self.say(draft[1])

    def _notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def say(self, text: str = "") -> None:
        """The one-line message beside the form: why the last save was refused, or nothing."""
        self.message.setText(translate("DetailsTab", "未保存：{reason}").format(reason=text) if text else "")
        self.message.setVisible(bool(text))

    # -- saving --------------------------------------------------------------------------------------------
    def _typed(self) -> None:
        if self.read_only:
            return
        self._dirty = True
        self._timer.start()

    def _save(self) -> bool:
        self._timer.stop()
        self._dirty = False
        sub, form = self.sub, self.form
        if sub is None or form is None or self.read_only:
            return True
        data = form.data()
        try:
            saved = core.set_details(self.ctx.library, sub.id, data, self.ctx.actor, replace=True)
        except LibraryError as exc:
            self._refused(data, message_of(exc))
            return False
        self._drafts.pop(sub.id, None)
        self.say()
        form.mark_invalid(set())
        new = saved.to_dict()
        if new != self._stored:
            self._stored = new
            self.sub = submissions.get(self.ctx.library, sub.id)
            self.edited.emit()
        return True

    def _refused(self, data: dict[str, Any], reason: str) -> None:
        """Keep what was typed (in the form, and in memory for when the clerk comes back) and say why."""
        assert self.sub is not None and self.form is not None
        self._drafts[self.sub.id] = (data, reason)
        self.say(reason)
        self.form.mark_invalid(self._invalid_keys(data))

    def _invalid_keys(self, data: dict[str, Any]) -> set[str]:
        """The fields the core cannot read on their own, and an end before its start."""
        kind, bad = self.sub.kind, set()
        for key, value in data.items():
            if isinstance(value, str) and value:
                try:
                    parse_details(kind, {key: value})
                except DetailsError:
                    bad.add(key)
        if not bad and "end_date" in data:
            try:
                parse_details(kind, {k: data.get(k) for k in ("start_date", "end_date")})
            except DetailsError:
                bad.add("end_date")
        return bad

    # -- a 收费清单 from a spreadsheet -----------------------------------------------------------------
    def import_csv(self, path: str | Path | None = None) -> bool:
        """Replace the fee rows by those of a CSV file (UTF-8 or GBK; asked for when not given)."""
        if self.sub is None or self.sub.kind is not Kind.FEE_LIST or self.read_only:
            return False
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self,
                translate("DetailsTab", "导入收费项目"),
                str(Path.home()),
                translate("DetailsTab", "CSV 表格 (*.csv);;所有文件 (*)"),
            )
            if not chosen:
                return False
            path = chosen
        try:
            rows = (
                FeeListDetails.from_dict({"rows": core.read_csv_rows(Path(path))}).to_dict().get("rows", [])
            )
        except (LibraryError, DetailsError, OSError) as exc:
            self.say(message_of(exc))
            return False
        self.fees.rows.set_rows(rows)
        self._dirty = True
        return self.flush()
