"""English: the translation source is complete (no unfinished entry, placeholders kept, no Chinese
left but quoted Chinese data), and the main window of every role — started in English on a library
with no submissions — shows no Chinese in any visible text: labels, buttons, tabs, menus and their
actions, group boxes, headers, placeholders, tooltips; nor do the profile and settings dialogs."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

import gui.app
from gui.app import RESOURCES, set_language, ui_language
from gui.profile import Profile, ProfileDialog
from tests.gui import role_windows
from tests.gui.role_windows import open_window

settings = role_windows.settings  # a fixture
delete_widgets = role_windows.delete_widgets  # autouse

ROOT = Path(__file__).resolve().parents[2]
TS = RESOURCES / "i18n" / "policypress_en.ts"
CJK = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")
PLACEHOLDER = re.compile(r"\{[^}]*\}|%\d")


def test_the_english_source_is_complete():
    root = ET.parse(TS).getroot()
    messages = list(root.iter("message"))
    assert len(messages) > 600
    for message in messages:
        source, translation = message.findtext("source"), message.find("translation")
        assert translation.get("type") not in ("unfinished", "obsolete", "vanished"), source
        text = translation.text or ""
        assert text.strip(), source
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(text)), (source, text)
        for chinese in CJK.findall(text):  # only Chinese data quoted from the source (文号 examples)
            assert chinese in source, (source, text)


@pytest.fixture
def built(tmp_path, monkeypatch):
    """The English translation, built from the .ts now (as scripts/setup.sh does) where the app
    looks for it; Chinese again afterwards."""
    folder = tmp_path / "i18n"
    folder.mkdir()
    lrelease = ROOT / ".venv" / "bin" / "pyside6-lrelease"
    done = subprocess.run(
        [str(lrelease), str(TS), "-qm", str(folder / "policypress_en.qm")], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    monkeypatch.setattr(gui.app, "RESOURCES", tmp_path)
    yield
    set_language(QApplication.instance(), "zh")


@pytest.fixture
def english(qapp, built):
    installed = set_language(qapp, "en")
    assert any(t.objectName() == "policypress" for t in installed)


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every text a person can see in ``root``, its menus and actions included."""
    found: list[tuple[str, str]] = [("title", root.windowTitle())]

    def add(widget: QWidget, what: str, text: str | None) -> None:
        if text:
            found.append((f"{type(widget).__name__}.{what} {widget.objectName()}", text))

    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) or widget.window() is not root:
            continue
        add(widget, "toolTip", widget.toolTip())
        if isinstance(widget, (QLabel, QAbstractButton)):
            add(widget, "text", widget.text())
        elif isinstance(widget, QGroupBox):
            add(widget, "title", widget.title())
        elif isinstance(widget, QLineEdit):
            add(widget, "placeholder", widget.placeholderText())
            if widget.echoMode() == QLineEdit.EchoMode.Normal and not widget.isReadOnly():
                add(widget, "text", widget.text())
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            add(widget, "placeholder", widget.placeholderText())
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                add(widget, "item", widget.itemText(i))
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                add(widget, "tab", widget.tabText(i))
                add(widget, "tabToolTip", widget.tabToolTip(i))
        if isinstance(widget, QHeaderView) and widget.model() is not None:  # a view's headers, not its data
            for section in range(widget.count()):
                label = widget.model().headerData(section, widget.orientation(), Qt.ItemDataRole.DisplayRole)
                add(widget, "header", str(label or ""))

    def walk(menu: QMenu) -> None:
        found.append(("menu", menu.title()))
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu())
            else:
                found.extend((("action", action.text()), ("action tip", action.toolTip())))

    for action in root.findChildren(QAction):
        found.extend((("action", action.text()), ("action tip", action.toolTip())))
    if hasattr(root, "menuBar"):
        for top in root.menuBar().actions():
            walk(top.menu())
    return found


def chinese(texts: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(where, text) for where, text in texts if CJK.search(text)]


@pytest.mark.parametrize("role", ["经办人", "科室负责人", "上传员"])
def test_every_roles_window_shows_no_chinese_in_english(english, ctx, settings, qtbot, role):
    assert ui_language() == "en"
    ctx.actor = "Li Ming"
    window = open_window(ctx, settings, qtbot, role)
    qtbot.wait(50)
    texts = visible_texts(window)
    assert ("menu", "&File") in texts and len(texts) > 30
    assert chinese(texts) == []
    if role == "经办人":  # the workspace's tabs, before any item is chosen
        tabs = window.tabs
        assert [tabs.tabText(i) for i in range(tabs.count())] == [
            "Document",
            "Details",
            "Interpretation",
            "Old vs new",
            "Checks",
            "Preview",
            "History",
        ]
    window.shortcuts_action.trigger()
    shortcuts = next(
        w for w in window.findChildren(QWidget) if w.isWindow() and w is not window and w.isVisible()
    )
    assert chinese(visible_texts(shortcuts)) == []


def test_the_profile_and_settings_dialogs_show_no_chinese_in_english(english, ctx, settings, qtbot):
    ctx.actor = "Li Ming"
    window = open_window(ctx, settings, qtbot, "上传员")
    profile = ProfileDialog(Profile("Li Ming"), window, first_start=True)
    qtbot.addWidget(profile)
    profile.show()
    assert chinese(visible_texts(profile)) == []
    dialog = window.show_settings()
    for row in range(dialog.pages.count()):
        dialog.pages.setCurrentRow(row)
        assert chinese(visible_texts(dialog)) == [], dialog.page_ids[row]
        assert not CJK.search(dialog.pages.item(row).text())


def test_choosing_english_in_settings_rebuilds_the_window_in_english(built, ctx, settings, qtbot):
    window = open_window(ctx, settings, qtbot, "科室负责人")
    assert window.menuBar().actions()[0].text() == "文件(&F)" and ui_language() == "zh"
    dialog = window.show_settings("display")
    dialog.fields["ui/language"].set_value("en")
    dialog.accept()
    assert ui_language() == "en" and settings.value("ui/language") == "en"
    assert window.menuBar().actions()[0].text() == "&File"
    assert (
        window.role_label.text() == "Section head · 张三"
        and window.windowTitle() == "PolicyPress policy publishing assistant"
    )


def test_in_english_the_cores_findings_are_shown_with_their_english_text(english, ctx, qtbot, tmp_path):
    from gui.checks_tab import ChecksTab
    from tests.storage import write_notices
    from workflow.check import check_submission
    from workflow.importing import import_files

    (notice,) = write_notices(tmp_path / "in", [7])
    (outcome,) = import_files(ctx.library, [notice], "张三")
    tab = ChecksTab(ctx)
    qtbot.addWidget(tab)
    tab.set_submission(outcome.submission_id)
    shown = [tab.tree.topLevelItem(i).child(j).text(0) for i in range(tab.tree.topLevelItemCount())
             for j in range(tab.tree.topLevelItem(i).childCount())]  # fmt: skip
    findings = check_submission(ctx.library, outcome.submission_id)
    assert shown and sorted(shown) == sorted(f.message_en for f in findings)
    assert not any(f.message_zh in shown for f in findings)
