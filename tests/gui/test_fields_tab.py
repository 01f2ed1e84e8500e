"""The 文件信息 form: confidence marks, validation as typed, the date picker, autosave, 全部确认."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import QDate

from gui.fields_tab import GROUPS, FieldsTab
from policy.metadata import FIELD_KEYS, Evidence, Fields, PolicyMetadata
from policy.submission import Kind
from storage import submissions

EVIDENCE = {
    "title": Evidence("title", 0.4, block=2, span=(0, 10)),  # low: marked
    "doc_number": Evidence("doc_number", 0.95, block=1, span=(0, 12)),
    "date": Evidence("date", 0.7, block=9, span=(0, 9)),
}


@pytest.fixture
def tab(ctx, qtbot):
    fields = dataclasses.replace(
        Fields(),
        title="关于做好老旧小区改造工作的通知",
        doc_number="长府办发〔2024〕18号",
        date=dt.date(2024, 6, 4),
    )
    body = "各街道办事处：老旧小区改造涉及住房、城乡建设、供水排水……"
    sid = submissions.insert(
        ctx.library, Kind.POLICY, PolicyMetadata(fields=fields, evidence=EVIDENCE), body, "ok"
    )
    widget = FieldsTab(ctx)
    qtbot.addWidget(widget)
    widget.show()
    widget.set_submission(sid)
    return widget, sid


def test_every_field_of_the_contract_is_on_the_form():
    assert sorted(k for _, keys in GROUPS for k in keys) == sorted(FIELD_KEYS)
    assert {"index_number", "subject", "disclosure", "validity"} <= set(FIELD_KEYS)


def test_confidence_is_shown_and_a_low_one_marked_on_the_field(tab):
    widget, _ = tab
    assert "低" in widget.rows["title"].badge.text()
    assert widget.rows["title"].editor.edit.property("state") == "low"
    assert "高" in widget.rows["doc_number"].badge.text()
    assert "中" in widget.rows["date"].badge.text()
    assert "待填" in widget.rows["recipients"].badge.text()
    assert "40%" in widget.rows["title"].badge.toolTip()


def test_the_doc_number_is_validated_as_typed(tab, qtbot):
    widget, sid = tab
    row = widget.rows["doc_number"]
    row.editor.edit.setText("长府办发")
    row.editor.edit.textEdited.emit("长府办发")
    assert row.message.isVisible() and "不像发文字号" in row.message.text()
    assert row.editor.edit.property("state") == "invalid"
    row.editor.edit.editingFinished.emit()  # leaving the field: an invalid value is not saved
    assert "doc_number" not in submissions.get(widget.ctx.library, sid).confirmed
    row.editor.edit.setText("长府办发[2024]第018号")
    row.editor.edit.textEdited.emit(row.editor.edit.text())
    assert row.editor.edit.property("state") == ""
    assert "不合 GB/T 9704" in row.message.text() and "长府办发〔2024〕18号" in row.message.text()
    qtbot.waitUntil(lambda: "doc_number" in submissions.get(widget.ctx.library, sid).confirmed, timeout=3000)
    assert "已确认" in row.badge.text()


def test_typing_is_saved_after_a_pause_without_leaving_the_field(tab, qtbot):
    widget, sid = tab
    edit = widget.rows["recipients"].editor.edit
    edit.setText("各街道办事处")
    edit.textEdited.emit(edit.text())
    with qtbot.waitSignal(widget.edited, timeout=3000):
        pass
    assert submissions.get(widget.ctx.library, sid).fields.recipients == "各街道办事处"


def test_a_date_is_typed_in_chinese_or_picked_from_the_calendar(tab):
    widget, sid = tab
    editor = widget.rows["expiry_date"].editor
    editor.edit.setText("2029年6月30日")
    editor.edit.editingFinished.emit()
    assert submissions.get(widget.ctx.library, sid).fields.expiry_date == dt.date(2029, 6, 30)
    editor.calendar.clicked.emit(QDate(2030, 1, 15))
    assert editor.text() == "2030-01-15"
    assert submissions.get(widget.ctx.library, sid).fields.expiry_date == dt.date(2030, 1, 15)


def test_choices_lists_and_the_subject_suggestion(tab):
    widget, sid = tab
    widget.rows["disclosure"].editor.box.setCurrentIndex(
        widget.rows["disclosure"].editor.box.findData("主动公开")
    )
    issuers = widget.rows["issuers"].editor.edit
    issuers.setText("长江区人民政府办公室；长江区财政局")
    issuers.editingFinished.emit()
    subject = widget.rows["subject"]
    assert "建议" in subject.message.text()
    suggested = subject.message.text().split('href="')[1].split('"')[0]
    subject.message.linkActivated.emit(suggested)
    fields = submissions.get(widget.ctx.library, sid).fields
    assert fields.disclosure == "主动公开"
    assert fields.issuers == ("长江区人民政府办公室", "长江区财政局")
    assert fields.subject == suggested


def test_confirm_all_records_every_unconfirmed_extracted_value(tab, qtbot):
    widget, sid = tab
    with qtbot.waitSignal(widget.edited, timeout=1000):
        keys = widget.confirm_all()
    assert sorted(keys) == ["date", "doc_number", "title"]
    confirmed = submissions.get(widget.ctx.library, sid).confirmed
    assert set(confirmed) == {"date", "doc_number", "title"}
    assert all("已确认" in widget.rows[k].badge.text() for k in keys)
    assert widget.rows["title"].editor.edit.property("state") == ""
    assert widget.confirm_all() == []


def test_an_unsaved_edit_is_written_when_another_item_is_opened(tab):
    widget, sid = tab
    edit = widget.rows["signer"].editor.edit
    edit.setText("李四")
    edit.textEdited.emit("李四")
    widget.set_submission(None)  # before the pause ends
    assert submissions.get(widget.ctx.library, sid).fields.signer == "李四"
    assert not widget.confirm_button.isEnabled()
