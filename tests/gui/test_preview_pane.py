"""The 预览 tab: the submission as the site will show it, in a browser engine, with the check report
beside it. Background tasks run inline; the page loads asynchronously (qtbot.waitUntil)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from gui.preview_pane import PreviewPane
from tests.bundles.flow import CLERK, notice
from workflow import editing

TITLE = "关于做好第3批政务公开重点工作的通知"


@pytest.fixture(autouse=True)
def delete_widgets(qapp):
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # pages before their profile


@pytest.fixture
def pane(ctx, qtbot):
    p = PreviewPane(ctx)
    qtbot.addWidget(p)
    p.opened = []
    p.open_url = lambda url: p.opened.append(url.toLocalFile())
    p.resize(1100, 700)
    p.show()
    return p


@pytest.fixture
def sid(ctx, tmp_path):
    return notice(ctx.library, tmp_path / "work")


def loaded(qtbot, pane, name: str) -> None:
    qtbot.waitUntil(lambda: pane.current_page() == name, timeout=15000)


def js(qtbot, pane, script: str):
    result: list = []
    pane.view.page().runJavaScript(script, 0, result.append)
    qtbot.waitUntil(lambda: bool(result), timeout=5000)
    return result[0]


def test_the_policy_page_shows_and_links_both_ways_inside_the_view(pane, sid, qtbot):
    assert pane.message.text() == "未选择条目"
    pane.set_submission(sid)
    loaded(qtbot, pane, "policy.html")
    assert pane.view.title() == TITLE
    assert pane.load_seconds is not None and "秒" in pane.state.text()
    assert not pane.policy_button.isEnabled() and pane.interpretation_button.isEnabled()
    rows = js(qtbot, pane, "[...document.querySelectorAll('table th')].map(x => x.textContent).join(',')")
    assert rows.startswith("索引号,主题分类,发布机构")

    pane.interpretation_button.click()
    loaded(qtbot, pane, "interpretation.html")
    assert js(qtbot, pane, "document.querySelector('figure img').naturalWidth >= 0")
    js(qtbot, pane, "document.querySelector('a[href^=\"policy.html\"]').click(); 1")
    loaded(qtbot, pane, "policy.html")
    assert pane.opened == []

    pane.browser_button.click()
    assert pane.opened == [str(pane.rendered.folder / "policy.html")]


def test_a_file_link_goes_to_the_system_not_into_the_view(pane, sid, qtbot):
    pane.set_submission(sid)
    pane.show_page("interpretation.html")
    loaded(qtbot, pane, "interpretation.html")
    js(qtbot, pane, "document.querySelector('a[download]').click(); 1")
    qtbot.waitUntil(lambda: bool(pane.opened), timeout=5000)
    assert Path(pane.opened[0]).name == "问答.md"
    assert pane.current_page() == "interpretation.html"


def test_the_check_report_lists_the_blocking_finding_and_opens_printable(ctx, pane, sid, qtbot):
    editing.confirm_field(ctx.library, sid, "doc_number", "", CLERK)
    with qtbot.waitSignal(pane.checked) as checked:
        pane.set_submission(sid)
    assert any(f.rule_id.startswith("GK-01") for f in checked.args[0])
    assert "阻断" in pane.summary.text() and pane.blocking
    group = pane.tree.topLevelItem(0)
    assert group.text(0).startswith("阻断") and "缺少文号" in group.child(0).text(0)
    pane.report_button.click()
    report = Path(pane.opened[-1])
    assert report.is_file() and "检查报告" in report.read_text("utf-8")


def test_a_section_head_accepts_a_finding_with_a_reason_and_it_no_longer_blocks(ctx, pane, sid, qtbot):
    editing.confirm_field(ctx.library, sid, "doc_number", "", CLERK)
    pane.set_submission(sid)
    item = pane.tree.topLevelItem(0).child(0)
    asked = []
    pane.report.ask_reason = lambda finding: asked.append(finding) or "经核实，本文件为内部转发，无文号"
    pane.tree.itemDoubleClicked.emit(item, 0)
    assert asked == []  # a clerk cannot accept
    ctx.role = "科室负责人"
    pane.tree.itemDoubleClicked.emit(item, 0)
    assert len(asked) == 1 and not pane.blocking
    assert "已由 张三 接受" in pane.tree.topLevelItem(0).child(0).text(0)
    assert "没有阻断问题" in pane.summary.text()


def test_no_submission_clears_the_pane(pane, sid, qtbot):
    pane.set_submission(sid)
    loaded(qtbot, pane, "policy.html")
    pane.set_submission(None)
    assert pane.stack.currentWidget() is pane.message and pane.tree.topLevelItemCount() == 0
    assert not pane.browser_button.isEnabled() and not pane.report_button.isEnabled()


def test_shown_again_after_an_edit_elsewhere_the_pages_are_rendered_again(ctx, pane, sid, qtbot):
    pane.set_submission(sid)
    loaded(qtbot, pane, "policy.html")
    pane.hide()
    editing.confirm_field(ctx.library, sid, "title", "关于做好第3批政务公开重点工作的补充通知", CLERK)
    pane.show()
    qtbot.waitUntil(lambda: pane.view.title() == "关于做好第3批政务公开重点工作的补充通知", timeout=15000)
