"""The 解读 use cases end to end: draft for a file, 新旧对照 with an old version, storing a written
解读 with its forms on a library submission — through the command line as a clerk would."""

import json
import subprocess
import sys

import docx
import pytest

from policy.interpretation import Change, Element, FormKind
from policy.submission import LinkKind
from storage import Library, records, submissions
from tests.conftest import ROOT
from workflow import interpret
from workflow.importing import import_files

CLAUSES = [
    "为规范本区中小企业扶持资金管理，根据有关规定，制定本办法。",
    "本办法适用于在本区登记注册、依法纳税的中小企业。",
    "扶持资金由区财政预算安排，实行专款专用。",
    "对新认定的专精特新企业给予一次性奖励20万元。",
    "企业向区工业和信息化局提出申请，并提交营业执照和申请表。",
    "区工业和信息化局会同区财政局对申请材料进行审核。",
    "本办法自2024年7月1日起施行，有效期5年。",
]
NUMERALS = "一二三四五六七八九十"


def write_measure(path, clauses, title="长江区中小企业发展扶持办法"):
    d = docx.Document()
    d.add_paragraph(title).alignment = 1
    for i, text in enumerate(clauses):
        d.add_paragraph(f"第{NUMERALS[i]}条　{text}")
    d.save(path)
    return path


def run_cli(*args):
    return subprocess.run(
        [sys.executable, "main.py", *args], cwd=ROOT, capture_output=True, text=True, timeout=300
    )


def test_draft_for_a_file_has_keywords_suggestions_and_questions(corpus):
    draft = interpret.draft_for_file(corpus / "d055.docx")
    interp = draft.interpretation
    assert "住房保障" in interp.title
    assert "公共租赁住房" in [k.word for k in interp.keywords]
    assert draft.suggestions[Element.STANDARDS] and draft.suggestions[Element.BACKGROUND]
    assert any(q.question.startswith("何时起施行") for q in interp.qa)
    assert draft.originality is None  # nothing written yet


def test_old_version_gives_a_comparison_table_with_named_changes(tmp_path):
    old = write_measure(tmp_path / "old.docx", CLAUSES)
    new_clauses = CLAUSES[:3] + ["对首次获评高新技术企业的给予奖励10万元。"] + CLAUSES[3:]
    new_clauses[4] = "对新认定的专精特新企业给予一次性奖励30万元。"
    new = write_measure(tmp_path / "new.docx", new_clauses)
    draft = interpret.draft_for_file(new, old)
    changes = [row.change for row in draft.diff.rows]
    assert changes.count(Change.ADDED) == 1 and changes.count(Change.MODIFIED) == 1
    assert changes.count(Change.UNCHANGED) == len(CLAUSES) - 1  # renumbering alone is no change
    assert draft.suggestions[Element.CHANGES] and "新增" in draft.suggestions[Element.CHANGES][0].text


def test_cli_interpret_file_with_old_version_prints_the_table_and_writes_docx(tmp_path):
    old = write_measure(tmp_path / "old.docx", CLAUSES)
    new = write_measure(tmp_path / "new.docx", CLAUSES[:2] + CLAUSES[3:])
    out = tmp_path / "draft.docx"
    result = run_cli("interpret", str(new), "--old", str(old), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "新旧对照表" in result.stdout and "删除" in result.stdout
    assert out.exists() and (tmp_path / "draft-新旧对照表.docx").exists()
    headings = [p.text for p in docx.Document(out).paragraphs]
    assert "一、背景依据" in headings and "八、新旧政策差异" in headings


@pytest.fixture
def lib_with_policy(tmp_path, corpus):
    lib = Library.open(tmp_path / "lib")
    (outcome,) = import_files(lib, [corpus / "d055.docx"], "张三")
    yield lib, outcome.submission_id
    lib.close()


def test_storing_a_written_interpretation_with_forms_and_the_replaced_policy(
    tmp_path, lib_with_policy, corpus
):
    lib, sid = lib_with_policy
    written = tmp_path / "解读.md"
    written.write_text(
        "# 关于《进一步加强户籍家庭住房保障工作的通知》的政策解读\n\n"
        "## 背景依据\n\n近年来，本市住房租赁市场租金水平变化较大，原有补贴标准需要随之调整。\n\n"
        "## 执行标准\n\n补贴按人均面积和家庭人口计算，每户每月最少发放二百元。\n\n"
        "## 关键词\n\n- 计租：计算应交租金的方式。\n",
        "utf-8",
    )
    chart = tmp_path / "chart.png"
    chart.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    qa = tmp_path / "qa.md"
    qa.write_text("问：谁可以申请？\n答：本市户籍家庭。\n", "utf-8")
    forms = [(FormKind.GRAPHIC, chart), (FormKind.QA, qa)]
    draft = interpret.store_interpretation(lib, sid, "张三", written, forms, corpus / "d002.docx")
    stored = interpret.stored_interpretation(lib, sid)
    assert stored.section(Element.BACKGROUND).text.startswith("近年来")
    assert [k.word for k in stored.keywords] == ["计租"]
    assert [f.kind for f in stored.forms] == [FormKind.GRAPHIC, FormKind.QA]
    assert "本市户籍家庭" in stored.forms[1].text
    assert draft.originality is not None and draft.originality.copied_share < 0.2
    media = [f.name for f in submissions.get(lib, sid).files if f.role.value == "media"]
    assert media == ["chart.png", "qa.md"]
    (link,) = records.links(lib, sid)
    assert link[0] == sid and link[2] is LinkKind.REPLACES
    assert submissions.get(lib, link[1]).doc_number == "国办发〔2018〕117号"


def test_cli_stores_a_written_interpretation_and_shows_it_as_json(tmp_path, lib_with_policy):
    lib, sid = lib_with_policy
    lib.close()
    written = tmp_path / "w.txt"
    written.write_text("一、背景依据\n为了让住房困难家庭住得起，调整补贴标准。\n", "utf-8")
    chart = tmp_path / "图解.png"
    chart.write_bytes(b"\x89PNG\r\n\x1a\n")
    result = run_cli("--library", str(tmp_path / "lib"), "interpret", str(sid), "--from", str(written),
                     "--form", f"图解={chart}", "--json")  # fmt: skip
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    sections = {s["element"]: s["text"] for s in out["interpretation"]["sections"]}
    assert sections["背景依据"] == "为了让住房困难家庭住得起，调整补贴标准。"
    assert out["interpretation"]["forms"][0]["kind"] == "图解"
    assert 0 <= out["originality"]["copied_share"] < 0.2
    bad = run_cli("--library", str(tmp_path / "lib"), "interpret", str(sid), "--form", "漫画=x.png")
    assert bad.returncode == 1 and "不认识的解读形式" in bad.stderr


def test_removing_a_form_detaches_its_media_from_the_submission(tmp_path, lib_with_policy):
    from dataclasses import replace

    from workflow import composer

    lib, sid = lib_with_policy
    written = tmp_path / "w.txt"
    written.write_text("一、背景依据\n为了让住房困难家庭住得起，调整补贴标准。\n", "utf-8")
    chart, video = tmp_path / "图解.png", tmp_path / "宣讲.mp4"
    chart.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\1" * 64)
    video.write_bytes(b"\0\0\0\x18ftypmp42" + b"\2" * 64)
    interpret.store_interpretation(
        lib, sid, "张三", written, [(FormKind.GRAPHIC, chart), (FormKind.VIDEO, video)]
    )

    def media():
        return [f.name for f in submissions.get(lib, sid).files if f.role.value == "media"]

    assert media() == ["图解.png", "宣讲.mp4"]
    stored = interpret.stored_interpretation(lib, sid)
    kept = tuple(f for f in stored.forms if f.kind is FormKind.VIDEO)
    composer.update_interpretation(lib, sid, "张三", replace(stored, forms=kept), {"forms"})
    assert media() == ["宣讲.mp4"]  # the picture the clerk removed is no longer the submission's
    removed = next(f for f in stored.forms if f.kind is FormKind.GRAPHIC)
    stored_copies = lib.query("SELECT count(*) AS n FROM files WHERE sha256 = ?", (removed.file_sha256,))
    assert stored_copies[0]["n"] == 1  # the stored copy stays (content-addressed; another item may use it)
    composer.add_media_form(
        lib, sid, "张三", FormKind.GRAPHIC, chart, interpret.stored_interpretation(lib, sid)
    )
    assert sorted(media()) == sorted(["宣讲.mp4", "图解.png"])
