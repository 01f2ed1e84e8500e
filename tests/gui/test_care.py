"""关怀模式: one switch (视图 menu, Ctrl+Shift+C, 设置) for type at least 1.5× larger, line spacing at
least 1.3, a palette whose every text/background pair reaches WCAG 7:1, a thick focus frame, and
every action on the keyboard; remembered, and undone when switched off."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QTextEdit

from gui.care import (
    CARE_SHEET,
    DISABLED_TEXT,
    MIN_CONTRAST,
    PALETTE,
    SCALE,
    CareMode,
    contrast_ratio,
    line_spacing_ratio,
)
from tests.gui import role_windows
from tests.gui.role_windows import menu_actions, open_window
from tests.storage import write_notices
from workflow.importing import import_files

settings = role_windows.settings  # a fixture
delete_widgets = role_windows.delete_widgets  # autouse


@pytest.fixture
def care_off(qapp):
    """Whatever a test does, the application leaves it as it found it."""
    yield
    CareMode.of(qapp).set_enabled(False)


@pytest.fixture
def clerk(ctx, settings, qtbot, tmp_path, care_off):
    (path,) = write_notices(tmp_path / "in", [7])
    (outcome,) = import_files(ctx.library, [path], "张三")
    window = open_window(ctx, settings, qtbot, "经办人")
    window.list.refresh()
    window.list.select(outcome.submission_id)
    return window


def test_care_mode_makes_type_larger_contrast_high_and_focus_visible(clerk, qapp, qtbot, settings):
    label = clerk.role_label
    before = {"app": qapp.font().pointSizeF(), "window": clerk.font().pointSizeF(), "label": label.font().pointSizeF(),
              "menu": clerk.menuBar().font().pointSizeF(), "list": clerk.list.view.font().pointSizeF()}  # fmt: skip
    clerk.care_action.trigger()  # 视图 → 关怀模式
    assert clerk.care and settings.value("ui/care") in (True, "true")
    after = {"app": qapp.font().pointSizeF(), "window": clerk.font().pointSizeF(), "label": label.font().pointSizeF(),
             "menu": clerk.menuBar().font().pointSizeF(), "list": clerk.list.view.font().pointSizeF()}  # fmt: skip
    assert all(after[k] >= SCALE * before[k] - 0.01 for k in before), (before, after)
    # every text colour of the palette against what it is drawn on: WCAG AAA
    palette = qapp.palette()
    for role, (_, background) in PALETTE.items():
        if background is not None:
            ratio = contrast_ratio(palette.color(role), palette.color(background))
            assert ratio >= MIN_CONTRAST, (role, ratio)
    for background in (QPalette.ColorRole.Base, QPalette.ColorRole.Button, QPalette.ColorRole.Window):
        assert contrast_ratio(QColor(DISABLED_TEXT), palette.color(background)) >= MIN_CONTRAST
    # the care sheet's own colours: text on the notice, muted and error labels, focus frames
    for fg, bg in (
        ("#000000", "#fff3c4"),
        ("#1f1f1f", "#ffffff"),
        ("#8b0000", "#ffffff"),
        ("#ffffff", "#00307a"),
    ):
        assert contrast_ratio(QColor(fg), QColor(bg)) >= MIN_CONTRAST
    # focus always visible: a thick frame on whatever has the focus, in the window and in dialogs
    focus_rules = re.findall(r"([^{}]*:focus[^{}]*)\{([^}]*)\}", CARE_SHEET)
    widths = {int(w) for _, body in focus_rules for w in re.findall(r"border:\s*(\d+)px", body)}
    selectors = " ".join(s for s, _ in focus_rules)
    assert widths and min(widths) >= 3
    for kind in ("QLineEdit", "QPlainTextEdit", "QComboBox", "QPushButton", "QAbstractItemView", "QCheckBox"):
        assert f"{kind}:focus" in selectors
    assert CARE_SHEET in clerk.styleSheet() and CARE_SHEET in qapp.styleSheet()
    clerk.grab()  # the sheet parses and paints


def test_line_spacing_in_text_views_and_editors(clerk, qtbot):
    clerk.set_care(True)
    # rich text (the check report's detail): every block at 130 % of the line, kept as the text changes
    detail = clerk.checks.detail
    clerk.tabs.setCurrentWidget(clerk.checks)
    detail.setHtml("<p>第一段说明文字。</p><p>第二段说明文字。</p>")
    qtbot.waitUntil(lambda: detail.document().lastBlock().blockFormat().lineHeight() >= 130)
    assert detail.document().firstBlock().blockFormat().lineHeight() >= 130
    assert line_spacing_ratio(detail) >= 1.3
    # plain editors (the 原文 pane): Qt ignores block line heights there; the UI font's own spacing
    source = clerk.fields.source.text
    clerk.tabs.setCurrentWidget(clerk.fields)
    assert line_spacing_ratio(source) >= 1.3
    # spacing an editor the clerk types in is no edit: no signal, nothing to undo, not modified
    editor = QTextEdit(clerk)
    editor.show()
    changes = []
    editor.textChanged.connect(lambda: changes.append(1))
    editor.setPlainText("一行\n两行")
    qtbot.waitUntil(lambda: editor.document().firstBlock().blockFormat().lineHeight() >= 130)
    assert changes == [1] and not editor.document().isModified() and not editor.document().isUndoAvailable()
    clerk.set_care(False)
    assert detail.document().firstBlock().blockFormat().lineHeightType() == 0  # single again


def test_care_mode_is_remembered_and_switched_off_cleanly(ctx, settings, qtbot, qapp, care_off):
    base_font, base_palette = qapp.font().pointSizeF(), qapp.palette().color(QPalette.ColorRole.Window)
    settings.setValue("ui/care", True)
    window = open_window(ctx, settings, qtbot, "科室负责人")
    assert window.care and window.care_action.isChecked()
    assert qapp.font().pointSizeF() >= SCALE * base_font - 0.01
    window.care_action.trigger()
    assert not window.care and qapp.font().pointSizeF() == base_font
    assert (
        qapp.palette().color(QPalette.ColorRole.Window) == base_palette
        and CARE_SHEET not in qapp.styleSheet()
    )


@pytest.mark.parametrize("role", ["经办人", "科室负责人", "上传员"])
def test_every_action_is_on_the_keyboard(ctx, settings, qtbot, role):
    window = open_window(ctx, settings, qtbot, role)
    tops = [a.text() for a in window.menuBar().actions()]
    assert all(re.search(r"\(&[A-Z]\)$", t) for t in tops), tops  # Alt+letter opens each menu
    in_menus = set()
    for top in window.menuBar().actions():
        for action in top.menu().actions():
            if not action.isSeparator():
                assert "&" in action.text(), action.text()  # a mnemonic inside the open menu
                in_menus.add(action)
    for action in window.toolbar.actions():
        if action.text():  # the toolbar's buttons (not its label and search box)
            assert action in in_menus, action.text()  # nothing only the mouse can reach
    assert window.care_action.shortcut().toString() == "Ctrl+Shift+C"
    assert window.settings_action.shortcut().toString() == "Ctrl+,"
    # tab order: the focus chain from the menu-less start reaches the page's controls
    chain, widget = [], window.nextInFocusChain()
    while widget is not window and len(chain) < 500:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisibleTo(window):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    assert chain
    if role == "经办人":
        assert window.search in chain and window.list.view in chain
    assert QApplication.instance() is not None and menu_actions(window)
