"""`python main.py extract` as a user runs it: real files, a real child process per file."""

import json
import subprocess
import sys
import zipfile

import pytest

from tests.conftest import ROOT


def run(*args, timeout=300):
    return subprocess.run(
        [sys.executable, "main.py", *args], cwd=ROOT, capture_output=True, text=True, timeout=timeout
    )


def test_json_is_one_utf8_object_per_file_with_the_contract_keys(corpus):
    files = [str(corpus / "d055.docx"), str(corpus / "d031.pdf")]
    result = run("extract", *files, "--json")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    first, second = (json.loads(line) for line in lines)
    assert first["file"] == files[0] and second["file"] == files[1]  # as given, in order
    assert set(first) >= {"file", "status", "error", "fields", "structure", "evidence"}
    assert first["status"] == "ok" and first["error"] is None
    assert first["fields"]["doc_number"] == "穗建规字〔2024〕5号"
    assert "穗建规字〔2024〕5号" in lines[0]  # Chinese unescaped
    assert second["fields"]["title"] == "国务院关于加快推进农业机械化和农机装备产业转型升级的指导意见"
    ev = first["evidence"]["doc_number"]
    assert set(ev) == {"block", "span", "page", "rule", "confidence"} and 0 < ev["confidence"] <= 1


def test_global_json_option_before_the_subcommand(corpus):
    result = run("--json", "extract", str(corpus / "d055.docx"))
    assert result.returncode == 0
    assert json.loads(result.stdout)["fields"]["date"] == "2024-03-04"


def test_table_output_names_fields_in_chinese_and_where_they_were_found(corpus):
    result = run("extract", str(corpus / "d055.docx"))
    assert result.returncode == 0
    assert "发文字号" in result.stdout and "穗建规字〔2024〕5号" in result.stdout
    assert "成文日期" in result.stdout and "2024-03-04" in result.stdout
    assert "段" in result.stdout  # where found


def test_bad_files_each_get_one_line_and_the_others_are_still_read(corpus, tmp_path):
    empty = tmp_path / "empty.docx"
    empty.write_bytes(b"")
    garbage = tmp_path / "garbage.pdf"
    garbage.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 50)
    truncated = tmp_path / "truncated.docx"
    truncated.write_bytes((corpus / "d055.docx").read_bytes()[:20000])
    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        with zf.open("word/document.xml", "w", force_zip64=True) as fh:
            chunk = b"\0" * (1 << 20)
            for _ in range(600):
                fh.write(chunk)
    huge = tmp_path / "huge.pdf"
    with huge.open("wb") as fh:  # sparse: 2 GB on paper, nothing on disk
        fh.write(b"%PDF-1.7\n")
        fh.truncate(2 * 1024**3)
    unknown = tmp_path / "notes.xyz"
    unknown.write_bytes(b"\x00\x01binary")
    folder = tmp_path / "a folder.docx"
    folder.mkdir()
    good = corpus / "d055.docx"
    files = [tmp_path / "missing.docx", empty, garbage, truncated, bomb, huge, unknown, folder, good]
    result = run("extract", "--json", *map(str, files))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr + result.stdout
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["status"] for o in out] == ["error"] * 8 + ["ok"]
    keys = [o["problems"][0]["key"] for o in out[:8]]
    assert keys == [
        "not_found",
        "empty",
        "corrupt",
        "corrupt",
        "hostile",
        "too_large",
        "unsupported",
        "not_a_file",
    ]
    for o in out[:8]:
        assert "\n" not in o["error"] and o["error"]
    assert out[8]["fields"]["title"]


def test_entity_expansion_is_refused(corpus, tmp_path):
    laughs = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        + "".join(f'<!ENTITY lol{i} "{("&lol%s;" % (i - 1 if i > 1 else "")) * 10}">' for i in range(1, 10))
        + ']><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"
    )
    path = tmp_path / "laughs.docx"
    with zipfile.ZipFile(corpus / "d055.docx") as src, zipfile.ZipFile(path, "w") as dst:
        for info in src.infolist():
            data = laughs.encode() if info.filename == "word/document.xml" else src.read(info)
            dst.writestr(info.filename, data)
    result = run("extract", "--json", str(path), timeout=60)
    out = json.loads(result.stdout)
    assert result.returncode == 1
    assert out["status"] == "error" and out["problems"][0]["key"] == "hostile"


def test_scanned_pdf_is_recognised_and_needs_ocr(corpus):
    result = run("extract", "--json", str(corpus / "d061.pdf"))
    out = json.loads(result.stdout)
    assert out["status"] == "no_text_layer"
    assert "OCR" in out["error"]
    assert result.returncode == 1


@pytest.mark.parametrize("args", [["extract"], ["nosuchcommand"], ["extract", "--bogus", "x.docx"]])
def test_usage_errors_exit_2(args):
    result = run(*args)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
