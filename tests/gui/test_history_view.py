"""The 历史 tab: versions, field changes, the audit log and the reviews of one submission; the model
is tested without a window, the view for filtering, sorting and copying."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from gui.history_view import (
    AUDIT,
    CONFIRM,
    OBJECT_ROLE,
    REVIEW,
    SORT_ROLE,
    VERSION,
    HistoryModel,
    HistoryRow,
    HistoryView,
    load_history,
)
from storage import records
from tests.bundles.flow import CLERK, HEAD, PASSPHRASE, notice
from workflow import editing, keys, review, submitting


def test_the_model_gives_text_native_sort_values_and_the_row():
    at = dt.datetime(2024, 6, 4, 10, 12, tzinfo=dt.UTC)
    row = HistoryRow(at, REVIEW, "李科长", "初审 通过 · 已签名", "全文")
    model = HistoryModel()
    model.set_rows([row])
    assert model.rowCount() == 1 and model.columnCount() == 4
    assert model.headerData(0, Qt.Orientation.Horizontal) == "时间"
    assert model.index(0, 1).data() == "审核" and model.index(0, 3).data() == "初审 通过 · 已签名"
    assert model.index(0, 0).data(SORT_ROLE) == 0  # the rows come in the order things happened
    assert model.index(0, 1).data(SORT_ROLE) == 3  # the kinds in their order: version, confirm, audit, review
    assert model.index(0, 2).data(OBJECT_ROLE) is row
    assert model.index(0, 3).data(Qt.ItemDataRole.ToolTipRole) == "全文"


@pytest.fixture
def reviewed(library, tmp_path):
    """A notice with two more saved 解读 versions, a corrected field, submitted and returned (signed)."""
    sid = notice(library, tmp_path / "work")
    content = records.interpretation(library, sid)
    editing.save_interpretation(library, sid, content, "第一稿：背景依据……", CLERK)
    editing.save_interpretation(library, sid, content, "第二稿：背景依据和主要内容……", CLERK)
    editing.confirm_field(library, sid, "subject", "综合政务", CLERK)
    submitting.submit(library, sid, CLERK)
    keys.init_key(library, HEAD, "科室负责人", PASSPHRASE, store="file")
    review.review(library, sid, "退回", HEAD, PASSPHRASE, comment="请写明执行标准")
    return sid


def test_every_version_change_log_entry_and_review_is_listed(library, reviewed):
    rows = load_history(library, reviewed)
    kinds = {r.kind for r in rows}
    assert kinds == {VERSION, CONFIRM, AUDIT, REVIEW}
    versions = [r for r in rows if r.kind == VERSION]
    # the 解读 as first stored (notice()), then the two autosaved versions
    assert [v.what.split("（")[0] for v in versions] == [
        "政策解读第 1 版",
        "政策解读第 2 版",
        "政策解读第 3 版",
    ]
    assert [v.detail for v in versions[1:]] == ["第一稿：背景依据……", "第二稿：背景依据和主要内容……"]
    changes = [r.what for r in rows if r.kind == CONFIRM]
    assert "有效性：（空） → 有效" in changes and any(c.startswith("主题分类：") for c in changes)
    (decision,) = [r for r in rows if r.kind == REVIEW]
    assert (
        decision.who == HEAD and "初审 退回 · 已签名" in decision.what and "请写明执行标准" in decision.what
    )
    assert "审核的发布包内容（SHA-256）：" in decision.detail
    statuses = [r.what for r in rows if r.kind == AUDIT and r.what.startswith("状态变更")]
    assert "状态变更：草稿 → 待审核" in statuses and any("待审核 → 已退回" in s for s in statuses)
    assert [r.at for r in rows] == sorted(r.at for r in rows)


def test_the_view_filters_sorts_shows_in_full_and_copies(ctx, reviewed, qtbot):
    view = HistoryView(ctx)
    qtbot.addWidget(view)
    view.set_submission(reviewed)
    total = view.model.rowCount()
    assert view.count.text() == f"共 {total} 条"

    view.kind_box.setCurrentIndex(view.kind_box.findData(VERSION))
    assert [r.kind for r in view.visible_rows()] == [VERSION] * 3
    assert view.count.text() == f"3 / {total} 条"
    view.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert view.visible_rows()[0].what.startswith("政策解读第 3 版")
    view.table.selectRow(0)
    assert view.detail.toPlainText().endswith("\n\n第二稿：背景依据和主要内容……")
    assert "解读版本" in view.detail.toPlainText().splitlines()[0]
    view.copy_selected()
    assert QGuiApplication.clipboard().text().split("\t")[1:3] == ["解读版本", ""]

    view.kind_box.setCurrentIndex(0)
    view.copy_all()
    assert len(QGuiApplication.clipboard().text().splitlines()) == total
    assert view.detail.isReadOnly()

    view.set_submission(None)
    assert view.model.rowCount() == 0 and view.count.text() == ""
