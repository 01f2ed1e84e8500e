"""The submissions model without any window: ``data()`` for display, sorting and the row object."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt

from gui.submissions_model import COLUMN, OBJECT_ROLE, SORT_ROLE, SubmissionsModel, when
from policy.submission import Kind, SubmissionStatus, SubmissionSummary

NOW = dt.datetime.now().astimezone()
ROWS = [
    SubmissionSummary(1, Kind.POLICY, SubmissionStatus.DRAFT, "关于印发《工作要点》的通知", "昌府办字〔2024〕26号",
                      "昌江区人民政府办公室", 2024, NOW - dt.timedelta(days=3)),
    SubmissionSummary(2, Kind.NEWS, SubmissionStatus.PENDING, None, None, None, None, NOW),
    SubmissionSummary(3, Kind.FEE_LIST, SubmissionStatus.APPROVED, "收费清单", "昌财字〔2023〕5号",
                      "昌江区财政局", 2023, NOW - dt.timedelta(days=1)),
]  # fmt: skip


def _model() -> SubmissionsModel:
    model = SubmissionsModel()
    model.set_rows(ROWS, {2: "…加快«政务»公开…"})
    return model


def test_display_values_and_headers():
    model = _model()
    assert model.rowCount() == 3 and model.columnCount() == 5
    assert model.rowCount(model.index(0, 0)) == 0  # a table: no children
    assert model.headerData(COLUMN["doc_number"], Qt.Orientation.Horizontal) == "文号"
    first = model.index(0, COLUMN["doc_number"])
    assert first.data() == "昌府办字〔2024〕26号"
    assert model.index(0, COLUMN["status"]).data() == "草稿"
    assert model.index(2, COLUMN["kind"]).data() == "收费清单"
    assert model.index(1, COLUMN["title"]).data() == "（无标题）"
    assert model.index(1, COLUMN["doc_number"]).data() == "（无文号）"
    assert model.index(1, COLUMN["updated_at"]).data().startswith("今天 ")
    assert model.index(2, COLUMN["updated_at"]).data().startswith("昨天 ")
    assert "【政务】" in model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert model.data(QModelIndex()) is None


def test_sort_role_gives_native_values_and_object_role_the_dataclass():
    model = _model()
    stamp = model.index(0, COLUMN["updated_at"]).data(SORT_ROLE)  # a QDateTime: Qt compares it natively
    assert stamp.toMSecsSinceEpoch() == int(ROWS[0].updated_at.timestamp() * 1000)
    assert model.index(1, COLUMN["title"]).data(SORT_ROLE) == ""
    assert model.index(0, COLUMN["status"]).data(SORT_ROLE) == 0  # 草稿 first, in the lifecycle's order
    assert model.index(1, COLUMN["status"]).data(SORT_ROLE) == 1  # then 待审核
    assert model.index(2, COLUMN["title"]).data(OBJECT_ROLE) is ROWS[2]
    assert model.row_of(3) == 2 and model.row_of(99) is None
    assert model.snippet(2) == "…加快«政务»公开…" and model.snippet(1) is None


def test_sorting_through_a_proxy_uses_the_sort_role():
    model = _model()
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.sort(COLUMN["updated_at"], Qt.SortOrder.DescendingOrder)
    assert [proxy.index(r, 0).data(OBJECT_ROLE).id for r in range(3)] == [2, 3, 1]
    proxy.sort(COLUMN["doc_number"], Qt.SortOrder.AscendingOrder)
    assert proxy.index(0, 0).data(OBJECT_ROLE).id == 2  # no 文号 sorts first


def test_titles_sort_by_pinyin_and_doc_numbers_by_year_and_serial():
    def row(i, title, number):
        return SubmissionSummary(i, Kind.POLICY, SubmissionStatus.DRAFT, title, number, None, 2024, NOW)

    model = SubmissionsModel()
    model.set_rows([
        row(1, "上海市关于政务公开的通知", "长府发〔2024〕26号"),
        row(2, "北京市关于政务公开的通知", "长府发〔2024〕3号"),
        row(3, "安徽省关于政务公开的通知", "长府发〔2023〕100号"),
        row(4, None, None),
        row(5, "财政局关于收费的通知", "长财规〔2024〕2号"),
    ])  # fmt: skip

    def ids():
        return [model.index(r, 0).data(OBJECT_ROLE).id for r in range(model.rowCount())]

    model.sort(COLUMN["title"])
    assert ids() == [4, 3, 2, 5, 1]  # ān, běi, cái, shàng (code points would put 上 first)
    model.sort(COLUMN["doc_number"])
    assert ids() == [4, 5, 3, 2, 1]  # 长财规 before 长府发; 〔2023〕 before 〔2024〕; 3号 before 26号
    model.sort(COLUMN["doc_number"], Qt.SortOrder.DescendingOrder)
    assert ids() == [1, 2, 3, 5, 4]


def test_when_reads_like_a_clerk_says_it():
    today = dt.date(2024, 6, 4)
    assert when(dt.datetime(2024, 6, 4, 10, 12), today) == "今天 10:12"
    assert when(dt.datetime(2024, 6, 3, 9, 5), today) == "昨天 09:05"
    assert when(dt.datetime(2024, 5, 1, 9, 5), today) == "2024-05-01"
