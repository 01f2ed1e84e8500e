"""The 新旧政策对照: alignment by content, classification, character diff, the .docx table, summary."""

from __future__ import annotations

import random
from collections.abc import Sequence
from pathlib import Path

import docx
import pytest

from compose.clauses import UnitKind
from compose.diff import DiffResult, change_label, char_diff, compare, compare_files, summary
from compose.diff_docx import HEADER, write
from policy.document import Block, ParsedDocument
from policy.interpretation import Change

CN = "零一二三四五六七八九十"

CLAUSES = (
    "为了规范本区政务公开工作，保障公民、法人和其他组织依法获取政府信息，制定本办法。",
    "本办法适用于区人民政府及其工作部门、乡（镇）人民政府和街道办事处。",
    "区人民政府办公室是本区政务公开工作的主管部门，负责推进、指导、协调、监督全区政务公开工作。",
    "行政机关应当主动公开涉及公众利益调整、需要公众广泛知晓或者需要公众参与决策的政府信息。",
    "行政机关制发的行政规范性文件，应当在印发之日起二十个工作日内在政府网站公开。",
    "政策文件与政策解读应当同步组织、同步审签、同步部署，解读材料应当与文件同时发布。",
    "行政机关应当建立健全政府信息发布保密审查机制，明确审查的程序和责任。",
    "公民、法人或者其他组织认为行政机关在政务公开工作中侵犯其合法权益的，可以依法申请行政复议。",
)
OTHER = (
    "全市城乡最低生活保障标准为每人每月一千三百零九元，自二〇二五年一月一日起执行。",
    "特困人员基本生活标准按本市最低生活保障标准的一点六倍确定。",
    "孤儿养育标准和事实无人抚养儿童基本生活补贴标准为每人每月二千九百七十六元。",
    "成年流浪乞讨受助人员基本饮食标准为每人每月七百八十五点四元。",
    "最低生活保障边缘家庭认定标准按最低生活保障标准的一点五倍确定。",
    "各区对本通知印发当月在册的最低生活保障对象按新标准补发差额。",
)


def number(n: int) -> str:
    return CN[n] if n <= 10 else "十" + CN[n - 10]


def policy(
    texts: Sequence[str], title: str = "长江区政务公开管理办法", *, first: int = 1, enclosing: bool = False
) -> ParsedDocument:
    """A 办法 of 第X条 clauses laid out as plain blocks: title, 主送, clauses, 署名, 成文日期."""
    lines = [title, "各乡（镇）人民政府、街道办事处，区政府各部门："]
    if enclosing:
        lines = [f"长江区人民政府办公室关于印发《{title}》的通知", lines[1]]
        lines += [
            f"现将《{title}》印发给你们，请认真贯彻执行。",
            "长江区人民政府办公室",
            "2024年6月4日",
            title,
        ]
    lines += [f"第{number(first + i)}条　{t}" for i, t in enumerate(texts)]
    if not enclosing:
        lines += ["长江区人民政府办公室", "2024年6月4日"]
    lines.append("抄送：区委办公室，区人大常委会办公室。")
    return ParsedDocument("test", "docx", tuple(Block(i, t) for i, t in enumerate(lines)))


def changes(result: DiffResult) -> list[Change]:
    return [r.change for r in result.rows]


def test_renumbered_only_is_all_unchanged():
    result = compare(policy(CLAUSES), policy(CLAUSES, first=3))
    assert result.unit_kind is UnitKind.CLAUSE
    assert changes(result) == [Change.UNCHANGED] * len(CLAUSES)
    assert result.rows[0].old_label == "第一条" and result.rows[0].new_label == "第三条"
    assert change_label(result.rows[0]) == "未变（原第一条）"


def test_an_inserted_clause_is_one_addition_and_the_rest_unchanged():
    new = (*CLAUSES[:3], OTHER[0], *CLAUSES[3:])
    result = compare(policy(CLAUSES), policy(new))
    assert changes(result).count(Change.ADDED) == 1
    assert changes(result).count(Change.UNCHANGED) == len(CLAUSES)
    added = result.rows[3]
    assert added.change is Change.ADDED and added.new_label == "第四条" and added.old_text is None
    assert result.counts[Change.ADDED] == 1 and result.counts[Change.UNCHANGED] == len(CLAUSES)


def test_a_deleted_clause_is_a_deletion_in_its_old_place():
    new = CLAUSES[:2] + CLAUSES[3:]
    result = compare(policy(CLAUSES), policy(new))
    assert changes(result) == [Change.UNCHANGED] * 2 + [Change.DELETED] + [Change.UNCHANGED] * 5
    deleted = result.rows[2]
    assert (
        deleted.old_label == "第三条" and deleted.new_label is None and deleted.old_text.endswith(CLAUSES[2])
    )


def test_a_moved_clause_is_one_move():
    new = (*CLAUSES[1:6], CLAUSES[0], *CLAUSES[6:])
    result = compare(policy(CLAUSES), policy(new))
    assert changes(result).count(Change.MOVED) == 1
    assert changes(result).count(Change.UNCHANGED) == len(CLAUSES) - 1
    moved = next(r for r in result.rows if r.change is Change.MOVED)
    assert moved.old_label == "第一条" and moved.new_label == "第六条" and not moved.pieces
    assert change_label(moved) == "移动（原第一条）"


def test_a_rewritten_clause_is_modified_and_its_pieces_rebuild_both_texts():
    rewritten = (
        CLAUSES[4].replace("二十个工作日", "十五个工作日").replace("政府网站", "政府门户网站和政务新媒体")
    )
    new = (*CLAUSES[:4], rewritten, *CLAUSES[5:])
    result = compare(policy(CLAUSES), policy(new))
    assert changes(result) == [Change.UNCHANGED] * 4 + [Change.MODIFIED] + [Change.UNCHANGED] * 3
    row = result.rows[4]
    assert 0.5 <= row.similarity < 1
    assert "".join(t for op, t in row.pieces if op != "+") == row.old_text
    assert "".join(t for op, t in row.pieces if op != "-") == row.new_text
    assert ("+", "门户") in row.pieces or any(op == "+" and "门户" in t for op, t in row.pieces)


def test_a_moved_and_rewritten_clause_is_a_move_with_a_diff():
    rewritten = CLAUSES[0].replace("规范本区政务公开工作", "进一步规范和加强本区政务公开工作")
    new = (*CLAUSES[1:7], rewritten, CLAUSES[7])
    result = compare(policy(CLAUSES), policy(new))
    moved = [r for r in result.rows if r.change is Change.MOVED]
    assert len(moved) == 1 and moved[0].pieces and moved[0].similarity < 1
    assert change_label(moved[0]) == "移动并修改（原第一条）"
    assert changes(result).count(Change.UNCHANGED) == len(CLAUSES) - 1


def test_unrelated_documents_give_a_warning_and_no_table():
    result = compare(policy(CLAUSES), policy(OTHER, title="广州市2025年最低生活保障及相关社会救助标准"))
    assert not result.related and result.rows == ()
    assert any("不是同一文件" in w and "no comparison table" in w for w in result.warnings)
    assert summary(result) == "新旧文件差别过大，未作对照。"


def test_an_enclosed_document_is_compared_without_its_notice():
    result = compare(policy(CLAUSES, enclosing=True), policy(CLAUSES[:7]))
    assert result.unit_kind is UnitKind.CLAUSE
    assert changes(result) == [Change.UNCHANGED] * 7 + [Change.DELETED]
    assert all("印发给你们" not in (r.old_text or "") for r in result.rows)


def outline(sections: Sequence[tuple[str, Sequence[str]]]) -> ParsedDocument:
    lines = [
        "长江区人民政府办公室关于做好2025年社会救助工作的通知",
        "各区人民政府，市政府各部门：",
        "现就有关事项通知如下。",
    ]
    for n, (heading, items) in enumerate(sections, 1):
        lines.append(f"{number(n)}、{heading}")
        lines += [f"（{number(k)}）{t}" for k, t in enumerate(items, 1)]
    lines += ["长江区人民政府办公室", "2025年5月30日"]
    return ParsedDocument("test", "docx", tuple(Block(i, t) for i, t in enumerate(lines)))


def test_outline_sections_are_units_and_labelled_by_their_path():
    old = outline([("社会救助标准", OTHER[:3]), ("执行时间", OTHER[3:5])])
    new = outline([("社会救助标准", (OTHER[0], OTHER[5], *OTHER[1:3])), ("执行时间", OTHER[3:5])])
    result = compare(old, new)
    assert result.unit_kind is UnitKind.OUTLINE
    added = [r for r in result.rows if r.change is Change.ADDED]
    assert [r.new_label for r in added] == ["一、（二）"]
    assert changes(result).count(Change.UNCHANGED) == 8  # 导语, two headings, five items
    assert result.rows[0].new_label == "第1段"


def test_paragraphs_when_there_is_no_numbering():
    def plain(texts: Sequence[str]) -> ParsedDocument:
        lines = [
            "长江区人民政府关于调整救助标准的通知",
            "各区人民政府：",
            *texts,
            "长江区人民政府",
            "2025年5月30日",
        ]
        return ParsedDocument("t", "docx", tuple(Block(i, t) for i, t in enumerate(lines)))

    result = compare(plain(OTHER), plain(OTHER[:2] + OTHER[3:]))
    assert result.unit_kind is UnitKind.PARAGRAPH
    assert changes(result) == [Change.UNCHANGED] * 2 + [Change.DELETED] + [Change.UNCHANGED] * 3
    assert result.rows[2].old_label == "第3段"


def test_clauses_against_unnumbered_paragraphs_compare_by_paragraph_with_a_warning():
    plain = ParsedDocument(
        "p",
        "docx",
        tuple(Block(b.index, b.text.partition("　")[2] or b.text) for b in policy(CLAUSES).blocks),
    )
    result = compare(policy(CLAUSES), plain)
    assert result.unit_kind is UnitKind.PARAGRAPH
    assert any("结构不同" in w for w in result.warnings)
    assert set(changes(result)) == {Change.UNCHANGED}  # the numbers are not part of the compared text


def test_char_diff_rebuilds_both_sides_of_random_edits():
    rng = random.Random(3)
    alphabet = "的政务公开工作机关文件信息，。一二三"
    for _ in range(200):
        a = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        b = list(a)
        for _ in range(rng.randint(0, 8)):
            at = rng.randint(0, len(b))
            b[at : at + rng.randint(0, 3)] = rng.choice(alphabet) * rng.randint(0, 3)
        b = "".join(b)
        pieces = char_diff(a, b)
        assert "".join(t for op, t in pieces if op != "+") == a
        assert "".join(t for op, t in pieces if op != "-") == b
        assert all(t for _, t in pieces)


def test_char_diff_keeps_a_rewritten_phrase_whole():
    pieces = char_diff("在政府网站公开。", "在政务新媒体平台公开。")
    assert pieces[0] == ("=", "在政") and pieces[-1] == ("=", "公开。")
    assert [op for op, _ in pieces] == ["=", "-", "+", "="]


def test_summary_names_the_changes():
    rewritten = CLAUSES[4].replace("二十个工作日", "十五个工作日")
    new = (CLAUSES[0], OTHER[0], *CLAUSES[2:4], rewritten, *CLAUSES[5:])
    text = summary(compare(policy(CLAUSES), policy(new)))
    assert text.startswith("与原政策相比，")
    assert "新增第二条" in text and "删除原第二条" in text and "修改第五条" in text and "其余6处未变" in text


def test_the_table_docx_has_a_header_and_a_row_per_diff_row(tmp_path: Path):
    rewritten = CLAUSES[4].replace("二十个工作日", "十五个工作日")
    new = (*CLAUSES[:2], OTHER[0], *CLAUSES[3:4], rewritten, *CLAUSES[5:])
    result = compare(policy(CLAUSES), policy(new))
    path = write(result, tmp_path / "对照表.docx")
    document = docx.Document(str(path))
    assert "新旧对照表" in document.paragraphs[0].text
    table = document.tables[0]
    assert tuple(c.text for c in table.rows[0].cells) == HEADER
    assert len(table.rows) == len(result.rows) + 1
    modified = next(n for n, r in enumerate(result.rows, 1) if r.change is Change.MODIFIED)
    old_cell, new_cell = table.rows[modified].cells[1:3]
    # 二十 → 十五: the one common 十 is folded into the change, so each side shows a whole word
    assert [r.text for p in old_cell.paragraphs for r in p.runs if r.font.strike] == ["二十"]
    assert [r.text for p in new_cell.paragraphs for r in p.runs if r.font.underline] == ["十五"]
    assert table.rows[modified].cells[3].text == "修改"
    section = document.sections[0]
    assert round(section.page_width.mm) == 210 and round(section.page_height.mm) == 297

    short = docx.Document(str(write(result, tmp_path / "changed.docx", include_unchanged=False)))
    assert len(short.tables[0].rows) == 1 + len(result.changed)


def _write_docx(path: Path, texts: Sequence[str], first: int = 1) -> Path:
    document = docx.Document()
    for line in policy(texts, first=first).blocks:
        document.add_paragraph(line.text)
    document.save(str(path))
    return path


def test_compare_files_reads_both_files(tmp_path: Path):
    old = _write_docx(tmp_path / "old.docx", CLAUSES)
    new = _write_docx(tmp_path / "new.docx", (*CLAUSES[:5], *CLAUSES[6:], OTHER[1]))
    result = compare_files(old, new)
    assert result.counts[Change.DELETED] == 1 and result.counts[Change.ADDED] == 1
    assert result.counts[Change.UNCHANGED] == 7 and result.warnings == ()


def test_a_docx_and_a_pdf_of_one_policy_are_unchanged(corpus: Path):
    result = compare_files(corpus / "d013.docx", corpus / "d032.pdf")
    assert result.unit_kind is UnitKind.OUTLINE and len(result.rows) >= 10
    assert set(changes(result)) == {Change.UNCHANGED}


@pytest.mark.parametrize("missing", ["old", "new"])
def test_a_file_without_body_gives_a_warning(missing: str):
    empty = ParsedDocument("e", "docx", (Block(0, "长江区政务公开管理办法"),))
    pair = (empty, policy(CLAUSES)) if missing == "old" else (policy(CLAUSES), empty)
    result = compare(*pair)
    assert result.rows == () and not result.related and result.warnings
