"""The submissions list: status and kind filters, and the library's search as the clerk types,
one- and two-character queries included."""

from __future__ import annotations

import dataclasses

import pytest

from gui.submission_list import SubmissionList
from gui.submissions_model import OBJECT_ROLE
from policy.metadata import Fields, PolicyMetadata
from policy.submission import Kind, SubmissionStatus
from storage import submissions

ITEMS = [
    (
        Kind.POLICY,
        "关于印发《长江区政务公开工作要点》的通知",
        "长府办发〔2024〕18号",
        "各街道要加强政务公开。",
    ),
    (Kind.POLICY, "关于加快老旧小区改造的实施意见", "长府发〔2023〕7号", "改造范围为2000年以前建成的小区。"),
    (Kind.NEWS, "区政府召开常务会议", None, "会议研究了老旧小区改造和养老服务。"),
    (Kind.FEE_LIST, "长江区行政事业性收费项目清单", "长财字〔2024〕3号", "收费项目、依据和执收部门。"),
]


@pytest.fixture
def listing(ctx, qtbot):
    ids = []
    for kind, title, number, body in ITEMS:
        fields = dataclasses.replace(Fields(), title=title, doc_number=number)
        ids.append(submissions.insert(ctx.library, kind, PolicyMetadata(fields=fields), body, "ok"))
    submissions.set_status(ctx.library, ids[1], SubmissionStatus.PENDING)
    widget = SubmissionList(ctx)
    qtbot.addWidget(widget)
    widget.refresh()
    return widget, ids


def _ids(widget) -> list[int]:
    return [widget.model.index(r, 0).data(OBJECT_ROLE).id for r in range(widget.model.rowCount())]


def test_everything_is_listed_with_a_count_in_the_chosen_order(listing):
    widget, ids = listing
    assert sorted(_ids(widget)) == sorted(ids)
    assert widget.count_label.text() == "共 4 条"
    widget.sort_box.setCurrentIndex(1)  # 按文号
    # none first; then by pinyin: 长财字, 长府办发, 长府发
    assert _ids(widget) == [ids[2], ids[3], ids[0], ids[1]]
    widget.sort_box.setCurrentIndex(3)  # 按状态
    assert _ids(widget)[-1] == ids[1]


def test_filters_by_status_and_kind(listing):
    widget, ids = listing
    widget.status_tabs.setCurrentIndex(2)  # 待审核
    assert _ids(widget) == [ids[1]]
    widget.status_tabs.setCurrentIndex(0)
    widget.kind_box.setCurrentIndex(widget.kind_box.findData(Kind.NEWS))
    assert _ids(widget) == [ids[2]]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("改", [1, 2]),
        ("改造", [1, 2]),
        ("政务公开", [0]),
        ("18号", [0]),
        ("收费 依据", [3]),
        ("没有的词", []),
    ],
)
def test_search_as_you_type_any_length(listing, qtbot, query, expected):
    widget, ids = listing
    widget.set_query(query)
    qtbot.waitUntil(lambda: widget.query == query and not widget._search_timer.isActive(), timeout=2000)
    assert sorted(_ids(widget)) == sorted(ids[i] for i in expected)
    assert widget.count_label.text() == f"找到 {len(expected)} 条"
    assert widget.empty_hint.isVisible() == (not expected) or not widget.isVisible()


def test_a_search_keeps_the_selection_and_clearing_it_lists_all_again(listing, qtbot):
    widget, ids = listing
    widget.select(ids[1])
    widget.set_query("改造")
    widget.refresh()
    assert widget.current_id() == ids[1]
    assert "改造" in (widget.model.snippet(ids[2]) or "")
    widget.set_query("")
    widget.refresh()
    assert len(_ids(widget)) == 4 and widget.current_id() == ids[1]


def test_selecting_a_row_announces_its_id(listing, qtbot):
    widget, ids = listing
    with qtbot.waitSignal(widget.selected, timeout=1000) as blocker:
        widget.select(ids[3])
    assert blocker.args == [ids[3]]
    widget.kind_box.setCurrentIndex(widget.kind_box.findData(Kind.NEWS))  # the selected one leaves the list
    assert widget.current_id() is None
