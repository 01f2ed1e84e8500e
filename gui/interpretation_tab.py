"""The 政策解读 tab: the eight 要素 sections, with the drafting aids beside them.

Left, the sections (each with its length and copied share); in the middle, the focused section's
editor; right, the suggestions for that section (插入 at the cursor; 原文 shows the source in the
window's 原文 pane through ``source_requested``), the keywords with their explanations, and the
forms with the 简明问答 editor. Above, the title, the originality meter and the count of forms.

What is stored shows at once (read on the GUI thread, a few ms); the aids need the policy read
again, which runs on the task runner, and fill in what the stored 解读 lacks without touching what
the clerk typed meanwhile. Every edit is autosaved (``gui.interp_autosave``) and the meter follows
the typing (``gui.interp_meter``); neither blocks the GUI thread.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent, QHideEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QSplitter, QTabWidget, QWidget

from checks.settings import CheckSettings
from gui.app import localized, message_of
from gui.context import AppContext
from gui.interp_autosave import Autosaver
from gui.interp_forms import FormsPanel, count_text
from gui.interp_meter import OriginalityMeter, OriginalityWatch
from gui.interp_panels import KeywordsPanel, SuggestionsPanel
from gui.interp_sections import SectionsEditor
from gui.layout import hbox, vbox
from policy.interpretation import ELEMENTS, Element, FormKind, Interpretation, Originality
from policy.jsonform import interpretation_from_json
from policy.submission import SubmissionStatus
from storage import Library, LibraryError, records, submissions
from workflow.composer import PARTS, ComposerData, add_media_form, load_composer, parts_of

translate = QCoreApplication.translate
PUBLISHED = (SubmissionStatus.UPLOADED, SubmissionStatus.WITHDRAWN, SubmissionStatus.EXPIRED)


class InterpretationTab(QWidget):
    edited = Signal()
    source_requested = Signal(int, int, int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._settings = CheckSettings()
        self._sid: int | None = None
        self._policy_title: str | None = None
        self._known = Interpretation(title="")  # the 解读 as stored when this tab last read or wrote it
        self._suggestions: dict = {}
        self._generation = 0
        self._quiet = False  # set while the tab fills its widgets: not an edit
        self.read_only = False
        self.loaded = False  # the aids (suggestions, originality index) have arrived
        self.originality: Originality | None = None

        self.banner = QLabel(self)
        self.banner.setStyleSheet("background: #fff3bf; padding: 4px;")
        self.banner.hide()
        self.title_edit = QLineEdit(self)
        self.title_edit.setPlaceholderText(translate("InterpretationTab", "解读标题"))
        self.meter = OriginalityMeter(self._settings.originality_block_share, self)
        self.forms_count = QLabel(self)
        self.save_label = QLabel(self)
        self.save_label.setStyleSheet("color: #868e96;")
        self.sections = SectionsEditor(self._settings.originality_section_warn_share, self)
        self.editors = self.sections.editors
        self.suggestions = SuggestionsPanel(self)
        self.keywords = KeywordsPanel(self)
        self.forms = FormsPanel(self._settings.min_forms, self)
        self.side = QTabWidget(self)
        self.side.addTab(self.suggestions, translate("InterpretationTab", "参考素材"))
        self.side.addTab(self.keywords, translate("InterpretationTab", "关键词"))
        self.side.addTab(self.forms, translate("InterpretationTab", "形式与问答"))

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.sections)
        splitter.addWidget(self.side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        title = QLabel(translate("InterpretationTab", "标题"), self)
        status = hbox(self.meter, self.forms_count, self.save_label, spacing=12)
        status.setStretch(0, 1)
        layout = vbox(self.banner, hbox(title, self.title_edit), status, splitter, margin=6)
        layout.setStretchFactor(splitter, 1)
        self.setLayout(layout)

        self.autosaver = Autosaver(ctx, self.interpretation, self)
        self.autosaver.saved.connect(self._saved)
        self.autosaver.failed.connect(self._save_failed)
        self.watch = OriginalityWatch(ctx, self.sections.texts, self)
        self.watch.measured.connect(self._measured)
        self.title_edit.textChanged.connect(lambda: self._edited("title"))
        self.keywords.changed.connect(lambda: self._edited("keywords"))
        self.forms.changed.connect(self._forms_edited)
        self.forms.add_file_requested.connect(self.add_form_file)
        self.suggestions.insert_requested.connect(self.insert_text)
        for panel in (self.suggestions, self.keywords, self.forms):
            panel.source_requested.connect(self.source_requested)
        self.sections.section_edited.connect(self._section_edited)
        self.sections.current_changed.connect(self._section_chosen)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.flush)
        self.set_submission(None)

    # ---- the contract -------------------------------------------------------------------------

    @property
    def submission_id(self) -> int | None:
        return self._sid

    def set_submission(self, submission_id: int | None) -> None:
        if submission_id is not None and submission_id == self._sid:
            self.reload()
            return
        self.autosaver.set_submission(None)  # the previous one's pending edits are written first
        self._sid, self._generation = submission_id, self._generation + 1
        self._suggestions, self.loaded, self.originality = {}, False, None
        self.watch.set_index(None)
        self.save_label.clear()
        if submission_id is None:
            self._show(Interpretation(title=""), read_only=True)
            self.banner.hide()
            self.meter.set_waiting(translate("InterpretationTab", "未选择文件"))
            self.suggestions.show_message("", "")
            self.setEnabled(False)
            return
        self.setEnabled(True)
        lib = self._ctx.library
        read_only = submissions.get(lib, submission_id).status in PUBLISHED
        stored = records.interpretation(lib, submission_id)
        self._known = interpretation_from_json(stored) if stored else Interpretation(title="")
        self._show(self._known, read_only)
        self.banner.setText(
            translate("InterpretationTab", "已发布的条目不能直接修改，如需修改请导入新版本。")
        )
        self.banner.setVisible(read_only)
        self.autosaver.set_submission(submission_id)
        self.meter.set_waiting(translate("InterpretationTab", "正在读取原文…"))
        self.suggestions.show_message(translate("InterpretationTab", "正在分析原文…"), "")
        generation, root = self._generation, lib.root
        min_run = self._settings.originality_min_run

        def work(control) -> ComposerData:
            with Library.open(root) as own:
                return load_composer(own, submission_id, min_run=min_run)

        self._ctx.tasks.run(
            work,
            on_done=lambda data: self._aids_loaded(generation, data),
            on_error=lambda exc: self._aids_failed(generation, exc),
        )

    def focus_section(self, key: str) -> bool:
        """Put the cursor in the section ``key`` (要素 name, its enum name, or ``interpretation.背景依据``);
        ``forms``/``qa``/``keywords`` open those panels. False for a key the tab does not know."""
        key = key.removeprefix("interpretation.").removeprefix("interpretation")
        element = next((e for e in ELEMENTS if key in (e.value, e.name, e.name.lower())), None)
        if element is not None:
            editor = self.sections.select(element)
            editor.setFocus(Qt.FocusReason.OtherFocusReason)
            editor.ensureCursorVisible()
            return True
        panels = {"forms": self.forms, "qa": self.forms, "keywords": self.keywords, "": self.suggestions}
        if key in panels:
            self.side.setCurrentWidget(panels[key])
            if key == "":
                self.sections.current_editor().setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return False

    def flush(self, wait: bool = True) -> None:
        """Write what is not yet saved (the window calls it on close; also at quit and on hide)."""
        self.autosaver.flush(wait=wait)

    def reload(self) -> None:
        """Show what another part of the app wrote (the 对照 tab's summary), once ours is saved:
        a part is taken from the library when it changed there since this tab last synced."""
        if self._sid is None:
            return
        self.autosaver.flush(wait=True)
        stored = records.interpretation(self._ctx.library, self._sid)
        if stored is None:
            return
        theirs = interpretation_from_json(stored)
        new, known, ours = parts_of(theirs), parts_of(self._known), parts_of(self.interpretation())
        changed = {p for p in PARTS if new[p] != known[p] and new[p] != ours[p]}
        self._known = theirs
        if not changed:
            return
        self._quiet = True
        try:
            if "title" in changed:
                self.title_edit.setText(theirs.title)
            for section in theirs.sections:
                if section.element.value in changed:
                    self.sections.replace_text(section.element, section.text)
            if "keywords" in changed:
                self.keywords.set_keywords(theirs.keywords, self.read_only)
            if changed & {"forms", "qa"}:
                forms = theirs.forms if "forms" in changed else self.forms.forms()
                qa = theirs.qa if "qa" in changed else self.forms.qa()
                self.forms.set_data(forms, qa, self.read_only)
        finally:
            self._quiet = False
        self._update_forms_count()
        self.watch.edited()

    # ---- reading the widgets ------------------------------------------------------------------

    def interpretation(self) -> Interpretation:
        """The 解读 as the widgets show it now (plain data: safe to hand to a background task)."""
        return Interpretation(
            title=self.title_edit.text(),
            policy_title=self._policy_title,
            sections=self.sections.sections(),
            keywords=self.keywords.keywords(),
            forms=self.forms.forms(),
            qa=self.forms.qa(),
        )

    # ---- actions ------------------------------------------------------------------------------

    def insert_text(self, text: str) -> None:
        """Insert ``text`` at the cursor of the focused section, on a line of its own."""
        if self.read_only or self._sid is None:
            return
        editor = self.sections.current_editor()
        cursor = editor.textCursor()
        if cursor.positionInBlock() > 0:
            text = "\n" + text
        cursor.insertText(text)
        editor.setTextCursor(cursor)
        editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def add_form_file(self, kind: FormKind, path: str | Path) -> None:
        """Store a picture or video in the library as one of the 解读's forms (off the GUI thread)."""
        if self.read_only or self._sid is None:
            return
        path = Path(path)
        sid, base, root, actor = self._sid, self.interpretation(), self._ctx.library.root, self._ctx.actor
        self.save_label.setText(translate("InterpretationTab", "正在存入 {0}…").format(path.name))

        def work(control):
            with Library.open(root) as own:
                return add_media_form(own, sid, actor, kind, path, base)

        def done(form) -> None:
            if sid == self._sid:
                self.forms.add_form(form)
                self._update_forms_count()
                self._show_saved()
            self.edited.emit()

        self._ctx.tasks.run(work, on_done=done, on_error=self._save_failed)

    # ---- filling the widgets ------------------------------------------------------------------

    def _show(self, interp: Interpretation, read_only: bool) -> None:
        self.read_only = read_only
        self._policy_title = interp.policy_title
        self._quiet = True
        try:
            self.title_edit.setText(interp.title)
            self.title_edit.setReadOnly(read_only)
            self.sections.set_sections(interp.sections, read_only)
            self.keywords.set_keywords(interp.keywords, read_only)
            self.forms.set_data(interp.forms, interp.qa, read_only)
        finally:
            self._quiet = False
        self._update_forms_count()

    def _aids_loaded(self, generation: int, data: ComposerData) -> None:
        if generation != self._generation:
            return  # another submission was opened meanwhile
        draft, pending = data.interpretation, self.autosaver.pending
        self._policy_title = self._policy_title or draft.policy_title
        self._quiet = True
        try:
            if not self.title_edit.text() and "title" not in pending:
                self.title_edit.setText(draft.title)
            if not self.keywords.keywords() and "keywords" not in pending:
                self.keywords.set_keywords(draft.keywords, self.read_only)
            if not self.forms.qa() and "qa" not in pending:
                self.forms.set_data(self.forms.forms(), draft.qa, self.read_only)
        finally:
            self._quiet = False
        self._suggestions, self.loaded = data.suggestions, True
        self._section_chosen(self.sections.current_element())
        self.watch.set_index(data.index)
        if data.index is None:
            note = translate("InterpretationTab", "原文没有可比对的文字（扫描件？），无法计算照搬比例")
            self.meter.set_waiting(note)
        else:
            self.watch.measure_now()

    def _aids_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        if not isinstance(exc, LibraryError):
            self._ctx.tasks.error.emit(exc)
        message = translate("InterpretationTab", "无法读取原文：{0}").format(message_of(exc))
        self.meter.set_waiting(message)
        self.suggestions.show_message(message, "")

    # ---- reacting to edits --------------------------------------------------------------------

    def _edited(self, part: str) -> None:
        if not self._quiet:
            self.autosaver.mark(part)

    def _section_edited(self, element: Element) -> None:
        if not self._quiet:
            self.autosaver.mark(element.value)
            self.watch.edited()

    def _forms_edited(self, part: str) -> None:
        self._update_forms_count()
        self._edited(part)

    def _section_chosen(self, element: Element) -> None:
        if not self.loaded:
            return
        found = self._suggestions.get(element, ())
        if element is Element.CHANGES and not found:
            heading = translate("InterpretationTab", "“{0}”的参考素材").format(element.value)
            note = translate("InterpretationTab", "在“新旧对照”中选择原政策文件，可生成变化概述并插入这里。")
            self.suggestions.show_message(heading, note)
        else:
            self.suggestions.show_suggestions(element.value, found, self.read_only)

    def _update_forms_count(self) -> None:
        text, enough = count_text(self.forms.forms(), self.forms.qa(), self._settings.min_forms)
        self.forms_count.setText(text)
        self.forms_count.setStyleSheet(f"color: {'#2b8a3e' if enough else '#e67700'};")

    def _measured(self, originality: Originality, texts: dict[str, str]) -> None:
        self.originality = originality
        self.meter.set_share(originality.copied_share)
        self.sections.show_originality(originality, texts)

    def _saved(self, submission_id: int, written: Interpretation) -> None:
        if submission_id == self._sid:
            self._known = written
            self._show_saved()
        self.edited.emit()

    def _show_saved(self) -> None:
        when = dt.datetime.now().strftime("%H:%M:%S")
        self.save_label.setText(translate("InterpretationTab", "已自动保存 {0}").format(when))
        self.save_label.setStyleSheet("color: #868e96;")

    def _save_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, LibraryError):
            self._ctx.tasks.error.emit(exc)
            return
        text = translate("InterpretationTab", "未能保存：{0}（修改仍在，将自动重试）").format(
            localized(exc.message_zh, exc.message_en)
        )
        self.save_label.setText(text)
        self.save_label.setStyleSheet("color: #c92a2a;")

    # ---- visibility ---------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._sid is not None:
            self.reload()

    def hideEvent(self, event: QHideEvent) -> None:
        self.autosaver.flush()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush()
        super().closeEvent(event)
