"""资料库检查 in the app: the library-wide findings, the column freshness and the 考核 figures of a
real library, opening the item a finding is about, and importing the district's column list."""

from __future__ import annotations

import datetime as dt

import pytest

from policy.submission import Kind
from policy.submission import SubmissionStatus as S
from tests.gui import role_windows
from tests.gui.role_windows import open_window
from workflow import lifecycle
from workflow.importing import import_files

settings = role_windows.settings  # a fixture
delete_widgets = role_windows.delete_widgets  # autouse
HEAD = lifecycle.ReviewInput("李科长", "科室负责人", lifecycle.APPROVE, "同意发布")


def _publish(lib, tmp_path, name: str, title: str, number: str, kind: Kind = Kind.POLICY) -> int:
    path = tmp_path / f"{name}.txt"
    path.write_text(
        f"长江区财政局文件\n{number}\n{title}\n各街道办事处，区直各单位：\n"
        "\u3000\u3000现将有关事项通知如下，请认真贯彻执行。\n长江区财政局\n2024年6月4日\n（此件公开发布）\n",
        "utf-8",
    )
    (outcome,) = import_files(lib, [path], "张三", kind, department="区财政局")
    sid = outcome.submission_id
    lifecycle.move(lib, sid, S.PENDING, "张三")
    lifecycle.record_review(lib, sid, HEAD)
    lifecycle.move(lib, sid, S.UPLOADED, "王五")
    return sid


@pytest.fixture
def published(library, tmp_path):
    """A policy on the site without its 解读 (LIB-06)."""
    return _publish(library, tmp_path, "p1", "长江区财政局关于规范专项资金管理的通知", "长财发〔2024〕7号")


def _table_texts(table) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_the_report_lists_what_the_library_wide_checks_find(ctx, settings, qtbot, published):
    window = open_window(ctx, settings, qtbot)
    window.library_report_action.trigger()
    dialog = _dialog(window)
    rows = _table_texts(dialog.findings)
    (row,) = [r for r in rows if "长财发〔2024〕7号" in r[2]]
    assert row[0] == "警告" and "解读" in row[1] and row[3]  # the fix is shown too
    assert "截至" in dialog.summary.text() and "项警告" in dialog.summary.text()
    assert dialog.figures.rowCount() == 1
    assert _table_texts(dialog.figures)[0][:2] == ["区财政局", str(dt.date.today().year)]


def test_a_finding_opens_its_item_even_when_a_search_hides_it(ctx, settings, qtbot, published):
    sid = published
    window = open_window(ctx, settings, qtbot)
    window.search.setText("没有这样的条目")
    window.list.refresh()
    assert window.list.model.rowCount() == 0
    dialog = window.show_library_report()
    row = next(r for r, texts in enumerate(_table_texts(dialog.findings)) if "长财发〔2024〕7号" in texts[2])
    dialog.findings.cellActivated.emit(row, 1)
    assert window.list.current_id() == sid
    assert window.search.text() == ""


def test_importing_the_column_list_shows_a_stale_column(ctx, settings, qtbot, published, tmp_path):
    window = open_window(ctx, settings, qtbot)
    dialog = window.show_library_report()
    long_ago = (dt.date.today() - dt.timedelta(days=60)).isoformat()
    good = tmp_path / "栏目.csv"
    good.write_text(f"栏目,类型,最后更新日期\n工作动态,政务动态,{long_ago}\n", "gb18030")
    assert dialog.import_columns(good)
    columns = {r[0]: r for r in _table_texts(dialog.columns)}
    assert columns["工作动态"][5] == "超期" and columns["工作动态"][2] == long_ago
    bad = tmp_path / "坏.csv"
    bad.write_text("名称,日期\n工作动态,2024-01-01\n", "utf-8")
    assert not dialog.import_columns(bad)
    assert "栏目,类型,最后更新日期" in dialog.summary.text()  # what the first line must be
    assert "工作动态" in {r[0] for r in _table_texts(dialog.columns)}  # the good list stays


def test_a_section_head_sees_the_report_but_has_no_list_to_open_items_in(ctx, settings, qtbot, published):
    window = open_window(ctx, settings, qtbot, role="科室负责人")
    dialog = window.show_library_report()
    assert dialog.findings.rowCount() >= 1 and not dialog.can_open
    dialog.findings.cellActivated.emit(0, 1)  # nothing to open: no error either


def _dialog(window):
    from gui.library_report import LibraryReportDialog

    (dialog,) = window.findChildren(LibraryReportDialog)
    return dialog
