"""The main window's menus (文件 编辑 视图 设置 帮助), toolbar and status bar, rebuilt for each role.

The role's page lends its own actions by menu (``page.menu_actions()``): what a role does not do
is simply not there (a section head has no 导入, a clerk no 上传). The window's own actions —
最近打开, 设置, 关怀模式, 快捷键, 关于, 退出 — are the same for everyone. 帮助 → 快捷键 lists every
shortcut from the actions themselves, so the list cannot go stale."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QMessageBox,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QToolBar,
    QWidget,
)

from gui.layout import vbox
from gui.profile import role_name
from gui.recent import recent_menu
from storage import submissions

translate = QCoreApplication.translate


def _action(parent, text: str, slot, shortcut: QKeySequence | str | None = None) -> QAction:
    action = QAction(text, parent)
    action.triggered.connect(lambda _checked=False: slot())
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    return action


def build_menus(w) -> None:
    """Menus and toolbar of ``w`` (a MainWindow) for its page; actions it updates become attributes."""
    page = w.page
    lent = page.menu_actions()
    bar = QMenuBar(w)
    w.setMenuBar(bar)  # the previous role's bar (and the actions parented to it) goes with it

    file_menu = bar.addMenu(translate("MainWindow", "文件(&F)"))
    for action in lent.get("file", []):
        file_menu.addAction(action)
    file_menu.addMenu(recent_menu(file_menu, w.recent, w.open_recent))
    file_menu.addSeparator()
    file_menu.addAction(
        _action(bar, translate("MainWindow", "退出(&X)"), w.close, QKeySequence.StandardKey.Quit)
    )

    edit_menu = bar.addMenu(translate("MainWindow", "编辑(&E)"))
    for action in lent.get("edit", []):
        edit_menu.addAction(action)
    w.search = None
    if hasattr(page, "list"):  # the clerk's list is searched from the toolbar
        w.search = QLineEdit()
        w.search.setPlaceholderText(translate("MainWindow", "搜索标题、文号、正文…"))
        w.search.setToolTip(translate("MainWindow", "搜索标题、文号、正文（Ctrl+F）"))
        w.search.setClearButtonEnabled(True)
        w.search.setFixedWidth(300)
        w.search.textChanged.connect(page.list.set_query)
        w.find_action = _action(
            bar, translate("MainWindow", "查找(&F)"), w.focus_search, QKeySequence.StandardKey.Find
        )
        edit_menu.addAction(w.find_action)
    if edit_menu.isEmpty():
        bar.removeAction(edit_menu.menuAction())

    view_menu = bar.addMenu(translate("MainWindow", "视图(&V)"))
    tabs = getattr(page, "tabs", None)
    if tabs is not None:
        for i in range(tabs.count()):
            view_menu.addAction(
                _action(
                    bar,
                    translate("MainWindow", "{title}(&{n})").format(title=tabs.tabText(i), n=i + 1),
                    lambda i=i: tabs.setCurrentIndex(i),
                    f"Ctrl+{i + 1}",
                )
            )
        view_menu.addSeparator()
    for action in lent.get("view", []):
        view_menu.addAction(action)
    w.library_report_action = _action(
        bar, translate("MainWindow", "资料库检查与考核指标(&W)…"), w.show_library_report, "Ctrl+Shift+L"
    )
    w.library_report_action.setToolTip(translate("MainWindow", "栏目更新、过期条目、解读发布情况和考核指标"))
    view_menu.addAction(w.library_report_action)
    view_menu.addSeparator()
    w.care_action = _action(bar, translate("MainWindow", "关怀模式(&C)"), lambda: None, "Ctrl+Shift+C")
    w.care_action.setCheckable(True)
    w.care_action.setChecked(w.care)
    w.care_action.setToolTip(translate("MainWindow", "更大的字号和行距、高对比度、醒目的焦点框"))
    w.care_action.toggled.connect(w.set_care)
    view_menu.addAction(w.care_action)

    settings_menu = bar.addMenu(translate("MainWindow", "设置(&S)"))
    w.settings_action = _action(bar, translate("MainWindow", "设置(&P)…"), w.show_settings, "Ctrl+,")
    w.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
    settings_menu.addAction(w.settings_action)
    settings_menu.addAction(
        _action(bar, translate("MainWindow", "签名密钥(&K)…"), lambda: w.show_settings("key"))
    )
    settings_menu.addAction(
        _action(bar, translate("MainWindow", "信任的审核人(&T)…"), lambda: w.show_settings("trusted"))
    )
    settings_menu.addSeparator()
    settings_menu.addAction(
        _action(bar, translate("MainWindow", "资料库信息(&L)…"), lambda: show_library_info(w))
    )

    help_menu = bar.addMenu(translate("MainWindow", "帮助(&H)"))
    help_menu.addAction(
        _action(
            bar,
            translate("MainWindow", "使用说明(&U)"),
            lambda: show_help(w),
            QKeySequence.StandardKey.HelpContents,
        )
    )
    w.shortcuts_action = _action(
        bar, translate("MainWindow", "快捷键(&K)"), lambda: show_shortcuts(w), "Ctrl+/"
    )
    help_menu.addAction(w.shortcuts_action)
    help_menu.addAction(_action(bar, translate("MainWindow", "关于 PolicyPress(&A)"), lambda: show_about(w)))
    _build_toolbar(w, lent.get("toolbar", []))


def _build_toolbar(w, actions: list[QAction]) -> None:
    for old in w.findChildren(QToolBar):
        w.removeToolBar(old)
        old.setParent(None)
        old.deleteLater()
    toolbar = QToolBar(translate("MainWindow", "工具栏"), w)
    toolbar.setObjectName("mainToolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    for action in actions:
        toolbar.addAction(action)
    spacer = QWidget(toolbar)
    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    toolbar.addWidget(spacer)
    w.role_label = QLabel(
        translate("MainWindow", "{role} · {name}").format(role=role_name(w.ctx.role), name=w.ctx.actor),
        toolbar,
    )
    w.role_label.setContentsMargins(8, 0, 12, 0)
    toolbar.addWidget(w.role_label)
    if w.search is not None:
        toolbar.addWidget(w.search)
    w.addToolBar(toolbar)
    w.toolbar = toolbar


def shortcut_rows(w) -> list[tuple[str, str, str]]:
    """(menu, action, shortcut) for every menu action with a shortcut, in menu order."""
    rows = []

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu(), path)
            elif not action.isSeparator() and not action.shortcut().isEmpty():
                text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
                keys = "  /  ".join(
                    s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()
                )
                rows.append((path, text, keys))

    for top in w.menuBar().actions():
        if top.menu() is not None:
            walk(top.menu(), top.text().split("(")[0].replace("&", ""))
    return rows


def show_shortcuts(w) -> QDialog:
    dialog = QDialog(w)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowTitle(translate("MainWindow", "快捷键"))
    rows = shortcut_rows(w)
    table = QTableWidget(len(rows), 3, dialog)
    table.setHorizontalHeaderLabels(
        [translate("MainWindow", "菜单"), translate("MainWindow", "功能"), translate("MainWindow", "快捷键")]
    )
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))
    table.resizeColumnsToContents()
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    note = QLabel(translate("MainWindow", "菜单标题后括号中的字母：按 Alt 加该字母打开菜单。"), dialog)
    note.setObjectName("muted")
    dialog.setLayout(vbox(table, note, buttons, margin=12, spacing=8))
    dialog.resize(560, 520)
    dialog.open()
    return dialog


def _info(w: QWidget, title: str, text: str) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, w)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def show_library_info(w) -> QMessageBox:
    return _info(
        w,
        translate("MainWindow", "资料库信息"),
        translate(
            "MainWindow",
            "资料库位置：{path}\n条目数：{n}\n\n换用其他资料库：启动前设置环境变量 POLICYPRESS_HOME。",
        ).format(path=w.ctx.library_root, n=submissions.count(w.ctx.library)),
    )


HELP = {
    "经办人": QT_TRANSLATE_NOOP(
        "MainWindow",
        "1. 导入公文：把文件或文件夹拖进窗口，或用 文件 → 导入（Ctrl+I）。\n"
        "2. 在“文件信息”中对照右侧原文核对各项；改动自动保存，核对无误后点“全部确认”。\n"
        "3. 在“政策解读”中撰写解读，可参考右侧素材；“新旧对照”比较原政策。\n"
        "4. 在“检查”中逐项改正阻断问题（双击可跳到出处），然后“提交审核”（Ctrl+Enter）。\n"
        "5. 科室负责人在另一台电脑上时：文件 → 生成送审包，把文件交给他；送回的文件用 文件 → 打开。",
    ),
    "科室负责人": QT_TRANSLATE_NOOP(
        "MainWindow",
        "1. 打开经办人送来的送审包：文件 → 打开（Ctrl+O）、把文件拖进窗口，或在设置中指定收件文件夹。\n"
        "2. 对照网站预览和检查报告审阅内容，填写保密审查表。\n"
        "3. 通过或退回（退回时写明意见），结论用您的签名密钥签名，结果文件交回经办人或上传员。",
    ),
    "上传员": QT_TRANSLATE_NOOP(
        "MainWindow",
        "1. 打开审核通过的包：文件 → 打开（Ctrl+O）或把文件拖进窗口；每个包都会校验签名和内容。\n"
        "2. 导出到文件夹（U 盘），或上传到设置中填写的网站。\n"
        "3. 上传中断后可以继续；上传记录保存在资料库中。",
    ),
}


def show_help(w) -> QMessageBox:
    return _info(
        w, translate("MainWindow", "使用说明"), translate("MainWindow", HELP.get(w.ctx.role, HELP["经办人"]))
    )


def show_about(w) -> QMessageBox:
    from gui.errors import app_version

    return _info(
        w,
        translate("MainWindow", "关于 PolicyPress"),
        translate("MainWindow", "PolicyPress {version}\n政策文件与政策解读发布助手").format(
            version=app_version()
        ),
    )
