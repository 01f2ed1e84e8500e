"""The .doc/.wps/.rtf reader: real LibreOffice conversions of corpus files, and the checks that run
before LibreOffice (password-protected files, disguised .docx, missing LibreOffice)."""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

import pytest

from extractors import legacy
from policy.document import Align, BlockKind
from policy.problems import Status
from tests.extractors import docx_fixtures as fx

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "dev"
SOFFICE = legacy.find_soffice()
needs_soffice = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")


def _squash(text: str) -> str:
    return "".join(text.split())


def _fields(name: str) -> dict:
    return json.loads((CORPUS / name).with_suffix(".json").read_text(encoding="utf-8"))["fields"]


# -- real conversions (about a second each) -------------------------------------------------------


@pytest.mark.slow
@needs_soffice
def test_d001_converts_with_its_head_table_title_and_footer() -> None:
    path = CORPUS / "d001.doc"
    result = legacy.read(path)
    assert result.status is Status.OK, result.problems
    doc = result.document
    assert doc is not None and doc.format == "doc" and doc.source == str(path)
    fields = _fields("d001.doc")
    text = _squash(doc.text)
    assert _squash(fields["title"]) in text and _squash(fields["doc_number"]) in text
    head = doc.blocks[0]
    assert (head.text, head.kind) == ("国务院办公厅文件", BlockKind.TABLE_CELL) and head.style.is_red
    assert any(b.kind is BlockKind.FOOTER for b in doc.blocks)
    assert [b.index for b in doc.blocks] == list(range(len(doc.blocks)))


@pytest.mark.slow
@needs_soffice
def test_real_doc_from_a_customs_office_converts() -> None:
    result = legacy.read(CORPUS / "d042.doc")
    assert result.status is Status.OK, result.problems
    assert result.document is not None
    assert _squash(_fields("d042.doc")["title"]) in _squash(result.document.text)


@pytest.mark.slow
@needs_soffice
def test_awkward_wps_file_name_is_converted_under_a_safe_name(tmp_path: Path) -> None:
    """Spaces, Chinese and a leading dash in the name: LibreOffice only ever sees input.doc. WPS
    Office's .wps files are Word 97 files inside, which the reader tells LibreOffice."""
    path = tmp_path / "-关于 印发 通知（定稿）.wps"
    shutil.copyfile(CORPUS / "d012.doc", path)
    result = legacy.read(path)
    assert result.status is Status.OK, result.problems
    assert result.document is not None and result.document.source == str(path)
    assert result.document.format == "wps"
    assert _squash(_fields("d012.doc")["title"]) in _squash(result.document.text)


@pytest.mark.slow
@needs_soffice
def test_web_page_saved_as_doc_converts(tmp_path: Path) -> None:
    path = tmp_path / "网页.doc"
    html = '<html><head><meta charset="gbk"></head><body><p align="center"><b>关于开展政务公开检查的通知</b></p><p>各单位：</p></body></html>'
    path.write_bytes(html.encode("gbk"))
    result = legacy.read(path)
    assert result.status is Status.OK, result.problems
    assert result.document is not None
    title, recipients = result.document.blocks
    assert (title.text, title.style.bold, title.style.align) == (
        "关于开展政务公开检查的通知",
        True,
        Align.CENTER,
    )
    assert recipients.text == "各单位："


@pytest.mark.slow
@needs_soffice
def test_rtf_converts(tmp_path: Path) -> None:
    path = tmp_path / "通知.rtf"
    body = "".join(f"\\u{ord(ch)}?" for ch in "关于做好政务公开工作的通知")
    path.write_text(
        "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 SimSun;}}\\qc\\fs44 "
        + body
        + "\\par\\ql\\fs32 Second line\\par}",
        encoding="ascii",
    )
    assert legacy.sniff(path.read_bytes()[:8192], path)
    result = legacy.read(path)
    assert result.status is Status.OK, result.problems
    doc = result.document
    assert doc is not None and doc.format == "rtf"
    assert [b.text for b in doc.blocks] == ["关于做好政务公开工作的通知", "Second line"]
    assert doc.blocks[0].style.size == 22


@pytest.mark.slow
@needs_soffice
def test_ole_file_libreoffice_cannot_open_is_conversion_failed(tmp_path: Path) -> None:
    path = tmp_path / "broken.doc"
    path.write_bytes(fx.cfb({"WordDocument": fx.word_fib(encrypted=False)}))
    result = legacy.read(path)
    assert result.status is Status.ERROR and result.problems[0].key == "conversion_failed"
    assert "broken.doc" in result.problems[0].message_zh and "input" not in result.problems[0].message_zh


@pytest.mark.slow
@needs_soffice
def test_timeout_stops_libreoffice(tmp_path: Path) -> None:
    started = time.monotonic()
    result = legacy.read(CORPUS / "d012.doc", timeout=0.2)
    assert time.monotonic() - started < 10
    assert result.status is Status.ERROR and result.problems[0].key == "timeout"
    assert "d012.doc" in result.problems[0].message_zh
    time.sleep(0.2)
    leftovers = [
        p for p in Path("/proc").glob("[0-9]*/cmdline") if "policypress-lo-" in _read_cmdline(p)
    ]  # our scratch profile is in every LibreOffice command line we start
    assert leftovers == []


def _read_cmdline(path: Path) -> str:
    try:
        return path.read_bytes().decode("utf-8", "replace")
    except OSError:
        return ""


@pytest.mark.slow
@needs_soffice
def test_doc_and_docx_encrypted_by_libreoffice_are_refused_before_conversion(tmp_path: Path) -> None:
    assert SOFFICE is not None
    doc, docx = tmp_path / "加密.doc", tmp_path / "加密.docx"
    fx.lo_encrypt(
        SOFFICE,
        [(CORPUS / "d055.docx", doc, "MS Word 97"), (CORPUS / "d055.docx", docx, "Office Open XML Text")],
    )
    for path in (doc, docx):
        assert legacy.sniff(path.read_bytes()[:8192], path)
        assert legacy.inspect_ole(path)[0]
        started = time.monotonic()
        result = legacy.read(path)
        assert result.status is Status.ERROR and result.problems[0].key == "encrypted"
        assert time.monotonic() - started < 0.5  # no LibreOffice run


# -- checks before LibreOffice --------------------------------------------------------------------


def test_sniff_recognises_ole2_and_rtf_but_not_zip() -> None:
    assert legacy.sniff(legacy.OLE_MAGIC + b"\0" * 100, Path("a.wps"))
    assert legacy.sniff(b"{\\rtf1\\ansi ...", Path("a.doc"))
    assert not legacy.sniff(b"PK\x03\x04", Path("a.doc"))
    assert not legacy.sniff(b"%PDF-1.7", Path("a.doc"))


def test_word_binary_with_encryption_flag_is_encrypted(tmp_path: Path) -> None:
    path = tmp_path / "保密.doc"
    path.write_bytes(fx.cfb({"WordDocument": fx.word_fib(encrypted=True), "1Table": b"\0" * 64}))
    assert legacy.inspect_ole(path) == (True, True)
    result = legacy.read(path)
    assert result.status is Status.ERROR and result.problems[0].key == "encrypted"
    assert "保密.doc" in result.problems[0].message_zh


def test_small_streams_are_read_from_the_mini_stream() -> None:
    """Streams under 4096 bytes live in the mini stream: the property sets of a real .doc do."""
    ole = legacy.OleFile((CORPUS / "d001.doc").read_bytes())
    summary = ole.entry("\x05SummaryInformation")
    assert summary is not None and summary.size < ole.cutoff
    assert ole.head(summary, 4) == b"\xfe\xff\x00\x00"  # a property set's byte-order mark
    word = ole.entry("WordDocument")
    assert word is not None and ole.head(word, 2) == b"\xec\xa5"  # the FIB's wIdent


def test_corpus_doc_files_are_not_encrypted() -> None:
    for path in sorted(CORPUS.glob("*.doc")):
        assert legacy.inspect_ole(path) == (False, True), path.name


def test_damaged_ole_header_is_not_taken_for_encrypted(tmp_path: Path) -> None:
    path = tmp_path / "damaged.doc"
    path.write_bytes(legacy.OLE_MAGIC + b"\xff" * 600)
    assert legacy.inspect_ole(path) == (False, False)


def test_without_libreoffice_the_message_says_how_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(legacy.SOFFICE_ENV, str(tmp_path / "no-such-soffice"))
    assert legacy.find_soffice() is None
    result = legacy.read(CORPUS / "d001.doc")
    assert result.status is Status.ERROR and result.problems[0].key == "no_libreoffice"
    assert "apt-get install" in result.problems[0].message_zh and "d001.doc" in result.problems[0].message_zh


def test_missing_file_is_not_found(tmp_path: Path) -> None:
    result = legacy.read(tmp_path / "gone.doc")
    assert result.status is Status.ERROR and result.problems[0].key == "not_found"
