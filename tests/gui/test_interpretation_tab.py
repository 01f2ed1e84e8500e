"""The 政策解读 tab as a clerk uses it: a dev-corpus policy imported into the library, its 解读 written
with the suggestions, two forms, a pasted paragraph the meter catches — all autosaved."""

from __future__ import annotations

import threading

import pytest
from PIL import Image, ImageDraw
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from gui import interp_meter
from gui.context import AppContext
from gui.interpretation_tab import InterpretationTab
from gui.tasks import TaskRunner
from policy.interpretation import Element, FormKind
from policy.submission import FileRole, SubmissionStatus
from storage import Library, submissions
from workflow.importing import import_files
from workflow.interpret import stored_interpretation
from workflow.originals import extract_original

OWN_WORDS = "这项政策让住房困难的家庭更容易租到便宜的房子，也说明了补贴怎么算。"


@pytest.fixture
def sid(library, corpus) -> int:
    (outcome,) = import_files(library, [corpus / "d055.docx"], "张三")  # 广州 住房保障 通知
    return outcome.submission_id


@pytest.fixture
def tab(ctx, qtbot, sid) -> InterpretationTab:
    widget = InterpretationTab(ctx)
    qtbot.addWidget(widget)
    widget.set_submission(sid)  # the inline runner: the aids are in when this returns
    return widget


def copied_paragraph(library, sid) -> str:
    document = extract_original(library, sid).document
    return max((b.text for b in document.blocks), key=len)


def stored_text(library, sid, element: Element) -> str:
    interp = stored_interpretation(library, sid)
    return interp.section(element).text if interp else ""


def test_opening_a_policy_shows_the_eight_sections_the_title_and_the_aids(tab):
    headings = [tab.sections.section_list.item(i).text() for i in range(8)]
    assert headings[0] == "一、背景依据" and headings[7] == "八、新旧政策差异"
    assert "住房保障" in tab.title_edit.text() and tab.title_edit.text().endswith("的政策解读")
    assert tab.loaded and tab.suggestions.rows  # 背景依据 is focused: its candidate sentences
    assert any("根据" in s.text for s, _, _ in tab.suggestions.rows)
    assert "公共租赁住房" in [k.word for k in tab.keywords.keywords()]
    assert tab.meter.text.startswith("0%")
    assert "0/2" in tab.forms_count.text() and "还差 2 种" in tab.forms_count.text()


def test_a_clicked_suggestion_lands_in_the_section_and_is_saved_within_a_second(
    tab, ctx, qtbot, library, sid
):
    tab.focus_section(Element.STANDARDS.value)
    suggestion, insert, _ = tab.suggestions.rows[0]
    assert "“执行标准”" in tab.suggestions._heading.text()
    qtbot.mouseClick(insert, Qt.MouseButton.LeftButton)
    assert suggestion.text in tab.editors[Element.STANDARDS].toPlainText()
    with qtbot.waitSignal(tab.edited, timeout=1500):
        pass
    assert suggestion.text in stored_text(library, sid, Element.STANDARDS)
    again = InterpretationTab(ctx)
    qtbot.addWidget(again)
    again.set_submission(sid)
    assert suggestion.text in again.editors[Element.STANDARDS].toPlainText()
    assert "已自动保存" in tab.save_label.text()


def test_a_source_link_asks_the_window_to_show_the_passage(tab, qtbot):
    suggestion, _, link = tab.suggestions.rows[0]
    with qtbot.waitSignal(tab.source_requested) as blocker:
        qtbot.mouseClick(link, Qt.MouseButton.LeftButton)
    start, end = suggestion.source.span or (-1, -1)
    assert blocker.args == [suggestion.source.block, start, end]


def test_a_picture_and_one_answered_question_make_two_forms(tab, ctx, qtbot, library, sid, tmp_path):
    chart = tmp_path / "补贴标准图解.png"
    image = Image.new("RGB", (240, 160), "white")
    ImageDraw.Draw(image).rectangle((20, 20, 220, 140), fill="steelblue")
    image.save(chart)
    tab.add_form_file(FormKind.GRAPHIC, chart)
    assert "1/2" in tab.forms_count.text() and "图片/图解" in tab.forms_count.text()
    qtbot.mouseClick(tab.forms.add_question, Qt.MouseButton.LeftButton)
    tab.forms.questions[-1].setText("谁可以申请租房补贴？")
    tab.forms.answers[-1].setPlainText("本市户籍、住房有困难的家庭都可以申请。")
    assert "2/2" in tab.forms_count.text() and "简明问答" in tab.forms_count.text()
    assert "2/2" in tab.forms.count_label.text()
    tab.flush()
    media = [f for f in submissions.get(library, sid).files if f.role is FileRole.MEDIA]
    assert [f.name for f in media] == ["补贴标准图解.png"]
    stored = stored_interpretation(library, sid)
    assert [f.kind for f in stored.forms] == [FormKind.GRAPHIC] and stored.forms[0].file_sha256 == media[
        0
    ].sha256
    assert any(q.answer.startswith("本市户籍") for q in stored.qa)
    again = InterpretationTab(ctx)
    qtbot.addWidget(again)
    again.set_submission(sid)
    assert "2/2" in again.forms_count.text()


def test_a_pasted_paragraph_of_the_policy_raises_the_meter_and_is_highlighted(tab, qtbot, library, sid):
    paragraph = copied_paragraph(library, sid)
    editor = tab.sections.select(Element.CONTENT)
    editor.setPlainText(OWN_WORDS + "\n")
    qtbot.waitUntil(lambda: tab.watch.results >= 2, timeout=2000)  # the load's, then this one's
    assert tab.meter.share == 0.0 and editor.extraSelections() == []
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    editor.insertPlainText(paragraph)  # as a paste does
    qtbot.waitUntil(lambda: (tab.meter.share or 0) > 0.3, timeout=2000)
    assert "超过上限" in tab.meter.text and tab.meter.value > 30
    marked = [s.cursor.selectedText() for s in editor.extraSelections()]
    assert marked and paragraph[:20] in "".join(marked)
    assert all(OWN_WORDS[:10] not in m for m in marked)  # the clerk's own words stay unmarked
    first = editor.extraSelections()[0]
    assert first.cursor.selectionStart() >= len(OWN_WORDS)
    assert first.format.background().color() == interp_meter.COPIED_BACKGROUND
    assert "照搬" in tab.sections.section_list.item(2).text()


def test_typed_text_survives_in_a_freshly_opened_library(tab, qtbot, library, sid):
    tab.editors[Element.SCOPE].setPlainText("本市户籍的住房困难家庭。")
    qtbot.waitUntil(lambda: stored_text(library, sid, Element.SCOPE) != "", timeout=1500)  # no flush
    fresh = Library.open(library.root)
    try:
        other = InterpretationTab(AppContext(fresh, "张三", TaskRunner(inline=True, parent=tab)))
        qtbot.addWidget(other)
        other.set_submission(sid)
        assert other.editors[Element.SCOPE].toPlainText() == "本市户籍的住房困难家庭。"
        assert other.title_edit.text() == tab.title_edit.text()
    finally:
        fresh.close()


def test_focus_section_puts_the_cursor_in_that_editor(tab, qtbot):
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()
    assert tab.focus_section("interpretation.执行标准")
    assert tab.sections.current_element() is Element.STANDARDS
    assert tab.sections.stack.currentWidget() is tab.editors[Element.STANDARDS]
    qtbot.waitUntil(lambda: tab.editors[Element.STANDARDS].hasFocus(), timeout=1000)
    assert tab.focus_section("interpretation.forms") and tab.side.currentWidget() is tab.forms
    assert not tab.focus_section("nonsense")


def test_switching_submissions_saves_the_previous_one_first(tab, ctx, library, sid, corpus):
    (other,) = import_files(library, [corpus / "d002.docx"], "张三")
    tab.editors[Element.GOALS].setPlainText("稳定住房保障家庭的预期。")
    tab.set_submission(other.submission_id)  # before the autosave delay has passed
    assert stored_text(library, sid, Element.GOALS) == "稳定住房保障家庭的预期。"
    assert tab.editors[Element.GOALS].toPlainText() == ""
    assert "激励" in tab.title_edit.text()


def test_a_published_item_is_shown_read_only(ctx, qtbot, library, sid):
    submissions.set_status(library, sid, SubmissionStatus.UPLOADED)
    widget = InterpretationTab(ctx)
    qtbot.addWidget(widget)
    widget.set_submission(sid)
    assert widget.editors[Element.BACKGROUND].isReadOnly() and not widget.banner.isHidden()
    assert not widget.suggestions.rows[0][1].isEnabled()


def test_the_meter_follows_typing_on_the_real_thread_pool(qtbot, library, sid):
    owner = QWidget()
    qtbot.addWidget(owner)
    runner = TaskRunner(owner)
    widget = InterpretationTab(AppContext(library, "张三", runner), owner)
    widget.set_submission(sid)
    qtbot.waitUntil(lambda: widget.loaded and widget.meter.share is not None, timeout=20000)
    worker: list[int] = []
    real_measure = interp_meter.measure

    def spy(texts, index):
        worker.append(threading.get_ident())
        return real_measure(texts, index)

    interp_meter.measure = spy
    try:
        widget.editors[Element.CONTENT].setPlainText(copied_paragraph(library, sid))
        qtbot.waitUntil(lambda: (widget.meter.share or 0) > 0.3, timeout=3000)
    finally:
        interp_meter.measure = real_measure
    assert worker and threading.get_ident() not in worker  # measured off the GUI thread
    assert widget.editors[Element.CONTENT].extraSelections()
    assert widget.watch.last_latency_ms is not None and widget.watch.last_latency_ms < 2000
    widget.flush()
    runner.wait()
    assert stored_text(library, sid, Element.CONTENT)


def test_a_result_measured_for_older_text_is_dropped(qtbot, library, sid, monkeypatch):
    owner = QWidget()
    qtbot.addWidget(owner)
    runner = TaskRunner(owner)
    widget = InterpretationTab(AppContext(library, "张三", runner), owner)
    widget.set_submission(sid)
    qtbot.waitUntil(lambda: widget.loaded and widget.watch.results == 1, timeout=20000)
    release, real_measure = threading.Event(), interp_meter.measure

    def held(texts, index):
        release.wait(5)
        return real_measure(texts, index)

    monkeypatch.setattr(interp_meter, "measure", held)
    editor = widget.editors[Element.CONTENT]
    editor.setPlainText(copied_paragraph(library, sid))
    widget.watch.measure_now()  # measures the copied paragraph, held on the worker
    editor.setPlainText(OWN_WORDS)  # … which the clerk replaces meanwhile
    release.set()
    qtbot.waitUntil(lambda: widget.watch.results >= 2, timeout=3000)  # the result for the new text
    assert widget.meter.share == 0.0 and editor.extraSelections() == []
    runner.wait()
    widget.flush()


def test_keyword_explanations_and_a_talk_record_are_saved(tab, ctx, qtbot, library, sid):
    words = [k.word for k in tab.keywords.keywords()]
    tab.keywords.explanations[words.index("公共租赁住房")].setText("政府提供的、租金较低的住房")
    tab.keywords.add_keyword("轮候")
    tab.keywords.explanations[-1].setText("排队等候分配")
    qtbot.mouseClick(tab.forms.add_talk, Qt.MouseButton.LeftButton)
    row = tab.forms.form_rows[-1]
    row.findChild(QLineEdit).setText("6月12日 区政务服务中心")
    row.findChild(QPlainTextEdit).setPlainText("讲解了补贴标准和申请流程，回答了群众提问。")
    assert "现场宣讲" in tab.forms_count.text() and "1/2" in tab.forms_count.text()
    tab.flush()
    stored = stored_interpretation(library, sid)
    explained = {k.word: k.explanation for k in stored.keywords}
    assert explained["公共租赁住房"] == "政府提供的、租金较低的住房" and explained["轮候"] == "排队等候分配"
    (talk,) = stored.forms
    assert talk.kind is FormKind.TALK and talk.title.startswith("6月12日") and "补贴标准" in talk.text
    tab.focus_section(Element.CHANGES.value)
    assert "新旧对照" in tab.suggestions._note.text()
