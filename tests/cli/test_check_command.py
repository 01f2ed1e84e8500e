"""`check`, `accept` and the HTML report as a clerk and a section head use them."""

import json
import subprocess

import pytest

from tests.storage import cli, make_submittable, write_notices


@pytest.fixture
def library(tmp_path):
    root = tmp_path / "lib"
    assert cli("--library", root, "import", *write_notices(tmp_path / "in", [1])).returncode == 0
    return root


def _findings(result: subprocess.CompletedProcess) -> list[dict]:
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_check_a_file_prints_findings_with_citation_place_and_fix(corpus):
    result = cli("check", corpus / "d044.docx")  # G layout: [1996] brackets, a 汉字 date
    assert result.returncode == 1  # at least one 阻断 (no 有效性, no 公开属性)
    assert "国办函〔1996〕16号" in result.stdout  # the corrected 文号 form
    assert "GB/T 9704" in result.stdout and "位置：" in result.stdout and "修改：" in result.stdout
    assert "检查结果：阻断" in result.stdout


def test_check_json_is_one_finding_per_line_in_chinese(corpus):
    result = cli("check", corpus / "d044.docx", "--json")
    found = _findings(result)
    assert found and all(
        {"id", "rule", "severity", "message", "citation", "where", "fix"} <= set(f) for f in found
    )
    assert {"阻断", "警告", "提示"} >= {f["severity"] for f in found}
    number = next(f for f in found if f["rule"] == "GB-01-doc-number-form")
    assert "[1996]" in number["message"] and "\\u" not in result.stdout


def test_finding_ids_survive_a_recheck(library):
    first = {f["id"] for f in _findings(cli("--library", library, "check", "1", "--json"))}
    assert cli("--library", library, "set", "1", "recipients", "各镇人民政府，区政府各部门").returncode == 0
    second = {f["id"] for f in _findings(cli("--library", library, "check", "1", "--json"))}
    assert first == second  # an unrelated edit leaves the ids as they were


def test_accepting_a_blocking_finding_lets_the_submission_through(library, tmp_path):
    make_submittable(library, 1, tmp_path / "jd")
    assert cli("--library", library, "set", "1", "validity", "").returncode == 0  # 有效性 cleared again
    blocking = [
        f for f in _findings(cli("--library", library, "check", "1", "--json")) if f["severity"] == "阻断"
    ]
    assert [f["rule"] for f in blocking] == ["GK-02-validity-marked"]
    refused = cli("--library", library, "submit", "1")
    assert refused.returncode == 1 and "GK-02-validity-marked" in refused.stderr
    no_reason = cli(
        "--library", library, "accept", "1", blocking[0]["id"], "--reviewer", "李科长", "--reason", " "
    )
    assert no_reason.returncode == 1 and "理由" in no_reason.stderr
    accepted = cli("--library", library, "accept", "1", blocking[0]["id"], "--reviewer", "李科长",
                   "--reason", "本通知为一次性工作部署，不设有效期")  # fmt: skip
    assert accepted.returncode == 0, accepted.stderr
    assert cli("--library", library, "check", "1").returncode == 0  # nothing blocks any more
    assert cli("--library", library, "submit", "1").returncode == 0
    history = json.loads(cli("--json", "--library", library, "show", "1").stdout)["history"]
    assert [h["action"] for h in history][-2:] == ["accept", "status"]
    assert history[-2]["actor"] == "李科长"


def test_accepting_an_unknown_finding_is_refused(library):
    result = cli(
        "--library", library, "accept", "1", "NO-SUCH@document#0", "--reviewer", "李科长", "--reason", "x"
    )
    assert result.returncode == 1 and "没有检查结果" in result.stderr


def test_html_report_a_section_head_can_print(corpus, tmp_path):
    out = tmp_path / "report.html"
    result = cli("check", corpus / "d044.docx", "--report", out)
    assert result.returncode == 1
    html = out.read_text("utf-8")
    assert "<table>" in html and "政务公开发布前检查报告" in html and "国办函〔1996〕16号" in html
    assert "@media print" in html and "http" not in html.split("<body>")[1]  # self-contained


def test_usage_errors(tmp_path):
    assert cli("check").returncode == 2
    bad = tmp_path / "s.json"
    bad.write_text('{"no_such_setting": 1}', "utf-8")
    result = cli("check", "--settings", bad, tmp_path / "x.docx")
    assert result.returncode == 1 and "no_such_setting" in result.stderr


def test_check_library_without_an_id_is_the_library_wide_check(library, tmp_path):
    as_option = cli("check", "--library", library)
    assert as_option.returncode == 0, as_option.stderr
    assert "重大政策解读率" in as_option.stdout  # the 考核 figures of the library-wide check
    explicit = cli("--library", library, "check", "--library-wide")
    assert explicit.stdout == as_option.stdout
    env_default = cli("check", "--library", env={"POLICYPRESS_HOME": str(library)})
    assert env_default.stdout == as_option.stdout
    one_item = cli("check", "1", "--library", library)  # with an ID it checks that item
    assert "检查结果" in one_item.stdout and "重大政策解读率" not in one_item.stdout


def test_a_fix_that_is_a_step_of_its_own_comes_with_its_command(library):
    result = cli("--library", library, "check", "1")
    assert "撰写政策解读（或导入已写好的解读文件）" in result.stdout  # JD-01: no 解读 yet
    assert "命令：python main.py interpret 1 --from 解读.docx" in result.stdout
    found = _findings(cli("--library", library, "check", "1", "--json"))
    no_interpretation = next(f for f in found if f["rule"] == "JD-01-present")
    assert no_interpretation["fix_en"].startswith("Write the interpretation")
