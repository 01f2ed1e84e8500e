"""Closing the window while the library refused something the clerk typed: she is asked, and only
what she chooses to throw away is lost."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QMessageBox

from policy.metadata import Fields, PolicyMetadata
from policy.submission import Kind
from storage import submissions
from tests.gui import test_details_tab
from tests.gui.test_details_tab import type_line

window = test_details_tab.window  # a fixture


def _question(window) -> QMessageBox:
    (box,) = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    return box


def _press(box: QMessageBox, text: str) -> None:
    next(b for b in box.buttons() if b.text() == text).click()


def test_closing_with_refused_values_asks_and_keeps_them_when_told_to(ctx, window, qtbot):
    fields = dataclasses.replace(Fields(), title="关于公开征求停车管理办法意见的公告")
    sid = submissions.insert(ctx.library, Kind.CONSULTATION, PolicyMetadata(fields=fields), "正文", "ok")
    window.list.refresh()
    assert window.list.select(sid)
    form = window.details.consultation
    type_line(form.editors["start_date"], "2024-06-01")
    type_line(form.editors["end_date"], "2024-05-01")  # before the start: refused
    type_line(window.fields.rows["date"].editor, "2024年13月45日")  # no such day: refused

    assert not window.close()
    box = _question(window)
    assert "早于开始日期" in box.text() and "成文日期：2024年13月45日" in box.text()
    _press(box, "返回修改")
    qtbot.waitUntil(lambda: not box.isVisible())
    assert window.isVisible() and form.editors["end_date"].text() == "2024-05-01"
    assert window.fields.rows["date"].editor.text() == "2024年13月45日"

    assert not window.close()
    _press(_question(window), "放弃并退出")
    assert not window.isVisible()
    assert window.details.unsaved() == [] and window.fields.unsaved() == []
    assert window.fields.rows["date"].editor.text() == ""  # what the library holds


def test_closing_with_everything_saved_asks_nothing(ctx, window):
    fields = dataclasses.replace(Fields(), title="关于公开征求停车管理办法意见的公告")
    sid = submissions.insert(ctx.library, Kind.CONSULTATION, PolicyMetadata(fields=fields), "正文", "ok")
    window.list.refresh()
    assert window.list.select(sid)
    type_line(window.details.consultation.editors["channel"], "电话 0731-8888 8888")
    assert window.close()
    assert [b for b in window.findChildren(QMessageBox) if b.isVisible()] == []
