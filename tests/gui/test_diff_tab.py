"""The 新旧对照 tab: two versions of a 办法 made with python-docx, the new one in the library; the
对照表 names and colours each change, and 插入 puts the summary into the 解读's 新旧政策差异."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from gui.diff_tab import DiffTab
from gui.interp_difftable import COLOURS, COLUMNS, OBJECT_ROLE, SORT_ROLE, DiffTableModel, pieces_html
from gui.interpretation_tab import InterpretationTab
from policy.interpretation import Change, DiffRow, Element
from policy.submission import LinkKind
from storage import records
from tests.workflow.test_interpret import CLAUSES, write_measure
from workflow.importing import import_files
from workflow.interpret import stored_interpretation

ADDED = "对首次获评高新技术企业的给予奖励10万元。"
MODIFIED = "对新认定的专精特新企业给予一次性奖励30万元。"


@pytest.fixture
def versions(tmp_path):
    old = write_measure(tmp_path / "旧办法.docx", CLAUSES)
    new_clauses = [*CLAUSES[:3], ADDED, MODIFIED, *CLAUSES[4:]]
    del new_clauses[2]  # 扶持资金由区财政预算安排 is gone
    return old, write_measure(tmp_path / "新办法.docx", new_clauses)


@pytest.fixture
def sid(library, versions) -> int:
    (outcome,) = import_files(library, [versions[1]], "张三")
    return outcome.submission_id


@pytest.fixture
def tab(ctx, qtbot, sid, versions) -> DiffTab:
    widget = DiffTab(ctx)
    qtbot.addWidget(widget)
    widget.set_submission(sid)
    widget.load_old(versions[0])  # the inline runner: compared when this returns
    return widget


def shown(tab: DiffTab) -> list[dict]:
    model = tab.proxy
    return [
        {key: model.index(r, c).data(Qt.ItemDataRole.DisplayRole) for c, key in enumerate(COLUMNS)}
        | {
            "colour": model.index(r, 0).data(Qt.ItemDataRole.BackgroundRole),
            "row": model.index(r, 0).data(OBJECT_ROLE),
        }
        for r in range(model.rowCount())
    ]


def test_the_table_names_and_colours_each_change(tab):
    rows = shown(tab)
    by_change = {r["row"].change: r for r in rows if r["row"].change is not Change.UNCHANGED}
    assert set(by_change) == {Change.ADDED, Change.DELETED, Change.MODIFIED}
    added, deleted, modified = by_change[Change.ADDED], by_change[Change.DELETED], by_change[Change.MODIFIED]
    assert added["change"] == "新增" and ADDED in added["new_text"] and not added["old_text"]
    assert (
        deleted["change"].startswith("删除") and "财政预算" in deleted["old_text"] and not deleted["new_text"]
    )
    assert modified["change"].startswith("修改") and "30万元" in modified["new_text"]
    assert "20万元" in modified["old_text"]
    assert added["colour"] == COLOURS[Change.ADDED] and deleted["colour"] == COLOURS[Change.DELETED]
    assert modified["colour"] == COLOURS[Change.MODIFIED]
    assert all(r["colour"] is None for r in rows if r["row"].change is Change.UNCHANGED)
    for word in ("新增", "删除", "修改"):  # the colours are explained in words
        assert word in tab.legend.text()
    assert "新增 1" in tab.status.text() and "删除 1" in tab.status.text()


def test_changed_only_hides_the_unchanged_rows_and_the_detail_shows_the_character_diff(tab):
    total = tab.proxy.rowCount()
    tab.changed_only.setChecked(True)
    assert tab.proxy.rowCount() == 3 < total
    modified = next(r for r in range(3) if tab.proxy.index(r, 0).data(OBJECT_ROLE).change is Change.MODIFIED)
    tab.table.setCurrentIndex(tab.proxy.index(modified, 0))
    detail = tab.detail.toHtml()
    assert "line-through" in detail and "30" in tab.detail.toPlainText()


def test_insert_puts_the_summary_into_the_changes_section(tab, ctx, qtbot, library, sid):
    interp_tab = InterpretationTab(ctx)
    qtbot.addWidget(interp_tab)
    interp_tab.set_submission(sid)
    interp_tab.editors[Element.BACKGROUND].setPlainText("为了更好地扶持中小企业。")
    interp_tab.flush()
    summary = tab.summary.toPlainText()
    assert summary.startswith("与原政策相比") and "新增" in summary and "删除" in summary
    with qtbot.waitSignal(tab.edited, timeout=2000):
        qtbot.mouseClick(tab.insert_button, Qt.MouseButton.LeftButton)
    stored = stored_interpretation(library, sid)
    assert stored.section(Element.CHANGES).text == summary
    assert stored.section(Element.BACKGROUND).text == "为了更好地扶持中小企业。"  # the other parts kept
    interp_tab.reload()  # what the window does on ``edited`` (and the tab does when shown again)
    assert interp_tab.editors[Element.CHANGES].toPlainText() == summary
    assert interp_tab.editors[Element.BACKGROUND].toPlainText() == "为了更好地扶持中小企业。"
    tab.insert_summary()  # twice: not written twice
    assert stored_interpretation(library, sid).section(Element.CHANGES).text == summary


def test_insert_before_any_interpretation_starts_from_the_skeleton(tab, library, sid):
    tab.insert_summary()
    stored = stored_interpretation(library, sid)
    assert stored.title.endswith("的政策解读") and "中小企业" in stored.title
    assert stored.section(Element.CHANGES).text.startswith("与原政策相比")


def test_double_click_shows_the_new_clause_in_the_source_pane(tab, qtbot):
    row = next(
        r
        for r in range(tab.proxy.rowCount())
        if tab.proxy.index(r, 0).data(OBJECT_ROLE).change is Change.ADDED
    )
    with qtbot.waitSignal(tab.source_requested) as blocker:
        tab.table.doubleClicked.emit(tab.proxy.index(row, 2))
    block, start, end = blocker.args
    assert block >= 1 and (start, end) == (-1, -1)


def test_the_linked_old_policy_is_compared_on_opening(ctx, qtbot, library, sid, versions):
    (old,) = import_files(library, [versions[0]], "张三")
    records.link(library, sid, old.submission_id, LinkKind.REPLACES)
    widget = DiffTab(ctx)
    qtbot.addWidget(widget)
    widget.set_submission(sid)
    assert {r["row"].change for r in shown(widget)} >= {Change.ADDED, Change.DELETED, Change.MODIFIED}


def test_unrelated_files_say_so_and_offer_nothing_to_insert(ctx, qtbot, sid, corpus):
    widget = DiffTab(ctx)
    qtbot.addWidget(widget)
    widget.set_submission(sid)
    widget.load_old(corpus / "d055.docx")
    assert widget.proxy.rowCount() == 0 and "不是同一文件" in widget.warnings.text()
    assert not widget.insert_button.isEnabled()


def test_the_model_headless():
    rows = [
        DiffRow(Change.UNCHANGED, "第一条", "第一条", "甲", "甲", 1.0),
        DiffRow(Change.MODIFIED, "第二条", "第二条", "奖励20万元", "奖励30万元", 0.8,
                (("=", "奖励"), ("-", "2"), ("+", "3"), ("=", "0万元"))),
        DiffRow(Change.ADDED, None, "第三条", None, "新增的条款", 0.0),
    ]  # fmt: skip
    model = DiffTableModel()
    model.set_rows(rows)
    assert model.rowCount() == 3 and model.columnCount() == len(COLUMNS)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "变化"
    modified = model.index(1, COLUMNS.index("similarity"))
    assert modified.data() == "80%" and modified.data(SORT_ROLE) == 0.8
    assert model.index(2, 0).data() == "新增" and model.index(2, 0).data(SORT_ROLE) == 0
    assert model.index(2, 0).data(OBJECT_ROLE) is rows[2]
    assert model.index(2, COLUMNS.index("old_text")).data() == ""
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) == COLOURS[Change.MODIFIED]
    html = pieces_html(rows[1])
    assert "line-through" in html and ">2<" in html and ">3<" in html
