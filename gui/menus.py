"""The main window's menus (文件 编辑 视图 设置 帮助), its toolbar (导入, 提交审核, the role, the search
box) and the small informational dialogs behind 设置 and 帮助."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QLineEdit, QMainWindow, QMessageBox, QSizePolicy, QToolBar, QWidget

from storage import submissions


def _action(
    window: QMainWindow, text: str, slot: Callable[[], object], shortcut: QKeySequence | str | None = None
) -> QAction:
    action = QAction(text, window)
    action.triggered.connect(lambda _checked=False: slot())
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    return action


def build_menus(w) -> None:
    """Menus and toolbar of ``w`` (a MainWindow); the actions the window updates become attributes."""
    w.import_action = _action(
        w,
        QCoreApplication.translate("MainWindow", "导入"),
        w.import_files_dialog,
        QKeySequence.StandardKey.Open,
    )
    w.import_action.setToolTip(QCoreApplication.translate("MainWindow", "导入一个或多个公文文件"))
    w.submit_action = _action(w, QCoreApplication.translate("MainWindow", "提交审核"), w.submit)
    w.submit_action.setToolTip(QCoreApplication.translate("MainWindow", "没有阻断问题时，提交科室负责人审核"))
    w.submit_action.setEnabled(False)
    w.confirm_action = _action(w, QCoreApplication.translate("MainWindow", "全部确认"), w.fields.confirm_all)
    w.recheck_action = _action(
        w, QCoreApplication.translate("MainWindow", "重新检查"), w.checks.recheck, "F5"
    )

    menu = w.menuBar()
    file_menu = menu.addMenu(QCoreApplication.translate("MainWindow", "文件(&F)"))
    file_menu.addAction(
        _action(w, QCoreApplication.translate("MainWindow", "导入文件…"), w.import_files_dialog)
    )
    file_menu.addAction(
        _action(w, QCoreApplication.translate("MainWindow", "导入文件夹…"), w.import_folder_dialog)
    )
    file_menu.addSeparator()
    file_menu.addAction(
        _action(w, QCoreApplication.translate("MainWindow", "退出"), w.close, QKeySequence.StandardKey.Quit)
    )
    edit_menu = menu.addMenu(QCoreApplication.translate("MainWindow", "编辑(&E)"))
    for action in (w.confirm_action, w.recheck_action, w.submit_action):
        edit_menu.addAction(action)
    edit_menu.addAction(
        _action(
            w, QCoreApplication.translate("MainWindow", "查找"), w.focus_search, QKeySequence.StandardKey.Find
        )
    )
    view_menu = menu.addMenu(QCoreApplication.translate("MainWindow", "视图(&V)"))
    for i in range(w.tabs.count()):
        view_menu.addAction(
            _action(w, w.tabs.tabText(i), lambda i=i: w.tabs.setCurrentIndex(i), f"Ctrl+{i + 1}")
        )
    view_menu.addSeparator()
    view_menu.addAction(_action(w, QCoreApplication.translate("MainWindow", "刷新列表"), w.list.refresh))
    settings_menu = menu.addMenu(QCoreApplication.translate("MainWindow", "设置(&S)"))
    settings_menu.addAction(
        _action(w, QCoreApplication.translate("MainWindow", "资料库信息…"), lambda: show_library_info(w))
    )
    help_menu = menu.addMenu(QCoreApplication.translate("MainWindow", "帮助(&H)"))
    help_menu.addAction(
        _action(w, QCoreApplication.translate("MainWindow", "使用说明"), lambda: show_help(w))
    )
    help_menu.addAction(
        _action(w, QCoreApplication.translate("MainWindow", "关于 PolicyPress"), lambda: show_about(w))
    )

    toolbar = QToolBar(QCoreApplication.translate("MainWindow", "工具栏"))
    toolbar.setObjectName("mainToolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    toolbar.addAction(w.import_action)
    toolbar.addAction(w.submit_action)
    spacer = QWidget()
    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    toolbar.addWidget(spacer)
    w.role_label = QLabel(
        QCoreApplication.translate("MainWindow", "经办人 · {name}").format(name=w.ctx.actor)
    )
    w.role_label.setContentsMargins(8, 0, 12, 0)
    toolbar.addWidget(w.role_label)
    w.search = QLineEdit()
    w.search.setPlaceholderText(QCoreApplication.translate("MainWindow", "搜索标题、文号、正文…"))
    w.search.setClearButtonEnabled(True)
    w.search.setFixedWidth(300)
    w.search.textChanged.connect(w.list.set_query)
    toolbar.addWidget(w.search)
    w.addToolBar(toolbar)


def show_library_info(w) -> None:
    QMessageBox.information(
        w,
        QCoreApplication.translate("MainWindow", "资料库信息"),
        QCoreApplication.translate(
            "MainWindow",
            "资料库位置：{path}\n条目数：{n}\n\n换用其他资料库：启动前设置环境变量 POLICYPRESS_HOME。",
        ).format(path=w.ctx.library_root, n=submissions.count(w.ctx.library)),
    )


def show_help(w: QWidget) -> None:
    QMessageBox.information(
        w,
        QCoreApplication.translate("MainWindow", "使用说明"),
        QCoreApplication.translate(
            "MainWindow",
            "1. 导入公文：把文件或文件夹拖进窗口，或用 文件 → 导入。\n"
            "2. 在“文件信息”中对照右侧原文核对各项；改动自动保存，核对无误后点“全部确认”。\n"
            "3. 在“政策解读”中撰写解读，可参考右侧素材；“新旧对照”比较原政策。\n"
            "4. 在“检查”中逐项改正阻断问题（双击可跳到出处），然后“提交审核”。",
        ),
    )


def show_about(w: QWidget) -> None:
    from gui.errors import app_version

    QMessageBox.about(
        w,
        QCoreApplication.translate("MainWindow", "关于 PolicyPress"),
        QCoreApplication.translate("MainWindow", "PolicyPress {version}\n政策文件与政策解读发布助手").format(
            version=app_version()
        ),
    )
