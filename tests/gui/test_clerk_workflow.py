"""The clerk's whole path through the main window, asserting on what the widgets show: import a
dev-corpus file, check the form against the original, correct and confirm fields, clear the findings,
submit for review. Background tasks run inline (tests/gui/conftest.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from gui.checks_tab import FINDING_ROLE
from gui.main_window import MainWindow
from policy.findings import Finding, Location, Severity
from policy.interpretation import FormKind
from policy.submission import SubmissionStatus
from storage import submissions
from workflow.interpret import store_interpretation

WRITTEN_解读 = """# 关于对真抓实干成效明显地方加大激励支持力度的政策解读

## 背景依据
国务院在2016年推出了一批督查激励措施，各地反映效果不错。这次根据新的形势，把措施从24项增加到30项。

## 目标任务
让干得好的地方得到更多支持，带动各地主动作为、比学赶超。

## 主要内容
通知列出了30项激励，涉及营商环境、投资、财政、交通、水利、金融、土地、农业等方面，每一项都写明了由哪个部门负责落实。

## 关键词
- 督查激励：国务院对工作成效明显的地方给予的奖励和政策支持。

## 涉及范围
各省、自治区、直辖市和国务院各部门，以及被评为成效明显的市县。

## 执行标准
由各负责部门制定具体办法，每年根据督查结果确定受激励的地方名单。

## 惠民利企举措
得到激励的地方可以优先获得试点、资金和用地指标，企业也能享受更便利的融资和审批。

## 新旧政策差异
与2016年的做法相比，激励措施由24项调整增加为30项，支持力度更大。
"""


@pytest.fixture
def window(ctx, qtbot):
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    return w


def _imported(window, path) -> int:
    assert window.import_paths([path])
    sid = window.submission_id
    assert sid is not None
    return sid


def test_import_confirm_correct_clear_and_submit(window, corpus, tmp_path, qtbot):
    sid = _imported(window, corpus / "d002.docx")
    # the list shows the new item, selected; the form shows the extracted values with their confidence
    assert window.list.model.rowCount() == 1
    assert window.list.current_id() == sid
    fields = window.fields
    assert fields.rows["doc_number"].editor.text() == "国办发〔2018〕117号"
    assert "高" in fields.rows["doc_number"].badge.text()
    assert "待填" in fields.rows["signer"].badge.text()
    assert fields.rows["date"].editor.text() == "2018-12-06"

    # focusing a field shows where its value came from, highlighted in the 原文 pane
    fields.focus_field("doc_number")
    selections = fields.source.text.extraSelections()
    assert selections and selections[-1].cursor.selectedText() == "国办发〔2018〕117号"

    # the check found what blocks the submission; 提交审核 is disabled
    assert not window.submit_action.isEnabled()
    assert not window.checks.submit_button.isEnabled()
    assert "阻断" in window.checks_label.text()
    blocking = [f.rule_id for f in window.checks.blocking]
    assert blocking, "a fresh import without a 解读 must have blocking findings"
    assert window.tabs.tabText(window.tabs.indexOf(window.checks)).startswith("检查 (")

    # correct the title (typed, then Enter) — saved as the clerk's confirmed value, no Save button
    title = fields.rows["title"].editor
    title.edit.setText("国务院办公厅关于对真抓实干成效明显地方进一步加大激励支持力度的通知（修订）")
    title.edit.editingFinished.emit()
    stored = submissions.get(window.ctx.library, sid)
    assert stored.confirmed["title"].new.endswith("（修订）")
    assert "已确认" in fields.rows["title"].badge.text()
    assert window.save_label.text().startswith("已自动保存")
    row = window.list.model.row_of(sid)
    assert window.list.model.summary(row).title.endswith("（修订）")

    # pick 有效性 from its list; confirm everything else after review
    validity = fields.rows["validity"].editor
    validity.box.setCurrentIndex(validity.box.findData("有效"))
    assert submissions.get(window.ctx.library, sid).fields.validity == "有效"
    confirmed = fields.confirm_all()
    assert "doc_number" in confirmed and "date" in confirmed
    assert all("已确认" in fields.rows[k].badge.text() for k in confirmed)

    # the 解读 with two forms (written in the 政策解读 tab in real use; stored here through workflow)
    written = tmp_path / "解读.md"
    written.write_text(WRITTEN_解读, "utf-8")
    chart = tmp_path / "图解.png"
    chart.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    qa = tmp_path / "问答.md"
    qa.write_text("问：哪些地方能得到激励？\n答：落实政策真抓实干、成效明显的地方。\n", "utf-8")
    store_interpretation(
        window.ctx.library, sid, "张三", written, [(FormKind.GRAPHIC, chart), (FormKind.QA, qa)]
    )

    window.checks.recheck()
    assert window.checks.blocking == [], [f.message_zh for f in window.checks.blocking]
    assert window.checks.submit_button.isEnabled() and window.submit_action.isEnabled()
    assert "0 阻断" in window.checks_label.text()
    assert window.tabs.tabText(window.tabs.indexOf(window.checks)) == "检查"

    window.submit_action.trigger()
    assert submissions.get(window.ctx.library, sid).status is SubmissionStatus.PENDING
    assert window.checks.summary.text().startswith("已提交审核")
    assert not window.submit_action.isEnabled()
    assert window.list.model.summary(window.list.model.row_of(sid)).status is SubmissionStatus.PENDING


def test_double_click_on_a_finding_jumps_to_its_field(window, corpus):
    _imported(window, corpus / "d002.docx")
    tree = window.checks.tree
    items = [tree.topLevelItem(i).child(j) for i in range(tree.topLevelItemCount())
             for j in range(tree.topLevelItem(i).childCount())]  # fmt: skip
    on_field = next(i for i in items if i.data(0, FINDING_ROLE).location.field == "validity")
    window.tabs.setCurrentWidget(window.checks)
    tree.itemDoubleClicked.emit(on_field, 0)
    assert window.tabs.currentWidget() is window.fields
    assert window.focusWidget() is window.fields.rows["validity"].editor.box


def test_a_finding_on_a_passage_or_a_解读_section_is_shown_where_it_is(window, corpus):
    _imported(window, corpus / "d002.docx")
    passage = Finding(
        "x", "R", Severity.WARN, "问题", "problem", "依据", Location(block=4, span=(0, 6)), "修改"
    )
    window.jump_to(passage)
    assert window.tabs.currentWidget() is window.fields
    assert window.fields.source.text.extraSelections()[-1].cursor.selectedText() == "各省、自治区"
    section = Finding(
        "y", "R", Severity.BLOCK, "问题", "p", "依据", Location(field="interpretation.目标任务"), "修改"
    )
    window.jump_to(section)
    assert window.tabs.currentWidget() is window.interpretation


def test_a_tab_asking_for_a_passage_gets_the_原文_pane(window, corpus):
    _imported(window, corpus / "d002.docx")
    window.tabs.setCurrentWidget(window.checks)
    window.interpretation.source_requested.emit(4, 0, -1)
    assert window.tabs.currentWidget() is window.fields
    assert window.fields.source.text.extraSelections()[-1].cursor.selectedText().startswith("各省、自治区")


def test_a_scan_is_imported_with_its_page_image_beside_an_empty_form(window, corpus):
    sid = _imported(window, corpus / "d061.pdf")
    fields = window.fields
    assert fields.notice.isVisible() and "扫描件" in fields.notice.text()
    assert all(fields.rows[k].editor.text() in ("", "否") for k in fields.rows)
    assert "待填" in fields.rows["title"].badge.text()
    source = fields.source
    assert source.page_button.isChecked() and not source.text_button.isEnabled()
    assert source.stack.currentWidget() is source.scroll
    assert not source.image.pixmap().isNull() and source.page_count == 3
    source.next_button.click()
    assert source.page == 2 and source.page_label.text() == "第 2 / 3 页"
    # the clerk fills the form by hand
    fields.rows["title"].editor.edit.setText("某某单位关于开展专项检查的通知")
    fields.rows["title"].editor.edit.editingFinished.emit()
    assert submissions.get(window.ctx.library, sid).fields.title == "某某单位关于开展专项检查的通知"
    # the import result lists the scan with its note
    dialog = window.importer.dialog
    assert dialog is not None and dialog.tree.topLevelItemCount() == 1
    assert "扫描件" in dialog.tree.topLevelItem(0).text(1)


def test_a_pdf_field_shows_its_area_marked_on_the_page(window, corpus):
    _imported(window, corpus / "d003.pdf")
    source = window.fields.source
    window.fields.focus_field("title")
    assert source.page_button.isChecked() and source.page == 1
    assert source.stack.currentWidget() is source.scroll
    assert source._target_rect() is not None  # the title's block, framed on the page image
    source.text_button.setChecked(True)
    assert source.stack.currentWidget() is source.text
    assert source.text.extraSelections()


def test_bad_files_are_listed_with_their_messages_and_the_rest_imported(window, corpus, tmp_path):
    bad = tmp_path / "坏文件.docx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    folder = tmp_path / "批量"
    folder.mkdir()
    (folder / "a.docx").write_bytes((corpus / "d002.docx").read_bytes())
    (folder / "notes.xyz").write_text("ignored: not a document")
    assert window.import_paths([bad, folder])
    assert window.list.model.rowCount() == 1
    dialog = window.importer.dialog
    assert dialog.tree.topLevelItemCount() == 1
    assert dialog.tree.topLevelItem(0).text(0) == "坏文件.docx"
    assert dialog.tree.topLevelItem(0).text(1)
    assert "已导入 1 个文件，1 个未能导入" in window.statusBar().currentMessage()


def test_a_drop_of_files_imports_them(window, corpus, qtbot):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(corpus / "d002.docx"))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                       Qt.KeyboardModifier.NoModifier)  # fmt: skip
    window.dropEvent(event)
    assert window.list.model.rowCount() == 1
    assert window.fields.rows["doc_number"].editor.text() == "国办发〔2018〕117号"
