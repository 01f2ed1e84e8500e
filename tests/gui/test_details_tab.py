"""The 详情 tab: a 意见征集's period and 征求结果, a 收费清单's rows (typed or from a CSV), a 重大行政决策's
公众参与 — typed in the form, autosaved into the library, refused with the core's message while what
was typed stays, read-only once published, and reached from a finding of the 检查 tab."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QFocusEvent, QWheelEvent
from PySide6.QtWidgets import QComboBox, QFileDialog

from gui.details_tab import DetailsTab
from gui.main_window import MainWindow
from policy.details import ConsultationDetails, FeeRow, Participation
from policy.findings import Finding, Location, Severity
from policy.metadata import Fields, PolicyMetadata
from policy.submission import Kind, SubmissionStatus
from storage import submissions
from tests.gui import test_english
from workflow.check import check_submission
from workflow.details import current, set_details

built, english = test_english.built, test_english.english  # fixtures: the English translation, in use


def insert(library, kind: Kind, title: str, **more) -> int:
    fields = dataclasses.replace(Fields(), title=title, **more)
    return submissions.insert(library, kind, PolicyMetadata(fields=fields), f"{title}。正文……", "ok")


@pytest.fixture
def tab(ctx, qtbot) -> DetailsTab:
    widget = DetailsTab(ctx)
    qtbot.addWidget(widget)
    widget.resize(1000, 760)
    widget.show()
    return widget


@pytest.fixture
def window(ctx, qtbot) -> MainWindow:
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    return w


def type_line(editor, text: str) -> None:
    """Type into a line (or date) field and leave it, as a clerk does."""
    editor.edit.setText(text)
    editor.edit.textEdited.emit(text)
    editor.edit.editingFinished.emit()


def select(window: MainWindow, sid: int) -> None:
    window.list.refresh()
    assert window.list.select(sid)
    assert window.submission_id == sid


def finding(rule_id: str, field: str, row: int | None = None) -> Finding:
    return Finding(
        "x", rule_id, Severity.BLOCK, "消息", "message", "依据", Location(field=field, row=row), "改"
    )


def test_what_is_typed_in_a_consultation_is_stored_and_shown_again(ctx, tab, qtbot):
    sid = insert(ctx.library, Kind.CONSULTATION, "关于征求《长江区停车管理办法（征求意见稿）》意见的公告")
    other = insert(ctx.library, Kind.CONSULTATION, "另一个征集")
    tab.set_submission(sid)
    form = tab.consultation
    assert tab.stack.currentWidget() is tab.scrolls[form] and "意见征集" in tab.heading.text()
    type_line(form.editors["draft_title"], "长江区停车管理办法（征求意见稿）")
    type_line(form.editors["start_date"], "2024年6月1日")  # written the Chinese way: read by the core
    form.editors["end_date"].calendar.clicked.emit(dt.date(2024, 7, 5))  # picked from the calendar
    form.editors["has_explanation"].check.setChecked(True)
    type_line(form.editors["channel"], "电子邮箱 tingche@cjq.gov.cn")
    with qtbot.waitSignal(tab.edited, timeout=3000):  # typed and left alone: saved after a pause
        form.editors["result_text"].edit.setPlainText("共收到意见12条，采纳5条。")
    form.editors["opinion_count"].spin.setValue(12)
    form.editors["opinion_count"].spin.editingFinished.emit()
    type_line(form.editors["result_date"], "2024-07-20")
    assert current(ctx.library, sid) == ConsultationDetails(
        draft_title="长江区停车管理办法（征求意见稿）", start_date=dt.date(2024, 6, 1),
        end_date=dt.date(2024, 7, 5), has_explanation=True, channel="电子邮箱 tingche@cjq.gov.cn",
        result_text="共收到意见12条，采纳5条。", result_date=dt.date(2024, 7, 20), opinion_count=12,
    )  # fmt: skip
    assert not tab.message.isVisible()

    tab.set_submission(other)  # another item shows its own (empty) details
    assert form.editors["draft_title"].text() == "" and form.editors["opinion_count"].spin.text() == "未填"
    tab.set_submission(sid)
    assert (
        form.editors["start_date"].text() == "2024-06-01" and form.editors["end_date"].text() == "2024-07-05"
    )
    assert form.editors["has_explanation"].check.isChecked()
    assert form.editors["result_text"].text() == "共收到意见12条，采纳5条。"
    assert form.editors["opinion_count"].text() == "12"

    form.editors["opinion_count"].spin.setValue(-1)  # back to 未填: stored as nothing
    tab.flush()
    assert current(ctx.library, sid).opinion_count is None


def test_an_end_before_the_start_is_refused_and_what_was_typed_stays(ctx, tab, qtbot):
    sid = insert(ctx.library, Kind.CONSULTATION, "征集")
    other = insert(ctx.library, Kind.FEE_LIST, "收费清单")
    tab.set_submission(sid)
    form = tab.consultation
    type_line(form.editors["start_date"], "2024-06-01")
    type_line(form.editors["channel"], "电话 0123-4567890")
    with qtbot.assertNotEmitted(tab.edited):
        type_line(form.editors["end_date"], "2024-05-01")
    assert tab.message.isVisible()
    assert "未保存" in tab.message.text() and "早于开始日期" in tab.message.text()
    assert form.editors["end_date"].edit.property("state") == "invalid"
    stored = current(ctx.library, sid)
    assert stored.start_date == dt.date(2024, 6, 1) and stored.end_date is None
    assert form.editors["end_date"].text() == "2024-05-01"

    type_line(form.editors["channel"], "电话 0123-4567890，邮箱 a@b.cn")  # refused too: nothing half-saved
    assert current(ctx.library, sid).channel == "电话 0123-4567890"
    tab.set_submission(other)  # away and back: what was typed is still there, and why it is not saved
    assert not tab.message.isVisible()
    tab.set_submission(sid)
    assert form.editors["end_date"].text() == "2024-05-01"
    assert form.editors["channel"].text() == "电话 0123-4567890，邮箱 a@b.cn"
    assert "早于开始日期" in tab.message.text()

    with qtbot.waitSignal(tab.edited, timeout=1000):
        type_line(form.editors["end_date"], "2024-07-05")
    assert not tab.message.isVisible() and form.editors["end_date"].edit.property("state") == ""
    stored = current(ctx.library, sid)
    assert stored.end_date == dt.date(2024, 7, 5) and stored.channel == "电话 0123-4567890，邮箱 a@b.cn"


def test_a_date_the_core_cannot_read_is_marked_and_not_saved(ctx, tab):
    sid = insert(ctx.library, Kind.CONSULTATION, "征集")
    tab.set_submission(sid)
    editor = tab.consultation.editors["result_date"]
    type_line(editor, "七月中旬")
    assert "不是完整日期" in tab.message.text() and editor.edit.property("state") == "invalid"
    assert current(ctx.library, sid).result_date is None and editor.text() == "七月中旬"


def fee_table_texts(table) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_fee_rows_are_added_edited_and_deleted(ctx, tab, qtbot):
    sid = insert(ctx.library, Kind.FEE_LIST, "长江区行政事业性收费项目清单")
    tab.set_submission(sid)
    rows = tab.fees.rows
    assert [rows.table.horizontalHeaderItem(c).text() for c in range(5)] == [
        "项目名称", "依据", "执收部门", "资金管理方式", "标准",
    ]  # fmt: skip
    rows.add_button.click()
    assert rows.table.rowCount() == 1 and current(ctx.library, sid).rows == ()  # a blank row is not stored
    with qtbot.waitSignal(tab.edited, timeout=1000):
        rows.table.item(0, 0).setText("不动产登记费")  # a cell edited and committed: saved at once
    for column, text in enumerate(["《关于不动产登记收费标准等有关问题的通知》（发改价格规〔2016〕2559号）",
                                   "区自然资源局", "缴入国库", "住宅类每件80元"], start=1):  # fmt: skip
        rows.table.item(0, column).setText(text)
    rows.add_button.click()
    rows.table.item(1, 0).setText("污水处理费")
    rows.table.item(1, 2).setText("区水务局")
    assert current(ctx.library, sid).rows == (
        FeeRow("不动产登记费", "《关于不动产登记收费标准等有关问题的通知》（发改价格规〔2016〕2559号）",
               "区自然资源局", "缴入国库", "住宅类每件80元"),
        FeeRow("污水处理费", department="区水务局"),
    )  # fmt: skip
    rows.table.item(1, 0).setText("污水处理费（居民）")
    assert current(ctx.library, sid).rows[1].name == "污水处理费（居民）"

    rows.table.selectRow(0)
    with qtbot.waitSignal(tab.edited, timeout=1000):
        rows.delete_button.click()
    assert rows.table.rowCount() == 1
    assert [r.name for r in current(ctx.library, sid).rows] == ["污水处理费（居民）"]


CSV_HEADER = "收费项目,收费依据,执收单位,资金管理方式,收费标准"  # the names a spreadsheet also uses
CSV_ROWS = [
    "不动产登记费,发改价格规〔2016〕2559号,区自然资源局,缴入国库,每件80元",
    '"机动车停放服务收费","长发改〔2023〕5号, 附件1",区城管局,缴入国库,每小时2元',
]


@pytest.mark.parametrize(
    ("encoding", "header"),
    [
        ("utf-8-sig", CSV_HEADER),
        ("gbk", CSV_HEADER),
        ("utf-8", "name,basis,department,fund_management,standard"),
    ],
)
def test_a_csv_file_replaces_the_fee_rows(ctx, tab, tmp_path, monkeypatch, encoding, header):
    sid = insert(ctx.library, Kind.FEE_LIST, "收费清单")
    set_details(
        ctx.library, sid, {"rows": [{"name": "旧项目", "basis": "旧依据", "department": "旧部门"}]}, "张三"
    )
    tab.set_submission(sid)
    path = tmp_path / "收费清单.csv"
    path.write_bytes("\r\n".join([header, *CSV_ROWS, ""]).encode(encoding))  # as Excel writes it
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), "CSV"))
    tab.fees.import_button.click()
    assert not tab.message.isVisible()
    assert current(ctx.library, sid).rows == (
        FeeRow("不动产登记费", "发改价格规〔2016〕2559号", "区自然资源局", "缴入国库", "每件80元"),
        FeeRow("机动车停放服务收费", "长发改〔2023〕5号, 附件1", "区城管局", "缴入国库", "每小时2元"),
    )
    assert fee_table_texts(tab.fees.rows.table)[1][:3] == [
        "机动车停放服务收费",
        "长发改〔2023〕5号, 附件1",
        "区城管局",
    ]


def test_a_csv_file_the_core_refuses_changes_nothing(ctx, tab, tmp_path, monkeypatch):
    sid = insert(ctx.library, Kind.FEE_LIST, "收费清单")
    set_details(
        ctx.library, sid, {"rows": [{"name": "旧项目", "basis": "旧依据", "department": "旧部门"}]}, "张三"
    )
    tab.set_submission(sid)
    path = tmp_path / "bad.csv"
    path.write_text("项目名称,备注\n污水处理费,无\n", "utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), "CSV"))
    tab.fees.import_button.click()
    assert tab.message.isVisible() and "不认识的列“备注”" in tab.message.text()
    assert [r.name for r in current(ctx.library, sid).rows] == ["旧项目"]
    assert fee_table_texts(tab.fees.rows.table)[0][0] == "旧项目"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))  # cancelled
    assert not tab.import_csv()


def test_a_major_decisions_participation_is_recorded(ctx, tab, qtbot):
    sid = insert(ctx.library, Kind.MAJOR_DECISION, "长江区老旧小区改造三年行动方案")
    tab.set_submission(sid)
    form = tab.policy
    implied = form.editors["major_decision"].check
    assert implied.isChecked() and not implied.isEnabled()  # the kind says so
    assert [f.rule_id for f in check_submission(ctx.library, sid)].count("JC-01-participation") == 1
    table = form.participation
    r = table.add_row()
    method = table.choice_box(r, 0)
    assert isinstance(method, QComboBox) and method.itemText(0) == "（请选择）"
    method.setCurrentIndex(method.findData("座谈"))
    table.table.item(r, 1).setText("2024年5月10日")
    table.table.item(r, 3).setText("沿线居民代表12人、商户代表5人")
    table.table.item(r, 4).setText("17")
    with qtbot.waitSignal(tab.edited, timeout=1000):
        table.table.item(r, 5).setText("听取对改造时序和停车安排的意见")
    stored = current(ctx.library, sid)
    assert stored.participation == (
        Participation("座谈", dt.date(2024, 5, 10), None, "沿线居民代表12人、商户代表5人", 17,
                      "听取对改造时序和停车安排的意见"),
    )  # fmt: skip
    assert stored.major_decision is False  # implied by the kind, not written into the details
    assert "JC-01-participation" not in [f.rule_id for f in check_submission(ctx.library, sid)]

    table.table.item(r, 4).setText("十几人")  # not a number: refused, the row stays as typed
    assert "参与人数" in tab.message.text() and current(ctx.library, sid).participation[0].participants == 17
    assert table.table.item(r, 4).text() == "十几人"


def test_a_policy_can_be_marked_major_and_its_interpretation_date_given(ctx, tab):
    sid = insert(ctx.library, Kind.POLICY, "关于促进消费的若干措施")
    tab.set_submission(sid)
    form = tab.policy
    assert form.editors["major_decision"].check.isEnabled()
    form.editors["major"].check.setChecked(True)
    form.editors["major_decision"].check.setChecked(True)
    type_line(form.editors["interpretation_publish_date"], "2024-06-05")
    stored = current(ctx.library, sid)
    assert stored.major and stored.major_decision
    assert stored.interpretation_publish_date == dt.date(2024, 6, 5)


def test_a_published_item_is_read_only(ctx, tab):
    sid = insert(ctx.library, Kind.FEE_LIST, "收费清单")
    set_details(
        ctx.library, sid, {"rows": [{"name": "不动产登记费", "basis": "依据", "department": "部门"}]}, "张三"
    )
    submissions.set_status(ctx.library, sid, SubmissionStatus.UPLOADED)
    tab.set_submission(sid)
    rows = tab.fees.rows
    assert tab.notice.isVisible() and "已发布" in tab.notice.text()
    assert not rows.add_button.isEnabled() and not rows.delete_button.isEnabled()
    assert not tab.fees.import_button.isEnabled()
    assert rows.table.editTriggers() == rows.table.EditTrigger.NoEditTriggers
    rows.table.item(0, 0).setText("改过的名称")  # even if a cell changed somehow, nothing is saved
    assert current(ctx.library, sid).rows[0].name == "不动产登记费" and not tab.message.isVisible()

    cid = insert(ctx.library, Kind.CONSULTATION, "已发布的征集")
    submissions.set_status(ctx.library, cid, SubmissionStatus.UPLOADED)
    tab.set_submission(cid)
    editors = tab.consultation.editors
    assert not editors["start_date"].edit.isEnabled() and not editors["start_date"].pick.isEnabled()
    assert editors["result_text"].edit.isReadOnly() and not editors["opinion_count"].spin.isEnabled()


def test_details_the_core_cannot_read_are_shown_and_never_overwritten(ctx, tab):
    from workflow.changes import request_change  # a change request's details are {"change": …}

    sid = insert(ctx.library, Kind.POLICY, "已发布的通知", index_number="000000000/2024-00001")
    submissions.set_status(ctx.library, sid, SubmissionStatus.UPLOADED)
    change = request_change(ctx.library, sid, "废止", "张三", reason="已被新文件替代")
    before = submissions.get(ctx.library, change).details
    tab.set_submission(change)
    assert tab.notice.isVisible() and "无法在此编辑" in tab.notice.text()
    assert not tab.policy.editors["major"].check.isEnabled()
    tab.policy.editors["major"].check.setChecked(True)
    tab.flush()
    assert submissions.get(ctx.library, change).details == before


def test_filling_in_the_result_clears_the_finding(ctx, window, qtbot):
    sid = insert(ctx.library, Kind.CONSULTATION, "关于征求意见的公告")
    set_details(ctx.library, sid, {"start_date": "2024-06-01", "end_date": "2024-07-05",
                                   "has_explanation": True, "channel": "电话 0123-4567890"}, "张三")  # fmt: skip
    select(window, sid)
    assert "ZJ-04-result" in [f.rule_id for f in window.checks.blocking]
    window.tabs.setCurrentWidget(window.details)
    form = window.details.consultation
    form.editors["result_text"].edit.setPlainText("征求意见期间未收到反馈意见。")
    form.editors["opinion_count"].spin.setValue(0)
    type_line(form.editors["result_date"], "2024-07-10")
    assert "ZJ-04-result" not in [f.rule_id for f in check_submission(ctx.library, sid)]
    assert window.save_label.text().startswith("已自动保存")
    qtbot.waitUntil(lambda: "ZJ-04-result" not in [f.rule_id for f in window.checks.findings], timeout=5000)
    left = {f.rule_id for f in window.checks.findings if f.rule_id.startswith("ZJ-")}
    assert left == {"ZJ-02-draft-text"}  # all the details ask for is there; the draft file is not


def test_a_finding_about_a_detail_opens_the_tab_at_the_field_or_row(ctx, window):
    sid = insert(ctx.library, Kind.CONSULTATION, "关于征求意见的公告")
    set_details(ctx.library, sid, {"start_date": "2024-06-01", "end_date": "2024-07-05"}, "张三")
    select(window, sid)
    found = {f.rule_id: f for f in window.checks.findings}
    for rule_id, key in (("ZJ-04-result", "result_text"), ("ZJ-03-explanation", "has_explanation"),
                         ("ZJ-07-channel", "channel")):  # fmt: skip
        window.tabs.setCurrentWidget(window.checks)
        window.checks.jump_requested.emit(found[rule_id])
        assert window.tabs.currentWidget() is window.details
        assert window.focusWidget() is window.details.consultation.editors[key].focus_widget(), rule_id

    fees = insert(ctx.library, Kind.FEE_LIST, "收费清单")
    set_details(ctx.library, fees, {"rows": [
        {"name": "甲", "basis": "依据甲", "department": "部门甲"},
        {"name": "乙", "basis": "长发改[2023]第05号"},  # no 执收部门, and a 文号 in the wrong form
    ]}, "张三")  # fmt: skip
    select(window, fees)
    window.details.fees.rows.add_row()  # a blank row above the stored ones does not shift the jump
    window.details.fees.rows.table.insertRow(0)
    found = {f.rule_id: f for f in window.checks.findings}
    assert found["SF-01-row-complete"].location == Location(field="department", row=1)
    window.checks.jump_requested.emit(found["SF-01-row-complete"])
    table = window.details.fees.rows.table
    assert window.tabs.currentWidget() is window.details
    assert (table.currentRow(), table.currentColumn()) == (2, 2) and window.focusWidget() is table
    window.checks.jump_requested.emit(found["SF-02-basis-docnumber"])
    assert (table.currentRow(), table.currentColumn()) == (2, 1)

    decision = insert(ctx.library, Kind.MAJOR_DECISION, "重大行政决策")
    set_details(ctx.library, decision, {"participation": [{"method": "听证", "date": "2024-05-10"}]}, "张三")
    select(window, decision)
    (jc,) = [f for f in window.checks.findings if f.rule_id == "JC-01-participation"]
    window.jump_to(jc)
    participation = window.details.policy.participation.table
    assert participation.currentRow() == 0
    assert window.focusWidget() is window.details.policy.participation.choice_box(0, 0)

    window.jump_to(finding("JS-04", "interpretation_publish_date"))  # a detail, not a 解读 section
    assert window.tabs.currentWidget() is window.details
    assert window.focusWidget() is window.details.policy.editors["interpretation_publish_date"].edit
    window.jump_to(finding("XX", "validity"))  # the 文件信息 fields still go to their tab
    assert window.tabs.currentWidget() is window.fields
    assert window.focusWidget() is window.fields.rows["validity"].editor.box


def test_the_tab_sits_after_the_document_tab(window):
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles[:3] == ["文件信息", "详情", "政策解读"]
    assert window.details in window.workspace_tabs


def test_in_english_the_form_and_the_cores_refusal_are_english(english, ctx, tab):
    chinese, visible_texts = test_english.chinese, test_english.visible_texts
    sid = insert(ctx.library, Kind.CONSULTATION, "Consultation")
    tab.set_submission(sid)
    type_line(tab.consultation.editors["start_date"], "2024-06-01")
    type_line(tab.consultation.editors["end_date"], "2024-05-01")
    assert tab.message.text().startswith("Not saved: the end date 2024-05-01 is before the start date")
    assert chinese(visible_texts(tab)) == []
    for kind, form in ((Kind.FEE_LIST, tab.fees), (Kind.MAJOR_DECISION, tab.policy)):
        tab.set_submission(insert(ctx.library, kind, "Item"))
        if form is tab.policy:
            form.participation.add_row()
        assert chinese(visible_texts(tab)) == [], kind


def test_delete_row_takes_the_row_whose_method_was_last_picked(ctx, tab):
    sid = insert(ctx.library, Kind.MAJOR_DECISION, "重大行政决策")
    data = [{"method": "座谈", "date": "2024-05-10"}, {"method": "问卷", "date": "2024-05-12"}]
    set_details(ctx.library, sid, {"participation": data}, "张三")
    tab.set_submission(sid)
    table = tab.policy.participation
    table.table.setCurrentCell(1, 1)
    QCoreApplication.sendEvent(table.choice_box(0, 0), QFocusEvent(QEvent.Type.FocusIn))
    assert table.table.currentRow() == 0
    table.delete_button.click()
    assert [p.method for p in current(ctx.library, sid).participation] == ["问卷"]


def test_the_checks_tab_names_a_detail_in_the_forms_words(qapp):
    from gui.checks_tab import place

    assert place(Location(field="department", row=1)) == "详情“执收部门”第 2 行"
    assert place(Location(field="interpretation_publish_date")) == "详情“解读发布日期”"
    assert place(Location(field="participation", row=0)) == "详情“公众参与”第 1 行"
    assert place(Location(field="date")) == "字段“成文日期”"  # the metadata field of that name


def test_scrolling_over_a_list_or_a_number_changes_nothing(ctx, tab):
    sid = insert(ctx.library, Kind.MAJOR_DECISION, "重大行政决策")
    set_details(ctx.library, sid, {"participation": [{"method": "座谈", "date": "2024-05-10"}]}, "张三")
    tab.set_submission(sid)

    def wheel(widget, delta: int) -> None:
        event = QWheelEvent(QPointF(5, 5), QPointF(5, 5), QPoint(0, 0), QPoint(0, delta), Qt.MouseButton.NoButton,
                            Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)  # fmt: skip
        QCoreApplication.sendEvent(widget, event)

    wheel(tab.policy.participation.choice_box(0, 0), -120)  # would pick the next method
    assert tab.policy.participation.choice_box(0, 0).currentData() == "座谈"
    tab.set_submission(insert(ctx.library, Kind.CONSULTATION, "征集"))
    wheel(tab.consultation.editors["opinion_count"].spin, 120)  # would step from 未填 to 0
    assert tab.consultation.editors["opinion_count"].text() == ""
    assert current(ctx.library, sid).participation[0].method == "座谈"
