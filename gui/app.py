"""Starting the desktop app: ``run_app()`` (``python main.py`` with no arguments).

The QApplication gets an explicit Simplified-Chinese UI font (with only Noto CJK installed and
LANG=C, Qt would otherwise pick Japanese glyph shapes), the translations (Chinese is the source
language; another locale loads ``resources/i18n/policypress_<lang>.qm`` when built), the window icon
and the error handler. Heavy modules (the checks, the composer, jieba, pdfplumber) are imported
only when first needed, so the window shows quickly.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTimer, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

RESOURCES = Path(__file__).resolve().parents[1] / "resources"
ICON = RESOURCES / "icons" / "policypress.svg"
UI_FONTS = (
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Microsoft YaHei",
    "PingFang SC",
    "WenQuanYi Micro Hei",
    "Noto Sans SC",
)


def ui_font(point_size: float = 10) -> QFont:
    """The first Simplified-Chinese font installed, named explicitly (also in the fallback list)."""
    available = set(QFontDatabase.families())
    chosen = [f for f in UI_FONTS if f in available]
    font = QFont()
    if chosen:
        font.setFamilies(chosen)
    font.setPointSizeF(point_size)
    return font


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    QCoreApplication.setOrganizationName("PolicyPress")
    QCoreApplication.setApplicationName("PolicyPress")
    app.setApplicationDisplayName("PolicyPress")
    app.setFont(ui_font())
    if ICON.exists():
        app.setWindowIcon(QIcon(str(ICON)))
    install_translators(app)
    return app


def install_translators(app: QApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Qt's own strings (standard buttons) in the user's language; ours when not Chinese."""
    locale = locale or QLocale.system()
    zh = locale.language() == QLocale.Language.Chinese or locale.language() == QLocale.Language.C
    installed = []
    qt_locale = QLocale(QLocale.Language.Chinese, QLocale.Country.China) if zh else locale
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if qt.load(qt_locale, "qtbase", "_", qt_dir):
        app.installTranslator(qt)
        installed.append(qt)
    if not zh:
        ours = QTranslator(app)
        if ours.load(locale, "policypress", "_", str(RESOURCES / "i18n")):
            app.installTranslator(ours)
            installed.append(ours)
    return installed


def run_app(on_shown: Callable[[], None] | None = None) -> int:
    """The desktop app on the user's library; returns the exit code. ``on_shown`` (bench/gui_start.py)
    is called once the main window has been shown."""
    app = create_application()
    from gui.context import AppContext
    from gui.errors import ErrorHandler
    from gui.main_window import MainWindow
    from gui.tasks import TaskRunner
    from storage import Library, LibraryError
    from workflow.actor import current_actor

    handler = ErrorHandler(app)
    handler.install()
    try:
        library = Library.open()
    except LibraryError as exc:
        QMessageBox.critical(None, QCoreApplication.translate("App", "无法打开资料库"), exc.message_zh)
        return 1
    tasks = TaskRunner(app)
    tasks.error.connect(handler.show)
    ctx = AppContext(library=library, actor=current_actor(), tasks=tasks)
    window = MainWindow(ctx, QSettings())
    window.show()
    if on_shown is not None:
        QTimer.singleShot(0, on_shown)
    try:
        return app.exec()
    finally:
        tasks.wait(15000)
        handler.uninstall()
        library.close()
