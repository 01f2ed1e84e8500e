"""The PDF reader on the dev corpus (real files, no mocks), and the layout rules it shares with OFD."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from extractors import pdf
from extractors.layout import PageRuns, Run, build_blocks, join_runs, needs_space
from policy.document import Align, BlockKind, ParsedDocument
from policy.problems import Status

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "dev"
PAGE_NUMBER = re.compile(r"^[—\-–]\s*\d+\s*[—\-–]$")
CHINESE_YEAR = re.compile(r"[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月")


def _label(path: Path) -> dict:
    return json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))


def _squash(text: str) -> str:
    return "".join(text.split())


METADATA_PDFS = sorted(p for p in CORPUS.glob("*.pdf") if _label(p).get("expect") == "metadata")


@pytest.fixture(scope="module")
def d031() -> ParsedDocument:
    result = pdf.read(CORPUS / "d031.pdf")
    assert result.status is Status.OK, result.problems
    assert result.document is not None
    return result.document


@pytest.mark.parametrize("path", METADATA_PDFS, ids=lambda p: p.name)
def test_corpus_pdf_text_holds_title_and_doc_number(path: Path) -> None:
    fields = _label(path)["fields"]
    result = pdf.read(path)
    assert result.status is Status.OK, result.problems
    doc = result.document
    assert doc is not None and doc.format == "pdf" and doc.page_count
    text = _squash(doc.text)
    assert _squash(fields["title"]) in text
    if fields["doc_number"]:
        assert _squash(fields["doc_number"]) in text
    if fields["date"] and path.name != "d050.pdf":
        year, month, day = (int(v) for v in fields["date"].split("-"))
        chinese = f"{year}年{month}月{day}日"
        assert chinese in text or CHINESE_YEAR.search(text)  # some print the date in Chinese numerals
    for block in doc.blocks:
        assert block.page is not None and 1 <= block.page <= doc.page_count
        assert block.bbox is not None and block.text == block.text.strip() and block.text
    # page numbers never sit in the body
    assert not [b.text for b in doc.body if PAGE_NUMBER.match(b.text)]


def test_d031_red_issuer_mark_is_red_large_and_centred(d031: ParsedDocument) -> None:
    first = d031.body[0]
    assert first.text == "国务院文件"
    assert first.page == 1
    assert first.style.is_red
    assert first.style.size is not None and first.style.size >= 30
    assert first.style.align is Align.CENTER
    assert first.style.font and "+" not in first.style.font


def test_d031_doc_number_and_title_lines(d031: ParsedDocument) -> None:
    number, title1, title2 = d031.body[1:4]
    assert _squash(number.text) == "国发〔2018〕42号"
    assert (
        number.text == "国发〔2018〕42号"
    )  # no space between the digits and 号: the gap is LibreOffice's spacing
    assert number.style.align is Align.CENTER and not number.style.is_red
    assert (title1.text, title2.text) == ("国务院关于加快推进农业机械化和", "农机装备产业转型升级的指导意见")
    for line in (title1, title2):
        assert line.style.align is Align.CENTER and line.style.size == 22


def test_d031_body_paragraphs_are_merged_across_wrapped_lines(d031: ParsedDocument) -> None:
    recipients = d031.body[4]
    assert recipients.text == "各省、自治区、直辖市人民政府，国务院各部委、各直属机构："
    assert recipients.style.indent_first == pytest.approx(0, abs=1)
    first = d031.body[5]
    assert first.text.startswith("农业机械化和农机装备是转变农业发展方式、提高农村生产力的重要基础")
    assert first.style.indent_first == pytest.approx(32, abs=1.5)  # two characters of 16 pt
    assert first.style.align is Align.JUSTIFY
    heading = next(b for b in d031.body if b.text == "一、总体要求")
    assert heading.page == 2


def test_d031_page_numbers_are_footers(d031: ParsedDocument) -> None:
    footers = [b for b in d031.blocks if b.kind is BlockKind.FOOTER]
    assert [(b.page, _squash(b.text)) for b in footers] == [(n, f"—{n}—") for n in range(1, 15)]
    assert all(b.bbox is not None and b.bbox[1] > 0.85 * 841.9 for b in footers)
    assert "— 1 —" not in d031.text


def test_d031_signature_date_and_banji(d031: ParsedDocument) -> None:
    last = [b.text for b in d031.body if b.page == 14]
    assert "国务院" in last and "2018年12月21日" in last and "（此件公开发布）" in last
    cc = [b for b in d031.body if b.text.startswith("抄送：")]
    assert len(cc) == 1 and cc[0].text.endswith(
        "各民主党派中央，全国工商联。"
    )  # three wrapped lines, one block
    assert "国务院办公厅  2018年12月21日印发" in last  # a wide gap: two items set apart


def test_quote_drawn_out_of_order_stays_in_place(d031: ParsedDocument) -> None:
    """LibreOffice draws the opening quote after the next character; the box order wins."""
    assert "薄弱环节“无机可用”问题" in d031.text


def test_stacked_joint_issuer_mark_stays_three_lines() -> None:
    """d024: two agency names stacked, 文件 centred to their right; pdfium chains them into one line."""
    result = pdf.read(CORPUS / "d024.pdf")
    assert result.document is not None
    head = result.document.body[:3]
    assert [b.text for b in head] == ["广州市民政局", "文件", "广州市财政局"]
    assert all(b.style.is_red for b in head)


def test_reading_order_is_top_to_bottom_per_page(d031: ParsedDocument) -> None:
    body = d031.body
    for a, b in zip(body, body[1:], strict=False):
        assert a.bbox is not None and b.bbox is not None
        assert (a.page, a.bbox[1]) < (b.page, b.bbox[1])
    assert [b.index for b in d031.blocks] == list(range(len(d031.blocks)))


def test_image_only_pdf_has_no_text_layer() -> None:
    result = pdf.read(CORPUS / "d061.pdf")
    assert result.status is Status.NO_TEXT_LAYER
    assert [p.key for p in result.problems] == ["no_text_layer"]
    assert result.document is not None and result.document.page_count == 3


@pytest.fixture(scope="session")
def encrypted_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A PDF with an open password, written once per session by LibreOffice (2–3 s)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    assert soffice is not None, "LibreOffice is needed here: `./test.sh` installs it"
    import docx

    folder = tmp_path_factory.mktemp("encrypted")
    source = folder / "secret.docx"
    document = docx.Document()
    document.add_paragraph("国务院文件 加密测试")
    document.save(str(source))
    export = (
        'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},'
        '"DocumentOpenPassword":{"type":"string","value":"secret"}}'
    )
    profile = (folder / "profile").as_uri()
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            export,
            "--outdir",
            str(folder),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    target = folder / "secret.pdf"
    assert target.is_file()
    return target


def test_encrypted_pdf_asks_for_the_password_to_be_removed(encrypted_pdf: Path) -> None:
    result = pdf.read(encrypted_pdf)
    assert result.status is Status.ERROR and result.document is None
    assert [p.key for p in result.problems] == ["encrypted"]


def test_truncated_pdf_is_reported_not_raised(tmp_path: Path) -> None:
    data = (CORPUS / "d031.pdf").read_bytes()
    path = tmp_path / "cut.pdf"
    path.write_bytes(data[: len(data) * 4 // 10])
    result = pdf.read(path)
    assert result.status in (Status.ERROR, Status.PARTIAL)
    assert "corrupt" in [p.key for p in result.problems]


def test_random_bytes_named_pdf_is_corrupt(tmp_path: Path) -> None:
    path = tmp_path / "noise.pdf"
    path.write_bytes(os.urandom(5000))
    assert not pdf.sniff(path.read_bytes()[:8192], path)
    result = pdf.read(path)
    assert result.status is Status.ERROR
    assert [p.key for p in result.problems] == ["corrupt"]


def test_sniff_finds_the_signature_after_leading_junk(tmp_path: Path) -> None:
    path = tmp_path / "x.bin"
    assert pdf.sniff(b"\x00" * 100 + b"%PDF-1.4\n", path)
    assert not pdf.sniff(b"\x00" * 1100 + b"%PDF-1.4\n", path)


# ---- the spacing and joining rules of extractors.layout ----------------------------------------------


def test_no_space_between_chinese_and_digits_at_a_normal_gap() -> None:
    assert not needs_space("2", "号", 3.0, 16.0)
    assert not needs_space("年", "1", 12.0, 16.0)  # 0.75 em: still CJK next to a digit
    assert not needs_space("广", "州", 14.0, 22.0)  # letter-spaced CJK


def test_space_at_a_wide_gap_or_between_words() -> None:
    assert needs_space("厅", "2", 150.0, 14.0)  # 印发机关 … 印发日期
    assert needs_space("d", "w", 4.5, 16.0)  # a word gap in Latin text
    assert needs_space("A", "号", 11.0, 16.0)  # Latin next to CJK, gap over 0.6 em
    assert not needs_space("A", "号", 5.0, 16.0)


def test_join_runs_keeps_spaces_inside_runs() -> None:
    runs = [Run("国发〔2018〕42", 0, 0, 100, 16, 16), Run("号", 103, 0, 119, 16, 16)]
    assert join_runs(runs) == "国发〔2018〕42号"
    assert join_runs([Run("— 1 —", 0, 0, 40, 14, 14)]) == "— 1 —"


def test_full_width_title_line_is_centred_like_its_neighbours() -> None:
    """d046/d024: a 2号 title line that fills the width stays apart and is centred with the others."""
    for name, first_words, lines in (
        ("d046", "国务院关于在海南博鳌乐城国际医疗旅游先行", 4),
        ("d024", "广州市民政局", 3),
    ):
        result = pdf.read(CORPUS / f"{name}.pdf")
        assert result.document is not None
        title = [b for b in result.document.body if b.style.size == 22]
        assert len(title) == lines
        assert title[0].text.startswith(first_words)
        assert all(b.style.align is Align.CENTER for b in title), [(b.text, b.style.align) for b in title]


def test_left_margin_is_not_pulled_in_by_a_page_of_indented_lines() -> None:
    """d046's last page has only indented lines: the 主送 on page 1 must still start at the margin."""
    result = pdf.read(CORPUS / "d046.pdf")
    assert result.document is not None
    recipients = result.document.body[4]
    assert recipients.text == "各省、自治区、直辖市人民政府，国务院各部委、各直属机构："
    assert recipients.style.indent_first == pytest.approx(0, abs=1)


def test_a_blank_character_between_chinese_words_is_a_space() -> None:
    """'签发人：张建华　李　明': a full-width space (1 em) keeps names apart."""
    assert needs_space("华", "李", 16.0, 16.0)
    assert needs_space("华", "李", 13.0, 16.0)
    assert not needs_space("华", "李", 8.0, 16.0)


def _lines(*rows: tuple[float, list[tuple[str, float, float]]]) -> list[str]:
    """Blocks of one page built from (top, [(text, x0, x1)...]) rows in 16 pt, under two full-width lines
    that fix the text area at 90–510 pt."""
    filler = [(100.0, [("一" * 26, 90.0, 510.0)]), (150.0, [("二" * 26, 90.0, 510.0)])]
    runs = [Run(text, x0, top, x1, top + 16, 16) for top, items in (*filler, *rows) for text, x0, x1 in items]
    blocks = build_blocks([PageRuns(1, 595.0, 842.0, runs)])
    return [b.text for b in blocks if b.kind is BlockKind.PARAGRAPH][2:]


def test_a_line_with_two_items_set_apart_does_not_run_on() -> None:
    """信函格式: 份号 flush left and 文号 flush right on one line; 紧急程度 under it is its own line."""
    rows = [
        (200.0, [("000068", 90.0, 138.0), ("国办函〔2004〕36号", 380.0, 510.0)]),
        (229.0, [("特急", 90.0, 122.0)]),
    ]
    assert _lines(*rows) == ["000068  国办函〔2004〕36号", "特急"]


def test_a_numbered_item_starts_a_new_block() -> None:
    rows = [(200.0, [("附件：1．安徽芦岭煤矿事故责任人员处理情况和有关问题", 122.0, 505.0)]),
            (229.0, [("2．煤矿安全生产基本条件", 170.0, 350.0)])]  # fmt: skip
    assert _lines(*rows) == ["附件：1．安徽芦岭煤矿事故责任人员处理情况和有关问题", "2．煤矿安全生产基本条件"]


def test_a_first_line_stopping_short_before_a_number_wraps_into_the_next() -> None:
    """'…有效期至' / '2029年8月31日。': the number did not fit, the indented first line looks centred."""
    rows = [
        (200.0, [("第九条本办法自2024年9月1日起施行，有效期至", 122.0, 478.0)]),
        (229.0, [("2029年8月31日。", 90.0, 210.0)]),
    ]
    assert _lines(*rows) == ["第九条本办法自2024年9月1日起施行，有效期至2029年8月31日。"]
