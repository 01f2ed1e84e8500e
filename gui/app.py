"""Starting the desktop app: ``run_app()`` (``python main.py`` with no arguments).

The QApplication gets an explicit Simplified-Chinese UI font (with only Noto CJK installed and
LANG=C, Qt would otherwise pick Japanese glyph shapes), the translations (Chinese is the source
language; English loads ``resources/i18n/policypress_en.qm``, built by ``scripts/setup.sh``) in the
language of 设置 → 界面语言 or else the system's, the window icon and the error handler. The
person's profile (``gui.profile``) gives the window its role and the actor; on first start the
window asks for it once shown. Heavy modules (the checks, the composer, jieba, pdfplumber) are imported
only when first needed, so the window shows quickly.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, Qt, QTimer, QTranslator
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


def create_application(argv: list[str] | None = None, language: str | None = None) -> QApplication:
    """The QApplication; ``language`` ("system", "zh", "en") defaults to 设置 → 界面语言."""
    existing = QApplication.instance()
    if existing is None:
        # the browser engine of the preview (QtWebEngine) shares OpenGL contexts: say so before the
        # application exists; as root (CI containers) Chromium runs only without its sandbox
        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    app = existing or QApplication(argv if argv is not None else sys.argv[:1])
    QCoreApplication.setOrganizationName("PolicyPress")
    QCoreApplication.setApplicationName("PolicyPress")
    app.setApplicationDisplayName("PolicyPress")
    app.setFont(ui_font())
    if ICON.exists():
        app.setWindowIcon(QIcon(str(ICON)))
    if language is None:
        language = str(QSettings().value("ui/language", "system"))
    set_language(app, language)
    return app


LANGUAGES = {
    "zh": QLocale(QLocale.Language.Chinese, QLocale.Country.China),
    "en": QLocale(QLocale.Language.English),
}
_installed: list[QTranslator] = []


def language_locale(language: str) -> QLocale:
    """The locale of 设置's 界面语言: "zh", "en", else the system's."""
    return LANGUAGES.get(language, QLocale.system())


def ui_language() -> str:
    """ "en" when our English translation is in use, else "zh" (Chinese is the source language)."""
    return "en" if any(t.objectName() == "policypress" for t in _installed) else "zh"


def localized(zh: str, en: str) -> str:
    """A core message (they carry both) in the UI's language."""
    return en if ui_language() == "en" and en else zh


def message_of(exc: BaseException) -> str:
    """An error's message in the UI's language (core errors carry Chinese and English)."""
    zh = getattr(exc, "message_zh", None)
    return localized(zh, getattr(exc, "message_en", "")) if zh else str(exc)


def set_language(app: QApplication, language: str, folder: Path | None = None) -> list[QTranslator]:
    """Replace the translators installed by an earlier call with those for ``language``."""
    while _installed:
        app.removeTranslator(_installed.pop())
    _installed.extend(install_translators(app, language_locale(language), folder))
    return list(_installed)


class Translator(QTranslator):
    """Our translation. A message lupdate filed without a context (a module that translates through
    its own ``tr()`` wrapper, whose context lupdate cannot see) is found by its text."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        found = super().translate(context, source, disambiguation, n)
        if not found and context:
            found = super().translate("", source, disambiguation, n)
        return found


def install_translators(
    app: QApplication, locale: QLocale | None = None, folder: Path | None = None
) -> list[QTranslator]:
    """Qt's own strings (standard buttons) in the user's language; ours when not Chinese (from
    ``folder``, default resources/i18n)."""
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
        ours = Translator(app)
        ours.setObjectName("policypress")
        if ours.load(locale, "policypress", "_", str(folder or RESOURCES / "i18n")):
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
    from gui.profile import Profile
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
    settings = QSettings()
    profile = Profile.load(settings)
    ctx = AppContext(library=library, actor=profile.name if profile else current_actor(), tasks=tasks,
                     role=profile.role if profile else "经办人")  # fmt: skip
    window = MainWindow(ctx, settings)
    window.show()
    if on_shown is not None:
        QTimer.singleShot(0, on_shown)
    if profile is None:  # first start: who is working here, and their signing key
        QTimer.singleShot(0, window, window.first_start)
    try:
        return app.exec()
    finally:
        tasks.shutdown(15000)  # cancel, wait, and drop what still reports: the library closes next
        handler.uninstall()
        library.close()
