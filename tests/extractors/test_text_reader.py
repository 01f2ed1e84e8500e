"""The plain-text reader: encodings Chinese offices actually produce, and binary files refused."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from extractors import text as reader
from policy.document import BlockKind, Style
from policy.problems import Status

NOTICE = "关于印发《二〇二四年政务公开工作要点》的通知\n\n各镇人民政府，区政府各部门：\n\u3000\u3000现将要点印发给你们。  \n"
LINES = [
    "关于印发《二〇二四年政务公开工作要点》的通知",
    "各镇人民政府，区政府各部门：",
    "\u3000\u3000现将要点印发给你们。",
]


def _read_lines(path: Path) -> list[str]:
    result = reader.read(path)
    assert result.status is Status.OK, result.problems
    assert result.document is not None and result.document.format == "txt"
    assert [b.index for b in result.document.blocks] == list(range(len(result.document.blocks)))
    assert all(b.kind is BlockKind.PARAGRAPH and b.style == Style() for b in result.document.blocks)
    return [b.text for b in result.document.blocks]


@pytest.mark.parametrize(
    "encoding, bom",
    [
        ("utf-8", b""),
        ("utf-8", codecs.BOM_UTF8),
        ("gb18030", b""),
        ("gbk", b""),
        ("utf-16-le", codecs.BOM_UTF16_LE),
        ("utf-16-be", codecs.BOM_UTF16_BE),
        ("utf-32-le", codecs.BOM_UTF32_LE),
    ],
)
def test_encodings_decode_to_the_same_lines(tmp_path: Path, encoding: str, bom: bytes) -> None:
    path = tmp_path / f"notice-{encoding}.txt"
    path.write_bytes(bom + NOTICE.replace("\n", "\r\n").encode(encoding))
    assert _read_lines(path) == LINES


def test_gb18030_only_characters(tmp_path: Path) -> None:
    """Characters outside GBK (four-byte GB18030) such as 㐀 and 𠀀 in names."""
    path = tmp_path / "names.txt"
    path.write_bytes("张㐀同志\n李𠀀同志\n".encode("gb18030"))
    assert _read_lines(path) == ["张㐀同志", "李𠀀同志"]


def test_markdown_lines_are_kept_as_written(tmp_path: Path) -> None:
    path = tmp_path / "draft.md"
    path.write_text("# 标题\n\n- 第一条\n", encoding="utf-8")
    assert _read_lines(path) == ["# 标题", "- 第一条"]


def test_empty_text_is_ok_without_blocks(tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_text("\n \u3000\n\t\n", encoding="utf-8")
    assert _read_lines(path) == []


def test_binary_file_named_txt_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" + bytes(range(256)) * 4)
    result = reader.read(path)
    assert result.status is Status.ERROR and result.problems[0].key == "corrupt"
    assert "image.txt" in result.problems[0].message_zh


def test_sniff_never_claims_a_file() -> None:
    assert not reader.sniff(b"plain text", Path("a.txt"))
    assert ".txt" in reader.EXTENSIONS and ".md" in reader.EXTENSIONS


def test_missing_file_is_not_found(tmp_path: Path) -> None:
    result = reader.read(tmp_path / "gone.txt")
    assert result.status is Status.ERROR and result.problems[0].key == "not_found"
